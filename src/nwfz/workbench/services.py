"""Agenda proposals: a party's delegates propose, the chair's delegates take a proposal
onto the draft agenda (through `agenda_item_add`) or decline it."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from nwfz.accounts.audit import audit_record
from nwfz.accounts.permissions import require
from nwfz.governance.models import Meeting
from nwfz.governance.services import agenda_item_add
from nwfz.governance.services.inputs import TEXT_MAX
from nwfz.governance.validation import refuse
from nwfz.validation import text_problem
from nwfz.workbench.models import AgendaProposal


def agenda_proposal_submit(
    *, meeting: Meeting, text: str, language: str, acting_user: Any
) -> AgendaProposal:
    """A delegate proposes an item for the meeting's agenda."""
    verdict = require(acting_user, "propose_agenda_item", meeting)
    text = (text or "").strip()
    problem = (
        "the text is empty" if not text else text_problem(text, max_length=TEXT_MAX, multiline=True)
    )
    if problem:
        refuse(f"agenda proposal for the meeting of {meeting.start}: {problem}")
    with transaction.atomic():
        proposal = AgendaProposal.objects.create(
            meeting=meeting,
            text=text,
            language=language,
            proposed_by=acting_user if getattr(acting_user, "pk", None) else None,
            delegation=verdict.role.state if verdict.role and verdict.role.state else "",
            proposed_at=timezone.now(),
        )
        audit_record(
            acting_user=acting_user,
            action="agenda_proposal_submit",
            object_type="agenda_proposal",
            object_id=proposal.id,
            after={"meeting": meeting.id, "text": text, "language": language},
        )
    return proposal


def agenda_proposal_decide(
    *, proposal: AgendaProposal, accept: bool, acting_user: Any, version: int | None = None
) -> AgendaProposal:
    """Take the proposal onto the agenda (`version`: the meeting's, as read) or decline it."""
    require(acting_user, "edit_agenda", proposal.meeting)
    with transaction.atomic():
        proposal = AgendaProposal.objects.select_for_update().get(pk=proposal.pk)
        if proposal.status != AgendaProposal.Status.PROPOSED:
            refuse(f"agenda proposal {proposal.id} was already {proposal.status}")
        if accept:
            proposal.agenda_item = agenda_item_add(
                meeting=proposal.meeting,
                text={proposal.language: proposal.text},
                acting_user=acting_user,
                version=version,
            )
        proposal.status = "accepted" if accept else "declined"
        proposal.save(update_fields=["status", "agenda_item"])
        audit_record(
            acting_user=acting_user,
            action="agenda_proposal_decide",
            object_type="agenda_proposal",
            object_id=proposal.id,
            before={"status": "proposed"},
            after={"status": proposal.status},
        )
    return proposal
