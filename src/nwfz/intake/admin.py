"""Admin for intake (read-only): items and proposals are written only through the services
(the upload form, `nwfz intake`, the review), so that every change is audited."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from nwfz.intake.models import IntakeItem, Proposal


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:  # noqa: ANN001
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:  # noqa: ANN001
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:  # noqa: ANN001
        return False


class ProposalInline(admin.TabularInline):
    model = Proposal
    fields = ("position", "type", "fields", "confidence", "status", "record_ref", "reviewer_label")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:  # noqa: ANN001
        return False


@admin.register(IntakeItem)
class IntakeItemAdmin(ReadOnlyAdmin):
    list_display = ("id", "filename", "language", "published", "published_basis", "status",
                    "duplicate_of", "received_at")  # fmt: skip
    list_filter = ("status", "language", "published_basis")
    search_fields = ("filename", "title", "source_url", "sha256")
    exclude = ("original",)
    inlines = [ProposalInline]


@admin.register(Proposal)
class ProposalAdmin(ReadOnlyAdmin):
    list_display = ("id", "item", "type", "confidence", "status", "record_ref", "reviewer_label")
    list_filter = ("status", "type")
    search_fields = ("outcome", "reject_reason")
