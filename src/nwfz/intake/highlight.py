"""Marking the supporting spans in an item's text: escaped HTML for the web review, brackets
or reverse video for the terminal. Plain functions; the text is never trusted as markup."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nwfz.intake.extract.hygiene import visible

Span = tuple[int, int]
REVERSE, RESET = "\x1b[7m", "\x1b[0m"


def segments(text: str, marks: Iterable[tuple[int, Span]]) -> list[tuple[str, list[int]]]:
    """The text cut at every span boundary: (piece, ids of the marks covering it)."""
    marks = [(mark_id, (max(0, s), min(len(text), e))) for mark_id, (s, e) in marks if s < e]
    cuts = sorted({0, len(text)} | {p for _, (s, e) in marks for p in (s, e)})
    out: list[tuple[str, list[int]]] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [mark_id for mark_id, (s, e) in marks if s <= start and end <= e]
        out.append((text[start:end], covering))
    return out


def highlighted_html(text: str, marks: Iterable[tuple[int, Span]]) -> SafeString:
    """The text with each marked piece in <mark data-proposal="ID">; every piece is escaped."""
    parts: list[str] = []
    for piece, covering in segments(text, marks):
        shown = _hidden_shown_html(piece)
        if covering:
            ids = " ".join(str(i) for i in covering)
            parts.append(f'<mark data-proposal="{escape(ids)}">{shown}</mark>')
        else:
            parts.append(shown)
    return mark_safe("".join(parts))  # noqa: S308 - built only from escaped pieces


def _hidden_shown_html(piece: str) -> str:
    """The piece escaped, each hidden character (zero-width, direction control, soft hyphen)
    shown as a visible code, so it can neither hide nor reorder the text on the page."""
    out: list[str] = []
    for ch in piece:
        code = visible(ch)
        if code is None:
            out.append(escape(ch))
        else:
            out.append(f'<span class="hidden-char" title="{escape(code)}">{escape(code)}</span>')
    return "".join(out)


def shown_text(text: str) -> str:
    """The text with each hidden character written as a visible code ('⟨U+200D⟩')."""
    return "".join(visible(ch) or ch for ch in text)


FLAG_NOTES = {
    "zero_width": gettext_lazy("zero-width characters (spaces, joiners) removed for reading"),
    "soft_hyphen": gettext_lazy("soft hyphens removed for reading"),
    "bidi_control": gettext_lazy(
        "text-direction controls (right-to-left overrides, marks) removed for reading"
    ),
    "no_break_space": gettext_lazy("no-break and other special spaces read as plain spaces"),
    "mixed_script": gettext_lazy(
        "words mixing Latin and Cyrillic look-alike letters read in one script"
    ),
}
ALPHABETS = {
    "kk-latn-2017": gettext_lazy("the Kazakh Latin alphabet of 2017 (apostrophes)"),
    "kk-latn-2018": gettext_lazy("the Kazakh Latin alphabet of 2018 (acute accents)"),
    "kk-latn-2021": gettext_lazy("the Kazakh Latin alphabet of 2021"),
}
POSITIONS_SHOWN = 8


def reading_notes(text_flags: list[dict], transliteration: str | None) -> list[str]:
    """One line per way the text was read differently from how it is written."""
    notes: list[str] = []
    if transliteration:
        alphabet = ALPHABETS.get(transliteration, transliteration)
        notes.append(
            _("read through transliteration from %(alphabet)s; spans point at the original")
            % {"alphabet": alphabet}
        )
    for flag in text_flags or []:
        positions = flag.get("positions") or []
        where = ", ".join(str(p) for p in positions[:POSITIONS_SHOWN])
        if len(positions) > POSITIONS_SHOWN or flag.get("count", 0) > len(positions):
            where += ", …"
        notes.append(
            _("%(note)s: %(count)s (at %(where)s)")
            % {
                "note": FLAG_NOTES.get(flag.get("kind", ""), flag.get("kind", "")),
                "count": flag.get("count", 0),
                "where": where,
            }
        )
    return notes


def marked_terminal_text(text: str, spans: Iterable[Span], *, tty: bool) -> str:
    """The text with the spans in reverse video on a terminal, or [[...]] otherwise."""
    opening, closing = (REVERSE, RESET) if tty else ("[[", "]]")
    merged: list[Span] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    out: list[str] = []
    for piece, covering in segments(text, [(0, s) for s in merged]):
        piece = shown_text(piece)
        out.append(f"{opening}{piece}{closing}" if covering else piece)
    return "".join(out)


def excerpt_around(text: str, spans: list[Span], margin: int = 80) -> tuple[int, int]:
    """The part of the text holding the spans, widened to whole lines within a margin."""
    if not spans:
        return 0, min(len(text), 2 * margin)
    start = max(0, min(s for s, _ in spans) - margin)
    end = min(len(text), max(e for _, e in spans) + margin)
    line_start = text.rfind("\n", 0, start)
    if line_start != -1 and start - line_start < margin:
        start = line_start + 1
    elif start > 0:
        space = text.find(" ", start)
        start = space + 1 if space != -1 and space < min(s for s, _ in spans) else start
    line_end = text.find("\n", end)
    if line_end != -1 and line_end - end < margin:
        end = line_end
    elif end < len(text):
        space = text.rfind(" ", 0, end)
        end = space if space > max(e for _, e in spans) else end
    return start, end
