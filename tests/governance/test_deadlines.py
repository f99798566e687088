"""Deadline rules per party: met, late by N days, pending (no database)."""

from datetime import date

from nwfz.governance.deadlines import DeadlineRule, PartyDate, due_date, evaluate_deadline

ART8 = DeadlineRule(
    slug="art8-additional-protocol", months_after=18, anchor=date(2009, 3, 21), instrument="iaea-ap"
)
DUE = date(2010, 9, 21)


def one(value, on=date(2026, 11, 25)):
    return evaluate_deadline(ART8, {"KZ": value}, on)[0]


def test_due_date_is_18_months_after_entry_into_force():
    assert due_date(ART8) == DUE


def test_met_on_the_due_day():
    result = one(DUE)
    assert (result.status, result.met_on, result.days_late) == ("met", DUE, None)


def test_met_before_the_due_day():
    assert one(date(2007, 5, 9)).status == "met"


def test_late_by_n_days_when_met_after_the_due_day():
    result = one(date(2010, 9, 24))
    assert (result.status, result.met_on, result.days_late) == ("late", date(2010, 9, 24), 3)


def test_not_met_and_past_due_counts_days_to_on():
    result = one(None, on=date(2010, 10, 1))
    assert (result.status, result.met_on, result.days_late) == ("late", None, 10)


def test_pending_before_the_due_day():
    result = one(None, on=date(2010, 9, 21))
    assert (result.status, result.days_late) == ("pending", None)


def test_a_date_after_on_does_not_count_yet():
    result = one(date(2011, 1, 1), on=date(2010, 9, 1))
    assert (result.status, result.met_on) == ("pending", None)


def test_year_precision_counts_from_the_first_day_and_says_so():
    result = one(PartyDate(reached=date(2011, 1, 1), precision="year", sources=("u",)))
    assert (result.status, result.days_late, result.met_on_precision) == ("late", 102, "year")
    assert result.days_late_max == 466  # 31 December 2011


def test_a_day_exact_late_date_has_no_range():
    assert one(date(2011, 1, 1)).days_late_max is None


def test_a_year_that_ends_before_the_due_day_is_met():
    assert one(PartyDate(reached=date(2009, 1, 1), precision="year")).status == "met"


def test_a_month_or_year_holding_the_due_day_is_undetermined_not_met():
    year = one(PartyDate(reached=date(2010, 1, 1), precision="year"))
    assert (year.status, year.days_late, year.met_on) == ("undetermined", None, date(2010, 1, 1))
    assert "2010-01-01 to 2010-12-31" in year.reason and "2010-09-21" in year.reason
    month = one(PartyDate(reached=date(2010, 9, 1), precision="month"))
    assert month.status == "undetermined" and "2010-09-30" in month.reason
    assert one(PartyDate(reached=date(2010, 8, 1), precision="month")).status == "met"
    late = one(PartyDate(reached=date(2010, 10, 1), precision="month"))
    assert (late.status, late.days_late, late.days_late_max) == ("late", 10, 40)


def test_later_party_counts_from_its_own_start():
    result = one(PartyDate(reached=None, anchor=date(2020, 1, 31)), on=date(2021, 7, 31))
    assert (result.due, result.status) == (date(2021, 7, 31), "pending")


def test_results_are_sorted_by_state():
    results = evaluate_deadline(ART8, {"UZ": None, "KG": DUE}, date(2026, 1, 1))
    assert [r.state for r in results] == ["KG", "UZ"]


def test_not_reached_past_due_with_a_gap_in_the_record_is_undetermined_with_the_reason():
    gap = PartyDate(unknown_reason="no date recorded")
    result = one(gap, on=date(2010, 10, 1))
    assert (result.status, result.days_late, result.reason) == (
        "undetermined",
        None,
        "no date recorded",
    )
    assert one(gap, on=date(2010, 9, 1)).status == "pending"
    assert one(PartyDate(reached=DUE, unknown_reason="x")).status == "met"
