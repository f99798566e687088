from datetime import date

import pytest

from nwfz.intake.extract import extract
from nwfz.intake.extract.dates import find_dateline, find_dates

PUBLISHED = date(2026, 1, 31)


def only(text: str, language: str, published: date | None = PUBLISHED):
    found = find_dates(text, language, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("30 января 2026 года", "ru", date(2026, 1, 30)),
        ("22.12.2022", "ru", date(2022, 12, 22)),
        ("2026 жылғы 30 қаңтарда", "kk", date(2026, 1, 30)),
        ("2006 жылдың 8 қыркүйегінде", "kk", date(2006, 9, 8)),
        ("30 January 2026", "en", date(2026, 1, 30)),
        ("March 21, 2009", "en", date(2009, 3, 21)),
        ("2024-10-15", "en", date(2024, 10, 15)),
        # a span of days is its first day
        ("12 to 13 November 2012", "en", date(2012, 11, 12)),
        ("17-18 May 2022", "en", date(2022, 5, 17)),
        ("12 по 13 ноября 2012 года", "ru", date(2012, 11, 12)),
    ],
)
def test_explicit_dates(text, language, value):
    mention = only(text, language)
    assert mention.kind == "date" and mention.value == value and mention.text == text


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [("в 2025 году", "ru", 2025), ("2025 жылы", "kk", 2025), ("in 2025", "en", 2025)],
)
def test_years(text, language, year):
    found = find_dates(text, language, PUBLISHED)
    assert [d.year for d in found] == [year]


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("в текущем году", "ru", 2026), ("в этом году", "ru", 2026),
        ("на текущий период", "ru", 2026), ("в следующем году", "ru", 2027),
        ("в прошлом году", "ru", 2025), ("итоги текущего года", "ru", 2026),
        ("итоги уходящего года", "ru", 2026), ("до конца нынешнего года", "ru", 2026),
        ("биыл", "kk", 2026), ("Биылғы", "kk", 2026),
        ("келесі жылы", "kk", 2027), ("өткен жылы", "kk", 2025), ("this year", "en", 2026),
        ("next year", "en", 2027), ("last year", "en", 2025),
    ],
)  # fmt: skip
def test_relative_years_resolve_against_publication(text, language, year):
    mention = only(f"{text}", language)
    assert mention.kind == "relative_year" and mention.year == year
    unresolved = only(text, language, None)
    assert unresolved.year is None


def test_day_and_month_take_the_publication_year():
    assert only("30 января", "ru").value == date(2026, 1, 30)
    # more than half a year after publication: the year before
    assert only("25 декабря", "ru").value == date(2025, 12, 25)
    assert only("30 января", "ru", None).value is None


@pytest.mark.parametrize(
    ("text", "language", "day", "month", "value"),
    [
        ("Астана, 30 января. /Kazinform/ – Сегодня...", "ru", 30, 1, None),
        ("АСТАНА, 30 января 2026 года – Сегодня...", "ru", 30, 1, date(2026, 1, 30)),
        ("ASTANA, Jan. 30 – The parties met", "en", 30, 1, None),
        ("ASTANA, January 30, 2026 — The parties met", "en", 30, 1, date(2026, 1, 30)),
        ("Астана. 30 қаңтар. ҚазАқпарат - Тараптар", "kk", 30, 1, None),
        ("30.01.2026\nВстреча прошла", "ru", 30, 1, date(2026, 1, 30)),
    ],
)
def test_datelines(text, language, day, month, value):
    dateline = find_dateline(text, language)
    assert dateline is not None
    assert (dateline.day, dateline.month, dateline.value) == (day, month, value)


def test_no_dateline_in_the_middle_of_a_text():
    text = "Стороны подвели итоги работы. Встреча прошла 30 января 2026 года."
    assert find_dateline(text, "ru") is None


def test_publication_date_from_the_dateline_and_said_when_unknown():
    with_year = extract("ASTANA, January 30, 2026 — The parties met this year.")
    assert with_year.published == date(2026, 1, 30) and with_year.published_basis == "dateline"
    without_year = extract("Астана, 30 января. /Kazinform/ – В текущем году стороны встретились.")
    assert without_year.published is None and without_year.published_basis == "unknown"
    assert any("gives no year" in w for w in without_year.warnings)
    assert any("relative dates left unresolved" in w for w in without_year.warnings)
