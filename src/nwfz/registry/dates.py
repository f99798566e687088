"""Dates as precisely as their sources gave them: shown, and the period they stand for."""

from __future__ import annotations

from calendar import monthrange
from datetime import date


def partial_date(value: str | date | None, precision: str = "day") -> str:
    """'2007-01-01' with precision 'year' reads '2007'; 'month' reads '2007-04'."""
    if value is None or value == "":
        return ""
    text = value.isoformat() if isinstance(value, date) else str(value)
    if precision == "year":
        return text[:4]
    if precision == "month":
        return text[:7]
    return text


def period_end(day: date, precision: str = "day") -> date:
    """The last day a date known to `precision` can be: 2011-01-01 with 'year' is 2011-12-31,
    2010-09-01 with 'month' is 2010-09-30, a day-exact date itself."""
    if precision == "year":
        return date(day.year, 12, 31)
    if precision == "month":
        return date(day.year, day.month, monthrange(day.year, day.month)[1])
    return day
