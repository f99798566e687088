"""The region's other cities as a meeting's or an event's place, each written in English."""

from datetime import date

import pytest

from nwfz.intake.extract import extract

PUBLISHED = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Консультативная встреча сторон Договора о ЦАЗСЯО прошла 10 марта 2026 года в "
         "Шымкенте.", "Shymkent"),
        ("Консультативная встреча сторон Договора о ЦАЗСЯО прошла 10 марта 2026 года в "
         "Туркестане.", "Turkistan"),
        ("Консультативная встреча сторон Договора о ЦАЗСЯО прошла 10 марта 2026 года в "
         "Бухаре.", "Bukhara"),
        ("Консультативная встреча сторон Договора о ЦАЗСЯО прошла 10 марта 2026 года в "
         "Оше.", "Osh"),
        ("Консультативная встреча сторон Договора о ЦАЗСЯО прошла 10 марта 2026 года в "
         "городе Мары.", "Mary"),
        ("Консультативная встреча сторон Договора о ЦАЗСЯО прошла 10 марта 2026 года в "
         "Худжанде.", "Khujand"),
        ("Семей шартына қатысушы елдердің консультативтік кездесуі 2026 жылғы 10 наурызда "
         "Шымкентте өтті.", "Shymkent"),
        ("Семей шартына қатысушы елдердің консультативтік кездесуі 2026 жылғы 10 наурызда "
         "Түркістанда өтті.", "Turkistan"),
        ("Семей шартына қатысушы елдердің консультативтік кездесуі 2026 жылғы 10 наурызда "
         "Бұхарада өтті.", "Bukhara"),
        ("Семей шартына қатысушы елдердің консультативтік кездесуі 2026 жылғы 10 наурызда "
         "Ошта өтті.", "Osh"),
        ("Семей шартына қатысушы елдердің консультативтік кездесуі 2026 жылғы 10 наурызда "
         "Мары қаласында өтті.", "Mary"),
        ("Семей шартына қатысушы елдердің консультативтік кездесуі 2026 жылғы 10 наурызда "
         "Ходжентте өтті.", "Khujand"),
        ("The consultative meeting of the parties to the Treaty on a Nuclear-Weapon-Free Zone "
         "in Central Asia was held on 10 March 2026 in Shymkent.", "Shymkent"),
        ("The consultative meeting of the parties to the Treaty on a Nuclear-Weapon-Free Zone "
         "in Central Asia was held on 10 March 2026 in Turkestan.", "Turkistan"),
        ("The consultative meeting of the parties to the Treaty on a Nuclear-Weapon-Free Zone "
         "in Central Asia was held on 10 March 2026 in Bukhara.", "Bukhara"),
        ("The consultative meeting of the parties to the Treaty on a Nuclear-Weapon-Free Zone "
         "in Central Asia was held on 10 March 2026 in Osh.", "Osh"),
        ("The consultative meeting of the parties to the Treaty on a Nuclear-Weapon-Free Zone "
         "in Central Asia was held on 10 March 2026 in Mary, Turkmenistan.", "Mary"),
        ("The consultative meeting of the parties to the Treaty on a Nuclear-Weapon-Free Zone "
         "in Central Asia was held on 10 March 2026 in Khujand.", "Khujand"),
    ],
)  # fmt: skip
def test_a_meeting_in_one_of_the_regions_cities_takes_its_english_name(text, place):
    meetings = extract(text, published=PUBLISHED).of_type("consultative_meeting")
    assert [m.to_json()["place"] for m in meetings] == [place]


def test_mary_alone_in_english_is_no_place():
    text = (
        "The consultative meeting of the parties to the Treaty on a Nuclear-Weapon-Free Zone "
        "in Central Asia was held on 10 March 2026, in Mary's words a success."
    )
    meetings = extract(text, published=PUBLISHED).of_type("consultative_meeting")
    assert [m.to_json().get("place") for m in meetings] == [None]
