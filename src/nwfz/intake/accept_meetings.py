"""Accepting consultative_meeting, chair_transfer and review_and_plans.

The three hang together: a chair transfer and a review are decisions of a meeting. Whatever
is accepted first finds (or, from the item's meeting proposal, records) the meeting, and the
others attach to it; a record the registry already holds is linked, never duplicated.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from nwfz.governance import services as governance
from nwfz.governance.calendar_math import add_months
from nwfz.governance.models import ChairTerm, Decision, Meeting
from nwfz.governance.selectors import chair_on
from nwfz.intake.acceptance import (
    Acceptance,
    AcceptContext,
    IntakeRefused,
    as_date,
    regime_of,
)
from nwfz.intake.sources import source_link
from nwfz.registry.models import Regime, State

MEETING_KINDS = {"annual": "annual_consultative", "extraordinary": "extraordinary"}
MEETING_TITLES = {
    "annual_consultative": {
        "en": "Annual consultative meeting of the states parties",
        "ru": "Ежегодная консультативная встреча государств-участников",
    },
    "extraordinary": {
        "en": "Extraordinary meeting of the states parties",
        "ru": "Внеочередная встреча государств-участников",
    },
}
SAME_MEETING_DAYS = 3  # a stated date this close to a recorded meeting's is that meeting
REPORTED_WITHIN_DAYS = 60  # an undated meeting 'held' is looked for this far before publication


def find_meeting(regime: Regime, kind: str, day: date | None, published: date | None):
    """The recorded meeting a proposal speaks of, if any."""
    meetings = Meeting.objects.filter(regime=regime, kind=kind)
    if day is not None:
        window = (day - timedelta(days=SAME_MEETING_DAYS), day + timedelta(days=SAME_MEETING_DAYS))
        return meetings.filter(start__range=window).order_by("start").first()
    if published is not None:
        window = (
            published - timedelta(days=REPORTED_WITHIN_DAYS),
            published + timedelta(days=SAME_MEETING_DAYS),
        )
        return meetings.filter(start__range=window).order_by("-start").first()
    return None


def meeting_for(fields: dict[str, Any], ctx: AcceptContext) -> tuple[Meeting, bool]:
    """The meeting a consultative_meeting proposal describes: found, or recorded through
    `meeting_record`. Returns (meeting, created)."""
    regime = regime_of(fields)
    kind = MEETING_KINDS.get(fields.get("kind") or "annual", "annual_consultative")
    day = as_date(fields.get("date"), "date")
    published = ctx.item.published
    existing = find_meeting(regime, kind, day, published)
    if existing is not None:
        source_link(existing, ctx.source, acting_user=ctx.acting_user)
        return existing, False
    if day is None and fields.get("status") == "planned":
        raise IntakeRefused("a planned meeting needs its date: edit the date field")
    start = day or published
    if start is None:
        raise IntakeRefused(
            "the meeting's date is not stated and the item's publication date is unknown: "
            "edit the date field"
        )
    meeting = governance.meeting_record(
        regime=regime,
        kind=kind,
        start=start,
        acting_user=ctx.acting_user,
        chair=fields.get("chair") or None,
        title=MEETING_TITLES[kind],
        place=fields.get("place") or "",
        format=fields.get("format") or "",
        date_note=(
            ""
            if day
            else f"Reported on {published.isoformat()}; the text does not give the exact date."
        ),
        sources=[ctx.source.key],
    )
    return meeting, True


def item_meeting(ctx: AcceptContext, regime: Regime) -> Meeting | None:
    """The meeting of the regime the item reports: its accepted meeting proposal's record,
    else the one its pending meeting proposal describes (found or recorded), else a recorded
    meeting of the regime shortly before publication."""
    proposals = [
        p
        for p in ctx.item.proposals.filter(type="consultative_meeting").order_by("position")
        if regime_of(p.current_fields).pk == regime.pk
    ]
    for proposal in proposals:
        if proposal.status == "accepted" and proposal.accepted_meeting_id is not None:
            found = Meeting.objects.filter(pk=proposal.accepted_meeting_id, regime=regime).first()
            if found is not None:
                return found
    pending = next((p for p in proposals if p.status == "proposed"), None)
    if pending is not None:
        return meeting_for(pending.current_fields, ctx)[0]
    return find_meeting(regime, "annual_consultative", None, ctx.item.published)


def accept_meeting(fields: dict[str, Any], ctx: AcceptContext) -> Acceptance:
    meeting, created = meeting_for(fields, ctx)
    verb = "recorded the meeting" if created else "linked to the recorded meeting"
    return Acceptance(meeting, f"{verb} of {meeting.start.isoformat()}")


def _state_name(code: str) -> str:
    state = State.objects.filter(code=code).first()
    return state.name_en if state else code


def accept_chair_transfer(fields: dict[str, Any], ctx: AcceptContext) -> Acceptance:
    regime = regime_of(fields)
    to = (fields.get("to") or "").upper()
    if not to:
        raise IntakeRefused("the new chair is not stated: edit the 'to' field (e.g. KZ)")
    effective = as_date(fields.get("effective"), "effective")
    year = fields.get("year")
    if effective is None and not year:
        raise IntakeRefused("neither the year nor the effective date is stated: edit one of them")
    effective = effective or date(int(year), 1, 1)
    chair = chair_on(regime, effective)
    term = ChairTerm.objects.filter(pk=chair.id).first() if chair and chair.id else None
    if term is not None and chair.state == to:
        source_link(term, ctx.source, acting_user=ctx.acting_user)
        return Acceptance(
            term,
            f"linked to the recorded chair term {to} {term.start.isoformat()}–"
            f"{term.end.isoformat()}",
        )
    meeting = item_meeting(ctx, regime)
    if meeting is None:
        months = governance.term_length_months(regime)
        term = governance.chair_term_create(
            regime=regime,
            state=to,
            start=effective,
            end=add_months(effective, months) - timedelta(days=1),
            sources=[ctx.source.key],
            acting_user=ctx.acting_user,
        )
        return Acceptance(term, f"recorded the chair term {to} from {effective}")
    decision = governance.decision_record(
        meeting=meeting,
        date=meeting.start,
        kind="chair_handover",
        text=f"{_state_name(to)} takes over the chairmanship from {effective.isoformat()}.",
        handover_to=to,
        effective=effective,
        sources=[ctx.source.key],
        acting_user=ctx.acting_user,
    )
    return Acceptance(
        decision,
        f"recorded the handover to {to} from {effective.isoformat()} at the meeting of "
        f"{meeting.start.isoformat()}",
    )


def _mentions_year(meeting: Meeting, year: int) -> bool:
    texts = [a.text_en + a.text_ru + a.text_kk for a in meeting.agenda.all()]
    texts += [
        d.text_en + d.text_ru + d.text_kk for d in meeting.decisions.exclude(kind="chair_handover")
    ]
    return any(str(year) in text for text in texts)


def accept_review_and_plans(fields: dict[str, Any], ctx: AcceptContext) -> Acceptance:
    meeting = item_meeting(ctx, regime_of(fields))
    if meeting is None:
        raise IntakeRefused(
            "no meeting to attach the review to: the item reports none and none is recorded "
            "near its publication date; record the meeting first"
        )
    reviewed = fields.get("year_reviewed")
    period = fields.get("plans_period")
    if reviewed and _mentions_year(meeting, int(reviewed)):
        source_link(meeting, ctx.source, acting_user=ctx.acting_user)
        return Acceptance(
            meeting,
            f"confirms the record: the meeting of {meeting.start.isoformat()} already "
            f"reviews {reviewed}",
        )
    reviewed_text = f"their joint work in {reviewed}" if reviewed else "their joint work"
    plans_text = f"plans for {period}" if period else "plans for the current period"
    decision: Decision = governance.decision_record(
        meeting=meeting,
        date=meeting.start,
        kind="work_plan",
        text=f"The parties reviewed {reviewed_text} and agreed {plans_text}.",
        sources=[ctx.source.key],
        acting_user=ctx.acting_user,
    )
    return Acceptance(
        decision,
        f"recorded the review and plans at the meeting of {meeting.start.isoformat()}",
    )
