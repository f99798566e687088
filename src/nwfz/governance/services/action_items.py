"""Action items: created from a decision, open across chair terms until closed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import transaction

from nwfz.accounts.audit import audit_record
from nwfz.accounts.permissions import require
from nwfz.accounts.records import version_bump
from nwfz.governance import checks
from nwfz.governance.models import ActionItem, Decision
from nwfz.governance.services.inputs import (
    Text,
    english,
    sources_by_key,
    states_by_code,
    text_columns,
)
from nwfz.governance.validation import refuse


def action_item_create(
    *,
    decision: Decision,
    title: Text,
    owners: Iterable[str],
    acting_user: Any,
    due: date | None = None,
    status: str = "open",
    closed_on: date | None = None,
    note: Text = "",
    sources: Iterable[str] = (),
    key: str | None = None,
    due_precision: str = "day",
) -> ActionItem:
    """An action item from a decision, owned by parties on the decision's date. It stays
    open across chair terms until its status is done or dropped."""
    require(acting_user, "manage_action_items", decision)
    owners = [o.upper() for o in owners]
    regime = decision.meeting.regime
    with transaction.atomic():
        refuse(
            *checks.action_item_problems(
                regime, english(title), owners, decision.date, status, closed_on
            )
        )
        label = f"action item {english(title)!r}"
        item = ActionItem.objects.create(
            decision=decision,
            key=key,
            **text_columns("title", title),
            due=due,
            due_precision=due_precision,
            status=status,
            closed_on=closed_on,
            **text_columns("note", note),
        )
        item.owners.set(states_by_code(owners, label))
        item.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="action_item_create",
            object_type="action_item",
            object_id=item.id,
            after={"title": english(title), "owners": owners, "due": due, "status": status},
        )
    return item


def action_item_update_status(
    *,
    item: ActionItem,
    status: str,
    acting_user: Any,
    on: date | None = None,
    note: Text = "",
    version: int | None = None,
) -> ActionItem:
    """Move an action item to `status`; done/dropped need the closing day `on`, and
    reopening clears it. `version`: the version the writer read (a stale one is refused)."""
    require(acting_user, "manage_action_items", item.decision)
    closed_on = on if status in ("done", "dropped") else None
    with transaction.atomic():
        item = ActionItem.objects.select_for_update().select_related("decision").get(pk=item.pk)
        next_version = version_bump(item, version)
        refuse(
            *checks.action_item_problems(
                item.decision.meeting.regime,
                item.title_en,
                [s.code for s in item.owners.all()],
                item.decision.date,
                status,
                closed_on,
            )
        )
        before = {"status": item.status, "closed_on": item.closed_on}
        item.status, item.closed_on = status, closed_on
        if note:
            for column, value in text_columns("note", note).items():
                setattr(item, column, value)
        item.save()
        audit_record(
            acting_user=acting_user,
            action="action_item_update_status",
            object_type="action_item",
            object_id=item.id,
            before=before,
            after={"status": status, "closed_on": closed_on, "version": next_version},
        )
    return item
