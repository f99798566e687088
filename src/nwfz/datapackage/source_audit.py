"""How well the packages' facts are sourced: rows with no source, rows that rest only on
copies of other publications, and rows marked unverified (`nwfz check --sources`).

A row is any part of an item that carries its own `sources` list (a participation event,
an alternative date, an article, an instrument's adoption or entry into force, a meeting's
decision...). A row with a `verified` field set to false is unverified: its sources do not
establish it (for an article: number and title not confirmed against the official text).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from pydantic import BaseModel

from nwfz.datapackage.checking import CheckedPackages
from nwfz.datapackage.sections import Item, all_sections

COPY = "copy"


@dataclass(frozen=True)
class Row:
    package: str
    file: str
    line: int
    field: str  # the row's path in its file, e.g. participation[3]
    label: str  # what the row says, briefly
    sources: tuple[str, ...]

    def as_json(self) -> dict:
        return {**asdict(self), "sources": list(self.sources)}

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.label}"


@dataclass
class PackageCounts:
    package: str
    rows: int = 0
    no_source: int = 0
    only_copies: int = 0
    unverified: int = 0

    def as_json(self) -> dict:
        return asdict(self)


@dataclass
class SourceAudit:
    packages: list[PackageCounts] = field(default_factory=list)
    no_source: list[Row] = field(default_factory=list)
    only_copies: list[Row] = field(default_factory=list)
    unverified: list[Row] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "packages": [p.as_json() for p in self.packages],
            "no_source": [r.as_json() for r in self.no_source],
            "only_copies": [r.as_json() for r in self.only_copies],
            "unverified": [r.as_json() for r in self.unverified],
        }


def source_kinds(checked: CheckedPackages) -> dict[str, str]:
    """The kind of every source the packages define (`official`, `copy`, ...)."""
    kinds: dict[str, str] = {}
    for section in all_sections():
        if section.kind != "source":
            continue
        for item in checked.items.get(section.name, []):
            for _, key in section.defines(item):
                kinds[key] = getattr(item.value, "kind", "")
    return kinds


def audit_sources(checked: CheckedPackages, kinds: dict[str, str] | None = None) -> SourceAudit:
    """Every sourced row of the checked packages, sorted into the three lists with counts
    per package. `kinds` adds the kinds of sources defined outside these packages."""
    kinds = {**(kinds or {}), **source_kinds(checked)}
    audit = SourceAudit()
    counts: dict[str, PackageCounts] = {}
    for package in checked.files:
        counts[package.name] = PackageCounts(package.name)
    for section in all_sections():
        for item in checked.items.get(section.name, []):
            tally = counts.setdefault(item.package.name, PackageCounts(item.package.name))
            for row, verified in _rows(item):
                tally.rows += 1
                if not row.sources:
                    tally.no_source += 1
                    audit.no_source.append(row)
                elif all(kinds.get(key) == COPY for key in row.sources):
                    tally.only_copies += 1
                    audit.only_copies.append(row)
                if verified is False:
                    tally.unverified += 1
                    audit.unverified.append(row)
    audit.packages = sorted(counts.values(), key=lambda c: c.package)
    return audit


def _rows(item: Item) -> Iterator[tuple[Row, bool | None]]:
    for loc, model in _sourced_models(item.value, ()):
        full = item.loc + loc
        yield (
            Row(
                package=item.package.name,
                file=item.package.display,
                line=item.package.line_of(full),
                field=_path(full),
                label=_label(item.value, loc, model),
                sources=tuple(model.sources),
            ),
            getattr(model, "verified", None),
        )


def _sourced_models(value: Any, loc: tuple) -> Iterator[tuple[tuple, BaseModel]]:
    if isinstance(value, BaseModel):
        if "sources" in type(value).model_fields:
            yield loc, value
        for name in type(value).model_fields:
            if name != "sources":
                yield from _sourced_models(getattr(value, name), loc + (name,))
    elif isinstance(value, (list, tuple)):
        for i, element in enumerate(value):
            yield from _sourced_models(element, loc + (i,))
    elif isinstance(value, dict):
        for key, element in value.items():
            yield from _sourced_models(element, loc + (key,))


def _path(loc: tuple) -> str:
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _label(top: BaseModel, loc: tuple, model: BaseModel) -> str:
    """A short reading of the row: the event, or the item's key and the part of it."""
    event = [getattr(top, f, None) for f in ("state", "action", "instrument")]
    if all(isinstance(v, str) for v in event):
        state, action, instrument = event
        day = getattr(model, "date", None) or getattr(top, "date", None)
        return f"{state} {action} {instrument} {day}"
    ident = next(
        (str(v) for f in ("key", "slug", "code") if isinstance(v := getattr(top, f, None), str)),
        type(top).__name__,
    )
    if model is top:
        return ident
    if isinstance(number := getattr(model, "number", None), str):
        return f"{ident} art. {number}"
    names = [step for step in loc if isinstance(step, str)]
    return f"{ident} {names[-1].replace('_', ' ')}" if names else ident
