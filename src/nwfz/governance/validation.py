"""Governance validation rules as plain functions over plain values.

Each returns a sentence naming the record and what is wrong, or None when the input is
acceptable. The services, the package loader and the admin forms call these same functions
(through checks.py, which reads what they need from the database), so a rule is enforced
once. Messages name records the way people do: "chair term KZ 2026-01-01–2026-12-31",
"meeting 2026-01-30", "decision 2022-12-22 of meeting 2022-12-22".
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from nwfz.governance.rotation import Term, overlapping


class GovernanceRefused(ValueError):
    """A governance write refused; the message says which record and why."""


def term_label(state: str, start: date, end: date | None) -> str:
    return f"chair term {state} {start}–{end if end else '…'}"


def meeting_label(start: date, title: str = "") -> str:
    return f"meeting {start}" + (f" ({title})" if title else "")


def ends_before_start(label: str, start: date, end: date | None) -> str | None:
    if end is not None and end < start:
        return f"{label}: ends on {end}, before it starts on {start}; check the dates"
    return None


def term_overlap(term: Term, others: Iterable[Term]) -> str | None:
    other = overlapping(term, others)
    if other is None:
        return None
    return (
        f"{term_label(term.state, term.start, term.end)} overlaps the term of "
        f"{other.state} {other.start}–{other.end}; end that term first or change the dates"
    )


def not_a_party(
    label: str, role: str, code: str, regime: str, day: date, parties: Collection[str]
) -> str | None:
    if code in parties:
        return None
    return f"{label}: {role} {code} was not a party to {regime} on {day}"


def decision_before_meeting(decision_date: date, meeting_start: date, meeting: str) -> str | None:
    if decision_date < meeting_start:
        return (
            f"decision {decision_date} of {meeting}: dated before its meeting (which starts "
            f"on {meeting_start})"
        )
    return None


def handover_incomplete(decision_date: date, meeting: str, handover_to: str | None) -> str | None:
    if not handover_to:
        return (
            f"decision {decision_date} of {meeting}: a chair handover needs `handover_to` "
            "(the state that takes the chair)"
        )
    return None


def owners_not_parties(
    label: str, owners: Iterable[str], regime: str, day: date, parties: Collection[str]
) -> str | None:
    outsiders = sorted(set(owners) - set(parties))
    if not outsiders:
        return None
    listed = ", ".join(outsiders)
    verb = "was" if len(outsiders) == 1 else "were"
    return f"{label}: owner {listed} {verb} not a party to {regime} on {day}"


def action_without_owner(label: str, owners: Iterable[str]) -> str | None:
    return None if list(owners) else f"{label}: name at least one owner state"


def closing_problem(
    label: str, status: str, closed_on: date | None, decided_on: date | None
) -> str | None:
    closed = status in ("done", "dropped")
    if closed and closed_on is None:
        return f"{label}: status {status} needs the date it was closed (closed_on)"
    if not closed and closed_on is not None:
        return f"{label}: status {status} is still open, so it cannot have a closed_on date"
    if closed_on is not None and decided_on is not None and closed_on < decided_on:
        return f"{label}: closed on {closed_on}, before the decision of {decided_on} created it"
    return None


def choice_problem(label: str, field: str, value: str, allowed: Iterable[str]) -> str | None:
    allowed = list(allowed)
    if value in allowed:
        return None
    return f"{label}: {field} {value!r} is not one of {', '.join(allowed)}"


def chair_disagrees_with_term(label: str, chair: str, day: date, term: Term | None) -> str | None:
    """A meeting's chair must be the state whose chair term covers its date (when a
    day-exact term covers it): the two records state the same fact."""
    if term is None or term.state == chair:
        return None
    return (
        f"{label}: chair {chair} disagrees with the chair term "
        f"{term.state} {term.start}–{term.end}, which covers {day}; correct one of them"
    )


def term_disagrees_with_meetings(
    label: str, state: str, meetings: Iterable[tuple[str, str]]
) -> str | None:
    """The reverse of `chair_disagrees_with_term`: a day-exact chair term must not cover a
    meeting (label, recorded chair) whose recorded chair is another state."""
    others = [(m, chair) for m, chair in meetings if chair != state]
    if not others:
        return None
    named = "; ".join(f"{m}, whose recorded chair is {chair}" for m, chair in others)
    return f"{label}: the term covers {named}; correct one of them"


def handover_disagrees_with_term(
    decision: str, handover_to: str | None, effective: date, state: str, start: date
) -> str | None:
    """A term created by a chair handover must be the handover's new chair from its
    effective day."""
    if handover_to == state and effective == start:
        return None
    return (
        f"chair term {state} from {start}: its decision {decision} hands the chair to "
        f"{handover_to or 'nobody'} on {effective}; a term created by a handover must match it"
    )


def first_problem(*problems: str | None) -> str | None:
    return next((p for p in problems if p), None)


def refuse(*problems: str | None) -> None:
    """Raise GovernanceRefused with every problem found, if any."""
    found = [p for p in problems if p]
    if found:
        raise GovernanceRefused("; ".join(found))
