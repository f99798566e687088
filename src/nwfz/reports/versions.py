"""The data version: when the store was last revised, read from the audit trail.

Every change (a data-package load, a governance service call) writes an audit entry in
its own transaction, so the newest entry's time is the moment the data last changed.
"""

from __future__ import annotations

from datetime import UTC, datetime


def data_version() -> datetime | None:
    from django.db.models import Max

    from nwfz.accounts.models import AuditEntry

    latest = AuditEntry.objects.aggregate(latest=Max("at"))["latest"]
    if latest is None:
        return None
    return latest.astimezone(UTC).replace(microsecond=0)
