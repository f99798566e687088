"""Zone boundaries that treaties draw by coordinates, as geometry.

A boundary is a closed sequence of vertices; the leg leaving each vertex runs along a
parallel or a meridian (straight in lon/lat), a rhumb line (straight in Mercator), a
geodesic, a land border the map holds (taken from the map at its scale), or an
`approximate` straight line where the treaty follows a line this dataset cannot give
(an exclusive economic zone's limit, a maritime boundary), said in the leg's note.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import shapely
from shapely.geometry.base import BaseGeometry

from nwfz.atlas.geometry import GEOD, WorldMap

STEP_DEGREES = 1.0  # densify legs so they keep their shape in any projection


@dataclass(frozen=True)
class Boundary:
    key: str
    instrument: str
    provision: str
    territory: str  # "parties" or "land_in_area"
    vertices: tuple[dict, ...]
    exclude: tuple[str, ...]
    note: str
    sources: tuple[str, ...]
    include: tuple[str, ...] = ()


def _mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _from_mercator_y(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)


def _steps(a: tuple[float, float], b: tuple[float, float]) -> int:
    return max(1, math.ceil(max(abs(b[0] - a[0]), abs(b[1] - a[1])) / STEP_DEGREES))


def leg_points(
    kind: str, a: tuple[float, float], b: tuple[float, float]
) -> list[tuple[float, float]]:
    """Points from `a` to `b` (lon, lat) along a leg of this kind, `b` excluded."""
    n = _steps(a, b)
    if kind == "rhumb":
        ya, yb = _mercator_y(a[1]), _mercator_y(b[1])
        return [a] + [
            (a[0] + (b[0] - a[0]) * i / n, _from_mercator_y(ya + (yb - ya) * i / n))
            for i in range(1, n)
        ]
    if kind == "geodesic":
        inner = GEOD.npts(a[0], a[1], b[0], b[1], n - 1) if n > 1 else []
        return [a, *inner]
    # parallels, meridians and approximate legs are straight in lon/lat
    return [(a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n) for i in range(n)]


def _border_points(
    world: WorldMap, between: list[str], start: tuple[float, float], end: tuple[float, float]
) -> list[tuple[float, float]]:
    """The map's border line between two states, oriented from `start` towards `end`."""
    line = world.border(*between)
    if line is None:
        return [start]
    merged = shapely.line_merge(line)
    parts = list(getattr(merged, "geoms", [merged]))
    coords = [tuple(c) for part in parts for c in part.coords]
    if shapely.Point(coords[0]).distance(shapely.Point(start)) > shapely.Point(coords[-1]).distance(
        shapely.Point(start)
    ):
        coords.reverse()
    return [start, *coords]


def unwrapped(vertices: tuple[dict, ...]) -> list[tuple[float, float]]:
    """Vertex positions with longitudes made continuous: a leg that crosses the 180th
    meridian goes on past 180 (or below -180) instead of jumping across the map."""
    out: list[tuple[float, float]] = []
    for vertex in vertices:
        lon = vertex["lon"]
        if out:
            while lon - out[-1][0] > 180:
                lon -= 360
            while lon - out[-1][0] < -180:
                lon += 360
        out.append((lon, vertex["lat"]))
    return out


def outline(world: WorldMap, boundary: Boundary) -> list[tuple[float, float]]:
    """The closed ring of the boundary, densified, as (lon, lat) points; longitudes may
    run past ±180 where the boundary crosses the 180th meridian (see `wrapped`)."""
    vertices = boundary.vertices
    positions = unwrapped(vertices)
    ring: list[tuple[float, float]] = []
    for i, vertex in enumerate(vertices):
        a = positions[i]
        b = positions[(i + 1) % len(positions)]
        if vertex["line"] == "land_border":
            ring += _border_points(world, vertex["between"], a, b)
        else:
            ring += leg_points(vertex["line"], a, b)
    ring.append(ring[0])
    return ring


def wrapped(geometry: BaseGeometry) -> BaseGeometry:
    """A geometry drawn with longitudes past ±180, cut at the 180th meridian and each part
    moved back into [-180, 180]."""
    parts = []
    for shift in (-360, 0, 360):
        window = shapely.box(-180 + shift, -90, 180 + shift, 90)
        piece = shapely.intersection(geometry, window)
        if piece.area > 0:  # not just the shared edge at the meridian
            parts.append(shapely.transform(piece, lambda xy, s=shift: xy - [s, 0]))
    return shapely.union_all(parts)


def area_geometry(world: WorldMap, boundary: Boundary) -> BaseGeometry:
    """The area inside the boundary, with the land of the states it takes in whole
    (`include`), less the land of the states it leaves out (`exclude`)."""
    area = wrapped(shapely.make_valid(shapely.Polygon(outline(world, boundary))))
    included = [world.countries[c] for c in boundary.include if c in world.countries]
    if included:
        area = shapely.union_all([area, *included])
    for code in boundary.exclude:
        if code in world.countries:
            area = shapely.difference(area, world.countries[code])
    return area


def boundaries(lang: str = "en") -> list[Boundary]:
    """The treaty boundaries of the record, their provision and note in `lang` (English
    where the package gives none in it)."""
    from nwfz.atlas.models import TreatyBoundary
    from nwfz.languages import supported

    lang = supported(lang)

    out = []
    for row in TreatyBoundary.objects.prefetch_related("sources").order_by("key"):
        out.append(
            Boundary(
                key=row.key,
                instrument=row.instrument,
                provision=getattr(row, f"provision_{lang}") or row.provision_en,
                territory=row.territory,
                vertices=tuple(row.vertices),
                exclude=tuple(row.exclude),
                include=tuple(row.include),
                note=getattr(row, f"note_{lang}") or row.note_en,
                sources=tuple(s.url for s in row.sources.all()),
            )
        )
    return out
