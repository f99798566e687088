"""Governance checks that need the database: who was party on a day, which terms exist.

They gather plain values and call the rules in validation.py; services, the package loader
and the admin forms call them. Each returns a list of messages (empty when acceptable).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from nwfz.governance import validation as v
from nwfz.governance.models import ChairTerm, Decision, Meeting
from nwfz.governance.rotation import Term
from nwfz.registry.models import Regime
from nwfz.registry.selectors import parties_on


def party_codes(regime: Regime, day: date) -> set[str]:
    """Codes of the states for which the regime's treaty is in force on `day` (read fresh:
    the registry may have changed earlier in the same package load)."""
    return {s.code for s in parties_on(regime, day)}


def recorded_terms(regime: Regime, exclude_ids: Iterable[int] = ()) -> list[Term]:
    rows = (
        ChairTerm.objects.filter(regime=regime)
        .exclude(id__in=list(exclude_ids))
        .select_related("state")
    )
    return [Term(t.state.code, t.start, t.end, id=t.id) for t in rows]


def chair_term_problems(
    regime: Regime,
    state: str,
    start: date,
    end: date,
    *,
    exclude_ids: Iterable[int] = (),
    others: list[Term] | None = None,
    role: str = "chair",
    precision: str = "day",
    except_packages: Iterable[str] = (),
) -> list[str]:
    """Ends before it starts; the state not a party on its first day; overlaps another term;
    a chair term (day-exact) covering a meeting whose recorded chair is another state."""
    label = v.term_label(state, start, end)
    order = v.ends_before_start(label, start, end)
    if order:
        return [order]
    existing = others if others is not None else recorded_terms(regime, exclude_ids)
    problems = [
        v.not_a_party(label, "chair", state, regime.slug, start, party_codes(regime, start)),
        v.term_overlap(Term(state, start, end), existing),
    ]
    if role == "chair" and precision == "day":
        covered = meetings_chaired_within(regime, start, end, except_packages=except_packages)
        problems.append(v.term_disagrees_with_meetings(label, state, covered))
    return [p for p in problems if p]


def meetings_chaired_within(
    regime: Regime, start: date, end: date, *, except_packages: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """(label, chair code) of the regime's meetings with a recorded chair whose exact first
    day falls in start..end (those `meeting_problems` compares with the day-exact term);
    meetings of `except_packages` are left out (a load checks them from their side)."""
    rows = (
        Meeting.objects.filter(
            regime=regime,
            chair__isnull=False,
            start__gte=start,
            start__lte=end,
            date_known=True,
            date_precision="day",
        )
        .exclude(package__in=[p for p in except_packages if p])
        .select_related("chair")
        .order_by("start", "id")
    )
    return [(v.meeting_label(m.start, m.title_en), m.chair.code) for m in rows]


def covering_chair_term(regime: Regime, day: date) -> Term | None:
    """The day-exact chair term (role chair) of the regime that covers `day`, if any."""
    row = (
        ChairTerm.objects.filter(
            regime=regime, role="chair", precision="day", start__lte=day, end__gte=day
        )
        .select_related("state")
        .first()
    )
    return Term(row.state.code, row.start, row.end, id=row.id) if row else None


def meeting_problems(
    regime: Regime,
    start: date,
    end: date | None,
    chair: str | None,
    title: str = "",
    *,
    date_exact: bool = True,
) -> list[str]:
    """`date_exact` is False for a meeting known only by month, year or the day it was
    reported: its chair is then not compared with the chair terms."""
    label = v.meeting_label(start, title)
    problems = [v.ends_before_start(label, start, end)]
    if chair:
        parties = party_codes(regime, start)
        problems.append(v.not_a_party(label, "chair", chair, regime.slug, start, parties))
        if date_exact:
            term = covering_chair_term(regime, start)
            problems.append(v.chair_disagrees_with_term(label, chair, start, term))
    return [p for p in problems if p]


def created_term_problems(decision: Decision, state: str, start: date) -> list[str]:
    """A chair term said to be created by `decision` must be its handover's result."""
    label = f"{decision.date} of {v.meeting_label(decision.meeting.start)}"
    problem = v.handover_disagrees_with_term(
        label,
        decision.handover_to.code if decision.handover_to else None,
        decision.effective or decision.date,
        state,
        start,
    )
    return [problem] if problem else []


def decision_problems(
    meeting: Meeting,
    day: date,
    kind: str,
    handover_to: str | None,
    effective: date | None,
) -> list[str]:
    label = v.meeting_label(meeting.start, meeting.title_en)
    problems = [v.decision_before_meeting(day, meeting.start, label)]
    if kind == "chair_handover":
        missing = v.handover_incomplete(day, label, handover_to)
        problems.append(missing)
        if not missing:
            on = effective or day
            parties = party_codes(meeting.regime, on)
            problems.append(
                v.not_a_party(
                    f"decision {day} of {label}",
                    "new chair",
                    handover_to,
                    meeting.regime.slug,
                    on,
                    parties,
                )
            )
    return [p for p in problems if p]


def action_item_problems(
    regime: Regime,
    title: str,
    owners: list[str],
    decided_on: date,
    status: str,
    closed_on: date | None,
) -> list[str]:
    label = f"action item {title!r}"
    problems = [
        v.choice_problem(label, "status", status, ("open", "in_progress", "done", "dropped")),
        v.action_without_owner(label, owners),
        v.owners_not_parties(
            label, owners, regime.slug, decided_on, party_codes(regime, decided_on)
        ),
        v.closing_problem(label, status, closed_on, decided_on),
    ]
    return [p for p in problems if p]


def request_problems(regime: Regime, state: str, day: date, subject: str) -> list[str]:
    label = f"extraordinary meeting request {day} ({subject})"
    problem = v.not_a_party(
        label, "requesting state", state, regime.slug, day, party_codes(regime, day)
    )
    return [problem] if problem else []


def dated_problems(label: str, start: date, end: date | None) -> list[str]:
    problem = v.ends_before_start(label, start, end)
    return [problem] if problem else []


def handover_term(regime: Regime, new_state: str, effective: date, term_months: int):
    """What a chair handover on `effective` would do: (the term it ends the day before, or
    None; the new term's end; problems). A term of the new chair already starting that day
    is reused, so it is not a problem."""
    from datetime import timedelta

    from nwfz.governance.calendar_math import add_months

    end = add_months(effective, term_months) - timedelta(days=1)
    existing = ChairTerm.objects.filter(regime=regime, start=effective).select_related("state")
    same = existing.first()
    if same is not None and same.state.code == new_state:
        return None, same.end, []
    current = ChairTerm.objects.filter(
        regime=regime, start__lt=effective, end__gte=effective
    ).first()
    others = [t for t in recorded_terms(regime) if not current or t.id != current.id]
    return current, end, chair_term_problems(regime, new_state, effective, end, others=others)
