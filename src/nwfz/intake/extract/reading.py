"""Turn the bytes of a file (plain text or HTML) into plain text, refusing bad input clearly."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

DEFAULT_MAX_BYTES = 2_000_000

SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "object"})
BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "tr", "table", "section", "article", "header",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "main",
        "aside", "figure", "figcaption", "dd", "dt", "title", "nav", "form",
    }
)  # fmt: skip
PUBLISHED_META_KEYS = (
    "article:published_time",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "datepublished",
    "og:published_time",
)
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
HTML_START = re.compile(
    r"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<p[\s>]|<div|<article)", re.I
)


class IntakeInputError(ValueError):
    """Input the extractor refuses; the message names the file and what is wrong with it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Document:
    text: str
    html_meta_published: date | None = None
    title: str | None = None
    is_html: bool = False
    encoding: str = "utf-8"


def read_document(raw: bytes, *, filename: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Decode and, for HTML, strip markup. Raises IntakeInputError for bad input."""
    if raw is None or len(raw) == 0 or not raw.strip():
        raise IntakeInputError(f"{filename}: the file is empty")
    if len(raw) > max_bytes:
        raise IntakeInputError(
            f"{filename}: the file is too large ({len(raw)} bytes; the limit is {max_bytes} bytes)"
        )
    text, encoding = decode_bytes(raw, filename=filename)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if looks_like_html(text, filename):
        parsed = parse_html(text)
        if not parsed.text.strip():
            raise IntakeInputError(f"{filename}: the HTML holds no readable text")
        parsed.encoding = encoding
        return parsed
    return Document(text=text, encoding=encoding)


def decode_bytes(raw: bytes, *, filename: str) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return _checked(raw[3:].decode("utf-8", errors="strict"), filename), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(raw.decode("utf-16"), filename), "utf-16"
        except UnicodeDecodeError as exc:
            raise IntakeInputError(
                f"{filename}: cannot decode the UTF-16 text ({exc.reason})"
            ) from exc
    if b"\x00" in raw:
        raise IntakeInputError(f"{filename}: binary content (NUL bytes), not text or HTML")
    try:
        return _checked(raw.decode("utf-8"), filename), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = CHARSET.search(raw[:4096])
    candidates = ["cp1251"]
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        if name not in ("utf-8", "utf8"):
            candidates.insert(0, name)
    for encoding in candidates:
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible_single_byte(text):
            return _checked(text, filename), encoding
    raise IntakeInputError(
        f"{filename}: cannot decode the text (not valid UTF-8, and not plausible Windows-1251)"
    )


def _checked(text: str, filename: str) -> str:
    sample = text[:20000]
    if not sample.strip():
        raise IntakeInputError(f"{filename}: the file is empty")
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls / max(len(sample), 1) > 0.02:
        raise IntakeInputError(f"{filename}: binary content (control characters), not text or HTML")
    return text


def _plausible_single_byte(text: str) -> bool:
    """A cp1251 reading is plausible when it is mostly letters, digits, spaces and punctuation."""
    sample = text[:20000]
    if not sample:
        return False
    odd = sum(1 for ch in sample if ("\u0080" <= ch <= "\u00bf") or ("\u0400" <= ch <= "\u040f"))
    odd += sum(1 for ch in sample if "\u0450" <= ch <= "\u045f" and ch != "ё")
    letters = sum(1 for ch in sample if ch.isalpha())
    return letters / len(sample) > 0.4 and odd / max(letters, 1) < 0.03


def looks_like_html(text: str, filename: str) -> bool:
    lower = filename.lower()
    if lower.endswith((".html", ".htm", ".xhtml")):
        return True
    if lower.endswith((".txt", ".text")):
        return False
    return bool(HTML_START.match(text[:500]))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta_dates: dict[str, str] = {}
        self.time_datetimes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag in SKIPPED_TAGS:
            self.skip_depth += 1
            return
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key.lower() in PUBLISHED_META_KEYS and values.get("content"):
                self.meta_dates.setdefault(key.lower(), values["content"])
        if tag == "time" and values.get("datetime"):
            self.time_datetimes.append(values["datetime"])
        if tag == "title":
            self.in_title = True
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag.lower() in SKIPPED_TAGS:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in SKIPPED_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "title":
            self.in_title = False
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        self.parts.append(data)


def parse_html(html: str) -> Document:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = normalise_block_text("".join(parser.parts))
    title = " ".join("".join(parser.title_parts).split()) or None
    published = None
    for key in PUBLISHED_META_KEYS:
        if key in parser.meta_dates:
            published = parse_iso_date(parser.meta_dates[key])
            if published:
                break
    if published is None:
        for value in parser.time_datetimes:
            published = parse_iso_date(value)
            if published:
                break
    return Document(text=text, html_meta_published=published, title=title, is_html=True)


def normalise_block_text(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line:
            out.append(line)
    return "\n".join(out) + ("\n" if out else "")


def parse_iso_date(value: str) -> date | None:
    match = ISO_DATE.search(value or "")
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
