"""Items per second of the intake extractor on one core, over the labelled corpus.

    python bench/intake.py [--seconds 10] [--corpus tests/intake/corpus]

The one-time cost (imports, pymorphy3 dictionaries, regex compilation) is measured apart
from the steady rate, which is given per wall-clock second and per CPU second (the same on
an idle core; on a shared machine the CPU figure is the extractor's own).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="intake extractor throughput")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "intake" / "corpus")
    args = parser.parse_args(argv)
    pinned = pin_to_one_core()

    started = time.perf_counter()
    try:
        import nwfz.intake.extract  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(ROOT / "src"))
    from nwfz.intake.extract import extract
    from nwfz.intake.extract.evaluate import load_corpus
    from nwfz.intake.extract.text import morph_analyzer

    imported = time.perf_counter()
    morph_analyzer()
    loaded = time.perf_counter()
    items = load_corpus(args.corpus)
    first = time.perf_counter()
    for item in items:  # first pass: fills the lemma caches
        extract(item.text, published=item.published)
    warm = time.perf_counter()

    count = 0
    characters = 0
    begin = time.perf_counter()
    cpu_begin = time.process_time()
    while time.perf_counter() - begin < args.seconds:
        for item in items:
            extract(item.text, published=item.published)
            count += 1
            characters += len(item.text)
    elapsed = time.perf_counter() - begin
    cpu = time.process_time() - cpu_begin

    print(f"corpus: {len(items)} items from {args.corpus} ({pinned})")
    first_ms = (warm - first) / len(items) * 1000
    print(
        f"one-time: import {imported - started:.3f} s, pymorphy3 load {loaded - imported:.3f} s,"
        f" first pass {warm - first:.3f} s ({first_ms:.1f} ms/item)"
    )
    print(
        f"steady: {count} items in {elapsed:.1f} s: {count / elapsed:.1f} items/s,"
        f" {elapsed / count * 1000:.2f} ms/item, {characters / elapsed / 1000:.0f} k chars/s"
    )
    # on a shared machine the wall clock includes time other processes took the core
    print(f"cpu: {count / cpu:.1f} items per CPU second ({cpu / count * 1000:.2f} ms/item)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
