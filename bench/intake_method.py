"""Choosing the intake method by measurement: learned components against the rules, on the
development part of the real corpus, with folds that never split a story or a batch.

    pip install -e ".[measure]"          # scikit-learn, pinned; not needed to run nwfz
    python bench/intake_method.py [--with-older] [--folds 5] [--group batch|story]
                                  [--features stems|chars] [--first-seen] [--cache PATH]

Each sentence of a development item is labelled with the record types whose `evidence`
(tests/intake/real/README.md) it holds. A logistic regression per type (scikit-learn) over
the sentence's features (six-letter stems of its words, pairs of them, its language, and
markers for a year, a full date, a zone named and a party named) is trained on the other
folds (with --with-older, also on the project's older corpora, each sentence labelled with
the types of the rules' proposals there) and scored on the held-out fold. An item-level
model (the union of its sentences' features) learns whether an item carries any record.

Folds are grouped: with `--group batch` (the default) every story is keyed by the batch that
opened it and whole batches are dealt to the folds, so a fold is news the models never saw,
as a new batch is; with `--group story` whole stories are dealt. An item and its reprints
never fall on both sides.

Printed: (1) the sentence-level table (rules, the classifier at three thresholds, their
union); (2) the classifier as a precision filter: a rules proposal of a vetoed type is
dropped when the highest probability of its type over the sentences its spans touch (or the
item-level probability that the item carries any record) is below a threshold, scored
per type and overall, field-exact and type-level, with the evaluator's own matching; (3) the
classifier as a recall booster: for a type (and zone) the rules proposed nothing of in an
item, a sentence with a high probability of it adds one record of that type (its regime the
zone the sentence names, no other field), scored the same way. The field-exact figures show
what a booster would still need from the rules' field extractors; the type-level ones are
its most generous case. `boost-cm` is the booster for consultative meetings alone, and
`boost-cm+fields` runs the rules' meeting field extractors on its sentence and keeps the
record only when they find a date or a place (the fields then carry their spans).

With `--first-seen`, (2) and (3) are also run on the proposals the rules made the first time
they read each item: the rules at the parent of the commit that added the item (its batch),
run from `git archive` in a subprocess; cached in `--cache`. Those are the rules' figures on
unseen news, where a filter or booster would have to earn its keep. The held-back part is
never read: only the development part's file names are looked up in the history.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
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
VETO_THRESHOLDS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)
BOOST_THRESHOLDS = (0.7, 0.8, 0.9, 0.95)
VETO_SETS = {
    "forum": ("forum",),
    "f+e+cm": ("forum", "event", "consultative_meeting"),
    "all": None,  # every type
}
SEED = 13


CHARS = False  # --features chars: also the 3-5 letter pieces of each word


def features(text: str, language: str, zones: tuple, has_date: bool, parties: int) -> dict:
    words = WORD.findall(text.lower())
    stems = ["<year>" if YEAR.match(w) else w[:STEM] for w in words]
    out = {f"w:{s}": 1 for s in stems}
    if CHARS:
        for w in words:
            padded = f"<{w}>"
            out.update({f"c:{padded[i : i + n]}": 1 for n in (3, 4, 5)
                        for i in range(len(padded) - n + 1)})  # fmt: skip
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


def _marks(proposals: list[dict]) -> list[tuple[str, tuple[int, int]]]:
    return [(p["type"], tuple(span)) for p in proposals for span in p["spans"]]


captured: dict = {}
RULES_OF: dict = {}


def _capture(ctx, rules) -> list:  # noqa: ANN001
    """A recipe that proposes nothing and keeps the analysed text (for the booster's fields)."""
    captured["ctx"], captured["rules"] = ctx, rules
    return []


def meeting_fields(ctx, index: int) -> dict | None:  # noqa: ANN001
    """The rules' field extractors for a consultative meeting run on one sentence (the
    booster with fields): kind, status, date, place, format, chair; None unless a date or a
    place is found (a meeting record needs one of them to be of use)."""
    from nwfz.intake.extract.common import Hit, first_hit
    from nwfz.intake.extract.meetings import _meeting_details, _meeting_status

    rules, sentence = RULES_OF[ctx.language], ctx.sentences[index]
    kind = "extraordinary" if first_hit(rules.extraordinary, sentence) else "annual"
    fields = {"kind": kind, "date": None, "place": None, "format": None, "chair": None,
              "regime": None, "status": _meeting_status(rules, sentence) or "held"}  # fmt: skip
    _meeting_details(ctx, rules, sentence, fields, [], Hit(sentence.start, sentence.start, "", {}))
    if fields["date"] is None and fields["place"] is None:
        return None
    return {k: v for k, v in fields.items() if v is not None}


def load(with_older: bool) -> tuple[list[dict], list[dict]]:
    import yaml

    from nwfz.intake.extract import en, kk, recipes, ru

    recipes.RECIPES = (*recipes.RECIPES, _capture)
    RULES_OF.update({"ru": ru.RULES, "kk": kk.RULES, "en": en.RULES})

    from nwfz.intake.extract import extract
    from nwfz.intake.extract.evaluate import load_corpus, load_item

    assert "heldout" not in DEV.parts
    dev = []
    for path in sorted(DEV.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        item = load_item(path)
        text, published = item.text, item.published
        sents = sentences(text, published)
        spans = [s for s, _ in sents]
        gold = []
        for label in item.expected:
            for words in label.get("evidence") or []:
                gold += [(label["type"], span) for span in _occurrences(text, words)]
        captured.clear()
        proposed = [p.to_json() for p in extract(text, published=published).proposals]
        dev.append({
            "item": item, "path": path, "batch": data.get("batch", 0),
            "story": data.get("story") or data.get("url") or path.stem,
            "spans": spans, "features": [f for _, f in sents], "gold": touched(spans, gold),
            "gold_marks": gold, "proposed": proposed, "ctx": captured.get("ctx"),
            "rules": touched(spans, _marks(proposed)),
            "item_gold": {x["type"] for x in item.expected},
            "item_rules": {p["type"] for p in proposed},
        })  # fmt: skip
    mark_opened(dev)
    older = []
    for directory in OLDER if with_older else []:
        for item in load_corpus(directory):
            sents = sentences(item.text, item.published)
            result = extract(item.text, published=item.published)
            proposed = [(p.type, span) for p in result.proposals for span in p.spans]
            older.append({"features": [f for _, f in sents],
                          "gold": touched([s for s, _ in sents], proposed),
                          "any": bool(result.proposals)})  # fmt: skip
    return dev, older


def mark_opened(dev: list[dict]) -> None:
    """Sets it["opened"]: the batch that opened the item's story (its first item's batch)."""
    opened: dict[str, int] = {}
    for it in dev:
        opened[it["story"]] = min(opened.get(it["story"], it["batch"]), it["batch"])
    for it in dev:
        it["opened"] = opened[it["story"]]


def assign_folds(dev: list[dict], folds: int, group: str) -> list[int]:
    """Whole groups (batches, or stories) dealt to the folds: largest first, each to the fold
    with the fewest items so far, ties by a hash of the group's key (deterministic)."""
    key = (lambda it: f"batch:{it['opened']}") if group == "batch" else (lambda it: it["story"])
    sizes: dict[str, int] = defaultdict(int)
    for it in dev:
        sizes[key(it)] += 1
    order = sorted(sizes, key=lambda g: (-sizes[g], hashlib.sha256(g.encode()).hexdigest()))
    load_of, fold_of = [0] * folds, {}
    for g in order:
        fold_of[g] = min(range(folds), key=lambda f: (load_of[f], f))
        load_of[fold_of[g]] += sizes[g]
    return [fold_of[key(it)] for it in dev]


# --- first-seen proposals: the rules as they were before each item was added --------------

_DUMP = """
import json, sys
from datetime import date
from nwfz.intake.extract import extract
out = {}
for name, text, published in json.load(sys.stdin):
    day = date.fromisoformat(published) if published else None
    out[name] = [p.to_json() for p in extract(text, published=day).proposals]
json.dump(out, sys.stdout)
"""


def first_seen(dev: list[dict], cache: Path) -> None:
    """Sets it["first_seen"]: the proposals of the rules at the parent of the commit that added
    the item (under any part of tests/intake/real, by file name)."""
    names = {it["path"].name for it in dev}
    log = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=C %H", "--name-only", "--",
         "tests/intake/real"], cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    added: dict[str, str] = {}
    commit = ""
    for line in log.splitlines():
        if line.startswith("C "):
            commit = line[2:]
        elif line.endswith(".yaml") and Path(line).name in names:
            added[Path(line).name] = commit  # log is newest first: the last seen is the first
    stored = json.loads(cache.read_text()) if cache.exists() else {}
    by_parent: dict[str, list[dict]] = defaultdict(list)
    for it in dev:
        parent = added[it["path"].name] + "^"
        it["first_commit"] = parent
        if f"{parent}:{it['path'].name}" not in stored:
            by_parent[parent].append(it)
    for parent, items in sorted(by_parent.items()):
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "archive", parent, "src"], cwd=ROOT, check=True,
                                     capture_output=True).stdout  # fmt: skip
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            payload = json.dumps([
                (it["path"].name, it["item"].text,
                 it["item"].published.isoformat() if it["item"].published else None)
                for it in items
            ])  # fmt: skip
            done = subprocess.run(
                [sys.executable, "-c", _DUMP],
                input=payload,
                text=True,
                capture_output=True,
                check=True,
                env={"PYTHONPATH": f"{tmp}/src", "PATH": "/usr/bin:/bin"},
            )
            for name, proposals in json.loads(done.stdout).items():
                stored[f"{parent}:{name}"] = proposals
        print(f"  first-seen: {len(items)} items with the rules at {parent[:9]}", file=sys.stderr)
    cache.write_text(json.dumps(stored, sort_keys=True))
    for it in dev:
        it["first_seen"] = stored[f"{it['first_commit']}:{it['path'].name}"]


# --- models ---------------------------------------------------------------------------------


def item_features(it: dict) -> dict:
    out: dict = {}
    for f in it["features"]:
        out.update(f)
    return out


def fit_models(train: list[dict], older: list[dict], types: list[str]):  # noqa: ANN201
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [f for it in train for f in it["features"]] + [f for it in older for f in it["features"]]
    golds = [g for it in train for g in it["gold"]] + [g for it in older for g in it["gold"]]
    vectors = DictVectorizer()
    x = vectors.fit_transform(rows)
    models = {}
    for kind in types:
        y = [kind in g for g in golds]
        if sum(y) >= 2:
            model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
            models[kind] = model.fit(x, y)
    item_vectors = DictVectorizer()
    items = [item_features(it) for it in train] + [item_features(it) for it in older]
    y = [bool(it["item_gold"]) for it in train] + [it["any"] for it in older]
    relevance = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
    relevance.fit(item_vectors.fit_transform(items), y)
    return vectors, models, item_vectors, relevance


def sentence_probs(it: dict, vectors, models: dict, types: list[str]) -> dict[str, list[float]]:
    out = {}
    for kind in types:
        if kind in models and it["features"]:
            out[kind] = list(models[kind].predict_proba(vectors.transform(it["features"]))[:, 1])
        else:
            out[kind] = [0.0] * len(it["features"])
    return out


def proposal_prob(proposal: dict, spans: list, by_type: dict[str, list[float]]) -> float:
    """The highest probability of the proposal's type over the sentences its spans touch (1.0
    for a type without a model: registry conflicts)."""
    if proposal["type"] not in by_type:
        return 1.0
    probs, best = by_type[proposal["type"]], 0.0
    for a, b in proposal["spans"]:
        for (s, e), p in zip(spans, probs, strict=True):
            if a < e and b > s:
                best = max(best, p)
    return best


# --- scoring --------------------------------------------------------------------------------


def score(rows: list[tuple], level: str) -> dict:
    """rows: (CorpusItem, proposals); the evaluator's matching, cells by type."""
    from nwfz.intake.extract.evaluate import _score_item

    cells: dict = {}
    for item, proposed in rows:
        _score_item(item, proposed, level, cells, [])
    out: dict = defaultdict(lambda: [0, 0, 0])
    for (_, kind), s in cells.items():
        for k in (kind, "overall"):
            out[k][0] += s.true_positives
            out[k][1] += s.false_positives
            out[k][2] += s.false_negatives
    return out


def pr(cell: list[int]) -> tuple[float, float]:
    tp, fp, fn = cell
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-older", action="store_true", help="also train on older corpora")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--group", choices=("batch", "story"), default="batch")
    parser.add_argument("--features", choices=("stems", "chars"), default="stems",
                        help="chars: also 3-5 letter pieces of words")  # fmt: skip
    parser.add_argument(
        "--first-seen",
        action="store_true",
        help="also score the rules as they first read each item",
    )
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "nwfz-first-seen.json"
    )
    args = parser.parse_args(argv)
    global CHARS
    CHARS = args.features == "chars"
    try:
        import nwfz.intake.extract  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(ROOT / "src"))
    from nwfz.intake.extract.proposals import RECORD_TYPES

    types = [t for t in RECORD_TYPES if t != "registry_conflict"]
    dev, older = load(args.with_older)
    if args.first_seen:
        first_seen(dev, args.cache)
    fold_of = assign_folds(dev, args.folds, args.group)
    counts: dict = defaultdict(int)
    runs = {"current": "proposed"} | ({"first-seen": "first_seen"} if args.first_seen else {})
    filtered: dict = defaultdict(list)  # (run, variant, threshold) -> [(item, proposals)]
    for fold in range(args.folds):
        train = [it for it, f in zip(dev, fold_of, strict=True) if f != fold]
        test = [it for it, f in zip(dev, fold_of, strict=True) if f == fold]
        vectors, models, item_vectors, relevance = fit_models(train, older, types)
        for it in test:
            probs = sentence_probs(it, vectors, models, types)
            _sentence_table(counts, it, probs, types)
            relevant = relevance.predict_proba(item_vectors.transform([item_features(it)]))[0, 1]
            for run, key in runs.items():
                proposed = it[key]
                filtered[(run, "rules", 0)].append((it["item"], proposed))
                for name, vetoed in VETO_SETS.items():
                    for t in VETO_THRESHOLDS:
                        sent = _kept(proposed, vetoed, t, lambda p, it=it, probs=probs: (
                            proposal_prob(p, it["spans"], probs)))  # fmt: skip
                        filtered[(run, f"sent:{name}", t)].append((it["item"], sent))
                        kept = _kept(proposed, vetoed, t, lambda p, r=relevant: r)
                        filtered[(run, f"item:{name}", t)].append((it["item"], kept))
                for t in BOOST_THRESHOLDS:
                    added = _boosted(it, proposed, probs, types, t)
                    filtered[(run, "boost", t)].append((it["item"], proposed + added))
                    meetings = [a for a in added if a["type"] == "consultative_meeting"]
                    filtered[(run, "boost-cm", t)].append((it["item"], proposed + meetings))
                    with_fields = []
                    for a in meetings:
                        found = next((f for f in (_fields_at(it, span) for span in a["spans"])
                                      if f is not None), None)  # fmt: skip
                        if found is not None:
                            with_fields.append(a | found)
                    filtered[(run, "boost-cm+fields", t)].append(
                        (it["item"], proposed + with_fields)
                    )
    print(
        f"{len(dev)} development items ({sum(len(it['item'].expected) for it in dev)} labels), "
        f"{args.folds} folds grouped by {args.group} "
        f"({len({it['opened'] if args.group == 'batch' else it['story'] for it in dev})} "
        "groups)"
        + (f", {len(older)} older items in every training fold" if older else "")
        + (", features with letter pieces" if CHARS else "")
    )
    _print_sentence_table(counts, types)
    for run in runs:
        _print_filter(run, filtered, types)
    return 0


def _kept(proposed: list[dict], vetoed: tuple | None, t: float, prob) -> list[dict]:  # noqa: ANN001
    """The proposals the filter keeps: those of a type it does not veto, or probable enough."""
    return [p for p in proposed
            if (vetoed is not None and p["type"] not in vetoed) or prob(p) >= t]  # fmt: skip


def _sentence_table(counts: dict, it: dict, probs: dict, types: list[str]) -> None:
    for kind in types:
        for threshold in THRESHOLDS:
            hit_item = False
            for p, gold, rules in zip(probs[kind], it["gold"], it["rules"], strict=True):
                truth, ml, rl = kind in gold, p >= threshold, kind in rules
                hit_item |= ml
                predictions = ((f"ml@{threshold}", ml), (f"union@{threshold}", ml or rl),
                               ("rules", rl))  # fmt: skip
                for name, pred in predictions:
                    if name == "rules" and threshold != THRESHOLDS[0]:
                        continue
                    _count(counts, ("s", name, kind), pred, truth)
            _count(counts, ("i", f"ml@{threshold}", kind), hit_item, kind in it["item_gold"])
        _count(counts, ("i", "rules", kind), kind in it["item_rules"], kind in it["item_gold"])


def _fields_at(it: dict, span: list[int]) -> dict | None:
    index = next(i for i, s in enumerate(it["spans"]) if list(s) == span)
    if it["ctx"] is None or index >= len(it["ctx"].sentences):
        return None
    return meeting_fields(it["ctx"], index)


def _boosted(it: dict, proposed: list[dict], probs: dict, types: list[str], t: float) -> list:
    """The booster without fields: for each type and zone the rules proposed nothing of in the
    item, one record (type and regime, its spans the confident sentences) when a sentence's
    probability of that type is at least t. Its regime is the zone the sentence names (the
    item's most named zone, else the Central Asian one)."""
    named: dict[str, int] = defaultdict(int)
    for f in it["features"]:
        for key in f:
            if key.startswith("zone:"):
                named[key[5:]] += 1
    default = max(sorted(named), key=lambda z: named[z]) if named else "canwfz"
    have = {(p["type"], p.get("regime") or "canwfz") for p in proposed}
    added: dict[tuple[str, str], dict] = {}
    for kind in types:
        for i, p in enumerate(probs[kind]):
            if p < t:
                continue
            zones = sorted(k[5:] for k in it["features"][i] if k.startswith("zone:"))
            regime = zones[0] if zones else default
            if (kind, regime) in have:
                continue
            record = added.setdefault((kind, regime), {"type": kind, "regime": regime,
                                                       "spans": []})  # fmt: skip
            record["spans"].append(list(it["spans"][i]))
    return list(added.values())


def _occurrences(text: str, words: str) -> list[tuple[int, int]]:
    out, at = [], text.find(words)
    while at != -1:
        out.append((at, at + len(words)))
        at = text.find(words, at + 1)
    return out


def _print_sentence_table(counts: dict, types: list[str]) -> None:
    methods = ["rules"] + [f"{m}@{t}" for m in ("ml", "union") for t in THRESHOLDS]
    print("(1) sentence level, precision / recall (current rules):")
    print("  " + "type".ljust(22) + "".join(m.rjust(15) for m in methods))
    for kind in types + ["overall"]:
        cells = [_pr(counts, "s", m, types if kind == "overall" else [kind]) for m in methods]
        print("  " + kind.ljust(22) + "".join(f"{p:6.3f} / {r:5.3f}".rjust(15) for p, r in cells))
    print("  item level (is a labelled type found at all), precision / recall:")
    for m in ["rules"] + [f"ml@{t}" for t in THRESHOLDS]:
        p, r = _pr(counts, "i", m, types)
        print(f"    {m.ljust(10)} {p:.3f} / {r:.3f}")


def _print_filter(run: str, filtered: dict, types: list[str]) -> None:
    print(
        f"(2) precision filter on the {run} rules' proposals: P / R field-exact | type-level "
        "(tp fp fn type-level)"
    )
    keys = [k for k in filtered if k[0] == run]
    for _, variant, t in keys:
        rows = filtered[(run, variant, t)]
        field, typed = score(rows, "field"), score(rows, "type")
        name = f"{variant} >= {t}" if variant.startswith("boost") else f"{variant} < {t}"
        name = "rules alone" if variant == "rules" else name
        pf, rf = pr(field["overall"])
        pt, rt = pr(typed["overall"])
        per = "  ".join(
            f"{k[:5]} {pr(typed[k])[0]:.2f}/{pr(typed[k])[1]:.2f}"
            for k in types
        )  # fmt: skip
        print(
            f"  {name:<22} {pf:.3f} / {rf:.3f} | {pt:.3f} / {rt:.3f} "
            f"({' '.join(map(str, typed['overall']))})   {per}"
        )


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
