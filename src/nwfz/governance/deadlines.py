"""Treaty deadlines evaluated per party: met on a date, late by N days, or pending.

Plain functions over plain values (no database). A deadline rule says that each party must
reach an action in an instrument (e.g. an IAEA Additional Protocol `entered_into_force`)
within a number of months of an anchor date (the treaty's entry into force, or the
party's own if it joined later). On a day `on`:

- reached on or before the due day: `met`;
- reached after the due day: `late`, with `days_late` from the due day to the date reached;
- not reached by `on` (a date after `on` does not count yet) and `on` is after the due
  day: `late`, with `days_late` counted to `on`;
- not reached and `on` is on or before the due day: `pending`;
- not reached by the record, `on` after the due day, but the record cannot say whether the
  action happened (no event and no source saying the state was not a party, see the
  registry's `unknown` status): `undetermined`, with the reason.

A date known only to the month or year is the whole period (`met_on` is its first day, the
registry's convention; `met_on_precision` says so): `met` when the period ends on or before
the due day, `late` when it starts after it (`days_late` counted from its first day, the
least it can be, and `days_late_max` from its last day), and `undetermined` when the due day
falls inside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from nwfz.governance.calendar_math import add_months
from nwfz.registry.dates import period_end


@dataclass(frozen=True)
class DeadlineRule:
    slug: str
    months_after: int
    anchor: date  # the treaty's entry into force
    instrument: str = ""  # e.g. "iaea-ap"
    action: str = "entered_into_force"
    article: str = ""


@dataclass(frozen=True)
class PartyDate:
    """When a party reached the rule's action (None: not recorded), and its own anchor."""

    reached: date | None = None
    precision: str = "day"
    sources: tuple[str, ...] = ()
    anchor: date | None = None  # the party's own start, when later than the rule's anchor
    # why the record cannot say whether the action was reached (empty: it can)
    unknown_reason: str = ""


@dataclass(frozen=True)
class DeadlineResult:
    rule: str
    state: str
    due: date
    met_on: date | None
    days_late: int | None
    status: str  # met | late | pending | undetermined
    met_on_precision: str = "day"
    sources: tuple[str, ...] = ()
    reason: str = ""  # why the outcome is undetermined
    # late by a date known only to the month or year: the most days it can be (None: exact)
    days_late_max: int | None = None


def due_date(rule: DeadlineRule, anchor: date | None = None) -> date:
    base = max(rule.anchor, anchor) if anchor else rule.anchor
    return add_months(base, rule.months_after)


def evaluate_one(
    rule: DeadlineRule, state: str, party: PartyDate | None, on: date
) -> DeadlineResult:
    party = party or PartyDate()
    due = due_date(rule, party.anchor)
    reached = party.reached if party.reached is not None and party.reached <= on else None
    if reached is not None:
        last = period_end(reached, party.precision)
        found = (rule.slug, state, due, reached)
        if last <= due:
            return DeadlineResult(*found, None, "met", party.precision, party.sources)
        if reached > due:
            most = (last - due).days if last != reached else None
            return DeadlineResult(
                *found,
                (reached - due).days,
                "late",
                party.precision,
                party.sources,
                days_late_max=most,
            )
        reason = (
            f"reached on a day known only to the {party.precision} (from {reached} to {last}), "
            f"and the due day {due} falls within it: whether it was met cannot be determined"
        )
        return DeadlineResult(
            *found, None, "undetermined", party.precision, party.sources, reason=reason
        )
    if on > due and party.unknown_reason:
        return DeadlineResult(
            rule.slug, state, due, None, None, "undetermined", reason=party.unknown_reason
        )
    if on > due:
        return DeadlineResult(rule.slug, state, due, None, (on - due).days, "late")
    return DeadlineResult(rule.slug, state, due, None, None, "pending")


def evaluate_deadline(
    rule: DeadlineRule, party_dates: Mapping[str, PartyDate | date | None], on: date
) -> list[DeadlineResult]:
    """One result per party (sorted by code), as of `on`."""
    out = []
    for state in sorted(party_dates):
        value = party_dates[state]
        party = PartyDate(reached=value) if isinstance(value, date) or value is None else value
        out.append(evaluate_one(rule, state, party, on))
    return out
