"""One place for the bounds on what people type in (nwfz.validation): years, lengths, and
no control characters, NUL or lone surrogates. Plain functions, no database."""

from datetime import date

import pytest

from nwfz.validation import (
    InputRefused,
    check_date,
    check_whole_number,
    check_year,
    clean_text,
    shown,
    text_problem,
)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("\ud800", "contains a lone surrogate (U+D800) at character 1"),
        ("ab\x00c", "contains a control character (NUL) at character 3"),
        ("a\x1bb", "contains a control character (U+001B) at character 2"),
        ("line\nbreak", "contains a control character (U+000A) at character 5"),
        ("x" * 11, "11 characters; at most 10 are allowed"),
    ],
)
def test_text_problems_are_named_with_where_they_are(text, problem):
    assert text_problem(text, max_length=10) == problem


def test_a_multiline_text_keeps_its_line_breaks_and_tabs_but_not_nul():
    assert text_problem("first\n\tsecond", max_length=100, multiline=True) is None
    assert "NUL" in text_problem("first\n\x00", max_length=100, multiline=True)


def test_clean_text_strips_and_names_the_field():
    assert clean_text("reason", "  too general \n", max_length=100) == "too general"
    with pytest.raises(InputRefused, match=r"^reason: contains a lone surrogate"):
        clean_text("reason", "bad \udcff", max_length=100)


def test_years_and_dates_are_within_1900_and_2200():
    assert check_year("year", 2026) == 2026
    for year in (1899, 2201, -5, 99999):
        with pytest.raises(InputRefused, match=f"year: {year} is not a year from 1900 to 2200"):
            check_year("year", year)
    with pytest.raises(InputRefused, match="is not a date from 1900 to 2200"):
        check_date("effective", date(1, 1, 1))


def test_whole_numbers_are_bounded_before_they_are_converted():
    assert check_whole_number("ordinal", " 20 ", low=1, high=1000) == 20
    huge = "99999999999999999999999"
    with pytest.raises(InputRefused, match="is not a whole number from 1900 to 2200"):
        check_whole_number("year_reviewed", huge, low=1900, high=2200)
    with pytest.raises(InputRefused, match="-5 is not a whole number from 1 to 1000"):
        check_whole_number("ordinal", "-5", low=1, high=1000)


def test_shown_makes_any_input_printable_and_storable():
    assert shown("ok ✓") == "ok ✓"
    assert shown("a\x00b\ud800") == "a\\x00b\\ud800"
    shown("\ud800").encode("utf-8")  # does not raise
