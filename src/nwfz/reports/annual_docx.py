"""The annual report as a Word document (python-docx): headings, fact lists, tables.

The document font is Arial, which Word, LibreOffice (as Liberation Sans) and every
office suite render with Cyrillic and the Kazakh letters ә ғ қ ң ө ұ ү һ і; it is set
for every script slot (ascii, hAnsi, cs, eastAsia) so no range falls back to a theme
font.
"""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from nwfz.reports.document import Block, Bullets, Facts, Paragraph, ReportDocument, Section, Table

FONT = "Arial"
LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}
ACCENT = RGBColor(0x1D, 0x4F, 0x91)
HEADING_STYLES = ("Title", "Heading 1", "Heading 2", "Heading 3")


def docx_bytes(document: ReportDocument) -> bytes:
    doc = Document()
    _setup(doc, document)
    doc.add_heading(document.title, level=0)
    doc.add_paragraph(document.subtitle, style="Subtitle")
    for section in document.sections:
        _section(doc, section)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def _setup(doc, document: ReportDocument) -> None:
    page = doc.sections[0]
    page.orientation = WD_ORIENT.PORTRAIT
    page.page_width, page.page_height = Mm(210), Mm(297)
    page.left_margin = page.right_margin = Mm(18)
    page.top_margin, page.bottom_margin = Mm(20), Mm(18)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    for name in ("Normal", *HEADING_STYLES, "Subtitle", "List Number", "List Bullet"):
        _set_font(doc.styles[name], LANGUAGE_TAGS[document.lang])
    for name in HEADING_STYLES[1:]:
        doc.styles[name].font.color.rgb = ACCENT
    doc.core_properties.title = f"{document.title} — {document.subtitle}"
    doc.core_properties.language = LANGUAGE_TAGS[document.lang]
    doc.core_properties.author = "nwfz"
    _page_number_footer(page, document.running_title)


def _set_font(style, language: str) -> None:
    style.font.name = FONT
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(theme), None)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)


def _page_number_footer(page, running_title: str) -> None:
    paragraph = page.footer.paragraphs[0]
    run = paragraph.add_run(f"{running_title} · ")
    run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = paragraph.add_run()
        run.font.size = Pt(8)
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _section(doc, section: Section) -> None:
    doc.add_heading(section.title, level=min(section.level - 1, 2))
    for block in section.blocks:
        _block(doc, block)
    for sub in section.subsections:
        _section(doc, sub)


def _block(doc, block: Block) -> None:
    if isinstance(block, Paragraph):
        p = doc.add_paragraph(block.text)
        if block.style == "note":
            p.runs[0].italic = True
    elif isinstance(block, Facts):
        for label, value in block.rows:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            p.add_run(f"{label}: ").bold = True
            p.add_run(value)
    elif isinstance(block, Bullets):
        if block.title:
            doc.add_heading(block.title, level=3)
        style = "List Number" if block.numbered else "List Bullet"
        for item in block.items:
            doc.add_paragraph(item, style=style)
    elif isinstance(block, Table):
        _table(doc, block)


def _table(doc, block: Table) -> None:
    if block.title:
        doc.add_heading(block.title, level=3)
    table = doc.add_table(rows=1 + len(block.rows), cols=len(block.columns))
    table.style = "Table Grid"
    rows = table.rows
    _repeat_as_header(rows[0])
    for cell, text in zip(rows[0].cells, block.columns, strict=True):
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(8.5)
    for row, values in zip(rows[1:], block.rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.paragraphs[0].add_run(text).font.size = Pt(8.5)
    if block.widths:
        _column_widths(table, block.widths)
    doc.add_paragraph()


def _repeat_as_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def _column_widths(table, widths: list[int]) -> None:
    usable = Mm(210 - 36)
    total = sum(widths)
    lengths = [int(usable * width / total) for width in widths]
    for column, length in zip(table.columns, lengths, strict=True):
        column.width = length
    for row in table.rows:
        for cell, length in zip(row.cells, lengths, strict=True):
            cell.width = length
