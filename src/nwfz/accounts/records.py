"""The write path of a record that has no service of its own verb (a correction in the
admin, a row the package loader writes, a source intake cites), and the version every
editable record carries.

`record_save` and `record_delete` are services like any other: they check `can()`, refuse
a stale version, write the row and its links to many, and append the audit entry (the
values before and after, links included) in one transaction. The admin, the loader and
intake call them; the governance services of their own verbs (`meeting_record`, ...)
share the version and the permission check through `version_bump` and `require`.

Versions: each record's version is an integer in `RecordVersion`, keyed by the record's
audit type and id, incremented by every service that changes the record (0: never
changed since it was created). A writer sends the version it read; when another write
came first, `StaleVersion` says what changed since and by whom, from the audit trail.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

from nwfz.accounts.audit import _plain_json, audit_record
from nwfz.accounts.models import AuditEntry, RecordVersion
from nwfz.accounts.permissions import require


class RecordRefused(ValueError):
    """The record failed its checks; the message names the field."""


@dataclass(frozen=True)
class ChangeSince:
    at: str
    actor: str
    action: str
    fields: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at, "by": self.actor, "action": self.action, "fields": self.fields}


class StaleVersion(Exception):
    """The record changed after the writer read it: nothing was written."""

    def __init__(self, label: str, read: int, current: int, changes: list[ChangeSince]):
        self.label, self.read, self.current, self.changes = label, read, current, changes
        told = "; ".join(
            f"{c.actor} at {c.at[:16].replace('T', ' ')}"
            + (f" ({', '.join(c.fields)})" if c.fields else "")
            for c in changes
        )
        super().__init__(
            f"{label} was changed since you read it (version {read}, now {current})"
            + (f": by {told}" if told else "")
            + ". Nothing was saved: reload it and make your change again."
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "detail": str(self),
            "read_version": self.read,
            "version": self.current,
            "changes": [c.as_json() for c in self.changes],
        }


def object_type_of(model: type[models.Model] | models.Model) -> str:
    """The record's type in the audit trail: the model's name in snake case
    (ChairTerm → chair_term), as the services of their own verbs write it."""
    name = model._meta.object_name
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def record_label(record: models.Model) -> str:
    return f"{record._meta.verbose_name} {record.pk} ({str(record)[:80]})"


def _key_of(related: models.Model) -> str:
    for name in ("key", "slug", "code"):
        value = getattr(related, name, None)
        if value:
            return str(value)
    return str(related.pk)


def snapshot(record: models.Model) -> dict[str, Any]:
    """The record's values as the audit stores them: its own fields (a relation by id) and
    its links to many (sorted natural keys: source keys, state codes, ...)."""
    values: dict[str, Any] = {}
    for f in record._meta.concrete_fields:
        if not f.primary_key:
            values[f.name] = getattr(record, f.attname)
    if record.pk is not None:
        for f in record._meta.many_to_many:
            values[f.name] = sorted(_key_of(r) for r in getattr(record, f.name).all())
    return _plain_json(values)


# --- versions -----------------------------------------------------------------------------


def version_of(record: models.Model) -> int:
    """The version a writer must send back (0 until the first change after creation)."""
    if record.pk is None:
        return 0
    row = RecordVersion.objects.filter(
        object_type=object_type_of(record), object_id=str(record.pk)
    ).first()
    return row.version if row else 0


def _locked_version(record: models.Model) -> RecordVersion:
    key = {"object_type": object_type_of(record), "object_id": str(record.pk)}
    row = RecordVersion.objects.select_for_update().filter(**key).first()
    if row is not None:
        return row
    try:
        with transaction.atomic():  # a savepoint: another writer may create it first
            RecordVersion.objects.create(**key, version=0)
    except IntegrityError:
        pass
    return RecordVersion.objects.select_for_update().get(**key)


def changes_since(record: models.Model, version: int) -> list[ChangeSince]:
    """The audited changes that moved the record past `version`, oldest first."""
    entries = AuditEntry.objects.filter(
        object_type=object_type_of(record), object_id=str(record.pk)
    ).order_by("id")
    out = []
    for entry in entries:
        after = entry.after if isinstance(entry.after, dict) else {}
        if not isinstance(after.get("version"), int) or after["version"] <= version:
            continue
        before = entry.before if isinstance(entry.before, dict) else {}
        fields = tuple(k for k in after if k != "version" and before.get(k) != after.get(k))
        out.append(ChangeSince(entry.at.isoformat(), entry.actor_label, entry.action, fields))
    return out


def version_bump(record: models.Model, read_version: int | None) -> int:
    """Lock the record's version, refuse a stale `read_version` (None: the caller read
    nothing, as the loader), and return the next version. Inside the writer's transaction."""
    row = _locked_version(record)
    if read_version is not None and int(read_version) != row.version:
        read = int(read_version)
        raise StaleVersion(record_label(record), read, row.version, changes_since(record, read))
    row.version += 1
    row.save(update_fields=["version"])
    return row.version


# --- the services -------------------------------------------------------------------------


@dataclass
class RecordBatch:
    """Many rows written by one act (a package load): the permission is checked once, and
    the act's own audit entry (written by the caller in the same transaction) describes
    the rows instead of one entry per row: `changes` lists each row added, changed or
    removed, with the fields that changed and the sources the row cites."""

    acting_user: Any
    action: str = "load_data"
    changes: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        require(self.acting_user, self.action)

    def note(self, change: str, record: models.Model, fields: Iterable[str] = ()) -> None:
        cites = any(f.name == "sources" for f in record._meta.many_to_many)
        self.changes.append(
            {
                "table": object_type_of(record),
                "key": _key_of(record),
                "change": change,
                "fields": sorted(fields),
                "sources": sorted(s.url for s in record.sources.all()) if cites else [],
            }
        )


def _changed(before: dict[str, Any] | None, after: dict[str, Any]) -> tuple[dict, dict]:
    if before is None:
        return {}, after
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


def _validate(record: models.Model, problems: Callable[[], Iterable[str]] | None) -> None:
    try:
        record.clean_fields()
    except ValidationError as exc:
        raise RecordRefused(
            "; ".join(f"{name}: {' '.join(m)}" for name, m in exc.message_dict.items())
        ) from None
    found = [p for p in (problems() if problems else []) if p]
    if found:
        raise RecordRefused("; ".join(found))


def record_save(
    *,
    record: models.Model,
    acting_user: Any,
    values: dict[str, Any] | None = None,
    links: dict[str, Iterable[models.Model]] | None = None,
    version: int | None = None,
    action: str = "edit_record",
    problems: Callable[[], Iterable[str]] | None = None,
    batch: RecordBatch | None = None,
    audit_action: str | None = None,
) -> models.Model:
    """Create or change `record`: set `values` (field → value) and `links` (field to many
    → the related rows, exactly), refuse a stale `version`, check the field rules and
    `problems`, write, and audit the values before and after. `action` is the permission
    asked of `can()` for the record (an administrator's correction: edit_record);
    `audit_action` names the entry (default record_add / record_change)."""
    if batch is None:
        require(acting_user, action, record)
    with transaction.atomic():
        before = None
        if record.pk is not None and not record._state.adding:
            stored = type(record).objects.select_for_update().filter(pk=record.pk).first()
            before = snapshot(stored) if stored is not None else None
        for name, value in (values or {}).items():
            setattr(record, name, value)
        if batch is None:  # a load validated its packages as a whole beforehand
            _validate(record, problems)
        created = before is None
        record.save()
        for name, rows in (links or {}).items():
            getattr(record, name).set(list(rows))
        old, new = _changed(before, snapshot(record))
        if batch is not None:
            if created or new:
                batch.note("added" if created else "changed", record, () if created else new)
            return record
        if not new and not created:
            if version is not None:
                version_bump(record, version)  # still refuse a stale save that changed nothing
            return record
        if not created:
            new["version"] = version_bump(record, version)
        audit_record(
            acting_user=acting_user,
            action=audit_action or ("record_add" if created else "record_change"),
            object_type=object_type_of(record),
            object_id=record.pk,
            before=old or None,
            after=new,
        )
    return record


def record_delete(
    *,
    record: models.Model,
    acting_user: Any,
    version: int | None = None,
    action: str = "edit_record",
    batch: RecordBatch | None = None,
    audit_action: str = "record_delete",
) -> int:
    """Delete `record` (refused when stale), auditing the values it had; returns how many
    rows went, cascades included."""
    if batch is None:
        require(acting_user, action, record)
    with transaction.atomic():
        if batch is not None:
            batch.note("removed", record)
        else:
            before = snapshot(record)
            version_bump(record, version)
            audit_record(
                acting_user=acting_user,
                action=audit_action,
                object_type=object_type_of(record),
                object_id=record.pk,
                before=before,
            )
        removed, _ = record.delete()
    return removed
