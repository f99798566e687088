"""Writing and verifying the hash-chained audit trail.

`audit_record` is called by services inside their own transaction, so an entry exists
exactly when the change it describes was committed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.db import transaction

from nwfz.accounts.models import AuditEntry


def entry_digest(prev_hash: str, payload: dict[str, Any]) -> str:
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def _actor_label(actor: Any) -> str:
    if actor is None:
        return "system"
    if isinstance(actor, str):
        return actor
    return getattr(actor, "get_username", lambda: str(actor))()


def audit_record(
    *,
    acting_user: Any,
    action: str,
    object_type: str,
    object_id: Any = "",
    before: Any = None,
    after: Any = None,
) -> AuditEntry:
    """Append an audit entry; must run inside the caller's transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record must be called inside a transaction")
    last = AuditEntry.objects.select_for_update().order_by("-id").first()
    prev_hash = last.hash if last else ""
    label = _actor_label(acting_user)
    payload = {
        "actor": label,
        "action": action,
        "object_type": object_type,
        "object_id": str(object_id),
        "before": before,
        "after": after,
    }
    user = acting_user if hasattr(acting_user, "pk") and not isinstance(acting_user, str) else None
    return AuditEntry.objects.create(
        actor=user,
        actor_label=label,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        before=json.loads(json.dumps(before, default=str)) if before is not None else None,
        after=json.loads(json.dumps(after, default=str)) if after is not None else None,
        prev_hash=prev_hash,
        hash=entry_digest(prev_hash, payload),
    )


def audit_chain_breaks() -> list[int]:
    """Ids of entries whose hash does not follow from their content and predecessor."""
    broken: list[int] = []
    prev_hash = ""
    for entry in AuditEntry.objects.order_by("id").iterator():
        payload = {
            "actor": entry.actor_label,
            "action": entry.action,
            "object_type": entry.object_type,
            "object_id": entry.object_id,
            "before": entry.before,
            "after": entry.after,
        }
        if entry.prev_hash != prev_hash or entry.hash != entry_digest(prev_hash, payload):
            broken.append(entry.id)
        prev_hash = entry.hash
    return broken
