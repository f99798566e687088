"""Changes to the public record, read from the audit trail: the "what changed" page, the
Atom feed, the home page's recent changes and the static export share these reads.

Only entries about public records are shown (an allow-list of object types: intake items
and proposals, accounts and anything new stay out until they are listed here). Each
change says what changed, when, which sources the changed record cites now, and where the
record is shown. A data-package load that recorded its row-level changes (`changes` in
the entry's `after`, see `nwfz.opendata.diff`) lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import override

from nwfz.accounts.models import AuditEntry
from nwfz.accounts.permissions import (
    NOT_PUBLIC_AUDIT_ACTIONS,
    can,
    public_record_types,
    record_type,
)

FEED_LENGTH = 50


@dataclass(frozen=True)
class Change:
    id: int
    at: datetime
    title: str
    details: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    path: str = ""  # the page showing the changed record
    subject: str = ""  # an identifier (package names, a source's key, an instrument's slug)
    part: int = 0  # a row of a data-package load: its number in the load (from 1)

    @property
    def ref(self) -> str:
        """Unique among changes: the audit entry's id, and the row's number in a load."""
        return f"{self.id}-{self.part}" if self.part else str(self.id)

    @property
    def headline(self) -> str:
        return f"{self.title}: {self.subject}" if self.subject else self.title


def is_public(entry: AuditEntry) -> bool:
    """What anyone may read: `can()` decides (accounts.permissions.is_published)."""
    return can(None, "view_public", entry)


def _stored_types() -> set[str]:
    from django.apps import apps

    from nwfz.accounts.records import object_type_of

    types = set(public_record_types())
    for app in ("registry", "governance", "atlas"):
        for model in apps.get_app_config(app).get_models():
            if can(None, "view_public", model):
                types |= {object_type_of(model), model._meta.label_lower}
    return types


def _public_entries():
    types = _stored_types()
    return (
        AuditEntry.objects.filter(object_type__in=types)
        .exclude(action__in=NOT_PUBLIC_AUDIT_ACTIONS)
        .order_by("-id")
    )


def public_changes(lang: str, limit: int | None = FEED_LENGTH) -> list[Change]:
    """The newest changes first, one per change to the record: a data-package load that
    wrote several rows is one change per row (what changed, its sources, the load's date)."""
    entries = _public_entries()
    if limit is not None:
        entries = entries[:limit]
    found: list[Change] = []
    with override(lang):
        for entry in entries:
            if is_public(entry):
                found += changes_of(entry, lang)
            if limit is not None and len(found) >= limit:
                break
    return found[:limit] if limit is not None else found


def change_by_id(entry_id: int, lang: str) -> Change | None:
    entry = AuditEntry.objects.filter(id=entry_id).first()
    if entry is None or not is_public(entry):
        return None
    with override(lang):
        return describe(entry, lang)


ACTION_TITLES = {
    "package_load": lambda: _("Data package loaded"),
    "meeting_record": lambda: _("Meeting recorded"),
    "decision_record": lambda: _("Decision recorded"),
    "outcome_document_record": lambda: _("Outcome document recorded"),
    "chair_term_create": lambda: _("Chair term recorded"),
    "chair_term_close": lambda: _("Chair term closed"),
    "action_item_create": lambda: _("Action item recorded"),
    "action_item_update_status": lambda: _("Action item status changed"),
    "event_plan": lambda: _("Event recorded"),
    "forum_session_record": lambda: _("Forum session recorded"),
    "coordination_item_record": lambda: _("Coordination item recorded"),
    "official_text_import": lambda: _("Official text imported"),
    "source_create": lambda: _("Source added"),
    "source_link": lambda: _("Source cited"),
    "registry_conflict_note": lambda: _("Conflict between sources noted"),
    "admin_add": lambda: _("Record added by an editor: %(type)s"),
    "admin_change": lambda: _("Record corrected by an editor: %(type)s"),
    "admin_delete": lambda: _("Record removed by an editor: %(type)s"),
    "record_add": lambda: _("Record added: %(type)s"),
    "record_change": lambda: _("Record changed: %(type)s"),
    "record_delete": lambda: _("Record removed: %(type)s"),
}


SUBJECT_ACTIONS = {"package_load", "official_text_import", "source_create"}


def record_noun(kind: str) -> str:
    """What kind of record an audit entry is about, in the active language."""
    from nwfz.web.source_uses import RECORD_NOUNS

    noun = RECORD_NOUNS.get(record_type(kind))
    return str(noun) if noun else _("record")


def describe(entry: AuditEntry, lang: str) -> Change:
    """One audit entry as a change a reader understands (call inside the language)."""
    kind = record_type(entry.object_type)
    title_of = ACTION_TITLES.get(entry.action, lambda: _("Record changed: %(type)s"))
    title = title_of() % {"type": record_noun(kind)}
    details = _details(entry)
    record = _record(kind, entry.object_id)
    subject = ""
    if entry.action in SUBJECT_ACTIONS:
        subject = getattr(record, "key", None) or entry.object_id
    sources = [s.url for s in record.sources.all()] if hasattr(record, "sources") else []
    if entry.action == "package_load":
        sources = sorted({u for c in (entry.after or {}).get("changes", []) for u in c["sources"]})
    path = _path(kind, record, lang)
    return Change(entry.id, entry.at, title, details, sources, path, subject.replace(",", ", "))


ROW_TITLES = {
    "added": lambda: _("Record added: %(type)s"),
    "changed": lambda: _("Record changed: %(type)s"),
    "removed": lambda: _("Record removed: %(type)s"),
}


def changes_of(entry: AuditEntry, lang: str) -> list[Change]:
    """The changes an audit entry tells of: one per row of a data-package load that lists
    its rows, else the entry itself (call inside the language)."""
    rows = (entry.after or {}).get("changes") if entry.action == "package_load" else None
    if not rows:
        return [describe(entry, lang)]
    out = []
    for n, row in enumerate(rows, start=1):
        kind = record_type(row["table"])
        if kind not in public_record_types():
            continue
        record = None if row["change"] == "removed" else _record(kind, row["key"])
        fields = row.get("fields") or []
        details = [format_html(_("fields: {}"), _codes(fields))] if fields else []
        title = ROW_TITLES.get(row["change"], ROW_TITLES["changed"])() % {"type": record_noun(kind)}
        out.append(
            Change(
                entry.id,
                entry.at,
                title,
                details,
                list(row.get("sources") or []),
                _path(kind, record, lang),
                str(row["key"]),
                part=n,
            )
        )
    return out[::-1]  # newest first, as the entries are


def _details(entry: AuditEntry) -> list[str]:
    after: dict[str, Any] = entry.after if isinstance(entry.after, dict) else {}
    if entry.action == "package_load":
        lines = [
            _("%(written)s records written, %(removed)s removed.")
            % {"written": _total(after.get("written")), "removed": _total(after.get("removed"))}
        ]
        lines += [_change_line(c) for c in after.get("changes", [])]
        return lines
    lines = []
    before = entry.before if isinstance(entry.before, dict) else {}
    for name, value in after.items():
        if name in ("sources", "intake_item") or value in (None, "", []):
            continue
        if before and before.get(name) == value:
            continue
        old = before.get(name) if before else None
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        lines.append(f"{name}: {old} → {shown}" if old not in (None, "") else f"{name}: {shown}")
    if entry.action in ("admin_delete", "record_delete") and entry.before:
        lines.append(str(entry.before)[:300])
    return lines


def _total(value: Any) -> int:
    """A count, or the sum of counts per table."""
    if isinstance(value, dict):
        return sum(v for v in value.values() if isinstance(v, int))
    return value if isinstance(value, int) else 0


def _codes(names) -> str:
    """Identifiers (a record's key, field names) as code: they are not words to translate."""
    return format_html_join(", ", "<code>{}</code>", ((n,) for n in names))


def _change_line(change: dict) -> str:
    what = {"added": _("added"), "changed": _("changed"), "removed": _("removed")}
    line = format_html(
        "{} {}: {}",
        record_noun(change["table"]),
        _codes([change["key"]]),
        what.get(change["change"], change["change"]),
    )
    if change.get("fields"):
        line = format_html("{} ({})", line, _codes(change["fields"]))
    return line


def _record(kind: str, object_id: str):
    from django.apps import apps

    name = kind
    for app in ("registry", "governance", "atlas"):
        try:
            model = apps.get_model(app, name)
        except LookupError:
            continue
        lookups = [{"pk": object_id}] if str(object_id).isdigit() else []
        for field_name in ("slug", "key", "code"):
            if any(f.name == field_name for f in model._meta.fields):
                lookups.append({field_name: object_id})
        for lookup in lookups:
            found = model.objects.filter(**lookup).first()
            if found is not None:
                return found
    return None


def _path(kind: str, record, lang: str) -> str:
    with override(lang):
        if record is None:
            return reverse("web:changes")
        if kind == "meeting":
            return reverse("web:meeting", args=[record.key or record.id])
        if kind in ("decision", "outcomedocument") and getattr(record, "meeting", None):
            return reverse("web:meeting", args=[record.meeting.key or record.meeting.id])
        if kind == "instrument":
            return reverse("web:instrument", args=[record.slug])
        if kind == "regime":
            return reverse("web:regime", args=[record.slug])
        if kind == "state":
            return reverse("web:state", args=[record.code])
        if kind == "participationevent":
            return reverse("web:state", args=[record.state.code])
        if kind == "source":
            return reverse("web:sources") + f"#source-{record.key}"
        regime = getattr(record, "regime", None)
        if regime is not None:
            return reverse("web:governance", args=[regime.slug])
        return reverse("web:changes")
