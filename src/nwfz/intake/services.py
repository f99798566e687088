"""Writes for intake: take an item in, accept or reject a proposal. Each runs in one
transaction and leaves its audit entry; refused input writes nothing.

The CLI, the web review, the API and the admin all call these functions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from nwfz.accounts.audit import audit_record
from nwfz.accounts.permissions import require
from nwfz.governance.validation import GovernanceRefused
from nwfz.intake.acceptance import AcceptContext, IntakeRefused, record_accept
from nwfz.intake.analysis import analyse
from nwfz.intake.extract import IntakeInputError
from nwfz.intake.fingerprint import most_similar, text_fingerprint
from nwfz.intake.models import IntakeItem, Proposal
from nwfz.intake.registry_facts import other_regime_facts, registry_facts
from nwfz.intake.sources import item_source
from nwfz.validation import LONG_TEXT_MAX, InputRefused, clean_text

NEAR_DUPLICATE_CANDIDATES = 500  # the most recent items of the same language compared
NOT_FIELDS = ("type", "spans", "confidence", "flags")  # in a proposal's JSON, not its fields


@dataclass
class Receipt:
    """What `intake_item_receive` did: a new item, or the item it already holds."""

    item: IntakeItem
    is_new: bool

    @property
    def message(self) -> str:
        if not self.is_new:
            return _("already taken in as item %(id)s; nothing new stored") % {"id": self.item.id}
        if self.item.duplicate_of_id:
            return _(
                "stored as item %(id)s, linked as a near-duplicate of item %(other)s "
                "(similarity %(similarity).2f)"
            ) % {
                "id": self.item.id,
                "other": self.item.duplicate_of_id,
                "similarity": self.item.similarity,
            }
        return _("stored as item %(id)s") % {"id": self.item.id}


def _user_or_none(acting_user: Any) -> Any:
    return acting_user if getattr(acting_user, "pk", None) is not None else None


def _label(acting_user: Any) -> str:
    if acting_user is None:
        return "system"
    if isinstance(acting_user, str):
        return acting_user
    return acting_user.get_username()


def _checked_url(source_url: str, filename: str) -> str:
    source_url = (source_url or "").strip()
    if not source_url:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(source_url)
    except ValidationError:
        raise IntakeInputError(
            f"{filename}: {source_url!r} is not a web address; give an http(s) URL or none"
        ) from None
    return source_url


def _near_duplicate(text: str, language: str) -> tuple[int, float] | None:
    threshold = settings.NWFZ_INTAKE_DUPLICATE_THRESHOLD
    same = IntakeItem.objects.filter(text_fingerprint=text_fingerprint(text)).first()
    if same is not None:
        return same.id, 1.0
    candidates = list(
        IntakeItem.objects.filter(language=language)
        .order_by("-received_at", "-id")
        .values_list("id", "text")[:NEAR_DUPLICATE_CANDIDATES]
    )
    return most_similar(text, candidates, threshold)


def intake_item_receive(
    *,
    raw: bytes,
    filename: str,
    acting_user: Any,
    published: date | None = None,
    source_url: str = "",
    max_bytes: int | None = None,
) -> Receipt:
    """Store a file and the records proposed from it. The same bytes again return the stored
    item; a near-duplicate (another outlet's version) is stored and linked to the earlier
    one. Raises IntakeInputError (nothing stored) for input that cannot be read."""
    require(acting_user, "submit_intake")
    max_bytes = max_bytes or settings.NWFZ_INTAKE_MAX_BYTES
    source_url = _checked_url(source_url, filename)
    sha256 = hashlib.sha256(raw or b"").hexdigest()
    existing = IntakeItem.objects.filter(sha256=sha256).first()
    if existing is not None and raw:
        return Receipt(existing, is_new=False)
    analysis = analyse(
        raw, filename=filename, published=published, max_bytes=max_bytes,
        registry=registry_facts(), registries=other_regime_facts(),
    )  # fmt: skip
    try:
        return _stored(raw, filename, sha256, source_url, analysis, acting_user)
    except IntegrityError:
        existing = IntakeItem.objects.filter(sha256=sha256).first()
        if existing is None:
            raise
        return Receipt(existing, is_new=False)  # the same file, stored a moment ago


def _stored(
    raw: bytes, filename: str, sha256: str, source_url: str, analysis: Any, acting_user: Any
) -> Receipt:
    result = analysis.result
    with transaction.atomic():
        near = _near_duplicate(result.text, result.language or "")
        item = IntakeItem.objects.create(
            original=raw,
            filename=filename[:500],
            content_type=analysis.content_type,
            encoding=analysis.document.encoding,
            sha256=sha256,
            text=result.text,
            text_fingerprint=text_fingerprint(result.text),
            language=result.language or "",
            published=result.published,
            published_basis=result.published_basis,
            source_url=source_url,
            title=(analysis.document.title or "")[:500],
            warnings=list(result.warnings),
            text_flags=list(result.text_flags),
            transliteration=result.transliteration or "",
            received_by=_user_or_none(acting_user),
            received_by_label=_label(acting_user),
            duplicate_of_id=near[0] if near else None,
            similarity=round(near[1], 3) if near else None,
        )
        for position, proposal in enumerate(result.proposals):
            data = proposal.to_json()
            Proposal.objects.create(
                item=item,
                position=position,
                type=proposal.type,
                fields={k: v for k, v in data.items() if k not in NOT_FIELDS},
                spans=data["spans"],
                confidence=data["confidence"],
            )
        if not result.proposals:
            item.status = "reviewed"
            item.save(update_fields=["status"])
        audit_record(
            acting_user=acting_user,
            action="intake_item_receive",
            object_type="intake_item",
            object_id=item.id,
            after={
                "filename": item.filename,
                "sha256": sha256,
                "language": item.language,
                "published": item.published,
                "published_basis": item.published_basis,
                "proposals": len(result.proposals),
                "duplicate_of": item.duplicate_of_id,
                "text_flags": [f["kind"] for f in result.text_flags],
                "transliteration": result.transliteration,
            },
        )
    return Receipt(item, is_new=True)


def _locked_open(proposal: Proposal) -> Proposal:
    locked = Proposal.objects.select_for_update().select_related("item").get(pk=proposal.pk)
    if locked.status != "proposed":
        raise IntakeRefused(f"proposal {locked.id} is already {locked.status}")
    return locked


def _review_done(proposal: Proposal, acting_user: Any) -> None:
    proposal.reviewer = _user_or_none(acting_user)
    proposal.reviewer_label = _label(acting_user)
    proposal.reviewed_at = timezone.now()
    proposal.save()
    item = proposal.item
    if not item.proposals.filter(status="proposed").exists() and item.status != "reviewed":
        item.status = "reviewed"
        item.save(update_fields=["status"])


def proposal_accept(
    *, proposal: Proposal, acting_user: Any, edited_fields: dict[str, Any] | None = None
) -> Proposal:
    """Accept a proposal (with the reviewer's edits, typed values by field name): the record
    is created or the existing one linked, citing the item as its source."""
    require(acting_user, "review_intake", proposal)
    with transaction.atomic():
        proposal = _locked_open(proposal)
        unknown = sorted(set(edited_fields or {}) - set(proposal.fields))
        if unknown:
            raise IntakeRefused(f"no such field: {', '.join(unknown)}")
        before = {"status": proposal.status, "fields": proposal.current_fields}
        if edited_fields:
            proposal.edited_fields = {**(proposal.edited_fields or {}), **edited_fields}
        ctx = AcceptContext(
            item=proposal.item,
            source=item_source(proposal.item, acting_user=acting_user),
            acting_user=acting_user,
        )
        try:
            done = record_accept(proposal.type, proposal.current_fields, ctx)
        except GovernanceRefused as exc:
            raise IntakeRefused(f"nothing was recorded: {exc}") from None
        proposal.status = "accepted"
        proposal.set_record(done.record)
        proposal.outcome = done.outcome
        _review_done(proposal, acting_user)
        audit_record(
            acting_user=acting_user,
            action="proposal_accept",
            object_type="intake_proposal",
            object_id=proposal.id,
            before=before,
            after={
                "status": "accepted",
                "type": proposal.type,
                "fields": proposal.current_fields,
                "record": done.record_ref,
                "outcome": done.outcome,
                "intake_item": proposal.item_id,
            },
        )
    return proposal


def proposal_reject(*, proposal: Proposal, reason: str, acting_user: Any) -> Proposal:
    """Reject a proposal; it is kept, with the reason (required)."""
    require(acting_user, "review_intake", proposal)
    try:
        reason = clean_text("reason", reason or "", max_length=LONG_TEXT_MAX, multiline=True)
    except InputRefused as exc:
        raise IntakeRefused(str(exc)) from None
    if not reason:
        raise IntakeRefused("give a reason for rejecting the proposal")
    with transaction.atomic():
        proposal = _locked_open(proposal)
        proposal.status = "rejected"
        proposal.reject_reason = reason
        _review_done(proposal, acting_user)
        audit_record(
            acting_user=acting_user,
            action="proposal_reject",
            object_type="intake_proposal",
            object_id=proposal.id,
            before={"status": "proposed"},
            after={"status": "rejected", "reason": reason, "intake_item": proposal.item_id},
        )
    return proposal
