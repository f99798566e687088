"""The period a calendar covers: given dates, or by default 1 January of last year to
31 December of next year; at most `CALENDAR_MAX_YEARS` years."""

from __future__ import annotations

from datetime import date

from nwfz.request_bounds import CALENDAR_MAX_YEARS, RangeTooLong, check_span


class CalendarPeriodError(ValueError):
    """A bad `from`/`to`; the message says what to write instead."""


def default_period(today: date) -> tuple[date, date]:
    return date(today.year - 1, 1, 1), date(today.year + 1, 12, 31)


def calendar_period(start: str | date | None, end: str | date | None, *, today: date):
    """(start, end), both inclusive; empty values take the default bounds."""
    default_start, default_end = default_period(today)
    first = _parse("from", start) or default_start
    last = _parse("to", end) or default_end
    if last < first:
        raise CalendarPeriodError(
            f"'to' ({last.isoformat()}) is before 'from' ({first.isoformat()}); swap them"
        )
    try:
        check_span(first, last, max_years=CALENDAR_MAX_YEARS, names=("from", "to"))
    except RangeTooLong as exc:
        raise CalendarPeriodError(str(exc)) from None
    return first, last


def _parse(name: str, value: str | date | None) -> date | None:
    if value is None or value == "" or isinstance(value, date):
        return value or None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CalendarPeriodError(f"{name}={value!r} is not a date; write YYYY-MM-DD") from None
