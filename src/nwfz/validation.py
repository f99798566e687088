"""Bounds on every value a person types in, checked in one place.

The API schemas (pydantic types below), the web forms (`form_text`), the CLI and the
services call these same functions, so a value refused in one is refused in all, with the
same sentence: years within YEAR_MIN–YEAR_MAX, texts within their length, and no control
characters, NUL or lone surrogates (which no database stores and no page can show).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Annotated

from pydantic import AfterValidator

YEAR_MIN = 1900
YEAR_MAX = 2200
SHORT_TEXT_MAX = 500  # a title, a place, a name
LONG_TEXT_MAX = 2000  # a reason, a note
ORDINAL_MAX = 1000  # the 20th anniversary, ...

_LINE_BREAKS = "\n\t"


class InputRefused(ValueError):
    """A value refused; the message names the field and says what is wrong."""

    def __init__(self, field: str, problem: str):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}" if field else problem)


def shown(value: object) -> str:
    """A value as it can be printed in a message: control characters and lone surrogates
    escaped, so an error about bad input is itself always printable and storable."""
    text = str(value)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) == "Cc" else ch
        for ch in text
    )


def text_problem(value: str, *, max_length: int, multiline: bool = False) -> str | None:
    """What is wrong with a text, or None."""
    if len(value) > max_length:
        return f"{len(value)} characters; at most {max_length} are allowed"
    for index, ch in enumerate(value):
        if "\ud800" <= ch <= "\udfff":
            return f"contains a lone surrogate (U+{ord(ch):04X}) at character {index + 1}"
        if unicodedata.category(ch) == "Cc" and not (multiline and ch in _LINE_BREAKS):
            name = "NUL" if ch == "\0" else f"U+{ord(ch):04X}"
            return f"contains a control character ({name}) at character {index + 1}"
    return None


def clean_text(field: str, value: str, *, max_length: int, multiline: bool = False) -> str:
    """The text stripped of surrounding white space, or InputRefused."""
    value = value.strip()
    problem = text_problem(value, max_length=max_length, multiline=multiline)
    if problem:
        raise InputRefused(field, problem)
    return value


def year_problem(year: int) -> str | None:
    if not YEAR_MIN <= year <= YEAR_MAX:
        return f"{year} is not a year from {YEAR_MIN} to {YEAR_MAX}"
    return None


def check_year(field: str, year: int) -> int:
    problem = year_problem(year)
    if problem:
        raise InputRefused(field, problem)
    return year


def check_date(field: str, day: date) -> date:
    if year_problem(day.year):
        raise InputRefused(field, f"{day} is not a date from {YEAR_MIN} to {YEAR_MAX}")
    return day


def check_whole_number(field: str, text: str, *, low: int, high: int) -> int:
    """A whole number written as text, within low–high."""
    text = text.strip()
    if not re.fullmatch(r"[-+]?\d{1,9}", text):
        raise InputRefused(field, f"{shown(text)!r} is not a whole number from {low} to {high}")
    number = int(text)
    if not low <= number <= high:
        raise InputRefused(field, f"{number} is not a whole number from {low} to {high}")
    return number


# --- for the API schemas (pydantic): a refused value is a 422 naming the field ------------


def _pydantic_text(max_length: int, multiline: bool):
    def check(value: str) -> str:
        problem = text_problem(value, max_length=max_length, multiline=multiline)
        if problem:
            raise ValueError(problem)
        return value

    return AfterValidator(check)


def _no_bad_characters(value: str) -> str:
    problem = text_problem(value, max_length=len(value), multiline=True)
    if problem:
        raise ValueError(problem)
    return value


ShortText = Annotated[str, _pydantic_text(SHORT_TEXT_MAX, multiline=False)]
LongText = Annotated[str, _pydantic_text(LONG_TEXT_MAX, multiline=True)]
# A document's text: any length the endpoint allows, line breaks kept, nothing unstorable.
DocumentText = Annotated[str, AfterValidator(_no_bad_characters)]


def _date_in_bounds(day: date) -> date:
    if year_problem(day.year):
        raise ValueError(f"{day} is not a date from {YEAR_MIN} to {YEAR_MAX}")
    return day


BoundedDate = Annotated[date, AfterValidator(_date_in_bounds)]


# --- for Django forms: the same rules as form-field validators --------------------------


def form_date_validator():
    from django.core.exceptions import ValidationError

    def validate(value: date | None) -> None:
        if value is not None and year_problem(value.year):
            raise ValidationError(f"{value} is not a date from {YEAR_MIN} to {YEAR_MAX}")

    return validate
