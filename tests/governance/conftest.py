"""Shared fixtures for governance tests against the bundled data."""

from __future__ import annotations

import pytest

from nwfz.accounts.models import AuditEntry
from nwfz.governance import models as gov


@pytest.fixture
def canwfz(db):
    from nwfz.registry.selectors import regime_by_slug

    return regime_by_slug("canwfz")


@pytest.fixture
def counts(db):
    """A snapshot of row counts; call it again to compare (nothing half-written)."""

    def snapshot():
        tables = (
            gov.ChairTerm,
            gov.Meeting,
            gov.Decision,
            gov.ActionItem,
            gov.AgendaItem,
            gov.OutcomeDocument,
            gov.ExtraordinaryMeetingRequest,
            gov.Event,
            gov.ForumSession,
            gov.CoordinationItem,
            AuditEntry,
        )
        ends = tuple(gov.ChairTerm.objects.order_by("id").values_list("end", flat=True))
        return tuple(m.objects.count() for m in tables) + (ends,)

    return snapshot
