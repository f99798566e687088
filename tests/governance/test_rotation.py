"""The rotation rule, recorded history and prediction (no database)."""

from datetime import date

from nwfz.governance.rotation import (
    RotationRule,
    Term,
    chair_on,
    chair_timeline,
    compare_with_rule,
    overlapping,
    predict_terms,
)

NAMES = {
    "KG": "Kyrgyzstan",
    "TJ": "Tajikistan",
    "TM": "Turkmenistan",
    "UZ": "Uzbekistan",
    "KZ": "Kazakhstan",
}
CANWFZ = RotationRule(
    order=("KG", "TJ", "TM", "UZ", "KZ"), effective_from=date(2022, 1, 1), names=NAMES
)


def year_term(state, year, **kw):
    return Term(state, date(year, 1, 1), date(year, 12, 31), sources=("https://example.org",), **kw)


RECORDED = [
    year_term("KG", 2022),
    year_term("TJ", 2023),
    year_term("TM", 2024),
    year_term("KZ", 2026),
]


def test_rule_gives_one_year_terms_in_order_from_2022():
    terms = predict_terms(CANWFZ, (2022, 2027))
    assert [(t.state, t.start.year) for t in terms] == [
        ("KG", 2022),
        ("TJ", 2023),
        ("TM", 2024),
        ("UZ", 2025),
        ("KZ", 2026),
        ("KG", 2027),
    ]
    assert terms[0].end == date(2022, 12, 31)
    assert all(t.basis == "predicted" for t in terms)


def test_chair_passes_to_kazakhstan_on_1_january_2026():
    timeline = chair_timeline(RECORDED, CANWFZ, 2025, 2026)
    assert chair_on(timeline, date(2025, 12, 31)).state == "UZ"
    term = chair_on(timeline, date(2026, 1, 1))
    assert (term.state, term.basis) == ("KZ", "recorded")


def test_unrecorded_2025_is_predicted_for_uzbekistan():
    timeline = chair_timeline(RECORDED, CANWFZ, 2022, 2026)
    by_year = {t.start.year: t for t in timeline}
    assert (by_year[2025].state, by_year[2025].basis) == ("UZ", "predicted")
    assert [by_year[y].basis for y in (2022, 2023, 2024, 2026)] == ["recorded"] * 4


def test_terms_after_the_last_recorded_one_are_predicted():
    timeline = chair_timeline(RECORDED, CANWFZ, 2022, 2031)
    after = [(t.state, t.start.year, t.basis) for t in timeline if t.start.year > 2026]
    assert after == [
        ("KG", 2027, "predicted"),
        ("TJ", 2028, "predicted"),
        ("TM", 2029, "predicted"),
        ("UZ", 2030, "predicted"),
        ("KZ", 2031, "predicted"),
    ]


def test_prediction_continues_from_the_last_recorded_chair_even_off_rule():
    recorded = [year_term("KG", 2022), year_term("TM", 2023)]
    timeline = chair_timeline(recorded, CANWFZ, 2023, 2024)
    assert [(t.state, t.basis) for t in timeline] == [("TM", "recorded"), ("UZ", "predicted")]


def test_withdrawn_party_is_skipped():
    terms = predict_terms(CANWFZ, (2024, 2026), withdrawn={"UZ": date(2024, 6, 1)})
    assert [(t.state, t.start.year) for t in terms] == [("TM", 2024), ("KZ", 2025), ("KG", 2026)]


def test_withdrawn_party_is_skipped_after_the_last_recorded_term():
    timeline = chair_timeline(
        [year_term("TM", 2024)], CANWFZ, 2024, 2025, withdrawn={"UZ": date(2024, 10, 1)}
    )
    assert [t.state for t in timeline] == ["TM", "KZ"]


def test_party_withdrawing_after_term_start_keeps_its_turn():
    terms = predict_terms(CANWFZ, (2025, 2025), withdrawn={"UZ": date(2025, 3, 1)})
    assert [t.state for t in terms] == ["UZ"]


def test_recorded_term_departing_from_rule_is_flagged_with_reason():
    flagged = compare_with_rule(year_term("KZ", 2014), CANWFZ)
    assert flagged.departs_from_rule
    assert flagged.reason.startswith("rule gives Turkmenistan for 2014; recorded Kazakhstan")
    assert "recorded from 2022-01-01" in flagged.reason


def test_recorded_term_following_rule_is_not_flagged():
    assert not compare_with_rule(year_term("TJ", 2023), CANWFZ).departs_from_rule


def test_term_with_other_dates_than_the_rule_is_flagged():
    term = Term("KZ", date(2026, 1, 30), date(2026, 12, 31))
    flagged = compare_with_rule(term, CANWFZ)
    assert flagged.departs_from_rule
    assert "differs from the rule's term 2026-01-01–2026-12-31" in flagged.reason


def test_year_precision_term_is_compared_by_state_only():
    term = year_term("UZ", 2020, precision="year")
    assert not compare_with_rule(term, CANWFZ).departs_from_rule


def test_earlier_departures_are_flagged_in_the_timeline():
    recorded = [year_term("TM", 2010, role="coordinator"), year_term("KZ", 2014)] + RECORDED
    timeline = chair_timeline(recorded, CANWFZ, 2010, 2026)
    flagged = {t.start.year: t.reason for t in timeline if t.departs_from_rule}
    assert set(flagged) == {2010, 2014}
    assert flagged[2010].startswith("rule gives Uzbekistan for 2010; recorded Turkmenistan")
    # no predicted terms before the rule took effect
    assert all(t.basis == "recorded" for t in timeline if t.start.year < 2022)


def test_chair_on_a_day_without_terms_is_none():
    assert chair_on(RECORDED, date(2021, 6, 1)) is None


def test_overlap_is_found_including_shared_end_day():
    a = Term("UZ", date(2025, 1, 1), date(2026, 1, 1))
    b = Term("KZ", date(2026, 1, 1), date(2026, 12, 31))
    assert overlapping(b, [a]) == a
    assert overlapping(b, [Term("UZ", date(2025, 1, 1), date(2025, 12, 31))]) is None


def test_two_year_terms_with_mid_year_handover():
    rule = RotationRule(order=("A1", "B1"), effective_from=date(2020, 7, 1), term_months=24)
    terms = predict_terms(rule, (2020, 2024))
    assert [(t.state, t.start, t.end) for t in terms] == [
        ("A1", date(2020, 7, 1), date(2022, 6, 30)),
        ("B1", date(2022, 7, 1), date(2024, 6, 30)),
        ("A1", date(2024, 7, 1), date(2026, 6, 30)),
    ]
