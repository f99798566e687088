"""The record recipes, in the order they run over a text. Each recipe takes the analysed
text and a language's Rules; en.py, ru.py and kk.py hold only the words."""

from __future__ import annotations

from .chairs import chair_transfers
from .commemorations import anniversaries, events
from .common import Context
from .cooperation import fora, memoranda
from .meetings import consultative_meetings, reviews_and_plans
from .proposals import Proposal
from .rules import Rules

RECIPES = (
    consultative_meetings,
    chair_transfers,
    reviews_and_plans,
    anniversaries,
    events,
    memoranda,
    fora,
)


def propose_records(ctx: Context, rules: Rules) -> list[Proposal]:
    """The proposals of every recipe for the text, recipe by recipe."""
    proposals: list[Proposal] = []
    for recipe in RECIPES:
        proposals.extend(recipe(ctx, rules))
    return proposals
