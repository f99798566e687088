"""Date arithmetic the governance rules share: adding months, yearly recurrences."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """`day` moved by `months` calendar months; clamps the day (31 Jan + 1: 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def same_day_in_year(day: date, year: int) -> date:
    """The recurrence of `day` in `year`; 29 February falls on 28 February in common years."""
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return day.replace(year=year)
