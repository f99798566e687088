"""Precision and recall per record type on the labelled corpora, held at what was reached.

`corpus/` was used to write the rules; `corpus_heldout/` was written after and first scored
before any change (then: overall precision 0.824, recall 0.824); its misses were then fixed.
`corpus_blind/` was written without seeing the rules (first scoring: overall precision 0.476,
recall 0.196); it then became the development set for the rules that generalise (clauses,
wrapped lines, chair phrases, other formats, Kazakh fora...).
"""

from pathlib import Path

import pytest

from nwfz.intake.extract.evaluate import evaluate_corpus, load_corpus

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
HELDOUT = HERE / "corpus_heldout"
BLIND = HERE / "corpus_blind"

# (precision, recall) reached per type; precision must never go below 0.9.
THRESHOLDS: dict[str, tuple[float, float]] = {
    "consultative_meeting": (1.0, 1.0),
    "chair_transfer": (1.0, 1.0),
    "review_and_plans": (1.0, 1.0),
    "anniversary": (1.0, 1.0),
    "event": (1.0, 1.0),
    "memorandum": (1.0, 1.0),
    "forum": (1.0, 1.0),
    "registry_conflict": (1.0, 1.0),
}
MIN_PRECISION = 0.9


def test_corpus_size_and_languages():
    items = load_corpus(CORPUS)
    languages = [i.language for i in items]
    assert len(items) >= 36
    assert languages.count("ru") >= 12 and languages.count("kk") >= 10
    assert languages.count("en") >= 10
    distractors = [i for i in items if not i.expected]
    assert len(distractors) >= 8


@pytest.mark.parametrize("directory", [CORPUS, HELDOUT, BLIND], ids=["corpus", "heldout", "blind"])
def test_precision_and_recall_per_type(directory):
    report = evaluate_corpus(directory)
    assert report.language_errors == []
    for record_type, (precision, recall) in THRESHOLDS.items():
        scores = report.per_type[record_type]
        assert scores.precision >= max(precision, MIN_PRECISION) - 1e-9, (record_type, scores)
        assert scores.recall >= recall - 1e-9, (record_type, scores)


def _holds_per_type_floors(report, floors: dict[str, tuple[float, float]]) -> None:
    for record_type, (precision, recall) in floors.items():
        scores = report.per_type[record_type]
        assert scores.precision >= precision and scores.recall >= recall, (record_type, scores)


BLIND2 = HERE / "corpus_blind2"

# corpus_blind2/ was written without seeing the rules or the other corpora and scored once,
# after the rules above were generalised; it is for measuring only, never for tuning. Its
# first scoring (field-exact matching: every labelled field must match) is held here so
# that a change cannot quietly make it worse. Before the generalisation the same set scored
# overall precision 0.641, recall 0.532.
BLIND2_FLOORS: dict[str, tuple[float, float]] = {
    "consultative_meeting": (0.2, 0.16),
    "chair_transfer": (0.66, 0.5),
    "review_and_plans": (1.0, 0.66),
    "anniversary": (1.0, 1.0),
    "event": (1.0, 0.62),  # 0.625 with the event families of 2026-11-29 (session 3)
    "memorandum": (1.0, 0.66),
    "forum": (0.84, 0.78),
    "registry_conflict": (0.66, 0.66),
}
BLIND2_OVERALL = (0.83, 0.63)


def test_second_blind_set_holds_its_first_scoring():
    report = evaluate_corpus(BLIND2)
    assert report.language_errors == []
    _holds_per_type_floors(report, BLIND2_FLOORS)
    overall = report.overall
    assert overall.precision >= BLIND2_OVERALL[0] and overall.recall >= BLIND2_OVERALL[1]


BLIND3 = HERE / "corpus_blind3"

# corpus_blind3/ (60 items, 98 labels) was written outside the repository by a writer who saw
# neither the rules nor the tests, while the rules were widened without it, and scored once on
# 2026-11-29 (its README); its first scoring, every field required, is held here.
BLIND3_FLOORS: dict[str, tuple[float, float]] = {
    "consultative_meeting": (0.75, 0.70),
    "chair_transfer": (0.90, 0.90),
    "review_and_plans": (1.0, 1.0),
    "anniversary": (1.0, 1.0),
    "event": (0.62, 0.62),
    "memorandum": (0.75, 0.75),
    "forum": (0.94, 0.80),
}
BLIND3_OVERALL = {"field": (0.86, 0.82), "type": (0.97, 0.93)}


def test_third_blind_set_holds_its_first_scoring():
    report = evaluate_corpus(BLIND3)
    assert report.language_errors == []
    _holds_per_type_floors(report, BLIND3_FLOORS)
    for level, (precision, recall) in BLIND3_OVERALL.items():
        total = report.total(level)
        assert total.precision >= precision and total.recall >= recall, (level, total)


BLIND4 = HERE / "corpus_blind4"

# corpus_blind4/ (64 items, 162 labels; written for real-world register: whole releases, wire
# copy, informal news, facts across sentences) was written outside the repository by a writer
# who saw neither the rules nor the tests, while four helpers widened the rules without it, and
# scored once on 2026-11-29 at bb4cb02 (its README). The rules of the session's start
# (c6c3bcf) scored field 0.572 / 0.488, type 0.819 / 0.698 on it; its first scoring with the
# session's rules, every field required, is held here.
BLIND4_FLOORS: dict[str, tuple[float, float]] = {
    "consultative_meeting": (0.5, 0.44),
    "chair_transfer": (0.22, 0.08),
    "review_and_plans": (0.76, 0.83),
    "anniversary": (0.77, 0.70),
    "event": (0.37, 0.35),
    "memorandum": (0.36, 0.30),
    "forum": (0.76, 0.75),
    "registry_conflict": (1.0, 0.5),
}
BLIND4_OVERALL = {"field": (0.59, 0.50), "type": (0.84, 0.71)}


def test_fourth_blind_set_holds_its_first_scoring():
    report = evaluate_corpus(BLIND4)
    assert report.language_errors == []
    _holds_per_type_floors(report, BLIND4_FLOORS)
    for level, (precision, recall) in BLIND4_OVERALL.items():
        total = report.total(level)
        assert total.precision >= precision and total.recall >= recall, (level, total)
