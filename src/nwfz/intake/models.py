"""Intake tables: the items taken in (the original kept as received) and the records proposed
from each, with the reviewer's verdict.

Writes go through services.py (one transaction, one audit entry).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from nwfz.intake.extract.hygiene import flags_in_spans
from nwfz.registry.models import Source

# the kind of record an accepted proposal names ("meeting:7") → the field holding it
RECORD_KINDS = {
    "meeting": "accepted_meeting",
    "agenda_item": "accepted_agenda_item",
    "chair_term": "accepted_chair_term",
    "decision": "accepted_decision",
    "event": "accepted_event",
    "outcome_document": "accepted_outcome_document",
    "forum_session": "accepted_forum_session",
    "action_item": "accepted_action_item",
    "regime": "accepted_regime",
    "audit": "accepted_audit_entry",
}


def record_kind(record: models.Model) -> str:
    """The contract's name of a record's kind ("meeting", "audit", ...)."""
    field = Proposal._meta.get_field
    for kind, name in RECORD_KINDS.items():
        if isinstance(record, field(name).related_model):
            return kind
    raise ValueError(f"a proposal cannot name a {type(record).__name__}")


def record_ref_of(record: models.Model) -> str:
    """How the contract names a record: "meeting:7", "regime:canwfz" (a regime by its slug,
    the key its proposal's field holds)."""
    kind = record_kind(record)
    return f"{kind}:{record.slug if kind == 'regime' else record.pk}"


def _accepted(model: str, **extra: Any) -> models.ForeignKey:
    return models.ForeignKey(
        model, null=True, blank=True, on_delete=models.PROTECT, related_name="+", **extra
    )


def _at_most_one_of(fields: list[str]) -> models.Q:
    none = models.Q(**{f"{f}__isnull": True for f in fields})
    one = [models.Q(**{f"{f}__isnull": f != chosen for f in fields}) for chosen in fields]
    q = none
    for each in one:
        q |= each
    return q


class IntakeItem(models.Model):
    PUBLISHED_BASES = [
        ("given", _("given")),
        ("html-meta", _("HTML metadata")),
        ("dateline", _("dateline")),
        ("unknown", _("unknown")),
    ]
    STATUSES = [("pending", _("pending review")), ("reviewed", _("reviewed"))]

    original = models.BinaryField(help_text=_("the file's bytes, exactly as received"))
    filename = models.CharField(max_length=500)
    content_type = models.CharField(max_length=40, help_text=_("text/plain or text/html"))
    encoding = models.CharField(max_length=40, blank=True)
    sha256 = models.CharField(max_length=64, unique=True)
    text = models.TextField(help_text=_("the plain text the proposals' spans point into"))
    text_fingerprint = models.CharField(
        max_length=64, db_index=True, help_text=_("sha256 of the normalised text")
    )
    language = models.CharField(max_length=2)
    published = models.DateField(null=True, blank=True)
    published_basis = models.CharField(max_length=10, choices=PUBLISHED_BASES)
    source_url = models.URLField(max_length=2000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    text_flags = models.JSONField(
        default=list,
        blank=True,
        help_text=_(
            "hidden or deceptive characters (zero-width, soft hyphens, direction overrides, "
            "special spaces, mixed scripts) normalised for reading, with their positions"
        ),
    )
    transliteration = models.CharField(
        max_length=20,
        blank=True,
        help_text=_("the Latin alphabet a Kazakh text was read from, e.g. kk-latn-2018"),
    )
    received_at = models.DateTimeField(auto_now_add=True, db_index=True)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    received_by_label = models.CharField(max_length=200, blank=True)
    duplicate_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="near_duplicates",
        help_text=_("an earlier item telling the same story (another outlet)"),
    )
    similarity = models.FloatField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=STATUSES, default="pending")
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("the registry source created when a first proposal is accepted"),
    )

    class Meta:
        ordering = ["-received_at", "-id"]

    def __str__(self) -> str:
        return f"intake item {self.id} ({self.filename})"

    @property
    def is_html(self) -> bool:
        return self.content_type == "text/html"


class Proposal(models.Model):
    STATUSES = [
        ("proposed", _("proposed")),
        ("accepted", _("accepted")),
        ("rejected", _("rejected")),
    ]
    item = models.ForeignKey(IntakeItem, on_delete=models.CASCADE, related_name="proposals")
    position = models.PositiveIntegerField(default=0)
    type = models.CharField(max_length=30)
    fields = models.JSONField(default=dict)
    spans = models.JSONField(default=list, help_text=_("[start, end] pairs into the item's text"))
    confidence = models.FloatField()
    status = models.CharField(max_length=10, choices=STATUSES, default="proposed")
    edited_fields = models.JSONField(null=True, blank=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewer_label = models.CharField(max_length=200, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reject_reason = models.TextField(blank=True)
    # what acceptance created or linked: at most one of these (RECORD_KINDS), each refusing
    # the deletion of its record while the proposal points at it
    accepted_meeting = _accepted("governance.Meeting")
    accepted_agenda_item = _accepted("governance.AgendaItem")
    accepted_chair_term = _accepted("governance.ChairTerm")
    accepted_decision = _accepted("governance.Decision")
    accepted_event = _accepted("governance.Event")
    accepted_outcome_document = _accepted("governance.OutcomeDocument")
    accepted_forum_session = _accepted("governance.ForumSession")
    accepted_action_item = _accepted("governance.ActionItem")
    accepted_regime = _accepted("registry.Regime", to_field="slug")
    accepted_audit_entry = _accepted("accounts.AuditEntry")
    outcome = models.TextField(blank=True, help_text=_("what acceptance did, in words"))

    class Meta:
        ordering = ["item", "position"]
        constraints = [
            models.CheckConstraint(
                condition=_at_most_one_of(list(RECORD_KINDS.values())),
                name="proposal_at_most_one_record",
            )
        ]

    def __str__(self) -> str:
        return f"{self.type} #{self.id} ({self.status})"

    @property
    def record(self) -> models.Model | None:
        """The record acceptance created or linked, or None."""
        for field in RECORD_KINDS.values():
            if getattr(self, f"{field}_id") is not None:
                return getattr(self, field)
        return None

    @property
    def record_ref(self) -> str:
        """The record as the contract names it: "meeting:7", "regime:canwfz", or ""."""
        for kind, field in RECORD_KINDS.items():
            key = getattr(self, f"{field}_id")
            if key is not None:
                return f"{kind}:{key}"
        return ""

    def set_record(self, record: models.Model | None) -> None:
        """Point at `record` (one of RECORD_KINDS' models), clearing the others."""
        kind = record_kind(record) if record is not None else None
        for name, field in RECORD_KINDS.items():
            setattr(self, field, record if name == kind else None)

    @property
    def current_fields(self) -> dict[str, Any]:
        """The proposed fields with the reviewer's edits applied."""
        return {**self.fields, **(self.edited_fields or {})}

    def contract_json(self) -> dict[str, Any]:
        """The same shape as `nwfz intake --dry-run --json` prints."""
        out: dict[str, Any] = {"type": self.type, **self.current_fields}
        out["spans"] = [list(s) for s in self.spans]
        out["confidence"] = self.confidence
        flags = self.flags
        if flags:
            out["flags"] = flags
        return out

    @property
    def flags(self) -> list[str]:
        """Kinds of hidden characters inside the evidence (as the dry run prints them)."""
        return flags_in_spans(self.item.text_flags or [], self.spans)
