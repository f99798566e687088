"""Targeted rule behaviour: roles in a handover, conflicts, and texts that propose nothing."""

from datetime import date

import pytest

from nwfz.intake.extract import RegistryFacts, extract

PUBLISHED = date(2026, 2, 1)


def summary(text: str, published: date | None = PUBLISHED, **kwargs) -> list[dict]:
    result = extract(text, published=published, **kwargs)
    return [
        {k: v for k, v in p.to_json().items() if k not in ("spans", "confidence")}
        for p in result.proposals
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Узбекистан передал председательство в ЦАЗСЯО Казахстану на 2026 год.",
        "Председательство в ЦАЗСЯО на 2026 год перешло от Узбекистана к Казахстану.",
        "Семей шарты бойынша 2026 жылғы төрағалықты Өзбекстан Қазақстанға тапсырды.",
        "Uzbekistan handed over the CANWFZ chairmanship for 2026 to Kazakhstan.",
        "Kazakhstan took over the Semipalatinsk Treaty chairmanship from Uzbekistan in 2026.",
    ],
)
def test_handover_roles(text):
    transfers = [p for p in summary(text) if p["type"] == "chair_transfer"]
    assert transfers == [
        {
            "type": "chair_transfer",
            "from": "UZ",
            "to": "KZ",
            "year": 2026,
            "effective": None,
            "regime": "canwfz",
        }
    ]


def test_effective_date():
    text = "С 1 января 2026 года председательство в ЦАЗСЯО перешло к Казахстану."
    (transfer,) = [p for p in summary(text) if p["type"] == "chair_transfer"]
    assert transfer["effective"] == "2026-01-01" and transfer["year"] == 2026


def test_chair_conflict_with_the_registry():
    text = "Председательство в ЦАЗСЯО на 2026 год перешло к Таджикистану."
    conflicts = [p for p in summary(text) if p["type"] == "registry_conflict"]
    assert conflicts == [
        {
            "type": "registry_conflict",
            "field": "chair.2026",
            "stated": "TJ",
            "registry": "KZ",
            "regime": "canwfz",
        }
    ]
    custom = RegistryFacts.default()
    custom.chairs[2026] = "TJ"
    assert not [p for p in summary(text, registry=custom) if p["type"] == "registry_conflict"]


def test_signature_date_conflict():
    text = "Договор о ЦАЗСЯО был подписан 8 сентября 2007 года."
    assert {"type": "registry_conflict", "field": "treaty.signed", "stated": "2007-09-08",
            "registry": "2006-09-08", "regime": "canwfz"} in summary(text)  # fmt: skip
    assert not [p for p in summary("Договор о ЦАЗСЯО был подписан 8 сентября 2006 года.")]


@pytest.mark.parametrize(
    "text",
    [
        "Председатель Сената передал приветствие участникам форума по урановой отрасли.",
        "Kazakhstan took over the chairmanship of the CICA for two years.",
        "ЦАЗСЯО обсуждается экспертами. Председатель комитета заявил, что вопрос открыт.",
        "Полигон закрыт в 1991 году; в этом году исполняется 35 лет со дня закрытия.",
        "An op-ed on the NPT: the Review Conference failed, and the UN must do more.",
    ],
)
def test_distractors_propose_nothing(text):
    assert summary(text) == []


def test_video_meeting_with_date_and_chair():
    text = (
        "15 апреля 2025 года в режиме видеоконференции под председательством Узбекистана "
        "прошла консультативная встреча сторон Договора о ЦАЗСЯО."
    )
    (meeting,) = [p for p in summary(text) if p["type"] == "consultative_meeting"]
    assert meeting["date"] == "2025-04-15" and meeting["format"] == "videoconference"
    assert meeting["chair"] == "UZ" and meeting["kind"] == "annual"


def test_forum_codes_are_distinct_and_specific():
    text = (
        "В рамках Первого комитета ГА ООН и Генеральной конференции МАГАТЭ страны "
        "ЦАЗСЯО координируют позиции; они также взаимодействуют с ОДВЗЯИ."
    )
    forums = sorted(p["forum"] for p in summary(text) if p["type"] == "forum")
    assert forums == ["ctbto", "iaea-gc", "unga-first-committee"]


# ---------------------------------------------------------------- phrasings of unseen news


def test_the_anniversary_of_the_test_sites_closure_is_not_the_treaty_s():
    text = (
        "Last year, we commemorated the 30th Anniversary of the closure of the Semipalatinsk "
        "nuclear test site and 15th Anniversary of the Central Asian Nuclear-Weapon-Free zone."
    )
    found = [r for r in summary(text, date(2022, 8, 2)) if r["type"] == "anniversary"]
    assert [(r["ordinal"], r["anniversary_year"]) for r in found] == [(15, 2021)]
    closure_only = (
        "The CSTO ministers adopted a Joint Statement «On the 30th anniversary of the closure of "
        "the Semipalatinsk nuclear test site». It recalls the creation in 2006 of a "
        "nuclear-weapon-free zone in Central Asia."
    )
    assert [r for r in summary(closure_only) if r["type"] == "anniversary"] == []


def test_the_signings_anniversary_in_a_text_about_the_treaty_is_the_treaty_s():
    text = (
        "Казахстан принял председательство в зоне, свободной от ядерного оружия в "
        "Центральной Азии. "
        "Делегация отметила, что данный год является юбилейным – 20 лет с момента подписания "
        "(в 2006 г.) в Семипалатинске."
    )
    found = [r for r in summary(text) if r["type"] == "anniversary"]
    assert [(r["ordinal"], r["of"], r["year"], r["place"]) for r in found] == [
        (20, "signature", 2006, "Semipalatinsk")
    ]
    # a signing of another treaty named there is not the zone's
    other = (
        "Казахстан принял председательство в зоне, свободной от ядерного оружия в "
        "Центральной Азии. "
        "Исполнилось 30 лет с момента подписания Договора о коллективной безопасности."
    )
    assert [r for r in summary(other) if r["type"] == "anniversary"] == []


def test_another_zones_anniversary_takes_the_year_it_is_marked_and_the_headlines_act():
    text = (
        "13th Anniversary of the Entry into Force of the Pelindaba Treaty\n"
        "AFCONE is proud to announce, on this day, 15 July 2022, the 13th anniversary of the "
        "African Nuclear Weapon Free Zone Treaty – The Treaty of Pelindaba."
    )
    found = [r for r in summary(text, date(2022, 7, 19)) if r["type"] == "anniversary"]
    assert [(r["ordinal"], r["of"], r["anniversary_year"], r["regime"]) for r in found] == [
        (13, "entry_into_force", 2022, "pelindaba")
    ]


def test_a_parties_meeting_dedicated_to_an_anniversary_is_an_event_its_chair_organises():
    text = (
        "5 декабря 2024 года в Ашхабаде состоялось совещание государств-участников Договора о "
        "зоне, свободной от ядерного оружия, в Центральной Азии. Мероприятие, посвященное "
        "15-летию вступления в силу данного договора, было проведено в рамках председательства "
        "Туркменистана."
    )
    found = summary(text, date(2024, 12, 6))
    assert "consultative_meeting" not in [r["type"] for r in found]
    events = [r for r in found if r["type"] == "event"]
    assert [(e["status"], e["organisers"], e["date"]) for e in events] == [
        ("held", ["TM"], "2024-12-05")
    ]


def test_an_events_day_is_the_one_its_sentence_gives_not_the_datelines():
    text = (
        "Astana, 30 August 2023 (TDI): The Foreign Ministry of Kazakhstan hosted a regional "
        "conference on the Nuclear Weapon Free Zone in Central Asia on August 29, in Astana."
    )
    events = [r for r in summary(text, date(2023, 8, 30)) if r["type"] == "event"]
    assert [(e["date"], e["organisers"]) for e in events] == [("2023-08-29", ["KZ"])]


def test_a_seminar_of_all_zones_a_party_hosts_is_the_central_asian_zones():
    text = (
        "The AFCONE Executive Secretary took part in the Seminar “Fostering Cooperation among "
        "the Existing Nuclear-Weapon-Free Zones”, held on 29 August 2019 in Nur-Sultan, "
        "organized jointly by the Government of Kazakhstan and UNODA."
    )
    events = [r for r in summary(text, date(2019, 10, 17)) if r["type"] == "event"]
    assert [(e["regime"], e["organisers"]) for e in events] == [("canwfz", ["KZ"])]


def test_a_resolution_titled_for_another_matter_is_not_the_parties_work_at_the_assembly():
    other = (
        "The General Assembly considered the draft resolution “Zone of Peace, Trust and "
        "Cooperation of Central Asia” initiated by Turkmenistan. The signing of the Treaty on a "
        "Nuclear-Weapon-Free Zone in Central Asia in 2006 was recalled."
    )
    assert [r for r in summary(other) if r["type"] == "forum"] == []
    ours = (
        "The General Assembly adopted the resolution “Treaty on a Nuclear-Weapon-Free Zone in "
        "Central Asia” submitted by Turkmenistan on behalf of the Central Asian countries."
    )
    assert [r["forum"] for r in summary(ours) if r["type"] == "forum"] == ["unga"]


def test_the_first_committee_named_with_the_assembly_in_the_nominative_is_not_the_un_too():
    text = (
        "Постпред Таджикистана принял участие на заседании 1-го комитета 71-й сессии "
        "Генеральная Ассамблея ООН. Он выступил с совместным заявлением от имени всех стран "
        "Центральной Азии по случаю годовщины Договора о зоне, свободной от ядерного оружия, "
        "в Центральной Азии."
    )
    assert [r["forum"] for r in summary(text) if r["type"] == "forum"] == ["unga-first-committee"]


def test_a_memorandum_between_bodies_the_word_lists_do_not_hold():
    text = (
        "AFCONE and AFRA Signed a Memorandum of Understanding on 7 September 2020 under the "
        "Pelindaba Treaty."
    )
    memos = [r for r in summary(text, date(2020, 9, 7)) if r["type"] == "memorandum"]
    assert [(m["parties"], m["regime"], m["date"]) for m in memos] == [
        (["AFCONE", "AFRA"], "pelindaba", "2020-09-07")
    ]


def test_a_meeting_of_the_parties_delegations_on_a_theme_is_the_ministrys_event():
    text = (
        "В МИД Туркменистана прошло совещание делегаций государств-участников Договора о зоне, "
        "свободной от ядерного оружия в Центральной Азии на тему «Укрепление сотрудничества "
        "между зонами»."
    )
    found = summary(text, date(2024, 12, 6))
    assert [(r["type"], r["organisers"], r["title"]) for r in found] == [
        ("event", ["TM"], "Укрепление сотрудничества между зонами")
    ]


def test_the_chairs_framework_in_the_next_sentence_names_the_organiser():
    text = (
        "On December 5, 2024, a meeting of the States parties to the Treaty on a "
        "Nuclear-Weapon-Free Zone in Central Asia on the theme “Strengthening cooperation” was "
        "held at the Ministry of Foreign Affairs. The meeting became a part of Turkmenistan’s "
        "chairmanship in the Treaty."
    )
    events = [r for r in summary(text, date(2024, 12, 6)) if r["type"] == "event"]
    assert [(e["organisers"], e["date"]) for e in events] == [(["TM"], "2024-12-05")]


def test_a_briefing_the_parties_missions_convened_at_the_first_committee():
    text = (
        "Last week in the framework of the First Committee of the 69th Session of the United "
        "Nations General Assembly, a briefing was held on the Treaty on a Nuclear-Weapon-Free "
        "Zone in Central Asia. The briefing was convened by the Permanent Missions to the UN of "
        "the States Parties – the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of "
        "Tajikistan, Turkmenistan and the Republic of Uzbekistan. Kazakhstan informed the Member "
        "States of the United Nations on the Treaty."
    )
    found = summary(text, date(2014, 10, 20))
    assert [r["forum"] for r in found if r["type"] == "forum"] == ["unga-first-committee"]
    events = [r for r in found if r["type"] == "event"]
    assert [e["organisers"] for e in events] == [["KZ", "KG", "TJ", "TM", "UZ"]]


def test_two_treaties_written_with_their_abbreviations_share_the_review_conferences():
    text = (
        "Орталық Азиядағы ядролық қарудан азат аймақ туралы шартқа қатысушы елдер Ядролық "
        "қаруды таратпау туралы шарт (ЯҚТШ) пен Ядролық қаруға тыйым салу туралы шарттың "
        "(ЯҚТСШ) Шолу конференцияларында ұстанымдарын үйлестіреді."
    )
    forums = sorted(r["forum"] for r in summary(text) if r["type"] == "forum")
    assert forums == ["npt-revcon", "tpnw-revcon"]


@pytest.mark.parametrize(
    "text",
    [
        # a single state for itself
        "Kazakhstan signed the Treaty on a Nuclear-Weapon-Free Zone in Central Asia. Today our "
        "country, together with other parties, is preparing for the Second Meeting of States "
        "Parties to the TPNW.",
        "Наша страна вместе с другими участниками Договора о зоне, свободной от ядерного оружия, "
        "в Центральной Азии координирует позиции к Обзорной конференции ДНЯО.",
        # another body's members ('we' of another initiative), the zone named only after
        "The ministers thanked Norway for hosting the meeting of the Oslo Group. We agreed to "
        "coordinate our efforts before the NPT Review Conference. The Central Asian "
        "Nuclear-Weapon-Free Zone was recalled.",
        # the UN's officials, days and agencies are not a forum of the parties
        "U.N. Secretary General welcomed the Treaty on a Nuclear-Weapon-Free Zone in Central "
        "Asia in a statement.",
        "The parties of the Central Asian Nuclear-Weapon-Free Zone coordinated events marking the "
        "United Nations (UN) International Day against Nuclear Tests.",
        "Tajikistan, a party to the Central Asian Nuclear-Weapon-Free Zone, proposed to expand "
        "cooperation with the UN system.",
        "The parties of the Pelindaba Treaty were urged in a statement to join the UN Treaty on "
        "the Prohibition of Nuclear Weapons.",
        # an official's title: neither a context word nor the forum
        "A lecture on the Central Asian Nuclear-Weapon-Free Zone was attended by the UN "
        "Resident Coordinator and the CTBTO Executive Secretary.",
    ],
)
def test_no_forum_work_of_the_parties(text):
    assert [r for r in summary(text) if r["type"] == "forum"] == []


@pytest.mark.parametrize(
    ("text", "forums"),
    [
        (
            "Представители сторон Договора о зоне, свободной от ядерного оружия, в Центральной "
            "Азии встретились в Бишкеке. Стороны договорились о координации действий в рамках "
            "ООН.",
            ["un"],
        ),
        (
            "The Central Asian Nuclear-Weapon-Free Zone was discussed. As the chair, Kyrgyzstan "
            "stressed cooperation at the NPT Review Conference.",
            ["npt-revcon"],
        ),
        (
            "The UN ambassadors of Turkmenistan, Uzbekistan and Tajikistan told reporters on "
            "Monday that the Central Asian Nuclear-Weapon-Free Zone is in force.",
            ["un"],
        ),
        (
            "A briefing on the Central Asian Nuclear-Weapon-Free Zone was held within the First "
            "Committee. It was convened by the Permanent Missions to the UN of Kazakhstan and "
            "Kyrgyzstan.",
            ["unga-first-committee"],
        ),
        (
            "The Permanent Representative of Uzbekistan spoke at the First Committee. He spoke "
            "on behalf of the delegations of the five states – Kazakhstan, Kyrgyzstan, "
            "Tajikistan, Turkmenistan and Uzbekistan – about the Central Asian "
            "Nuclear-Weapon-Free Zone.",
            ["unga-first-committee"],
        ),
        (
            "Постпред Узбекистана выступил в Первом комитете Генеральной Ассамблеи ООН. Он "
            "говорил от имени делегаций пяти государств Центральной Азии о зоне, свободной от "
            "ядерного оружия, в Центральной Азии.",
            ["unga-first-committee"],
        ),
        (
            "Draft resolution A/C.1/80/L.7 was introduced by Tajikistan.\n"
            "Sponsors: Kazakhstan, Kyrgyzstan, Turkmenistan, Uzbekistan (the Central Asian "
            "Nuclear-Weapon-Free Zone).",
            ["unga-first-committee"],
        ),
        (
            "At the request of the Preparatory Committee for the Review Conference of the NPT, "
            "OPANAL presents a report on the Treaty of Tlatelolco. The report was prepared for "
            "the Review Conference of the NPT.",
            ["npt-revcon"],
        ),
    ],
)
def test_the_parties_work_at_a_forum(text, forums):
    assert sorted(r["forum"] for r in summary(text) if r["type"] == "forum") == forums


# ---------------------------------------------------------------- chair transfers, reviews, events:
# paraphrase families (sentences made up here, not copied from the corpus)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кыргызстан стал председателем Договора о ЦАЗСЯО на 2027 год.", (None, "KG", 2027)),
        ("Председательство в ЦАЗСЯО в 2027 году перейдёт к Кыргызстану.", (None, "KG", 2027)),
        ("2027 жылы ОАЯҚАА төрағалығы Қырғызстанға өтеді.", (None, "KG", 2027)),
        ("Kazakhstan became the chair of the CANWFZ for 2026.", (None, "KZ", 2026)),
        (
            "The rotating chairmanship of the Semipalatinsk Treaty passed from Uzbekistan to "
            "Kazakhstan in 2026.",
            ("UZ", "KZ", 2026),
        ),
        ("Kazakhstan began its chairmanship of the CANWFZ Treaty in 2026.", (None, "KZ", 2026)),
        (
            "The parties agreed to transfer the chairmanship of the CANWFZ to the Republic of "
            "Tajikistan for 2027.",
            (None, "TJ", 2027),
        ),
    ],
)
def test_chair_transfer_paraphrases(text, expected):
    transfers = [p for p in summary(text) if p["type"] == "chair_transfer"]
    assert [(t["from"], t["to"], t["year"]) for t in transfers] == [expected]


def test_the_state_that_completed_its_chairmanship_is_the_giver():
    text = (
        "Uzbekistan has completed its chairmanship of the CANWFZ Treaty. The parties decided to "
        "hand over the chairmanship to Kazakhstan from 1 January 2026."
    )
    transfers = [p for p in summary(text) if p["type"] == "chair_transfer"]
    assert [(t["from"], t["to"], t["effective"]) for t in transfers] == [("UZ", "KZ", "2026-01-01")]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan took over the CSTO chairmanship for 2026, while the Semipalatinsk Treaty "
        "was recalled.",
        "Кыргызстан стал председателем СНГ в 2026 году; о ЦАЗСЯО речи не шло.",
    ],
)
def test_another_bodys_chair_is_no_transfer(text):
    assert [p for p in summary(text) if p["type"] == "chair_transfer"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На встрече по ЦАЗСЯО обсуждены итоги сотрудничества в 2025 году, а также согласован "
            "план работы на 2026 год.",
            (2025, 2026),
        ),
        (
            "Стороны рассмотрели ход выполнения плана мероприятий ЦАЗСЯО на 2025 год и утвердили "
            "план на 2026 год.",
            (2025, 2026),
        ),
        (
            "Участники ЦАЗСЯО обменялись мнениями о результатах работы в 2025 году.",
            (2025, None),
        ),
        (
            "Кездесуде ОАЯҚАА бойынша 2025 жылы атқарылған жұмыстар қаралып, алдағы жылға "
            "арналған жоспарлар талқыланды.",
            (2025, 2026),
        ),
        (
            "The CANWFZ parties exchanged views on the results of joint work in 2025 and "
            "outlined priorities for 2026.",
            (2025, 2026),
        ),
        (
            "The results of the CANWFZ's work in 2025 were summarized and plans for 2026 were "
            "agreed.",
            (2025, 2026),
        ),
        (
            "The delegations held discussions on joint efforts in 2025 within the CANWFZ, as "
            "well as plans for the coming year.",
            (2025, 2026),
        ),
        # plans agreed alone, by the parties
        (
            "Стороны Договора о ЦАЗСЯО согласовали план совместных мероприятий на 2026 год.",
            (None, 2026),
        ),  # fmt: skip
        ("ОАЯҚАА тараптары 2026 жылға арналған іс-шаралар жоспарын бекітті.", (None, 2026)),
        ("The CANWFZ states parties approved a plan of joint events for 2026.", (None, 2026)),
    ],
)
def test_review_and_plans_paraphrases(text, expected):
    reviews = [p for p in summary(text) if p["type"] == "review_and_plans"]
    assert [(r["year_reviewed"], r["plans_period"]) for r in reviews] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # another body's year, a single state's plan, a plan one delegation presented
        "Лидеры стран ОДКБ подвели итоги председательства Казахстана в 2025 году. "
        "Семипалатинский договор был подписан в 2006 году.",
        "Kazakhstan approved a national plan for 2026 on nuclear safety, recalling the "
        "Semipalatinsk Treaty.",
        "A meeting of the parties to the Semipalatinsk Treaty was held. The Kyrgyz delegation "
        "presented its work plan for the year.",
        "A parliamentary committee discussed the implementation of laws on the nuclear-weapon-"
        "free zone in Central Asia.",
    ],
)
def test_no_review_without_the_parties_reviewing(text):
    assert [p for p in summary(text) if p["type"] == "review_and_plans"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two weeks ago, an anniversary meeting on cooperation among nuclear-weapon-free zones "
            "was held in Tashkent to honour the Semipalatinsk Treaty.",
            ("held", None),
        ),
        (
            "The 17th anniversary of the CANWFZ Treaty's entry into force was commemorated at a "
            "gala event in Bishkek on 21 March 2026.",
            ("held", "2026-03-21"),
        ),
        (
            "From 3 to 5 March 2026, a cultural day in commemoration of the Semipalatinsk Treaty "
            "took place in Dushanbe.",
            ("held", "2026-03-03"),
        ),
        (
            "В Бишкеке 2 марта 2026 года прошло торжественное собрание, посвящённое Договору о "
            "ЦАЗСЯО.",
            ("held", "2026-03-02"),
        ),
        (
            "Қазақстан делегациясы ОАЯҚАА туралы панельдік талқылауға қатысты.",
            ("held", None),
        ),
    ],
)
def test_event_paraphrases(text, expected):
    events = [p for p in summary(text, date(2026, 3, 25)) if p["type"] == "event"]
    assert [(e["status"], e["date"]) for e in events] == [expected]


def test_an_event_about_the_zones_in_a_partys_capital_is_the_central_asian_zones():
    text = (
        "Tashkent, 10-11 June 2026.\n"
        "The OPANAL Secretary-General participated in the “Workshop of Nuclear-Weapon-Free "
        "Zones” seminar. The event was attended by representatives of all nuclear-weapon-free "
        "zones."
    )
    events = [p for p in summary(text, date(2026, 6, 12)) if p["type"] == "event"]
    assert [(e["regime"], e["title"], e["date"]) for e in events] == [
        ("canwfz", "Workshop of Nuclear-Weapon-Free Zones", "2026-06-10")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a venue, a treaty body's session, the thing an anniversary marks
        "The Conference of States Parties to the Treaty of Pelindaba will be held at the AU "
        "Conference Centre in 2026.",
        "Yesterday marked the 40th anniversary of a significant event in the Pacific: the "
        "adoption of the Treaty of Rarotonga by Forum Leaders at their meeting held in 1985.",
    ],
)
def test_no_event_from_a_venue_a_body_or_an_anniversarys_object(text):
    assert [p for p in summary(text) if p["type"] == "event"] == []


def test_a_title_in_single_quotes_without_its_full_stop():
    text = (
        "The Foreign Ministry of Kazakhstan will organize on 28 August a seminar on ‘Cooperation "
        "among nuclear-weapon-free zones.’ in Astana, recalling the Semipalatinsk Treaty."
    )
    events = [p for p in summary(text, date(2026, 8, 20)) if p["type"] == "event"]
    assert [(e["status"], e["title"], e["organisers"]) for e in events] == [
        ("planned", "Cooperation among nuclear-weapon-free zones", ["KZ"])
    ]


def test_a_delegate_at_another_zones_body_in_session_is_no_event():
    text = (
        "Посол Монголии принял участие в 30-й Конференции ОПАНАЛ, состоявшейся в Мехико "
        "12 ноября 2026 года."
    )
    assert [p for p in summary(text, date(2026, 11, 14)) if p["type"] == "event"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting named as an event by what it is devoted to (not the consultative meeting)
        (
            "Bishkek, 29 August 2026 – A meeting devoted to security assurances for "
            "nuclear-weapon-free zones was held at the Ministry of Foreign Affairs of the Kyrgyz "
            "Republic. The Semipalatinsk Treaty was recalled.",
            ("held", "2026-08-29", ["KG"], None),
        ),
        (
            "On 4 March, Uzbekistan's Foreign Ministry hosted a meeting of the parties to the "
            "Semipalatinsk Treaty. The meeting, held to mark the treaty's anniversary, focused on "
            "the theme of “Zones and the NPT”.",
            ("held", "2026-03-04", ["UZ"], "Zones and the NPT"),
        ),
        (
            "В Ташкенте 3-4 марта 2026 года прошла встреча, посвящённая Договору о ЦАЗСЯО.",
            ("held", "2026-03-03", [], None),
        ),
        # a zones' conference in a party's capital, where no zone of its own is named
        (
            "A conference on cooperation among nuclear-weapon-free zones took place in Dushanbe "
            "on 2 March 2026.",
            ("held", "2026-03-02", [], None),
        ),
        # the day a span of days without a year starts; the title in angle quotes
        (
            "The UN in Kazakhstan held a roundtable entitled «Zones in a changing world» on the "
            "Semipalatinsk Treaty on 12-13 March.",
            ("held", "2026-03-12", [], "Zones in a changing world"),
        ),
    ],
)
def test_event_meetings_places_days_and_titles(text, expected):
    events = [p for p in summary(text, date(2026, 3, 25)) if p["type"] == "event"]
    assert [(e["status"], e["date"], e["organisers"], e["title"]) for e in events] == [expected]
    assert [
        p for p in summary(text, date(2026, 3, 25)) if p["type"] == "consultative_meeting"
    ] == []


def test_the_bare_foreign_ministry_is_the_one_the_text_names():
    text = (
        "ASTANA. The Foreign Ministry will organize on 28 August a seminar on the "
        "Semipalatinsk Treaty. Its spokesman at the Ministry of Foreign Affairs of Kazakhstan "
        "told a briefing."
    )
    events = [p for p in summary(text, date(2026, 8, 20)) if p["type"] == "event"]
    assert [e["organisers"] for e in events] == [["KZ"]]


@pytest.mark.parametrize(
    "text",
    [
        # a news agency's name in quotes is no title; an event in the CSTO's frame
        "Душанбе. «Азия-Плюс» – Конференция НПО государств ОДКБ о безъядерной зоне в "
        "Центральной Азии пройдёт в Душанбе 17 октября.",
    ],
)
def test_no_event_of_another_body(text):
    assert [p for p in summary(text) if p["type"] == "event"] == []


def test_a_quoted_name_before_the_event_is_not_its_title():
    text = (
        "Ташкент. «Дунё» – Конференция, посвящённая Договору о ЦАЗСЯО, пройдёт в Ташкенте "
        "17 октября."
    )
    events = [p for p in summary(text, date(2026, 10, 1)) if p["type"] == "event"]
    assert [(e["status"], e["title"]) for e in events] == [("planned", None)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The CANWFZ parties heard the chair's report on the implementation of the joint "
            "action plan in 2025.",
            date(2026, 2, 1),
            (2025, None),
        ),
        (
            "Участники встречи по ЦАЗСЯО заслушали доклад председателя о ходе выполнения плана "
            "в 2025 году.",
            date(2026, 2, 1),
            (2025, None),
        ),
        (
            "ОАЯҚАА тараптары 2025 жылғы жоспардың іске асырылуы туралы баяндаманы тыңдады.",
            date(2026, 2, 1),
            (2025, None),
        ),
        # the chair's results with no year: the year of its term
        (
            "At the consultative meeting of the CANWFZ parties, Tajikistan presented information "
            "on the results of its work as the chair.",
            date(2025, 11, 30),
            (2025, None),
        ),
        (
            "At the consultative meeting of the CANWFZ parties, Tajikistan presented information "
            "on the results of its work as the chair.",
            date(2026, 1, 30),
            (2025, None),
        ),
    ],
)
def test_reports_heard_and_presented_are_reviews(text, published, expected):
    reviews = [p for p in summary(text, published) if p["type"] == "review_and_plans"]
    assert [(r["year_reviewed"], r["plans_period"]) for r in reviews] == [expected]


def test_a_commemorative_breakfast_this_morning_and_a_seminar_in_preparation():
    held = (
        "This morning, the Minister of Foreign Affairs of Kazakhstan hosted a commemorative "
        "breakfast for the anniversary of the Semipalatinsk Treaty."
    )
    events = [p for p in summary(held, date(2026, 9, 8)) if p["type"] == "event"]
    assert [(e["status"], e["date"], e["organisers"]) for e in events] == [
        ("held", "2026-09-08", ["KZ"])
    ]
    planned = (
        "Preparation of a Kazakhstan seminar on 15 July 2026 in commemoration of the "
        "Semipalatinsk Treaty."
    )
    events = [p for p in summary(planned, date(2026, 6, 1)) if p["type"] == "event"]
    assert [(e["status"], e["date"]) for e in events] == [("planned", "2026-07-15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Conference of States Parties to the Treaty of Pelindaba elected the delegate of "
            "Ghana and the delegate of Egypt as Chair and Vice-Chair, respectively.",
            ("GH", "pelindaba"),
        ),
        (
            "The SEANWFZ Treaty was signed in Bangkok. The minister pledged that Malaysia as the "
            "first chairman of the Executive Committee will fulfil its mandate.",
            ("MY", "bangkok"),
        ),
        ("Кыргызстан избран председателем Договора о ЦАЗСЯО на 2027 год.", ("KG", "canwfz")),
    ],
)
def test_a_state_elected_or_named_the_bodys_chair(text, expected):
    transfers = [p for p in summary(text) if p["type"] == "chair_transfer"]
    assert [(t["to"], t["regime"]) for t in transfers] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan, a party to the Semipalatinsk Treaty, was elected as chair of the NPT "
        "Preparatory Committee in 2026.",
        "The Semipalatinsk Treaty was recalled. The Ambassador of Kazakhstan was elected as "
        "Chairman of the IAEA Board of Governors.",
        "As the current chair, Kazakhstan recalled the CANWFZ Treaty.",
    ],
)
def test_no_chair_named_for_another_body_or_already_holding(text):
    assert [p for p in summary(text) if p["type"] == "chair_transfer"] == []


def test_another_zones_state_organises_its_event():
    text = (
        "In partnership with the Ministry of Foreign Affairs of the Kingdom of Thailand, the UN "
        "will convene a two-day programme in Bangkok from 10 to 11 December 2026 to commemorate "
        "the anniversary of the Bangkok Treaty."
    )
    events = [p for p in summary(text, date(2026, 12, 1)) if p["type"] == "event"]
    assert [(e["organisers"], e["date"], e["regime"]) for e in events] == [
        (["TH"], "2026-12-10", "bangkok")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министерства иностранных дел стран Центральной Азии проведут серию мероприятий к "
            "юбилею Семипалатинского договора.",
            ("planned", ["ministries_of_foreign_affairs"], None),
        ),
        (
            "Kazakhstan will host an international conference to mark the anniversary of the "
            "Semipalatinsk Treaty.",
            ("planned", ["KZ"], None),
        ),
        # a planned day without a year is the next one to come
        (
            "A roundtable on the CANWFZ Treaty's anniversary is scheduled for 8 September in "
            "Astana.",
            ("planned", [], "2026-09-08"),
        ),
    ],
)
def test_planned_events_organisers_and_days(text, expected):
    events = [p for p in summary(text, date(2026, 2, 1)) if p["type"] == "event"]
    assert [(e["status"], e["organisers"], e["date"]) for e in events] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "1 марта 2024 года во Франции вступил в силу Протокол о гарантиях к Договору о зоне, "
        "свободной от ядерного оружия, в Центральной Азии.",
        "On 1 March 2024 the Protocol to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia "
        "entered into force for France.",
    ],
)
def test_a_protocols_entry_into_force_is_no_conflict_with_the_treatys(text):
    assert [r for r in summary(text) if r["type"] == "registry_conflict"] == []


def test_the_treatys_own_date_is_still_checked_beside_its_protocol():
    text = (
        "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia entered into force on 1 May "
        "2010, and its Protocol was signed later."
    )
    conflicts = [r for r in summary(text) if r["type"] == "registry_conflict"]
    assert [(c["field"], c["stated"]) for c in conflicts] == [
        ("treaty.entry_into_force", "2010-05-01")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Bangkok Treaty was recalled. The ASEAN Secretary-General provided a briefing to "
            "the SEANWFZ Commission regarding the progress in the implementation of its Plan of "
            "Action.",
            (None, None),
        ),
        (
            "The SEANWFZ Commission met by video. The member states reaffirmed the treaty. ASEAN "
            "countries agreed that they would continue implementing the plan for the period.",
            (None, None),
        ),
    ],
)
def test_briefings_on_the_implementation_and_plans_continued(text, expected):
    reviews = [p for p in summary(text) if p["type"] == "review_and_plans"]
    assert [(r["year_reviewed"], r["plans_period"]) for r in reviews] == [expected]
    assert reviews[0]["regime"] == "bangkok"


def test_plans_agreed_after_the_review_are_the_same_record():
    text = (
        "Стороны Договора о ЦАЗСЯО подвели итоги совместной деятельности в 2025 году. "
        "По итогам встречи участники одобрили план совместных мероприятий на 2026 год."
    )
    reviews = [p for p in summary(text) if p["type"] == "review_and_plans"]
    assert [(r["year_reviewed"], r["plans_period"]) for r in reviews] == [(2025, 2026)]


def test_a_commemoration_took_place_and_a_plaque_was_unveiled():
    text = (
        "From 3 to 5 March 2026, a commemoration of the anniversary of the Treaty of "
        "Tlatelolco took place in Mexico City. In commemoration of the Treaty of Tlatelolco, "
        "a plaque was unveiled on 4 March 2026."
    )
    events = [p for p in summary(text, date(2026, 3, 10)) if p["type"] == "event"]
    assert [(e["status"], e["date"], e["regime"]) for e in events] == [
        ("held", "2026-03-03", "tlatelolco"),
        ("held", "2026-03-04", "tlatelolco"),
    ]


def test_a_partys_upcoming_event_named_in_capitals():
    text = (
        "The ambassador met OPANAL's Secretary General. He spoke about Uzbekistan’s upcoming "
        "events, including the Third Meeting of Representatives of Zone Secretariats and a "
        "forum on energy, recalling the nuclear-weapon-free zones."
    )
    events = [p for p in summary(text, date(2026, 3, 1)) if p["type"] == "event"]
    assert [(e["status"], e["organisers"], e["title"], e["regime"]) for e in events] == [
        ("planned", ["UZ"], "Third Meeting of Representatives of Zone Secretariats", "canwfz")
    ]


def test_a_zones_workshop_in_a_partys_capital_ahead_of_a_visit():
    text = (
        "The ambassador met OPANAL's Secretary General ahead of the visit of an OPANAL "
        "delegation to the capital of Kyrgyzstan on 3-4 June to participate in the Workshop on "
        "Cooperation Among Nuclear-Weapon-Free Zones, the ministry said."
    )
    events = [p for p in summary(text, date(2026, 5, 20)) if p["type"] == "event"]
    assert [(e["status"], e["date"], e["title"], e["regime"]) for e in events] == [
        ("planned", "2026-06-03", "Workshop on Cooperation Among Nuclear-Weapon-Free Zones",
         "canwfz")
    ]  # fmt: skip


def test_a_ministrys_briefing_on_a_meetings_outcomes_is_no_review():
    text = (
        "The Director-General gave a Diplomatic Corps Briefing on the Outcomes of the ASEAN "
        "Foreign Ministers’ Meeting. The ministers also met as the SEANWFZ Commission."
    )
    assert [p for p in summary(text) if p["type"] == "review_and_plans"] == []


def test_the_conference_of_state_parties_named_again_is_no_event():
    text = (
        "After the Treaty of Pelindaba took effect, its first Conference of State Parties (CSP) "
        "met in Pretoria. Delegates at the Conference further agreed to hold another CSP in 2027 "
        "to settle the budget of AFCONE."
    )
    assert [p for p in summary(text) if p["type"] == "event"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На встрече по ЦАЗСЯО стороны обсудили ход реализации совместных мероприятий в 2025 "
            "году.",
            (2025, None),
        ),
        ("На заседании по ЦАЗСЯО была дана оценка работе, проделанной в 2025 году.", (2025, None)),
        (
            "Участники встречи по ЦАЗСЯО отметили результаты, достигнутые в 2025 году, и "
            "договорились о дальнейших шагах на 2026 год.",
            (2025, 2026),
        ),
        ("На встрече сторон ЦАЗСЯО утверждён план мероприятий на 2026 год.", (None, 2026)),
        ("ОАЯҚАА кездесуінде 2026 жылға арналған іс-шаралар жоспары бекітілді.", (None, 2026)),
        (
            "At the CANWFZ meeting held in Tashkent this week, the parties assessed the work done "
            "in 2025.",
            (2025, None),
        ),
        (
            "At their meeting, the CANWFZ parties noted the results achieved in 2025 and agreed on "
            "the next steps for 2026.",
            (2025, 2026),
        ),
        # the plan whose implementation was reviewed is the year reviewed, not new plans
        (
            "At their annual meeting, the CANWFZ parties discussed the implementation of the joint "
            "action plan for 2025.",
            (2025, None),
        ),
    ],
)
def test_more_review_paraphrases(text, expected):
    reviews = [p for p in summary(text) if p["type"] == "review_and_plans"]
    assert [(r["year_reviewed"], r["plans_period"]) for r in reviews] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's parliament discussed the results of the 2025 budget; the Semipalatinsk "
        "Treaty was recalled.",
        "The CSTO summit summed up the results of Kazakhstan's chairmanship, recalling the CANWFZ.",
        "Участники саммита СНГ подвели итоги 2025 года, вспомнив о ЦАЗСЯО.",
    ],
)
def test_no_review_by_a_parliament_or_another_body(text):
    assert [p for p in summary(text) if p["type"] == "review_and_plans"] == []


@pytest.mark.parametrize(
    ("text", "forum"),
    [
        (
            "Государства Центральной Азии выступили с совместным заявлением на 80-й сессии "
            "Генассамблеи ООН о зоне, свободной от ядерного оружия, в Центральной Азии.",
            "unga",
        ),
        (
            "Стороны Договора о зоне, свободной от ядерного оружия, в Центральной Азии "
            "скоординируют позиции к Конференции 2026 года участников ДНЯО по рассмотрению "
            "действия Договора.",
            "npt-revcon",
        ),
        (
            "The Central Asian Nuclear-Weapon-Free Zone states held a joint side event at the "
            "IAEA’s General Conference.",
            "iaea-gc",
        ),
    ],
)
def test_a_forum_by_its_official_or_short_name(text, forum):
    assert [r["forum"] for r in summary(text) if r["type"] == "forum"] == [forum]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кыргызская Республика приняла эстафету председательства в ЦАЗСЯО от Казахстана на "
            "2027 год.",
            ("KZ", "KG", 2027),
        ),
        ("Kyrgyzstan took the helm of the CANWFZ from Kazakhstan for 2027.", ("KZ", "KG", 2027)),
    ],
)
def test_the_baton_taken_and_the_helm(text, expected):
    transfers = [p for p in summary(text) if p["type"] == "chair_transfer"]
    assert [(t["from"], t["to"], t["year"]) for t in transfers] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Председательство в СНГ в 2026 году перешло к Туркменистану. Ранее Туркменистан "
        "председательствовал в Договоре о ЦАЗСЯО.",
        "Kyrgyzstan handed over the SCO chairmanship to Tajikistan. The CANWFZ Treaty was signed "
        "in 2006.",
        "ҚР ТМД төрағалығын 2026 жылы Түрікменстанға тапсырды. Семей шарты 2006 жылы қол қойылды.",
    ],
)
def test_another_bodys_handover_beside_the_zone_is_none(text):
    assert [p for p in summary(text) if p["type"] == "chair_transfer"] == []


@pytest.mark.parametrize(
    "text",
    [
        # the test site's or the test-ban day's events, the zone only elsewhere in the text
        "В Семее прошла конференция, посвящённая 35-летию закрытия Семипалатинского полигона. "
        "В 2006 году здесь был подписан Договор о ЦАЗСЯО.",
        "29 тамызда Семейде ядролық сынақтарға қарсы халықаралық күнге орай дөңгелек үстел өтті. "
        "ОАЯҚАА туралы шартқа 2006 жылы Семейде қол қойылған.",
        # an agency's own seminar
        "The IAEA held a seminar on nuclear safety in Tashkent, attended by experts from the "
        "five parties to the Semipalatinsk Treaty.",
    ],
)
def test_no_event_of_the_test_site_or_of_an_agency(text):
    assert [p for p in summary(text) if p["type"] == "event"] == []


def test_the_zones_side_event_at_the_agencys_conference_stays():
    text = (
        "On the margins of the IAEA General Conference in Vienna, the CANWFZ states held a joint "
        "side event on nuclear-weapon-free zones."
    )
    events = [p for p in summary(text) if p["type"] == "event"]
    assert [e["status"] for e in events] == ["held"]


@pytest.mark.parametrize(
    "text",
    [
        "Bishkek is set to host an international conference on the Semipalatinsk Treaty in "
        "October.",
        "The CANWFZ parties will stage a photo exhibition dedicated to the treaty in Geneva.",
        "В Душанбе намечено провести семинар, посвящённый Договору о ЦАЗСЯО.",
        "Семей шартына арналған фотокөрме Бішкекте ашылады.",
    ],
)
def test_planned_events_more_ways(text):
    events = [p for p in summary(text) if p["type"] == "event"]
    assert [e["status"] for e in events] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        "We, the participants of the “Regional seminar on the Semipalatinsk Treaty”, have met "
        "on 3 March 2026 in Almaty in honour of the treaty's anniversary.",
        "The participants of the “Regional seminar on the Semipalatinsk Treaty”, having met on "
        "3 March 2026 in Almaty to mark the treaty's anniversary, adopted a declaration.",
    ],
)
def test_a_declarations_participants_having_met_at_an_event(text):
    events = [p for p in summary(text, date(2026, 3, 5)) if p["type"] == "event"]
    assert [(e["status"], e["date"], e["title"]) for e in events] == [
        ("held", "2026-03-03", "Regional seminar on the Semipalatinsk Treaty")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the heads of state's meeting and another body's ministers: another format
        "Главы государств Центральной Азии провели Консультативную встречу в Туркестане. Лидеры "
        "подтвердили приверженность Договору о зоне, свободной от ядерного оружия, в Центральной "
        "Азии и договорились о координации позиций в ООН.",
        "The leaders of Central Asia met in Dushanbe for their Consultative Meeting. They "
        "reaffirmed the Treaty on a Nuclear-Weapon-Free Zone in Central Asia and agreed to "
        "coordinate positions at the United Nations.",
        "The CSTO foreign ministers coordinated positions at the UN General Assembly and "
        "recalled the Central Asian Nuclear-Weapon-Free Zone.",
    ],
)
def test_another_formats_work_at_a_forum_is_not_the_parties(text):
    assert [r for r in summary(text) if r["type"] == "forum"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and the IAEA signed a memorandum on the fuel bank. Kazakhstan is a party to "
        "the Central Asian Nuclear-Weapon-Free Zone Treaty.",
        "Узбекистан и Туркменистан подписали меморандум об энергетике. Оба участвуют в Договоре "
        "о зоне, свободной от ядерного оружия, в Центральной Азии.",
    ],
)
def test_a_states_own_memorandum_is_no_zones(text):
    assert [r for r in summary(text) if r["type"] == "memorandum"] == []


def test_the_five_parties_signing_together_is_the_zones_memorandum():
    text = (
        "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan signed a memorandum with "
        "UNODA on the Central Asian Nuclear-Weapon-Free Zone."
    )
    (memo,) = [r for r in summary(text) if r["type"] == "memorandum"]
    assert "UNODA" in memo["parties"] and memo["regime"] == "canwfz"


def test_a_held_event_takes_the_day_its_caption_gives():
    text = (
        "Guests at the anniversary reception of the Semipalatinsk Treaty, Bishkek – 21 March "
        "2026.\n"
        "The anniversary of the CANWFZ Treaty was celebrated at a gala event in Bishkek."
    )
    events = [p for p in summary(text, date(2026, 3, 25)) if p["type"] == "event"]
    assert [(e["status"], e["date"]) for e in events] == [("held", "2026-03-21")]


def test_what_an_event_marks_told_in_the_next_sentence():
    text = (
        "A conference was held in Dushanbe on 5 March 2026. It was dedicated to the anniversary "
        "of the Semipalatinsk Treaty."
    )
    events = [p for p in summary(text, date(2026, 3, 6)) if p["type"] == "event"]
    assert [(e["status"], e["date"]) for e in events] == [("held", "2026-03-05")]
    unrelated = (
        "A roundtable was held in Astana on 5 March 2026. Participants discussed energy prices. "
        "The CANWFZ Treaty was not discussed."
    )
    assert [p for p in summary(unrelated, date(2026, 3, 6)) if p["type"] == "event"] == []


def test_the_signing_place_told_in_another_sentence_with_the_year():
    text = (
        "The ministers adopted a statement on the occasion of the 20th anniversary of the signing "
        "of the CANWFZ Treaty.\n"
        "1. We reaffirm our commitment to the Treaty, signed by the five states on 8 September "
        "2006 in Semipalatinsk."
    )
    (found,) = [r for r in summary(text, date(2026, 9, 8)) if r["type"] == "anniversary"]
    assert (found["ordinal"], found["year"], found["place"]) == (20, 2006, "Semipalatinsk")


@pytest.mark.parametrize(
    "text",
    [
        "Семей шартының 20 жылдық мерейтойы Астанада атап өтілді.",
        "The Central Asian nuclear-weapon-free zone celebrates twenty years since its signing.",
        "Сегодня исполняется двадцать лет со дня подписания Договора о ЦАЗСЯО.",
    ],
)
def test_the_zones_anniversary_in_other_words(text):
    found = [r for r in summary(text, date(2026, 9, 8)) if r["type"] == "anniversary"]
    assert [(r["ordinal"], r["year"]) for r in found] == [(20, 2006)]


def test_an_anniversary_the_registry_puts_years_after_the_report_is_another_things():
    text = (
        "The seminar was timed to the 30th anniversary of the launch of the process to establish "
        "the Central Asian nuclear-weapon-free zone."
    )
    assert [r for r in summary(text, date(2023, 9, 8)) if r["type"] == "anniversary"] == []


# ---------------------------------------------------------------- fora, memoranda, meetings and
# distractors, session 3 (sentences made up here, not copied from the corpus)


@pytest.mark.parametrize(
    ("text", "forums"),
    [
        (
            "Государства Центральной Азии выступили с совместным заявлением в Первом комитете ГА "
            "ООН о зоне, свободной от ядерного оружия, в Центральной Азии.",
            ["unga-first-committee"],
        ),
        (
            "Стороны Договора о ЦАЗСЯО обсудили координацию позиций на площадке ООН.",
            ["un"],
        ),
        (
            "На полях Обзорной конференции ДНЯО делегации пяти государств провели параллельное "
            "мероприятие, посвящённое Договору о зоне, свободной от ядерного оружия, в Центральной "
            "Азии.",
            ["npt-revcon"],
        ),
        (
            "Орталық Азия мемлекеттері БҰҰ Бас Ассамблеясының Бірінші комитетінде Орталық Азиядағы "
            "ядролық қарудан азат аймақ туралы бірлескен мәлімдеме жасады.",
            ["unga-first-committee"],
        ),
        (
            "Тараптар ЯҚТШ шолу конференциясы аясында Семей шартына қатысты ұстанымдарын "
            "үйлестірді.",
            ["npt-revcon"],
        ),
        (
            "Kazakhstan delivered a joint statement on behalf of the CANWFZ States at the First "
            "Committee of the UN General Assembly.",
            ["unga-first-committee"],
        ),
        (
            "The parties to the Semipalatinsk Treaty held a side event on the margins of the NPT "
            "PrepCom.",
            ["npt-prepcom"],
        ),
        # a zone named by its kind only, in a text about Central Asia: the parties named acting
        (
            "Speaking at the First Committee on behalf of the five Central Asian states, the "
            "envoy recalled that the treaty on a nuclear-free zone in the region is in force.",
            ["unga-first-committee"],
        ),
        (
            "Выступая в Первом комитете от имени пяти государств Центральной Азии, постпред "
            "напомнил о безъядерной зоне в регионе.",
            ["unga-first-committee"],
        ),
    ],
)
def test_the_parties_at_a_forum_session_3(text, forums):
    assert sorted(r["forum"] for r in summary(text) if r["type"] == "forum") == forums


@pytest.mark.parametrize(
    "text",
    [
        # the nuclear powers at a forum, with no party named there
        "In their declaration, the P5 recalled the joint statement they made at the UN General "
        "Assembly on the Central Asian Nuclear-Weapon-Free Zone.",
        "Ядерные державы на Обзорной конференции ДНЯО выступили с совместным заявлением о "
        "Договоре о ЦАЗСЯО.",
        "«Россия ратифицировала протокол к Договору о ЦАЗСЯО», – сказал дипломат РФ, "
        "выступивший на Обзорной конференции ДНЯО.",
        "Ядролық державалар ЯҚТШ шолу конференциясында Семей шарты туралы бірлескен мәлімдеме "
        "жасады.",
        "The Permanent Representatives to the UN of the five nuclear-weapon States met to discuss "
        "the Central Asian Nuclear-Weapon-Free Zone.",
        # the UN's documents and institutes, and the CTBTO's commission by its own name
        "ASEAN ministers recalled the UN Charter, the 1982 United Nations Convention on the Law of "
        "the Sea and the Treaty of Amity and Cooperation, and the SEANWFZ Treaty.",
        "Experts came from the UN Institute for Disarmament Research and the Preparatory "
        "Commission for the CTBTO to a seminar on the Central Asian Nuclear-Weapon-Free Zone.",
        "Эксперты Института ООН по исследованию проблем разоружения и Подготовительной комиссии "
        "ОДВЗЯИ обсудили Договор о ЦАЗСЯО.",
        # a zone of another region, named by its kind, and Central Asia
        "Central Asian states spoke at the First Committee on behalf of the group of states for "
        "a nuclear-weapon-free zone in the Middle East.",
        # a state's national statement; the UN's members as an audience
        "The minister spoke on the SEANWFZ protocol after delivering Malaysia's National "
        "Statement at the General Debate of the UN General Assembly.",
        "Министр рассказал о Договоре о ЦАЗСЯО, выступив с национальным заявлением на "
        "Генеральной Ассамблее ООН.",
        "Министр Семей шарты туралы БҰҰ Бас Ассамблеясында ұлттық мәлімдеме жасады.",
        "Opening the seminar, the Permanent Representative of Kazakhstan to the United Nations "
        "told experts of the UN Member States about the Central Asian Nuclear-Weapon-Free Zone.",
        # distractors: other formats, a state's own work, routine cooperation, TPNW signature
        "The C5+1 ministers discussed cooperation at the UN. The Central Asian "
        "Nuclear-Weapon-Free Zone was mentioned.",
        "Члены ШОС обсудили взаимодействие в ООН. Договор о ЦАЗСЯО упомянут.",
        "Kazakhstan's Foreign Minister addressed the UN General Assembly on climate change. "
        "Kazakhstan is a party to the Central Asian Nuclear-Weapon-Free Zone Treaty.",
        "The IAEA and Kazakhstan continued technical cooperation on nuclear safety. The CANWFZ "
        "Treaty was recalled.",
        "Kazakhstan signed the Treaty on the Prohibition of Nuclear Weapons at the UN "
        "headquarters. It is also a party to the CANWFZ Treaty.",
    ],
)
def test_no_forum_of_the_parties_session_3(text):
    assert [r for r in summary(text) if r["type"] == "forum"] == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The Treaty of Pelindaba was recalled. The Central Asian Nuclear-Weapon-Free Zone "
            "was recalled too. It is planned to sign a cooperation agreement between the two zones "
            "next year.",
            "planned",
        ),
        (
            "Договор Пелиндаба и Договор о ЦАЗСЯО отметили годовщины. Ожидается подписание "
            "соглашения о сотрудничестве между двумя зонами.",
            "planned",
        ),
        (
            "Тлателолко шарты мен Семей шарты аталып өтті. Екі аймақ арасындағы меморандумға "
            "қол қойылды.",
            "signed",
        ),
    ],
)
def test_a_memorandum_between_the_two_zones_named_before(text, status):
    (memo,) = [r for r in summary(text) if r["type"] == "memorandum"]
    assert memo["status"] == status and memo["regime"] == "canwfz"
    assert memo["parties"][0] == "CANWFZ" and memo["parties"][1] in ("AFCONE", "OPANAL")


def test_a_memorandum_expected_to_be_signed_is_planned():
    text = (
        "One of the outcomes is expected to be the signing of a Memorandum of Understanding "
        "between OPANAL and the Central Asian Nuclear-Weapon-Free Zone."
    )
    (memo,) = [r for r in summary(text) if r["type"] == "memorandum"]
    assert (memo["status"], memo["parties"]) == ("planned", ["CANWFZ", "OPANAL"])


def test_two_zones_unnamed_before_give_no_memorandum():
    text = "It is planned to sign a cooperation agreement between the two zones this year."
    assert [r for r in summary(text) if r["type"] == "memorandum"] == []


# ------------------------------------------------------------------ events (session 3)


def events_of(text: str, published: date = date(2026, 9, 10)) -> list[dict]:
    return [r for r in summary(text, published) if r["type"] == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "The Permanent Mission of Kazakhstan organized the Youth Discussion Forum on the "
        "Semipalatinsk Treaty in New York on 5 September 2026.",
        "В Астане прошёл молодёжный конкурс эссе, посвящённый Договору о зоне, свободной от "
        "ядерного оружия, в Центральной Азии.",
        "Астанада Семей шартына арналған жастар форумы өтті.",
        "A screening of the documentary on the Semipalatinsk Treaty was held in Bishkek on "
        "8 September 2026.",
        "Показ документального фильма о Договоре о ЦАЗСЯО состоялся в Бишкеке.",
    ],
)
def test_fora_contests_and_screenings_are_events(text):
    (event,) = events_of(text)
    assert (event["status"], event["regime"]) == ("held", "canwfz")


def test_a_forum_named_in_capitals_and_the_zones_name_among_several():
    (event,) = events_of(
        "The Permanent Mission of Kazakhstan organized the Nuclear Discussion Forum, devoted to "
        "the Semipalatinsk Treaty, on 5 September 2026."
    )
    assert (event["organisers"], event["title"]) == (["KZ"], "Nuclear Discussion Forum")
    (event,) = events_of(
        "The minister spoke about Kazakhstan’s upcoming events, including the Astana Economic "
        "Forum and the Third Meeting of Representatives of Nuclear-Weapon-Free Zones."
    )
    assert event["title"] == "Third Meeting of Representatives of Nuclear-Weapon-Free Zones"


def test_the_zones_told_next_about_the_same_gathering_and_its_name_told_next():
    (event,) = events_of(
        "Kazakhstan will host a two-day workshop in Astana on 27 September 2026. This gathering "
        "is set to strengthen cooperation among the nuclear-weapon-free zones."
    )
    assert (event["status"], event["organisers"], event["date"]) == (
        "planned",
        ["KZ"],
        "2026-09-27",
    )
    (event,) = events_of(
        "On 3 September 2026 the Government of Kyrgyzstan co-organized a workshop on the "
        "nuclear-weapon-free zones in Bishkek. During the “Workshop on the Zones and Their "
        "Future”, experts exchanged views."
    )
    assert (event["status"], event["title"]) == ("held", "Workshop on the Zones and Their Future")


@pytest.mark.parametrize(
    "text",
    [
        # a body named 'Forum'
        "The ASEAN Regional Forum discussed the Semipalatinsk Treaty in Jakarta on 5 September "
        "2026.",
        # 'It' opens a remark, not the same event: the seminar marks the test site
        "A seminar on the closure of the Semipalatinsk test site was held in Addis Ababa. It is "
        "symbolic that Africa celebrates the Treaty on a Nuclear-Weapon-Free Zone in Africa.",
        # another body's contest
        "The CSTO held a youth contest on the Semipalatinsk Treaty in Minsk.",
    ],
)
def test_no_event_from_a_body_a_remark_or_another_bodys_contest(text):
    assert [e for e in events_of(text) if e["regime"] == "canwfz"] == []


@pytest.mark.parametrize(
    "text",
    [
        # the act told as past ('ранее', 'earlier', 'бұрын'), the year another clause's
        "Договор о зоне, свободной от ядерного оружия, в Центральной Азии ранее был подписан в "
        "Семипалатинске, а в 2024 году стороны провели встречу.",
        "Шарт бұрын қол қойылған Семей шарты, 2015 жылы кездесу өтті.",
        "The CANWFZ Treaty, which had earlier been signed, was discussed at the 2015 meeting.",
        # the year of the saying
        "Договор о ЦАЗСЯО, подписанный ранее, вступил в силу, сообщили в 2015 году.",
    ],
)
def test_another_clauses_year_is_no_registry_conflict(text):
    assert [r for r in summary(text) if r["type"] == "registry_conflict"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Договор о ЦАЗСЯО был подписан в Семипалатинске, 8 сентября 2007 года.",
        "The CANWFZ Treaty was signed in Semipalatinsk, on 8 September 2007.",
    ],
)
def test_a_date_in_its_own_short_clause_is_still_the_acts(text):
    (conflict,) = [r for r in summary(text) if r["type"] == "registry_conflict"]
    assert (conflict["field"], conflict["stated"]) == ("treaty.signed", "2007-09-08")


@pytest.mark.parametrize(
    "text",
    [
        "Участники Семипалатинского договора договорились о тесном взаимодействии в рамках ООН, "
        "ДНЯО, ДЗЯО, МАГАТЭ и ОДВЗЯИ.",
        "Семей шартының тараптары БҰҰ, ЯҚТШ, ЯҚТСШ, МАГАТЭ және ЯСЖТШҰ аясында ынтымақтастықты "
        "жалғастырады.",
        "The five States Parties to the CANWFZ Treaty will continue to cooperate within the UN, "
        "NPT, TPNW, IAEA and CTBTO.",
    ],
)
def test_each_forum_of_a_list_by_short_names(text):
    assert sorted(r["forum"] for r in summary(text) if r["type"] == "forum") == [
        "ctbto", "iaea-gc", "npt-revcon", "tpnw-msp", "un"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # one state's cooperation, other bodies listed, an acronym holding a forum's letters
        "Kazakhstan cooperates with the UN, IAEA and CTBTO. It is a party to the CANWFZ Treaty.",
        "The parties of the CANWFZ Treaty welcomed the support of UNODA, IAEA and UNRCCA.",
    ],
)
def test_no_listed_fora_without_the_parties_or_the_list(text):
    assert [r for r in summary(text) if r["type"] == "forum"] == []


def _meeting(text: str, published: date = date(2026, 4, 10)) -> dict:
    (meeting,) = [r for r in summary(text, published) if r["type"] == "consultative_meeting"]
    return {k: meeting[k] for k in ("date", "place", "format", "chair")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city as 'г.' or 'городе', the name then as it is
        (
            "Консультативная встреча сторон Договора о ЦАЗСЯО прошла в г. Ташкенте 3 апреля 2026 "
            "года под председательством Республики Узбекистан.",
            ("2026-04-03", "Tashkent", "in_person", "UZ"),
        ),
        (
            "Консультативная встреча сторон Договора о ЦАЗСЯО прошла в городе Бишкек 3 апреля "
            "2026 года. Председательствующая сторона – Кыргызстан.",
            ("2026-04-03", "Bishkek", "in_person", "KG"),
        ),
        (
            "The consultative meeting of the CANWFZ parties took place in the city of Dushanbe on "
            "the 3rd of April 2026, under the chairmanship of Tajikistan.",
            ("2026-04-03", "Dushanbe", "in_person", "TJ"),
        ),
        # who led the meeting chaired it
        (
            "В Душанбе 3 апреля прошла консультативная встреча сторон Семипалатинского договора. "
            "Встречу провёл заместитель министра иностранных дел Таджикистана.",
            ("2026-04-03", "Dushanbe", "in_person", "TJ"),
        ),
        (
            "The consultative meeting of the CANWFZ parties, moderated by Kyrgyzstan's deputy "
            "foreign minister, took place in Bishkek on April 3.",
            ("2026-04-03", "Bishkek", "in_person", "KG"),
        ),
        (
            "Семей шартына қатысушы елдердің консультативтік кездесуі Бішкек қаласында 3 сәуір "
            "күні өтті. Кездесуді Қырғызстан СІМ өкілі жүргізді.",
            ("2026-04-03", "Bishkek", "in_person", "KG"),
        ),
        # in person and online
        (
            "Консультативная встреча сторон Договора о ЦАЗСЯО состоялась в гибридном формате 3 "
            "апреля 2026 года.",
            ("2026-04-03", None, "hybrid", None),
        ),
        (
            "The consultative meeting of the CANWFZ parties was held in a hybrid format in "
            "Ashgabat on 3 April 2026.",
            ("2026-04-03", "Ashgabat", "hybrid", None),
        ),
        (
            "Семей шартына қатысушы елдердің консультативтік кездесуі 2026 жылғы 3 сәуірде "
            "гибридті форматта өтті.",
            ("2026-04-03", None, "hybrid", None),
        ),
        # a day told with a slash: day first in Russian; in English only when unambiguous
        (
            "Консультативная встреча сторон Договора о ЦАЗСЯО прошла 03/04/2026 в режиме "
            "видеоконференции.",
            ("2026-04-03", None, "videoconference", None),
        ),
        (
            "The consultative meeting of the CANWFZ parties was held online on 14/03/2026.",
            ("2026-03-14", None, "videoconference", None),
        ),
        (
            "The consultative meeting of the CANWFZ parties was held online on 03/04/2026.",
            (None, None, "videoconference", None),
        ),
    ],
)
def test_meetings_fields_written_in_other_ways(text, expected):
    found = _meeting(text)
    assert (found["date"], found["place"], found["format"], found["chair"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 'в Бишкек' is where one goes, not where the meeting was
        "Делегации сторон Договора о ЦАЗСЯО прибыли в Бишкек 3 апреля 2026 года на "
        "консультативную встречу.",
    ],
)
def test_a_city_one_goes_to_is_no_meetings_place(text):
    found = [r for r in summary(text, date(2026, 4, 10)) if r["type"] == "consultative_meeting"]
    assert all(r["place"] is None for r in found)


@pytest.mark.parametrize(
    "text",
    [
        "Консультативная встреча глав государств Центральной Азии прошла в Ташкенте 15 сентября "
        "2025 года. Лидеры упомянули Договор о ЦАЗСЯО.",
        "The Consultative Meeting of the Heads of State of Central Asia took place in Astana. The "
        "CANWFZ Treaty was mentioned.",
        "Орталық Азия мемлекеттері басшыларының консультативтік кездесуі Астанада өтті. Семей "
        "шарты аталды.",
        "The C5+1 foreign ministers met in Astana on 3 March 2026. The CANWFZ Treaty was "
        "mentioned.",
        "Заседание СМИД СНГ прошло в Душанбе 3 апреля 2026 года; упомянут Договор о ЦАЗСЯО.",
    ],
)
def test_other_formats_meetings_are_no_consultative_meeting(text):
    assert [r for r in summary(text) if r["type"] == "consultative_meeting"] == []


# ------------------------------------------------------------------ reviews (session 3)


def reviews_of(text: str) -> list[tuple]:
    return [
        (r["year_reviewed"], r["plans_period"])
        for r in summary(text)
        if r["type"] == "review_and_plans"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Участники встречи по Договору о ЦАЗСЯО утвердили дорожную карту на 2026 год.",
            (None, 2026),
        ),
        (
            "Стороны Договора о ЦАЗСЯО проанализировали итоги 2025 года и наметили дальнейшие "
            "шаги.",
            (2025, None),
        ),
        ("Семей шарты бойынша кездесуде 2026 жылға арналған жоспарлар талқыланды.", (None, 2026)),
        (
            "Семей шарты бойынша кездесуде тараптар 2026 жылға арналған жол картасын бекітті.",
            (None, 2026),
        ),
        (
            "Семей шарты бойынша кездесуде тараптар шартты іске асыру барысын талқылады.",
            (None, None),
        ),
        ("The CANWFZ parties adopted a roadmap for 2026.", (None, 2026)),
        (
            "At the meeting, the CANWFZ parties followed up on the progress in implementing the "
            "treaty.",
            (None, None),
        ),
        (
            "The CANWFZ parties took stock of the work done in 2025 and outlined the next steps "
            "for 2026.",
            (2025, 2026),
        ),
        (
            "The ministers attended the meeting of the CANWFZ parties. The ministers hailed the "
            "results achieved in 2025 in implementing the treaty.",
            (2025, None),
        ),
    ],
)  # fmt: skip
def test_reviews_and_plans_in_other_words(text, expected):
    assert reviews_of(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # one delegation's plans presented, not the meeting's agreed or discussed
        "Делегация Казахстана представила план мероприятий на 2026 год в связи с Договором о "
        "ЦАЗСЯО.",
        # another body's roadmap and review
        "The CSTO adopted a roadmap for 2026; the CANWFZ was mentioned.",
        "The SCO ministers hailed the results achieved in 2025; the CANWFZ Treaty was not "
        "discussed.",
        # the progress of preparations for another conference
        "Семей шартының тараптары шолу конференциясына дайындық барысын талқылады.",
    ],
)
def test_no_review_from_one_delegations_plan_or_another_bodys(text):
    assert reviews_of(text) == []


def test_planned_events_in_other_words():
    (event,) = events_of("Казахстан проведёт научную конференцию, посвящённую Договору о ЦАЗСЯО.")
    assert (event["status"], event["organisers"]) == ("planned", ["KZ"])
    (event,) = events_of("Kazakhstan is organising a seminar on the CANWFZ Treaty in Almaty.")
    assert (event["status"], event["organisers"]) == ("planned", ["KZ"])


def test_a_jubilee_year_of_the_zone_and_a_full_stop_without_a_space():
    text = (
        "Kazakhstan coordinates the Semipalatinsk Treaty, named after the place of its "
        "signing.This year is a jubilee one for the zone, which has been in force for 17 years."
    )
    found = [r for r in summary(text, date(2026, 5, 6)) if r["type"] == "anniversary"]
    assert [(r["ordinal"], r["of"], r["anniversary_year"]) for r in found] == [
        (17, "entry_into_force", 2026)
    ]


def test_the_signing_place_is_near_the_signing_not_elsewhere_in_the_sentence():
    text = (
        "On the occasion of the 20th anniversary of the signing of the CANWFZ Treaty, recalling "
        "the meeting of the zones held in Astana in 2019, the ministers spoke.\n"
        "The Treaty was signed on 8 September 2006 in Semipalatinsk."
    )
    found = [r for r in summary(text, date(2026, 9, 8)) if r["type"] == "anniversary"]
    assert [(r["ordinal"], r["place"]) for r in found] == [(20, "Semipalatinsk")]


@pytest.mark.parametrize(
    "text",
    [
        # the dialogue formats of the five with a partner are not the parties' meeting
        "Министры иностранных дел стран Центральной Азии провели консультативную встречу в "
        "формате «Центральная Азия + Япония» в Токио 3 апреля 2026 года. Упомянут Договор о "
        "ЦАЗСЯО.",
        "The C5+1 foreign ministers held a consultative meeting on the margins of the UN General "
        "Assembly. The CANWFZ was mentioned.",
        "«Орталық Азия + Қытай» форматындағы консультативтік кездесу Астанада өтті. Семей шарты "
        "аталды.",
    ],
)
def test_dialogue_formats_with_a_partner_give_no_meeting_nor_forum(text):
    found = [r for r in summary(text, date(2026, 4, 10))
             if r["type"] in ("consultative_meeting", "forum")]  # fmt: skip
    assert found == []


def test_a_zone_named_in_another_part_of_the_sentence_is_no_memorandums_party():
    text = (
        "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia was signed in 2006; the IAEA "
        "and Kazakhstan signed a memorandum in 2024."
    )
    assert [r for r in summary(text) if r["type"] == "memorandum"] == []
    text = (
        "Подписан Меморандум о взаимопонимании между государствами — участниками Договора о "
        "зоне, свободной от ядерного оружия, в Центральной Азии и ОПАНАЛ."
    )
    (memo,) = [r for r in summary(text) if r["type"] == "memorandum"]
    assert memo["parties"][:2] == ["CANWFZ", "OPANAL"]


@pytest.mark.parametrize(
    "text",
    [
        # what an official says to the press or at a briefing
        "Speaking at a press briefing after the meeting of the CANWFZ parties, the spokesman "
        "praised the Semipalatinsk Treaty.",
        "На брифинге официальный представитель МИД Казахстана рассказал о Договоре о ЦАЗСЯО.",
        "СІМ ресми өкілі брифингте Семей шарты туралы айтты.",
        # the signing of a protocol is its act, not an event
        "The signing ceremony of the Protocol to the Semipalatinsk Treaty was held in New York on "
        "6 May 2026.",
        # an event dedicated to something else, in a text naming the zone
        "A regional conference dedicated to the International Day of Peace was held in Bishkek. "
        "Speakers recalled the Semipalatinsk Treaty.",
    ],
)
def test_no_event_from_a_briefing_a_signing_or_an_event_dedicated_to_another_thing(text):
    assert events_of(text) == []


def test_an_event_dedicated_to_the_zone_and_the_preparations_for_its_anniversary():
    (event,) = events_of(
        "A regional conference dedicated to the anniversary of the Semipalatinsk Treaty was "
        "held in Bishkek."
    )
    assert event["status"] == "held"
    (event,) = events_of(
        "The parties agreed to begin preparations for the 20th anniversary of the Semipalatinsk "
        "Treaty, which will be marked in Semey on 8 September 2026.",
        date(2026, 3, 1),
    )
    assert (event["status"], event["date"]) == ("planned", "2026-09-08")


def test_a_headline_naming_an_event_over_its_date_and_a_state_ready_to_host():
    (event,) = events_of(
        "CANWFZ Webinar on Nuclear Safeguards\n23 November 2026\nExperts of the five states "
        "discussed the safeguards obligations under the treaty and the support the agency gives.",
        date(2026, 12, 1),
    )
    assert (event["status"], event["date"], event["title"]) == (
        "held",
        "2026-11-23",
        "CANWFZ Webinar on Nuclear Safeguards",
    )
    (event,) = events_of(
        "Kazakhstan is ready to host a conference on the Semipalatinsk Treaty in 2027."
    )
    assert (event["status"], event["organisers"]) == ("planned", ["KZ"])


def test_an_event_marking_this_date_told_in_the_sentence_before():
    (event,) = events_of(
        "Tomorrow marks the 17th anniversary of the Semipalatinsk Treaty's entry into force. "
        "Dedicated to this date, Tajikistan's Foreign Ministry will hold a roundtable in Dushanbe."
    )
    assert (event["status"], event["organisers"]) == ("planned", ["TJ"])


@pytest.mark.parametrize(
    ("text", "parties", "status"),
    [
        (
            "Подписание меморандума о сотрудничестве между ЦАЗСЯО и АФКОНЕ планируется в 2026 "
            "году.",
            ["CANWFZ", "AFCONE"],
            "planned",
        ),
        # another zone named as the other party is its body
        (
            "Семей шарты мен Пелиндаба шарты арасындағы өзара түсіністік туралы меморандумға қол "
            "қойылды.",
            ["CANWFZ", "AFCONE"],
            "signed",
        ),
        (
            "A memorandum of understanding between the Central Asian Nuclear-Weapon-Free Zone and "
            "the Treaty of Tlatelolco is being negotiated.",
            ["CANWFZ", "OPANAL"],
            "planned",
        ),
        (
            "Между государствами – участниками ЦАЗСЯО и ОПАНАЛ подписан меморандум о "
            "взаимопонимании.",
            ["CANWFZ", "OPANAL"],
            "signed",
        ),
        (
            "Стороны Договора о ЦАЗСЯО и АФКОНЕ ведут переговоры о меморандуме о сотрудничестве.",
            ["CANWFZ", "AFCONE"],
            "planned",
        ),
    ],
)
def test_memoranda_with_other_zones_bodies_in_other_words(text, parties, status):
    (memo,) = [r for r in summary(text, date(2026, 4, 10)) if r["type"] == "memorandum"]
    assert (sorted(memo["parties"]), memo["status"]) == (sorted(parties), status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("A photo exhibition on the Semipalatinsk Treaty is being held in Astana.", "held"),
        ("The conference on the CANWFZ Treaty kicked off in Almaty on 5 March 2026.", "held"),
        ("В Ташкенте проходит выставка, посвящённая Договору о ЦАЗСЯО.", "held"),
        ("Астанада Семей шартына арналған көрме өтуде.", "held"),
        ("Семей шартына арналған флешмоб Алматыда ұйымдастырылмақ.", "planned"),
        ("Kazakh diplomats will take part in a seminar on the CANWFZ Treaty in Vienna.", "planned"),
    ],
)
def test_events_under_way_and_to_come_in_other_words(text, status):
    assert [e["status"] for e in events_of(text, date(2026, 3, 1))] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Состоялась церемония передачи председательства в ЦАЗСЯО от Кыргызстана Таджикистану.",
        "Kyrgyzstan relinquished the chairmanship of the Semipalatinsk Treaty to Tajikistan.",
        "The handover ceremony of the CANWFZ chairmanship from Kyrgyzstan to Tajikistan took "
        "place in Bishkek.",
    ],
)
def test_a_handover_ceremony_is_the_transfer_not_an_event(text):
    found = summary(text, date(2026, 3, 1))
    assert [(r["from"], r["to"]) for r in found if r["type"] == "chair_transfer"] == [("KG", "TJ")]
    assert [r for r in found if r["type"] == "event"] == []


def test_the_chair_named_before_the_verb_and_another_bodys_handover():
    found = summary(
        "С 1 января 2026 года председателем Договора о ЦАЗСЯО стал Казахстан, сменив Узбекистан.",
        date(2026, 3, 1),
    )
    assert [(r["from"], r["to"]) for r in found if r["type"] == "chair_transfer"] == [("UZ", "KZ")]
    for other in (
        "The CSTO handed over its chairmanship to Kyrgyzstan; the CANWFZ Treaty was also "
        "discussed.",
        "Председательство в СНГ перешло к Туркменистану; обсуждался и Договор о ЦАЗСЯО.",
        "ШЫҰ-ға төрағалық Қырғызстаннан Қазақстанға өтті, Семей шарты да талқыланды.",
    ):
        assert [r for r in summary(other) if r["type"] == "chair_transfer"] == [], other


def test_a_review_of_the_questions_of_implementation():
    assert reviews_of("Стороны рассмотрели вопросы реализации Договора о ЦАЗСЯО в 2025 году.") == [
        (2025, None)
    ]


@pytest.mark.parametrize(
    ("text", "place", "chair"),
    [
        # an official's title between the chair's words and the state
        (
            "The consultative meeting of the CANWFZ parties was presided over by the Deputy "
            "Minister of Foreign Affairs of Uzbekistan.",
            None,
            "UZ",
        ),
        (
            "Консультативную встречу сторон Договора о ЦАЗСЯО открыл заместитель министра "
            "иностранных дел Кыргызской Республики.",
            None,
            "KG",
        ),
        (
            "Семей шартына қатысушы елдердің консультативтік кездесуін Тәжікстан Сыртқы істер "
            "министрінің орынбасары ашты.",
            None,
            "TJ",
        ),
        # the party 'as chair'
        (
            "The Kyrgyz side, as chair, opened the consultative meeting of the parties to the "
            "Semipalatinsk Treaty in Bishkek.",
            "Bishkek",
            "KG",
        ),
        # a party's capital by its adjective or name
        (
            "The consultative meeting of the CANWFZ parties was held in the Kazakh capital.",
            "Astana",
            None,
        ),
        (
            "Консультативная встреча сторон Договора о ЦАЗСЯО прошла в туркменской столице.",
            "Ashgabat",
            None,
        ),
        (
            "Семей шартына қатысушы елдердің консультативтік кездесуі Өзбекстан астанасында өтті.",
            "Tashkent",
            None,
        ),
    ],
)
def test_meetings_chair_and_place_in_other_words(text, place, chair):
    found = _meeting(text)
    assert (found["place"], found["chair"]) == (place, chair)


def test_the_zones_representatives_to_meet_in_a_partys_city():
    (event,) = events_of(
        "Representatives of all nuclear-weapon-free zones to meet in Astana\n"
        "Kazakhstan's diplomats told the UN audience about the Semipalatinsk Treaty and the "
        "cooperation of the zones."
    )
    assert (event["status"], event["regime"]) == ("planned", "canwfz")
    # a meeting of another group's representatives is none
    assert (
        events_of(
            "Representatives of the CSTO states to meet in Minsk\nThe ministers will also recall "
            "the Semipalatinsk Treaty."
        )
        == []
    )


def test_kazakh_signing_place_comes_before_the_signing_and_plans_outlined_in_russian():
    found = summary(
        "Семей шартына қол қойылғанына 20 жыл толуына орай Астанада халықаралық конференция өтеді.",
        date(2026, 3, 1),
    )
    (anniversary,) = [r for r in found if r["type"] == "anniversary"]
    assert (anniversary["ordinal"], anniversary["place"]) == (20, None)  # the conference's city
    found = summary("2006 жылы Семейде қол қойылған Семей шартының 20 жылдығы атап өтілді.")
    (anniversary,) = [r for r in found if r["type"] == "anniversary"]
    assert anniversary["place"] == "Semipalatinsk"
    assert reviews_of(
        "Стороны наметили план совместных мероприятий на 2026 год в рамках Договора о ЦАЗСЯО."
    ) == [(None, 2026)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The parties to the CANWFZ Treaty will meet again in Astana in May.", "Astana"),
        ("Стороны Договора о ЦАЗСЯО вновь встретятся в Ташкенте осенью.", "Tashkent"),
        ("Семей шартының тараптары Бішкекте қайта кездеседі.", "Bishkek"),
    ],
)
def test_the_parties_will_meet_again_is_a_planned_meeting(text, place):
    found = [r for r in summary(text, date(2026, 4, 10)) if r["type"] == "consultative_meeting"]
    assert [(r["status"], r["place"]) for r in found] == [("planned", place)]


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of the five Central Asian states will meet in Astana; the CANWFZ Treaty "
        "was recalled.",
        # who meets is told before the verb
        "Kazakhstan and Uzbekistan will meet in Tashkent to discuss water; both are CANWFZ "
        "parties.",
    ],
)
def test_others_who_will_meet_give_no_meeting(text):
    assert [r for r in summary(text) if r["type"] == "consultative_meeting"] == []


@pytest.mark.parametrize(
    "zone",
    [
        # the name as a title, in the nominative, with no locative on 'Азия'
        "Орталық Азия ядролық қарудан азат аймағы",
        # 'аймақ' with a vowel-initial suffix: қ becomes ғ ('аймағын', 'аймағы туралы')
        "Орталық Азиядағы ядролық қарудан азат аймағы",
        "Орталық Азиядағы ядролық қарусыз аймағы",
    ],
)
def test_kazakh_zone_name_with_the_consonant_mutation_of_its_last_word(zone):
    text = (
        f"{zone} туралы шартқа қатысушы елдер 2026 жылғы 30 қаңтарда Астанада "
        "жыл сайынғы консультативтік кездесу өткізді."
    )
    result = extract(text, published=date(2026, 1, 31))
    assert "the text does not name the Central Asian zone" not in " ".join(result.warnings)
    meetings = [p.to_json() for p in result.proposals if p.type == "consultative_meeting"]
    assert [(m["regime"], m["place"], m["date"]) for m in meetings] == [
        ("canwfz", "Astana", "2026-01-30")
    ]


def test_kazakh_sco_chairmanship_with_the_mutated_name_is_another_body():
    """'Шанхай ынтымақтастығы ұйымы' (қ becomes ғ before a vowel): the SCO's chairmanship
    handed over beside the zone's news is no transfer of the zone's chair and no conflict."""
    text = (
        "Орталық Азиядағы ядролық қарудан азат аймақ туралы шартқа қатысушы елдердің "
        "сарапшылары Астанада кездесті. Сондай-ақ 2025 жылы Қазақстан Шанхай ынтымақтастығы "
        "ұйымындағы төрағалықты Қырғызстанға тапсырды."
    )
    types = {p["type"] for p in summary(text, published=date(2026, 7, 10))}
    assert not types & {"chair_transfer", "registry_conflict"}


def test_kazakh_summer_school_with_the_mutated_noun_is_an_event():
    text = "Семей шарты аясында Алматыда жастарға арналған жазғы мектебі 2026 жылғы 5 шілдеде өтті."
    events = [p for p in summary(text, published=date(2026, 7, 10)) if p["type"] == "event"]
    assert [(e["regime"], e["status"], e["date"]) for e in events] == [
        ("canwfz", "held", "2026-07-05")
    ]


@pytest.mark.parametrize(
    "ministries, organisers",
    [
        # all five parties' ministries are the parties' ministries; the last named is no
        # subject of 'will hold' of its own
        (
            "The foreign ministries of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
            "Uzbekistan",
            ["ministries_of_foreign_affairs"],
        ),
        ("The foreign ministries of Kyrgyzstan and Tajikistan", ["KG", "TJ"]),
    ],
)
def test_foreign_ministries_named_by_state_organise_as_those_states(ministries, organisers):
    text = (
        f"{ministries} will hold a joint conference in Astana in September to mark the "
        "twentieth anniversary of the signing of the Semipalatinsk Treaty."
    )
    result = extract(text, published=date(2026, 6, 10))
    events = [p for p in result.proposals if p.type == "event"]
    assert [e.to_json()["organisers"] for e in events] == [organisers]
    for code in organisers:  # every organiser has its evidence
        if code != "ministries_of_foreign_affairs":
            assert any(text[s:e] == STATE_NAME[code] for s, e in events[0].spans)


STATE_NAME = {"KG": "Kyrgyzstan", "TJ": "Tajikistan"}


@pytest.mark.parametrize(
    "text",
    [
        "This year marks the 10th anniversary of the U.S. signature on the protocol to the Treaty "
        "on a Nuclear-Weapon-Free Zone in Central Asia (CANWFZ).",
        "On the Treaty on a Nuclear-Weapon-Free Zone in Central Asia: as the 10th anniversary of "
        "the signing of the 2014 Protocol approaches, one signatory has not ratified it.",
        "В этом году исполняется 10 лет со дня подписания Протокола к Договору о зоне, свободной "
        "от ядерного оружия, в Центральной Азии.",
        "Орталық Азиядағы ядролық қарудан азат аймақ туралы шартқа хаттамаға қол қойылғанына "
        "10 жыл толды.",
    ],
)  # fmt: skip
def test_the_protocols_anniversary_is_not_the_treatys(text):
    result = extract(text, published=date(2024, 2, 9))
    assert result.of_type("anniversary") == []


def test_the_treatys_anniversary_with_its_protocol_named_after_it_is_still_read():
    text = (
        "This year marks the 15th anniversary of the entry into force of the Treaty on a "
        "Nuclear-Weapon-Free Zone in Central Asia and its Protocol."
    )
    [anniversary] = extract(text, published=date(2024, 3, 21)).of_type("anniversary")
    assert anniversary.to_json()["ordinal"] == 15
    assert anniversary.to_json()["of"] == "entry_into_force"
