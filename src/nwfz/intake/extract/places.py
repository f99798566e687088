"""The gazetteer of places intake recognises (places.yaml): one list for Russian, Kazakh and
English, each language's rules turning an entry into its own patterns (ru.py, kk.py, en.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from .common import Pattern

GAZETTEER = Path(__file__).with_name("places.yaml")
PARTIES = frozenset({"KZ", "KG", "TJ", "TM", "UZ"})
KEYS = frozenset(
    {"name", "state", "capital", "en", "en_adjective", "en_country", "ru_in", "ru", "kk"}
)
NAMES = ("en", "ru_in", "ru", "kk")


class GazetteerError(ValueError):
    """A places file entry that cannot be read; the message names the file and the line."""


@dataclass(frozen=True)
class Place:
    name: str
    state: str
    capital: bool = False
    en: tuple[str, ...] = ()
    en_adjective: str | None = None
    en_country: str | None = None
    ru_in: tuple[str, ...] = ()
    ru: tuple[str, ...] = ()
    kk: tuple[str, ...] = ()

    @property
    def in_a_party(self) -> bool:
        return self.state in PARTIES


def read_gazetteer(text: str, source: str) -> tuple[Place, ...]:
    """The places of a gazetteer's text; a bad entry raises GazetteerError naming
    `source` and the entry's line."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        raise GazetteerError(f"{source}: not valid YAML ({exc})") from exc
    if root is None or not isinstance(root, yaml.SequenceNode):
        raise GazetteerError(f"{source}: expected a list of places")
    places, seen = [], set()
    for node in root.value:
        where = f"{source}, line {node.start_mark.line + 1}"
        entry = yaml.safe_load(yaml.serialize(node))
        places.append(_place(entry, where))
        if places[-1].name in seen:
            raise GazetteerError(f"{where}: place {places[-1].name!r} is listed twice")
        seen.add(places[-1].name)
    return tuple(places)


def _place(entry: object, where: str) -> Place:
    if not isinstance(entry, dict):
        raise GazetteerError(f"{where}: a place must be a mapping with 'name' and 'state'")
    unknown = sorted(set(entry) - KEYS)
    if unknown:
        raise GazetteerError(f"{where}: unknown key {unknown[0]!r} (known: {sorted(KEYS)})")
    for key in ("name", "state"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise GazetteerError(f"{where}: {key!r} is missing or empty")
    if not re.fullmatch(r"[A-Z]{2}", entry["state"]):
        raise GazetteerError(f"{where}: state {entry['state']!r} is not a two-letter ISO code")
    names = {}
    for key in NAMES:
        value = entry.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise GazetteerError(f"{where}: {key!r} must be a list of names")
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise GazetteerError(f"{where}: {key!r} name {pattern!r}: {exc}") from exc
        names[key] = tuple(value)
    capital = entry.get("capital", False)
    if not isinstance(capital, bool):
        raise GazetteerError(f"{where}: 'capital' must be true or false")
    return Place(
        name=entry["name"],
        state=entry["state"],
        capital=capital,
        en_adjective=entry.get("en_adjective"),
        en_country=entry.get("en_country"),
        **names,
    )


@cache
def gazetteer() -> tuple[Place, ...]:
    return read_gazetteer(GAZETTEER.read_text(encoding="utf-8"), GAZETTEER.name)


def places_for(build: Callable[[Place], Pattern | None]) -> list[tuple[str, Pattern]]:
    """Each place of the gazetteer with a language's pattern for it (`build` gives None for a
    place the language does not name)."""
    found = ((place.name, build(place)) for place in gazetteer())
    return [(name, pattern) for name, pattern in found if pattern is not None]


def party_cities() -> frozenset[str]:
    """The names of the Central Asian parties' cities."""
    return frozenset(place.name for place in gazetteer() if place.in_a_party)


def party_capitals() -> dict[str, str]:
    """Each Central Asian party's capital by its state's code ('KZ': 'Astana')."""
    return {place.state: place.name for place in gazetteer() if place.capital and place.in_a_party}


def one_of(names: tuple[str, ...]) -> str:
    return "(?:" + "|".join(names) + ")"
