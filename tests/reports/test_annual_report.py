"""The chair's annual report in html, pdf and docx, in en, ru and kk."""

from io import BytesIO

import pytest
from docx import Document
from docx.oxml.ns import qn

from nwfz.reports.annual import render_annual_report
from tests.reports.pdf_tools import NEEDS_PDF_TOOLS, first_page_png, ink_ratio, pdf_fonts, pdf_text
from tests.reports.samples import HANDOVER_TEXT, MFA_TJ, STATE_NAMES, UN_NPT, year_record

LANGS = ["en", "ru", "kk"]
KAZAKH_LETTERS = "әғқңөұүһі"


def render(lang: str, fmt: str) -> bytes:
    return render_annual_report(
        year_record(lang), lang=lang, fmt=fmt, state_names=STATE_NAMES[lang]
    )


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("pdf")
    paths = {}
    for lang in LANGS:
        paths[lang] = folder / f"report-{lang}.pdf"
        paths[lang].write_bytes(render(lang, "pdf"))
    return paths


@pytest.mark.parametrize("lang", LANGS)
def test_html_report_says_who_chaired_what_was_decided_and_who_is_next(lang):
    html = render(lang, "html").decode("utf-8")
    assert f'<html lang="{lang}">' in html
    assert STATE_NAMES[lang]["TJ"] in html  # the chair
    assert STATE_NAMES[lang]["KZ"] in html  # the next chair
    assert HANDOVER_TEXT[lang] in html
    assert "Prepare a joint working paper" in html  # an open action item
    assert "Circulate the draft statement" in html  # a completed one
    assert "Semipalatinsk remembrance day" in html
    assert "Joint statement of the CANWFZ parties" in html
    assert MFA_TJ in html
    for anchor in ("chair", "meetings", "actions", "events", "fora", "deadlines", "handover"):
        assert f'id="{anchor}"' in html


def test_html_report_dates_are_in_the_reports_language():
    assert "19–20 November 2025" in render("en", "html").decode()
    assert "19–20 ноября 2025 г." in render("ru", "html").decode()
    assert "2025 ж. 19–20 қараша" in render("kk", "html").decode()


def test_codes_without_a_name_are_printed_as_codes():
    html = render_annual_report(year_record("en"), lang="en", fmt="html").decode()
    assert "KG" in html and "Tajikistan" in html  # the chair's name comes from the record


def test_unknown_format_or_language_is_refused():
    with pytest.raises(ValueError, match="format"):
        render_annual_report(year_record(), lang="en", fmt="odt")
    with pytest.raises(ValueError, match="language"):
        render_annual_report(year_record(), lang="de", fmt="html")


@NEEDS_PDF_TOOLS
@pytest.mark.parametrize("lang", LANGS)
def test_pdf_first_page_is_not_blank(lang, pdfs):
    assert pdfs[lang].read_bytes().startswith(b"%PDF-")
    assert ink_ratio(first_page_png(pdfs[lang])) > 0.01


@NEEDS_PDF_TOOLS
@pytest.mark.parametrize("lang", LANGS)
def test_pdf_embeds_dejavu_and_no_fallback_font(lang, pdfs):
    fonts = pdf_fonts(pdfs[lang])
    assert fonts, "the PDF uses no fonts"
    assert all("DejaVu" in name and embedded for name, embedded in fonts), fonts


@NEEDS_PDF_TOOLS
def test_kazakh_pdf_text_has_the_kazakh_letters(pdfs):
    text = pdf_text(pdfs["kk"])
    assert "Қазақстан" in text
    assert "Тәжікстан" in text
    assert "Өзбекстан" in text
    assert "2026 жылғы 1 қаңтардан" in text
    for letter in "әқңөүі":
        assert letter in text, letter


@NEEDS_PDF_TOOLS
def test_russian_pdf_text_is_cyrillic(pdfs):
    text = pdf_text(pdfs["ru"])
    assert "Таджикистан" in text
    assert "19–20 ноября 2025 г." in text


def docx(lang: str):
    return Document(BytesIO(render(lang, "docx")))


@pytest.mark.parametrize("lang", LANGS)
def test_docx_has_the_headings_and_the_chairs_name(lang):
    document = docx(lang)
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert len(headings) >= 8
    body = "\n".join(p.text for p in document.paragraphs)
    assert STATE_NAMES[lang]["TJ"] in body
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any(HANDOVER_TEXT[lang] in cell for cell in cells)


def test_docx_has_tables_for_meetings_decisions_actions_and_deadlines():
    document = docx("en")
    headings = {p.text for p in document.paragraphs if p.style.name.startswith("Heading")}
    assert {"The chair", "Meetings and decisions", "Action items", "Events"} <= headings
    assert {"International fora", "Deadlines", "The handover", "Sources"} <= headings
    first_rows = [[c.text for c in t.rows[0].cells] for t in document.tables]
    assert ["Dates", "Meeting", "Place", "Format", "Decisions"] in first_rows
    assert ["No.", "Date", "Kind", "Decision"] in first_rows
    assert ["Action", "Owners", "Due", "Closed on", "Decided at"] in first_rows
    assert ["Rule", "State", "Due", "Met on", "Days late", "Status"] in first_rows


def test_docx_font_is_cyrillic_capable_in_every_script_slot():
    document = docx("kk")
    fonts = document.styles["Normal"].element.rPr.rFonts
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        assert fonts.get(qn(slot)) == "Arial", slot
    text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Қазақстан" in text and "Өзбекстан" in text


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_source_that_is_a_copy_says_whose_original_it_copies(lang):
    copies = {UN_NPT: "United Nations"}
    args = {"lang": lang, "state_names": STATE_NAMES[lang], "copies": copies}
    html = render_annual_report(year_record(lang), fmt="html", **args).decode()
    copy_of = {"en": "copy of", "ru": "копия публикации:"}[lang]
    assert f'({copy_of} <span translate="no">United Nations</span>)' in html
    assert html.count('<small class="copy">') == 1  # only the copy is marked
    body = "\n".join(
        p.text
        for p in Document(
            BytesIO(render_annual_report(year_record(lang), fmt="docx", **args))
        ).paragraphs
    )
    assert f"{UN_NPT} ({copy_of} United Nations)" in body


@pytest.mark.parametrize(("lang", "marker"), [("kk", "ағылшынша"), ("ru", "на английском")])
def test_docx_marks_a_text_in_another_language_as_the_html_does(lang, marker):
    """A Kazakh report showed English titles with no marker: now the run carries its
    language and a visible marker follows it, in the docx as in the html."""
    from dataclasses import replace

    from nwfz.registry.languages import LangText

    record = year_record(lang)
    english = LangText("Semipalatinsk remembrance day", "en")
    record = replace(record, events=[replace(record.events[0], title=english)])
    body = render_annual_report(record, lang=lang, fmt="docx", state_names=STATE_NAMES[lang])
    document = Document(BytesIO(body))
    cells = [c for t in document.tables for r in t.rows for c in r.cells]
    cell = next(c for c in cells if "Semipalatinsk remembrance day" in c.text)
    assert cell.text == f"Semipalatinsk remembrance day ({marker})"
    run = next(r for r in cell.paragraphs[0].runs if r.text == "Semipalatinsk remembrance day")
    assert run._r.rPr.find(qn("w:lang")).get(qn("w:val")) == "en-GB"
    html = render_annual_report(record, lang=lang, fmt="html", state_names=STATE_NAMES[lang])
    assert '<span lang="en">Semipalatinsk remembrance day</span>' in html.decode()
    assert f"({marker})" in html.decode()


@pytest.mark.parametrize("lang, label", [("en", "Dates inferred"), ("ru", "Даты выведены")])
def test_a_chair_term_with_inferred_dates_says_so_and_gives_the_rule(lang, label):
    from dataclasses import replace

    record = year_record(lang)
    record = replace(record, chair=replace(record.chair, inferred="the rule's handover day"))
    html = render_annual_report(
        record, lang=lang, fmt="html", state_names=STATE_NAMES[lang]
    ).decode()
    assert label in html and "the rule&#x27;s handover day" in html
    if lang != "en":
        assert '<span lang="en">the rule&#x27;s handover day</span>' in html
    plain = render_annual_report(year_record(lang), lang=lang, fmt="html").decode()
    assert label not in plain
