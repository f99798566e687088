"""News about the other zones (Tlatelolco/OPANAL, Rarotonga, Bangkok/SEANWFZ, Pelindaba/AFCONE)
and Mongolia's status becomes proposals for that regime: not for Central Asia, and not nothing.
Every proposal carries its `regime`."""

from datetime import date

import pytest

from nwfz.intake.extract import RegistryFacts, extract
from nwfz.intake.extract.zone_words import REGIMES

PUBLISHED = date(2025, 12, 1)


def records(text: str, **kwargs) -> list[dict]:
    result = extract(text, published=PUBLISHED, **kwargs)
    return [
        {k: v for k, v in p.to_json().items() if k not in ("spans", "confidence")}
        for p in result.proposals
    ]


def test_a_session_of_the_opanal_general_conference_is_tlatelolcos_meeting():
    text = (
        "The XXIX regular session of the General Conference of OPANAL was held in Mexico City "
        "on 28 November 2025. Member States of the Treaty of Tlatelolco reviewed the work of the "
        "Agency in 2024-2025 and approved the programme of work for 2026."
    )
    found = records(text)
    assert found[0] == {
        "type": "consultative_meeting", "kind": "annual", "date": "2025-11-28",
        "place": "Mexico City", "format": "in_person", "chair": None, "regime": "tlatelolco",
        "status": "held",
    }  # fmt: skip
    # a two-year span states no single year reviewed
    assert found[1] == {
        "type": "review_and_plans", "year_reviewed": None, "plans_period": 2026,
        "regime": "tlatelolco",
    }  # fmt: skip
    assert all(r["regime"] == "tlatelolco" for r in found)


def test_a_seanwfz_commission_meeting_is_bangkoks():
    text = (
        "KUALA LUMPUR, 8 July 2025 – The SEANWFZ Commission meeting, held on the sidelines of "
        "the ASEAN Foreign Ministers' Meeting, reviewed the implementation of the Treaty of "
        "Bangkok."
    )
    found = records(text)
    assert [(r["type"], r["regime"]) for r in found] == [
        ("consultative_meeting", "bangkok"),
        ("review_and_plans", "bangkok"),
    ]
    assert found[0]["date"] == "2025-07-08"


def test_an_afcone_session_in_russian_and_an_opanal_conference_in_kazakh():
    ru = records(
        "В Претории 12 мая 2025 года состоялась очередная сессия АФКОНЕ, Африканской комиссии "
        "по атомной энергии, созданной Договором Пелиндаба."
    )
    assert [(r["type"], r["regime"], r["place"], r["date"]) for r in ru] == [
        ("consultative_meeting", "pelindaba", "Pretoria", "2025-05-12")
    ]
    kk = records(
        "ОПАНАЛ Бас конференциясының кезекті сессиясы 2025 жылғы 28 қарашада Мехикода өтті."
    )
    assert [(r["type"], r["regime"], r["place"]) for r in kk] == [
        ("consultative_meeting", "tlatelolco", "Mexico City")
    ]


def test_mongolias_status_at_the_first_committee_is_mongolias_forum_work():
    text = (
        "The First Committee of the UN General Assembly adopted without a vote the resolution "
        "on Mongolia's international security and nuclear-weapon-free status, sponsored by "
        "Mongolia in coordination with the P5."
    )
    assert records(text) == [
        {"type": "forum", "forum": "unga-first-committee", "regime": "mongolia-nwfs"}
    ]


def test_an_anniversary_of_another_zone_is_dated_from_that_zones_facts():
    text = (
        "This year the Treaty of Rarotonga marks the 40th anniversary of its signature. "
        "A commemorative conference will be held in Suva to mark the occasion."
    )
    unknown = records(text)
    assert unknown[0]["regime"] == "rarotonga"
    assert (unknown[0]["ordinal"], unknown[0]["year"]) == (40, None)  # no facts: no guessing
    assert unknown[1]["type"] == "event" and unknown[1]["regime"] == "rarotonga"
    rarotonga = RegistryFacts(
        regime="rarotonga",
        signed=date(1985, 8, 6),
        signed_place="Rarotonga",
        entry_into_force=date(1986, 12, 11),
        parties=(),
    )
    known = records(text, registries={"rarotonga": rarotonga})
    assert (known[0]["year"], known[0]["anniversary_year"]) == (1985, 2025)
    wrong = records(
        "The Treaty of Rarotonga, signed in 1986, marks the 39th anniversary of its signature.",
        registries={"rarotonga": rarotonga},
    )
    conflicts = [r for r in wrong if r["type"] == "registry_conflict"]
    assert conflicts == [
        {"type": "registry_conflict", "field": "treaty.signed", "stated": "1986",
         "registry": "1985-08-06", "regime": "rarotonga"}
    ]  # fmt: skip


def test_a_memorandum_of_the_central_asian_zone_with_opanal_stays_central_asian():
    text = (
        "Государства – участники Договора о зоне, свободной от ядерного оружия, в Центральной "
        "Азии и ОПАНАЛ подписали меморандум о сотрудничестве в Нью-Йорке 7 мая 2026 года."
    )
    assert records(text) == [
        {"type": "memorandum", "parties": ["CANWFZ", "OPANAL"], "date": "2026-05-07",
         "status": "signed", "regime": "canwfz"}
    ]  # fmt: skip


def test_a_text_naming_two_zones_gives_each_proposal_the_zone_of_its_evidence():
    text = (
        "The annual consultative meeting of the States Parties to the Treaty on a "
        "Nuclear-Weapon-Free Zone in Central Asia was held in Astana on 30 January 2026. "
        "Separately, the SEANWFZ Commission met in Kuala Lumpur on 8 July 2025."
    )
    found = records(text)
    meetings = {(r["regime"], r["place"]) for r in found if r["type"] == "consultative_meeting"}
    assert meetings == {("canwfz", "Astana"), ("bangkok", "Kuala Lumpur")}


def test_every_proposal_has_a_known_regime_and_the_warning_names_the_other_zones():
    result = extract(
        "Pelindaba Treaty: the Conference of States Parties to the Pelindaba Treaty was held in "
        "Addis Ababa on 3 June 2025.",
        published=PUBLISHED,
    )
    assert [p.fields["regime"] for p in result.proposals] == ["pelindaba"]
    assert result.proposals[0].fields["place"] == "Addis Ababa"
    assert result.warnings == [
        "the text does not name the Central Asian zone or its treaty (it names: pelindaba)"
    ]
    assert set(REGIMES) == {
        "canwfz", "tlatelolco", "rarotonga", "bangkok", "pelindaba", "mongolia-nwfs",
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "ASEAN senior officials met in Jakarta on 3 March 2025 to discuss the regional economy.",
        "Mongolia and Kazakhstan signed an agreement on trade in Ulaanbaatar on 2 May 2025.",
    ],
)
def test_other_bodies_without_a_zone_propose_nothing(text):
    assert records(text) == []


def test_a_conference_of_states_parties_is_pelindabas_meeting_however_it_is_named():
    planned = records(
        "Second Conference of the African Nuclear Weapon-Free-Zone Treaty\n"
        "ADDIS ABABA, November 9, 2012 -- The Second Conference of the African Nuclear "
        "Weapon-Free-Zone Treaty, also known as the Treaty of Pelindaba, will be held at the "
        "African Union Headquarters in Addis Ababa, from 12 to 13 November 2012."
    )
    assert [(r["type"], r["regime"], r["status"], r["date"]) for r in planned] == [
        ("consultative_meeting", "pelindaba", "planned", "2012-11-12")
    ]
    # '(CSP)' between the words, 'Weapons', and the session again as 'The Conference'
    held = records(
        "The 6th Conference of States Parties (CSP) to the African Nuclear-Weapons-Free Zone "
        "Treaty was held from 24 to 25 October 2024 in Addis Ababa. The Conference was held in "
        "accordance with Article 14 of the Treaty."
    )
    assert [(r["type"], r["regime"], r["date"]) for r in held] == [
        ("consultative_meeting", "pelindaba", "2024-10-24")
    ]


def test_a_session_named_without_its_zone_counts_only_in_that_zones_text():
    text = (
        "Member states of the Pelindaba Treaty met in Addis Ababa. The strengthening resolve "
        "arose during the 6th Conference of States Parties (CSP) hosted in Addis Ababa."
    )
    assert [(r["type"], r["regime"]) for r in records(text)] == [
        ("consultative_meeting", "pelindaba")
    ]
    # the same words about another treaty are no zone's meeting
    other = (
        "The Central Asian states support the Treaty on a Nuclear-Weapon-Free Zone in Central "
        "Asia. The 28th Conference of States Parties (CSP) of the Chemical Weapons Convention "
        "was held in The Hague."
    )
    assert [r for r in records(other) if r["type"] == "consultative_meeting"] == []


def test_a_special_session_of_opanals_general_conference_is_extraordinary():
    found = records(
        "The XXVI Special Session of the General Conference of the Agency for the Prohibition "
        "of Nuclear Weapons in Latin America and the Caribbean - OPANAL - convened on "
        "15 November 2018."
    )
    assert [(r["type"], r["kind"], r["regime"], r["date"]) for r in found] == [
        ("consultative_meeting", "extraordinary", "tlatelolco", "2018-11-15")
    ]


def test_a_seanwfz_treaty_commission_meeting_in_a_capital_named_with_its_country():
    result = extract(
        "Phnom Penh (VNA) – the Minister addressed a meeting of the SEANWFZ Treaty Commission "
        "in the Cambodian capital Phnom Penh on August 2. The participating countries "
        "acknowledged achievements in the implementation of the Plan of Action and agreed to "
        "extend the plan for 2022-2026.",
        published=date(2022, 8, 2),
    )
    found = [p.to_json() for p in result.proposals]
    meeting = found[0]
    assert (meeting["type"], meeting["regime"], meeting["place"], meeting["date"]) == (
        "consultative_meeting",
        "bangkok",
        "Phnom Penh",
        "2022-08-02",
    )
    assert [(r["type"], r["regime"]) for r in found[1:]] == [("review_and_plans", "bangkok")]


def test_mongolias_status_with_a_curly_apostrophe_and_a_first_committee_document():
    text = (
        "I have the honor to introduce a draft biennial resolution entitled “Mongolia’s "
        "international security and nuclear-weapon-free status”, contained in document "
        "A/C.1/63/L.28, on behalf of co-sponsors. This year marks the 10th anniversary of the "
        "adoption of the first General Assembly resolution on Mongolia’s nuclear-weapon-free "
        "status."
    )
    found = [p.to_json() for p in extract(text, published=date(2008, 10, 28)).proposals]
    forums = [(r["forum"], r["regime"]) for r in found if r["type"] == "forum"]
    assert ("unga-first-committee", "mongolia-nwfs") in forums
    # the anniversary of a resolution is not the status's
    assert [r for r in found if r["type"] == "anniversary"] == []


def test_a_resolution_the_un_adopted_is_not_work_at_the_un():
    text = (
        "The parliamentary committee discussed Mongolia’s nuclear-weapon-free status. Mongolia "
        "has been cooperating with nuclear weapon states implementing the UN resolution on "
        "Mongolia’s international security and nuclear-weapon-free status."
    )
    found = [p.to_json() for p in extract(text, published=date(2014, 1, 21)).proposals]
    assert [r for r in found if r["type"] == "forum"] == []


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        ("The 30th Regular Session of the General Conference of OPANAL was chaired by the "
         "Ambassador of Paraguay in Mexico.", "PY"),
        ("The regular session of the General Conference of OPANAL was held in Mexico City and "
         "was chaired by His Excellency Mr. Juan Pérez Gómez, representative of Peru.", "PE"),
        ("Chaired by Malaysia’s Foreign Minister, a meeting of the SEANWFZ Commission took place "
         "in Kuala Lumpur.", "MY"),
    ],
)  # fmt: skip
def test_another_zones_body_is_chaired_by_one_of_its_states(text, chair):
    (meeting,) = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert meeting["chair"] == chair


def test_a_meeting_on_a_weekday_is_the_last_such_day_before_the_report():
    text = "A meeting of the SEANWFZ Commission took place on Tuesday in Kuala Lumpur."
    found = extract(text, published=date(2025, 7, 10))  # a Thursday
    (meeting,) = [p for p in found.proposals if p.type == "consultative_meeting"]
    assert meeting.fields["date"] == "2025-07-08"
    assert any("Tuesday" in text[s:e] for s, e in meeting.spans)


def test_a_wires_dateline_names_city_and_country_before_the_date():
    text = (
        "Third Conference of the Pelindaba Treaty\n"
        "PRETORIA, South Africa, March 3, 2026/Wire/ -- The Third Conference of the African "
        "Nuclear-Weapon-Free Zone Treaty will be held in Pretoria from 9 to 10 March 2026."
    )
    found = extract(text)
    assert found.published == date(2026, 3, 3)
    (meeting,) = [p for p in found.proposals if p.type == "consultative_meeting"]
    assert (meeting.fields["date"], meeting.fields["status"]) == ("2026-03-09", "planned")


def test_two_bodies_of_a_zone_are_two_meetings_and_a_session_is_dated_by_its_first_day():
    text = (
        "The African Commission on Nuclear Energy (AFCONE) concluded its Third Ordinary Session "
        "on 21 June 2024 in Pretoria. The Session opened on 20 June 2024. Its members had been "
        "elected by the 4th Conference of States Parties to the Treaty of Pelindaba, which took "
        "place in Cairo from 3 to 4 March 2023."
    )
    meetings = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert sorted((m["date"], m["place"], m["regime"]) for m in meetings) == [
        ("2023-03-03", "Cairo", "pelindaba"),
        ("2024-06-20", "Pretoria", "pelindaba"),
    ]


def test_a_venue_then_its_city_is_the_meetings_place():
    text = (
        "The Executive Committee of the SEANWFZ Commission met at the National Convention "
        "Centre, Hanoi on 5 May 2025."
    )
    (meeting,) = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert (meeting["place"], meeting["date"]) == ("Hanoi", "2025-05-05")


def test_opanals_conference_named_by_the_agencys_full_name_in_russian():
    text = (
        "Делегация приняла участие в 30-й Конференции Агентства по запрещению ядерного оружия "
        "в Латинской Америке и Карибском бассейне (ОПАНАЛ), состоявшейся в Мехико 20 ноября "
        "2025 года."
    )
    (meeting,) = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert (meeting["regime"], meeting["place"], meeting["date"]) == (
        "tlatelolco",
        "Mexico City",
        "2025-11-20",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the SEANWFZ commission will evaluate the talks with the nuclear "
        "weapon states.",
        "Leaders welcomed the Rarotonga Treaty's anniversary and agreed to continue the "
        "discussions at the next States Parties Meeting.",
    ],
)
def test_another_zones_body_that_will_meet_is_planned(text):
    (meeting,) = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert meeting["status"] == "planned"


def test_a_memorandum_signed_at_the_meeting_takes_the_meetings_day():
    text = (
        "On 3 March 2025 the States Parties to the Treaty on a Nuclear-Weapon-Free Zone in "
        "Central Asia held a meeting in Tashkent. The parties discussed the zones' work. The "
        "meeting ended with the signing of a "
        "memorandum between the Central Asian NWFZ and AFCONE. A memorandum between the "
        "Central Asian NWFZ and OPANAL was "
        "signed in May 2023."
    )
    memos = {tuple(r["parties"]): r for r in records(text) if r["type"] == "memorandum"}
    assert memos[("CANWFZ", "AFCONE")]["date"] == "2025-03-03"
    assert memos[("CANWFZ", "OPANAL")]["date"] is None  # its own month, not the meeting's day


def test_mongolias_own_memorandum_is_mongolias_and_a_mou_to_be_signed_is_planned():
    ru = "Министерство иностранных дел Монголии и ОПАНАЛ подписали меморандум о сотрудничестве."
    (memo,) = [r for r in records(ru) if r["type"] == "memorandum"]
    assert (memo["parties"], memo["regime"]) == (["OPANAL", "MN"], "mongolia-nwfs")
    en = (
        "The sides discussed the modalities related to the Signature of the MoU between AFCONE "
        "and the Central Asian Nuclear Weapon Free Zone."
    )
    (memo,) = [r for r in records(en) if r["type"] == "memorandum"]
    assert (memo["parties"][:2], memo["status"], memo["regime"]) == (
        ["CANWFZ", "AFCONE"],
        "planned",
        "canwfz",
    )


def test_an_office_of_a_body_is_not_its_meeting():
    text = (
        "On 14 February OPANAL held a webinar on the Treaty of Tlatelolco. It was moderated by "
        "the President of the OPANAL Council."
    )
    assert [r for r in records(text) if r["type"] == "consultative_meeting"] == []
    met = "A meeting of the OPANAL Council was held in Mexico City on 3 June 2025."
    (meeting,) = [r for r in records(met) if r["type"] == "consultative_meeting"]
    assert (meeting["regime"], meeting["place"]) == ("tlatelolco", "Mexico City")


def test_the_seanwfz_commission_as_an_area_commission_at_a_hotel():
    text = (
        "At the opening of the Southeast Asia Nuclear Weapon-Free Area Commission (SEANWFZ) "
        "Meeting at the Grand Hyatt Hotel, Bangkok, the minister spoke of the treaty."
    )
    (meeting,) = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert (meeting["regime"], meeting["place"]) == ("bangkok", "Bangkok")


def test_a_chair_named_after_his_excellency_with_a_stray_full_stop():
    text = (
        "The XXX Special Session of the General Conference of OPANAL was chaired by His "
        "Excellency. Mr. José Núñez, Permanent Representative of the Republic of Ecuador to "
        "OPANAL."
    )
    (meeting,) = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert (meeting["kind"], meeting["chair"]) == ("extraordinary", "EC")


def test_one_representative_at_the_un_speaking_for_a_zones_members():
    text = (
        "Statement by the Permanent Representative of Thailand to the United Nations\n"
        "I have the honour to speak on behalf of the Member States of ASEAN.\n"
        "We remain committed to the Treaty on the Southeast Asia Nuclear Weapon-Free Zone."
    )
    forums = [r for r in records(text) if r["type"] == "forum"]
    assert [(f["forum"], f["regime"]) for f in forums] == [("un", "bangkok")]


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador called for negotiations towards a memorandum of understanding between "
        "AFCONE and the Central Asian Nuclear-Weapon-Free Zone.",
        "Both sides want to speed up the negotiation and signing of a document of cooperation "
        "between the "
        "Central Asian Nuclear-Weapon-Free Zone and AFCONE.",
    ],
)
def test_a_memorandum_under_negotiation_is_planned(text):
    (memo,) = [r for r in records(text) if r["type"] == "memorandum"]
    assert (memo["parties"], memo["status"], memo["regime"]) == (
        ["CANWFZ", "AFCONE"],
        "planned",
        "canwfz",
    )


def test_a_cooperation_agreement_of_two_states_is_no_zones_memorandum():
    text = (
        "Kazakhstan and Uzbekistan, parties to the Central Asian Nuclear-Weapon-Free Zone, signed "
        "a cooperation agreement on water."
    )
    assert [r for r in records(text) if r["type"] == "memorandum"] == []


def test_the_committee_adopting_a_zones_resolution_is_the_zones_work_there():
    text = (
        "The First Committee approved six draft resolutions on Tuesday.\n"
        "The committee adopted without a vote the resolution on the South Pacific Nuclear Free "
        "Zone Treaty."
    )
    forums = [r for r in records(text) if r["type"] == "forum"]
    assert [(f["forum"], f["regime"]) for f in forums] == [("unga-first-committee", "rarotonga")]


def test_a_body_that_members_will_attend_is_planned():
    text = "Member states will attend the OPANAL Council meeting in April."
    (meeting,) = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert (meeting["regime"], meeting["status"]) == ("tlatelolco", "planned")


def test_the_inaugural_conference_and_the_next_csp_are_two_meetings():
    text = (
        "After the Treaty of Pelindaba entered into force, the inaugural Conference of State "
        "Parties (CSP) was held in Addis Ababa in November 2010. The parties agreed to hold the "
        "next CSP within six months."
    )
    meetings = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert sorted((m["status"], m["place"]) for m in meetings) == [
        ("held", "Addis Ababa"),
        ("planned", None),
    ]
    assert {m["regime"] for m in meetings} == {"pelindaba"}


def test_one_states_suggestion_of_a_resolution_is_no_forum_work():
    text = (
        "At the SEANWFZ Commission's meeting, the Vietnamese minister suggested that ASEAN soon "
        "prepare a resolution on the SEANWFZ Treaty for the United Nations General Assembly."
    )
    assert [r for r in records(text) if r["type"] == "forum"] == []


def test_the_uns_office_in_geneva_is_no_forum_in_kazakh():
    text = (
        "Орталық Азиядағы ядролық қарудан азат аймақ туралы шартқа қатысушы елдер БҰҰ-ның "
        "Женевадағы Еуропалық бөлімшесінде дөңгелек үстел өткізуді талқылады."
    )
    assert [r for r in records(text) if r["type"] == "forum"] == []


def test_a_state_attending_after_the_chairs_name_is_not_the_chair():
    text = (
        "The regular session of the General Conference of OPANAL was chaired by its Secretary "
        "General, Mr. Juan Pérez Gómez, and attended by delegations of Brazil and Cuba."
    )
    (meeting,) = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert meeting["chair"] is None


@pytest.mark.parametrize(
    ("text", "forums"),
    [
        (
            "Кыргызстан является депозитарием Договора о зоне, свободной от ядерного оружия, в "
            "Центральной Азии. Кыргызстан подписал ДЗЯО на полях Генассамблеи ООН.",
            [],
        ),
        (
            "Tajikistan now chairs the Central Asian Nuclear-Weapon-Free Zone. As the chair, "
            "Tajikistan spoke at the First Committee.",
            ["unga-first-committee"],
        ),
    ],
)
def test_one_party_at_a_forum_speaks_for_the_zone_only_as_its_chair(text, forums):
    assert [r["forum"] for r in records(text) if r["type"] == "forum"] == forums


def test_a_document_submitted_to_a_conference_under_its_heading():
    text = (
        "2030 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear "
        "Weapons\n"
        "New York, 22 April - 17 May 2030\n"
        "Working paper on the Treaty of Tlatelolco\n"
        "Submitted by the General Secretariat of OPANAL\n"
        "1. The Treaty established the first zone in a densely populated area."
    )
    forums = [r for r in records(text) if r["type"] == "forum"]
    assert [(f["forum"], f["regime"]) for f in forums] == [("npt-revcon", "tlatelolco")]


def test_a_meeting_with_a_party_in_the_chair_on_a_day_before_the_report():
    text = (
        "On 20 January the States Parties to the Semipalatinsk Treaty held their annual "
        "consultative meeting in Almaty, with Kyrgyzstan in the chair."
    )
    found = extract(text, published=date(2026, 1, 10))
    (meeting,) = [p for p in found.proposals if p.type == "consultative_meeting"]
    assert (meeting.fields["date"], meeting.fields["chair"], meeting.fields["place"]) == (
        "2025-01-20",
        "KG",
        "Almaty",
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The XXVIII Regular Session of the General Conference of OPANAL was held in Buenos "
         "Aires on 1 December 2023.", "Buenos Aires"),
        ("The Seventh Conference of States Parties to the Treaty of Pelindaba met in Midrand on "
         "3 June 2025.", "Midrand"),
    ],
)  # fmt: skip
def test_the_other_zones_bodies_meet_in_their_states_cities(text, place):
    (meeting,) = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert meeting["place"] == place


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("В Аддис-Абебе 24 октября 2024 года открылась шестая Конференция государств-участников "
         "Пелиндабского договора.", "pelindaba"),
        ("Пелиндаба шартына қатысушы мемлекеттердің алтыншы конференциясы өтті.", "pelindaba"),
        ("The Commission for the Treaty on the Southeast Asia Nuclear Weapon-Free Zone met in "
         "Kuala Lumpur on 8 July 2025.", "bangkok"),
    ],
)  # fmt: skip
def test_other_zones_bodies_by_their_treatys_adjective_or_full_name(text, regime):
    (meeting,) = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert meeting["regime"] == regime


@pytest.mark.parametrize(
    "text",
    [
        "Стороны ЦАЗСЯО договорились подписать меморандум о сотрудничестве с ОПАНАЛ.",
        "ОАЯҚАА мен ОПАНАЛ арасында меморандумға қол қою жоспарлануда.",
        "A memorandum of understanding between CANWFZ and OPANAL is expected to be signed soon.",
        "The parties of CANWFZ and OPANAL agreed to conclude a memorandum of cooperation.",
    ],
)
def test_a_memorandum_to_be_signed_is_planned(text):
    (memo,) = [r for r in records(text) if r["type"] == "memorandum"]
    assert (sorted(memo["parties"]), memo["status"]) == (["CANWFZ", "OPANAL"], "planned")


def test_a_news_story_under_a_conferences_name_is_no_document_header():
    text = (
        "NPT Review Conference opens in New York\n"
        "Delegates gathered on Monday; a paper submitted by experts was read.\n"
        "It recalled the Central Asian Nuclear-Weapon-Free Zone."
    )
    assert [r for r in records(text) if r["type"] == "forum"] == []


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        ("В Мехико прошла 30-я сессия Генеральной конференции ОПАНАЛ под председательством "
         "Уругвая.", "UY"),
        ("Заседание Комиссии по Договору о зоне, свободной от ядерного оружия, в Юго-Восточной "
         "Азии прошло в Маниле под председательством министра иностранных дел Филиппин.", "PH"),
    ],
)  # fmt: skip
def test_another_zones_body_chaired_by_one_of_its_states_in_russian(text, chair):
    (meeting,) = [r for r in records(text) if r["type"] == "consultative_meeting"]
    assert meeting["chair"] == chair


# ------------------------------------------------------------------ anniversaries (session 3)


def anniversaries(text: str, published: date) -> list[dict]:
    result = extract(text, published=published)
    return [
        {k: v for k, v in p.to_json().items() if k not in ("spans", "confidence", "type")}
        for p in result.proposals
        if p.type == "anniversary"
    ]


def test_the_act_year_told_in_another_sentence_dates_another_zones_anniversary():
    text = (
        "Today marks the 41st anniversary of the Treaty of Rarotonga. "
        "Forum leaders signed the treaty in Rarotonga on 6 August 1985."
    )
    (found,) = anniversaries(text, date(2026, 8, 6))
    assert (found["ordinal"], found["of"], found["year"], found["anniversary_year"]) == (
        41,
        "signature",
        1985,
        2026,
    )
    assert (found["place"], found["regime"]) == ("Rarotonga", "rarotonga")
    # a year the ordinal does not count back to is some other act
    other = (
        "Today marks the 41st anniversary of the Treaty of Rarotonga. "
        "The Forum adopted its first communique in 1971."
    )
    (found,) = anniversaries(other, date(2026, 8, 6))
    assert (found["year"], found["anniversary_year"]) == (None, 2026)


def test_years_ago_and_the_act_nearest_the_year():
    text = (
        "Thirty-one years ago the ASEAN states concluded the Bangkok Treaty in Bangkok. "
        "This week the parties commemorate the thirty-first anniversary of the Treaty of Bangkok "
        "on 15 December 2026."
    )
    (found,) = anniversaries(text, date(2026, 12, 15))
    assert (found["ordinal"], found["year"], found["anniversary_year"], found["place"]) == (
        31,
        1995,
        2026,
        "Bangkok",
    )
    eif = (
        "Guests at the 17th Anniversary of the Treaty of Pelindaba, Pretoria – 15 July 2026.\n"
        "Adopted on 11 April 1996 and entered into force on 15 July 2009, the Treaty of Pelindaba "
        "binds the continent."
    )
    (found,) = anniversaries(eif, date(2026, 7, 16))
    assert (found["of"], found["year"], found["anniversary_year"]) == (
        "entry_into_force",
        2009,
        2026,
    )


def test_since_a_year_beside_mongolias_status_and_a_declaration_as_the_act():
    ru = (
        "Сегодня Монголия отмечает 34-ю годовщину безъядерного статуса Монголии. "
        "С 1992 года безъядерный статус Монголии признан международным сообществом."
    )
    (found,) = anniversaries(ru, date(2026, 9, 25))
    assert (found["ordinal"], found["year"], found["regime"]) == (34, 1992, "mongolia-nwfs")
    en = (
        "The minister's visit coincides with the 20th anniversary of its membership in a customs "
        "union and the 34th anniversary of the declaration of its territory as a "
        "nuclear-weapon-free zone.\nMongolia declared its territory a nuclear-weapon-free zone in "
        "1992."
    )
    (found,) = anniversaries(en, date(2026, 8, 9))
    assert (found["ordinal"], found["year"], found["anniversary_year"], found["regime"]) == (
        34,
        1992,
        2026,
        "mongolia-nwfs",
    )


def test_the_anniversary_is_the_zone_named_right_after_it():
    text = (
        "From Tlatelolco to Bangkok: Latin America joins the 31st anniversary of the Treaty of "
        "Bangkok."
    )
    assert [(a["ordinal"], a["regime"]) for a in anniversaries(text, date(2026, 12, 15))] == [
        (31, "bangkok")
    ]


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("Officials recalled the forty-sixth anniversary of the Treaty of Tlatelolco.", 46),
        ("Парламентарии отметили сороковую годовщину Договора Раротонга.", 40),
        ("Today the region celebrates fifty years of the Treaty of Tlatelolco.", 50),
    ],
)
def test_ordinals_in_words(text, ordinal):
    assert [a["ordinal"] for a in anniversaries(text, date(2026, 2, 14))] == [ordinal]


def test_adoption_is_the_signing_and_a_wrapped_line_keeps_the_act_and_day():
    adopted = "The plaque marks the 50th anniversary of the adoption of the Treaty of Tlatelolco."
    (found,) = anniversaries(adopted, date(2017, 8, 25))
    assert found["of"] == "signature"
    wrapped = (
        "The African Commission on Nuclear Energy (AFCONE) is glad to announce the 17th "
        "anniversary of the\n"
        "entry into force of the African Nuclear-Weapon-Free Zone Treaty, also called the Treaty "
        "of Pelindaba\n"
        "on 15 July 2026.\n"
    )
    (found,) = anniversaries(wrapped, date(2026, 7, 15))
    assert (found["of"], found["anniversary_year"]) == ("entry_into_force", 2026)


def test_the_occasion_of_a_visit_marks_mongolias_anniversary_now():
    text = (
        "Визит организован по случаю 34-летия принятия Монголией статуса государства, "
        "свободного от ядерного оружия."
    )
    (found,) = anniversaries(text, date(2026, 8, 8))
    assert (found["ordinal"], found["anniversary_year"], found["regime"]) == (
        34,
        2026,
        "mongolia-nwfs",
    )


def test_years_after_something_else_is_no_anniversary():
    text = "Sixty years after the project of the district, the Treaty of Tlatelolco was discussed."
    assert anniversaries(text, date(2018, 4, 30)) == []


def test_a_date_giving_an_anniversary_after_the_report_is_not_the_acts_year():
    text = (
        "The plaque of the 50th anniversary of the adoption of the Treaty of Tlatelolco, which "
        "was unveiled on 25 August 2017, was restored. Here the treaty was signed in 1967."
    )
    (found,) = anniversaries(text, date(2018, 4, 30))
    assert (found["year"], found["anniversary_year"]) == (1967, 2017)


# ---------------------------------------------------------------- session 3 (rulesB): other
# zones' bodies and partners written in other ways (sentences made up here)


def test_a_partner_named_in_full_is_its_acronym_when_the_text_uses_it():
    text = (
        "AFCONE and IRNE: signing ceremony\n"
        "AFCONE signed on 3 March 2026 a Cooperation MoU with the Institute for Regional Nuclear "
        "Education in Nairobi."
    )
    (memo,) = [p for p in extract(text, published=date(2026, 3, 4)).proposals
               if p.type == "memorandum"]  # fmt: skip
    assert memo.fields["parties"] == ["AFCONE", "IRNE"] and memo.fields["date"] == "2026-03-03"
    assert "Institute for Regional Nuclear Education" in memo.evidence(text)
    # without the acronym anywhere the partner is not guessed
    alone = text.replace("AFCONE and IRNE: signing ceremony\n", "")
    assert [p for p in extract(alone, published=date(2026, 3, 4)).proposals
            if p.type == "memorandum"] == []  # fmt: skip


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        (
            "In Mexico yesterday, the Agency for the Elimination of Nuclear Weapons in Latin "
            "America held the twentieth regular session of its General Conference.",
            "tlatelolco",
        ),
        (
            "The minister attended the meeting of the Commission for a Southeast Asian "
            "Nuclear-Weapon-Free Zone in Vientiane.",
            "bangkok",
        ),
    ],
)
def test_other_zones_bodies_named_in_other_ways(text, regime):
    (meeting,) = [p for p in extract(text, published=date(2026, 3, 4)).proposals
                  if p.type == "consultative_meeting"]  # fmt: skip
    assert meeting.fields["regime"] == regime and meeting.fields["status"] == "held"


def test_a_held_sessions_nearby_sentence_on_what_is_to_come_gives_no_place():
    text = (
        "Yesterday OPANAL held the twentieth regular session of its General Conference. The "
        "session agreed to prepare the anniversary that will be marked in Mexico City on 14 "
        "February 2027."
    )
    (meeting,) = [p for p in extract(text, published=date(2026, 3, 4)).proposals
                  if p.type == "consultative_meeting"]  # fmt: skip
    assert (meeting.fields["date"], meeting.fields["place"]) == ("2026-03-03", None)


def test_here_in_a_wire_is_its_datelines_city():
    text = (
        "MANILA, March 4 (Agency) -- The SEANWFZ Commission meeting was held here Tuesday, the "
        "ministers said."
    )
    (meeting,) = [p for p in extract(text, published=date(2026, 3, 4)).proposals
                  if p.type == "consultative_meeting"]  # fmt: skip
    assert (meeting.fields["place"], meeting.fields["date"]) == ("Manila", "2026-03-03")
    assert "MANILA" in meeting.evidence(text) and "here" in meeting.evidence(text)
    # no dateline city the rules know: no place
    other = text.replace("MANILA", "SPRINGFIELD")
    (meeting,) = [p for p in extract(other, published=date(2026, 3, 4)).proposals
                  if p.type == "consultative_meeting"]  # fmt: skip
    assert meeting.fields["place"] is None


def test_an_anniversary_to_be_marked_in_a_later_year_and_the_act_that_established_the_zone():
    text = (
        "The session agreed to prepare the 60th anniversary of the Treaty of Tlatelolco, an "
        "anniversary that will be marked in Mexico City on 14 February 2027."
    )
    (found,) = anniversaries(text, date(2025, 11, 28))
    assert (found["ordinal"], found["anniversary_year"]) == (60, 2027)
    text = (
        "Experts marked the 59th anniversary of the Treaty of Tlatelolco. The Treaty, which "
        "established the first nuclear-weapon-free zone in a populated area in 1967, binds 33 "
        "states."
    )
    (found,) = anniversaries(text, date(2026, 2, 20))
    assert (found["ordinal"], found["year"]) == (59, 1967)


@pytest.mark.parametrize(
    ("text", "regime", "forum"),
    [
        # a zone's states as their regional body; the zone by another phrase
        (
            "Ambassador Tran, on behalf of ASEAN, said at a thematic debate of the UN General "
            "Assembly’s First Committee that ASEAN keeps Southeast Asia free of nuclear weapons.",
            "bangkok",
            "unga-first-committee",
        ),
        # the Assembly's work the text places in its First Committee
        (
            "Speaking on behalf of the Association, the ambassador addressed a debate of the UN "
            "General Assembly on a nuclear-weapon-free Southeast Asia. The First Committee is one "
            "of the Assembly's main committees.",
            "bangkok",
            "unga-first-committee",
        ),
        # the NPT's 1995 conference; a zone's body submitting its document there
        (
            "OPANAL is submitting this memorandum to the 1995 Review and Extension Conference of "
            "the Parties to the Treaty on the Non-Proliferation of Nuclear Weapons.",
            "tlatelolco",
            "npt-revcon",
        ),
        # Mongolia is its status's only party
        (
            "Draft resolution A/C.1/60/L.5 was introduced by Mongolia.\n"
            "Mongolia's international security and nuclear-weapon-free status",
            "mongolia-nwfs",
            "unga-first-committee",
        ),
    ],
)
def test_other_zones_at_a_forum_written_in_other_ways(text, regime, forum):
    fora = [p.fields for p in extract(text, published=date(2026, 3, 4)).proposals
            if p.type == "forum"]  # fmt: skip
    assert fora == [{"forum": forum, "regime": regime}]


def test_the_assembly_with_its_plenary_stays_the_assembly_beside_its_committee():
    text = (
        "On behalf of the five States Parties to the Central Asian Nuclear-Weapon-Free Zone "
        "Treaty, Uzbekistan spoke in the First Committee. The five states will promote the draft "
        "at the plenary of the General Assembly for its adoption."
    )
    fora = sorted(p.fields["forum"] for p in extract(text, published=date(2026, 3, 4)).proposals
                  if p.type == "forum")  # fmt: skip
    assert fora == ["unga", "unga-first-committee"]


def test_views_on_the_progress_in_the_implementation_at_a_zones_body_are_its_review():
    text = (
        "The minister attended the meeting of the SEANWFZ Commission in Jakarta. He shared "
        "Malaysia's views on the progress in the implementation of the plan of action."
    )
    assert [r["regime"] for r in records(text) if r["type"] == "review_and_plans"] == ["bangkok"]
    other = "A conference of all Parties to the Treaty of Pelindaba shall be convened by the AU."
    assert [r for r in records(other) if r["type"] == "event"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The SEANWFZ Commission is leading discussions at senior official levels on the protocol.",
        "“The SEANWFZ Commission decided to postpone the signings,” the official said.",
        "The SEANWFZ Commission continues to explore how the nuclear-weapon states may sign.",
    ],
)
def test_another_zones_body_acting_is_no_session_of_it(text):
    found = extract(text, published=date(2026, 3, 4)).proposals
    assert [p for p in found if p.type == "consultative_meeting"] == []


def test_another_zones_body_meeting_is_still_its_session():
    text = "The SEANWFZ Commission meeting was held in Manila on 3 March 2026."
    (meeting,) = [p for p in extract(text, published=date(2026, 3, 4)).proposals
                  if p.type == "consultative_meeting"]  # fmt: skip
    assert (meeting.fields["regime"], meeting.fields["place"]) == ("bangkok", "Manila")


def test_a_speaker_at_the_meeting_whose_next_words_are_dated_spoke_on_its_day():
    text = (
        "At the opening of the SEANWFZ Commission Meeting in Manila, the minister said the "
        "zone had served the region well.\n"
        '"No nuclear-weapon state has signed the Protocol yet," said the minister, Friday, '
        "March 6, 2026."
    )
    (meeting,) = [p for p in extract(text, published=date(2026, 3, 7)).proposals
                  if p.type == "consultative_meeting"]  # fmt: skip
    assert (meeting.fields["date"], meeting.fields["place"]) == ("2026-03-06", "Manila")
    # no one speaking at the meeting: the later date is not its day
    other = text.replace("the minister said the zone had served", "the zone had served")
    (meeting,) = [p for p in extract(other, published=date(2026, 3, 7)).proposals
                  if p.type == "consultative_meeting"]  # fmt: skip
    assert meeting.fields["date"] is None


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        (
            "On 8 March 2026 the annual conference of SEANWFZ members took place in Manila.",
            None,
        ),
        (
            "The Philippine foreign minister chaired a meeting of ASEAN foreign ministers to "
            "discuss the SEANWFZ in Manila on 8 March 2026.",
            "PH",
        ),
    ],
)
def test_the_seanwfz_commissions_meeting_in_other_words(text, chair):
    (meeting,) = [p for p in extract(text, published=date(2026, 3, 9)).proposals
                  if p.type == "consultative_meeting"]  # fmt: skip
    assert (meeting.fields["regime"], meeting.fields["place"], meeting.fields["chair"]) == (
        "bangkok", "Manila", chair
    )  # fmt: skip


def test_asean_ministers_meeting_on_another_matter_is_no_commission_meeting():
    text = "A meeting of ASEAN foreign ministers on trade took place in Manila. SEANWFZ was noted."
    found = extract(text, published=date(2026, 3, 9)).proposals
    assert [p for p in found if p.type == "consultative_meeting"] == []


def test_the_bodies_listed_as_signers_are_each_a_party_by_its_acronym():
    text = (
        "The NRA report: a new partnership\n"
        "On 3 March 2026 in Pretoria, the African Union (AU), the Nuclear Regulators Association, "
        "and AFCONE signed a memorandum of understanding."
    )
    (memo,) = [p for p in extract(text, published=date(2026, 3, 4)).proposals
               if p.type == "memorandum"]  # fmt: skip
    assert sorted(memo.fields["parties"]) == ["AFCONE", "AU", "NRA"]
    # a name whose initials the text does not use is not a party
    unused = text.replace("The NRA report: a new partnership\n", "")
    (memo,) = [p for p in extract(unused, published=date(2026, 3, 4)).proposals
               if p.type == "memorandum"]  # fmt: skip
    assert sorted(memo.fields["parties"]) == ["AFCONE", "AU"]
