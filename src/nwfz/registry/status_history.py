"""A state's status in an instrument over time, as consecutive spans (for pictures).

Derived from the same rules as `status_on`: the status can only change on a day some
event became certain (`known_by`), on the instrument's entry into force, or on the day
an instrument enters into force for the state in one of its participations
(`entry_into_force_days`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from nwfz.registry.status import (
    Event,
    InstrumentTerms,
    entry_into_force_days,
    known_by,
    status_on,
)


@dataclass(frozen=True)
class StatusSpan:
    status: str
    start: date
    end: date  # exclusive


def status_spans(events: Iterable[Event], terms: InstrumentTerms, until: date) -> list[StatusSpan]:
    """The status from the first event to `until` (exclusive) as spans in date order,
    leaving out the time the state had not signed."""
    events = list(events)
    days = {known_by(e) for e in events}
    if terms.entry_into_force:
        days.add(terms.entry_into_force)
    days.update(entry_into_force_days(events, terms))
    spans: list[StatusSpan] = []
    current: tuple[str, date] | None = None
    for day in sorted(d for d in days if d < until):
        status = status_on(events, terms, day).status
        if current is not None and current[0] == status:
            continue
        if current is not None:
            spans.append(StatusSpan(current[0], current[1], day))
        current = (status, day)
    if current is not None:
        spans.append(StatusSpan(current[0], current[1], until))
    return [s for s in spans if s.status != "not_signed"]
