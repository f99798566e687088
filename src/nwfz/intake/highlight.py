"""Marking the supporting spans in an item's text: escaped HTML for the web review, brackets
or reverse video for the terminal. Plain functions; the text is never trusted as markup."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

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
        if covering:
            ids = " ".join(str(i) for i in covering)
            parts.append(f'<mark data-proposal="{escape(ids)}">{escape(piece)}</mark>')
        else:
            parts.append(escape(piece))
    return mark_safe("".join(parts))  # noqa: S308 - built only from escaped pieces


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
