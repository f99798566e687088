"""An accepted intake item becomes a registry Source (kind "intake"), and every record an
acceptance creates or confirms cites it. Called inside the accepting service's transaction;
both writes go through the record service (can: review_intake, version, audit)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import translation

from nwfz.accounts.records import record_save
from nwfz.intake.models import IntakeItem
from nwfz.registry.models import Source


def source_key(item: IntakeItem) -> str:
    return f"intake-{item.id}"


def original_url(item: IntakeItem) -> str:
    """Where the original can be read: the outlet's URL when given, else the portal's copy
    (an absolute URL on NWFZ_PUBLIC_URL, so Source.url stays a valid URL)."""
    if item.source_url:
        return item.source_url
    with translation.override("en"):
        path = reverse("web:intake:original", args=[item.id])
    return f"{settings.NWFZ_PUBLIC_URL}{path}"


def publisher_of(item: IntakeItem) -> str:
    host = urlsplit(item.source_url).hostname if item.source_url else ""
    return (host or "").removeprefix("www.") or "intake"


def item_source(item: IntakeItem, *, acting_user: Any) -> Source:
    """The item's registry Source, created (and audited) on first use."""
    if item.source_id:
        return item.source
    source = Source.objects.filter(key=source_key(item)).first()
    if source is None:
        source = record_save(
            record=Source(
                key=source_key(item),
                url=original_url(item),
                publisher=publisher_of(item)[:300],
                title=(item.title or item.filename)[:500],
                language=item.language,
                published=item.published,
                accessed=item.received_at.date() if item.received_at else None,
                kind="intake",
            ),
            acting_user=acting_user,
            action="review_intake",
            audit_action="source_create",
        )
    item.source = source
    item.save(update_fields=["source"])
    return source


def source_link(record: models.Model, source: Source, *, acting_user: Any) -> bool:
    """Cite the source on an existing record (its `sources` relation); True when added."""
    if record.sources.filter(pk=source.pk).exists():
        return False
    record_save(
        record=record,
        links={"sources": [*record.sources.all(), source]},
        acting_user=acting_user,
        action="review_intake",
        audit_action="source_link",
    )
    return True
