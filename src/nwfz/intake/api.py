"""Intake endpoints: a dry run for members of a delegation (text in, proposals out, nothing
stored, at most NWFZ_INTAKE_DRY_RUN_MAX_BYTES), and for the chair's delegates the items,
their proposals, accept and reject (`review_intake`, for the regime of each proposal). A
session (CSRF on writes) or a bearer token. Thin: each calls a selector or a service."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from nwfz.accounts.api_auth import members
from nwfz.accounts.permissions import why
from nwfz.intake import selectors
from nwfz.intake.acceptance import IntakeRefused
from nwfz.intake.analysis import analyse
from nwfz.intake.extract import IntakeInputError
from nwfz.intake.field_edits import FieldEditError, edits_from_texts
from nwfz.intake.models import IntakeItem, Proposal
from nwfz.intake.registry_facts import other_regime_facts, registry_facts
from nwfz.intake.services import proposal_accept, proposal_reject
from nwfz.validation import BoundedDate, DocumentText, LongText

router = Router(tags=["intake"])


class DryRunIn(Schema):
    text: DocumentText = Field(description="the item's text (plain text, or HTML with html=true)")
    published: BoundedDate | None = Field(
        None, description="publication date (1900–2200); else the dateline"
    )
    html: bool = Field(False, description="the text is HTML (markup stripped, never run)")


class DryRunOut(Schema):
    language: str | None
    published: date | None
    published_basis: str = Field(description="given | html-meta | dateline | unknown")
    warnings: list[str]
    text_flags: list[dict[str, Any]] = Field(
        description="hidden or deceptive characters normalised for reading: "
        "{kind, count, positions, note}"
    )
    transliteration: str | None = Field(
        description="the Latin alphabet a Kazakh text was read from (kk-latn-2017, "
        "kk-latn-2018, kk-latn-2021), else null"
    )
    proposals: list[dict[str, Any]] = Field(
        description="{type, <fields>, spans: [[start, end], ...], confidence, flags?}"
    )


class ProposalOut(Schema):
    id: int
    type: str
    fields: dict[str, Any] = Field(description="as proposed, with the reviewer's edits")
    spans: list[list[int]]
    evidence: list[str]
    confidence: float
    flags: list[str] = Field(description="kinds of hidden characters inside the evidence")
    status: str = Field(description="proposed | accepted | rejected")
    record: str = Field(description="what acceptance created or linked, e.g. meeting:7")
    outcome: str
    reject_reason: str


class ItemOut(Schema):
    id: int
    filename: str
    language: str
    published: date | None
    published_basis: str
    source_url: str
    duplicate_of: int | None
    similarity: float | None
    status: str = Field(description="pending | reviewed")
    warnings: list[str]
    text_flags: list[dict[str, Any]] = Field(
        description="hidden or deceptive characters normalised for reading"
    )
    transliteration: str = Field(description="kk-latn-2017 | kk-latn-2018 | kk-latn-2021 | ''")


class ItemDetailOut(ItemOut):
    text: str
    proposals: list[ProposalOut]


class AcceptIn(Schema):
    fields: dict[str, str] = Field(
        default_factory=dict, description="edited fields, as text, e.g. {'year': '2026'}"
    )


class RejectIn(Schema):
    reason: LongText = Field(description="why (at most 2000 characters)")


def _item_out(item: IntakeItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "filename": item.filename,
        "language": item.language,
        "published": item.published,
        "published_basis": item.published_basis,
        "source_url": item.source_url,
        "duplicate_of": item.duplicate_of_id,
        "similarity": item.similarity,
        "status": item.status,
        "warnings": item.warnings,
        "text_flags": item.text_flags,
        "transliteration": item.transliteration,
    }


def _proposal_out(item: IntakeItem, proposal: Proposal) -> dict[str, Any]:
    return {
        "id": proposal.id,
        "type": proposal.type,
        "fields": proposal.current_fields,
        "spans": proposal.spans,
        "evidence": selectors.proposal_evidence(item, proposal),
        "confidence": proposal.confidence,
        "flags": proposal.flags,
        "status": proposal.status,
        "record": proposal.record_ref,
        "outcome": proposal.outcome,
        "reject_reason": proposal.reject_reason,
    }


@router.post(
    "/intake/dry-run",
    response=DryRunOut,
    auth=members("use_workbench"),
    summary="Propose records for a text (members of a delegation)",
)
def dry_run(request: HttpRequest, payload: DryRunIn):
    """Nothing is stored. For members of a delegation (401 when not signed in, 403 for
    users with no role); a text over
    NWFZ_INTAKE_DRY_RUN_MAX_BYTES (UTF-8) is a 413; refused input (empty, a language not
    read) is a 422."""
    raw = payload.text.encode("utf-8")
    limit = settings.NWFZ_INTAKE_DRY_RUN_MAX_BYTES
    if len(raw) > limit:
        raise HttpError(
            413, f"text: too large for a dry run ({len(raw)} bytes; the limit is {limit} bytes)"
        )
    try:
        analysis = analyse(
            raw,
            filename="item.html" if payload.html else "item.txt",
            published=payload.published,
            max_bytes=limit,
            registry=registry_facts(),
            registries=other_regime_facts(),
        )
    except IntakeInputError as exc:
        message = str(exc).removeprefix("item.txt: ").removeprefix("item.html: ")
        raise HttpError(422, message) from None
    return analysis.result.to_json()


REVIEWERS = members("review_intake")


@router.get("/intake/items", response=list[ItemOut], auth=REVIEWERS, summary="Intake items")
def items(request: HttpRequest, status: str | None = Query(None, pattern="^(pending|reviewed)$")):
    return [_item_out(i) for i in selectors.intake_items(status)[:500]]


@router.get("/intake/items/{item_id}", response=ItemDetailOut, auth=REVIEWERS)
def item(request: HttpRequest, item_id: int):
    """An item with its text and proposals (spans index the text)."""
    try:
        found = selectors.intake_item(item_id)
    except selectors.ItemNotFound as exc:
        raise HttpError(404, str(exc)) from None
    proposals = [_proposal_out(found, p) for p in selectors.item_proposals(found)]
    return {**_item_out(found), "text": found.text, "proposals": proposals}


def _open_proposal(request: HttpRequest, proposal_id: int) -> Proposal:
    """The proposal, if the caller may review proposals of its regime (else a 403)."""
    proposal = Proposal.objects.select_related("item").filter(pk=proposal_id).first()
    if proposal is None:
        raise HttpError(404, f"no proposal {proposal_id}")
    verdict = why(request.user, "review_intake", proposal)
    if not verdict.allowed:
        raise HttpError(403, str(verdict.because))
    return proposal


@router.post("/intake/proposals/{proposal_id}/accept", response=ProposalOut, auth=REVIEWERS)
def accept(request: HttpRequest, proposal_id: int, payload: AcceptIn):
    """Accept, with edited fields: the record is created or the existing one linked."""
    proposal = _open_proposal(request, proposal_id)
    try:
        edits = edits_from_texts(proposal.current_fields, payload.fields)
        done = proposal_accept(proposal=proposal, edited_fields=edits, acting_user=request.user)
    except (FieldEditError, IntakeRefused) as exc:
        raise HttpError(422, str(exc)) from None
    return _proposal_out(done.item, done)


@router.post("/intake/proposals/{proposal_id}/reject", response=ProposalOut, auth=REVIEWERS)
def reject(request: HttpRequest, proposal_id: int, payload: RejectIn):
    """Reject with a reason (required); the proposal is kept."""
    proposal = _open_proposal(request, proposal_id)
    try:
        done = proposal_reject(proposal=proposal, reason=payload.reason, acting_user=request.user)
    except IntakeRefused as exc:
        raise HttpError(422, str(exc)) from None
    return _proposal_out(done.item, done)
