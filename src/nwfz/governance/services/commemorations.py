"""Commemorative and thematic events."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import transaction

from nwfz.accounts.audit import audit_record
from nwfz.accounts.permissions import require
from nwfz.governance import checks
from nwfz.governance.models import Event
from nwfz.governance.services.inputs import (
    Text,
    english,
    organisations_by_slug,
    sources_by_key,
    states_by_code,
    text_columns,
)
from nwfz.governance.validation import refuse
from nwfz.registry.models import Regime


def event_plan(
    *,
    regime: Regime,
    kind: str,
    title: Text,
    start: date,
    acting_user: Any,
    end: date | None = None,
    place: Text = "",
    description: Text = "",
    organiser_states: Iterable[str] = (),
    organiser_organisations: Iterable[str] = (),
    marks_key: str = "",
    marks_ordinal: int | None = None,
    status: str = "planned",
    sources: Iterable[str] = (),
) -> Event:
    """Plan (or record as held) a commemorative or thematic event."""
    require(acting_user, "record_event", regime)
    label = f"event {start} ({english(title)})"
    with transaction.atomic():
        refuse(*checks.dated_problems(label, start, end))
        event = Event.objects.create(
            regime=regime,
            kind=kind,
            **text_columns("title", title),
            start=start,
            end=end,
            **text_columns("place", place),
            **text_columns("description", description),
            marks_key=marks_key,
            marks_ordinal=marks_ordinal,
            status=status,
        )
        event.organiser_states.set(states_by_code(organiser_states, label))
        event.organiser_organisations.set(organisations_by_slug(organiser_organisations, label))
        event.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="event_plan",
            object_type="event",
            object_id=event.id,
            after={"title": english(title), "start": start, "status": status},
        )
    return event
