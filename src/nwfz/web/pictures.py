"""Server-rendered SVG pictures of the record: participation timelines, the chair-term
strip and the calendar strip of a year.

Plain functions over plain values: they return SVG markup (a string) that is readable
without JavaScript, prints, and carries its text alternative (`<title>` and `<desc>`,
referenced by `aria-labelledby`). The pages put the same facts in a table next to each
picture. Call inside the page's language (labels go through gettext).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from django.utils.dates import MONTHS_3
from django.utils.translation import gettext as _

from nwfz.languages import active_language
from nwfz.registry.languages import text_language
from nwfz.reports.dates import short_date, short_range
from nwfz.reports.labels import label

WIDTH = 960
LABEL_WIDTH = 210
ROW = 26
FONT = 'font-family="DejaVu Sans, Noto Sans, sans-serif"'
INK = "#1d2733"

STATUS_FILL = {
    "signed": "#f3d98b",
    "ratified": "#c6da86",
    "in_force": "#5fb38c",
    "withdrawn": "#e49a9a",
    "unknown": "url(#{ident}-unknown)",  # grey hatch: the record cannot say (a gap)
}
DRAWN_STATUSES = ("signed", "ratified", "in_force", "withdrawn", "unknown")
EVENT_KINDS = ("meeting", "event", "forum_session", "anniversary", "deadline")
KIND_FILL = {
    "meeting": "#0a5f44",
    "event": "#8a4400",
    "forum_session": "#0b4f8a",
    "anniversary": "#6b2f8f",
    "deadline": "#a40000",
}


def _lang_attr(text: object) -> str:
    """` lang="ru"` for a text in another language than the page's (else "")."""
    lang = text_language(text)
    return f' lang="{lang}"' if lang and lang != active_language() else ""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


@dataclass(frozen=True)
class Span:
    status: str
    start: date
    end: date  # exclusive


@dataclass(frozen=True)
class Mark:
    action: str
    day: date
    precision: str = "day"


@dataclass(frozen=True)
class TimelineRow:
    label: str
    spans: list[Span] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)


def status_label(status: str) -> str:
    return label("participation_status", status)


def _frame(ident: str, height: int, title: str, desc: str, body: Iterable[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" {FONT} font-size="13">'
        f'<title id="{ident}-title">{_e(title)}</title>'
        f'<desc id="{ident}-desc">{_e(desc)}</desc>'
        "<defs>"
        f'<pattern id="{ident}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#d8eee3"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#2f7d5b" stroke-width="2"/></pattern>'
        f'<pattern id="{ident}-unknown" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(-45)"><rect width="6" height="6" fill="#f1f3f5"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#7b8794" stroke-width="1.5"/></pattern>'
        "</defs>" + "".join(body) + "</svg>"
    )


def _label_x(x: float, width: int) -> str:
    """A label beside the line at `x`: to its right, or to its left where a label `width`
    wide would run past the picture's right edge (it was cut off there)."""
    if x + width <= WIDTH:
        return f'x="{round(x + 2, 1)}"'
    return f'x="{round(x - 2, 1)}" text-anchor="end"'


class _Axis:
    """Maps dates to x between LABEL_WIDTH and WIDTH - 10."""

    def __init__(self, first: date, last: date, left: int = LABEL_WIDTH) -> None:
        self.first, self.last, self.left = first, last, left
        self.days = max((last - first).days, 1)

    def x(self, day: date) -> float:
        day = min(max(day, self.first), self.last)
        return round(self.left + (WIDTH - 10 - self.left) * (day - self.first).days / self.days, 1)

    def year_ticks(self, top: int, bottom: int) -> list[str]:
        years = range(self.first.year, self.last.year + 1)
        step = 1 if len(years) <= 14 else 2 if len(years) <= 28 else 5
        out = []
        for year in years:
            day = date(year, 1, 1)
            if day < self.first or (year % step and year != self.first.year):
                continue
            x = self.x(day)
            out.append(
                f'<line x1="{x}" y1="{top}" x2="{x}" y2="{bottom}" stroke="#b9c2ca" '
                'stroke-width="1"/>'
                f'<text {_label_x(x, 34)} y="{bottom + 14}" fill="{INK}" font-size="12">'
                f"{year}</text>"
            )
        return out

    def today(self, today: date | None, top: int, bottom: int) -> list[str]:
        if today is None or not self.first <= today <= self.last:
            return []
        x = self.x(today)
        word = _("today")
        return [
            f'<line x1="{x}" y1="{top - 4}" x2="{x}" y2="{bottom}" stroke="#a40000" '
            'stroke-width="2"/>'
            f'<text {_label_x(x, 8 * len(word) + 6)} y="{top - 6}" fill="#a40000" '
            f'font-size="12">{_e(word)}</text>'
        ]


def participation_timeline(
    ident: str,
    rows: Sequence[TimelineRow],
    *,
    first: date,
    last: date,
    title: str,
    today: date | None = None,
) -> str:
    """One row per state (or instrument): coloured spans of its status over time and a
    mark at each participation event."""
    axis = _Axis(first, last)
    top = 24
    bottom = top + ROW * max(len(rows), 1)
    body: list[str] = axis.year_ticks(top - 4, bottom)
    body += axis.today(today, top, bottom)
    descs = []
    for n, row in enumerate(rows):
        y = top + n * ROW
        lang_attr = _lang_attr(row.label)
        body.append(
            f'<text x="4" y="{y + 17}" fill="{INK}"{lang_attr}>{_e(_clip(row.label, 28))}'
            f"<title>{_e(row.label)}</title></text>"
        )
        body.append(
            f'<line x1="{LABEL_WIDTH}" y1="{y + 12}" x2="{WIDTH - 10}" y2="{y + 12}" '
            'stroke="#d5dce1"/>'
        )
        for span in row.spans:
            x1, x2 = axis.x(span.start), axis.x(span.end)
            fill = STATUS_FILL.get(span.status)
            if fill is None or x2 <= x1:
                continue
            fill = fill.format(ident=ident)
            during = short_range(span.start, span.end - timedelta(days=1))
            body.append(
                f'<rect x="{x1}" y="{y + 4}" width="{round(x2 - x1, 1)}" height="{ROW - 8}" '
                f'fill="{fill}" stroke="{INK}" stroke-width="0.5">'
                f"<title>{_e(status_label(span.status))}: {_e(during)}</title></rect>"
            )
        for mark in row.marks:
            x = axis.x(mark.day)
            text = _mark_text(mark)
            body.append(
                f'<circle cx="{x}" cy="{y + 12}" r="4.5" fill="#fff" stroke="{INK}" '
                f'stroke-width="1.5"><title>{_e(text)}</title></circle>'
            )
        events = "; ".join(_mark_text(m) for m in row.marks)
        none = _("no events recorded")
        descs.append(f"{row.label}: {events or none}")
    legend_y = bottom + 32
    body += _legend(
        legend_y,
        [(STATUS_FILL[s].format(ident=ident), status_label(s)) for s in DRAWN_STATUSES],
        circle=_("event (signature, ratification, deposit …)"),
    )
    return _frame(ident, legend_y + 20, title, ". ".join(descs), body)


def _mark_text(mark: Mark) -> str:
    return f"{label('participation_action', mark.action)} {short_date(mark.day, mark.precision)}"


def _legend(y: int, swatches: list[tuple[str, str]], circle: str = "") -> list[str]:
    out, x = [], 4
    for fill, text in swatches:
        out.append(
            f'<rect x="{x}" y="{y - 11}" width="14" height="14" fill="{fill}" stroke="{INK}" '
            'stroke-width="0.5"/>'
            f'<text x="{x + 19}" y="{y}" fill="{INK}" font-size="12">{_e(text)}</text>'
        )
        x += 34 + 7 * len(text)
    if circle:
        out.append(
            f'<circle cx="{x + 7}" cy="{y - 4}" r="4.5" fill="#fff" stroke="{INK}" '
            'stroke-width="1.5"/>'
            f'<text x="{x + 19}" y="{y}" fill="{INK}" font-size="12">{_e(circle)}</text>'
        )
    return out


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def term_kind(term: dict) -> str:
    """recorded | inferred | predicted: how a chair term is known, as the strip draws it."""
    if term.get("basis") == "predicted":
        return "predicted"
    if term.get("basis") == "inferred" or term.get("precision") == "year":
        return "inferred"
    return "recorded"


def chair_strip(ident: str, terms: Sequence[dict], *, title: str, today: date | None = None) -> str:
    """The chair terms in a row: recorded terms filled, terms whose dates are inferred
    hatched, terms predicted by the rotation rule drawn with a dashed outline."""
    if not terms:
        return ""
    first = date.fromisoformat(str(terms[0]["start"])[:10])
    last = max(date.fromisoformat(str(t["end"])[:10]) for t in terms) + timedelta(days=1)
    axis = _Axis(first, last, left=10)
    top, height = 22, 40
    body: list[str] = axis.year_ticks(top - 4, top + height)
    body += axis.today(today, top, top + height)
    descs = []
    for t in terms:
        start = date.fromisoformat(str(t["start"])[:10])
        end = date.fromisoformat(str(t["end"])[:10]) + timedelta(days=1)
        x1, x2 = axis.x(start), axis.x(end)
        kind = term_kind(t)
        style = {
            "recorded": 'fill="#5fb38c" stroke="#1d2733" stroke-width="1"',
            "inferred": f'fill="url(#{ident}-hatch)" stroke="#1d2733" stroke-width="1"',
            "predicted": 'fill="#ffffff" stroke="#1d2733" stroke-width="1.5" '
            'stroke-dasharray="5 3"',
        }[kind]
        name = t.get("state_name") or t["state"]
        span = short_range(start, end - timedelta(days=1))
        text = f"{name}, {span}: {term_kind_label(kind)}"
        descs.append(text)
        body.append(
            f'<rect x="{x1 + 1}" y="{top}" width="{max(round(x2 - x1 - 2, 1), 1)}" '
            f'height="{height}" {style}><title>{_e(text)}</title></rect>'
        )
        if x2 - x1 > 28:
            body.append(
                f'<text x="{round((x1 + x2) / 2, 1)}" y="{top + 25}" text-anchor="middle" '
                f'fill="{INK}" font-weight="600">{_e(t["state"])}</text>'
            )
    legend_y = top + height + 40
    body += _legend(
        legend_y,
        [
            ("#5fb38c", term_kind_label("recorded")),
            (f"url(#{ident}-hatch)", term_kind_label("inferred")),
            ("#ffffff", term_kind_label("predicted")),
        ],
    )
    return _frame(ident, legend_y + 12, title, "; ".join(descs), body)


def term_kind_label(kind: str) -> str:
    return {
        "recorded": _("recorded"),
        "inferred": _("dates inferred"),
        "predicted": _("predicted by the rotation rule"),
    }[kind]


def kind_label(kind: str) -> str:
    return {
        "meeting": _("Meetings"),
        "event": _("Events"),
        "forum_session": _("International fora"),
        "anniversary": _("Anniversaries"),
        "deadline": _("Deadlines"),
    }.get(kind, kind)


def calendar_strip(
    ident: str, year: int, items: Sequence, *, title: str, today: date | None = None
) -> str:
    """The year in twelve months, one lane per kind of entry (meetings, events, fora,
    anniversaries, deadlines); an entry is a mark on its day or a bar over its days.
    `items` are governance CalendarItem records."""
    first, last = date(year, 1, 1), date(year + 1, 1, 1)
    axis = _Axis(first, last, left=170)
    top = 26
    bottom = top + ROW * len(EVENT_KINDS)
    body: list[str] = []
    for month in range(1, 13):
        x = axis.x(date(year, month, 1))
        body.append(
            f'<line x1="{x}" y1="{top - 6}" x2="{x}" y2="{bottom}" stroke="#b9c2ca"/>'
            f'<text x="{x + 3}" y="{top - 10}" fill="{INK}" font-size="12">'
            f"{_e(str(MONTHS_3[month]).capitalize())}</text>"
        )
    body += axis.today(today, top + 4, bottom)
    descs = []
    for n, kind in enumerate(EVENT_KINDS):
        y = top + n * ROW
        body.append(f'<text x="4" y="{y + 17}" fill="{INK}">{_e(kind_label(kind))}</text>')
        body.append(
            f'<line x1="170" y1="{y + 12}" x2="{WIDTH - 10}" y2="{y + 12}" stroke="#d5dce1"/>'
        )
        for item in (i for i in items if i.kind == kind):
            start, end = item.start, item.end or item.start
            if end < first or start >= last:
                continue
            text = f"{short_range(item.start, item.end)}: {item.title}"
            descs.append(f"{kind_label(kind)}: {short_range(item.start, item.end)}")
            lang_attr = _lang_attr(item.title)
            x1, x2 = axis.x(start), axis.x(end + timedelta(days=1))
            colour = KIND_FILL[kind]
            if x2 - x1 >= 8:
                body.append(
                    f'<rect x="{x1}" y="{y + 5}" width="{round(x2 - x1, 1)}" height="{ROW - 10}" '
                    f'fill="{colour}" rx="2"><title{lang_attr}>{_e(text)}</title></rect>'
                )
            else:
                body.append(
                    f'<circle cx="{x1}" cy="{y + 12}" r="5.5" fill="{colour}" stroke="#fff" '
                    f'stroke-width="1"><title{lang_attr}>{_e(text)}</title></circle>'
                )
    desc = "; ".join(descs) if descs else _("Nothing is recorded for this year.")
    return _frame(ident, bottom + 10, title, desc, body)
