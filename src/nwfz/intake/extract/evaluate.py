"""Precision, recall and F1 per record type and per language over a labelled corpus directory.

    python -m nwfz.intake.extract.evaluate tests/intake/real/dev [-v] [--json]

Two ways of counting a proposal right:

- field-exact: the type is equal and every field the label lists is equal (for a list, every
  listed value must be present);
- type-level: the type is equal (and, for `forum`, the forum code).

In both, a label's `regime` must equal the proposal's (a proposal that names no regime is for
the Central Asian zone, `canwfz`); `evidence` (the quoted words a label rests on) is not
compared. Each proposal matches at most one label.

A directory holding a `HELD-BACK.md` file is a held-back part: it is scored only with
`--held-back`, once, by whoever reports the final figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from . import extract
from .proposals import FORUM_CODES, RECORD_TYPES

DEFAULT_REGIME = "canwfz"
REGIMES: tuple[str, ...] = (
    "canwfz",
    "tlatelolco",
    "rarotonga",
    "bangkok",
    "pelindaba",
    "mongolia-nwfs",
)
# The fields a label may list for each record type (docs/intake.md, "What is proposed"),
# besides `type`, `regime` and `evidence`.
LABEL_FIELDS: dict[str, tuple[str, ...]] = {
    "consultative_meeting": ("kind", "date", "place", "format", "chair", "status"),
    "chair_transfer": ("from", "to", "year", "effective"),
    "review_and_plans": ("year_reviewed", "plans_period"),
    "anniversary": ("ordinal", "of", "year", "anniversary_year", "place"),
    "event": ("status", "organisers", "year", "date", "title"),
    "memorandum": ("parties", "date", "status"),
    "forum": ("forum",),
    "registry_conflict": ("field", "stated", "registry"),
}
NOT_COMPARED = ("evidence",)
ITEM_KEYS = ("id", "language", "published", "text", "expected", "script", "url", "publisher",
             "relevance", "story")  # fmt: skip
HELD_BACK_MARKER = "HELD-BACK.md"
LEVELS = ("field", "type")


class CorpusError(ValueError):
    """A corpus file that cannot be scored; the message names file:line:field."""


@dataclass
class Scores:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.true_positives + self.false_negatives

    def add(self, other: Scores) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "support": self.support,
            "tp": self.true_positives,
            "fp": self.false_positives,
            "fn": self.false_negatives,
        }


@dataclass
class CorpusItem:
    path: Path
    id: str
    language: str
    published: date | None
    text: str
    expected: list[dict[str, Any]]
    script: str | None = None
    url: str | None = None
    publisher: str | None = None
    relevance: str | None = None
    story: str | None = None
    label_lines: list[int] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # batch, notes: the other keys

    @property
    def group(self) -> str:
        """The language, with Kazakh in the Latin alphabet counted on its own."""
        return f"{self.language}-latn" if self.script == "latn" else self.language


@dataclass
class Report:
    """Scores per (language group, record type) cell, for both ways of counting."""

    items: int
    items_per_language: dict[str, int]
    cells: dict[str, dict[tuple[str, str], Scores]]
    language_errors: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    def _sum(self, level: str, keep) -> Scores:
        total = Scores()
        for key, scores in self.cells[level].items():
            if keep(*key):
                total.add(scores)
        return total

    def type_scores(self, level: str = "field") -> dict[str, Scores]:
        return {kind: self._sum(level, lambda g, t, k=kind: t == k) for kind in RECORD_TYPES}

    def language_scores(self, level: str = "field") -> dict[str, Scores]:
        """Per language; Kazakh in the Latin alphabet is also shown on its own (`kk-latn`)."""
        groups = {g for g, _ in self.cells[level]} | set(self.items_per_language)
        out = {}
        for language in sorted({g.split("-")[0] for g in groups}):
            out[language] = self._sum(level, lambda g, t, x=language: g.split("-")[0] == x)
        for group in sorted(g for g in groups if "-" in g):
            out[group] = self._sum(level, lambda g, t, x=group: g == x)
        return out

    def total(self, level: str = "field") -> Scores:
        return self._sum(level, lambda g, t: True)

    # the names the corpus tests have always used: field-exact
    @property
    def per_type(self) -> dict[str, Scores]:
        return self.type_scores("field")

    @property
    def overall(self) -> Scores:
        return self.total("field")

    def as_dict(self) -> dict[str, Any]:
        return {
            level: {
                "per_type": {k: s.as_dict() for k, s in self.type_scores(level).items()},
                "per_language": {k: s.as_dict() for k, s in self.language_scores(level).items()},
                "overall": self.total(level).as_dict(),
            }
            for level in LEVELS
        } | {"items": self.items, "items_per_language": dict(self.items_per_language)}


def _label_lines(text: str) -> list[int]:
    """The 1-based line of each item of `expected`, for error messages."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "expected" and isinstance(value, yaml.SequenceNode):
            return [node.start_mark.line + 1 for node in value.value]
    return []


def _check_label(path: Path, line: int, label: Any) -> list[str]:
    where = f"{path}:{line}"
    if not isinstance(label, dict):
        return [f"{where}: a label is a mapping with `type` and fields, got {label!r}"]
    kind = label.get("type")
    if kind not in LABEL_FIELDS:
        return [f"{where}:type: unknown record type {kind!r} (one of {', '.join(RECORD_TYPES)})"]
    errors = []
    allowed = set(LABEL_FIELDS[kind]) | {"type", "regime", *NOT_COMPARED}
    for key in label:
        if key not in allowed:
            errors.append(f"{where}:{key}: not a field of {kind} ({', '.join(LABEL_FIELDS[kind])})")
    if "regime" in label and label["regime"] not in REGIMES:
        errors.append(f"{where}:regime: unknown regime {label['regime']!r} ({', '.join(REGIMES)})")
    if kind == "forum" and label.get("forum") not in FORUM_CODES:
        errors.append(f"{where}:forum: unknown forum {label.get('forum')!r}")
    return errors


def load_item(path: Path) -> CorpusItem:
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise CorpusError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: expected a mapping with language, text and expected")
    errors = [f"{path}:{key}: missing" for key in ("language", "text") if key not in data]
    expected = data.get("expected") or []
    if not isinstance(expected, list):
        errors.append(f"{path}:expected: a list of labels")
        expected = []
    lines = _label_lines(text)
    for index, label in enumerate(expected):
        errors += _check_label(path, lines[index] if index < len(lines) else 0, label)
    published = data.get("published")
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published)
        except ValueError:
            errors.append(f"{path}:published: not an ISO date: {published!r}")
    if errors:
        raise CorpusError("\n".join(errors))
    return CorpusItem(
        path=path,
        id=data.get("id", path.stem),
        language=data["language"],
        published=published,
        text=data["text"],
        expected=list(expected),
        script=data.get("script"),
        url=data.get("url"),
        publisher=data.get("publisher"),
        relevance=data.get("relevance"),
        story=data.get("story"),
        label_lines=lines,
        extra={k: v for k, v in data.items() if k not in ITEM_KEYS},
    )


def load_corpus(directory: Path | str) -> list[CorpusItem]:
    return [load_item(path) for path in sorted(Path(directory).glob("*.yaml"))]


def is_held_back(directory: Path | str) -> bool:
    return (Path(directory) / HELD_BACK_MARKER).exists()


def _regime_of(record: dict[str, Any]) -> str:
    return record.get("regime") or DEFAULT_REGIME


def label_matches(label: dict[str, Any], proposed: dict[str, Any], level: str = "field") -> bool:
    if label.get("type") != proposed.get("type"):
        return False
    if "regime" in label and label["regime"] != _regime_of(proposed):
        return False
    if level == "type":
        return label.get("type") != "forum" or label.get("forum") == proposed.get("forum")
    for key, wanted in label.items():
        if key in ("type", "regime", *NOT_COMPARED):
            continue
        got = proposed.get(key)
        if isinstance(wanted, list):
            if not isinstance(got, list) or not all(w in got for w in wanted):
                return False
        elif isinstance(wanted, date):
            if got != wanted.isoformat():
                return False
        elif got != wanted:
            return False
    return True


def _shown(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("spans", "confidence", *NOT_COMPARED)}


def _score_item(item, proposed, level, cells, mismatches) -> None:
    unmatched = list(range(len(proposed)))
    for label in item.expected:
        hit = next((i for i in unmatched if label_matches(label, proposed[i], level)), None)
        scores = cells.setdefault((item.group, label["type"]), Scores())
        if hit is None:
            scores.false_negatives += 1
            mismatches.append(f"{item.id}: missed {_shown(label)}")
        else:
            scores.true_positives += 1
            unmatched.remove(hit)
    for i in unmatched:
        cells.setdefault((item.group, proposed[i]["type"]), Scores()).false_positives += 1
        mismatches.append(f"{item.id}: unexpected {_shown(proposed[i])}")


def evaluate_corpus(directory: Path | str, *, held_back: bool = False) -> Report:
    if is_held_back(directory) and not held_back:
        raise CorpusError(
            f"{directory} is a held-back part ({HELD_BACK_MARKER}): it is scored once, at the "
            "end, with --held-back; develop on the dev part"
        )
    report = Report(0, {}, {level: {} for level in LEVELS})
    for item in load_corpus(directory):
        report.items += 1
        report.items_per_language[item.group] = report.items_per_language.get(item.group, 0) + 1
        result = extract(item.text, published=item.published)
        if result.language != item.language:
            report.language_errors.append(f"{item.id}: detected {result.language}")
        proposed = [p.to_json() for p in result.proposals]
        _score_item(item, proposed, "field", report.cells["field"], report.mismatches)
        _score_item(item, proposed, "type", report.cells["type"], [])
    return report


def _row(name: str, exact: Scores, typed: Scores) -> str:
    return (
        f"{name:<22}{exact.precision:>7.3f}{exact.recall:>7.3f}{exact.f1:>7.3f}"
        f"{exact.support:>7}{exact.true_positives:>5}{exact.false_positives:>5}"
        f"{exact.false_negatives:>5}   {typed.precision:>7.3f}{typed.recall:>7.3f}"
        f"{typed.true_positives:>5}{typed.false_positives:>5}{typed.false_negatives:>5}"
    )


def format_report(report: Report) -> str:
    totals: dict[str, int] = {}
    for group, count in report.items_per_language.items():
        totals[group.split("-")[0]] = totals.get(group.split("-")[0], 0) + count
    languages = ", ".join(
        f"{lang}: {n}"
        + "".join(
            f" (of which {g}: {c})"
            for g, c in sorted(report.items_per_language.items())
            if "-" in g and g.startswith(lang + "-")
        )
        for lang, n in sorted(totals.items())
    )
    header = (
        f"{'':<22}{'field-exact':^43}   {'type-level':^29}\n"
        f"{'':<22}{'P':>7}{'R':>7}{'F1':>7}{'labels':>7}{'tp':>5}{'fp':>5}{'fn':>5}"
        f"   {'P':>7}{'R':>7}{'tp':>5}{'fp':>5}{'fn':>5}"
    )
    lines = [f"{report.items} items ({languages})", header]
    exact, typed = report.type_scores("field"), report.type_scores("type")
    lines += [_row(kind, exact[kind], typed[kind]) for kind in RECORD_TYPES]
    lines.append(_row("overall", report.total("field"), report.total("type")))
    lines.append("per language")
    exact, typed = report.language_scores("field"), report.language_scores("type")
    lines += [_row(f"  {lang}", exact[lang], typed[lang]) for lang in exact]
    if report.language_errors:
        lines.append("language errors: " + "; ".join(report.language_errors))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a directory of labelled YAML items")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--held-back", action="store_true", help="score a held-back part (once, at the end)"
    )
    args = parser.parse_args(argv)
    try:
        report = evaluate_corpus(args.corpus, held_back=args.held_back)
    except CorpusError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(json.dumps(report.as_dict(), indent=1) if args.json else format_report(report))
    if args.verbose:
        for line in report.mismatches:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
