"""What services take: texts as a str (English) or a mapping {en, ru, kk}, states by ISO
code, sources by key, organisations by slug. An unknown code, key or slug refuses the write."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from nwfz.governance.models import Organisation
from nwfz.governance.validation import GovernanceRefused
from nwfz.languages import language_codes
from nwfz.registry.models import Source, State
from nwfz.validation import text_problem

Text = str | Mapping[str, str]
TEXT_MAX = 20_000  # characters in one language of one text (an agenda item, a decision)


def text_columns(field: str, value: Text | None) -> dict[str, str]:
    """The `<field>_en/_ru/_kk` columns; a text with a control character, NUL or lone
    surrogate, or longer than TEXT_MAX, refuses the write."""
    if value is None:
        value = ""
    if isinstance(value, str):
        value = {"en": value}
    columns = {f"{field}_{lang}": value.get(lang, "") or "" for lang in language_codes()}
    for column, text in columns.items():
        problem = text_problem(text, max_length=TEXT_MAX, multiline=True)
        if problem:
            raise GovernanceRefused(f"{column}: {problem}")
    return columns


def english(value: Text | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else value.get("en", "")


def states_by_code(codes: Iterable[str], label: str) -> list[State]:
    codes = [c.upper() for c in codes]
    found = {s.code: s for s in State.objects.filter(code__in=codes)}
    unknown = [c for c in codes if c not in found]
    if unknown:
        raise GovernanceRefused(f"{label}: unknown state {', '.join(unknown)} (use ISO codes)")
    return [found[c] for c in codes]


def state_or_none(code: str | None, label: str) -> State | None:
    return states_by_code([code], label)[0] if code else None


def sources_by_key(keys: Iterable[str], label: str) -> list[Source]:
    keys = list(keys)
    found = {s.key: s for s in Source.objects.filter(key__in=keys)}
    unknown = [k for k in keys if k not in found]
    if unknown:
        raise GovernanceRefused(f"{label}: unknown source {', '.join(unknown)}")
    return [found[k] for k in keys]


def organisations_by_slug(slugs: Iterable[str], label: str) -> list[Organisation]:
    slugs = list(slugs)
    found = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs)}
    unknown = [s for s in slugs if s not in found]
    if unknown:
        raise GovernanceRefused(f"{label}: unknown organisation {', '.join(unknown)}")
    return [found[s] for s in slugs]
