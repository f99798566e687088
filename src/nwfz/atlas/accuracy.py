"""The map's measures set beside independent published figures, with the tolerance each
scale is held to.

A generalised map shortens every border (its lines cut corners; the coarser the scale,
the more): Kazakhstan–Russia measures about 62% of the published length at 1:110m, 71% at
1:50m and 87% at 1:10m. Areas change far less with scale. The bands below are what the
tests hold the geometry to (docs/atlas.md); a figure outside its band is flagged.
"""

from __future__ import annotations

from nwfz.atlas.geometry import WorldMap, geodesic_area_km2, geodesic_length_km

# measured / published, per scale
BORDER_BANDS = {"110m": (0.55, 1.02), "50m": (0.65, 1.02), "10m": (0.75, 1.02)}
AREA_BANDS = {"110m": (0.90, 1.05), "50m": (0.92, 1.05), "10m": (0.92, 1.05)}


def measured(world: WorldMap, figure: dict, zone_areas: dict[str, int] | None = None):
    """The map's measure of what a published figure measures (None if the map lacks it)."""
    if figure["kind"] == "border_length":
        line = world.border(*figure["states"])
        return round(geodesic_length_km(line)) if line is not None else None
    if figure["zone"]:
        return (zone_areas or {}).get(figure["zone"])
    country = world.countries.get(figure["states"][0])
    return round(geodesic_area_km2(country)) if country is not None else None


def check(world: WorldMap, figures: list[dict], zone_areas: dict[str, int] | None = None):
    """One row per published figure: published, measured, ratio and whether the ratio is
    within the scale's band."""
    out = []
    for figure in figures:
        value = measured(world, figure, zone_areas)
        bands = BORDER_BANDS if figure["kind"] == "border_length" else AREA_BANDS
        low, high = bands[world.scale]
        ratio = value / figure["value"] if value is not None else None
        out.append(
            {
                "key": figure["key"],
                "kind": figure["kind"],
                "subject": figure["zone"] or "–".join(figure["states"]),
                "published": figure["value"],
                "unit": figure["unit"],
                "as_of": figure.get("as_of", ""),
                "measured": value,
                "ratio": round(ratio, 3) if ratio is not None else None,
                "band": [low, high],
                "within": ratio is not None and low <= ratio <= high,
                "scale": world.scale,
                "sources": figure.get("sources", []),
            }
        )
    return out


def published_figures() -> list[dict]:
    """The published figures of the record (data packages), as plain values."""
    from nwfz.atlas.models import PublishedFigure

    return [
        {
            "key": f.key,
            "kind": f.kind,
            "states": list(f.states),
            "zone": f.zone,
            "value": f.value,
            "unit": f.unit,
            "as_of": f.as_of,
            "note": f.note_en,
            "sources": [s.url for s in f.sources.all()],
        }
        for f in PublishedFigure.objects.prefetch_related("sources").order_by("key")
    ]


def accuracy_table(scale: str, on) -> list[dict]:
    """The record's published figures beside the map's measures at this scale (zone areas
    from the comparison table on `on`), computed once per data version."""
    from nwfz.atlas.comparison import comparison_table
    from nwfz.atlas.geometry import world_map
    from nwfz.read_cache import memoized

    def compute() -> list[dict]:
        areas = {r["zone"]: r["area_km2"] for r in comparison_table(scale, on)}
        return check(world_map(scale), published_figures(), areas)

    return memoized(("atlas-accuracy", scale, on), compute)
