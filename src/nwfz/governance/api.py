"""Governance endpoints: chair, chair timeline, meetings, action items, events,
anniversaries, fora and deadlines. Thin: each calls a selector and returns its records."""

from __future__ import annotations

from datetime import date

from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from nwfz.governance import selectors
from nwfz.languages import language_codes
from nwfz.registry.selectors import NotFound, regime_by_slug, state_names
from nwfz.request_bounds import (
    ANNIVERSARIES_MAX_YEARS,
    CHAIR_TIMELINE_MAX_YEARS,
    EVENTS_MAX_YEARS,
    FORA_MAX_YEARS,
    RangeTooLong,
    check_span,
    check_year_span,
    years_later,
)

router = Router(tags=["governance"])

LANG = Query(
    "en", pattern=f"^({'|'.join(language_codes())})$", description="language of titles and notes"
)
STATUS = "^(open|in_progress|done|dropped)$"


class TermOut(Schema):
    state: str = Field(description="ISO 3166-1 alpha-2")
    state_name: str
    start: str
    end: str = Field(description="inclusive")
    basis: str = Field(description="recorded | predicted")
    role: str = Field(description="chair | coordinator")
    precision: str = Field(description="day, or year when only the year is attested")
    departs_from_rule: bool
    reason: str = Field(description="how a recorded term departs from the rotation rule")
    note: str
    sources: list[str]
    inferred: str = Field(
        "",
        description="the rule the recorded term's dates were inferred by (e.g. the rotation "
        "rule's handover day); empty when a source gives them",
    )


class ChairOut(Schema):
    regime: str
    on: date
    chair: TermOut | None


class OutcomeOut(Schema):
    kind: str
    title: str
    date: date | None
    parties: str
    sources: list[str]


class DecisionOut(Schema):
    date: date
    kind: str
    text: str
    handover_to: str | None
    effective: date | None


class MeetingOut(Schema):
    id: int
    kind: str = Field(description="annual_consultative | extraordinary | thematic | anniversary")
    title: str
    start: date
    end: date | None
    date_note: str
    place: str
    format: str = Field(description="in_person | videoconference | hybrid, or empty")
    chair: str | None
    participants: list[str]
    observers: list[str]
    agenda: list[str]
    outcomes: list[OutcomeOut]
    decisions: list[DecisionOut]
    sources: list[str]


class ActionOut(Schema):
    id: int
    title: str
    owners: list[str]
    due: date | None
    status: str = Field(description="open | in_progress | done | dropped")
    closed_on: date | None
    decided_at: str
    sources: list[str]


class RegimeEventOut(Schema):
    id: int
    title: str
    kind: str
    start: date
    end: date | None
    place: str
    organisers: list[str]
    marks: str = Field(description="the anniversary it marks, e.g. canwfz-signature-20")
    status: str
    sources: list[str]


class AnniversaryOut(Schema):
    key: str
    kind: str = Field(description="signature | entry_into_force | test_site_closure | observance")
    title: str
    date: date
    original: date
    ordinal: int
    round: bool = Field(description="5th, 10th, 15th, ...")
    sources: list[str]


class CoordinationOut(Schema):
    kind: str
    title: str
    status: str
    states: list[str]
    date: date | None
    sources: list[str]


class ForumSessionOut(Schema):
    id: int
    forum: str
    title: str
    start: date
    end: date | None
    venue: str
    items: list[CoordinationOut]
    sources: list[str]


class DeadlineOut(Schema):
    rule: str
    state: str
    due: date
    met_on: date | None
    met_on_precision: str
    days_late: int | None
    status: str = Field(
        description="met | late | pending | undetermined (the record lacks a date the "
        "outcome depends on; `reason` says which)"
    )
    sources: list[str]
    reason: str
    days_late_max: int | None = Field(
        None,
        description="late by a date known only to the month or year: `days_late` is the "
        "least it can be, this the most",
    )


class YearsQuery(Schema):
    from_year: int = Field(..., ge=1900, le=2200)
    to_year: int = Field(..., ge=1900, le=2200)


def _today(on: date | None) -> date:
    return on or timezone.localdate()


def _bounded(start: date | None, end: date | None, max_years: int) -> None:
    """A range given with both ends: in order (422) and at most `max_years` long (400)."""
    if start is None or end is None:
        return
    if end < start:
        raise HttpError(422, f"end {end} is before start {start}")
    try:
        check_span(start, end, max_years=max_years)
    except RangeTooLong as exc:
        raise HttpError(400, str(exc)) from None


def _span(start: date | None, end: date | None, max_years: int) -> tuple[date, date]:
    """start (default today) to end (default a year on), bounded."""
    start = start or timezone.localdate()
    if end is None:
        end = years_later(start, 1)
    _bounded(start, end, max_years)
    return start, end


@router.get("/regimes/{slug}/chair", response=ChairOut, summary="The chair on a date")
def regime_chair(request, slug: str, on: date | None = None, lang: str = LANG):
    regime = regime_by_slug(slug)
    day = _today(on)
    term = selectors.chair_on(regime, day, lang)
    return {
        "regime": regime.slug,
        "on": day,
        "chair": selectors.term_json(term, state_names(lang)) if term else None,
    }


@router.get(
    "/regimes/{slug}/chairs",
    response=list[TermOut],
    summary="Chair timeline: recorded terms, and predicted ones after the last recorded",
)
def regime_chairs(request, slug: str, years: Query[YearsQuery], lang: str = LANG):
    if years.to_year < years.from_year:
        raise HttpError(422, f"to_year {years.to_year} is before from_year {years.from_year}")
    try:
        check_year_span(
            years.from_year, years.to_year, max_years=CHAIR_TIMELINE_MAX_YEARS,
            names=("from_year", "to_year"),
        )  # fmt: skip
    except RangeTooLong as exc:
        raise HttpError(400, str(exc)) from None
    regime = regime_by_slug(slug)
    names = state_names(lang)
    terms = selectors.chair_timeline(regime, years.from_year, years.to_year, lang)
    return [selectors.term_json(t, names) for t in terms]


@router.get("/regimes/{slug}/meetings", response=list[MeetingOut], summary="Meetings")
def regime_meetings(
    request, slug: str, year: int | None = Query(None, ge=1900, le=2200), lang: str = LANG
):
    start = date(year, 1, 1) if year else None
    end = date(year, 12, 31) if year else None
    return selectors.meetings_in(regime_by_slug(slug), start, end, lang)


@router.get("/meetings/{meeting_id}", response=MeetingOut, summary="One meeting")
def meeting_detail(request, meeting_id: int, lang: str = LANG):
    found = selectors.meeting_by_id(meeting_id, lang)
    if found is None:
        raise NotFound(f"no meeting with id {meeting_id}")
    return found


@router.get(
    "/regimes/{slug}/action-items",
    response=list[ActionOut],
    summary="Action items (with open_on: those open on that day, across chair terms)",
)
def regime_action_items(
    request,
    slug: str,
    status: str | None = Query(None, pattern=STATUS),
    open_on: date | None = None,
    lang: str = LANG,
):
    regime = regime_by_slug(slug)
    if open_on is not None:
        items = selectors.open_action_items(regime, open_on, lang)
        return [a for a in items if status is None or a.status == status]
    return selectors.action_items(regime, status, lang)


@router.get("/regimes/{slug}/events", response=list[RegimeEventOut], summary="Events in a period")
def regime_events(
    request, slug: str, start: date | None = None, end: date | None = None, lang: str = LANG
):
    _bounded(start, end, EVENTS_MAX_YEARS)
    return selectors.events_in(regime_by_slug(slug), start, end, lang)


@router.get(
    "/regimes/{slug}/anniversaries",
    response=list[AnniversaryOut],
    summary="Anniversaries between two dates (default: the coming year)",
)
def regime_anniversaries(
    request, slug: str, start: date | None = None, end: date | None = None, lang: str = LANG
):
    regime = regime_by_slug(slug)
    first, last = _span(start, end, ANNIVERSARIES_MAX_YEARS)
    return [
        {
            "key": a.key,
            "kind": a.kind,
            "title": a.label,
            "date": a.date,
            "original": a.original,
            "ordinal": a.ordinal,
            "round": a.round,
            "sources": list(a.sources),
        }
        for a in selectors.upcoming_anniversaries(regime, first, last, lang)
    ]


@router.get(
    "/regimes/{slug}/fora",
    response=list[ForumSessionOut],
    summary="Forum sessions with the regime's coordination items",
)
def regime_fora(
    request, slug: str, start: date | None = None, end: date | None = None, lang: str = LANG
):
    _bounded(start, end, FORA_MAX_YEARS)
    return selectors.forum_sessions_in(regime_by_slug(slug), start, end, lang)


@router.get(
    "/regimes/{slug}/deadlines",
    response=list[DeadlineOut],
    summary="Treaty deadlines per party on a date: met, late by N days, pending",
)
def regime_deadlines(request, slug: str, on: date | None = None):
    return selectors.deadline_table(regime_by_slug(slug), _today(on))
