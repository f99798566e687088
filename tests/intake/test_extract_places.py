"""The region's other cities as a meeting's or an event's place, each written in English; the
gazetteer they come from (places.yaml)."""

from datetime import date

import pytest

from nwfz.intake.extract import extract
from nwfz.intake.extract.places import (
    GazetteerError,
    gazetteer,
    party_capitals,
    party_cities,
    read_gazetteer,
)

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


# The gazetteer's cities of the parties beyond the capitals, each read in the three languages
# (Russian after 'в', Kazakh with its locative ending, English after 'in'); a meeting there
# takes the gazetteer's English name.
PARTY_TOWNS = [
    # (name, Russian prepositional, Kazakh locative, English)
    ("Kurchatov", "Курчатове", "Курчатовта", "Kurchatov"),
    ("Karaganda", "Караганде", "Қарағандыда", "Karagandy"),
    ("Oskemen", "Усть-Каменогорске", "Өскеменде", "Ust-Kamenogorsk"),
    ("Aktau", "Актау", "Ақтауда", "Aktau"),
    ("Taraz", "Таразе", "Таразда", "Taraz"),
    ("Uralsk", "Уральске", "Оралда", "Uralsk"),
    ("Karakol", "Караколе", "Қаракөлде", "Karakol"),
    ("Jalal-Abad", "Джалал-Абаде", "Жалал-Абадта", "Jalal-Abad"),
    ("Kulob", "Кулябе", "Көлабта", "Kulyab"),
    ("Khorog", "Хороге", "Хорогта", "Khorog"),
    ("Awaza", "Авазе", "Авазада", "Avaza"),
    ("Turkmenbashi", "Туркменбаши", "Түрікменбашыда", "Turkmenbashi"),
    ("Nukus", "Нукусе", "Нөкісте", "Nukus"),
    ("Navoi", "Навои", "Науаиде", "Navoiy"),
    ("Khiva", "Хиве", "Хиуада", "Khiva"),
    ("Termez", "Термезе", "Термезде", "Termez"),
]


@pytest.mark.parametrize(("place", "ru", "kk", "en"), PARTY_TOWNS, ids=[t[0] for t in PARTY_TOWNS])
def test_a_meeting_in_a_party_town_of_the_gazetteer_in_three_languages(place, ru, kk, en):
    texts = [
        f"Консультативная встреча сторон Договора о ЦАЗСЯО прошла 10 марта 2026 года в {ru}.",
        f"Семей шартына қатысушы елдердің консультативтік кездесуі 2026 жылғы 10 наурызда {kk} "
        "өтті.",
        "The consultative meeting of the parties to the Treaty on a Nuclear-Weapon-Free Zone "
        f"in Central Asia was held on 10 March 2026 in {en}.",
    ]
    for text in texts:
        meetings = extract(text, published=PUBLISHED).of_type("consultative_meeting")
        assert [m.to_json().get("place") for m in meetings] == [place], text


def test_a_town_of_the_gazetteer_in_the_city_form_and_before_kalasynda():
    ru = extract(
        "Консультативная встреча сторон Договора о ЦАЗСЯО прошла в городе Нукус.",
        published=PUBLISHED,
    ).of_type("consultative_meeting")
    kk = extract(
        "Семей шартына қатысушы елдердің консультативтік кездесуі Нөкіс қаласында өтті.",
        published=PUBLISHED,
    ).of_type("consultative_meeting")
    assert [m.to_json()["place"] for m in ru + kk] == ["Nukus", "Nukus"]


def test_every_party_town_is_named_in_the_three_languages():
    for place in gazetteer():
        if place.in_a_party and place.name != "Mary":  # English 'Mary' only beside its state
            assert place.en and place.ru_in and place.ru and place.kk, place.name


def test_a_zones_event_in_a_party_town_is_the_central_asian_zones():
    assert {"Kurchatov", "Nukus", "Astana", "Semipalatinsk"} <= party_cities()
    assert "Vienna" not in party_cities()


def test_each_party_has_one_capital_in_the_gazetteer():
    """A meeting at a party's foreign ministry is in its capital (meetings._at_the_ministry)."""
    assert party_capitals() == {
        "KZ": "Astana",
        "KG": "Bishkek",
        "TJ": "Dushanbe",
        "TM": "Ashgabat",
        "UZ": "Tashkent",
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {name: Osh, state: KG, en: [Osh]}\n- {name: Osh, state: KG}\n",
         "places.yaml, line 2: place 'Osh' is listed twice"),
        ("- {name: Osh, state: KG}\n- {name: Nukus, state: UZ, ru_loc: [Нукусе]}\n",
         "places.yaml, line 2: unknown key 'ru_loc'"),
        ("- {name: Osh, state: Kyrgyzstan}\n",
         "places.yaml, line 1: state 'Kyrgyzstan' is not a two-letter ISO code"),
        ("- {name: Osh, state: KG, en: ['Osh(']}\n", "places.yaml, line 1: 'en' name 'Osh('"),
        ("- {name: Osh, state: KG, kk: Ош}\n", "places.yaml, line 1: 'kk' must be a list"),
        ("- {state: KG}\n", "places.yaml, line 1: 'name' is missing or empty"),
        ("- {name: Osh, state: KG, capital: yes please}\n",
         "places.yaml, line 1: 'capital' must be true or false"),
        ("name: Osh\n", "places.yaml: expected a list of places"),
        ("- [unclosed\n", "places.yaml: not valid YAML"),
    ],
)  # fmt: skip
def test_a_bad_gazetteer_entry_is_refused_naming_the_file_and_line(text, message):
    with pytest.raises(GazetteerError) as refused:
        read_gazetteer(text, "places.yaml")
    assert str(refused.value).startswith(message)
