"""Meetings with their agenda, outcomes and decisions; outcome documents adopted apart."""

from __future__ import annotations

from datetime import date

from django.db.models import Prefetch

from nwfz.governance.models import Decision, Meeting, OutcomeDocument
from nwfz.governance.records import DecisionInfo, MeetingInfo, OutcomeInfo
from nwfz.governance.selectors.common import SOURCES, regime_of, source_urls
from nwfz.registry.models import Regime


def meetings_query(regime: Regime):
    return (
        Meeting.objects.filter(regime=regime)
        .select_related("chair")
        .prefetch_related(
            SOURCES,
            "participants",
            "observers",
            "agenda",
            Prefetch("outcomes", queryset=_outcomes_query()),
            Prefetch("decisions", queryset=Decision.objects.select_related("handover_to")),
        )
        .order_by("start", "id")
    )


def _outcomes_query():
    return OutcomeDocument.objects.prefetch_related(SOURCES, "organisations")


def decision_info(d: Decision, lang: str) -> DecisionInfo:
    return DecisionInfo(
        d.date,
        d.kind,
        d.localized("text", lang),
        d.handover_to.code if d.handover_to else None,
        d.effective,
        d.effective_precision,
        d.effective_inferred,
    )


def _outcome_info(o, lang: str) -> OutcomeInfo:
    parties = o.parties or ", ".join(org.short_name for org in o.organisations.all())
    return OutcomeInfo(
        o.kind, o.localized("title", lang), o.date, parties, source_urls(o), o.date_precision
    )


def meeting_info(m: Meeting, lang: str = "en") -> MeetingInfo:
    return MeetingInfo(
        id=m.id,
        kind=m.kind,
        start=m.start,
        end=m.end,
        place=m.localized("place", lang),
        format=m.format,
        chair=m.chair.code if m.chair else None,
        participants=sorted(s.code for s in m.participants.all()),
        observers=sorted(o.short_name for o in m.observers.all()),
        agenda=[a.localized("text", lang) for a in m.agenda.all()],
        outcomes=[_outcome_info(o, lang) for o in m.outcomes.all()],
        decisions=[decision_info(d, lang) for d in m.decisions.all()],
        sources=source_urls(m),
        title=m.localized("title", lang),
        date_note=m.localized("date_note", lang),
        precision=m.date_precision,
        key=m.key or "",
        reported_on=m.reported_on,
        date_known=m.date_known,
    )


def meetings_in(
    regime: Regime | str, start: date | None = None, end: date | None = None, lang: str = "en"
) -> list[MeetingInfo]:
    """Meetings that start within [start, end] (either bound may be open)."""
    query = meetings_query(regime_of(regime))
    if start:
        query = query.filter(start__gte=start)
    if end:
        query = query.filter(start__lte=end)
    return [meeting_info(m, lang) for m in query]


def meeting_by_id(meeting_id: int, lang: str = "en") -> MeetingInfo | None:
    m = Meeting.objects.filter(id=meeting_id).first()
    if m is None:
        return None
    return meeting_info(meetings_query(m.regime).get(id=meeting_id), lang)


def meeting_by_ref(ref: str, lang: str = "en") -> tuple[MeetingInfo, str] | None:
    """A meeting by its key (or, for one without a key, its id), with its regime's slug."""
    query = (
        Meeting.objects.filter(id=int(ref)) if ref.isdigit() else Meeting.objects.filter(key=ref)
    )
    m = query.select_related("regime").first()
    if m is None or (ref.isdigit() and m.key):
        return None
    return meeting_info(meetings_query(m.regime).get(id=m.id), lang), m.regime.slug


def standalone_outcomes(regime: Regime | str, lang: str = "en") -> list[OutcomeInfo]:
    """Outcome documents not adopted at a recorded meeting (e.g. memoranda signed apart)."""
    query = _outcomes_query().filter(regime=regime_of(regime), meeting=None).order_by("date")
    return [_outcome_info(o, lang) for o in query]
