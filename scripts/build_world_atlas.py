#!/usr/bin/env python3
"""Build the atlas's country geometry from the npm package `world-atlas` (reproducible).

    .venv/bin/python scripts/build_world_atlas.py            # or: make atlas-data

What it does, every time the same way:
1. `npm pack world-atlas@2.0.2` from the npm registry into a temporary folder and checks
   the tarball against the registry's published sha512 integrity (pinned below);
2. decodes the TopoJSON topologies (Natural Earth 4.1.0 Admin-0 countries at 1:110m,
   1:50m and 1:10m; quantized lon/lat) in plain Python (TopoJSON specification 2.1);
3. gives every feature an ISO 3166-1 alpha-2 code: its ISO numeric `id` through pycountry
   (the ISO 3166 tables as Debian's iso-codes package keeps them), or, for the features
   Natural Earth leaves without an id, the decision written in
   `src/nwfz/atlas/data/natural-earth-features.yaml` (each with its note);
4. merges the features that share a code (shapely `unary_union`), and keeps every TopoJSON
   arc shared by two features of different codes as a land border between the two codes
   (a topology holds each border line once, so the line is exact for the dataset);
5. writes one gzipped GeoJSON FeatureCollection per scale to
   `src/nwfz/atlas/data/ne-countries-<scale>.geojson.gz` (countries, then borders), plus
   `iso-numeric-alpha2.json` (the code table used) and the package's LICENSE.

Nothing here runs when nwfz runs: the outputs are committed, so a fresh machine needs no
network. Re-run it to move to another world-atlas release (change VERSION and INTEGRITY).
Needs: npm on PATH, and the Python packages in pyproject's `atlas-build` extra.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

import pycountry
import yaml
from shapely import MultiPolygon, Polygon, make_valid, unary_union
from shapely.geometry import mapping

PACKAGE = "world-atlas"
VERSION = "2.0.2"
INTEGRITY = (
    "sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
)
SCALES = ("110m", "50m", "10m")
DIGITS = 5  # 1e-5 degree (about 1 m): finer than the topology's quantization grid
OUT = Path(__file__).resolve().parent.parent / "src" / "nwfz" / "atlas" / "data"


def fetch_tarball(workdir: Path) -> bytes:
    subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent", "--pack-destination", str(workdir)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    data = (workdir / f"{PACKAGE}-{VERSION}.tgz").read_bytes()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != INTEGRITY:
        sys.exit(f"{PACKAGE}@{VERSION}: integrity {digest} does not match the pinned {INTEGRITY}")
    return data


def member(tarball: bytes, name: str) -> bytes:
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as tar:
        return tar.extractfile(f"package/{name}").read()


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Quantized, delta-encoded arcs → lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * sx + tx, DIGITS), round(y * sy + ty, DIGITS)))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def polygons_of(geometry: dict, arcs) -> list[Polygon]:
    parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    out = []
    for rings in parts:
        shell, *holes = (ring(arcs, r) for r in rings)
        if len(shell) < 4:  # an islet that quantization collapsed to a point or a line
            continue
        out.append(Polygon(shell, [h for h in holes if len(h) >= 4]))
    return out


def arc_ids(geometry: dict) -> list[int]:
    parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    return [i if i >= 0 else ~i for rings in parts for r in rings for i in r]


def code_of(feature: dict, decisions: dict) -> tuple[str | None, str]:
    name = feature["properties"]["name"]
    if name in decisions:
        return decisions[name]["code"], name
    numeric = feature.get("id")
    country = pycountry.countries.get(numeric=numeric) if numeric else None
    if country is None:
        sys.exit(
            f"{name!r} (id {numeric!r}) has no ISO 3166-1 code and no decision in "
            "natural-earth-features.yaml: add one"
        )
    return country.alpha_2, name


def build_scale(topology: dict, decisions: dict, table: dict) -> dict:
    arcs = decode_arcs(topology)
    polygons: dict[str, list[Polygon]] = defaultdict(list)
    names: dict[str, list[str]] = defaultdict(list)
    users: dict[int, set[str]] = defaultdict(set)
    for feature in topology["objects"]["countries"]["geometries"]:
        code, name = code_of(feature, decisions)
        if feature.get("id"):
            table[feature["id"]] = code
        if code is None:  # disputed areas assigned to no state: drawn by nobody
            code = "--"
        polygons[code] += polygons_of(feature, arcs)
        names[code].append(name)
        for i in arc_ids(feature):
            users[i].add(code)
    features = []
    for code in sorted(polygons):
        if code == "--":
            continue
        merged = unary_union([make_valid(p) for p in polygons[code]])
        if merged.geom_type == "Polygon":
            merged = MultiPolygon([merged])
        elif merged.geom_type != "MultiPolygon":
            merged = MultiPolygon([g for g in merged.geoms if g.geom_type == "Polygon"])
        features.append(
            {
                "type": "Feature",
                "properties": {"kind": "country", "code": code, "ne_names": sorted(names[code])},
                "geometry": mapping(merged),
            }
        )
    pairs: dict[tuple[str, str], list[list[tuple[float, float]]]] = defaultdict(list)
    for i, codes in users.items():
        if len(codes) == 2 and "--" not in codes:
            pairs[tuple(sorted(codes))].append(arcs[i])
        elif len(codes) == 2:  # a line with a disputed area: kept under the real state
            (real,) = codes - {"--"}
            pairs[(real, "--")].append(arcs[i])
    for (a, b), lines in sorted(pairs.items()):
        features.append(
            {
                "type": "Feature",
                "properties": {"kind": "border", "a": a, "b": b},
                "geometry": {"type": "MultiLineString", "coordinates": lines},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    decisions = yaml.safe_load((OUT / "natural-earth-features.yaml").read_text())["features"]
    decisions = {d["name"]: d for d in decisions}
    with tempfile.TemporaryDirectory() as tmp:
        tarball = fetch_tarball(Path(tmp))
    table: dict[str, str] = {}
    for scale in SCALES:
        topology = json.loads(member(tarball, f"countries-{scale}.json"))
        collection = build_scale(topology, decisions, table)
        collection["dataset"] = {
            "name": "Natural Earth 4.1.0 Admin-0 countries",
            "scale": scale,
            "package": f"{PACKAGE}@{VERSION}",
            "integrity": INTEGRITY,
        }
        text = json.dumps(collection, separators=(",", ":"), ensure_ascii=False)
        target = OUT / f"ne-countries-{scale}.geojson.gz"
        # mtime=0: the same input gives the same bytes (a rebuild changes nothing in git)
        target.write_bytes(gzip.compress(text.encode(), compresslevel=9, mtime=0))
        print(f"{target.name}: {len(text) / 1e6:.2f} MB of GeoJSON, "
              f"{target.stat().st_size / 1e6:.2f} MB gzipped")
    (OUT / "iso-numeric-alpha2.json").write_text(
        json.dumps(dict(sorted(table.items())), indent=0) + "\n"
    )
    (OUT / "WORLD-ATLAS-LICENSE").write_bytes(member(tarball, "LICENSE"))


if __name__ == "__main__":
    main()
