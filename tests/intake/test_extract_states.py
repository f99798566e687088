import pytest

from nwfz.intake.extract.kk_morph import word_forms
from nwfz.intake.extract.states import find_states


def codes(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.code, m.text) for m in find_states(text, language)]


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Казахстан", "KZ"), ("Казахстану", "KZ"), ("Казахстаном", "KZ"), ("РК", "KZ"),
        ("казахстанская делегация", "KZ"), ("Республика Казахстан", "KZ"),
        ("Кыргызстана", "KG"), ("Киргизии", "KG"), ("КР", "KG"), ("Кыргызской Республике", "KG"),
        ("Таджикистаном", "TJ"), ("РТ", "TJ"), ("таджикская сторона", "TJ"),
        ("Туркменистане", "TM"), ("Туркмении", "TM"), ("Узбекистан", "UZ"), ("РУз", "UZ"),
        ("узбекских партнеров", "UZ"), ("России", "RU"), ("США", "US"), ("КНР", "CN"),
    ],
)  # fmt: skip
def test_russian_forms(word, code):
    found = find_states(f"Об этом сообщил {word} вчера.", "ru")
    assert [m.code for m in found] == [code]
    assert word.split()[0] in found[0].text


@pytest.mark.parametrize(
    ("word", "code", "case"),
    [
        ("Қазақстан", "KZ", "nom"), ("Қазақстанға", "KZ", "dat"), ("Қазақстанның", "KZ", "gen"),
        ("Қазақстаннан", "KZ", "abl"), ("Қазақстанда", "KZ", "loc"), ("ҚР", "KZ", "nom"),
        ("Қырғызстанға", "KG", "dat"), ("Қырғыз Республикасына", "KG", "dat"),
        ("Тәжікстанның", "TJ", "gen"), ("Тәжікстанға", "TJ", "dat"),
        ("Түрікменстаннан", "TM", "abl"), ("Түркменстанға", "TM", "dat"),
        ("Өзбекстаннан", "UZ", "abl"), ("өзбек тарапына", "UZ", "dat"), ("Ресей", "RU", "nom"),
    ],
)  # fmt: skip
def test_kazakh_forms_with_case(word, code, case):
    found = find_states(f"Хабарлама {word} туралы.", "kk")
    assert [m.code for m in found] == [code]
    assert found[0].text == word
    assert case in found[0].cases


def test_kazakh_vowel_harmony():
    assert "тәжікстанға" in word_forms("тәжікстан")
    assert "кездесуі" in word_forms("кездесу")  # front vowel, у before the possessive
    assert "шарттың" in word_forms("шарт") and "шартқа" in word_forms("шарт")
    assert "бішкекте" in word_forms("бішкек") and "бішкектен" in word_forms("бішкек")
    assert "қазақстанға" in word_forms("қазақстан") and "қазақстанге" not in word_forms("қазақстан")


def test_kazakh_consonant_mutation_before_a_vowel():
    # a final п, к, қ voices before the possessive: 'тарабы', 'тарабына', 'аймағы'
    assert {"тарабы", "тарабына", "тарабынан"} <= word_forms("тарап")
    assert "аймағы" in word_forms("аймақ") and "тарапқа" in word_forms("тарап")
    assert codes("Өзбекстан тарабы төрағалықты Қазақстан тарабына табыстады", "kk") == [
        ("UZ", "Өзбекстан тарабы"),
        ("KZ", "Қазақстан тарабына"),
    ]
    (kz,) = [m for m in find_states("Қазақстан тарабына", "kk")]
    assert kz.cases == frozenset({"dat"})


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Kazakhstan", "KZ"), ("Kazakhstan's", "KZ"), ("the Kazakh side", "KZ"),
        ("the Republic of Kazakhstan", "KZ"), ("the Kyrgyz Republic", "KG"), ("Kyrgyzstan", "KG"),
        ("Kirghizia", "KG"), ("the Tajik delegation", "TJ"), ("Turkmenistan", "TM"),
        ("the Turkmen side", "TM"), ("Uzbekistan", "UZ"), ("the Uzbek chair", "UZ"),
        ("the Russian Federation", "RU"), ("the United States", "US"), ("China", "CN"),
        ("the United Kingdom", "GB"), ("France", "FR"),
    ],
)  # fmt: skip
def test_english_forms(word, code):
    assert [m.code for m in find_states(f"A statement by {word} was read.", "en")] == [code]


def test_roles_from_case_and_preposition():
    ru = find_states("Председательство перешло от Узбекистана к Казахстану.", "ru")
    assert [(m.code, sorted(m.cases)) for m in ru] == [("UZ", ["abl"]), ("KZ", ["dat"])]
    en = find_states("passed from Uzbekistan to Kazakhstan", "en")
    assert [(m.code, sorted(m.cases)) for m in en] == [("UZ", ["abl"]), ("KZ", ["dat"])]


def test_spans_point_at_the_words():
    text = "Делегация РК и Кыргызстана"
    for mention in find_states(text, "ru"):
        assert text[mention.start : mention.end] == mention.text
