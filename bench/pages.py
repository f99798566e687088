"""Throughput and latency of the public pages (regime, state, governance) under load.

Loads the bundled data into a fresh SQLite database, starts `nwfz serve` with one worker,
and drives the pages with CONCURRENCY keep-alive clients (bench/loadgen.py) for SECONDS:

- cold: every request asks for a different date (`?on=`), so every page is rendered;
- warm: the nine pages (three pages in three languages) again and again, answered from
  the page cache (web/page_cache.py) after the first request.

Prints req/s, p50 and p99 for each, and whether warm meets the target (>= 1,000 req/s per
worker, p99 < 25 ms).

    python bench/pages.py [--seconds 10] [--concurrency 16] [--workers 1]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from api import NWFZ, line, load, nwfz_env, serve_and_measure  # noqa: E402

PAGES = ["/{lang}/regimes/canwfz/", "/{lang}/states/KZ/", "/{lang}/regimes/canwfz/governance/"]
LANGS = ("en", "ru", "kk")
WARM = [p.format(lang=lang) for lang in LANGS for p in PAGES]
COLD = [
    p.format(lang=lang) + f"?on={y}-{m:02d}-{d:02d}"
    for y in range(1995, 2030)
    for m in range(1, 13)
    for d in range(1, 29)
    for lang in LANGS
    for p in PAGES
]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1, help="blocking threads per worker")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="nwfz-bench-pages-") as tmp:
        env = nwfz_env(Path(tmp), None)
        load(env)
        serve = [NWFZ, "serve", "--port", "{port}", "--workers", str(args.workers)]
        serve += ["--threads", str(args.threads)]
        results["pages, cold (every request rendered)"] = serve_and_measure(
            serve, env, args, WARM[0], COLD
        )
        results["pages, warm (page cache)"] = serve_and_measure(serve, env, args, WARM[0], WARM)
    print(
        f"regime, state and governance pages in en/ru/kk, {args.concurrency} concurrent "
        f"clients, {args.seconds:.0f} s each, {args.workers} worker(s), {os.cpu_count()} cores"
        " (client shares them)"
    )
    for name, r in results.items():
        print(line(name, r))
    warm = results["pages, warm (page cache)"]
    per_worker = warm["rps"] / args.workers
    verdict = "meets" if per_worker >= 1000 and warm["p99_ms"] < 25 else "misses"
    print(
        f"warm: {per_worker:.0f} req/s per worker, p99 {warm['p99_ms']:.1f} ms — {verdict} "
        "the target (>= 1,000 req/s per worker, p99 < 25 ms)"
    )
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
