"""Meetings, their decisions and outcome documents, and requests for an extraordinary
meeting (Article 10)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import transaction

from nwfz.accounts.audit import audit_record
from nwfz.accounts.permissions import require
from nwfz.governance import checks
from nwfz.governance.models import (
    AgendaItem,
    Decision,
    ExtraordinaryMeetingRequest,
    Meeting,
    OutcomeDocument,
)
from nwfz.governance.services.chairs import handover_apply
from nwfz.governance.services.inputs import (
    Text,
    english,
    organisations_by_slug,
    sources_by_key,
    state_or_none,
    states_by_code,
    text_columns,
)
from nwfz.governance.validation import refuse
from nwfz.registry.models import Regime


def meeting_record(
    *,
    regime: Regime,
    kind: str,
    start: date,
    acting_user: Any,
    end: date | None = None,
    chair: str | None = None,
    title: Text = "",
    place: Text = "",
    format: str = "",
    participants: Iterable[str] = (),
    observers: Iterable[str] = (),
    agenda: Iterable[Text] = (),
    sources: Iterable[str] = (),
    date_precision: str = "day",
    date_note: Text = "",
    key: str | None = None,
    package: str = "",
    reported_on: date | None = None,
    date_known: bool = True,
) -> Meeting:
    """Record a meeting (Article 10: annual consultative or extraordinary, or a thematic or
    anniversary meeting). Refused when it ends before it starts or its chair was not a
    party on its first day."""
    require(acting_user, "convene_meeting", regime)
    chair = chair.upper() if chair else None
    participants = [p.upper() for p in participants]
    with transaction.atomic():
        problems = checks.meeting_problems(
            regime,
            start,
            end,
            chair,
            english(title),
            date_exact=date_known and date_precision == "day",
        )
        if key and Meeting.objects.filter(key=key).exists():
            problems.append(f"meeting {start}: key {key!r} is already used by another meeting")
        refuse(*problems)
        label = f"meeting {start}"
        meeting = Meeting.objects.create(
            regime=regime,
            key=key,
            kind=kind,
            **text_columns("title", title),
            start=start,
            end=end,
            date_precision=date_precision,
            reported_on=reported_on,
            date_known=date_known,
            **text_columns("date_note", date_note),
            **text_columns("place", place),
            format=format,
            chair=state_or_none(chair, label),
            package=package,
        )
        meeting.participants.set(states_by_code(participants, label))
        meeting.observers.set(organisations_by_slug(observers, label))
        meeting.sources.set(sources_by_key(sources, label))
        for position, text in enumerate(agenda):
            AgendaItem.objects.create(
                meeting=meeting, position=position, **text_columns("text", text)
            )
        audit_record(
            acting_user=acting_user,
            action="meeting_record",
            object_type="meeting",
            object_id=meeting.id,
            after={
                "kind": kind,
                "start": start,
                "end": end,
                "chair": chair,
                "participants": sorted(participants),
            },
        )
    return meeting


def decision_record(
    *,
    meeting: Meeting,
    date: date,
    kind: str,
    text: Text,
    acting_user: Any,
    handover_to: str | None = None,
    effective: date | None = None,
    sources: Iterable[str] = (),
    effective_precision: str = "day",
    effective_inferred: str = "",
) -> Decision:
    """Record a decision of a meeting. A `chair_handover` decision also creates the new
    chair's term from `effective` (default: the decision's date) and ends the current
    term the day before."""
    require(acting_user, "record_decision", meeting)
    handover_to = handover_to.upper() if handover_to else None
    with transaction.atomic():
        refuse(*checks.decision_problems(meeting, date, kind, handover_to, effective))
        label = f"decision {date} of meeting {meeting.start}"
        decision = Decision.objects.create(
            meeting=meeting,
            position=meeting.decisions.count(),
            date=date,
            kind=kind,
            **text_columns("text", text),
            handover_to=state_or_none(handover_to, label),
            effective=effective if kind == "chair_handover" else None,
            effective_precision=effective_precision,
            effective_inferred=effective_inferred,
        )
        decision.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="decision_record",
            object_type="decision",
            object_id=decision.id,
            after={
                "meeting": meeting.id,
                "date": date,
                "kind": kind,
                "handover_to": handover_to,
                "effective": effective,
            },
        )
        if kind == "chair_handover":
            handover_apply(decision, acting_user=acting_user)
    return decision


def outcome_document_record(
    *,
    regime: Regime,
    kind: str,
    title: Text,
    acting_user: Any,
    meeting: Meeting | None = None,
    date: date | None = None,
    parties: str = "",
    organisations: Iterable[str] = (),
    sources: Iterable[str] = (),
    note: Text = "",
    key: str | None = None,
) -> OutcomeDocument:
    """An outcome document (final document, joint statement, memorandum, ...), adopted at a
    meeting or, with `meeting` None, apart from any recorded meeting."""
    require(acting_user, "record_outcome", regime)
    with transaction.atomic():
        if meeting is not None and date is not None and date < meeting.start:
            refuse(
                f"outcome document {english(title)!r}: dated {date}, before its meeting "
                f"of {meeting.start}"
            )
        label = f"outcome document {english(title)!r}"
        doc = OutcomeDocument.objects.create(
            regime=regime,
            meeting=meeting,
            key=key,
            kind=kind,
            **text_columns("title", title),
            date=date,
            parties=parties,
            **text_columns("note", note),
        )
        doc.organisations.set(organisations_by_slug(organisations, label))
        doc.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="outcome_document_record",
            object_type="outcome_document",
            object_id=doc.id,
            after={"kind": kind, "title": english(title), "date": date},
        )
    return doc


def extraordinary_request_record(
    *,
    regime: Regime,
    requesting_state: str,
    date: date,
    subject: Text,
    acting_user: Any,
    outcome: str = "pending",
    outcome_note: Text = "",
    meeting: Meeting | None = None,
    sources: Iterable[str] = (),
) -> ExtraordinaryMeetingRequest:
    """Article 10: any party may request an extraordinary meeting; the request and what
    came of it are recorded."""
    require(acting_user, "request_extraordinary_meeting", regime)
    requesting_state = requesting_state.upper()
    with transaction.atomic():
        problems = checks.request_problems(regime, requesting_state, date, english(subject))
        if meeting is not None and meeting.start < date:
            problems.append(
                f"extraordinary meeting request {date}: its meeting of "
                f"{meeting.start} is before the request"
            )
        refuse(*problems)
        label = f"extraordinary meeting request {date}"
        req = ExtraordinaryMeetingRequest.objects.create(
            regime=regime,
            requesting_state=states_by_code([requesting_state], label)[0],
            date=date,
            **text_columns("subject", subject),
            outcome=outcome,
            **text_columns("outcome_note", outcome_note),
            meeting=meeting,
        )
        req.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="extraordinary_request_record",
            object_type="extraordinary_request",
            object_id=req.id,
            after={"state": requesting_state, "date": date, "outcome": outcome},
        )
    return req
