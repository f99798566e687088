"""Sentences and tokens with character offsets into the plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import razdel

ABBREVIATION_END = re.compile(
    r"(?:\b(?:г|гг|т\.е|т\.д|им|ул|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Mr|Ms|Dr|St|"
    r"U\.S|U\.N|H\.E|Excellency|ж|жж)\.)$"
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int

    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


TERMINAL = re.compile(r"[.!?…:;»\"”)]\s*$")
WRAP_WIDTH = 100  # lines of a hard-wrapped paragraph are at most this long
# a line ending in a word that cannot end a sentence ('... the 11th anniversary of the'), or
# a long line without a closing mark, the next opening in lower case ('on 15 July 2020.'):
# wrapped, however long its lines
DANGLING = re.compile(
    r"\s(?:the|of|a|an|and|to|in|on|for|by|with|at|from|и|в|на|о|об|по|с|к|от|для|және)\s*$",
    re.IGNORECASE,
)


def unwrap(text: str) -> str:
    """The text with the line breaks of hard-wrapped paragraphs made spaces (same length, so
    offsets hold). A break is soft inside a block of lines (no blank line between) that all
    fit WRAP_WIDTH, when the line before it does not end a sentence. A headline line above a
    long one-line paragraph stays apart."""
    lines = text.split("\n")
    out = list(text)
    offset = 0
    for i, line in enumerate(lines[:-1]):
        offset += len(line)
        following = lines[i + 1]
        if (
            line.strip()
            and following.strip()
            and not TERMINAL.search(line)
            and (
                (
                    len(line) <= WRAP_WIDTH
                    and len(following) <= WRAP_WIDTH
                    and _in_wrapped_block(lines, i)
                )
                or (
                    (DANGLING.search(line) or len(line.rstrip()) >= 80)
                    and following.lstrip()[:1].islower()
                )
            )
        ):
            out[offset] = " "
        offset += 1
    return "".join(out)


DATELINE_START = re.compile(r"^\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\-]{2,}(?:\s*[,.(–—]|\s+-)")


def _in_wrapped_block(lines: list[str], i: int) -> bool:
    """The line looks broken by wrapping: long enough (at least 40 characters) to be more than
    a short headline or list item, and the next line does not open with a dateline
    ('GENEVA –', 'АСТАНА.'), which would make this line a headline."""
    headline = i <= 1 and DATELINE_START.match(lines[i + 1])
    return len(lines[i].rstrip()) >= 40 and not headline


# a full stop with no space after it between two words ('the place of its signing.This year'):
# two sentences
NO_SPACE_AFTER_STOP = re.compile(
    r"(?<=[a-zа-яёәғқңөұүһі]{3}[.!?])(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]*\s)"
)


def split_sentences(text: str) -> list[Sentence]:
    """Lines first (headlines, list items), then razdel within each line; the breaks of a
    hard-wrapped paragraph are not lines."""
    text = unwrap(text)
    pieces: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for sent in razdel.sentenize(line):
                start = offset + sent.start
                for glued in NO_SPACE_AFTER_STOP.finditer(sent.text):
                    pieces.append((start, offset + sent.start + glued.end()))
                    start = offset + sent.start + glued.end()
                pieces.append((start, offset + sent.stop))
        offset += len(line) + 1
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged:
            prev_start, prev_end = merged[-1]
            same_line = "\n" not in text[prev_end:start]
            if same_line and (
                ABBREVIATION_END.search(text[prev_start:prev_end]) or prev_end - prev_start < 4
            ):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    merged = _join_list_items(text, merged)
    return [Sentence(s, e, text[s:e], i) for i, (s, e) in enumerate(merged)]


# a list item's marker at a line's start: '•', '-', '–', '(a)', 'b)', '1.'
LIST_ITEM = re.compile(r"[ \t]*(?:[•·▪●◦*\-–—]|\(?[a-z]\)|\(?\d{1,2}[.)])\s")


def _join_list_items(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'The Parties, inter alia:\\n• reviewed ...;\\n• adopted ...': the items of a list its
    lead-in line opens (ending in a colon) complete that line's sentence, so each is read with
    the lead-in's subject; the list ends at the first line that is no item."""
    out: list[tuple[int, int]] = []
    open_list = False
    for start, end in pieces:
        line_start = text.rfind("\n", 0, start) + 1
        item = start == line_start and LIST_ITEM.match(text, start) is not None
        if out and item and open_list:
            out[-1] = (out[-1][0], end)
            continue
        open_list = text[start:end].rstrip().endswith(":") and end == _line_end(text, start)
        out.append((start, end))
    return out


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text.rstrip()) if end == -1 else len(text[:end].rstrip())


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(offset + t.start, offset + t.stop, t.text) for t in razdel.tokenize(text)]


@lru_cache(maxsize=1)
def morph_analyzer():  # noqa: ANN201 - pymorphy3.MorphAnalyzer
    """The Russian analyser, loaded once per process (the one-time model cost)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def ru_parses(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(lemma, grammemes) for each parse of a Russian word, best first."""
    parses = morph_analyzer().parse(word)
    return tuple((p.normal_form, frozenset(p.tag.grammemes)) for p in parses)


def ru_lemma(word: str) -> str:
    parses = ru_parses(word)
    return parses[0][0] if parses else word.lower()


def ru_cases(word: str) -> frozenset[str]:
    """All grammatical cases a Russian word form may carry (nomn, gent, datv, accs...)."""
    cases = {"nomn", "gent", "datv", "accs", "ablt", "loct"}
    found: set[str] = set()
    for _, grammemes in ru_parses(word):
        found |= grammemes & cases
    return frozenset(found)
