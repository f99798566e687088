"""The atlas's portal pages (under /en/atlas/, /ru/atlas/, /kk/atlas/): the comparison of
every zone, the news item's claims, the maps, and the map's figures beside published ones.

Thin: every figure comes from the stored results (`comparison_table`, `world_svg`,
`zone_svg`, `accuracy_table`), computed once per data version and date and kept on disk;
the page itself is kept by the page cache (`public_page`).
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from nwfz.atlas.accuracy import accuracy_table
from nwfz.atlas.claims import evaluate
from nwfz.atlas.comparison import comparison_table
from nwfz.atlas.geometry import DATASET, DEFAULT_SCALE
from nwfz.atlas.labels import VERDICTS, hemispheres, scale_text
from nwfz.atlas.maps import world_svg, zone_svg
from nwfz.languages import active_language
from nwfz.registry.selectors import state_names
from nwfz.web.page_cache import public_page


def _rows(lang: str, on) -> list[dict]:
    """The comparison table with what the page shows beside each figure (names, labels)."""
    names = state_names(lang)
    rows = []
    for row in comparison_table(DEFAULT_SCALE, on, lang):
        rows.append(
            {
                **row,
                "hemispheres_label": hemispheres(row["hemispheres"]),
                "border_rows": [
                    {**b, "state_name": names.get(b["state"], b["state"])} for b in row["borders"]
                ],
                "sites_inside": [s for s in row["test_sites"] if s["inside"]],
                "protocol_rows": [
                    {
                        "protocol": p["protocol"],
                        "statuses": [
                            (code, names.get(code, code), status)
                            for code, status in p["statuses"].items()
                        ],
                    }
                    for p in row["protocols"]
                ],
            }
        )
    return rows


def _named(value, zones: dict[str, str], states: dict[str, str]):
    """The claims' figures with each zone's and state's name beside its code."""
    if isinstance(value, list):
        return [_named(v, zones, states) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _named(v, zones, states) for k, v in value.items()}
    if isinstance(value.get("zone"), str):
        out["zone_name"] = zones.get(value["zone"], value["zone"])
    if isinstance(value.get("state"), str):
        out["state_name"] = states.get(value["state"], value["state"])
    if "other_zones_with_test_sites" in value:
        out["other_zones"] = [
            {**_named(v, zones, states), "zone_name": zones.get(k, k)}
            for k, v in value["other_zones_with_test_sites"].items()
        ]
    return out


def _figures(on, subject: str | None = None) -> list[dict]:
    """The published figures beside the map's measures (whole numbers shown as such)."""
    out = []
    for f in accuracy_table(DEFAULT_SCALE, on):
        if subject is None or f["subject"] == subject:
            value = f["published"]
            out.append({**f, "published": int(value) if value == int(value) else value})
    return out


def _common(on) -> dict:
    return {
        "on": on,
        "dataset": DATASET,
        "scale": DEFAULT_SCALE,
        "scale_text": scale_text(DEFAULT_SCALE),
        "verdicts": {k: str(v) for k, v in VERDICTS.items()},
    }


@require_GET
@public_page
def atlas_page(request: HttpRequest) -> HttpResponse:
    lang = active_language()
    on = timezone.localdate()
    rows = _rows(lang, on)
    names = {r["zone"]: r["name"] for r in rows}
    context = {
        **_common(on),
        "rows": rows,
        "claims": _named(
            evaluate(comparison_table(DEFAULT_SCALE, on, lang)), names, state_names(lang)
        ),
        "figures": _figures(on),
        "map": world_svg(DEFAULT_SCALE, on, lang),
    }
    return render(request, "atlas/atlas.html", context)


@require_GET
@public_page
def zone_page(request: HttpRequest, slug: str) -> HttpResponse:
    """One regime's zone: its map and its row of the table (`slug`: the regime's)."""
    lang = active_language()
    on = timezone.localdate()
    row = next((r for r in _rows(lang, on) if r["regime"] == slug), None)
    if row is None:
        raise Http404(f"no zone for the regime {slug!r}")
    context = {
        **_common(on),
        "row": row,
        "map": zone_svg(row["zone"], DEFAULT_SCALE, on, lang),
        "figures": _figures(on, row["zone"]),
    }
    return render(request, "atlas/zone.html", context)
