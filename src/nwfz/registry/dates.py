"""Showing a date as precisely as its source gave it."""

from __future__ import annotations

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
