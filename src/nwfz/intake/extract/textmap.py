"""A text read for extraction and where each of its characters came from in the original.

The extractor reads a cleaned text (invisible characters dropped, no-break spaces made spaces,
Kazakh Latin transliterated to Cyrillic), but every span it proposes must point at the text
the user gave. A TextMap holds the read text and, for each of its characters, the range of the
original it stands for; `original_span` turns a span of the read text back into one of the
original (a dropped character inside a span stays inside it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Span = tuple[int, int]


@dataclass(frozen=True)
class TextMap:
    text: str  # the text as read
    original_length: int
    starts: tuple[int, ...] | None = None  # None: the identity (nothing changed)
    ends: tuple[int, ...] | None = None

    @classmethod
    def identity(cls, text: str) -> TextMap:
        return cls(text, len(text))

    @property
    def is_identity(self) -> bool:
        return self.starts is None

    def original_span(self, span: Span) -> Span:
        start, end = span
        if self.starts is None or self.ends is None:
            return (start, end)
        if not self.text:
            return (0, 0)
        first = self.starts[start] if start < len(self.starts) else self.original_length
        last = self.ends[end - 1] if 0 < end <= len(self.ends) else first
        return (first, max(first, last))

    def then(self, inner: TextMap) -> TextMap:
        """This map followed by another read of its text (`inner.original_length` must be the
        length of `self.text`): the second read's characters mapped to this one's original."""
        if inner.is_identity:
            return TextMap(inner.text, self.original_length, self.starts, self.ends)
        if self.is_identity:
            return TextMap(inner.text, self.original_length, inner.starts, inner.ends)
        assert inner.starts is not None and inner.ends is not None
        assert self.starts is not None and self.ends is not None
        starts = tuple(self.starts[s] if s < len(self.starts) else self.original_length
                       for s in inner.starts)  # fmt: skip
        ends = tuple(self.ends[e - 1] if e > 0 else 0 for e in inner.ends)
        return TextMap(inner.text, self.original_length, starts, ends)

    def substitute(
        self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]
    ) -> TextMap:
        """The text with each match replaced, every new character standing for the whole
        match (a rewrite of a few letters, e.g. a loanword's spelling)."""
        builder = TextBuilder(self.text)
        position = 0
        for match in pattern.finditer(self.text):
            for i in range(position, match.start()):
                builder.add(self.text[i], i, i + 1)
            builder.add(replace(match), match.start(), match.end())
            position = match.end()
        if position == 0 and builder.empty:
            return self
        for i in range(position, len(self.text)):
            builder.add(self.text[i], i, i + 1)
        return self.then(builder.build())


class TextBuilder:
    """Builds a TextMap piece by piece: each piece of read text stands for a range of the
    original (an empty piece drops the range)."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.pieces: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.changed = False

    @property
    def empty(self) -> bool:
        return not self.pieces

    def add(self, piece: str, start: int, end: int) -> None:
        if piece != self.original[start:end]:
            self.changed = True
        self.pieces.append(piece)
        self.starts.extend([start] * len(piece))
        self.ends.extend([end] * len(piece))

    def add_run(self, start: int, end: int) -> None:
        """The original's characters from start to end, unchanged."""
        if end <= start:
            return
        self.pieces.append(self.original[start:end])
        self.starts.extend(range(start, end))
        self.ends.extend(range(start + 1, end + 1))

    def replace_last_character(self, character: str, end: int) -> None:
        """Give the last character read a new value standing for the original up to `end`
        (a letter and its combining accent composed into one)."""
        self.pieces[-1] = self.pieces[-1][:-1] + character
        self.ends[-1] = end
        self.changed = True

    def build(self) -> TextMap:
        if not self.changed:
            return TextMap.identity(self.original)
        return TextMap(
            "".join(self.pieces), len(self.original), tuple(self.starts), tuple(self.ends)
        )
