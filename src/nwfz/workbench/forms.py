"""The workbench's forms. They parse what a person typed; the services decide (can(),
checks, version) and their refusals are shown on the form."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nwfz.governance.models import ActionItem, Decision, Meeting, OutcomeDocument


class VersionField(forms.IntegerField):
    """The version of the record the form was read at (sent back, checked by the service)."""

    def __init__(self, **kwargs):
        super().__init__(widget=forms.HiddenInput, min_value=0, **kwargs)


class ConveneForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Meeting.Kind.choices)
    start = forms.DateField(label=_("First day"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(
        label=_("Last day"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    title = forms.CharField(label=_("Title"), max_length=400, required=False)
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    format = forms.ChoiceField(label=_("Format"), choices=Meeting.Format.choices, required=False)
    agenda = forms.CharField(
        label=_("Draft agenda (one item a line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def agenda_lines(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["agenda"].splitlines() if line.strip()]


class AgendaItemForm(forms.Form):
    text = forms.CharField(label=_("Agenda item"), widget=forms.Textarea(attrs={"rows": 2}))
    version = VersionField()


class AgendaProposalForm(forms.Form):
    text = forms.CharField(
        label=_("Propose an agenda item"), widget=forms.Textarea(attrs={"rows": 2})
    )


class VersionForm(forms.Form):
    version = VersionField()


class DecisionForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    kind = forms.ChoiceField(label=_("Kind"), choices=Decision.Kind.choices)
    text = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 3}))
    handover_to = forms.CharField(
        label=_("New chair (ISO code, for a chair handover)"), max_length=2, required=False
    )
    effective = forms.DateField(
        label=_("New chair from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class OutcomeForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=OutcomeDocument.Kind.choices)
    title = forms.CharField(label=_("Title"), max_length=400)
    date = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class ActionItemForm(forms.Form):
    title = forms.CharField(label=_("Action item"), max_length=400)
    owners = forms.CharField(label=_("Owners (ISO codes, comma-separated)"), max_length=200)
    due = forms.DateField(
        label=_("Due"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def owner_codes(self) -> list[str]:
        return [c.strip().upper() for c in self.cleaned_data["owners"].split(",") if c.strip()]


class ActionStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ActionItem.Status.choices)
    version = VersionField()
