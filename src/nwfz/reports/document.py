"""A small document model: what the annual report says, before it is HTML or DOCX.

The builder (annual_content.py) fills it with display-ready strings in the report's
language; the HTML template and the DOCX writer only lay it out, so every format says
exactly the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Paragraph:
    text: str
    kind: str = "paragraph"
    style: str = ""  # "" or "note" (smaller, muted)


@dataclass
class Facts:
    """Label/value pairs, shown as a two-column list."""

    rows: list[tuple[str, str]]
    kind: str = "facts"


@dataclass
class Bullets:
    title: str
    items: list[str]
    kind: str = "bullets"
    numbered: bool = False
    links: bool = False  # the items are URLs
    # for links: the URL of a source that is a copy -> its original's publisher
    copy_of: dict[str, str] = field(default_factory=dict)


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[str]]
    widths: list[int] = field(default_factory=list)  # relative column widths
    kind: str = "table"


Block = Paragraph | Facts | Bullets | Table


@dataclass
class Section:
    title: str
    anchor: str
    level: int = 2
    blocks: list[Block] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)


@dataclass
class ReportDocument:
    lang: str
    title: str
    subtitle: str
    running_title: str
    sections: list[Section]
