"""Time of the atlas: the comparison table of every zone and the all-zones SVG map.

Loads the bundled data into a fresh data directory, then runs each measurement in a new
process (so "cold" includes reading the map and Django's start-up work the page would not
repeat):

- table, cold: no stored result; the map is read, every zone's territory united and
  measured;
- table, warm: the same call again in that process (kept in memory);
- table, another date: computed again in that warm process (map read, unions kept);
- table, new process: another process, the result read from the stored file (what a
  second server worker or CLI run does);
- map (all zones), cold / warm / another date / new process: the same for the all-zones
  SVG (the table already stored, as it is when the page asks for the map); "another date"
  draws the map again with the process's simplified outlines.

    python bench/atlas.py [--scale 50m] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from api import PYTHON, ROOT, load, nwfz_env  # noqa: E402

MEASURE = """
import json, sys, time
import django
django.setup()
from datetime import date
from nwfz.atlas.comparison import comparison_table
from nwfz.atlas.maps import world_svg
what, scale, on = sys.argv[1], sys.argv[2], date.fromisoformat(sys.argv[3])
from datetime import timedelta
def call(day):
    return comparison_table(scale, day) if what == "table" else world_svg(scale, day)
times = []
for day in (on, on, on + timedelta(days=1)):
    start = time.perf_counter()
    out = call(day)
    times.append(time.perf_counter() - start)
print(json.dumps({"first": times[0], "again": times[1], "other_day": times[2]}))
"""


def measure(env: dict, what: str, scale: str, on: str) -> dict:
    done = subprocess.run(
        [PYTHON, "-c", MEASURE, what, scale, on],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(scale: str, on: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="nwfz-bench-atlas-") as tmp:
        env = nwfz_env(Path(tmp), None)
        load(env)
        table = measure(env, "table", scale, on)
        table_stored = measure(env, "table", scale, on)
        svg = measure(env, "svg", scale, on)
        svg_stored = measure(env, "svg", scale, on)
    return {
        "table, cold": table["first"],
        "table, warm (same process)": table["again"],
        "table, another date (warm process, computed)": table["other_day"],
        "table, new process (stored)": table_stored["first"],
        "map all zones, cold": svg["first"],
        "map all zones, warm (same process)": svg["again"],
        "map all zones, another date (warm process, drawn)": svg["other_day"],
        "map all zones, new process (stored)": svg_stored["first"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", default="50m", choices=["110m", "50m", "10m"])
    parser.add_argument("--on", default="2026-01-01")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    args = parser.parse_args()
    runs = [run(args.scale, args.on) for _ in range(args.repeat)]
    best = {key: min(r[key] for r in runs) for key in runs[0]}
    print(f"atlas at 1:{args.scale}, every zone of the bundled data, best of {args.repeat}")
    for key, seconds in best.items():
        print(f"  {key:<50} {seconds * 1000:9.1f} ms")
    warm = best["map all zones, another date (warm process, drawn)"]
    verdict = "meets" if warm < 1 else "misses"
    print(f"all-zones map drawn in a warm process: {warm * 1000:.0f} ms — {verdict} < 1 s")
    print(json.dumps(best))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
