"""Server-rendered SVG maps: every zone together, or one zone with its neighbours.

Equal Earth projection (pyproj), centred on the map's middle longitude; geometry crossing
the map's edge meridian is cut there. Land is simplified for drawing only (figures are
always computed on the full geometry). Each map carries a <title> and a <desc> for screen
readers, a legend, and the dataset and scale it was drawn from. No JavaScript.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

import shapely
from django.utils.translation import gettext as _
from django.utils.translation import override
from pyproj import Transformer
from shapely.geometry.base import BaseGeometry

from nwfz.atlas.boundaries import outline
from nwfz.atlas.geometry import DATASET, SCALES, WorldMap, world_map
from nwfz.atlas.labels import hemispheres, scale_text
from nwfz.atlas.metrics import TestSite, ZoneFacts, treaty_area, zone_territory

PALETTE = ["#2b8cbe", "#e6550d", "#31a354", "#756bb1", "#d6616b", "#8c6d31", "#17becf", "#bcbd22"]
LAND, NUCLEAR, OCEAN, INK = "#e3e3e3", "#8d8d8d", "#f4f8fb", "#222"
WIDTH = 960


@dataclass
class Frame:
    lon_0: float
    window: tuple[float, float, float, float]  # lon/lat box drawn
    transformer: Transformer
    x0: float
    y0: float
    k: float  # svg units per metre
    height: int


def _frame(window: tuple[float, float, float, float], lon_0: float) -> Frame:
    t = Transformer.from_crs(
        "EPSG:4326", f"+proj=eqearth +lon_0={lon_0} +datum=WGS84", always_xy=True
    )
    west, south, east, north = window
    lons = [west + (east - west) * i / 20 for i in range(21)]
    lats = [south + (north - south) * i / 20 for i in range(21)]
    xs, ys = t.transform([x for x in lons for _ in lats], [y for _ in lons for y in lats])
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    k = (WIDTH - 20) / (x1 - x0)
    height = int((y1 - y0) * k) + 20
    return Frame(lon_0, window, t, x0, y1, k, height)


def _pieces(geometry: BaseGeometry, frame: Frame) -> BaseGeometry:
    """The geometry as seen in the frame's window, copies 360° east and west included."""
    west, south, east, north = frame.window
    gw, gs, ge, gn = geometry.bounds
    parts = []
    for shift in (-360, 0, 360):
        if ge + shift < west or gw + shift > east or gn < south or gs > north:
            continue  # wholly outside: nothing to clip
        moved = shapely.transform(geometry, lambda xy, s=shift: xy + [s, 0]) if shift else geometry
        if west <= gw + shift and ge + shift <= east and south <= gs and gn <= north:
            parts.append(moved)  # wholly inside: no clipping needed
            continue
        piece = shapely.intersection(moved, shapely.box(west, south, east, north))
        if not piece.is_empty:
            parts.append(piece)
    if len(parts) == 1:
        return parts[0]
    return shapely.union_all(parts) if parts else shapely.GeometryCollection()


def _land(world: WorldMap, code: str, tolerance: float) -> BaseGeometry:
    """A country's outline simplified for drawing (kept per process for the bundled maps)."""
    if world.scale in SCALES and world is world_map(world.scale):
        return _simplified_land(world.scale, code, tolerance)
    return shapely.simplify(world.countries[code], tolerance, preserve_topology=True)


@lru_cache(maxsize=4096)
def _simplified_land(scale: str, code: str, tolerance: float) -> BaseGeometry:
    """A country's outline simplified for drawing at this tolerance, once per process (every
    map of a scale draws the same land)."""
    return shapely.simplify(world_map(scale).countries[code], tolerance, preserve_topology=True)


def _path(geometry: BaseGeometry, frame: Frame, tolerance: float, simplified: bool = False) -> str:
    """SVG path data of the geometry in the frame; `simplified`: already simplified for this
    tolerance (simplifying before clipping gives the same drawing at the map's resolution)."""
    if not simplified:
        geometry = shapely.simplify(geometry, tolerance, preserve_topology=True)
    geometry = _pieces(geometry, frame)
    if geometry.is_empty:
        return ""
    out = []

    def ring(coords) -> None:
        xs, ys = frame.transformer.transform(*zip(*coords, strict=True))
        pts = [
            f"{(x - frame.x0) * frame.k + 10:.1f},{(frame.y0 - y) * frame.k + 10:.1f}"
            for x, y in zip(xs, ys, strict=True)
        ]
        out.append("M" + "L".join(pts))

    for part in getattr(geometry, "geoms", [geometry]):
        if part.geom_type == "Polygon":
            ring(part.exterior.coords)
            for hole in part.interiors:
                ring(hole.coords)
            out[-1] += "Z"
        elif part.geom_type in ("LineString", "LinearRing"):
            ring(part.coords)
    return "".join(out)


def _zone_path(world: WorldMap, facts: ZoneFacts, frame: Frame, tolerance: float) -> str:
    """A zone's territory: its parties' simplified outlines one after another (drawing needs
    no union; the shared borders are drawn too), or the land in its treaty's area."""
    if facts.boundary is not None and facts.boundary.territory == "land_in_area":
        return _path(zone_territory(world, facts).geometry, frame, tolerance)
    return "".join(
        _path(_land(world, code, tolerance), frame, tolerance, True)
        for code in facts.parties
        if code in world.countries
    )


def _point(lon: float, lat: float, frame: Frame) -> tuple[float, float] | None:
    west, south, east, north = frame.window
    for shift in (0, 360, -360):
        if west <= lon + shift <= east and south <= lat <= north:
            x, y = frame.transformer.transform(lon + shift, lat)
            return (x - frame.x0) * frame.k + 10, (frame.y0 - y) * frame.k + 10
    return None


def _marker(x: float, y: float, inside: bool, label: str) -> str:
    fill = "#c00" if inside else "#fff"
    return (
        f'<path d="M{x:.1f},{y - 6:.1f}L{x + 5:.1f},{y + 4:.1f}L{x - 5:.1f},{y + 4:.1f}Z" '
        f'fill="{fill}" stroke="#600" stroke-width="1.2"><title>{escape(label)}</title></path>'
    )


def render(
    world: WorldMap,
    zones: list[ZoneFacts],
    nuclear: dict[str, str],
    sites: list[TestSite],
    rows: dict[str, dict],
    *,
    title: str,
    lang: str,
    window: tuple[float, float, float, float] = (-180, -90, 180, 90),
    lon_0: float = 0,
) -> str:
    """An SVG document: land, nuclear-armed states, zones, treaty areas, test sites, legend."""
    with override(lang):
        return _render(world, zones, nuclear, sites, rows, title, window, lon_0)


def _render(world, zones, nuclear, sites, rows, title, window, lon_0) -> str:
    frame = _frame(window, lon_0)
    tolerance = max(0.02, (window[2] - window[0]) / 1500)
    body = [f'<rect width="{WIDTH}" height="{frame.height}" fill="{OCEAN}"/>']
    for code in world.countries:
        fill = NUCLEAR if code in nuclear else LAND
        d = _path(_land(world, code, tolerance), frame, tolerance, True)
        if d:
            body.append(f'<path d="{d}" fill="{fill}" stroke="#fff" stroke-width="0.4"/>')
    legend = []
    for n, facts in enumerate(zones):
        colour = PALETTE[n % len(PALETTE)]
        d = _zone_path(world, facts, frame, tolerance)
        if d:
            body.append(
                f'<path d="{d}" fill="{colour}" fill-opacity="0.85" stroke="{INK}" '
                f'stroke-width="0.5"><title>{escape(facts.name)}</title></path>'
            )
        if facts.boundary is not None and treaty_area(world, facts) is not None:
            # the treaty's own line (longitudes may run past ±180: drawn on both sides)
            edge = shapely.LineString(outline(world, facts.boundary))
            d = _path(edge, frame, tolerance)
            if d:
                provision = escape(facts.boundary.provision)
                body.append(
                    f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="1.5" '
                    f'stroke-dasharray="6 3"><title>{provision}</title></path>'
                )
        legend.append((colour, facts.name))
    inside_codes = {s["site"] for r in rows.values() for s in r["test_sites"] if s["inside"]}
    for site in sites:
        xy = _point(site.lon, site.lat, frame)
        if xy is not None:
            tests = site.tests if site.tests is not None else "?"
            label = _("%(site)s: %(tests)s nuclear tests") % {"site": site.name, "tests": tests}
            body.append(_marker(*xy, site.key in inside_codes, label))
    body.append(_legend(legend, frame.height))
    caption = scale_text(world.scale)
    desc = _desc(zones, rows, caption)
    height = frame.height + 22 * ((len(legend) + 5) // 2) + 24
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-labelledby="map-title map-desc" '
        f'font-family="DejaVu Sans, sans-serif" font-size="12">'
        f'<title id="map-title">{escape(title)}</title><desc id="map-desc">{escape(desc)}</desc>'
        + "".join(body)
        + f'<text x="10" y="{height - 10}" fill="{INK}"><tspan lang="en">{escape(DATASET)}</tspan>'
        f", {escape(caption)}</text></svg>"
    )


def _legend(zones: list[tuple[str, str]], top: int) -> str:
    items = [(f'<rect width="14" height="10" fill="{c}"/>', name) for c, name in zones]
    items += [
        (f'<rect width="14" height="10" fill="{NUCLEAR}"/>', _("nuclear-armed state")),
        (
            '<path d="M0,5H14" stroke="#555" stroke-width="1.5" stroke-dasharray="4 2"/>',
            _("area the treaty draws by coordinates"),
        ),
        ('<path d="M7,-1L12,9L2,9Z" fill="#c00" stroke="#600"/>', _("test site inside the zone")),
        ('<path d="M7,-1L12,9L2,9Z" fill="#fff" stroke="#600"/>', _("test site outside")),
    ]
    out = [f'<g transform="translate(10,{top + 8})">']
    for i, (symbol, text) in enumerate(items):
        x, y = (i % 2) * 470, (i // 2) * 22
        out.append(
            f'<g transform="translate({x},{y})">{symbol}'
            f'<text x="20" y="10" fill="{INK}">{escape(text)}</text></g>'
        )
    out.append("</g>")
    return "".join(out)


def _desc(zones: list[ZoneFacts], rows: dict[str, dict], caption: str) -> str:
    parts = []
    for facts in zones:
        row = rows.get(facts.zone)
        if row is None:
            continue
        parts.append(
            _("%(zone)s: %(parties)s parties, %(area)s km², %(hem)s")
            % {
                "zone": facts.name,
                "parties": row["parties"],
                "area": f"{row['area_km2']:,}",
                "hem": hemispheres(row["hemispheres"]),
            }
        )
    return "; ".join(parts) + ". " + _("Map at %(scale)s.") % {"scale": caption}


def zone_window(world: WorldMap, facts: ZoneFacts) -> tuple[tuple[float, ...], float]:
    """A lon/lat window around a zone (with its treaty area) and the longitude to centre
    on; a zone across the 180th meridian is drawn centred on the Pacific."""
    geometry = zone_territory(world, facts).geometry
    area = treaty_area(world, facts)
    if area is not None:
        geometry = shapely.union_all([geometry, area])
    if geometry.is_empty:
        return (-180, -90, 180, 90), 0
    west, south, east, north = geometry.bounds
    if east - west > 300:  # across the 180th meridian: look from the Pacific
        shifted = shapely.transform(geometry, lambda xy: xy + [[360, 0]] * (xy[:, :1] < 0))
        west, south, east, north = shifted.bounds
    pad_x, pad_y = max(3, (east - west) * 0.15), max(3, (north - south) * 0.15)
    window = (west - pad_x, max(-90, south - pad_y), east + pad_x, min(90, north + pad_y))
    return window, (window[0] + window[2]) / 2
