"""Choosing the intake method by measurement: a learned sentence classifier per record type
against the rules, on the development part of the real corpus.

    pip install -e ".[measure]"          # scikit-learn, pinned; not needed to run nwfz
    python bench/intake_method.py [--with-older] [--folds 5]

Each sentence of a development item is labelled with the record types whose `evidence`
(tests/intake/real/README.md) it holds. A logistic regression per type (scikit-learn) over
the sentence's features (six-letter stems of its words, pairs of them, its language, and
markers for a year, a full date, a zone named and a party named) is trained on the other
folds (with --with-older, also on the project's older corpora, each sentence labelled with
the types of the rules' proposals there, which score 1.0 on them) and scored on the held-out
fold. The rules are scored on the same sentences (a sentence is found for a type when a
proposal of that type has a span in it). Printed per type and overall: precision and recall
at the sentence level for the rules, the classifier at three thresholds, and their union
(the classifier as a recall booster); and per item, whether each labelled type is found at
all. The held-back part is never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "intake" / "real" / "dev"
OLDER = [ROOT / "tests" / "intake" / d for d in ("corpus", "corpus_heldout", "corpus_blind",
                                                  "corpus_blind2")]  # fmt: skip
STEM = 6
WORD = re.compile(r"[^\W\d_]+|\d{4}")
YEAR = re.compile(r"^(?:19|20)\d\d$")
THRESHOLDS = (0.3, 0.5, 0.7)


def features(text: str, language: str, zones: tuple, has_date: bool, parties: int) -> dict:
    stems = ["<year>" if YEAR.match(w) else w[:STEM] for w in WORD.findall(text.lower())]
    out = {f"w:{s}": 1 for s in stems}
    out.update({f"b:{a}_{b}": 1 for a, b in zip(stems, stems[1:], strict=False)})
    out[f"lang:{language}"] = 1
    for zone in zones:
        out["zone"] = out[f"zone:{zone}"] = 1
    if has_date:
        out["date"] = 1
    if parties:
        out["party"] = 1
    return out


def sentences(text: str, published) -> list[tuple[tuple[int, int], dict]]:  # noqa: ANN001
    """The sentences as the extractor reads them, with their spans in the original."""
    from nwfz.intake.extract import en, kk, ru
    from nwfz.intake.extract.dates import find_dates
    from nwfz.intake.extract.hygiene import clean
    from nwfz.intake.extract.kk_latin import latin_share, transliterate
    from nwfz.intake.extract.language import detect_language
    from nwfz.intake.extract.regimes import zone_mentions
    from nwfz.intake.extract.states import find_states
    from nwfz.intake.extract.text import split_sentences

    reading = clean(text).reading
    language = detect_language(reading.text)
    if language is None:
        return []  # a text the extractor refuses (none on the development part proposes)
    if language == "kk" and latin_share(reading.text) > 0.5:
        reading = reading.then(transliterate(reading.text).reading)
    read = reading.text
    rules = {"ru": ru.RULES, "kk": kk.RULES, "en": en.RULES}[language]
    zones = zone_mentions(rules, read)
    dates = find_dates(read, language, published)
    states = find_states(read, language)
    out = []
    for s in split_sentences(read):
        named = tuple(sorted({slug for a, _, slug in zones if s.start <= a < s.end}))
        dated = any(d.kind in ("date", "day_month") and s.start <= d.start < s.end for d in dates)
        parties = len({m.code for m in states if m.is_party and s.start <= m.start < s.end})
        span = reading.original_span((s.start, s.end))
        out.append((span, features(s.text, language, named, dated, parties)))
    return out


def touched(spans: list, marks: list[tuple[str, tuple[int, int]]]) -> list[set[str]]:
    found = [set() for _ in spans]
    for kind, (a, b) in marks:
        for i, (s, e) in enumerate(spans):
            if a < e and b > s:
                found[i].add(kind)
    return found


def load(with_older: bool) -> tuple[list[dict], list[dict]]:
    import yaml

    from nwfz.intake.extract import extract
    from nwfz.intake.extract.evaluate import load_corpus

    assert "heldout" not in DEV.parts
    dev = []
    for path in sorted(DEV.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        text, published = data["text"], data.get("published")
        sents = sentences(text, published)
        spans = [s for s, _ in sents]
        gold = []
        for label in data.get("expected") or []:
            for words in label.get("evidence") or []:
                at = text.find(words)
                while at != -1:
                    gold.append((label["type"], (at, at + len(words))))
                    at = text.find(words, at + 1)
        result = extract(text, published=published)
        proposed = [(p.type, span) for p in result.proposals for span in p.spans]
        dev.append({
            "features": [f for _, f in sents], "gold": touched(spans, gold),
            "rules": touched(spans, proposed),
            "item_gold": {x["type"] for x in data.get("expected") or []},
            "item_rules": {p.type for p in result.proposals},
        })  # fmt: skip
    older = []
    for directory in OLDER if with_older else []:
        for item in load_corpus(directory):
            sents = sentences(item.text, item.published)
            result = extract(item.text, published=item.published)
            proposed = [(p.type, span) for p in result.proposals for span in p.spans]
            older.append({"features": [f for _, f in sents],
                          "gold": touched([s for s, _ in sents], proposed)})  # fmt: skip
    return dev, older


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-older", action="store_true", help="also train on older corpora")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    try:
        import nwfz.intake.extract  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(ROOT / "src"))
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from nwfz.intake.extract.proposals import RECORD_TYPES

    types = [t for t in RECORD_TYPES if t != "registry_conflict"]
    dev, older = load(args.with_older)
    counts: dict = defaultdict(int)
    for fold in range(args.folds):
        train = [it for i, it in enumerate(dev) if i % args.folds != fold] + older
        test = [it for i, it in enumerate(dev) if i % args.folds == fold]
        vectors = DictVectorizer()
        x_train = vectors.fit_transform([f for it in train for f in it["features"]])
        for kind in types:
            y = [kind in g for it in train for g in it["gold"]]
            model = None
            if sum(y) >= 2:
                model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
                model.fit(x_train, y)
            for it in test:
                probs = (model.predict_proba(vectors.transform(it["features"]))[:, 1]
                         if model is not None and it["features"]
                         else [0.0] * len(it["features"]))  # fmt: skip
                for threshold in THRESHOLDS:
                    hit_item = False
                    for p, gold, rules in zip(probs, it["gold"], it["rules"], strict=True):
                        truth, ml, rl = kind in gold, p >= threshold, kind in rules
                        hit_item |= ml
                        predictions = (
                            (f"ml@{threshold}", ml), (f"union@{threshold}", ml or rl), ("rules", rl)
                        )  # fmt: skip
                        for name, pred in predictions:
                            if name == "rules" and threshold != THRESHOLDS[0]:
                                continue
                            _count(counts, ("s", name, kind), pred, truth)
                    _count(
                        counts, ("i", f"ml@{threshold}", kind), hit_item, kind in it["item_gold"]
                    )
                _count(counts, ("i", "rules", kind), kind in it["item_rules"],
                       kind in it["item_gold"])  # fmt: skip
    methods = ["rules"] + [f"{m}@{t}" for m in ("ml", "union") for t in THRESHOLDS]
    print(f"{len(dev)} development items, {args.folds}-fold cross-validation"
          + (f", {len(older)} older items in every training fold" if older else ""))  # fmt: skip
    print("sentence level, precision / recall:")
    print("  " + "type".ljust(22) + "".join(m.rjust(15) for m in methods))
    for kind in types + ["overall"]:
        cells = [_pr(counts, "s", m, types if kind == "overall" else [kind]) for m in methods]
        print("  " + kind.ljust(22) + "".join(f"{p:6.3f} / {r:5.3f}".rjust(15) for p, r in cells))
    print("item level (is a labelled type found at all), precision / recall:")
    for m in ["rules"] + [f"ml@{t}" for t in THRESHOLDS]:
        p, r = _pr(counts, "i", m, types)
        print(f"  {m.ljust(10)} {p:.3f} / {r:.3f}")
    return 0


def _count(counts: dict, key: tuple, predicted: bool, truth: bool) -> None:
    counts[key + ("tp",)] += predicted and truth
    counts[key + ("fp",)] += predicted and not truth
    counts[key + ("fn",)] += truth and not predicted


def _pr(counts: dict, level: str, method: str, kinds: list[str]) -> tuple[float, float]:
    tp = sum(counts[(level, method, k, "tp")] for k in kinds)
    fp = sum(counts[(level, method, k, "fp")] for k in kinds)
    fn = sum(counts[(level, method, k, "fn")] for k in kinds)
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


if __name__ == "__main__":
    sys.exit(main())
