"""The annual report as a Word document (python-docx): headings, fact lists, tables.

python-docx sets up the package, the styles and the footer; the body is written as
WordprocessingML text and parsed once by lxml, because building it element by element
through python-docx objects (~100 µs a call) takes seconds for a busy year.

The document font is Arial, which Word, LibreOffice (as Liberation Sans) and every office
suite render with Cyrillic and the Kazakh letters ә ғ қ ң ө ұ ү һ і; it is set for every
script slot (ascii, hAnsi, cs, eastAsia) so no range falls back to a theme font.
"""

from __future__ import annotations

import re
from io import BytesIO
from xml.sax.saxutils import escape

from django.utils.translation import gettext
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from nwfz.languages import LANGUAGE_MARKERS
from nwfz.registry.languages import text_language
from nwfz.reports.document import Block, Bullets, Facts, Paragraph, ReportDocument, Section, Table

FONT = "Arial"
LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}
ACCENT = RGBColor(0x1D, 0x4F, 0x91)
HEADING_STYLES = ("Title", "Heading 1", "Heading 2", "Heading 3")
TABLE_TEXT = "Table Text"
MARGIN_MM = 18
USABLE_TWIPS = (210 - 2 * MARGIN_MM) * 1440 * 10 // 254  # A4 text width in 1/20 pt
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def docx_bytes(document: ReportDocument) -> bytes:
    doc = Document()
    _setup(doc, document)
    body = BodyWriter({s.name: s.style_id for s in doc.styles}, document.lang)
    body.paragraph(document.title, "Title")
    body.paragraph(document.subtitle, "Subtitle")
    for section in document.sections:
        body.section(section)
    body.insert_into(doc)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


class BodyWriter:
    """Collects the body as WordprocessingML fragments, then inserts them in one parse."""

    def __init__(self, style_ids: dict[str, str], lang: str = "en"):
        self.ids = style_ids
        self.lang = lang  # the document's: a text in another language is marked
        self.parts: list[str] = []

    def insert_into(self, doc) -> None:
        wrapper = parse_xml(f"<w:body {nsdecls('w')}>{''.join(self.parts)}</w:body>")
        body = doc.element.body
        anchor = body.sectPr  # the section properties stay last
        for element in list(wrapper):
            anchor.addprevious(element)

    def paragraph(self, text: str, style: str = "", *, label: str = "", italic: bool = False):
        props = f'<w:pPr><w:pStyle w:val="{self.ids[style]}"/></w:pPr>' if style else ""
        runs = _run(label, bold=True) if label else ""
        runs += _runs(text, self.lang, italic=italic)
        self.parts.append(f"<w:p>{props}{runs}</w:p>")

    def heading(self, text: str, level: int) -> None:
        self.paragraph(text, f"Heading {level}")

    def section(self, section: Section) -> None:
        self.heading(section.title, min(section.level - 1, 2))
        for block in section.blocks:
            self.block(block)
        for sub in section.subsections:
            self.section(sub)

    def block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            self.paragraph(block.text, italic=block.style == "note")
        elif isinstance(block, Facts):
            for label, value in block.rows:
                self.paragraph(value, "Facts", label=f"{label}: ")
        elif isinstance(block, Bullets):
            if block.title:
                self.heading(block.title, 3)
            style = "List Number" if block.numbered else "List Bullet"
            for item in block.items:
                original = block.copy_of.get(item)
                note = f" ({gettext('copy of')} {original})" if original else ""
                runs = _runs(item, self.lang) + (_run(note) if note else "")
                self.parts.append(
                    f'<w:p><w:pPr><w:pStyle w:val="{self.ids[style]}"/></w:pPr>{runs}</w:p>'
                )
        elif isinstance(block, Table):
            self.table(block)

    def table(self, block: Table) -> None:
        if block.title:
            self.heading(block.title, 3)
        widths = block.widths or [1] * len(block.columns)
        twips = [USABLE_TWIPS * w // sum(widths) for w in widths]
        grid = "".join(f'<w:gridCol w:w="{t}"/>' for t in twips)
        style = self.ids[TABLE_TEXT]
        rows = _row(block.columns, twips, style, self.lang, header=True)
        rows += "".join(_row(r, twips, style, self.lang) for r in block.rows)
        self.parts.append(
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.ids["Table Grid"]}"/>'
            f'<w:tblW w:w="{sum(twips)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>"
        )
        self.paragraph("")


def _run(text: str, *, bold: bool = False, italic: bool = False, lang: str = "") -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    props += f'<w:lang w:val="{LANGUAGE_TAGS[lang]}"/>' if lang in LANGUAGE_TAGS else ""
    props = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{_xml_text(text)}</w:t></w:r>'


def _runs(text: str, document_lang: str, *, bold: bool = False, italic: bool = False) -> str:
    """A text as runs: one written in another language than the document's (no translation
    is recorded) carries its language tag and a visible marker naming it, as in the HTML
    and PDF report."""
    lang = text_language(text)
    if not lang or lang == document_lang:
        return _run(text, bold=bold, italic=italic)
    marker = f" ({LANGUAGE_MARKERS.get(lang, lang)})"
    return _run(text, bold=bold, italic=italic, lang=lang) + _run(marker, italic=True)


def _row(
    values: list[str], twips: list[int], style_id: str, lang: str, *, header: bool = False
) -> str:
    props = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else ""
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{_runs(text, lang, bold=header)}</w:p>'
        "</w:tc>"
        for text, width in zip(values, twips, strict=True)
    )
    return f"<w:tr>{props}{cells}</w:tr>"


def _xml_text(text: str) -> str:
    """Escaped for XML, without the control characters XML 1.0 forbids."""
    return escape(XML_FORBIDDEN.sub("", text.replace("\n", " ")))


def _setup(doc, document: ReportDocument) -> None:
    page = doc.sections[0]
    page.page_width, page.page_height = Mm(210), Mm(297)
    page.left_margin = page.right_margin = Mm(MARGIN_MM)
    page.top_margin, page.bottom_margin = Mm(20), Mm(18)
    language = LANGUAGE_TAGS[document.lang]
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    _add_paragraph_style(doc, TABLE_TEXT, size=8.5, space_after=0)
    _add_paragraph_style(doc, "Facts", size=10, space_after=1)
    for name in ("Normal", *HEADING_STYLES, "Subtitle", "List Number", "List Bullet"):
        _set_font(doc.styles[name], language)
    for name in HEADING_STYLES[1:]:
        doc.styles[name].font.color.rgb = ACCENT
    doc.core_properties.title = f"{document.title} — {document.subtitle}"
    doc.core_properties.language = language
    doc.core_properties.author = "nwfz"
    _page_number_footer(page, document.running_title)


def _add_paragraph_style(doc, name: str, *, size: float, space_after: float) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.size = Pt(size)
    style.paragraph_format.space_after = Pt(space_after)


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
