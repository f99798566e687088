"""What every governance section uses: rows by their keys, references to other items,
and problems reported at an item's line."""

from __future__ import annotations

from typing import Any

from nwfz.datapackage.problems import PackageError, Problem
from nwfz.datapackage.sections import Item, Reference
from nwfz.governance.models import Organisation
from nwfz.registry.models import Regime, State


def fail(item: Item, loc: tuple, messages: list[str]) -> None:
    if messages:
        field = ".".join(str(s) for s in loc)
        raise PackageError(
            [
                Problem(item.package.display, item.package.line_of(item.loc + loc), field, m)
                for m in messages
            ]
        )


def regime_row(slug: str) -> Regime:
    return Regime.objects.select_related("treaty").get(slug=slug)


def state_rows(codes: list[str]) -> list[State]:
    found = {s.code: s for s in State.objects.filter(code__in=codes)}
    return [found[c] for c in codes]


def organisation_rows(slugs: list[str]) -> list[Organisation]:
    found = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs)}
    return [found[s] for s in slugs]


def problem(item: Item, loc: tuple, message: str | None) -> list[tuple[Item, tuple, str]]:
    return [(item, loc, message)] if message else []


def end_before_start_problems(items: list[Item], noun: str) -> list[tuple[Item, tuple, str]]:
    """For items with `start` (a partial date), `end` and an English `title`."""
    from nwfz.governance import validation

    problems: list[tuple[Item, tuple, str]] = []
    for item in items:
        v = item.value
        label = f"{noun} {v.start} ({v.title.en})"
        problems += problem(
            item, ("end",), validation.ends_before_start(label, v.start.value, v.end)
        )
    return problems


def regime_ref(v: Any) -> list[Reference]:
    return [Reference(("regime",), "regime", v.regime)]


def state_refs(codes: list[str], loc: tuple) -> list[Reference]:
    return [Reference(loc + (i,), "state", c) for i, c in enumerate(codes)]


def organisation_refs(slugs: list[str], loc: tuple) -> list[Reference]:
    return [Reference(loc + (i,), "organisation", s) for i, s in enumerate(slugs)]
