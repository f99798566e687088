"""Text hygiene: what is invisible or deceptive in a text is normalised for reading and flagged.

Copied web text carries characters a reader does not see: zero-width spaces and joiners (a
zero-width joiner inside "5 марта 2026" hides the date from a pattern), soft hyphens,
right-to-left and other direction overrides (which can make a text display in another order
than it reads), no-break spaces of several widths, letters decomposed into a base and a
combining accent, and Latin look-alikes inside Cyrillic words ("Kазахстан" with a Latin K).
`clean` returns the text as the extractor reads it, with the map back to the original (so the
spans still point at the original), and one flag per kind found, with where it was.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .textmap import Span, TextBuilder, TextMap

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u180e\u2061\u2062\u2063\u2064")
SOFT_HYPHEN = frozenset("\u00ad")
BIDI_CONTROLS = frozenset(
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
NO_BREAK_SPACES = frozenset("\u00a0\u202f\u2007\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                            "\u2008\u2009\u200a\u205f\u3000\u1680")  # fmt: skip
HYPHENS = {"\u2010": "-", "\u2011": "-"}

KINDS: dict[str, str] = {
    "zero_width": "zero-width characters (spaces, joiners) removed for reading",
    "soft_hyphen": "soft hyphens removed for reading",
    "bidi_control": "text-direction controls (right-to-left overrides, marks) removed for reading",
    "no_break_space": "no-break and other special spaces read as plain spaces",
    "mixed_script": "words mixing Latin and Cyrillic look-alike letters read in one script",
}
MAX_POSITIONS = 50  # positions kept per flag (the count is always complete)

# Latin letters that look like Cyrillic ones, and back
LATIN_TO_CYRILLIC = dict(zip("AaBCcEeHIiKMOoPpTXxYy", "АаВСсЕеНІіКМОоРрТХхУу", strict=True))
CYRILLIC_TO_LATIN = {c: lat for lat, c in LATIN_TO_CYRILLIC.items()}
# a Latin letter next to a Cyrillic one (every mixed word has one), and a word around it
ADJACENT_SCRIPTS = re.compile(r"[A-Za-z](?=[\u0400-\u04ff])|[\u0400-\u04ff](?=[A-Za-z])")
WORD = re.compile(r"[^\W\d_]+")
# any character clean() changes: the invisible ones, special spaces, hyphens, combining marks
SPECIAL = re.compile(
    "["
    + "".join(sorted(ZERO_WIDTH | SOFT_HYPHEN | BIDI_CONTROLS | NO_BREAK_SPACES | set(HYPHENS)))
    + "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


@dataclass
class TextFlag:
    """One kind of hidden or deceptive character found in the text, and where (offsets into
    the original text)."""

    kind: str
    positions: list[int] = field(default_factory=list)
    count: int = 0

    def note(self, position: int) -> None:
        self.count += 1
        if len(self.positions) < MAX_POSITIONS:
            self.positions.append(position)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "count": self.count,
            "positions": list(self.positions),
            "note": KINDS[self.kind],
        }


@dataclass
class Cleaned:
    reading: TextMap
    flags: list[TextFlag]

    def flags_json(self) -> list[dict[str, Any]]:
        return [f.to_json() for f in self.flags]


def clean(text: str) -> Cleaned:
    """The text as read, and the flags of what was normalised (in the order of KINDS)."""
    flags: dict[str, TextFlag] = {}

    def flag(kind: str, position: int) -> None:
        flags.setdefault(kind, TextFlag(kind)).note(position)

    if text.isascii():
        return Cleaned(TextMap.identity(text), [])
    builder = TextBuilder(text)
    position = 0
    for match in SPECIAL.finditer(text):
        i, ch = match.start(), match.group(0)
        builder.add_run(position, i)
        position = i + 1
        if ch in ZERO_WIDTH:
            if not (ch == "\ufeff" and i == 0):
                flag("zero_width", i)
            builder.add("", i, i + 1)
        elif ch in SOFT_HYPHEN:
            flag("soft_hyphen", i)
            builder.add("", i, i + 1)
        elif ch in BIDI_CONTROLS:
            flag("bidi_control", i)
            builder.add("", i, i + 1)
        elif ch in NO_BREAK_SPACES:
            flag("no_break_space", i)
            builder.add(" ", i, i + 1)
        elif ch in HYPHENS:
            builder.add(HYPHENS[ch], i, i + 1)
        elif unicodedata.combining(ch) and builder.pieces and builder.pieces[-1]:
            composed = unicodedata.normalize("NFC", builder.pieces[-1][-1] + ch)
            if len(composed) == 1:
                builder.replace_last_character(composed, i + 1)
            else:
                builder.add(ch, i, i + 1)
        else:
            builder.add(ch, i, i + 1)
    builder.add_run(position, len(text))
    reading = builder.build()
    reading = _one_script_words(reading, flag)
    ordered = [flags[k] for k in KINDS if k in flags]
    return Cleaned(reading, ordered)


def _one_script_words(reading: TextMap, flag) -> TextMap:  # noqa: ANN001
    """Latin look-alikes in a mostly Cyrillic word made Cyrillic, and Cyrillic look-alikes in a
    mostly Latin word made Latin (same length: the map is unchanged)."""
    text = reading.text
    changes: list[tuple[int, str]] = []
    done = -1
    for adjacent in ADJACENT_SCRIPTS.finditer(text):
        if adjacent.start() < done:
            continue
        start = adjacent.start()
        while start > 0 and WORD.match(text, start - 1):
            start -= 1
        m = WORD.match(text, start)
        if m is None:
            continue
        done = m.end()
        word = m.group(0)
        cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
        latin = len(word) - cyrillic
        if not cyrillic or not latin:
            continue
        table = LATIN_TO_CYRILLIC if cyrillic >= latin else CYRILLIC_TO_LATIN
        swapped = [(m.start() + i, table[ch]) for i, ch in enumerate(word) if ch in table]
        other = latin if table is LATIN_TO_CYRILLIC else cyrillic
        if len(swapped) != other:
            continue  # a letter with no look-alike: a real mixed word (or a code), left alone
        changes.extend(swapped)
    if not changes:
        return reading
    chars = list(text)
    for position, ch in changes:
        chars[position] = ch
        flag("mixed_script", reading.original_span((position, position + 1))[0])
    return TextMap("".join(chars), reading.original_length, reading.starts, reading.ends)


def flags_in_spans(flags: list[dict[str, Any]], spans: list[Span] | list[list[int]]) -> list[str]:
    """The kinds of the flags whose positions fall inside the spans (a proposal's evidence);
    a direction control right before or after a span counts too (it reorders the words)."""
    found: list[str] = []
    for item in flags:
        reach = 1 if item["kind"] == "bidi_control" else 0
        if any(s - reach <= p < e + reach for p in item.get("positions", []) for s, e in spans):
            found.append(item["kind"])
    return found


def visible(ch: str) -> str | None:
    """How a hidden character is shown to a reviewer ('⟨U+202E⟩'), or None for any other."""
    if ch in ZERO_WIDTH or ch in SOFT_HYPHEN or ch in BIDI_CONTROLS:
        return f"⟨U+{ord(ch):04X}⟩"
    return None
