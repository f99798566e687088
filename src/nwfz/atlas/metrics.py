"""The comparison of zones: plain functions over plain values and a WorldMap.

Nothing here reads the database: the registry's answers (parties on a date, each state's
nuclear status, the protocols' status) come in as `ZoneFacts` and `nuclear` mappings,
built by `atlas.selectors`. A zone's territory is the union of its parties' territories
at the map's scale, or, where the zone is an area the treaty draws by coordinates and
holds no party territory (the Antarctic Treaty's south of 60°S), the land inside that area.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import shapely
from shapely.geometry.base import BaseGeometry

from nwfz.atlas.boundaries import Boundary, area_geometry
from nwfz.atlas.geometry import (
    GEOD,
    SCALES,
    WorldMap,
    geodesic_area_km2,
    geodesic_length_km,
    world_map,
)

HEMISPHERES = ("northern", "southern", "both")


@dataclass(frozen=True)
class ProtocolStatus:
    protocol: str  # instrument slug
    statuses: dict[str, str]  # NPT nuclear-weapon state code -> status on the date


@dataclass(frozen=True)
class ZoneFacts:
    zone: str  # the treaty's slug
    regime: str
    name: str
    parties: tuple[str, ...]  # in force on the date asked
    adopted: date | None = None
    entry_into_force: date | None = None
    protocols: tuple[ProtocolStatus, ...] = ()
    boundary: Boundary | None = None  # the area the treaty draws by coordinates, if any


@dataclass(frozen=True)
class TestSite:
    __test__ = False  # not a pytest test class
    key: str
    name: str
    lon: float
    lat: float
    tests: int | None
    sources: tuple[str, ...] = ()
    note: str = ""


@dataclass
class Territory:
    geometry: BaseGeometry
    drawn: list[str]  # parties the map draws
    missing: list[str]  # parties too small for the map's scale
    basis: str  # "party_territory" or "treaty_area"


@dataclass
class ZoneRow:
    zone: str
    regime: str
    name: str
    scale: str
    hemispheres: str | None  # None: no party on the date asked
    area_km2: int
    parties: int
    party_codes: list[str]
    parties_not_drawn: list[str]
    basis: str
    borders: list[dict]
    test_sites: list[dict]
    protocols: list[dict]
    adopted: str | None
    entry_into_force: str | None
    extra: dict = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "zone": self.zone,
            "regime": self.regime,
            "name": self.name,
            "hemispheres": self.hemispheres,
            "area_km2": self.area_km2,
            "parties": self.parties,
            "party_codes": self.party_codes,
            "parties_not_drawn": self.parties_not_drawn,
            "territory_basis": self.basis,
            "borders": self.borders,
            "test_sites": self.test_sites,
            "protocols": self.protocols,
            "adopted": self.adopted,
            "entry_into_force": self.entry_into_force,
            "scale": self.scale,
        }


def hemispheres_of(geometry: BaseGeometry) -> str:
    """`northern` if nothing lies south of the Equator, `southern` if nothing lies north,
    `both` otherwise. A territory touching the Equator from one side stays on that side."""
    if geometry.is_empty:
        raise ValueError("an empty territory lies in no hemisphere")
    _, south, _, north = geometry.bounds
    if south >= 0:
        return "northern"
    if north <= 0:
        return "southern"
    return "both"


def treaty_area(world: WorldMap, facts: ZoneFacts) -> BaseGeometry | None:
    return area_geometry(world, facts.boundary) if facts.boundary else None


def land_in(world: WorldMap, area: BaseGeometry) -> BaseGeometry:
    """All the map's land inside an area."""
    pieces = [
        shapely.intersection(country, area)
        for country in world.countries.values()
        if shapely.intersects(country, area)
    ]
    return shapely.union_all(pieces)


def zone_territory(
    world: WorldMap, facts: ZoneFacts, area: BaseGeometry | None = None
) -> Territory:
    if facts.boundary is not None and facts.boundary.territory == "land_in_area":
        area = area if area is not None else treaty_area(world, facts)
        return Territory(land_in(world, area), [], [], "treaty_area")
    drawn = [code for code in facts.parties if code in world.countries]
    missing = [code for code in facts.parties if code not in world.countries]
    return Territory(_united(world, tuple(drawn)), drawn, missing, "party_territory")


def _united(world: WorldMap, codes: tuple[str, ...]) -> BaseGeometry:
    """The union of these countries' outlines; kept per process for the bundled maps (the
    same parties are united for every date and language asked)."""
    if world.scale in SCALES and world is world_map(world.scale):
        return _united_on_bundled_map(world.scale, codes)
    return shapely.union_all([world.countries[c] for c in codes])


@lru_cache(maxsize=256)
def _united_on_bundled_map(scale: str, codes: tuple[str, ...]) -> BaseGeometry:
    countries = world_map(scale).countries
    return shapely.union_all([countries[c] for c in codes])


def land_borders(world: WorldMap, parties: list[str], nuclear: dict[str, str]) -> list[dict]:
    """Geodesic length of the land border between the zone's parties and each nuclear-armed
    state outside it, longest first. `nuclear` maps codes to `npt_nws` or `nuclear_armed`."""
    inside = set(parties)
    out = []
    for state, status in nuclear.items():
        if state in inside:
            continue
        km = sum(geodesic_length_km(world.border(p, state)) for p in parties)
        if km > 0:
            by_party = {
                p: round(geodesic_length_km(world.border(p, state)))
                for p in parties
                if world.border(p, state) is not None
            }
            out.append(
                {"state": state, "km": round(km), "nuclear_status": status, "by_party": by_party}
            )
    return sorted(out, key=lambda b: (-b["km"], b["state"]))


def sites_in_zone(
    territory: Territory,
    area: BaseGeometry | None,
    sites: list[TestSite],
    tolerance_km: float,
) -> list[dict]:
    """Every test site with `inside` decided by geometry: in the zone's territory (within
    `tolerance_km` of it, since a small-scale map may drop or shift an atoll), or in the
    area the treaty itself draws. Inside first, then by distance."""
    out = []
    for site in sites:
        point = shapely.Point(site.lon, site.lat)
        distance = _distance_km(territory.geometry, point)
        in_territory = distance <= tolerance_km
        in_area = area is not None and area.covers(point)
        out.append(
            {
                "site": site.key,
                "name": site.name,
                "tests": site.tests,
                "inside": in_territory or in_area,
                "in_party_territory": in_territory and territory.basis == "party_territory",
                "in_treaty_area": in_area if area is not None else None,
                # no territory on the date (no party yet): no distance to give
                "distance_km": round(distance) if distance != float("inf") else None,
                "sources": list(site.sources),
            }
        )
    return sorted(out, key=lambda s: (not s["inside"], s["distance_km"], s["site"]))


def _distance_km(geometry: BaseGeometry, point: shapely.Point) -> float:
    """Geodesic distance from a point to the nearest point of a territory (0 inside)."""
    if geometry.is_empty:
        return float("inf")
    if geometry.covers(point):
        return 0.0
    # the nearest point is found in lon/lat (exact enough to pick it), measured geodesically
    (x, y), _ = shapely.shortest_line(geometry, point).coords
    _, _, metres = GEOD.inv(point.x, point.y, x, y)
    return metres / 1000


def zone_row(
    world: WorldMap,
    facts: ZoneFacts,
    nuclear: dict[str, str],
    sites: list[TestSite],
    tolerance_km: float,
) -> ZoneRow:
    area = treaty_area(world, facts)
    territory = zone_territory(world, facts, area)
    empty = territory.geometry.is_empty
    hemispheres = None if empty else hemispheres_of(territory.geometry)
    return ZoneRow(
        zone=facts.zone,
        regime=facts.regime,
        name=facts.name,
        scale=world.scale,
        hemispheres=hemispheres,
        area_km2=round(geodesic_area_km2(territory.geometry)),
        parties=len(facts.parties),
        party_codes=list(facts.parties),
        parties_not_drawn=territory.missing,
        basis=territory.basis,
        borders=land_borders(world, territory.drawn, nuclear),
        test_sites=sites_in_zone(territory, area, sites, tolerance_km),
        protocols=[{"protocol": p.protocol, "statuses": p.statuses} for p in facts.protocols],
        adopted=facts.adopted.isoformat() if facts.adopted else None,
        entry_into_force=facts.entry_into_force.isoformat() if facts.entry_into_force else None,
    )
