"""The upload form of the web review."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from nwfz.validation import form_date_validator


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("File"), help_text=_("a news item or press release saved as text or HTML")
    )
    published = forms.DateField(
        label=_("Publication date"),
        required=False,
        help_text=_("YYYY-MM-DD; if empty, read from the HTML metadata or the dateline"),
        widget=forms.DateInput(attrs={"type": "date"}),
        validators=[form_date_validator()],
    )
    source_url = forms.URLField(
        label=_("Source URL"), required=False, assume_scheme="https", max_length=2000
    )
