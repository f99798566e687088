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
            "At the request of the Preparatory Committee for the Review Conference of the NPT, "
            "OPANAL presents a report on the Treaty of Tlatelolco. The report was prepared for "
            "the Review Conference of the NPT.",
            ["npt-revcon"],
        ),
    ],
)
def test_the_parties_work_at_a_forum(text, forums):
    assert sorted(r["forum"] for r in summary(text) if r["type"] == "forum") == forums
