"""What accepting a proposal does, per type: create a governance record through the governance
services, or link (cite the item on) the record the registry already holds, or confirm a fact
without writing one. Runs inside `proposal_accept`'s transaction; refusals raise IntakeRefused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import models

from nwfz.intake.models import IntakeItem, record_ref_of
from nwfz.registry.models import Regime, Source


class IntakeRefused(ValueError):
    """A review action that cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class AcceptContext:
    item: IntakeItem
    source: Source
    acting_user: Any


@dataclass(frozen=True)
class Acceptance:
    record: models.Model  # the record created or linked (a meeting, chair term, regime, ...)
    outcome: str  # what was done, in words: "created …", "linked to …", "confirms …"

    @property
    def record_ref(self) -> str:
        """As the contract names it: "meeting:7", "chair_term:3", "regime:canwfz"."""
        return record_ref_of(self.record)


Handler = Callable[[dict[str, Any], AcceptContext], Acceptance]


def regime_of(fields: dict[str, Any]) -> Regime:
    slug = fields.get("regime") or "canwfz"
    regimes = Regime.objects.select_related("treaty")
    # a zone named by its treaty's slug: Mongolia's status is the regime 'mongolia', whose
    # treaty is 'mongolia-nwfs' (the name intake gives it)
    regime = regimes.filter(slug=slug).first() or regimes.filter(treaty__slug=slug).first()
    if regime is None:
        raise IntakeRefused(f"regime {slug!r} is not in the registry; run `nwfz load` first")
    return regime


def as_date(value: Any, name: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise IntakeRefused(f"{name}: {value!r} is not a date; write YYYY-MM-DD") from None


def record_accept(proposal_type: str, fields: dict[str, Any], ctx: AcceptContext) -> Acceptance:
    """Dispatch to the handler for the proposal's type."""
    from nwfz.intake import accept_commemorations, accept_cooperation, accept_meetings

    handlers: dict[str, Handler] = {
        "consultative_meeting": accept_meetings.accept_meeting,
        "chair_transfer": accept_meetings.accept_chair_transfer,
        "review_and_plans": accept_meetings.accept_review_and_plans,
        "anniversary": accept_commemorations.accept_anniversary,
        "event": accept_commemorations.accept_event,
        "memorandum": accept_cooperation.accept_memorandum,
        "forum": accept_cooperation.accept_forum,
        "registry_conflict": accept_cooperation.accept_registry_conflict,
    }
    handler = handlers.get(proposal_type)
    if handler is None:
        raise IntakeRefused(f"proposals of type {proposal_type!r} cannot be accepted")
    return handler(fields, ctx)
