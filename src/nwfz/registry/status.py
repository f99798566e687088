"""A state's status in an instrument on a given day, derived from its participation events.

Plain functions over plain values: no database here. The rules:

- a withdrawal (`withdrawal_effective`, or `withdrew` when no effective date is recorded)
  on or before the day makes the state `withdrawn`;
- an explicit `entered_into_force` event on or before the day makes it `in_force`;
- otherwise consent to be bound (ratified, acceded, succeeded, approved or deposited)
  makes it `in_force` from the instrument's own entry into force when consent came
  first, or per the instrument's rule for later parties (on deposit, or N days after
  deposit); `each_on_deposit` instruments (such as the NWFZ protocols) enter into force
  for each state on its own deposit, with no instrument-wide date; `bilateral` instruments
  (IAEA agreements) need the state's own event;
- consent without entry into force is `ratified`; a signature alone is `signed`;
- nothing on or before the day is `not_signed`.

A date known only to the month or the year (`precision`) counts from the last day of its
period: the registry asserts only what is known to have happened by the day asked about.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

STATUSES = ("not_signed", "signed", "ratified", "in_force", "withdrawn")
CONSENT_ACTIONS = ("ratified", "acceded", "succeeded", "approved", "deposited")


@dataclass(frozen=True)
class Event:
    action: str
    date: date
    sources: tuple[str, ...] = ()
    precision: str = "day"


@dataclass(frozen=True)
class InstrumentTerms:
    """What the status rules need to know about the instrument itself."""

    entry_into_force: date | None
    # on_deposit | days_after_deposit | each_on_deposit | bilateral
    later_parties_rule: str = "on_deposit"
    later_parties_days: int = 0
    entry_into_force_sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Status:
    status: str
    since: date | None  # as stated (the first day of the period for a partial date)
    basis: str  # the action behind the status, or "instrument_entry_into_force"
    sources: tuple[str, ...] = ()
    precision: str = "day"
    events: tuple[Event, ...] = field(default=())
    effective: date | None = None  # the day from which the status is certain


def known_by(event: Event) -> date:
    """The last day of the event's period: the day by which it had certainly happened."""
    day = event.date
    if event.precision == "year":
        return date(day.year, 12, 31)
    if event.precision == "month":
        return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day


def _first(events: Iterable[Event], actions: tuple[str, ...]) -> Event | None:
    chosen = [e for e in events if e.action in actions]
    return min(chosen, key=lambda e: (known_by(e), e.precision != "day")) if chosen else None


def withdrawal_of(events: Iterable[Event], on: date | None = None) -> Event | None:
    """The withdrawal that counts (known by `on`, when given): `withdrawal_effective`, or
    `withdrew` when no effective date is recorded at all. It takes effect on
    `known_by(event)`."""
    events = list(events)
    known = [e for e in events if on is None or known_by(e) <= on]
    found = _first(known, ("withdrawal_effective",))
    if found is None and not any(e.action == "withdrawal_effective" for e in events):
        found = _first(known, ("withdrew",))
    return found


def _from_event(status: str, event: Event, known: tuple[Event, ...] = ()) -> Status:
    return Status(
        status, event.date, event.action, event.sources, event.precision, known, known_by(event)
    )


def entry_into_force_for_state(events: Iterable[Event], terms: InstrumentTerms) -> Status | None:
    """When the instrument entered (or will enter) into force for the state, if derivable."""
    events = list(events)
    explicit = _first(events, ("entered_into_force",))
    if explicit is not None:
        return _from_event("in_force", explicit)
    if terms.later_parties_rule == "bilateral":
        return None
    deposit = _first(events, ("deposited",))
    consent = deposit or _first(events, CONSENT_ACTIONS)
    if consent is None:
        return None
    if terms.later_parties_rule == "each_on_deposit":
        return _from_event("in_force", consent)
    if terms.entry_into_force is None:
        return None
    if known_by(consent) <= terms.entry_into_force:
        return Status(
            "in_force",
            terms.entry_into_force,
            "instrument_entry_into_force",
            tuple(dict.fromkeys(consent.sources + terms.entry_into_force_sources)),
            effective=terms.entry_into_force,
        )
    delay = terms.later_parties_days if terms.later_parties_rule == "days_after_deposit" else 0
    return Status(
        "in_force",
        consent.date + timedelta(days=delay),
        consent.action,
        consent.sources,
        consent.precision,
        effective=known_by(consent) + timedelta(days=delay),
    )


def status_on(events: Iterable[Event], terms: InstrumentTerms, on: date) -> Status:
    """The state's status on `on` (inclusive: an event dated `on` counts)."""
    all_events = sorted(events, key=known_by)
    known = tuple(e for e in all_events if known_by(e) <= on)

    withdrawal = withdrawal_of(all_events, on)
    if withdrawal is not None:
        return _from_event("withdrawn", withdrawal, known)

    in_force = entry_into_force_for_state(all_events, terms)
    if in_force is not None and in_force.effective is not None and in_force.effective <= on:
        return Status(
            in_force.status,
            in_force.since,
            in_force.basis,
            in_force.sources,
            in_force.precision,
            known,
            in_force.effective,
        )

    consent = _first(known, CONSENT_ACTIONS)
    if consent is not None:
        return _from_event("ratified", consent, known)

    signature = _first(known, ("signed",))
    if signature is not None:
        return _from_event("signed", signature, known)
    return Status("not_signed", None, "", (), "day", known)
