"""Finds UI text left untranslated on a page: words of the wrong script outside elements
that say they are in another language (`lang`) or are not language at all (`code`,
`translate="no"`).

On a Russian or Kazakh page, a Latin word (not an acronym such as PDF or KZ) outside such
an element is an English string that missed the catalogue, or a record's text shown
without its language marker. On an English page the same holds for Cyrillic words.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z][a-z]+")
CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{2,}")
# names of formats and products, written the same in every language
NAMES = ("iCalendar", "Data Package", "Frictionless", "datapackage", "nwfz", "Atom", "zip")
# <title> of the document repeats the page's heading (checked there) and cannot mark a
# part of itself as another language
SKIPPED = {"script", "style", "code", "time", "title"}
ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")
VOID = {"meta", "link", "br", "img", "input", "hr", "source", "wbr", "col", "area", "base"}


class _Walker(HTMLParser):
    def __init__(self, page_lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str, bool]] = [("", page_lang, False)]
        self.page_lang = page_lang
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        parent_lang, parent_skip = self.stack[-1][1], self.stack[-1][2]
        lang = (attrs.get("lang") or parent_lang)[:2]
        skip = parent_skip or attrs.get("translate") == "no"
        skip = skip or (tag in SKIPPED and not (tag == "title" and "svg" in self._open_tags()))
        if tag == "html":
            self.page_lang = lang
        for name in ATTRIBUTES:
            if attrs.get(name) and not skip and lang == self.page_lang:
                self._check(attrs[name], f"{tag}@{name}")
        if tag not in VOID:
            self.stack.append((tag, lang, skip))

    def _open_tags(self) -> set[str]:
        return {t for t, _, _ in self.stack}

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        _, lang, skip = self.stack[-1]
        if not skip and lang == self.page_lang:
            self._check(data, self.stack[-1][0])

    def _check(self, text: str, where: str) -> None:
        text = re.sub(r"https?://\S+|webcal://\S+|\S+@\S+|\.[a-z]{2,4}\b", " ", text)
        for name in NAMES:
            text = text.replace(name, " ")
        pattern = CYRILLIC_WORD if self.page_lang == "en" else LATIN_WORD
        words = pattern.findall(text)
        if words:
            self.found.append(f"<{where}> {text.strip()[:120]!r}")


def foreign_text(html: str) -> list[str]:
    """The text runs on the page written in another script than the page's language."""
    walker = _Walker("en")
    walker.feed(html)
    return walker.found
