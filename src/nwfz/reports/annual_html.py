"""The annual report as one self-contained HTML page (its stylesheet inlined)."""

from __future__ import annotations

from django.template.loader import render_to_string

from nwfz.reports.document import ReportDocument


def html_text(document: ReportDocument) -> str:
    return render_to_string("reports/annual.html", {"doc": document})
