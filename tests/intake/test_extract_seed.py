"""The seed news item yields exactly the records it states, with spans on the right words."""

import json
from datetime import date
from pathlib import Path

import pytest

from nwfz.intake.analysis import analyse
from nwfz.intake.extract import extract

SEED = Path(__file__).parent / "corpus" / "ru-00-seed.yaml"


@pytest.fixture(scope="module")
def seed_text() -> str:
    import yaml

    return yaml.safe_load(SEED.read_text(encoding="utf-8"))["text"]


@pytest.fixture(scope="module")
def result(seed_text):
    return extract(seed_text, published=date(2026, 1, 31))


def fields(proposal) -> dict:
    return {k: v for k, v in proposal.to_json().items() if k not in ("spans", "confidence")}


def test_exactly_the_stated_records(result):
    assert result.language == "ru" and result.warnings == []
    assert [fields(p) for p in result.proposals] == [
        {"type": "consultative_meeting", "kind": "annual", "date": None, "place": None,
         "format": None, "chair": None, "regime": "canwfz", "status": "held"},
        {"type": "chair_transfer", "from": None, "to": "KZ", "year": 2026, "effective": None,
         "regime": "canwfz"},
        {"type": "review_and_plans", "year_reviewed": 2025, "plans_period": 2026,
         "regime": "canwfz"},
        {"type": "anniversary", "ordinal": 20, "of": "signature", "year": 2006,
         "anniversary_year": 2026, "place": "Semipalatinsk", "regime": "canwfz"},
        {"type": "event", "status": "planned", "organisers": ["ministries_of_foreign_affairs"],
         "year": 2026, "date": None, "title": None, "regime": "canwfz"},
        {"type": "forum", "forum": "un", "regime": "canwfz"},
        {"type": "forum", "forum": "npt-revcon", "regime": "canwfz"},
        {"type": "forum", "forum": "tpnw-revcon", "regime": "canwfz"},
    ]  # fmt: skip


def evidence(result, record_type: str, **match) -> list[str]:
    for proposal in result.of_type(record_type):
        if all(proposal.fields.get(k) == v for k, v in match.items()):
            return proposal.evidence(result.text)
    raise AssertionError(f"no {record_type} {match}")


def test_spans_point_at_the_supporting_words(result):
    assert evidence(result, "consultative_meeting") == [
        "ежегодной", "консультативной встрече",
        "Договора о зоне, свободной от ядерного оружия в Центральной Азии",
    ]  # fmt: skip
    assert evidence(result, "chair_transfer") == [
        "председательство",
        "2026 год",
        "перешло",
        "Казахстану",
    ]
    assert evidence(result, "review_and_plans") == [
        "подвели итоги", "2025 год", "согласовали планы", "на текущий период",
    ]  # fmt: skip
    anniversary = evidence(result, "anniversary")
    assert "исполняется 20 лет" in anniversary and "подписан" in anniversary
    assert "2006 году" in anniversary and "в Семипалатинске" in anniversary
    event = evidence(result, "event")
    assert {"планируется", "памятных", "мероприятий", "внешнеполитических ведомств"} <= set(event)
    assert evidence(result, "forum", forum="un") == ["координация", "ООН"]
    assert "Договора о нераспространении ядерного оружия" in evidence(
        result, "forum", forum="npt-revcon"
    )
    assert "Договора о запрещении ядерного оружия" in evidence(result, "forum", forum="tpnw-revcon")


def test_confidences_and_json_contract(result):
    for proposal in result.proposals:
        out = proposal.to_json()
        assert 0.0 <= out["confidence"] <= 1.0
        assert all(isinstance(s, list) and len(s) == 2 and s[0] < s[1] for s in out["spans"])
    json.dumps(result.to_json(), ensure_ascii=False)
    assert result.proposals[1].to_json()["from"] is None


def test_without_a_publication_date_relative_years_stay_open(seed_text):
    unknown = extract(seed_text)
    assert unknown.published is None and unknown.published_basis == "unknown"
    assert any("publication date unknown" in w for w in unknown.warnings)
    review = unknown.of_type("review_and_plans")[0]
    assert review.fields == {"year_reviewed": 2025, "plans_period": None, "regime": "canwfz"}
    # explicit years still hold
    assert unknown.of_type("chair_transfer")[0].fields["year"] == 2026
    assert unknown.of_type("anniversary")[0].fields["anniversary_year"] == 2026


def test_the_seed_file_as_bytes(seed_text):
    result = analyse(
        seed_text.encode("utf-8"), filename="seed.txt", published=date(2026, 1, 31)
    ).result
    assert len(result.proposals) == 8 and result.published_basis == "given"
