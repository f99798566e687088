"""A ModelAdmin whose saves and deletes (single and bulk, inline rows and links to many
included) go through the record service (`accounts/records.py`): `can()` decides, the
version the form was read at is checked, and the values before and after are audited in
the admin's transaction. A form read before another writer's save is refused with 409 and
what changed since, by whom."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import HttpResponse

from nwfz.accounts.records import (
    StaleVersion,
    changes_since,
    record_delete,
    record_label,
    record_save,
    version_of,
)

STALE = "stale"


def _stale_error(obj, read: int) -> ValidationError:
    current = version_of(obj)
    return ValidationError(
        str(StaleVersion(record_label(obj), read, current, changes_since(obj, read))), code=STALE
    )


class VersionedForm(forms.ModelForm):
    """Carries the version the record was read at; a stale one fails validation."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["version"].initial = version_of(self.instance)

    def clean(self):
        data = super().clean()
        read = data.get("version")
        if self.instance.pk is not None and read is not None and read != version_of(self.instance):
            raise _stale_error(self.instance, read)
        return data


def links_of(form: forms.ModelForm) -> dict[str, Any]:
    """The form's links to many (sources, owners, ...) as cleaned."""
    names = {f.name for f in form._meta.model._meta.many_to_many}
    return {n: form.cleaned_data[n] for n in names if n in form.cleaned_data}


class RecordAdmin(admin.ModelAdmin):
    form = VersionedForm

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if not issubclass(form, VersionedForm):
            form = type(form.__name__, (VersionedForm, form), {})
        return form

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        return fields if "version" in fields else [*fields, "version"]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            response = super().changeform_view(request, object_id, form_url, extra_context)
        except StaleVersion as exc:  # another save came between the form's check and ours
            return HttpResponse(str(exc), status=409, content_type="text/plain; charset=utf-8")
        form = getattr(response, "context_data", {}).get("adminform")
        if form is not None and any(
            e.code == STALE for e in form.form.non_field_errors().as_data()
        ):
            response.status_code = 409
        return response

    def save_model(self, request, obj, form, change):
        record_save(
            record=obj,
            acting_user=request.user,
            links=links_of(form),
            version=form.cleaned_data.get("version") if change else None,
            audit_action="admin_change" if change else "admin_add",
        )

    def save_related(self, request, form, formsets, change):
        # the links to many were written by save_model, through the service
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def save_formset(self, request, form, formset, change):
        rows = formset.save(commit=False)
        for obj in formset.deleted_objects:
            record_delete(record=obj, acting_user=request.user, audit_action="admin_delete")
        for obj in rows:
            adding = obj.pk is None
            record_save(
                record=obj,
                acting_user=request.user,
                audit_action="admin_add" if adding else "admin_change",
            )
        formset.save_m2m()

    def delete_model(self, request, obj):
        record_delete(record=obj, acting_user=request.user, audit_action="admin_delete")

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            record_delete(record=obj, acting_user=request.user, audit_action="admin_delete")
