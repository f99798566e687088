"""Anniversaries computed from the record (no database)."""

from datetime import date

from nwfz.governance.anniversaries import AnniversaryFact, ordinal_text, upcoming_anniversaries

SIGNATURE = AnniversaryFact("signature", "signature", "Semipalatinsk Treaty", date(2006, 9, 8))
EIF = AnniversaryFact(
    "entry-into-force", "entry_into_force", "Semipalatinsk Treaty", date(2009, 3, 21)
)
DAY = AnniversaryFact(
    "day-against-nuclear-tests",
    "observance",
    "International Day against Nuclear Tests",
    date(2010, 8, 29),
)


def test_twentieth_anniversary_of_signature_on_8_september_2026_is_round():
    [a] = upcoming_anniversaries([SIGNATURE], date(2026, 1, 1), date(2026, 12, 31))
    assert (a.date, a.ordinal, a.round) == (date(2026, 9, 8), 20, True)
    assert a.label == "20th anniversary of the signature of the Semipalatinsk Treaty"


def test_entry_into_force_on_21_march_is_not_round_in_2026():
    [a] = upcoming_anniversaries([EIF], date(2026, 1, 1), date(2026, 12, 31))
    assert (a.date, a.ordinal, a.round) == (date(2026, 3, 21), 17, False)
    assert a.label == "17th anniversary of the entry into force of the Semipalatinsk Treaty"


def test_observance_counts_its_own_occurrences():
    [a] = upcoming_anniversaries([DAY], date(2026, 8, 1), date(2026, 8, 31))
    assert (a.date, a.ordinal) == (date(2026, 8, 29), 17)
    assert a.label == "17th International Day against Nuclear Tests"


def test_range_bounds_are_inclusive_and_sorted():
    found = upcoming_anniversaries([SIGNATURE, EIF, DAY], date(2026, 3, 21), date(2026, 9, 8))
    assert [a.key for a in found] == ["entry-into-force", "day-against-nuclear-tests", "signature"]


def test_range_across_years():
    found = upcoming_anniversaries([EIF], date(2026, 6, 1), date(2028, 6, 1))
    assert [(a.date.year, a.ordinal) for a in found] == [(2027, 18), (2028, 19)]


def test_29_february_falls_on_28_february_in_common_years():
    leap = AnniversaryFact("x", "other", "leap-day fact", date(2004, 2, 29))
    found = upcoming_anniversaries([leap], date(2025, 1, 1), date(2028, 12, 31))
    assert [a.date for a in found] == [
        date(2025, 2, 28),
        date(2026, 2, 28),
        date(2027, 2, 28),
        date(2028, 2, 29),
    ]


def test_nothing_before_the_fact_itself():
    assert upcoming_anniversaries([SIGNATURE], date(2000, 1, 1), date(2006, 12, 31)) == []


def test_ordinal_suffixes():
    assert [ordinal_text(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "101st",
    ]


def test_other_kinds_read_as_the_anniversary_of_the_fact():
    closure = AnniversaryFact(
        "test-site-closure",
        "test_site_closure",
        "closure of the Semipalatinsk nuclear test site",
        date(1991, 8, 29),
    )
    [a] = upcoming_anniversaries([closure], date(2026, 8, 1), date(2026, 8, 31))
    assert a.label == "35th anniversary of the closure of the Semipalatinsk nuclear test site"


def test_labels_take_every_english_ordinal_ending():
    labels = [
        upcoming_anniversaries([SIGNATURE], date(year, 1, 1), date(year, 12, 31))[0].label
        for year in (2007, 2008, 2009, 2017, 2027, 2028, 2029)
    ]
    assert [label.split(" ")[0] for label in labels] == [
        "1st",
        "2nd",
        "3rd",
        "11th",
        "21st",
        "22nd",
        "23rd",
    ]


def test_labels_are_written_in_the_language_of_the_titles():
    title = "Семипалатинский договор"
    fact = AnniversaryFact("signature", "signature", title, date(2006, 9, 8))
    [ru] = upcoming_anniversaries([fact], date(2026, 1, 1), date(2026, 12, 31), "ru")
    assert ru.label == "20-летие подписания Договора (Семипалатинский договор)"
    fact = AnniversaryFact("signature", "signature", "Семей шарты", date(2006, 9, 8))
    [kk] = upcoming_anniversaries([fact], date(2026, 1, 1), date(2026, 12, 31), "kk")
    assert kk.label == "Шартқа (Семей шарты) қол қойылғанына 20 жыл"
