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
- a domestic act (`approved_domestically`: a parliament's approval, a president's signature
  of the ratification law) is shown with the events but never changes the status;
- events come in sequences: a signature or consent after a withdrawal took effect starts a
  new participation, and the status follows the latest one (withdrawal, then re-accession);
- with no status-bearing event on or before the day, the status is `not_signed` only where
  the record can say so: before the instrument opened for signature (or, failing that date,
  before it was adopted), before the state's first recorded signature or accession (acts
  nothing can precede), or on a day covered by a "not a party as of DATE" assertion (a
  source saying so: it covers every day up to DATE). Anywhere else it is `unknown`: a gap
  in the record, not a fact about the state.

A date known only to the month or the year (`precision`) counts from the last day of its
period: the registry asserts only what is known to have happened by the day asked about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from nwfz.registry.dates import period_end

STATUSES = ("not_signed", "signed", "ratified", "in_force", "withdrawn", "unknown")
CONSENT_ACTIONS = ("ratified", "acceded", "succeeded", "approved", "deposited")
WITHDRAWAL_ACTIONS = ("withdrew", "withdrawal_effective")
# acts nothing can precede: before the first of them the state had not signed
FIRST_ACTS = ("signed", "acceded")
STATUS_ACTIONS = CONSENT_ACTIONS + FIRST_ACTS + ("entered_into_force",) + WITHDRAWAL_ACTIONS
DOMESTIC_ACTIONS = ("approved_domestically",)

# why a state with no status-bearing event has the status it has
BEFORE_OPENING = "before_opening"
BEFORE_FIRST_ACT = "before_first_act"
NOT_A_PARTY_AS_OF = "not_a_party_as_of"
NO_RECORD = "no_record"


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
    # the first day states could sign or accede (opened for signature, else adopted)
    opened: date | None = None


@dataclass(frozen=True)
class NonParty:
    """A source saying the state was not a party as of `as_of` (it covers every day up to it)."""

    as_of: date
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Status:
    status: str
    since: date | None  # as stated (the first day of the period for a partial date)
    basis: str  # the action behind the status, or "instrument_entry_into_force"
    sources: tuple[str, ...] = ()
    precision: str = "day"
    events: tuple[Event, ...] = field(default=())
    effective: date | None = None  # the day from which the status is certain
    as_of: date | None = None  # the date of the "not a party as of" assertion behind it


def known_by(event: Event) -> date:
    """The last day of the event's period: the day by which it had certainly happened."""
    return period_end(event.date, event.precision)


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


def episodes(events: Iterable[Event]) -> list[tuple[Event, ...]]:
    """The status-bearing events (date order) split into participations: a signature or
    consent after a withdrawal starts a new one. Domestic acts are left out."""
    out: list[tuple[Event, ...]] = []
    current: list[Event] = []
    for event in sorted(events, key=known_by):
        if event.action not in STATUS_ACTIONS:
            continue
        ended = any(e.action in WITHDRAWAL_ACTIONS for e in current)
        if ended and event.action not in WITHDRAWAL_ACTIONS:
            out.append(tuple(current))
            current = []
        current.append(event)
    if current:
        out.append(tuple(current))
    return out


def _episode_entry_into_force(events: tuple[Event, ...], terms: InstrumentTerms) -> Status | None:
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


def entry_into_force_for_state(events: Iterable[Event], terms: InstrumentTerms) -> Status | None:
    """When the instrument entered (or will enter) into force for the state in its latest
    participation, if derivable."""
    parts = episodes(events)
    return _episode_entry_into_force(parts[-1], terms) if parts else None


def entry_into_force_days(events: Iterable[Event], terms: InstrumentTerms) -> list[date]:
    """The day the instrument became in force for the state in each of its participations."""
    out = []
    for part in episodes(events):
        in_force = _episode_entry_into_force(part, terms)
        if in_force is not None and in_force.effective is not None:
            out.append(in_force.effective)
    return out


def _without_events(
    events: list[Event],
    terms: InstrumentTerms,
    on: date,
    non_party: Iterable[NonParty],
    known: tuple[Event, ...],
) -> Status:
    """The status on a day before any status-bearing event is known: see the module's rules."""
    if terms.opened is not None and on < terms.opened:
        return Status("not_signed", None, BEFORE_OPENING, (), "day", known)
    firsts = [e for e in events if e.action in FIRST_ACTS]
    if firsts and on < min(e.date for e in firsts):
        return Status("not_signed", None, BEFORE_FIRST_ACT, (), "day", known)
    covering = [a for a in non_party if on <= a.as_of]
    if covering:
        nearest = min(covering, key=lambda a: a.as_of)
        return Status(
            "not_signed",
            None,
            NOT_A_PARTY_AS_OF,
            nearest.sources,
            "day",
            known,
            as_of=nearest.as_of,
        )
    return Status("unknown", None, NO_RECORD, (), "day", known)


def status_on(
    events: Iterable[Event],
    terms: InstrumentTerms,
    on: date,
    non_party: Iterable[NonParty] = (),
) -> Status:
    """The state's status on `on` (inclusive: an event dated `on` counts)."""
    all_events = sorted(events, key=known_by)
    known = tuple(e for e in all_events if known_by(e) <= on)
    current = None
    for part in episodes(all_events):
        if any(known_by(e) <= on for e in part):
            current = part
    if current is None:
        return _without_events(all_events, terms, on, non_party, known)

    withdrawal = withdrawal_of(current, on)
    if withdrawal is not None:
        return _from_event("withdrawn", withdrawal, known)

    in_force = _episode_entry_into_force(current, terms)
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

    seen = tuple(e for e in current if known_by(e) <= on)
    consent = _first(seen, CONSENT_ACTIONS)
    if consent is not None:
        return _from_event("ratified", consent, known)

    signature = _first(seen, ("signed",))
    if signature is not None:
        return _from_event("signed", signature, known)
    return Status("unknown", None, NO_RECORD, (), "day", known)
