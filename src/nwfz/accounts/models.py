"""Accounts: delegations and their members, API tokens, and the hash-chained audit trail.

Roles are never stored: they follow from the record on each date (roles.py). A user's
delegation is the only fact an administrator sets by hand.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Delegation(models.Model):
    """A state party's delegation (its foreign ministry's people) or an observer
    organisation's office (the depositary's office, IAEA, UNODA liaison, ...)."""

    KINDS = [("party", _("delegation of a state")), ("observer", _("observer organisation"))]
    code = models.CharField(
        max_length=40, unique=True, help_text=_("the state's ISO code (KZ), or a slug (unoda)")
    )
    kind = models.CharField(max_length=10, choices=KINDS)
    state = models.ForeignKey(
        "registry.State", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    name_en = models.CharField(max_length=300)
    name_ru = models.CharField(max_length=300, blank=True)
    name_kk = models.CharField(max_length=300, blank=True)
    regimes = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("observers: regime slugs, comma-separated (empty: every regime)"),
    )

    class Meta:
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(kind="party", state__isnull=False)
                    | models.Q(kind="observer", state__isnull=True)
                ),
                name="delegation_party_has_state",
            )
        ]

    def __str__(self) -> str:
        return self.code

    def localized(self, field: str, lang: str = "en") -> str:
        return getattr(self, f"{field}_{lang}", "") or getattr(self, f"{field}_en", "")

    @property
    def regime_slugs(self) -> tuple[str, ...]:
        return tuple(s.strip() for s in self.regimes.split(",") if s.strip())


class Membership(models.Model):
    """A user's place: the delegation they belong to."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership"
    )
    delegation = models.ForeignKey(Delegation, on_delete=models.PROTECT, related_name="members")

    class Meta:
        ordering = ["delegation", "user"]

    def __str__(self) -> str:
        return f"{self.user} ({self.delegation})"


class ApiToken(models.Model):
    """A bearer token for scripts. Only its SHA-256 is stored; the token itself is shown
    once, when created."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(max_length=100, blank=True)
    prefix = models.CharField(max_length=12, db_index=True)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["user", "created_at"]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"


class AuditEntry(models.Model):
    at = models.DateTimeField(db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=200, help_text="user name, or 'loader', 'cli'")
    action = models.CharField(max_length=80)
    object_type = models.CharField(max_length=80)
    object_id = models.CharField(max_length=80, blank=True)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    prev_hash = models.CharField(max_length=64, blank=True)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["id"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_type}"


class AuditHead(models.Model):
    """The one row every append locks: the newest entry's id and hash, and the count.
    Two writers cannot chain onto the same entry, on SQLite or PostgreSQL."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    last_id = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, blank=True)
    count = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"audit head {self.hash[:12]} ({self.count} entries)"


class RecordVersion(models.Model):
    """The version of one editable record (its audit type and id), incremented by the
    service that changes it; writers send the version they read (accounts/records.py)."""

    object_type = models.CharField(max_length=80)
    object_id = models.CharField(max_length=80)
    version = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["object_type", "object_id"], name="one_version_per_record"
            )
        ]

    def __str__(self) -> str:
        return f"{self.object_type} {self.object_id} v{self.version}"
