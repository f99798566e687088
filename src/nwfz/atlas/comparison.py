"""The comparison table of every zone, computed once per data version and kept.

A cold computation reads the map (a second or more at 1:10m) and unites territories; the
answer depends only on the data (the newest audit entry), the date asked, the scale, the
language and the atlas's own code and map files. So it is kept twice: in this process
(`read_cache.memoized`, keyed by the data version) and on disk under the data directory,
in a file whose name carries the data version and a fingerprint of the atlas, so a new
process (a CLI run, another server worker) reads it instead of computing it again.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from functools import cache
from pathlib import Path

from django.conf import settings

from nwfz.atlas.geometry import SITE_TOLERANCE_KM, check_scale, world_map
from nwfz.atlas.metrics import zone_row
from nwfz.atlas.selectors import (
    nuclear_states,
    test_sites,
    treaty_boundaries,
    zone_facts,
    zone_regimes,
)
from nwfz.read_cache import data_version, memoized


def _store() -> Path:
    path = Path(settings.DATA_DIR) / "atlas"
    path.mkdir(parents=True, exist_ok=True)
    return path


@cache
def atlas_fingerprint() -> str:
    """A hash of the atlas's code and map files and of the compiled translations (the maps
    carry translated text): a new nwfz computes anew."""
    root = Path(__file__).resolve().parent
    catalogues = sorted((root.parent / "locale").glob("*/LC_MESSAGES/django.mo"))
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")) + catalogues:
        if path.suffix in {".py", ".gz", ".yaml", ".mo"}:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def compute_table(scale: str, on: date, lang: str = "en") -> list[dict]:
    """The table computed from the registry and the map, with no cache at all."""
    world = world_map(scale)
    nuclear = nuclear_states()
    sites = test_sites(lang)
    boundaries = treaty_boundaries(lang)
    tolerance = SITE_TOLERANCE_KM[scale]
    return [
        zone_row(
            world, zone_facts(regime, on, lang, boundaries), nuclear, sites, tolerance
        ).as_json()
        for regime in zone_regimes()
    ]


def comparison_table(scale: str, on: date, lang: str = "en") -> list[dict]:
    """The table for this scale, date and language, computed once per data version."""
    check_scale(scale)
    stem = f"compare-{scale}-{on.isoformat()}-{lang}"
    return memoized(
        ("atlas-compare", scale, on, lang),
        lambda: json.loads(stored(stem, "json", lambda: _json(compute_table(scale, on, lang)))),
    )


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def stored(stem: str, suffix: str, compute) -> str:
    """Text kept on disk under a name carrying the data version and the atlas fingerprint;
    `compute()` runs only when no such file exists (older files of the stem are removed)."""
    version = hashlib.sha256((data_version() + atlas_fingerprint()).encode()).hexdigest()[:16]
    target = _store() / f"{stem}-{version}.{suffix}"
    try:
        return target.read_text(encoding="utf-8")
    except OSError:
        pass
    text = compute()
    for old in _store().glob(f"{stem}-*.{suffix}"):
        old.unlink(missing_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)
    return text
