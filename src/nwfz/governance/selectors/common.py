"""What every governance selector uses: the regime from a slug, source URLs, state
names, the prefetch of sources, and the filter for records overlapping a period."""

from __future__ import annotations

from datetime import date

from django.db.models import Prefetch, Q

from nwfz.registry.models import Regime, Source
from nwfz.registry.selectors import regime_by_slug

SOURCES = Prefetch("sources", queryset=Source.objects.only("id", "url"))


def regime_of(regime: Regime | str) -> Regime:
    return regime_by_slug(regime) if isinstance(regime, str) else regime


def source_urls(obj) -> list[str]:
    return [s.url for s in obj.sources.all()]


def overlapping(query, start: date | None, end: date | None):
    if end:
        query = query.filter(start__lte=end)
    if start:
        query = query.filter(Q(end__gte=start) | Q(end__isnull=True, start__gte=start))
    return query
