"""A meeting's draft agenda, edited by the chair's delegates. The agenda is part of the
meeting: each edit moves the meeting's version, so two editors of one agenda cannot
overwrite each other."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max

from nwfz.accounts.audit import audit_record
from nwfz.accounts.permissions import require
from nwfz.accounts.records import version_bump
from nwfz.governance.models import AgendaItem, Meeting
from nwfz.governance.services.inputs import Text, text_columns
from nwfz.governance.validation import refuse
from nwfz.languages import language_codes


def agenda_item_add(
    *, meeting: Meeting, text: Text, acting_user: Any, version: int | None = None
) -> AgendaItem:
    """Add an item at the end of the meeting's agenda (`version`: the meeting's, as read)."""
    require(acting_user, "edit_agenda", meeting)
    columns = text_columns("text", text)
    if not any(value.strip() for value in columns.values()):
        refuse(f"agenda of the meeting of {meeting.start}: the item's text is empty")
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
        next_version = version_bump(meeting, version)
        last = meeting.agenda.aggregate(last=Max("position"))["last"]
        item = AgendaItem.objects.create(
            meeting=meeting, position=0 if last is None else last + 1, **columns
        )
        audit_record(
            acting_user=acting_user,
            action="agenda_item_add",
            object_type="meeting",
            object_id=meeting.id,
            after={"agenda": {k: v for k, v in columns.items() if v}, "version": next_version},
        )
    return item


def agenda_item_remove(*, item: AgendaItem, acting_user: Any, version: int | None = None) -> None:
    """Take an item off the meeting's agenda (`version`: the meeting's, as read)."""
    require(acting_user, "edit_agenda", item.meeting)
    with transaction.atomic():
        meeting = Meeting.objects.select_for_update().get(pk=item.meeting_id)
        next_version = version_bump(meeting, version)
        before = {f"text_{k}": getattr(item, f"text_{k}") for k in language_codes()}
        item.delete()
        audit_record(
            acting_user=acting_user,
            action="agenda_item_remove",
            object_type="meeting",
            object_id=meeting.id,
            before={"agenda": {k: v for k, v in before.items() if v}},
            after={"version": next_version},
        )
