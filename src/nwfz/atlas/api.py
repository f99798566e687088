"""The atlas over the API: the comparison table, the claims, GeoJSON. Thin: every answer
comes from `atlas.comparison`/`atlas.maps`, computed once per data version."""

from datetime import date
from typing import Literal

from django.http import HttpResponse
from django.utils import timezone
from ninja import Router, Schema

from nwfz.atlas.claims import evaluate
from nwfz.atlas.comparison import comparison_table
from nwfz.atlas.maps import geojson, zone_svg
from nwfz.read_cache import cached_json
from nwfz.registry.api import Lang

router = Router(tags=["atlas"])
Scale = Literal["110m", "50m", "10m"]


class BorderOut(Schema):
    state: str
    km: int
    nuclear_status: str
    by_party: dict[str, int]


class SiteOut(Schema):
    site: str
    name: str
    tests: int | None
    inside: bool
    in_party_territory: bool
    in_treaty_area: bool | None
    distance_km: int | float | None
    sources: list[str]


class ProtocolOut(Schema):
    protocol: str
    statuses: dict[str, str]


class ZoneOut(Schema):
    zone: str
    regime: str
    name: str
    hemispheres: Literal["northern", "southern", "both"] | None
    area_km2: int
    parties: int
    party_codes: list[str]
    parties_not_drawn: list[str]
    territory_basis: str
    borders: list[BorderOut]
    test_sites: list[SiteOut]
    protocols: list[ProtocolOut]
    adopted: str | None
    entry_into_force: str | None
    scale: str


def _day(on: date | None) -> date:
    return on or timezone.localdate()


@router.get(
    "/atlas/compare",
    response=list[ZoneOut],
    summary="Every zone compared: hemispheres, area, parties, borders, test sites",
)
@cached_json
def compare(request, scale: Scale = "50m", on: date | None = None, lang: Lang = "en"):
    return comparison_table(scale, _day(on), lang)


@router.get("/atlas/claims", summary="The news item's three claims, checked against the table")
@cached_json
def claims(request, scale: Scale = "50m", on: date | None = None, lang: Lang = "en"):
    return evaluate(comparison_table(scale, _day(on), lang))


@router.get("/atlas/geojson", summary="Zones, treaty boundaries and test sites as GeoJSON")
def zones_geojson(request, scale: Scale = "50m", on: date | None = None, lang: Lang = "en"):
    return HttpResponse(geojson(scale, _day(on), lang), content_type="application/geo+json")


@router.get("/atlas/maps/{zone}.svg", summary="An SVG map of one zone (`all`: every zone)")
def zone_map(request, zone: str, scale: Scale = "50m", on: date | None = None, lang: Lang = "en"):
    from nwfz.atlas.maps import world_svg

    day = _day(on)
    text = world_svg(scale, day, lang) if zone == "all" else zone_svg(zone, scale, day, lang)
    return HttpResponse(text, content_type="image/svg+xml")
