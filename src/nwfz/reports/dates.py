"""Dates written out in the report's language: "30 January 2026", "30 января 2026 г.",
"2026 ж. 30 қаңтар". Month names come from Django's own catalogues."""

from __future__ import annotations

from datetime import date

from django.utils.dates import MONTHS, MONTHS_3, MONTHS_ALT

from nwfz.languages import active_language


def long_date(day: date | None, precision: str = "day") -> str:
    """A date in the active language; `precision` month or year shortens it."""
    if day is None:
        return ""
    lang = active_language()
    if precision == "year":
        return _year(day.year, lang)
    if precision == "month":
        return _month_year(day, lang)
    if lang == "ru":
        return f"{day.day} {str(MONTHS_ALT[day.month]).lower()} {day.year} г."
    if lang == "kk":
        return f"{day.year} ж. {day.day} {str(MONTHS[day.month]).lower()}"
    return f"{day.day} {MONTHS[day.month]} {day.year}"


def date_range(start: date | None, end: date | None) -> str:
    """One day, or a range written as briefly as is clear: "19–20 November 2025",
    "28 April – 9 May 2025", "30 December 2025 – 2 January 2026"."""
    if start is None:
        return ""
    if end is None or end == start:
        return long_date(start)
    lang = active_language()
    if start.year != end.year or end < start:
        return f"{long_date(start)} – {long_date(end)}"
    if lang == "kk":
        if start.month == end.month:
            return f"{end.year} ж. {start.day}–{_kk_day_month(end)}"
        return f"{end.year} ж. {_kk_day_month(start)} – {_kk_day_month(end)}"
    last = long_date(end)
    if start.month == end.month:
        return f"{start.day}–{last}"
    first = f"{start.day} {_month_name(start.month, lang)}"
    return f"{first} – {last}"


def _month_name(month: int, lang: str) -> str:
    if lang == "ru":
        return str(MONTHS_ALT[month]).lower()
    if lang == "kk":
        return str(MONTHS[month]).lower()
    return str(MONTHS[month])


def _kk_day_month(day: date) -> str:
    return f"{day.day} {_month_name(day.month, 'kk')}"


def _year(year: int, lang: str) -> str:
    return {"ru": f"{year} г.", "kk": f"{year} ж."}.get(lang, str(year))


def _month_year(day: date, lang: str) -> str:
    month = str(MONTHS[day.month])
    if lang == "ru":
        return f"{month.lower()} {day.year} г."
    if lang == "kk":
        return f"{day.year} ж. {month.lower()}"
    return f"{month} {day.year}"


def short_date(day: date | None, precision: str = "day") -> str:
    """A date for table cells: "20 Oct 2025" (en), "20.10.2025" (ru, kk)."""
    if day is None:
        return ""
    lang = active_language()
    if precision == "year":
        return str(day.year)
    if lang in {"ru", "kk"}:
        return f"{day.month:02}.{day.year}" if precision == "month" else f"{day:%d.%m.%Y}"
    month = str(MONTHS_3[day.month]).capitalize()
    return f"{month} {day.year}" if precision == "month" else f"{day.day} {month} {day.year}"


def short_range(start: date | None, end: date | None) -> str:
    """ "19–20 Nov 2025", "28 Apr – 9 May 2025"; "19.11–20.11.2025" in ru and kk."""
    if start is None:
        return ""
    if end is None or end == start:
        return short_date(start)
    if start.year != end.year or end < start:
        return f"{short_date(start)} – {short_date(end)}"
    lang = active_language()
    if lang in {"ru", "kk"}:
        return f"{start:%d.%m}–{short_date(end)}"
    if start.month == end.month:
        return f"{start.day}–{short_date(end)}"
    return f"{start.day} {str(MONTHS_3[start.month]).capitalize()} – {short_date(end)}"
