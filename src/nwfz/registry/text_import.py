"""Splitting an official treaty text (plain text or HTML) into its articles.

Headings recognised at the start of a line: "Article 5", "ARTICLE V", "Art. 5" (en),
"Статья 5" (ru), "5-бап" / "5 бап" / "Бап 5" (kk). Everything before the first heading is the
preamble. Roman numerals are converted to Arabic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

HEADING = re.compile(
    r"^\s*(?:"
    r"(?:article|art\.)\s+(?P<en>\d+|[IVXLC]+)\b"
    r"|статья\s+(?P<ru>\d+|[IVXLC]+)\b"
    r"|(?P<kk>\d+)\s*-?\s*бап\b"
    r"|бап\s+(?P<kk2>\d+)\b"
    r")[.:\s]*(?P<title>.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ArticleChunk:
    number: str  # "preamble" for the text before the first article
    heading: str
    text: str


def roman_to_int(numeral: str) -> int:
    total, previous = 0, 0
    for ch in reversed(numeral.upper()):
        value = ROMAN[ch]
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


class _TextOfHtml(HTMLParser):
    BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section"}
    SKIP = {"script", "style", "noscript", "head", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|p|div|h\d)\b", text[:5000], re.IGNORECASE))


def _number(match: re.Match) -> str:
    raw = match.group("en") or match.group("ru") or match.group("kk") or match.group("kk2")
    return str(roman_to_int(raw)) if raw.isalpha() else str(int(raw))


def split_articles(text: str) -> list[ArticleChunk]:
    if looks_like_html(text):
        text = html_to_text(text)
    chunks: list[ArticleChunk] = []
    number, heading, body = "preamble", "", []
    for line in text.splitlines():
        match = HEADING.match(line)
        if match:
            if body or number != "preamble":
                chunks.append(ArticleChunk(number, heading, "\n".join(body).strip()))
            number, heading, body = _number(match), match.group("title").strip(), []
            continue
        if not heading and number != "preamble" and line.strip() and not body:
            heading = line.strip()  # a title on the line after "Article N"
            continue
        body.append(line)
    chunks.append(ArticleChunk(number, heading, "\n".join(body).strip()))
    return [c for c in chunks if c.text or c.number != "preamble"]
