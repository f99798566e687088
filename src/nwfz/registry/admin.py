"""Django admin for the registry. Every save and delete goes through the record service
(accounts/records.py), which checks can(), the version the form was read at, and leaves the
audit entry in the same transaction (so the read cache sees admin edits like any other
write)."""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from nwfz.accounts.record_admin import RecordAdmin
from nwfz.registry import models

AuditedAdmin = RecordAdmin


@admin.register(models.Source)
class SourceAdmin(AuditedAdmin):
    list_display = ["key", "publisher", "kind", "published", "package"]
    list_filter = ["kind", "package", "language"]
    search_fields = ["key", "url", "publisher", "title"]


@admin.register(models.State)
class StateAdmin(AuditedAdmin):
    list_display = ["code", "name_en", "name_ru", "name_kk", "nuclear_status"]
    list_filter = ["nuclear_status"]
    filter_horizontal = ["sources"]


class ArticleInline(admin.TabularInline):
    model = models.Article
    fields = ["number", "position", "title_en", "title_ru", "title_kk", "verified"]
    extra = 0


@admin.register(models.Instrument)
class InstrumentAdmin(AuditedAdmin):
    list_display = ["slug", "kind", "title_en", "adopted_on", "entry_into_force"]
    list_filter = ["kind", "later_parties_rule"]
    filter_horizontal = ["scope", "sources", "adopted_sources", "entry_into_force_sources"]
    inlines = [ArticleInline]


class RegimeLinksFormSet(BaseInlineFormSet):
    """`Regime.treaty` and the regime's link row with role `treaty` state one fact: the
    edit is refused unless they agree."""

    def clean(self):
        super().clean()
        kept = [
            f.cleaned_data
            for f in self.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        linked = sorted(d["instrument"].slug for d in kept if d.get("role") == "treaty")
        treaty = self.instance.treaty
        expected = [treaty.slug] if treaty else []
        if linked != expected:
            raise ValidationError(
                f"regime {self.instance.slug}: treaty {treaty.slug if treaty else 'none'} "
                f"but treaty link rows {', '.join(linked) or 'none'}; they must agree "
                "(exactly one link with role treaty, to the regime's treaty)"
            )


class RegimeInstrumentInline(admin.TabularInline):
    model = models.RegimeInstrument
    formset = RegimeLinksFormSet
    extra = 0


@admin.register(models.Regime)
class RegimeAdmin(AuditedAdmin):
    list_display = ["slug", "name_en", "treaty"]
    filter_horizontal = ["sources"]
    inlines = [RegimeInstrumentInline]


class AlternativeInline(admin.TabularInline):
    model = models.EventAlternative
    fields = ["date", "date_precision", "note_en"]
    extra = 0


@admin.register(models.ParticipationEvent)
class ParticipationEventAdmin(AuditedAdmin):
    list_display = ["instrument", "state", "action", "date", "date_precision", "package"]
    list_filter = ["instrument", "action", "state"]
    filter_horizontal = ["sources"]
    inlines = [AlternativeInline]


@admin.register(models.PackageLoad)
class PackageLoadAdmin(admin.ModelAdmin):
    list_display = ["name", "sha256", "loaded_at", "path"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
