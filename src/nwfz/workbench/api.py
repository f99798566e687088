"""Workbench writes over the API, with versions: a GET answers with the record's ETag
(its version), and a PATCH, POST or DELETE that changes it must send that ETag back as
`If-Match`. Without one the answer is 428; with a stale one, 412 with what changed since
and by whom (from the audit trail); nothing is written."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import date
from typing import Any

from django.db import models
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.errors import HttpError

from nwfz.accounts.api_auth import members
from nwfz.accounts.permissions import require
from nwfz.accounts.records import StaleVersion, object_type_of, version_of
from nwfz.governance import services
from nwfz.governance.api import ActionOut
from nwfz.governance.models import ActionItem, AgendaItem, Meeting
from nwfz.governance.selectors import action_info
from nwfz.governance.validation import GovernanceRefused
from nwfz.validation import LongText
from nwfz.workbench.selectors import meeting_or_404

router = Router(tags=["workbench"])

ETAG = re.compile(r'^(?:W/)?"(?P<type>[a-z_]+)-(?P<id>\d+)-v(?P<version>\d+)"$')


def etag(record: models.Model, version: int | None = None) -> str:
    version = version_of(record) if version is None else version
    return f'"{object_type_of(record)}-{record.pk}-v{version}"'


def read_version(request: HttpRequest, record: models.Model) -> int:
    """The version the caller read, from `If-Match` (428 when missing, 412 when it names
    another record)."""
    header = request.headers.get("If-Match", "").strip()
    if not header:
        raise HttpError(
            428, f"send the ETag of your GET as If-Match (now {etag(record)}); nothing was saved"
        )
    found = ETAG.match(header)
    if found is None or found["type"] != object_type_of(record) or int(found["id"]) != record.pk:
        raise HttpError(412, f"If-Match {header} is not an ETag of this record ({etag(record)})")
    return int(found["version"])


def stale_answer(exc: StaleVersion) -> JsonResponse:
    return JsonResponse({"error": str(exc), **exc.as_json()}, status=412)


class ActionItemOut(ActionOut):
    version: int = Field(description="the version its ETag names")


class ActionStatusIn(Schema):
    status: str = Field(pattern="^(open|in_progress|done|dropped)$")
    on: date | None = Field(None, description="closing day (default: today)")


class AgendaOut(Schema):
    meeting: int
    version: int
    items: list[dict[str, Any]]


class AgendaItemIn(Schema):
    text: LongText


def _action_out(item: ActionItem) -> dict[str, Any]:
    return {**asdict(action_info(item)), "version": version_of(item)}


def versioned_write(
    request: HttpRequest, response: HttpResponse, record: models.Model, write
) -> JsonResponse | None:
    """Run `write(version read from If-Match)`; a stale version is a 412 answer, a refusal
    a 422; on success the answer carries the record's new ETag."""
    try:
        write(read_version(request, record))
    except StaleVersion as exc:
        return stale_answer(exc)
    except GovernanceRefused as exc:
        raise HttpError(422, str(exc)) from None
    response["ETag"] = etag(record)
    return None


def _action_item(item_id: int) -> ActionItem:
    return get_object_or_404(ActionItem.objects.select_related("decision__meeting"), pk=item_id)


@router.get(
    "/workbench/action-items/{item_id}",
    response=ActionItemOut,
    auth=members("use_workbench"),
    summary="An action item, with its ETag",
)
def action_item_get(request: HttpRequest, response: HttpResponse, item_id: int):
    item = _action_item(item_id)
    require(request.user, "use_workbench", item.decision)
    response["ETag"] = etag(item)
    return _action_out(item)


@router.patch(
    "/workbench/action-items/{item_id}",
    response=ActionItemOut,
    auth=members("manage_action_items"),
    summary="Change an action item's status (If-Match required)",
)
def action_item_patch(
    request: HttpRequest, response: HttpResponse, item_id: int, payload: ActionStatusIn
):
    item = _action_item(item_id)
    require(request.user, "manage_action_items", item.decision)
    refused = versioned_write(
        request,
        response,
        item,
        lambda version: services.action_item_update_status(
            item=item,
            status=payload.status,
            on=payload.on or timezone.localdate(),
            version=version,
            acting_user=request.user,
        ),
    )
    return refused or _action_out(_action_item(item_id))


def _agenda_out(meeting: Meeting) -> dict[str, Any]:
    return {
        "meeting": meeting.id,
        "version": version_of(meeting),
        "items": [
            {"id": a.id, "position": a.position, "text": a.text_en or a.text_ru or a.text_kk}
            for a in meeting.agenda.order_by("position", "id")
        ],
    }


@router.get(
    "/workbench/meetings/{meeting_id}/agenda",
    response=AgendaOut,
    auth=members("use_workbench"),
    summary="A meeting's agenda, with the meeting's ETag",
)
def agenda_get(request: HttpRequest, response: HttpResponse, meeting_id: int):
    meeting = meeting_or_404(meeting_id)
    require(request.user, "use_workbench", meeting)
    response["ETag"] = etag(meeting)
    return _agenda_out(meeting)


@router.post(
    "/workbench/meetings/{meeting_id}/agenda",
    response=AgendaOut,
    auth=members("edit_agenda"),
    summary="Add an agenda item (If-Match: the meeting's ETag)",
)
def agenda_post(
    request: HttpRequest, response: HttpResponse, meeting_id: int, payload: AgendaItemIn
):
    meeting = meeting_or_404(meeting_id)
    require(request.user, "edit_agenda", meeting)
    refused = versioned_write(
        request,
        response,
        meeting,
        lambda version: services.agenda_item_add(
            meeting=meeting, text=payload.text, version=version, acting_user=request.user
        ),
    )
    return refused or _agenda_out(meeting)


@router.delete(
    "/workbench/meetings/{meeting_id}/agenda/{item_id}",
    response=AgendaOut,
    auth=members("edit_agenda"),
    summary="Take an item off the agenda (If-Match: the meeting's ETag)",
)
def agenda_delete(request: HttpRequest, response: HttpResponse, meeting_id: int, item_id: int):
    meeting = meeting_or_404(meeting_id)
    item = get_object_or_404(AgendaItem, pk=item_id, meeting=meeting)
    require(request.user, "edit_agenda", meeting)
    refused = versioned_write(
        request,
        response,
        meeting,
        lambda version: services.agenda_item_remove(
            item=item, version=version, acting_user=request.user
        ),
    )
    return refused or _agenda_out(meeting)
