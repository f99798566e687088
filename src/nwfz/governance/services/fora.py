"""Sessions of international fora and the parties' coordination items there."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import transaction

from nwfz.accounts.audit import audit_record
from nwfz.accounts.permissions import require
from nwfz.governance import checks
from nwfz.governance.models import CoordinationItem, Forum, ForumSession
from nwfz.governance.services.inputs import (
    Text,
    english,
    sources_by_key,
    states_by_code,
    text_columns,
)
from nwfz.governance.validation import refuse
from nwfz.registry.models import Regime


def forum_session_record(
    *,
    forum: str,
    title: Text,
    start: date,
    acting_user: Any,
    end: date | None = None,
    venue: Text = "",
    regimes: Iterable[Regime] = (),
    sources: Iterable[str] = (),
) -> ForumSession:
    regimes = list(regimes)
    for regime in regimes or [None]:
        require(acting_user, "record_event", regime)
    label = f"forum session {start} ({english(title)})"
    with transaction.atomic():
        refuse(*checks.dated_problems(label, start, end))
        found = Forum.objects.filter(slug=forum).first()
        if found is None:
            known = ", ".join(Forum.objects.values_list("slug", flat=True))
            refuse(f"{label}: unknown forum {forum!r} (known: {known})")
        session = ForumSession.objects.create(
            forum=found,
            **text_columns("title", title),
            start=start,
            end=end,
            **text_columns("venue", venue),
        )
        session.regimes.set(list(regimes))
        session.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="forum_session_record",
            object_type="forum_session",
            object_id=session.id,
            after={"forum": forum, "title": english(title), "start": start},
        )
    return session


def coordination_item_record(
    *,
    session: ForumSession,
    regime: Regime,
    kind: str,
    title: Text,
    acting_user: Any,
    status: str = "planned",
    states: Iterable[str] = (),
    date: date | None = None,
    note: Text = "",
    sources: Iterable[str] = (),
) -> CoordinationItem:
    """A joint statement, working paper, co-sponsorship or side event at a forum session,
    with the parties that joined it."""
    label = f"coordination item {english(title)!r}"
    require(acting_user, "record_event", regime)
    states = [s.upper() for s in states]
    with transaction.atomic():
        item = CoordinationItem.objects.create(
            session=session,
            regime=regime,
            position=session.items.count(),
            kind=kind,
            **text_columns("title", title),
            date=date,
            status=status,
            **text_columns("note", note),
        )
        item.states.set(states_by_code(states, label))
        item.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="coordination_item_record",
            object_type="coordination_item",
            object_id=item.id,
            after={"session": session.id, "kind": kind, "status": status, "states": states},
        )
    return item
