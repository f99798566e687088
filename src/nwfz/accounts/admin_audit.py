"""A ModelAdmin whose saves and deletes (single and bulk) leave audit entries in the same
transaction, so the audit trail and the read cache see admin edits like any other write.

Apps choose how a row is named and described in the trail by overriding the three
`audit_*` methods.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import transaction
from django.forms.models import model_to_dict

from nwfz.accounts.audit import audit_record


def field_snapshot(obj) -> dict[str, Any]:
    """The row's own field values (relations to many left out)."""
    return {
        k: (list(v) if isinstance(v, (list, tuple, set)) else v)
        for k, v in model_to_dict(obj).items()
        if not hasattr(v, "all")
    }


class AuditedModelAdmin(admin.ModelAdmin):
    def audit_object_type(self, obj) -> str:
        return obj._meta.label_lower

    def audit_before(self, obj) -> Any:
        return field_snapshot(obj)

    def audit_after(self, obj, form) -> Any:
        return field_snapshot(obj)

    def _audit(self, request, action: str, obj, before=None, after=None) -> None:
        audit_record(
            acting_user=request.user,
            action=action,
            object_type=self.audit_object_type(obj),
            object_id=obj.pk,
            before=before,
            after=after,
        )

    def save_model(self, request, obj, form, change):
        before = None
        if change and obj.pk:
            before = self.audit_before(type(obj).objects.get(pk=obj.pk))
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            action = "admin_change" if change else "admin_add"
            self._audit(request, action, obj, before, self.audit_after(obj, form))

    def delete_model(self, request, obj):
        with transaction.atomic():
            self._audit(request, "admin_delete", obj, before=self.audit_before(obj))
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            for obj in queryset:
                self._audit(request, "admin_delete", obj, before=self.audit_before(obj))
            super().delete_queryset(request, queryset)
