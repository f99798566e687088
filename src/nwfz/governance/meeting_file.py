"""Recording a meeting from a YAML file with the same schema as a package's meeting item:
the meeting, its outcome documents, decisions and action items, all through the services
and in one transaction (a refusal anywhere writes nothing)."""

from __future__ import annotations

from typing import Any

import yaml
from django.db import transaction
from pydantic import ValidationError

from nwfz.datapackage.reading import PackageLoader
from nwfz.governance import services
from nwfz.governance.models import Meeting
from nwfz.governance.package_schema import MeetingSchema
from nwfz.governance.validation import GovernanceRefused
from nwfz.registry.selectors import NotFound, regime_by_slug


def parse_meeting(text: str, name: str = "meeting file") -> MeetingSchema:
    """The meeting described by YAML `text`; GovernanceRefused names each bad field."""
    try:
        data = yaml.load(text, Loader=PackageLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise GovernanceRefused(f"{name}: invalid YAML: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("meetings"), list) and len(data) <= 2:
        raise GovernanceRefused(f"{name}: give one meeting (the item), not a `meetings:` list")
    try:
        return MeetingSchema.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            field = ".".join(str(p) for p in err["loc"])
            message = err["msg"].removeprefix("Value error, ")
            if err["type"] == "missing":
                message = "required field is missing"
            elif err["type"] == "extra_forbidden":
                message = "unknown field (see docs/data-format.md, governance part)"
            lines.append(f"{name}: {field}: {message}")
        raise GovernanceRefused("\n".join(lines)) from None


def meeting_record_from_item(item: MeetingSchema, *, acting_user: Any) -> Meeting:
    try:
        regime = regime_by_slug(item.regime)
    except NotFound as exc:
        raise GovernanceRefused(f"meeting {item.first_day}: {exc}") from None
    with transaction.atomic():
        meeting = services.meeting_record(
            regime=regime,
            key=item.key,
            kind=item.kind,
            title=item.title.model_dump(),
            start=item.first_day.value,
            date_precision=item.first_day.precision,
            reported_on=item.reported_on,
            date_known=item.start is not None,
            end=item.end,
            date_note=item.date_note.model_dump(),
            place=item.place.model_dump(),
            format=item.format or "",
            chair=item.chair,
            participants=item.participants,
            observers=item.observers,
            agenda=[a.model_dump() for a in item.agenda],
            sources=item.sources,
            acting_user=acting_user,
        )
        for o in item.outcomes:
            services.outcome_document_record(
                regime=regime,
                meeting=meeting,
                key=o.key,
                kind=o.kind,
                title=o.title.model_dump(),
                date=o.date.value if o.date else None,
                parties=o.parties,
                organisations=o.organisations,
                sources=o.sources,
                note=o.note.model_dump(),
                acting_user=acting_user,
            )
        for d in item.decisions:
            decision = services.decision_record(
                meeting=meeting,
                date=d.date,
                kind=d.kind,
                text=d.text.model_dump(),
                handover_to=d.handover_to,
                effective=d.effective.value if d.effective else None,
                effective_precision=d.effective.precision if d.effective else "day",
                effective_inferred=d.effective_inferred,
                sources=d.sources,
                acting_user=acting_user,
            )
            for a in d.action_items:
                services.action_item_create(
                    decision=decision,
                    key=a.key,
                    title=a.title.model_dump(),
                    owners=a.owners,
                    due=a.due.value if a.due else None,
                    due_precision=a.due.precision if a.due else "day",
                    status=a.status,
                    closed_on=a.closed_on,
                    note=a.note.model_dump(),
                    sources=a.sources,
                    acting_user=acting_user,
                )
    return meeting
