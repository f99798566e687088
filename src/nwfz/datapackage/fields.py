"""Value types shared by package schemas: partial dates, multilingual text, keys."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from nwfz.registry.dates import partial_date

KEY_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
SourceKey = Annotated[str, Field(pattern=KEY_PATTERN, max_length=120)]
StateCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PartialDate(Strict):
    """A date as precise as the source: day, month or year. Counts from the period's start."""

    value: date
    precision: str = "day"

    def __str__(self) -> str:
        return partial_date(self.value, self.precision)


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def parse_partial_date(raw: Any) -> Any:
    if isinstance(raw, PartialDate) or isinstance(raw, dict):
        return raw
    if isinstance(raw, date):
        return PartialDate(value=raw)
    if isinstance(raw, int) and 1000 <= raw <= 9999:
        return PartialDate(value=date(raw, 1, 1), precision="year")
    if isinstance(raw, str):
        match = _PARTIAL.match(raw.strip())
        if match:
            year, month, day = match.groups()
            try:
                if day:
                    return PartialDate(value=date(int(year), int(month), int(day)))
                if month:
                    return PartialDate(value=date(int(year), int(month), 1), precision="month")
                return PartialDate(value=date(int(year), 1, 1), precision="year")
            except ValueError as exc:
                raise ValueError(f"{raw!r} is not a calendar date ({exc})") from None
    raise ValueError(f"{raw!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")


DateValue = Annotated[PartialDate, BeforeValidator(parse_partial_date)]


def parse_full_date(raw: Any) -> Any:
    parsed = parse_partial_date(raw)
    if isinstance(parsed, PartialDate) and parsed.precision != "day":
        raise ValueError(f"{raw!r} needs a full date here (YYYY-MM-DD)")
    return parsed.value if isinstance(parsed, PartialDate) else parsed


FullDate = Annotated[date, BeforeValidator(parse_full_date)]


class Texts(Strict):
    """The same text in English, Russian and Kazakh (English required)."""

    en: str
    ru: str = ""
    kk: str = ""

    def columns(self, field: str) -> dict[str, str]:
        return {f"{field}_en": self.en, f"{field}_ru": self.ru, f"{field}_kk": self.kk}


class OptionalTexts(Strict):
    en: str = ""
    ru: str = ""
    kk: str = ""

    def columns(self, field: str) -> dict[str, str]:
        return {f"{field}_en": self.en, f"{field}_ru": self.ru, f"{field}_kk": self.kk}


EMPTY_TEXTS = OptionalTexts()


def _english_if_text(value: Any) -> Any:
    return {"en": value} if isinstance(value, str) else value


# a text field that takes either a string (English) or {en, ru, kk}
Text = Annotated[OptionalTexts, BeforeValidator(_english_if_text)]
RequiredText = Annotated[Texts, BeforeValidator(_english_if_text)]
