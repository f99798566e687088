"""Sessions of international fora the regime follows, with the parties' coordination items."""

from __future__ import annotations

from datetime import date

from django.db.models import Prefetch

from nwfz.governance.models import CoordinationItem, ForumSession
from nwfz.governance.records import CoordinationInfo, ForumSessionInfo
from nwfz.governance.selectors.common import SOURCES, overlapping, regime_of, source_urls
from nwfz.registry.models import Regime


def _coordination_info(c: CoordinationItem, lang: str) -> CoordinationInfo:
    return CoordinationInfo(
        c.kind,
        c.localized("title", lang),
        c.status,
        sorted(s.code for s in c.states.all()),
        source_urls(c),
        c.date,
    )


def forum_sessions_in(
    regime: Regime | str, start: date | None = None, end: date | None = None, lang: str = "en"
) -> list[ForumSessionInfo]:
    """Forum sessions the regime follows that overlap [start, end], with its items."""
    regime = regime_of(regime)
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
            source_urls(s),
            s.id,
            s.date_precision,
        )
        for s in overlapping(query, start, end)
    ]
