"""The interface an app implements for each top-level package key it owns.

A section validates its items with a pydantic schema, says which keys each item defines
and refers to (so references across files are checked before anything is written), and
writes its items to the database. Apps list their sections in `<app>.package_sections`
as `SECTIONS`; the registry's come first, then governance's and the atlas's (apps depend downward).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pydantic import BaseModel

from nwfz.datapackage.reading import PackageFile

Ref = tuple[str, str]  # (kind, key), e.g. ("source", "cns-2008"), ("state", "KZ")

SECTION_MODULES = (
    "nwfz.registry.package_sections",
    "nwfz.governance.package_sections",
    "nwfz.atlas.package_sections",
)


@dataclass
class Item:
    package: PackageFile
    loc: tuple[Any, ...]  # (section, index) or (section, key)
    value: BaseModel

    @property
    def line(self) -> int:
        return self.package.line_of(self.loc)


@dataclass
class Reference:
    loc: tuple[Any, ...]  # relative to the item
    kind: str
    key: str


@dataclass
class ApplyStats:
    written: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)

    def add(self, what: str, written: int = 0, removed: int = 0) -> None:
        self.written[what] = self.written.get(what, 0) + written
        self.removed[what] = self.removed.get(what, 0) + removed


class Section:
    name: ClassVar[str]
    schema: ClassVar[type[BaseModel]]
    keyed: ClassVar[bool] = False  # a mapping key -> item instead of a list
    kind: ClassVar[str] = ""  # the kind of key each item defines, if any ("source", "state")
    key_field: ClassVar[str] = ""  # the field holding that key

    def raw_defines(self, raw: object) -> list[Ref]:
        """Keys an item defines even when it failed validation (avoids cascading errors)."""
        if self.kind and isinstance(raw, dict) and isinstance(raw.get(self.key_field), str):
            return [(self.kind, raw[self.key_field])]
        return []

    def defines(self, item: Item) -> list[Ref]:
        return []

    def references(self, item: Item) -> list[Reference]:
        return []

    def conflicts(self, item: Item) -> list[tuple[tuple[Any, ...], str]]:
        """Informative: disagreements between sources kept in the item."""
        return []

    def validate(self, items: list[Item], known: set[Ref]) -> list[tuple[Item, tuple, str]]:
        """Checks across items (beyond the schema); returns (item, loc, message)."""
        return []

    def existing(self) -> set[Ref]:
        """Keys of this section's kind already in the database."""
        return set()

    def apply(self, items: list[Item], packages: set[str], stats: ApplyStats) -> None:
        raise NotImplementedError


def all_sections() -> list[Section]:
    sections: list[Section] = []
    for module_name in SECTION_MODULES:
        module = importlib.import_module(module_name)
        sections.extend(cls() for cls in module.SECTIONS)
    return sections


def source_refs(keys: list[str], loc: tuple[Any, ...] = ("sources",)) -> list[Reference]:
    return [Reference(loc + (i,), "source", key) for i, key in enumerate(keys)]
