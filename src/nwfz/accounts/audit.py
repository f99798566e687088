"""Writing and verifying the hash-chained audit trail.

`audit_record` is called by services inside their own transaction, so an entry exists
exactly when the change it describes was committed. Every append locks the one
`AuditHead` row first, so two writers queue instead of chaining onto the same entry (on
PostgreSQL as on SQLite). Each entry's hash covers its predecessor's hash, its time, its
actor (id and name), what was done to which record, and the values before and after.

`chain_report` recomputes the chain and names the first entry that was altered, inserted,
removed or moved; with a head hash saved earlier it also detects a truncated trail.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from nwfz.accounts.models import AuditEntry, AuditHead


def _plain_json(value: Any) -> Any:
    """The value as it will read back from a JSON column."""
    return None if value is None else json.loads(json.dumps(value, default=str))


def _time_text(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def entry_digest(
    *,
    prev_hash: str,
    at: datetime,
    actor_id: int | None,
    actor_label: str,
    action: str,
    object_type: str,
    object_id: str,
    before: Any,
    after: Any,
) -> str:
    payload = {
        "prev": prev_hash,
        "at": _time_text(at),
        "actor_id": actor_id,
        "actor": actor_label,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "before": before,
        "after": after,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def digest_of(entry: AuditEntry) -> str:
    return entry_digest(
        prev_hash=entry.prev_hash,
        at=entry.at,
        actor_id=entry.actor_id,
        actor_label=entry.actor_label,
        action=entry.action,
        object_type=entry.object_type,
        object_id=entry.object_id,
        before=entry.before,
        after=entry.after,
    )


def actor_label(actor: Any) -> str:
    if actor is None:
        return "system"
    if isinstance(actor, str):
        return actor
    return getattr(actor, "get_username", lambda: str(actor))()


def _actor_id(actor: Any) -> int | None:
    if actor is None:
        return None
    if isinstance(actor, str):  # a system process: the system user acts
        from nwfz.accounts.roles import system_user

        return system_user().pk
    return getattr(actor, "pk", None)


def _locked_head() -> AuditHead:
    head = AuditHead.objects.select_for_update().filter(pk=1).first()
    if head is not None:
        return head
    last = AuditEntry.objects.order_by("-id").first()
    try:
        with transaction.atomic():  # a savepoint: another writer may create it first
            AuditHead.objects.create(
                pk=1,
                last_id=last.id if last else 0,
                hash=last.hash if last else "",
                count=AuditEntry.objects.count(),
            )
    except IntegrityError:
        pass
    return AuditHead.objects.select_for_update().get(pk=1)


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
    head = _locked_head()
    values = {
        "at": timezone.now(),
        "actor_id": _actor_id(acting_user),
        "actor_label": actor_label(acting_user),
        "action": action,
        "object_type": object_type,
        "object_id": str(object_id),
        "before": _plain_json(before),
        "after": _plain_json(after),
    }
    entry = AuditEntry.objects.create(
        **values, prev_hash=head.hash, hash=entry_digest(prev_hash=head.hash, **values)
    )
    head.last_id, head.hash, head.count = entry.id, entry.hash, head.count + 1
    head.save(update_fields=["last_id", "hash", "count"])
    return entry


def audit_head() -> AuditHead:
    """The head as recorded (not locked): the newest entry's hash and the count."""
    return AuditHead.objects.filter(pk=1).first() or AuditHead(pk=1)


@dataclass
class ChainProblem:
    entry_id: int | None
    kind: str  # altered | inserted | removed | moved | truncated | appended
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"entry": self.entry_id, "kind": self.kind, "message": self.message}


@dataclass
class ChainReport:
    count: int = 0
    head: str = ""
    problems: list[ChainProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "count": self.count,
            "head": self.head,
            "first_problem": self.problems[0].as_json() if self.problems else None,
            "problems": [p.as_json() for p in self.problems],
        }


def _link_problem(entries: list[AuditEntry], i: int, position: dict[str, int]) -> ChainProblem:
    """Entry i's recorded predecessor is not the entry before it: say what happened."""
    entry = entries[i]
    where = position.get(entry.prev_hash)
    if where is not None and where > i:
        return ChainProblem(
            entry.id,
            "moved",
            f"entry {entry.id} is out of order: it was chained after entry "
            f"{entries[where].id}, which now comes later",
        )
    if i >= 2 and entry.prev_hash == entries[i - 2].hash:
        intruder = entries[i - 1]
        return ChainProblem(
            intruder.id,
            "inserted",
            f"entry {intruder.id} was inserted: entry {entry.id} was chained directly after "
            f"entry {entries[i - 2].id}",
        )
    if where is not None:
        return ChainProblem(
            entry.id,
            "moved",
            f"entry {entry.id} is out of order: it was chained after entry {entries[where].id}",
        )
    before = f"after entry {entries[i - 1].id}" if i else "at the start of the trail"
    return ChainProblem(
        entry.id,
        "removed",
        f"entries were removed {before}: entry {entry.id} was chained after an entry "
        f"({entry.prev_hash[:12]}) that is no longer in the trail"
        + (f", or entry {entries[i - 1].id} was altered and its hash recomputed" if i else ""),
    )


def chain_report(saved_head: str | None = None) -> ChainReport:
    """Recompute the whole chain. `saved_head`: a head hash printed earlier (`nwfz audit
    head`), which must still be in the trail."""
    entries = list(AuditEntry.objects.order_by("id"))
    position = {e.hash: i for i, e in enumerate(entries)}
    report = ChainReport(count=len(entries), head=entries[-1].hash if entries else "")
    prev = ""
    for i, entry in enumerate(entries):
        if digest_of(entry) != entry.hash:
            report.problems.append(
                ChainProblem(
                    entry.id,
                    "altered",
                    f"entry {entry.id} was altered: its content ({entry.action} "
                    f"{entry.object_type} {entry.object_id} by {entry.actor_label}) no longer "
                    "gives its hash",
                )
            )
        elif entry.prev_hash != prev:
            report.problems.append(_link_problem(entries, i, position))
        prev = entry.hash
    recorded = AuditHead.objects.filter(pk=1).first()
    if recorded is not None and recorded.hash != report.head:
        where = position.get(recorded.hash)
        last = entries[-1].id if entries else None
        if where is not None:
            report.problems.append(
                ChainProblem(
                    entries[where + 1].id,
                    "appended",
                    f"entries from {entries[where + 1].id} on were added without passing "
                    f"through the trail's head (the head names entry {entries[where].id})",
                )
            )
        else:
            report.problems.append(
                ChainProblem(
                    last,
                    "truncated",
                    f"the newest entries were removed: the head names {recorded.hash[:12]}, "
                    f"which is not in the trail (it now ends at entry {last})",
                )
            )
    if saved_head and saved_head not in position:
        matches = [h for h in position if h.startswith(saved_head)] if len(saved_head) < 64 else []
        if len(matches) != 1:
            last = entries[-1].id if entries else None
            report.problems.append(
                ChainProblem(
                    last,
                    "truncated",
                    f"the head saved earlier ({saved_head[:12]}) is not in the trail: entries "
                    f"were removed or altered (the trail now ends at entry {last})",
                )
            )
    return report


def audit_chain_breaks() -> list[int]:
    """Ids of the entries `chain_report` finds a problem with (empty when intact)."""
    return [p.entry_id for p in chain_report().problems if p.entry_id is not None]
