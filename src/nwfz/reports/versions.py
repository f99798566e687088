"""The data version: when the store was last revised, read from the audit trail.

Every change (a data-package load, a governance service call) writes an audit entry in
its own transaction, so the newest entry's time is the moment the data last changed.
"""

from __future__ import annotations

from datetime import datetime

from nwfz.read_cache import current_version


def data_version() -> datetime | None:
    """When the newest audit entry was written (UTC, whole seconds), or None."""
    return current_version().at
