"""Dates in the report's language."""

from datetime import date

import pytest
from django.utils import translation

from nwfz.reports.dates import date_range, long_date, short_date, short_range

CASES = [
    ("en", "19–20 November 2025", "28 April – 9 May 2025", "30 December 2025 – 2 January 2026"),
    ("ru", "19–20 ноября 2025 г.", "28 апреля – 9 мая 2025 г.",
     "30 декабря 2025 г. – 2 января 2026 г."),
    ("kk", "2025 ж. 19–20 қараша", "2025 ж. 28 сәуір – 9 мамыр",
     "2025 ж. 30 желтоқсан – 2026 ж. 2 қаңтар"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "same_month", "same_year", "two_years"), CASES)
def test_ranges_are_written_as_briefly_as_is_clear(lang, same_month, same_year, two_years):
    with translation.override(lang):
        assert date_range(date(2025, 11, 19), date(2025, 11, 20)) == same_month
        assert date_range(date(2025, 4, 28), date(2025, 5, 9)) == same_year
        assert date_range(date(2025, 12, 30), date(2026, 1, 2)) == two_years


def test_one_day_and_partial_dates():
    with translation.override("ru"):
        assert date_range(date(2009, 3, 21), None) == "21 марта 2009 г."
        assert long_date(date(2007, 5, 1), "month") == "май 2007 г."
        assert long_date(date(2007, 1, 1), "year") == "2007 г."
    with translation.override("kk"):
        assert long_date(date(2006, 9, 8)) == "2006 ж. 8 қыркүйек"
    with translation.override("en"):
        assert long_date(None) == ""


@pytest.mark.parametrize(
    ("lang", "one_day", "same_month", "same_year"),
    [
        ("en", "20 Oct 2025", "19–20 Nov 2025", "28 Apr – 9 May 2025"),
        ("ru", "20.10.2025", "19.11–20.11.2025", "28.04–09.05.2025"),
        ("kk", "20.10.2025", "19.11–20.11.2025", "28.04–09.05.2025"),
    ],
)
def test_table_dates_are_short(lang, one_day, same_month, same_year):
    with translation.override(lang):
        assert short_date(date(2025, 10, 20)) == one_day
        assert short_range(date(2025, 11, 19), date(2025, 11, 20)) == same_month
        assert short_range(date(2025, 4, 28), date(2025, 5, 9)) == same_year
