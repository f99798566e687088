"""Precision, recall and F1 per record type over a labelled corpus directory.

    python -m nwfz.intake.extract.evaluate tests/intake/corpus [-v]

A proposal matches a label when the type is equal and every field the label lists is equal
(for a list, every listed value must be present). Each proposal matches at most one label.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from . import extract
from .proposals import RECORD_TYPES


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


@dataclass
class CorpusItem:
    path: Path
    id: str
    language: str
    published: date | None
    text: str
    expected: list[dict[str, Any]]


@dataclass
class Report:
    per_type: dict[str, Scores]
    overall: Scores
    items: int
    items_per_language: dict[str, int]
    language_errors: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {
            kind: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "support": s.support}
            for kind, s in self.per_type.items()
        }


def load_corpus(directory: Path | str) -> list[CorpusItem]:
    items = []
    for path in sorted(Path(directory).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        published = data.get("published")
        if isinstance(published, str):
            published = date.fromisoformat(published)
        items.append(
            CorpusItem(
                path=path,
                id=data.get("id", path.stem),
                language=data["language"],
                published=published,
                text=data["text"],
                expected=list(data.get("expected") or []),
            )
        )
    return items


def label_matches(label: dict[str, Any], proposed: dict[str, Any]) -> bool:
    if label.get("type") != proposed.get("type"):
        return False
    for key, wanted in label.items():
        if key == "type":
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


def evaluate_corpus(directory: Path | str) -> Report:
    per_type = {kind: Scores() for kind in RECORD_TYPES}
    per_language: dict[str, int] = {}
    report = Report(per_type, Scores(), 0, per_language)
    for item in load_corpus(directory):
        report.items += 1
        per_language[item.language] = per_language.get(item.language, 0) + 1
        result = extract(item.text, published=item.published)
        if result.language != item.language:
            report.language_errors.append(f"{item.id}: detected {result.language}")
        proposed = [p.to_json() for p in result.proposals]
        unmatched = list(range(len(proposed)))
        for label in item.expected:
            hit = next((i for i in unmatched if label_matches(label, proposed[i])), None)
            scores = per_type[label["type"]]
            if hit is None:
                scores.false_negatives += 1
                report.mismatches.append(f"{item.id}: missed {label}")
            else:
                scores.true_positives += 1
                unmatched.remove(hit)
        for i in unmatched:
            extra = {k: v for k, v in proposed[i].items() if k not in ("spans", "confidence")}
            per_type[proposed[i]["type"]].false_positives += 1
            report.mismatches.append(f"{item.id}: unexpected {extra}")
    for scores in per_type.values():
        report.overall.true_positives += scores.true_positives
        report.overall.false_positives += scores.false_positives
        report.overall.false_negatives += scores.false_negatives
    return report


def format_report(report: Report) -> str:
    languages = ", ".join(f"{k}: {v}" for k, v in sorted(report.items_per_language.items()))
    lines = [
        f"{report.items} items ({languages})",
        f"{'type':<22}{'precision':>10}{'recall':>8}{'f1':>7}{'labels':>8}{'tp':>5}{'fp':>5}{'fn':>5}",
    ]
    rows = list(report.per_type.items()) + [("overall", report.overall)]
    for kind, s in rows:
        lines.append(
            f"{kind:<22}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.support:>8}"
            f"{s.true_positives:>5}{s.false_positives:>5}{s.false_negatives:>5}"
        )
    if report.language_errors:
        lines.append("language errors: " + "; ".join(report.language_errors))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    report = evaluate_corpus(args.corpus)
    print(format_report(report))
    if args.verbose:
        for line in report.mismatches:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
