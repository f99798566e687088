"""Mechanisms added after the first blind scoring, each on a sentence written for the test."""

from datetime import date

from nwfz.intake.extract import extract
from nwfz.intake.extract.text import split_sentences, unwrap

PUBLISHED = date(2027, 3, 2)


def summary(text: str, published: date | None = PUBLISHED) -> list[dict]:
    result = extract(text, published=published)
    return [
        {k: v for k, v in p.to_json().items() if k not in ("spans", "confidence")}
        for p in result.proposals
    ]


def of_type(text: str, kind: str, published: date | None = PUBLISHED) -> list[dict]:
    return [p for p in summary(text, published) if p["type"] == kind]


# ---------------------------------------------------------------- hard-wrapped paragraphs


def test_wrapped_lines_are_one_sentence_and_offsets_hold():
    text = (
        "Делегации пяти стран обсудили в Бишкеке вопросы сотрудничества по\n"
        "линии Договора и согласовали следующие шаги.\n"
        "\n"
        "Short headline\n"
        "Body line.\n"
    )
    assert len(unwrap(text)) == len(text)
    sentences = split_sentences(text)
    assert sentences[0].text.startswith("Делегации") and sentences[0].text.endswith("шаги.")
    assert [s.text for s in sentences[1:]] == ["Short headline", "Body line."]
    assert all(text[s.start : s.end].replace("\n", " ") == s.text for s in sentences)


def test_headline_above_a_dateline_stays_apart():
    text = (
        "Regional diplomats discuss water and energy questions in Almaty\n"
        "ALMATY, 3 March – The talks opened on Monday and will go on until\n"
        "Thursday.\n"
    )
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[0] == "Regional diplomats discuss water and energy questions in Almaty"
    assert sentences[1].endswith("until Thursday.")


def test_dateline_under_a_headline():
    from nwfz.intake.extract.dates import find_dateline

    text = "Five states discuss the zone in Bishkek\nBISHKEK, 7 April (Kabar) – Talks opened.\n"
    dateline = find_dateline(text, "en")
    assert dateline is not None and (dateline.day, dateline.month) == (7, 4)
    assert find_dateline("Talks open in the city\n7 April the talks opened.\n", "en") is None


# ---------------------------------------------------------------- dates and their verbs


def test_each_date_belongs_to_the_verb_of_its_clause():
    ok = [
        "Напомним, Семипалатинский договор подписали 8 сентября 2006 года, а в силу он "
        "вступил 21 марта 2009 года.",
        "Семей шартына 2006 жылы қол қойылды, ал ол 2009 жылы күшіне енді.",
        "The CANWFZ Treaty was signed in 2006 and entered into force in 2009.",
    ]
    for text in ok:
        assert of_type(text, "registry_conflict") == [], text
    wrong = "The CANWFZ Treaty was signed on 8 September 2006 and entered into force in 2010."
    assert of_type(wrong, "registry_conflict") == [
        {"type": "registry_conflict", "field": "treaty.entry_into_force", "stated": "2010",
         "registry": "2009-03-21", "regime": "canwfz"}
    ]  # fmt: skip


def test_a_day_without_a_year_states_no_year():
    text = "Договор о ЦАЗСЯО был подписан 8 сентября, а вступил в силу 21 марта."
    assert of_type(text, "registry_conflict") == []


# ---------------------------------------------------------------- meetings


def test_body_date_and_yesterday_over_the_dateline():
    text = (
        "АЛМАТЫ, 5 октября. Вчера в Алматы прошло консультативное совещание сторон "
        "Договора о ЦАЗСЯО."
    )
    (meeting,) = of_type(text, "consultative_meeting", date(2026, 10, 5))
    assert meeting["date"] == "2026-10-04" and meeting["place"] == "Almaty"
    text = (
        "TASHKENT, 9 May – The annual consultative meeting of the parties to the CANWFZ "
        "Treaty took place in Tashkent on Wednesday, 7 May."
    )
    (meeting,) = of_type(text, "consultative_meeting", date(2026, 5, 9))
    assert meeting["date"] == "2026-05-07"


def test_chair_of_a_meeting_in_three_languages():
    texts = {
        "KZ": "Консультативное совещание сторон Договора о ЦАЗСЯО прошло в Алматы. "
        "Председательствовал на нем Казахстан.",
        "TM": "An annual consultative meeting of the CANWFZ parties was held in Ashgabat. "
        "Turkmenistan, the current chair of the zone, presided.",
        "KG": "Кеше Семей шартына қатысушы елдердің консультативтік кеңесі Бішкекте өтті. "
        "Жиынға Қырғызстан тарапы төрағалық етті.",
    }
    for code, text in texts.items():
        (meeting,) = of_type(text, "consultative_meeting")
        assert meeting["chair"] == code, text


def test_the_host_of_a_planned_meeting_chairs_it():
    text = (
        "Туркменская сторона планирует провести очередное консультативное совещание "
        "государств-участников Договора о ЦАЗСЯО в Ашхабаде осенью."
    )
    (meeting,) = of_type(text, "consultative_meeting")
    assert (meeting["chair"], meeting["place"], meeting["status"]) == ("TM", "Ashgabat", "planned")


def test_heads_of_state_meeting_is_another_format():
    texts = [
        "Президенты стран Центральной Азии на консультативной встрече в Ташкенте обсудили "
        "Договор о ЦАЗСЯО.",
        "The Consultative Meeting of the Heads of State of Central Asia took place in Astana; "
        "the leaders praised the Semipalatinsk Treaty.",
        "Астанада Орталық Азия мемлекеттері басшыларының консультативтік кездесуі өтті. "
        "Басшылар Семей шартының маңызын атап өтті.",
    ]
    for text in texts:
        assert of_type(text, "consultative_meeting") == [], text


# ---------------------------------------------------------------- chairs


def test_holding_the_chair_from_a_date_and_a_baton_handed_over():
    text = (
        "С 1 января 2027 года Кыргызстан председательствует в ЦАЗСЯО. Казахстан, "
        "возглавлявший Договор в 2026 году, передал эстафету кыргызской стороне."
    )
    assert of_type(text, "chair_transfer") == [
        {"type": "chair_transfer", "from": "KZ", "to": "KG", "year": 2027,
         "effective": "2027-01-01", "regime": "canwfz"}
    ]  # fmt: skip
    assert of_type(text, "registry_conflict") == []


def test_start_of_term_from_the_next_sentence_and_a_predecessor():
    text = (
        "Uzbekistan has assumed the chairmanship of the Semipalatinsk Treaty, succeeding "
        "Turkmenistan. The handover took effect on 1 January."
    )
    (transfer,) = of_type(text, "chair_transfer", date(2025, 1, 6))
    assert (transfer["from"], transfer["effective"]) == ("TM", "2025-01-01")


def test_handover_at_an_autumn_meeting_is_for_the_next_year_and_raises_no_conflict():
    text = "The CANWFZ chairmanship passed to Uzbekistan in December 2024 at the Ashgabat meeting."
    (transfer,) = of_type(text, "chair_transfer", date(2024, 12, 20))
    assert transfer["year"] == 2025
    assert of_type(text, "registry_conflict", date(2024, 12, 20)) == []


def test_chair_of_another_body_is_not_the_zones():
    texts = [
        "Uzbekistan took over the SCO presidency from Kazakhstan in 2025, while the "
        "Semipalatinsk Treaty remains in force.",
        "Kazakhstan, which holds the CICA chairmanship this year, praised the Semipalatinsk "
        "Treaty.",
        "Казахстан принял председательство в Конференции по разоружению. Дипломаты напомнили "
        "о значении Договора о ЦАЗСЯО.",
    ]
    for text in texts:
        assert summary(text, date(2025, 5, 1)) == [], text


def test_a_stated_chair_is_checked_against_the_registry():
    published = date(2025, 6, 2)
    assert of_type("Семей шартына биыл Өзбекстан төрағалық етіп отыр.", "registry_conflict",
                   published) == []  # fmt: skip
    assert of_type(
        "Семей шартына биыл Қазақстан төрағалық етіп отыр.", "registry_conflict", published
    ) == [
        {
            "type": "registry_conflict",
            "field": "chair.2025",
            "stated": "KZ",
            "registry": "UZ",
            "regime": "canwfz",
        }
    ]
    text = "Договор о ЦАЗСЯО, вступивший в силу в 2009 году, в 2025 году возглавляет Узбекистан."
    assert of_type(text, "registry_conflict", published) == []


def test_kazakh_side_word_gives_the_case():
    from nwfz.intake.extract.states import find_states

    (mention,) = find_states("осы жылы қырғызстандық тарап кеңесті өткізеді", "kk")
    assert (mention.code, mention.cases) == ("KG", frozenset({"nom"}))


# ---------------------------------------------------------------- fora, memoranda, events


def test_kazakh_forum_names():
    cases = {
        "npt-revcon": "Тараптар Семей шарты аясында Ядролық қаруды таратпау туралы шарттың "
        "қолданысын қарау жөніндегі 2026 жылғы конференцияда ортақ ұстанымды талқылады.",
        "unga-first-committee": "ОАЯҚАА елдері БҰҰ Бас Ассамблеясының 81-сессиясы Бірінші "
        "комитетінде бірлескен мәлімдеме жасады.",
        "iaea-gc": "Семей шартына қатысушы елдер атынан Атом энергиясы жөніндегі халықаралық "
        "агенттіктің (МАГАТЭ) Бас конференциясында мәлімдеме жасалды.",
    }
    for code, text in cases.items():
        assert {p["forum"] for p in of_type(text, "forum")} == {code}, text


def test_prepcom_and_revcon_and_the_treaty_each_belongs_to():
    prepcom = (
        "The CANWFZ states coordinated positions ahead of the third session of the "
        "Preparatory Committee for the 2031 Review Conference of the NPT."
    )
    assert [p["forum"] for p in of_type(prepcom, "forum")] == ["npt-prepcom"]
    both = (
        "Семей шартына қатысушы елдер Ядролық қаруды таратпау туралы шарттың қолданысын қарау "
        "жөніндегі конференцияға және Ядролық қаруға тыйым салу туралы шарттың шолу "
        "конференциясына дайындықты талқылады."
    )
    assert {p["forum"] for p in of_type(both, "forum")} == {"npt-revcon", "tpnw-revcon"}
    ru = "Страны ЦАЗСЯО выступили с позицией на Совещании государств – участников ДЗЯО."
    assert [p["forum"] for p in of_type(ru, "forum")] == ["tpnw-msp"]
    mission = "Постоянный представитель Казахстана при ООН выступил от имени стран ЦАЗСЯО."
    assert of_type(mission, "forum") == []


def test_memorandum_with_mongolia():
    text = "Семей шартына қатысушы мемлекеттер мен Моңғолия меморандумға қол қойды."
    (memo,) = of_type(text, "memorandum")
    assert memo["parties"] == ["CANWFZ", "MN"]


def test_anniversary_in_words():
    en = "This year marks fifteen years since the CANWFZ Treaty entered into force."
    (item,) = of_type(en, "anniversary")
    assert (item["ordinal"], item["of"]) == (15, "entry_into_force")
    ru = "В Алматы отметили десятилетие вступления в силу Договора о ЦАЗСЯО."
    (item,) = of_type(ru, "anniversary")
    assert (item["ordinal"], item["of"]) == (10, "entry_into_force")


def test_event_on_nuclear_weapon_free_zones_near_the_treaty():
    text = (
        "Turkmenistan chairs the CANWFZ Treaty this year. Its programme includes a workshop "
        "for students. A seminar on nuclear-weapon-free zones is to be held in Mary in June."
    )
    (event,) = of_type(text, "event", date(2024, 2, 1))
    assert event["status"] == "planned"
    alone = "A seminar on nuclear-weapon-free zones is to be held in Mary in June."
    assert of_type(alone, "event") == []


def test_agreed_to_hold_and_gathered():
    planned = "The parties agreed to hold commemorative events for the CANWFZ Treaty in 2027."
    assert [e["status"] for e in of_type(planned, "event")] == ["planned"]
    held = "Experts gathered in Almaty for a conference on the Semipalatinsk Treaty."
    assert [e["status"] for e in of_type(held, "event")] == ["held"]
