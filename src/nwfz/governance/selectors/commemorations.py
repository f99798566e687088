"""Events, and the anniversaries a regime remembers."""

from __future__ import annotations

from datetime import date

from nwfz.governance import anniversaries as anniversary_rules
from nwfz.governance.models import AnniversaryDate, Event
from nwfz.governance.records import EventInfo
from nwfz.governance.selectors.common import SOURCES, overlapping, regime_of, source_urls
from nwfz.registry.models import Regime


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
        source_urls(e),
        e.id,
        e.date_precision,
    )


def events_in(
    regime: Regime | str, start: date | None = None, end: date | None = None, lang: str = "en"
) -> list[EventInfo]:
    """Events overlapping [start, end]."""
    regime = regime_of(regime)
    query = Event.objects.filter(regime=regime).prefetch_related(
        "organiser_states", "organiser_organisations", SOURCES
    )
    return [_event_info(e, regime.slug, lang) for e in overlapping(query, start, end)]


def anniversary_facts(
    regime: Regime | str, lang: str = "en"
) -> list[anniversary_rules.AnniversaryFact]:
    """Signature and entry into force of the regime's treaty (from the registry), and the
    regime's other remembered dates."""
    regime = regime_of(regime)
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
                tuple(source_urls(row)),
            )
        )
    return facts


def upcoming_anniversaries(
    regime: Regime | str, start: date, end: date, lang: str = "en"
) -> list[anniversary_rules.Anniversary]:
    return anniversary_rules.upcoming_anniversaries(
        anniversary_facts(regime, lang), start, end, lang
    )
