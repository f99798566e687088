"""The one split of a real corpus into a development part and a held-back part.

    python -m nwfz.intake.extract.corpus_split INBOX tests/intake/real

The unit of the split is the story: the items sharing a `story` key (one release reprinted
by several outlets) always land on the same side; an item without one is its own story, keyed
by its URL. Each item names the batch it was added in (`batch: N`); within a batch, stories
are sorted by stratum (the languages of their items, Kazakh in the Latin alphabet apart, and
their relevance), then by the SHA-256 of "nwfz-real-corpus-v1:" + key; the k-th story of that
list (from 0) is held back when k mod 5 is 1 or 3, else it goes to development. Each stratum is
a run of the list, so every stratum is split 60/40 (within one story), and a stratum of one
story goes to whichever side the run has reached. A story is placed by the batch that opened
it (its stratum counts that batch's items only); an item added later to a placed story goes
where the story is. The seed item's story (SEEN_STORIES), on which the rules were written,
always goes to development. A story is compared only with the stories of its own batch, so
adding a batch never moves an item already placed. The command places a new batch and refuses
an item whose id or URL is already in the corpus.

A held-back part is scored once; after that it is spent and joins development. Its items carry
the day it was scored (`held_back_scored: 2026-11-29`) and belong in dev; the mark is only
valid on an item the rule held back. Every other item still goes where the rule puts it, so
later batches fill a new held-back part by the same rule.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from .evaluate import CorpusError, CorpusItem, load_corpus

SALT = "nwfz-real-corpus-v1:"
PARTS = ("dev", "heldout")
HELD_BACK_POSITIONS = (1, 3)  # of every 5 stories in a stratum
# Stories the rules were written on (the seed item's release, reprinted by many outlets):
# they cannot measure unseen news, so they always go to development.
SEEN_STORIES = ("canwfz-2026-kz-chair",)
# The key marking an item of a held-back part that was scored (spent) and joined development.
SPENT_KEY = "held_back_scored"


def story_key(item: CorpusItem) -> str:
    return item.story or item.url or item.id


def _order(key: str) -> str:
    return hashlib.sha256((SALT + key).encode("utf-8")).hexdigest()


def stratum(items: list[CorpusItem]) -> str:
    groups = "+".join(sorted({i.group for i in items}))
    relevance = "+".join(sorted({str(i.relevance) for i in items}))
    return f"{groups}/{relevance}"


def batch_of(item: CorpusItem) -> int:
    batch = item.extra.get("batch")
    if not isinstance(batch, int) or isinstance(batch, bool) or batch < 1:
        raise CorpusError(f"{item.path}:batch: a positive whole number is required")
    return batch


def spent(item: CorpusItem) -> bool:
    """The item was in a held-back part that was scored once and has joined development."""
    if SPENT_KEY not in item.extra:
        return False
    if not isinstance(item.extra[SPENT_KEY], date):
        raise CorpusError(f"{item.path}:{SPENT_KEY}: the day it was scored (ISO) is required")
    return True


def assign(items: list[CorpusItem]) -> dict[Path, str]:
    """The part ("dev" or "heldout") of each item: the rule's, except that a spent item's
    story (an item marked `held_back_scored`) is in development."""
    parts = split_by_rule(items)
    spent_stories = {story_key(i) for i in items if spent(i)}
    for item in items:
        if story_key(item) in spent_stories:
            parts[item.path] = "dev"
    return parts


def split_by_rule(items: list[CorpusItem]) -> dict[Path, str]:
    """The part ("dev" or "heldout") of each item by the split rule alone (spent or not)."""
    stories: dict[str, list[CorpusItem]] = defaultdict(list)
    for item in items:
        stories[story_key(item)].append(item)
    by_batch: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    part_of_story: dict[str, str] = {}
    for key, members in stories.items():
        if key in SEEN_STORIES:
            part_of_story[key] = "dev"
            continue
        first = min(batch_of(m) for m in members)
        opening = [m for m in members if batch_of(m) == first]
        by_batch[first].append((stratum(opening), _order(key), key))
    for ordered in by_batch.values():
        for k, (_, _, key) in enumerate(sorted(ordered)):
            part_of_story[key] = "heldout" if k % 5 in HELD_BACK_POSITIONS else "dev"
    return {item.path: part_of_story[story_key(item)] for item in items}


def place(inbox: Path, corpus: Path) -> dict[str, list[str]]:
    """Move every item of `inbox` into corpus/dev or corpus/heldout; returns ids per part."""
    incoming = load_corpus(inbox)
    if not incoming:
        raise CorpusError(f"{inbox}: no *.yaml items")
    placed = [i for part in PARTS for i in load_corpus(corpus / part)]
    batches = {batch_of(i) for i in incoming}
    if len(batches) != 1:
        raise CorpusError(f"{inbox}: one batch at a time, found {sorted(batches)}")
    known = {batch_of(i) for i in placed}
    if batches & known:
        raise CorpusError(f"{inbox}: batch {batches.pop()} is already placed; number it anew")
    seen = {(kind, value) for i in placed for kind, value in (("id", i.id), ("url", i.url))}
    for item in incoming:
        for kind, value in (("id", item.id), ("url", item.url)):
            if value and (kind, value) in seen:
                raise CorpusError(f"{item.path}:{kind}: {value!r} is already in {corpus}")
    parts = assign(placed + incoming)
    out: dict[str, list[str]] = {part: [] for part in PARTS}
    for item in incoming:
        target = corpus / parts[item.path]
        target.mkdir(parents=True, exist_ok=True)
        shutil.move(str(item.path), str(target / item.path.name))
        out[parts[item.path]].append(item.id)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inbox", type=Path, help="a directory of new labelled items, one batch")
    parser.add_argument("corpus", type=Path, help="the corpus holding dev/ and heldout/")
    args = parser.parse_args(argv)
    try:
        out = place(args.inbox, args.corpus)
    except CorpusError as exc:
        print(exc, file=sys.stderr)
        return 2
    for part, ids in out.items():
        print(f"{part}: {len(ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
