"""Everything the annual report says about a regime's year."""

from __future__ import annotations

from datetime import date, timedelta

from nwfz.governance import rotation
from nwfz.governance.models import Decision
from nwfz.governance.records import ChairInfo, DecisionInfo, YearRecord
from nwfz.governance.selectors.action_items import actions_closed_in, open_action_items
from nwfz.governance.selectors.chairs import chair_timeline
from nwfz.governance.selectors.commemorations import events_in
from nwfz.governance.selectors.common import regime_of
from nwfz.governance.selectors.deadlines import deadline_table
from nwfz.governance.selectors.fora import forum_sessions_in
from nwfz.governance.selectors.meetings import decision_info, meetings_in
from nwfz.registry.models import Regime
from nwfz.registry.selectors import state_names


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
        term.inferred,
    )


def _handover_in(regime: Regime, start: date, end: date, lang: str) -> DecisionInfo | None:
    d = (
        Decision.objects.filter(
            meeting__regime=regime, kind="chair_handover", date__gte=start, date__lte=end
        )
        .select_related("handover_to")
        .order_by("date", "id")
        .first()
    )
    return decision_info(d, lang) if d else None


def year_record(regime: Regime | str, year: int, lang: str = "en") -> YearRecord:
    """Everything the annual report says about a regime's year."""
    regime = regime_of(regime)
    first, last = date(year, 1, 1), date(year, 12, 31)
    names = state_names(lang)
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
