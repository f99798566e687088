"""What services take: texts as a str (English) or a mapping {en, ru, kk}, states by ISO
code, sources by key, organisations by slug. An unknown code, key or slug refuses the write."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from nwfz.governance.models import Organisation
from nwfz.governance.validation import GovernanceRefused
from nwfz.registry.models import Source, State

Text = str | Mapping[str, str]


def text_columns(field: str, value: Text | None) -> dict[str, str]:
    if value is None:
        value = ""
    if isinstance(value, str):
        return {f"{field}_en": value, f"{field}_ru": "", f"{field}_kk": ""}
    return {f"{field}_{lang}": value.get(lang, "") or "" for lang in ("en", "ru", "kk")}


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
