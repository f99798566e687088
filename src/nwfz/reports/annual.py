"""The chair's annual report of a regime's year: HTML, PDF (WeasyPrint) or DOCX.

    render_annual_report(year_record(regime, 2025, lang="ru"), lang="ru", fmt="pdf")

All three formats come from one ReportDocument (annual_content.py), built under
`translation.override(lang)`, so they say the same thing in the same language.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils import translation

from nwfz.governance.records import YearRecord
from nwfz.languages import language_codes, one_of
from nwfz.reports.annual_content import annual_document
from nwfz.reports.document import ReportDocument

FORMATS = ("html", "pdf", "docx")
MEDIA_TYPES = {
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def render_annual_report(
    record: YearRecord,
    *,
    lang: str,
    fmt: str,
    state_names: Mapping[str, str] | None = None,
    copies: Mapping[str, str] | None = None,
) -> bytes:
    """The report as bytes. `state_names` maps ISO codes to names in `lang` (see
    nwfz.registry.selectors.state_names); codes without a name are printed as codes.
    `copies` maps the URL of each source that is a copy to its original's publisher."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    if lang not in language_codes():
        raise ValueError(f"unknown language {lang!r}; use one of {one_of()}")
    with translation.override(lang):
        document = annual_document(record, lang=lang, state_names=state_names, copies=copies)
        return _render(document, fmt)


def _render(document: ReportDocument, fmt: str) -> bytes:
    if fmt == "docx":
        from nwfz.reports.annual_docx import docx_bytes

        return docx_bytes(document)
    from nwfz.reports.annual_html import html_text

    html = html_text(document)
    if fmt == "html":
        return html.encode("utf-8")
    from nwfz.reports.annual_pdf import pdf_bytes

    return pdf_bytes(html)
