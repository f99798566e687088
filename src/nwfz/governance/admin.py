"""Admin for governance records. Forms validate with the same rules as the services
(checks.py → validation.py) and carry the version they were read at; every save and delete
goes through the record service (accounts/records.py: can(), version, audit, one
transaction); a chair handover decision creates the next chair term through the service,
and an action item's status change goes through `action_item_update_status`."""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _

from nwfz.accounts.record_admin import RecordAdmin, VersionedForm
from nwfz.accounts.records import record_delete, record_save
from nwfz.governance import checks, models
from nwfz.governance.services import (
    action_item_update_status,
    handover_apply,
    term_length_months,
)


def _raise(problems: list[str]) -> None:
    if problems:
        raise ValidationError(problems)


class ChairTermForm(VersionedForm):
    def clean(self):
        data = super().clean()
        regime, state = data.get("regime"), data.get("state")
        start, end = data.get("start"), data.get("end")
        if regime and state and start and end:
            exclude = [self.instance.pk] if self.instance.pk else []
            _raise(
                checks.chair_term_problems(
                    regime,
                    state.code,
                    start,
                    end,
                    exclude_ids=exclude,
                    role=data.get("role", "chair"),
                    precision=data.get("precision", "day"),
                )
            )
        return data


class MeetingForm(VersionedForm):
    """A meeting known only by the day a source reported it: untick `date_known`, give
    `reported_on`, and leave `start` empty (it becomes the reported day, as the loader
    stores such a meeting); its chair is then not compared with the chair terms."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "start" in self.fields:
            self.fields["start"].required = False

    def clean(self):
        data = super().clean()
        if not data.get("date_known", True):
            if data.get("reported_on") is None:
                self.add_error(
                    "reported_on",
                    _("a meeting whose date is unknown needs the day it was reported"),
                )
            elif data.get("start") is None:
                data["start"] = data["reported_on"]
        elif data.get("start") is None and "start" not in self.errors:
            self.add_error(
                "start", _("give the first day, or untick “date known” and give the day reported")
            )
        regime, start = data.get("regime"), data.get("start")
        if regime and start:
            chair = data.get("chair")
            _raise(
                checks.meeting_problems(
                    regime,
                    start,
                    data.get("end"),
                    chair.code if chair else None,
                    data.get("title_en", ""),
                    date_exact=data.get("date_known", True)
                    and data.get("date_precision", "day") == "day",
                )
            )
        return data


class DecisionForm(VersionedForm):
    def clean(self):
        data = super().clean()
        meeting, day, kind = data.get("meeting"), data.get("date"), data.get("kind")
        if meeting and day and kind:
            to = data.get("handover_to")
            code = to.code if to else None
            effective = data.get("effective") or day
            problems = checks.decision_problems(meeting, day, kind, code, effective)
            if kind == "chair_handover" and code and not problems and not self.instance.pk:
                months = term_length_months(meeting.regime)
                problems = checks.handover_term(meeting.regime, code, effective, months)[2]
            _raise(problems)
        return data


class ActionItemForm(VersionedForm):
    def clean(self):
        data = super().clean()
        decision = data.get("decision")
        if decision:
            owners = [s.code for s in data.get("owners") or []]
            _raise(
                checks.action_item_problems(
                    decision.meeting.regime,
                    data.get("title_en", ""),
                    owners,
                    decision.date,
                    data.get("status", "open"),
                    data.get("closed_on"),
                )
            )
        return data


class RequestForm(VersionedForm):
    def clean(self):
        data = super().clean()
        regime, state, day = data.get("regime"), data.get("requesting_state"), data.get("date")
        if regime and state and day:
            _raise(checks.request_problems(regime, state.code, day, data.get("subject_en", "")))
        return data


class DatedForm(VersionedForm):
    """For records with start and end dates (events, forum sessions)."""

    def clean(self):
        data = super().clean()
        start = data.get("start")
        if start:
            label = f"{self._meta.model._meta.verbose_name} {start}"
            _raise(checks.dated_problems(label, start, data.get("end")))
        return data


AuditedAdmin = RecordAdmin


class RotationOrderFormSet(BaseInlineFormSet):
    """The order holds at least two states, and the rule's `first_state` is one of them
    (what the data packages require too)."""

    def clean(self):
        super().clean()
        kept = [
            f.cleaned_data
            for f in self.forms
            if f.cleaned_data and not f.cleaned_data.get("DELETE") and f.cleaned_data.get("state")
        ]
        codes = [d["state"].code for d in sorted(kept, key=lambda d: d.get("position") or 0)]
        rule = self.instance
        label = f"rotation rule of {rule.regime.slug}" if rule.regime_id else "rotation rule"
        if len(codes) < 2:
            raise ValidationError(f"{label}: the order needs at least two states")
        first = rule.first_state.code if rule.first_state_id else ""
        if first and first not in codes:
            raise ValidationError(
                f"{label}: first_state {first} is not in the order ({', '.join(codes)})"
            )


class RotationPositionInline(admin.TabularInline):
    """The rule's order: one row per state, position 0 first."""

    model = models.RotationPosition
    formset = RotationOrderFormSet
    extra = 0
    ordering = ("position",)


@admin.register(models.RotationRule)
class RotationRuleAdmin(AuditedAdmin):
    list_display = ("regime", "order", "term_months", "effective_from", "first_state", "inferred")
    filter_horizontal = ("sources",)
    inlines = [RotationPositionInline]

    def save_formset(self, request, form, formset, change):
        """A new order changes rows in place, and (rule, position) and (rule, state) are
        unique at every write (a swap would collide): the changed and removed rows are
        deleted first, then the changed and new ones written, each through the record
        service."""
        rows = formset.save(commit=False)
        gone = [*formset.deleted_objects, *(r for r in rows if r.pk is not None)]
        for row in models.RotationPosition.objects.filter(pk__in=[r.pk for r in gone]):
            record_delete(record=row, acting_user=request.user, audit_action="admin_delete")
        for row in rows:
            row.pk, row._state.adding = None, True
            record_save(record=row, acting_user=request.user, audit_action="admin_add")


@admin.register(models.ChairTerm)
class ChairTermAdmin(AuditedAdmin):
    form = ChairTermForm
    list_display = ("regime", "state", "role", "start", "end", "precision", "package")
    list_filter = ("regime", "role")
    filter_horizontal = ("sources",)


@admin.register(models.Organisation)
class OrganisationAdmin(AuditedAdmin):
    list_display = ("short_name", "slug", "name_en")
    filter_horizontal = ("sources",)


class AgendaInline(admin.TabularInline):
    model = models.AgendaItem
    extra = 0


@admin.register(models.Meeting)
class MeetingAdmin(AuditedAdmin):
    form = MeetingForm
    list_display = (
        "regime",
        "start",
        "date_known",
        "reported_on",
        "kind",
        "title_en",
        "chair",
        "format",
        "package",
    )
    list_filter = ("regime", "kind", "date_known")
    filter_horizontal = ("participants", "observers", "sources")
    inlines = [AgendaInline]


@admin.register(models.OutcomeDocument)
class OutcomeDocumentAdmin(AuditedAdmin):
    list_display = ("title_en", "kind", "date", "meeting")
    filter_horizontal = ("organisations", "sources")


@admin.register(models.Decision)
class DecisionAdmin(AuditedAdmin):
    form = DecisionForm
    list_display = ("meeting", "date", "kind", "handover_to", "effective")
    list_filter = ("kind",)
    filter_horizontal = ("sources",)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        decision = form.instance
        if decision.kind == "chair_handover" and not decision.chair_terms.exists():
            handover_apply(decision, acting_user=request.user)  # checked in DecisionForm


@admin.register(models.ActionItem)
class ActionItemAdmin(AuditedAdmin):
    form = ActionItemForm
    list_display = ("title_en", "status", "due", "closed_on", "decision")
    list_filter = ("status",)
    filter_horizontal = ("owners", "sources")

    def save_model(self, request, obj, form, change):
        changed = set(form.changed_data) - {"version"}
        if change and "status" in changed and changed <= {"status", "closed_on"}:
            action_item_update_status(
                item=obj,
                status=obj.status,
                on=obj.closed_on,
                acting_user=request.user,
                version=form.cleaned_data.get("version"),
            )
            return
        super().save_model(request, obj, form, change)


@admin.register(models.ExtraordinaryMeetingRequest)
class ExtraordinaryMeetingRequestAdmin(AuditedAdmin):
    form = RequestForm
    list_display = ("regime", "date", "requesting_state", "subject_en", "outcome", "meeting")
    filter_horizontal = ("sources",)


@admin.register(models.Event)
class EventAdmin(AuditedAdmin):
    form = DatedForm
    list_display = ("regime", "start", "title_en", "kind", "status", "marks_key")
    list_filter = ("regime", "kind", "status")
    filter_horizontal = ("organiser_states", "organiser_organisations", "sources")


@admin.register(models.AnniversaryDate)
class AnniversaryDateAdmin(AuditedAdmin):
    list_display = ("regime", "key", "kind", "date", "title_en")
    filter_horizontal = ("sources",)


@admin.register(models.Forum)
class ForumAdmin(AuditedAdmin):
    list_display = ("slug", "name_en")


class CoordinationInline(admin.TabularInline):
    model = models.CoordinationItem
    extra = 0
    fields = ("regime", "position", "kind", "title_en", "date", "status")


@admin.register(models.ForumSession)
class ForumSessionAdmin(AuditedAdmin):
    form = DatedForm
    list_display = ("start", "end", "forum", "title_en", "venue_en")
    list_filter = ("forum",)
    filter_horizontal = ("regimes", "sources")
    inlines = [CoordinationInline]


@admin.register(models.CoordinationItem)
class CoordinationItemAdmin(AuditedAdmin):
    list_display = ("title_en", "session", "kind", "status")
    filter_horizontal = ("states", "sources")


@admin.register(models.DeadlineRule)
class DeadlineRuleAdmin(AuditedAdmin):
    list_display = ("regime", "slug", "article", "instrument", "months_after")
    filter_horizontal = ("sources",)
