"""What is happening now in a regime, for the home page: the chair, the next meeting,
upcoming anniversaries, events and fora (each list short: the governance page has all)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from nwfz.governance import selectors
from nwfz.registry.models import Regime
from nwfz.registry.selectors import state_names
from nwfz.web.regime_links import regime_links

SHOWN = 3


@dataclass
class RegimeNow:
    regime: Regime
    name: str
    chair: dict | None
    next_meeting: Any
    anniversaries: list = field(default_factory=list)
    events: list = field(default_factory=list)
    fora: list = field(default_factory=list)
    parties: int = 0
    links: list = field(default_factory=list)


def happening_now(regime: Regime, today: date, lang: str) -> RegimeNow:
    from nwfz.registry.selectors import parties_on

    names = state_names(lang)
    chair = selectors.chair_on(regime, today, lang)
    meetings = selectors.meetings_in(regime, today, None, lang)
    return RegimeNow(
        regime=regime,
        name=regime.localized("name", lang),
        chair=selectors.term_json(chair, names) if chair else None,
        next_meeting=meetings[0] if meetings else None,
        anniversaries=selectors.upcoming_anniversaries(
            regime, today, today + timedelta(days=365), lang
        )[:SHOWN],
        events=[e for e in selectors.events_in(regime, today, None, lang)][:SHOWN],
        fora=[s for s in selectors.forum_sessions_in(regime, today, None, lang)][:SHOWN],
        parties=len(parties_on(regime, today)),
        links=regime_links(regime),
    )
