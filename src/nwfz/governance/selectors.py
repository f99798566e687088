"""Governance reads that the CLI, API, pages, calendar feed and annual report share.

Every function takes a Regime (or its slug) and returns plain values: the dataclasses of
records.py, or Term / Anniversary from the rule modules. Dates are explicit (`on=`).
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import F, Prefetch, Q
from django.utils import translation
from django.utils.translation import gettext as _

from nwfz.governance import anniversaries as anniversary_rules
from nwfz.governance import deadlines as deadline_rules
from nwfz.governance import rotation
from nwfz.governance.models import (
    ActionItem,
    AnniversaryDate,
    ChairTerm,
    CoordinationItem,
    DeadlineRule,
    Decision,
    Event,
    ForumSession,
    Meeting,
    OutcomeDocument,
)
from nwfz.governance.records import (
    ActionInfo,
    CalendarItem,
    ChairInfo,
    CoordinationInfo,
    DeadlineInfo,
    DecisionInfo,
    EventInfo,
    ForumSessionInfo,
    MeetingInfo,
    OutcomeInfo,
    YearRecord,
)
from nwfz.registry.models import ParticipationEvent, Regime, Source, State
from nwfz.registry.selectors import instrument_terms, parties_on, regime_by_slug
from nwfz.registry.status import Event as StatusEvent
from nwfz.registry.status import entry_into_force_for_state

SOURCES = Prefetch("sources", queryset=Source.objects.only("id", "url"))


def _regime(regime: Regime | str) -> Regime:
    return regime_by_slug(regime) if isinstance(regime, str) else regime


def _urls(obj) -> list[str]:
    return [s.url for s in obj.sources.all()]


def _state_names(lang: str) -> dict[str, str]:
    return {s.code: s.localized("name", lang) for s in State.objects.all()}


# --- rotation ----------------------------------------------------------------------------


def rotation_rule(regime: Regime | str, lang: str = "en") -> rotation.RotationRule | None:
    rule = getattr(_regime(regime), "rotation_rule", None)
    if rule is None:
        return None
    return rotation.RotationRule(
        order=rule.order_codes,
        effective_from=rule.effective_from,
        term_months=rule.term_months,
        first_state=rule.first_state,
        names=_state_names(lang),
    )


def withdrawn_states(regime: Regime | str) -> dict[str, date]:
    """Parties whose withdrawal from the regime's treaty took effect, with the day."""
    regime = _regime(regime)
    out: dict[str, date] = {}
    if regime.treaty is None:
        return out
    rows = ParticipationEvent.objects.filter(
        instrument=regime.treaty, action__in=("withdrew", "withdrawal_effective")
    ).select_related("state")
    effective = {e.state.code: e.date for e in rows if e.action == "withdrawal_effective"}
    for e in rows:
        out[e.state.code] = effective.get(e.state.code, e.date)
    return out


def recorded_terms(regime: Regime | str, lang: str = "en") -> list[rotation.Term]:
    rows = (
        ChairTerm.objects.filter(regime=_regime(regime))
        .select_related("state")
        .prefetch_related(SOURCES)
    )
    return [
        rotation.Term(
            t.state.code,
            t.start,
            t.end,
            sources=tuple(_urls(t)),
            role=t.role,
            note=t.localized("note", lang),
            precision=t.precision,
            id=t.id,
        )
        for t in rows
    ]


def chair_timeline(
    regime: Regime | str, first_year: int, last_year: int, lang: str = "en"
) -> list[rotation.Term]:
    """Recorded terms (each compared with the rotation rule) and predicted ones."""
    regime = _regime(regime)
    first_year, last_year = max(first_year, 1), min(last_year, 9998)
    with translation.override(lang):  # the reasons a term departs from the rule
        return rotation.chair_timeline(
            recorded_terms(regime, lang),
            rotation_rule(regime, lang),
            first_year,
            last_year,
            withdrawn_states(regime),
        )


def chair_on(regime: Regime | str, day: date, lang: str = "en") -> rotation.Term | None:
    if not 1 < day.year < 9999:
        return None  # outside the calendar the rule can be projected over
    timeline = chair_timeline(regime, day.year - 1, day.year + 1, lang)
    return rotation.chair_on(timeline, day)


def term_json(term: rotation.Term, names: dict[str, str] | None = None) -> dict:
    return {
        "state": term.state,
        "state_name": (names or {}).get(term.state, term.state),
        "start": term.start.isoformat(),
        "end": term.end.isoformat(),
        "basis": term.basis,
        "role": term.role,
        "precision": term.precision,
        "departs_from_rule": term.departs_from_rule,
        "reason": term.reason,
        "note": term.note,
        "sources": list(term.sources),
    }


def _chair_info(term: rotation.Term | None, names: dict[str, str]) -> ChairInfo | None:
    if term is None:
        return None
    return ChairInfo(
        term.state,
        names.get(term.state, term.state),
        term.start,
        term.end,
        list(term.sources),
        term.basis,
    )


# --- meetings, decisions, action items ------------------------------------------------------


def _meetings_query(regime: Regime):
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


def _decision_info(d: Decision, lang: str) -> DecisionInfo:
    return DecisionInfo(
        d.date,
        d.kind,
        d.localized("text", lang),
        d.handover_to.code if d.handover_to else None,
        d.effective,
    )


def _outcome_info(o, lang: str) -> OutcomeInfo:
    parties = o.parties or ", ".join(org.short_name for org in o.organisations.all())
    return OutcomeInfo(
        o.kind, o.localized("title", lang), o.date, parties, _urls(o), o.date_precision
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
        decisions=[_decision_info(d, lang) for d in m.decisions.all()],
        sources=_urls(m),
        title=m.localized("title", lang),
        date_note=m.localized("date_note", lang),
        precision=m.date_precision,
    )


def meetings_in(
    regime: Regime | str, start: date | None = None, end: date | None = None, lang: str = "en"
) -> list[MeetingInfo]:
    """Meetings that start within [start, end] (either bound may be open)."""
    query = _meetings_query(_regime(regime))
    if start:
        query = query.filter(start__gte=start)
    if end:
        query = query.filter(start__lte=end)
    return [meeting_info(m, lang) for m in query]


def meeting_by_id(meeting_id: int, lang: str = "en") -> MeetingInfo | None:
    m = Meeting.objects.filter(id=meeting_id).first()
    if m is None:
        return None
    return meeting_info(_meetings_query(m.regime).get(id=meeting_id), lang)


def standalone_outcomes(regime: Regime | str, lang: str = "en") -> list[OutcomeInfo]:
    """Outcome documents not adopted at a recorded meeting (e.g. memoranda signed apart)."""
    query = _outcomes_query().filter(regime=_regime(regime), meeting=None).order_by("date")
    return [_outcome_info(o, lang) for o in query]


def _actions_query(regime: Regime):
    return (
        ActionItem.objects.filter(decision__meeting__regime=regime)
        .select_related("decision__meeting")
        .prefetch_related("owners", SOURCES)
        .order_by(F("due").asc(nulls_last=True), "id")
    )


def action_info(a: ActionItem, lang: str = "en") -> ActionInfo:
    meeting = a.decision.meeting
    with translation.override(lang):
        kind = str(meeting.get_kind_display())
    return ActionInfo(
        id=a.id,
        title=a.localized("title", lang),
        owners=sorted(s.code for s in a.owners.all()),
        due=a.due,
        status=a.status,
        closed_on=a.closed_on,
        decided_at=f"{kind} {meeting.start}",
        sources=_urls(a),
    )


def action_items(regime: Regime | str, status: str | None = None, lang: str = "en"):
    query = _actions_query(_regime(regime))
    if status == "open_any":
        query = query.filter(status__in=ActionItem.OPEN_STATUSES)
    elif status:
        query = query.filter(status=status)
    return [action_info(a, lang) for a in query]


def open_action_items(regime: Regime | str, on: date, lang: str = "en") -> list[ActionInfo]:
    """Action items decided by `on` and not closed by then: they stay open across chair
    terms until closed, so a new chair sees what the previous one left open."""
    query = _actions_query(_regime(regime)).filter(decision__date__lte=on)
    query = query.filter(Q(closed_on__isnull=True) | Q(closed_on__gt=on)).exclude(
        status__in=("done", "dropped"), closed_on__isnull=True
    )
    return [action_info(a, lang) for a in query]


def actions_closed_in(
    regime: Regime | str, start: date, end: date, lang: str = "en"
) -> list[ActionInfo]:
    query = _actions_query(_regime(regime)).filter(closed_on__gte=start, closed_on__lte=end)
    return [action_info(a, lang) for a in query]


# --- events, anniversaries, fora -----------------------------------------------------------


def _event_info(e: Event, regime_slug: str, lang: str) -> EventInfo:
    organisers = sorted(s.code for s in e.organiser_states.all())
    organisers += sorted(o.short_name for o in e.organiser_organisations.all())
    marks = f"{regime_slug}-{e.marks_key}" if e.marks_key else ""
    if marks and e.marks_ordinal:
        marks += f"-{e.marks_ordinal}"
    return EventInfo(
        e.localized("title", lang),
        e.kind,
        e.start,
        e.end,
        e.localized("place", lang),
        organisers,
        marks,
        e.status,
        _urls(e),
        e.id,
        e.date_precision,
    )


def _overlapping(query, start: date | None, end: date | None):
    if end:
        query = query.filter(start__lte=end)
    if start:
        query = query.filter(Q(end__gte=start) | Q(end__isnull=True, start__gte=start))
    return query


def events_in(
    regime: Regime | str, start: date | None = None, end: date | None = None, lang: str = "en"
) -> list[EventInfo]:
    """Events overlapping [start, end]."""
    regime = _regime(regime)
    query = Event.objects.filter(regime=regime).prefetch_related(
        "organiser_states", "organiser_organisations", SOURCES
    )
    return [_event_info(e, regime.slug, lang) for e in _overlapping(query, start, end)]


def anniversary_facts(
    regime: Regime | str, lang: str = "en"
) -> list[anniversary_rules.AnniversaryFact]:
    """Signature and entry into force of the regime's treaty (from the registry), and the
    regime's other remembered dates."""
    regime = _regime(regime)
    facts = []
    treaty = regime.treaty
    if treaty is not None:
        title = treaty.localized("short_title", lang) or treaty.localized("title", lang)
        if treaty.adopted_on:
            facts.append(
                anniversary_rules.AnniversaryFact(
                    "signature",
                    "signature",
                    title,
                    treaty.adopted_on,
                    tuple(s.url for s in treaty.adopted_sources.all()),
                )
            )
        if treaty.entry_into_force:
            facts.append(
                anniversary_rules.AnniversaryFact(
                    "entry-into-force",
                    "entry_into_force",
                    title,
                    treaty.entry_into_force,
                    tuple(s.url for s in treaty.entry_into_force_sources.all()),
                )
            )
    for row in AnniversaryDate.objects.filter(regime=regime).prefetch_related(SOURCES):
        facts.append(
            anniversary_rules.AnniversaryFact(
                row.key,
                row.kind,
                row.localized("title", lang),
                row.date,
                tuple(_urls(row)),
            )
        )
    return facts


def upcoming_anniversaries(
    regime: Regime | str, start: date, end: date, lang: str = "en"
) -> list[anniversary_rules.Anniversary]:
    return anniversary_rules.upcoming_anniversaries(
        anniversary_facts(regime, lang), start, end, lang
    )


def _coordination_info(c: CoordinationItem, lang: str) -> CoordinationInfo:
    return CoordinationInfo(
        c.kind,
        c.localized("title", lang),
        c.status,
        sorted(s.code for s in c.states.all()),
        _urls(c),
        c.date,
    )


def forum_sessions_in(
    regime: Regime | str, start: date | None = None, end: date | None = None, lang: str = "en"
) -> list[ForumSessionInfo]:
    """Forum sessions the regime follows that overlap [start, end], with its items."""
    regime = _regime(regime)
    items = CoordinationItem.objects.filter(regime=regime).prefetch_related("states", SOURCES)
    query = (
        ForumSession.objects.filter(regimes=regime)
        .select_related("forum")
        .prefetch_related(SOURCES, Prefetch("items", queryset=items))
    )
    return [
        ForumSessionInfo(
            s.forum.slug,
            s.localized("title", lang),
            s.start,
            s.end,
            s.localized("venue", lang),
            [_coordination_info(c, lang) for c in s.items.all()],
            _urls(s),
            s.id,
            s.date_precision,
        )
        for s in _overlapping(query, start, end)
    ]


# --- deadlines -----------------------------------------------------------------------------


def _party_dates(rule: DeadlineRule, regime: Regime, states: list[State]):
    treaty = regime.treaty
    terms = instrument_terms(treaty)
    events = ParticipationEvent.objects.filter(state__in=states).select_related("instrument")
    events = events.prefetch_related(SOURCES)
    out = {}
    for state in states:
        mine = [e for e in events if e.state_id == state.id]
        reached = [
            e for e in mine if e.instrument_id == rule.instrument_id and e.action == rule.action
        ]
        own = entry_into_force_for_state(
            [StatusEvent(e.action, e.date) for e in mine if e.instrument_id == treaty.id], terms
        )
        first = min(reached, key=lambda e: e.date) if reached else None
        out[state.code] = deadline_rules.PartyDate(
            reached=first.date if first else None,
            precision=first.date_precision if first else "day",
            sources=tuple(_urls(first)) if first else (),
            anchor=own.since if own else None,
        )
    return out


def deadline_table(regime: Regime | str, on: date) -> list[DeadlineInfo]:
    """Each deadline rule of the regime evaluated for each party on `on`."""
    regime = _regime(regime)
    treaty = regime.treaty
    if treaty is None or treaty.entry_into_force is None:
        return []
    parties = parties_on(regime, on)
    out = []
    for rule in DeadlineRule.objects.filter(regime=regime).select_related("instrument"):
        plain = deadline_rules.DeadlineRule(
            rule.slug,
            rule.months_after,
            treaty.entry_into_force,
            rule.instrument.slug,
            rule.action,
            rule.article,
        )
        for r in deadline_rules.evaluate_deadline(plain, _party_dates(rule, regime, parties), on):
            out.append(
                DeadlineInfo(
                    r.rule,
                    r.state,
                    r.due,
                    r.met_on,
                    r.days_late,
                    r.status,
                    r.met_on_precision,
                    list(r.sources),
                )
            )
    return out


# --- calendar and year record --------------------------------------------------------------


def _path(regime: Regime, lang: str, anchor: str) -> str:
    return f"/{lang}/regimes/{regime.slug}/governance/#{anchor}"


def calendar_items(
    regime: Regime | str, start: date, end: date, lang: str = "en"
) -> list[CalendarItem]:
    """Meetings, events, forum sessions, anniversaries and deadlines in [start, end]."""
    regime = _regime(regime)
    with translation.override(lang):
        out = (
            _meeting_items(regime, start, end, lang)
            + _event_items(regime, start, end, lang)
            + _session_items(regime, start, end, lang)
            + _anniversary_items(regime, start, end, lang)
            + _deadline_items(regime, start, end, lang)
        )
    return sorted(out, key=lambda i: (i.start, i.kind, i.uid))


def _meeting_items(regime: Regime, start: date, end: date, lang: str) -> list[CalendarItem]:
    names = _state_names(lang)
    out = []
    for m in _overlapping(_meetings_query(regime), start, end):
        info = meeting_info(m, lang)
        kind = str(m.get_kind_display()).capitalize()
        text = kind
        if info.chair:
            text = _("%(kind)s; chair: %(chair)s") % {
                "kind": kind,
                "chair": names.get(info.chair, info.chair),
            }
        if info.date_note:
            text += f". {info.date_note}"
        decisions = " ".join(d.text for d in info.decisions)
        out.append(
            CalendarItem(
                f"meeting-{m.id}@nwfz",
                "meeting",
                info.title or kind,
                m.start,
                m.end,
                info.place,
                f"{text}. {decisions}".strip(),
                _path(regime, lang, f"meeting-{m.id}"),
                info.sources,
            )
        )
    return out


def _event_items(regime: Regime, start: date, end: date, lang: str) -> list[CalendarItem]:
    kinds, statuses = dict(Event.KINDS), dict(Event.STATUSES)
    return [
        CalendarItem(
            f"event-{e.id}@nwfz",
            "event",
            e.title,
            e.start,
            e.end,
            e.place,
            _("%(kind)s event (%(status)s)")
            % {
                "kind": str(kinds.get(e.kind, e.kind)).capitalize(),
                "status": statuses.get(e.status, e.status),
            },
            _path(regime, lang, f"event-{e.id}"),
            e.sources,
        )
        for e in events_in(regime, start, end, lang)
    ]


def _session_items(regime: Regime, start: date, end: date, lang: str) -> list[CalendarItem]:
    statuses = dict(CoordinationItem.STATUSES)
    out = []
    for s in forum_sessions_in(regime, start, end, lang):
        items = "; ".join(f"{i.title} ({statuses.get(i.status, i.status)})" for i in s.items)
        out.append(
            CalendarItem(
                f"forum-session-{s.id}@nwfz",
                "forum_session",
                s.title,
                s.start,
                s.end,
                s.venue,
                items,
                _path(regime, lang, f"forum-session-{s.id}"),
                s.sources,
            )
        )
    return out


def _anniversary_items(regime: Regime, start: date, end: date, lang: str) -> list[CalendarItem]:
    out = []
    for a in upcoming_anniversaries(regime, start, end, lang):
        text = _("Date remembered: %(date)s.") % {"date": a.original.isoformat()}
        if a.round:
            text += " " + _("A round anniversary.")
        out.append(
            CalendarItem(
                f"anniversary-{regime.slug}-{a.key}-{a.date.year}@nwfz",
                "anniversary",
                a.label,
                a.date,
                None,
                "",
                text,
                _path(regime, lang, "anniversaries"),
                list(a.sources),
            )
        )
    return out


def _deadline_items(regime: Regime, start: date, end: date, lang: str) -> list[CalendarItem]:
    titles = {
        r.slug: r.localized("title", lang) for r in DeadlineRule.objects.filter(regime=regime)
    }
    statuses = {"met": _("met"), "late": _("late"), "pending": _("pending")}
    names = _state_names(lang)
    out = []
    for d in deadline_table(regime, end):
        if start <= d.due <= end:
            out.append(
                CalendarItem(
                    f"deadline-{d.rule}-{d.state}@nwfz",
                    "deadline",
                    _("Deadline for %(state)s: %(rule)s")
                    % {"state": names.get(d.state, d.state), "rule": titles.get(d.rule, d.rule)},
                    d.due,
                    None,
                    "",
                    _("Status on %(day)s: %(status)s")
                    % {"day": end.isoformat(), "status": statuses[d.status]},
                    _path(regime, lang, "deadlines"),
                    d.sources,
                )
            )
    return out


def _handover_in(regime: Regime, start: date, end: date, lang: str) -> DecisionInfo | None:
    d = (
        Decision.objects.filter(
            meeting__regime=regime, kind="chair_handover", date__gte=start, date__lte=end
        )
        .select_related("handover_to")
        .order_by("date", "id")
        .first()
    )
    return _decision_info(d, lang) if d else None


def year_record(regime: Regime | str, year: int, lang: str = "en") -> YearRecord:
    """Everything the annual report says about a regime's year."""
    regime = _regime(regime)
    first, last = date(year, 1, 1), date(year, 12, 31)
    names = _state_names(lang)
    timeline = chair_timeline(regime, year, year + 1, lang)
    chair = rotation.chair_on(timeline, first)
    following = None
    if chair is not None:
        following = rotation.chair_on(timeline, chair.end + timedelta(days=1))
    record = YearRecord(
        regime_slug=regime.slug,
        regime_name=regime.localized("name", lang),
        year=year,
        chair=_chair_info(chair, names),
        next_chair=_chair_info(following, names),
        meetings=meetings_in(regime, first, last, lang),
        actions_done=actions_closed_in(regime, first, last, lang),
        actions_open=open_action_items(regime, last, lang),
        events=events_in(regime, first, last, lang),
        fora=forum_sessions_in(regime, first, last, lang),
        deadlines=deadline_table(regime, last),
        handover=_handover_in(regime, first, last, lang),
    )
    cited: list[str] = []
    for urls in _all_sources(record):
        cited += urls
    return YearRecord(**{**record.__dict__, "sources": list(dict.fromkeys(cited))})


def _all_sources(record: YearRecord):
    for info in (record.chair, record.next_chair):
        if info:
            yield info.sources
    for m in record.meetings:
        yield m.sources
        for o in m.outcomes:
            yield o.sources
    for a in record.actions_done + record.actions_open:
        yield a.sources
    for e in record.events:
        yield e.sources
    for s in record.fora:
        yield s.sources
        for i in s.items:
            yield i.sources
    for d in record.deadlines:
        yield d.sources
