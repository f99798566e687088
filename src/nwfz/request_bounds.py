"""How much one public request may ask for, so that every request does bounded work.

Each date range a URL takes (the calendar feed, the API's anniversaries, events, fora and
chair timeline) is checked here against its own limit; a range over the limit is refused
with a sentence that states the limit (HTTP 400). docs/api.md lists every bound.
"""

from __future__ import annotations

from datetime import date

# The widest range each endpoint answers, in years (a computed answer grows with its span:
# a calendar of 0001–9999 was 23 MB; lists of recorded rows are bounded by the records too).
CALENDAR_MAX_YEARS = 25
ANNIVERSARIES_MAX_YEARS = 25
EVENTS_MAX_YEARS = 100
FORA_MAX_YEARS = 100
CHAIR_TIMELINE_MAX_YEARS = 200


class RangeTooLong(ValueError):
    """A date range wider than its endpoint answers; the message states the limit."""


def years_later(day: date, years: int) -> date:
    """The same day `years` on (28 February for 29 February); 31 December 9999 at most."""
    if day.year + years > 9999:
        return date.max
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check_span(
    start: date, end: date, *, max_years: int, names: tuple[str, str] = ("start", "end")
) -> None:
    """Refuse a range from `start` to `end` (inclusive) longer than `max_years`."""
    limit = years_later(start, max_years)  # the first day too many (date.max: no day is)
    if limit < date.max and end >= limit:
        first, last = names
        raise RangeTooLong(
            f"{first}={start.isoformat()} to {last}={end.isoformat()} spans more than "
            f"{max_years} years; ask for at most {max_years} years at a time"
        )


def check_year_span(first: int, last: int, *, max_years: int, names: tuple[str, str]) -> None:
    """Refuse a range of years (both inclusive) of more than `max_years` years."""
    if last - first + 1 > max_years:
        raise RangeTooLong(
            f"{names[0]}={first} to {names[1]}={last} is {last - first + 1} years; "
            f"ask for at most {max_years} years at a time"
        )
