import pytest

from nwfz.intake.extract import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Председательство в рамках Договора на 2026 год перешло к Казахстану.", "ru"),
        ("Шарт бойынша төрағалық Өзбекстаннан Қазақстанға өтті.", "kk"),
        ("Kazakhstan took over the chairmanship of the Treaty for 2026.", "en"),
        ("Kasachstan hat den Vorsitz des Vertrags übernommen, sagte das Ministerium.", None),
        ("Казахстан прийняв головування в договорі, повідомляє міністерство.", None),
        ("Тажикстандын тышкы иштер министрлиги жолугушуу өттү деп билдирди.", None),
        ("12345 !!!", None),
        # a headline alone: few function words, but the zones' English content words
        ("Tashkent hosts consultative meeting on nuclear-free zone treaty", "en"),
        ("Central Asian states sign joint statement", "en"),
        ("Zona libre de armas nucleares en Asia Central: reunión consultiva anual", None),
        ("Markaziy Osiyo yadroviy quroldan xoli zona maslahat uchrashuvi", None),
        # fewer than 20 letters: told only by the zone's names written so in one language
        ("Договору о ЦАЗСЯО — 20 лет.", "ru"),
        ("Семипалатинский договор: 20 лет", "ru"),
        ("Семей шартына – 20 жыл.", "kk"),
        ("ОАЯҚАА – 20 жыл", "kk"),
        ("ЦАЗСЯО: Қазақстан", "kk"),
        ("ЦАЗСЯО: 20 жыл өттү", None),
        ("Договору — 20 лет.", None),
        ("Шарт – 20 жыл.", None),
        ("Semei şartyna – 20 jyl.", "kk"),
        ("Treaty turns 20", None),
        # a Kazakh or Kyrgyz name in quotes in a Russian text does not make it Kazakh
        ("Как сообщает газета «Семей таңы», стороны Договора о ЦАЗСЯО подвели итоги года.", "ru"),
        ("По данным «Егемен Қазақстан», в Астане прошла встреча сторон Договора.", "ru"),
        ("«Егемен Қазақстан» газеті хабарлайды: Семей шартына қатысушы елдер кездесті.", "kk"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected
