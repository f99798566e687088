"""Country geometry from Natural Earth (via world-atlas), and geodesic measures.

The data files in `atlas/data/` are built by `scripts/build_world_atlas.py` and committed:
one gzipped GeoJSON FeatureCollection per scale, holding each state's territory (keyed by
ISO 3166-1 alpha-2) and each land border between two states as the exact line the
topology shares between them. Nothing is downloaded at run time.

Measures are geodesic on the WGS 84 ellipsoid (pyproj's `Geod`, Karney's algorithms):
areas in km², lengths in km, independent of any map projection.
"""

from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import shapely
import yaml
from pyproj import Geod
from shapely.geometry.base import BaseGeometry

DATA_DIR = Path(__file__).resolve().parent / "data"
SCALES = ("110m", "50m", "10m")
# 1:50m by measurement (docs/atlas.md): every zone party but Tuvalu is drawn (1:110m drops
# 24 small island parties), borders reach 71% of the published Kazakhstan–Russia length
# (62% at 1:110m, 87% at 1:10m), and it loads in a quarter of 1:10m's time at a quarter
# of its size.
DEFAULT_SCALE = "50m"
SCALE_LABELS = {"110m": "1:110,000,000", "50m": "1:50,000,000", "10m": "1:10,000,000"}
# how far from a zone's drawn territory a test site still counts as in it: a small-scale
# map drops atolls and shifts coasts by about this much (docs/atlas.md)
SITE_TOLERANCE_KM = {"110m": 30.0, "50m": 15.0, "10m": 5.0}
DATASET = "Natural Earth 4.1.0 Admin-0 countries (npm world-atlas 2.0.2)"
GEOD = Geod(ellps="WGS84")


class UnknownScale(ValueError):
    """A scale the atlas has no data for; the message lists the ones it has."""


def check_scale(scale: str) -> str:
    if scale not in SCALES:
        raise UnknownScale(f"unknown scale {scale!r}: use one of {', '.join(SCALES)}")
    return scale


def scale_caption(scale: str) -> str:
    """`Natural Earth 4.1.0 … at 1:50m (1:50,000,000)` — what every figure is shown with."""
    return f"{DATASET}, scale 1:{scale} ({SCALE_LABELS[scale]})"


@dataclass(frozen=True)
class WorldMap:
    scale: str
    dataset: str
    countries: dict[str, BaseGeometry]  # code -> (Multi)Polygon
    borders: dict[tuple[str, str], BaseGeometry]  # (a, b) with a < b -> MultiLineString

    def border(self, a: str, b: str) -> BaseGeometry | None:
        return self.borders.get((a, b) if a < b else (b, a))

    def neighbours(self, code: str) -> list[str]:
        return sorted({b if a == code else a for a, b in self.borders if code in (a, b)})


_load_lock = threading.Lock()


def world_map(scale: str) -> WorldMap:
    """The map at this scale, read once per process (the files never change at run time)."""
    check_scale(scale)
    with _load_lock:
        return _world_map(scale)


@cache
def _world_map(scale: str) -> WorldMap:
    raw = gzip.decompress((DATA_DIR / f"ne-countries-{scale}.geojson.gz").read_bytes())
    collection = json.loads(raw)
    features = collection["features"]
    # one C-level parse of every geometry (much faster than building them in Python)
    geometries = shapely.from_geojson([json.dumps(f["geometry"]) for f in features])
    countries: dict[str, BaseGeometry] = {}
    borders: dict[tuple[str, str], BaseGeometry] = {}
    for feature, geometry in zip(features, geometries, strict=True):
        props = feature["properties"]
        if props["kind"] == "country":
            countries[props["code"]] = geometry
        else:
            borders[(props["a"], props["b"])] = geometry
    return WorldMap(scale, collection["dataset"]["name"], countries, borders)


def geodesic_area_km2(geometry: BaseGeometry) -> float:
    """Area on the WGS 84 ellipsoid, whatever the rings' orientation."""
    if geometry.is_empty:
        return 0.0
    polygons = getattr(geometry, "geoms", [geometry])
    total = 0.0
    for polygon in polygons:
        total += abs(GEOD.geometry_area_perimeter(polygon.exterior)[0])
        for hole in polygon.interiors:
            total -= abs(GEOD.geometry_area_perimeter(hole)[0])
    return total / 1e6


def geodesic_length_km(geometry: BaseGeometry | None) -> float:
    if geometry is None or geometry.is_empty:
        return 0.0
    return GEOD.geometry_length(geometry) / 1000


@cache
def feature_decisions() -> tuple[dict, ...]:
    """How the atlas treats Natural Earth features without an ISO code (with notes)."""
    data = yaml.safe_load((DATA_DIR / "natural-earth-features.yaml").read_text(encoding="utf-8"))
    return tuple(data["features"])


@cache
def map_codes() -> frozenset[str]:
    """Every state code the map files use (ISO 3166-1 alpha-2, and XK for Kosovo)."""
    table = json.loads((DATA_DIR / "iso-numeric-alpha2.json").read_text(encoding="utf-8"))
    decided = {d["code"] for d in feature_decisions() if d["code"]}
    return frozenset(table.values()) | decided
