"""Kazakh in the Latin alphabets (2017 apostrophes, 2018 acute accents, 2021) is recognised,
read through transliteration to Cyrillic, and its proposals point at the Latin words."""

from datetime import date
from pathlib import Path

import pytest

from nwfz.intake.extract import detect_language, extract
from nwfz.intake.extract.evaluate import load_corpus
from nwfz.intake.extract.kk_latin import transliterate, variant_of

from .kk_latin_writer import to_latin

HERE = Path(__file__).parent

# A Kazinform-style report in the 2018 alphabet (the agency's Latin edition), written here.
KAZINFORM_2018 = """\
Ortalyq Azııadaǵy ıadrolyq qarýdan azat aımaq týraly shartqa qatysýshy elderdiń \
konsýltatıvtik kezdesýi ótti

ASTANA. QAZAQPARAT – 2026 jylǵy 30 qańtarda Astanada Ortalyq Azııada ıadrolyq qarýdan azat \
aımaq týraly shartqa qatysýshy memleketterdiń jyl saıynǵy konsýltatıvtik kezdesýi ótti, dep \
habarlaıdy QR Syrtqy ister mınıstrliginiń baspasóz qyzmeti.

Kezdesý barysynda taraptar 2025 jylǵy birlesken jumys qorytyndysyn shyǵaryp, 2026 jylǵa \
arnalǵan josparlardy kelisti.

Shart boıynsha tóraǵalyq Ózbekstannan Qazaqstanǵa ótti.

Bıyl Semeı shartyna qol qoıylǵanyna 20 jyl tolady. Osyǵan oraı qatysýshy elderdiń syrtqy \
saıası vedomstvolary jyl boıy eske alý is-sharalaryn ótkizýdi josparlap otyr.
"""


@pytest.mark.parametrize(
    ("latin", "variant", "cyrillic"),
    [
        ("Qazaqstan Respýblıkasy", "2018", "Қазақстан Республикасы"),
        ("Ortalyq Azııa", "2018", "Орталық Азия"),
        ("ıadrolyq qarýdan azat aımaq", "2018", "ядролық қарудан азат аймақ"),
        ("saıası daıyndyq qyrkúıek", "2018", "саяси дайындық қыркүйек"),
        ("Halyqaralyq konferensııa", "2018", "Халықаралық конференция"),
        ("Qazaqstan Respublikasy", "2021", "Қазақстан Республикасы"),
        ("Būryñğy ötken zamanda, bır danyşpan", "2021", "Бұрыңғы өткен заманда, бір данышпан"),
        ("üiıne söilesıp, syi berıp", "2021", "үйіне сөйлесіп, сый беріп"),
        ("Ortalyq Aziia", "2021", "Орталық Азия"),
        ("Qazaqstan Respy'bli'kasy", "2017", "Қазақстан Республикасы"),
        ("ja'ne O'zbekstan s'artqa", "2017", "және Өзбекстан шартқа"),
        # after a consonant 'ia' is и and а (loanwords), after a vowel or first it is я
        ("studentter olimpiadasy, dialog", "2021", "студенттер олимпиадасы, диалог"),
        ("radiatsiialyq materialdar", "2021", "радиациялық материалдар"),
        ("olımpıada, dıalog jáne ıadrolyq", "2018", "олимпиада, диалог және ядролық"),
        # Latin e heads loanwords as э ('ekspert', 'elektr'), native words as е ('el', 'eki')
        ("ekspertter men ekı el", "2021", "эксперттер мен екі ел"),
        ("atom elektr stantsiiasy", "2021", "атом электр станциясы"),
        ("fotoekspozitsiia aşyldy", "2021", "фотоэкспозиция ашылды"),
    ],
)  # fmt: skip
def test_each_alphabet_reads_as_cyrillic(latin, variant, cyrillic):
    assert transliterate(latin, variant).reading.text == cyrillic


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("Qazaqstan men Ózbekstan arasyndaǵy kelisim", "2018"),
        ("Qazaqstan men Özbekstan arasyndağy kelısım", "2021"),
        ("Qazaqstan ja'ne O'zbekstan arasyndag'y kelisim", "2017"),
    ],
)
def test_the_alphabet_is_told_by_the_letters_only_it_has(text, variant):
    assert variant_of(text) == variant


def test_foreign_words_and_addresses_are_kept_as_written():
    text = "CTBTO men AFCONE, www.inform.kz saıtynda"
    reading = transliterate(text, "2018").reading.text
    assert reading.startswith("CTBTO мен AFCONE, www.inform.kz ")


def test_spans_map_back_through_digraphs_and_dropped_letters():
    latin = "Shartqa qol qoıylǵanyna 20 jyl toldy"
    reading = transliterate(latin, "2018").reading
    cyrillic = reading.text
    assert cyrillic == "Шартқа қол қойылғанына 20 жыл толды"
    start = cyrillic.index("Шартқа")
    assert reading.original_span((start, start + len("Шартқа"))) == (0, len("Shartqa"))
    start = cyrillic.index("қойылғанына")
    s, e = reading.original_span((start, start + len("қойылғанына")))
    assert latin[s:e] == "qoıylǵanyna"


@pytest.mark.parametrize("variant", ["2017", "2018", "2021"])
def test_kazakh_latin_is_detected_as_kazakh(variant):
    cyrillic = "Шарт бойынша төрағалық Өзбекстаннан Қазақстанға өтті және кездесу болды."
    assert detect_language(to_latin(cyrillic, variant)) == "kk"


def test_informal_kazakh_latin_with_cyrillic_letters_and_gh_is_kazakh():
    # a keyboard without the Kazakh letters: "ә" typed in Cyrillic inside a Latin word, gh for ғ
    text = (
        "Ministrlik ókilderi ótken aptada jәne bıyl da qoghamdyq keńespen kezdesti, dep "
        "habarlady baspasóz qyzmeti. Osy jyly zań jobasy talqylandy."
    )
    assert detect_language(text) == "kk"
    reading = transliterate(text).reading.text
    assert "және" in reading and "қоғамдық" in reading and "деп" in reading
    # a wholly Cyrillic word in a Latin text stays as written
    assert "Москва" in transliterate("Ol Москва qalasynda boldy.").reading.text


@pytest.mark.parametrize(
    "text",
    [
        # Uzbek, Turkish, Azerbaijani and Turkmen share letters with the Kazakh alphabets
        "O'zbekiston Respublikasi Tashqi ishlar vazirligi Markaziy Osiyoda yadroviy quroldan "
        "xoli zona to'g'risidagi shartnoma bo'yicha maslahat uchrashuvi bo'lib o'tganini "
        "ma'lum qildi. Uchrashuvda tomonlar hamkorlikni mustahkamlash masalalarini muhokama "
        "qildilar.",
        "Kazakistan Dışişleri Bakanlığı, Orta Asya Nükleer Silahlardan Arındırılmış Bölge "
        "Antlaşması'na taraf ülkelerin yıllık istişare toplantısının Astana'da yapıldığını "
        "bildirdi. Toplantıda taraflar işbirliğini güçlendirme konularını ele aldı.",
        "Qazaxıstan Xarici İşlər Nazirliyi Mərkəzi Asiyada nüvə silahından azad zona haqqında "
        "müqaviləyə üzv ölkələrin illik məşvərət görüşünün Astanada keçirildiyini bildirib.",
        "Türkmenistanyň Daşary işler ministrligi Merkezi Aziýada ýadro ýaragyndan azat zona "
        "hakyndaky şertnamanyň gatnaşyjy döwletleriniň ýyllyk maslahat duşuşygynyň Aşgabatda "
        "geçirilendigini habar berdi.",
    ],
)
def test_other_turkic_latin_texts_are_not_kazakh(text):
    assert detect_language(text) is None


def test_a_kazinform_latin_item_is_read_end_to_end():
    result = extract(KAZINFORM_2018, published=date(2026, 1, 30))
    assert (result.language, result.transliteration) == ("kk", "kk-latn-2018")
    assert result.text == KAZINFORM_2018  # the spans index the Latin text as published
    by_type = {p.type: p for p in result.proposals}
    meeting = by_type["consultative_meeting"]
    assert (meeting.fields["date"], meeting.fields["place"]) == ("2026-01-30", "Astana")
    assert "2026 jylǵy 30 qańtarda" in meeting.evidence(KAZINFORM_2018)
    assert "Astanada" in meeting.evidence(KAZINFORM_2018)
    transfer = by_type["chair_transfer"]
    assert (transfer.fields["from"], transfer.fields["to"]) == ("UZ", "KZ")
    assert transfer.evidence(KAZINFORM_2018) == ["tóraǵalyq", "Ózbekstannan", "Qazaqstanǵa", "ótti"]
    review = by_type["review_and_plans"]
    assert (review.fields["year_reviewed"], review.fields["plans_period"]) == (2025, 2026)
    anniversary = by_type["anniversary"]
    assert (anniversary.fields["ordinal"], anniversary.fields["anniversary_year"]) == (20, 2026)
    assert "qol qoıylǵanyna" in anniversary.evidence(KAZINFORM_2018)
    event = by_type["event"]
    assert event.fields["organisers"] == ["ministries_of_foreign_affairs"]
    assert "syrtqy saıası vedomstvolary" in event.evidence(KAZINFORM_2018)


def _records(result) -> list[tuple]:
    return sorted(
        (p.type, tuple(sorted((k, str(v)) for k, v in p.fields.items() if k != "title")))
        for p in result.proposals
    )


KAZAKH_ITEMS = [
    item
    for directory in ("corpus", "corpus_heldout", "corpus_blind", "corpus_blind2")
    for item in load_corpus(HERE / directory)
    if item.language == "kk"
]


@pytest.mark.parametrize("variant", ["2017", "2018", "2021"])
def test_the_kazakh_corpora_in_each_latin_alphabet_read_as_in_cyrillic(variant):
    """Every Kazakh item, written in the Latin alphabet, yields the records its Cyrillic
    yields, with as many spans, each over the Latin of the Cyrillic words."""
    for item in KAZAKH_ITEMS:
        latin = to_latin(item.text, variant)
        cyrillic = extract(item.text, published=item.published)
        read = extract(latin, published=item.published)
        assert (read.language, read.transliteration) == ("kk", f"kk-latn-{variant}"), item.id
        assert _records(read) == _records(cyrillic), item.id
        for mine, theirs in zip(
            sorted(read.proposals, key=_key), sorted(cyrillic.proposals, key=_key), strict=True
        ):
            expected = [to_latin(words, variant) for words in theirs.evidence(item.text)]
            assert mine.evidence(latin) == expected, (item.id, mine.type)


def _key(proposal):
    return (proposal.type, sorted((k, str(v)) for k, v in proposal.fields.items() if k != "title"))
