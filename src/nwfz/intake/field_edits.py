"""A reviewer's edits to a proposal's fields: typed per field, given as text (a form input, a
JSON string in the API, or `field=value` in the terminal), checked before anything is stored
with the bounds of nwfz.validation (years, lengths, no control characters)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from nwfz.intake.extract.proposals import FORUM_CODES
from nwfz.intake.extract.zone_words import REGIMES
from nwfz.validation import (
    ORDINAL_MAX,
    SHORT_TEXT_MAX,
    YEAR_MAX,
    YEAR_MIN,
    InputRefused,
    check_date,
    check_whole_number,
    clean_text,
    shown,
)

YEAR_FIELDS = frozenset(
    {"year", "anniversary_year", "year_reviewed", "plans_period", "stated_year"}
)
INTEGER_FIELDS = YEAR_FIELDS | {"ordinal"}
DATE_FIELDS = frozenset({"date", "effective"})
LIST_FIELDS = frozenset({"organisers", "parties"})
STATE_FIELDS = frozenset({"from", "to", "chair"})
CHOICES: dict[str, tuple[str, ...]] = {
    "status": ("held", "planned", "signed", "cancelled"),
    "kind": ("annual", "extraordinary"),
    "format": ("in_person", "videoconference", "hybrid"),
    "of": ("signature", "entry_into_force"),
    "forum": FORUM_CODES,
    "regime": REGIMES,  # the zone the record goes to (a reviewer may correct it)
}
REQUIRED_FIELDS = frozenset({"regime"})  # a record goes to some regime


class FieldEditError(ValueError):
    """An edit that cannot be applied; the message says which field and what to write."""


def field_value_text(value: Any) -> str:
    """How a field's value is shown in an input: lists comma-separated, None empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def parse_field_value(name: str, text: str) -> Any:
    """The typed value for a field from its text; empty text clears the field."""
    try:
        return _typed(name, clean_text(name, text, max_length=SHORT_TEXT_MAX))
    except InputRefused as exc:
        raise FieldEditError(str(exc)) from None


def _typed(name: str, text: str) -> Any:
    if name in REQUIRED_FIELDS and not text:
        raise FieldEditError(f"{name}: give one of {', '.join(CHOICES[name])}")
    if not text or text.lower() in {"none", "null"}:
        return [] if name in LIST_FIELDS else None
    if name in YEAR_FIELDS:
        return check_whole_number(name, text, low=YEAR_MIN, high=YEAR_MAX)
    if name in INTEGER_FIELDS:
        return check_whole_number(name, text, low=1, high=ORDINAL_MAX)
    if name in DATE_FIELDS:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise FieldEditError(f"{name}: {text!r} is not a date; write YYYY-MM-DD") from None
        return check_date(name, day).isoformat()
    if name in LIST_FIELDS:
        return [part.strip() for part in text.split(",") if part.strip()]
    if name in STATE_FIELDS:
        if not re.fullmatch(r"[A-Za-z]{2}", text):
            raise FieldEditError(f"{name}: {text!r} is not a state code; write e.g. KZ")
        return text.upper()
    if name in CHOICES and text not in CHOICES[name]:
        raise FieldEditError(f"{name}: {text!r} is not one of {', '.join(CHOICES[name])}")
    return text


def edits_from_texts(current: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """The fields whose text differs from the current value, typed. Unknown fields are
    refused (a proposal's shape is fixed by its type)."""
    edits: dict[str, Any] = {}
    for name, text in texts.items():
        if name not in current:
            known = ", ".join(sorted(current))
            raise FieldEditError(f"{shown(name)}: no such field (fields: {known})")
        value = parse_field_value(name, text)
        if value != current[name]:
            edits[name] = value
    return edits


def parse_assignment(text: str) -> tuple[str, str]:
    """'field=value' from the terminal."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise FieldEditError(f"{shown(text)!r}: write field=value, e.g. year=2026")
    return name.strip(), value
