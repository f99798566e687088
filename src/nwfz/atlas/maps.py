"""Maps and the GeoJSON export, computed once per data version and kept (like the table)."""

from __future__ import annotations

import json
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import override

from nwfz.atlas import svg
from nwfz.atlas.boundaries import outline
from nwfz.atlas.comparison import comparison_table, stored
from nwfz.atlas.geometry import DATASET, check_scale, world_map
from nwfz.atlas.metrics import treaty_area, zone_territory
from nwfz.atlas.selectors import (
    nuclear_states,
    test_sites,
    treaty_boundaries,
    zone_facts,
    zone_regimes,
)
from nwfz.read_cache import memoized
from nwfz.registry.selectors import NotFound


def _zones(on: date, lang: str):
    boundaries = treaty_boundaries(lang)
    return [zone_facts(r, on, lang, boundaries) for r in zone_regimes()]


def world_svg(scale: str, on: date, lang: str = "en") -> str:
    """All zones on one map."""
    check_scale(scale)

    def compute() -> str:
        rows = {r["zone"]: r for r in comparison_table(scale, on, lang)}
        with override(lang):
            title = _("Nuclear-weapon-free zones on %(on)s") % {"on": on.isoformat()}
        return svg.render(
            world_map(scale),
            _zones(on, lang),
            nuclear_states(),
            test_sites(lang),
            rows,
            title=title,
            lang=lang,
        )

    stem = f"map-all-{scale}-{on.isoformat()}-{lang}"
    return memoized(("atlas-svg", "all", scale, on, lang), lambda: stored(stem, "svg", compute))


def zone_svg(zone: str, scale: str, on: date, lang: str = "en") -> str:
    """One zone, with its neighbours and the test sites in view."""
    check_scale(scale)
    zones = {z.zone: z for z in _zones(on, lang)}
    if zone not in zones:
        known = ", ".join(zones) or "none loaded"
        raise NotFound(f"unknown zone {zone!r} (known: {known})")

    def compute() -> str:
        world = world_map(scale)
        facts = zones[zone]
        rows = {r["zone"]: r for r in comparison_table(scale, on, lang)}
        window, lon_0 = svg.zone_window(world, facts)
        with override(lang):
            title = _("%(zone)s on %(on)s") % {"zone": facts.name, "on": on.isoformat()}
        return svg.render(
            world,
            [facts],
            nuclear_states(),
            test_sites(lang),
            {zone: rows[zone]},
            title=title,
            lang=lang,
            window=window,
            lon_0=lon_0,
        )

    stem = f"map-{zone}-{scale}-{on.isoformat()}-{lang}"
    return memoized(("atlas-svg", zone, scale, on, lang), lambda: stored(stem, "svg", compute))


def geojson(scale: str, on: date, lang: str = "en") -> str:
    """Zones (territory), treaty areas and their outlines, and test sites as GeoJSON."""
    check_scale(scale)

    def compute() -> str:
        world = world_map(scale)
        rows = {r["zone"]: r for r in comparison_table(scale, on, lang)}
        features = []
        for facts in _zones(on, lang):
            row = rows[facts.zone]
            territory = zone_territory(world, facts)
            features.append(
                _feature(
                    territory.geometry,
                    {
                        "layer": "zone",
                        "zone": facts.zone,
                        "name": facts.name,
                        "parties": row["parties"],
                        "party_codes": row["party_codes"],
                        "area_km2": row["area_km2"],
                        "hemispheres": row["hemispheres"],
                    },
                )
            )
            if facts.boundary is not None:
                b = facts.boundary
                props = {
                    "zone": facts.zone,
                    "boundary": b.key,
                    "provision": b.provision,
                    "note": b.note,
                    "sources": list(b.sources),
                }
                features.append(
                    _feature(treaty_area(world, facts), {"layer": "treaty_area", **props})
                )
                ring = [[round(x, 5), round(y, 5)] for x, y in outline(world, b)]
                features.append(
                    {
                        "type": "Feature",
                        "properties": {
                            "layer": "treaty_boundary",
                            **props,
                            "vertices": list(b.vertices),
                        },
                        "geometry": {"type": "LineString", "coordinates": ring},
                    }
                )
        for site in test_sites(lang):
            inside = sorted(
                z
                for z, r in rows.items()
                for s in r["test_sites"]
                if s["site"] == site.key and s["inside"]
            )
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "layer": "test_site",
                        "site": site.key,
                        "name": site.name,
                        "tests": site.tests,
                        "inside": inside,
                        "sources": list(site.sources),
                    },
                    "geometry": {"type": "Point", "coordinates": [site.lon, site.lat]},
                }
            )
        return json.dumps(
            {
                "type": "FeatureCollection",
                "dataset": DATASET,
                "scale": scale,
                "on": on.isoformat(),
                "features": features,
            },
            ensure_ascii=False,
        )

    stem = f"geojson-{scale}-{on.isoformat()}-{lang}"
    return memoized(("atlas-geojson", scale, on, lang), lambda: stored(stem, "geojson", compute))


def _feature(geometry, properties: dict) -> dict:
    import shapely

    rounded = shapely.set_precision(geometry, 1e-5) if not geometry.is_empty else geometry
    return {
        "type": "Feature",
        "properties": properties,
        "geometry": json.loads(shapely.to_geojson(rounded)),
    }
