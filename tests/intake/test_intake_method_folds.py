"""bench/intake_method.py deals whole groups to its folds: an item and its reprints (one
story), and with `batch` grouping every item of the batch that opened the story, always fall
in one fold, so a test fold is news the models never saw."""

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "intake_method.py"


def _method():
    spec = importlib.util.spec_from_file_location("intake_method", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _items():
    # story s1 opened in batch 1 and reprinted in batch 3; s2..s9 one item each
    rows = [("s1", 1), ("s1", 3), ("s2", 1), ("s3", 2), ("s4", 2), ("s5", 3), ("s6", 4),
            ("s7", 4), ("s8", 5), ("s9", 5)]  # fmt: skip
    return [{"story": story, "batch": batch} for story, batch in rows]


def test_a_story_counts_in_the_batch_that_opened_it():
    method, items = _method(), _items()
    method.mark_opened(items)
    assert [it["opened"] for it in items] == [1, 1, 1, 2, 2, 3, 4, 4, 5, 5]


def test_batch_folds_never_split_a_batch_or_a_story():
    method, items = _method(), _items()
    method.mark_opened(items)
    folds = method.assign_folds(items, 3, "batch")
    for key in ("opened", "story"):
        seen: dict = {}
        for it, fold in zip(items, folds, strict=True):
            assert seen.setdefault(it[key], fold) == fold, key
    assert len(set(folds)) == 3
    assert folds == method.assign_folds(items, 3, "batch")  # deterministic


def test_story_folds_keep_reprints_together_across_batches():
    method, items = _method(), _items()
    method.mark_opened(items)
    folds = method.assign_folds(items, 4, "story")
    assert folds[0] == folds[1]  # the batch 3 reprint stays with its story
    assert len(set(folds)) == 4
