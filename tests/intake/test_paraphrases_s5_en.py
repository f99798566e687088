"""Session 5's English batches: made-up news items (none copied from a source) in the registers
the intake reads worst — informal news (The Diplomat, Eurasianet, The Times of Central Asia,
Daily Sabah, Trend, AKIpress, Kun.uz, The Astana Times), wire copy (Xinhua, AP, Reuters, AFP:
datelines in capitals, 'said in a statement', the attribution last), UN News, UNRCCA and UNODA
notes and think-tank briefs — most of them several sentences long, one record's facts spread
over two to four of them ('It', 'The meeting', 'The event', 'The two sides'), with numbers in
words and passives; items about the other zones labelled with their regime; and distractors
(other bodies' chairmanships with their plans, the test site, IAEA routine, a UN official's
word, commentary naming the zone in passing) that must give no record at all.

Each batch was written and labelled (the guidelines of tests/intake/real/README.md) before
the extractor was run on it; its first pass is in docs/intake.md ("English batch 16 (session
5)" and after). An item passes a label when the extractor proposes a record of the label's type
and zone whose fields hold every labelled value (paraphrase_cases.matching); a record proposed
beyond the labels (more of a type, zone and forum than labelled) is a false record."""

from __future__ import annotations

from datetime import date

import pytest

from nwfz.intake.extract import extract

from .paraphrase_cases import (
    AN,
    CM,
    CT,
    EV,
    FO,
    ME,
    RP,
    false_records,
    item_params,
    label_params,
    matching,
)

FIVE = ["KZ", "KG", "TJ", "TM", "UZ"]

# (name, publication day, text, labels: (type, fields with "regime" when not canwfz))
BATCH_16: list[tuple[str, date, str, list[tuple[str, dict]]]] = [
    (
        "en-diplomat-fora-2025", date(2025, 11, 10),
        "Central Asia's Quiet Nuclear Diplomacy\n"
        "The five states of the Central Asian nuclear-weapon-free zone have grown used to acting "
        "as a bloc. In October they again co-sponsored a resolution on the zone in the General "
        "Assembly's First Committee, which adopted it without a vote. Earlier in the year, at the "
        "third session of the Preparatory Committee for the 2026 NPT Review Conference, "
        "Turkmenistan delivered a statement on behalf of all five. The same group plans to "
        "coordinate its line ahead of the IAEA General Conference in September 2026.",
        [
            (FO, {"forum": "unga-first-committee"}),
            (FO, {"forum": "npt-prepcom"}),
            (FO, {"forum": "iaea-gc"}),
        ],
    ),
    (
        "en-eurasianet-review-2026", date(2026, 2, 3),
        "Officials from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan convened "
        "in Astana last week for the yearly consultations of the Semipalatinsk Treaty. The "
        "meeting looked back over twelve months of joint work in 2025, which included two "
        "seminars and a study tour. It closed with agreement on a programme of activities for "
        "2026, the treaty's twentieth anniversary year.",
        [
            (CM, {"kind": "annual", "place": "Astana", "status": "held"}),
            (RP, {"year_reviewed": 2025, "plans_period": 2026}),
            (AN, {"ordinal": 20, "anniversary_year": 2026}),
        ],
    ),
    (
        "en-tca-roundtable-2026", date(2026, 4, 20),
        "Bishkek to Host Roundtable on Nuclear-Free Zone\n"
        "Kyrgyzstan's Foreign Ministry will hold a roundtable titled \"Central Asia Without "
        "Nuclear Weapons: Lessons of Two Decades\" in Bishkek on May 14. The gathering is "
        "expected to bring together some forty experts and diplomats from the region. Organisers "
        "say it is part of the celebrations of the twentieth anniversary of the Treaty on a "
        "Nuclear-Weapon-Free Zone in Central Asia.",
        [
            (EV, {"status": "planned", "organisers": ["KG"], "date": "2026-05-14",
                  "title": "Central Asia Without Nuclear Weapons: Lessons of Two Decades"}),
            (AN, {"ordinal": 20}),
        ],
    ),
    (
        "en-xinhua-first-committee-2025", date(2025, 11, 5),
        "UNITED NATIONS, Nov. 4 (Xinhua) -- The UN General Assembly's First Committee on Tuesday "
        "approved a draft resolution on the Central Asian nuclear-weapon-free zone, submitted by "
        "Kazakhstan on behalf of the five states of the region. The text was adopted by a "
        "recorded vote of 170 in favour, with none against, the committee said in a statement.",
        [(FO, {"forum": "unga-first-committee"})],
    ),
    (
        "en-ap-opanal-mou-2026", date(2026, 5, 7),
        "NEW YORK (AP) — Latin America's nuclear-weapon-free zone agency and the five Central "
        "Asian states party to the Semipalatinsk Treaty signed a memorandum of understanding "
        "Wednesday, pledging to share experience in verification and outreach. The document was "
        "signed by OPANAL's secretary-general and Kazakhstan's ambassador, acting for the Central "
        "Asian zone, officials said.",
        [(ME, {"parties": ["CANWFZ", "OPANAL"], "status": "signed", "date": "2026-05-06"})],
    ),
    (
        "en-reuters-ashgabat-2024", date(2024, 2, 2),
        "ASHGABAT, Feb 2 (Reuters) - Central Asian nations on Friday reviewed how they had "
        "implemented their nuclear-weapon-free zone treaty during 2023 and adopted a joint plan "
        "for 2024, Turkmenistan's foreign ministry said. Turkmenistan, which took over the "
        "rotating chairmanship from Tajikistan, hosted the talks.",
        [
            (RP, {"year_reviewed": 2023, "plans_period": 2024}),
            (CT, {"from": "TJ", "to": "TM"}),
            (CM, {"date": "2024-02-02", "status": "held"}),
        ],
    ),
    (
        "en-afp-tpnw-2025", date(2025, 3, 1),
        "The states of the Central Asian nuclear-weapon-free zone will deliver a joint statement "
        "at the third Meeting of States Parties to the Treaty on the Prohibition of Nuclear "
        "Weapons, which opens in New York on Monday, Kazakhstan's foreign ministry said. "
        "Kazakhstan presides over the meeting.",
        [(FO, {"forum": "tpnw-msp"})],
    ),
    (
        "en-unnews-exhibition-2026", date(2026, 9, 10),
        "An exhibition marking twenty years since the signing of the Treaty on a "
        "Nuclear-Weapon-Free Zone in Central Asia opened at UN Headquarters on Wednesday. The "
        "display, organised by the Permanent Missions of Kazakhstan, Kyrgyzstan, Tajikistan, "
        "Turkmenistan and Uzbekistan with the support of UNODA, traces the region's path from "
        "the Semipalatinsk test site to a nuclear-free zone.",
        [
            (EV, {"status": "held", "organisers": FIVE, "date": "2026-09-09"}),
            (AN, {"ordinal": 20, "of": "signature"}),
        ],
    ),
    (
        "en-unrcca-seminar-2025", date(2025, 6, 20),
        "UNRCCA and the Ministry of Foreign Affairs of Turkmenistan co-organised a regional "
        "seminar on the implementation of the Treaty on a Nuclear-Weapon-Free Zone in Central "
        "Asia in Ashgabat on 18-19 June. Participants from the five States Parties discussed the "
        "Treaty's role in the global non-proliferation regime. The seminar also looked ahead to "
        "the 2026 NPT Review Conference, where the Central Asian states intend to present a "
        "joint position.",
        [
            (EV, {"status": "held", "organisers": ["TM"], "date": "2025-06-18"}),
            (FO, {"forum": "npt-revcon"}),
        ],
    ),
    (
        "en-unoda-opanal-course-2025", date(2025, 10, 15),
        "OPANAL and the UN Regional Centre for Peace, Disarmament and Development in Latin "
        "America and the Caribbean held a joint course on the Treaty of Tlatelolco for "
        "diplomats in Lima from 6 to 10 October. Thirty-two officials from twenty countries "
        "took part.",
        [(EV, {"regime": "tlatelolco", "status": "held", "date": "2025-10-06"})],
    ),
    (
        "en-bernama-seanwfz-2025", date(2025, 7, 10),
        "KUALA LUMPUR, July 9 — The Commission for the Treaty on the Southeast Asia Nuclear "
        "Weapon-Free Zone met here on Tuesday on the margins of the 58th ASEAN Foreign "
        "Ministers' Meeting. Ministers took stock of the implementation of the Plan of Action "
        "for 2023-2027 and reaffirmed their commitment to encourage the nuclear-weapon states to "
        "sign the Protocol, according to a statement issued afterwards.",
        [
            (CM, {"regime": "bangkok", "place": "Kuala Lumpur", "date": "2025-07-08",
                  "status": "held"}),
            (RP, {"regime": "bangkok"}),
        ],
    ),
    (
        "en-afcone-seanwfz-mou-2026", date(2026, 3, 12),
        "The African Commission on Nuclear Energy is preparing a memorandum of understanding "
        "with the Commission for the SEANWFZ Treaty, its Executive Secretary told a briefing in "
        "Pretoria. The two sides hope to sign it before the end of the year.",
        [(ME, {"regime": "pelindaba", "parties": ["AFCONE", "ASEAN"], "status": "planned"})],
    ),
    (
        "en-montsame-mongolia-2025", date(2025, 10, 20),
        "Mongolia's delegation introduced its biennial resolution on Mongolia's international "
        "security and nuclear-weapon-free status at the First Committee of the UN General "
        "Assembly on Friday. Ulaanbaatar will also host an international conference on the "
        "status in 2026.",
        [
            (FO, {"regime": "mongolia-nwfs", "forum": "unga-first-committee"}),
            (EV, {"regime": "mongolia-nwfs", "status": "planned", "year": 2026}),
        ],
    ),
    (
        "en-rnz-rarotonga-2025", date(2025, 8, 7),
        "Pacific leaders marked four decades of the Treaty of Rarotonga this week. The South "
        "Pacific Nuclear Free Zone Treaty was opened for signature at Rarotonga in the Cook "
        "Islands on 6 August 1985. A commemorative event was held at the Pacific Islands Forum "
        "Secretariat in Suva.",
        [
            (AN, {"regime": "rarotonga", "ordinal": 40, "of": "signature", "year": 1985,
                  "place": "Rarotonga", "anniversary_year": 2025}),
            (EV, {"regime": "rarotonga", "status": "held"}),
        ],
    ),
    (
        "en-akipress-dushanbe-chair-2023", date(2023, 1, 28),
        "BISHKEK (AKIpress) - The chairmanship of the Treaty on a Nuclear-Weapon-Free Zone in "
        "Central Asia was handed to Tajikistan for 2023 at a meeting of the five parties held in "
        "the Kyrgyz capital on Friday. Kyrgyzstan had chaired the treaty throughout 2022. "
        "Delegations also agreed to coordinate their positions at the First Committee of the UN "
        "General Assembly this autumn.",
        [
            (CT, {"from": "KG", "to": "TJ", "year": 2023}),
            (CM, {"place": "Bishkek", "date": "2023-01-27", "status": "held"}),
            (FO, {"forum": "unga-first-committee"}),
        ],
    ),
    (
        "en-kunuz-quiz-2026", date(2026, 3, 22),
        "Tashkent students battle it out in nuclear-free zone quiz\n"
        "A quiz for university students, \"Five Nations, One Zone\", was held at the University "
        "of World Economy and Diplomacy on Saturday. The Uzbek Foreign Ministry organised it to "
        "mark the seventeenth anniversary of the CANWFZ Treaty's entry into force.",
        [
            (EV, {"status": "held", "organisers": ["UZ"], "date": "2026-03-21",
                  "title": "Five Nations, One Zone"}),
            (AN, {"ordinal": 17, "of": "entry_into_force"}),
        ],
    ),
    (
        "en-astanatimes-baton-2026", date(2026, 1, 31),
        "ASTANA – Kazakhstan formally began its chairmanship of the Central Asian "
        "nuclear-weapon-free zone treaty at a consultative meeting in Astana on Jan. 29. It took "
        "the baton from Uzbekistan. The participants heard a report on the outcomes of 2025 and "
        "endorsed a calendar of events for the anniversary year, including a high-level "
        "conference in September.",
        [
            (CT, {"from": "UZ", "to": "KZ"}),
            (CM, {"place": "Astana", "date": "2026-01-29", "status": "held"}),
            (RP, {"year_reviewed": 2025}),
            (EV, {"status": "planned"}),
        ],
    ),
    (
        "en-vcdnp-brief-2025", date(2025, 12, 15),
        "Over 2025 the Central Asian zone's parties kept a steady presence in multilateral fora. "
        "Their joint statement at the IAEA General Conference in September welcomed the agency's "
        "work on safeguards. A month later, Uzbekistan, speaking for all five, introduced the "
        "parties' resolution in the First Committee.",
        [
            (FO, {"forum": "iaea-gc"}),
            (FO, {"forum": "unga-first-committee"}),
        ],
    ),
    (
        "en-kazinform-online-2022", date(2022, 2, 1),
        "The implementation of the action plan for 2021 was reviewed at the consultative "
        "meeting of the States Parties to the CANWFZ Treaty, held online on 28 January. Eleven "
        "of the fourteen planned activities were carried out, it was noted. A new plan covering "
        "2022 was approved, and the chairmanship passed from Kazakhstan to Kyrgyzstan.",
        [
            (CM, {"format": "videoconference", "date": "2022-01-28", "status": "held"}),
            (RP, {"year_reviewed": 2021, "plans_period": 2022}),
            (CT, {"from": "KZ", "to": "KG"}),
        ],
    ),
    (
        "en-diplomat-conference-2026", date(2026, 6, 2),
        "Astana is preparing for a September conference on the twentieth anniversary of the "
        "Semipalatinsk Treaty. The event, to be hosted by Kazakhstan's Foreign Ministry on 8 "
        "September, is expected to draw the UN Secretary-General's envoy and representatives of "
        "the other nuclear-weapon-free zones.",
        [
            (EV, {"status": "planned", "organisers": ["KZ"], "date": "2026-09-08"}),
            (AN, {"ordinal": 20}),
        ],
    ),
    (
        "en-mexico-opanal-gc-2025", date(2025, 11, 20),
        "MEXICO CITY – The XXIX Regular Session of the General Conference of OPANAL concluded "
        "on 14 November. Member States approved the agency's programme of work for 2026-2027 "
        "and agreed to present a common position of Latin America and the Caribbean at the "
        "2026 Review Conference of the NPT.",
        [
            (CM, {"regime": "tlatelolco", "status": "held"}),
            (RP, {"regime": "tlatelolco"}),
            (FO, {"regime": "tlatelolco", "forum": "npt-revcon"}),
        ],
    ),
    (
        "en-issp-seanwfz-mou-2026", date(2026, 4, 2),
        "Kazakhstan has proposed that the Central Asian zone and the SEANWFZ Commission conclude "
        "a memorandum on cooperation. A draft was handed to the ASEAN side in February, a "
        "diplomat in Astana said.",
        [(ME, {"parties": ["CANWFZ", "ASEAN"], "status": "planned"})],
    ),
    (
        "en-vienna-afcone-mou-2025", date(2025, 9, 16),
        "Representatives of the Central Asian nuclear-weapon-free zone and of AFCONE, the body "
        "of the Pelindaba Treaty, met in Vienna on 15 September 2025. The two sides signed a "
        "memorandum of understanding on exchanging information and experience.",
        [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "signed", "date": "2025-09-15"})],
    ),
    (
        "en-trend-plans-2026", date(2026, 2, 5),
        "BAKU, Azerbaijan, February 5. The parties to the Central Asian nuclear-weapon-free zone "
        "treaty have drawn up a list of joint activities for 2026, Trend reports citing "
        "Kazakhstan's Foreign Ministry. Among them are a youth forum in Semey in August and an "
        "exhibition at the UN Office in Vienna, the ministry said.",
        [
            (RP, {"plans_period": 2026}),
            (EV, {"status": "planned", "year": 2026}),
            (EV, {"status": "planned", "year": 2026}),
        ],
    ),
]  # fmt: skip

# (name, publication day, text): no record of any zone
DISTRACTORS_16: list[tuple[str, date, str]] = [
    ("en-dailysabah-ots-2025", date(2025, 10, 8),
     "Kyrgyzstan hands Organization of Turkic States chair to Azerbaijan\n"
     "At the summit in Gabala, the rotating chairmanship of the Organization of Turkic States "
     "passed to Azerbaijan. Leaders reviewed the organisation's achievements over the past year "
     "and approved a plan of events for 2026, including a conference on regional security in "
     "Baku. The next summit will be held in Türkiye."),
    ("en-trend-csto-2025", date(2025, 12, 1),
     "MOSCOW, Dec 1 (Trend) - Russia will chair the Collective Security Treaty Organisation in "
     "2026, taking over from Kazakhstan, the organisation's secretariat said. The CSTO Council "
     "summed up the results of 2025 and adopted a plan of joint exercises for the coming year."),
    ("en-ap-semey-2025", date(2025, 8, 29),
     "SEMEY, Kazakhstan (AP) — Thousands gathered in this northeastern city on Friday to "
     "remember the victims of Soviet nuclear testing, 34 years after the Semipalatinsk test site "
     "was shut down. A memorial exhibition of photographs opened at the local museum, and the "
     "Kazakh foreign minister laid a wreath. Kazakhstan later championed a nuclear-weapon-free "
     "zone in Central Asia."),
    ("en-iaea-uzbekistan-cpf-2025", date(2025, 9, 17),
     "The IAEA and Uzbekistan signed a Country Programme Framework for 2025-2030 in Vienna on "
     "the sidelines of the 69th General Conference. The framework sets priorities for technical "
     "cooperation in nuclear medicine and agriculture, the agency said in a statement. "
     "Uzbekistan is a party to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia."),
    ("en-reuters-un-official-2005", date(2005, 2, 10),
     "GENEVA, Feb 9 (Reuters) - The five Central Asian states are scheduled to hold talks in "
     "Tashkent next month to finalise a common position on the draft treaty establishing a "
     "nuclear-weapon-free zone in the region, a senior U.N. disarmament official said on "
     "Wednesday. \"This is an encouraging sign,\" he told reporters."),
    ("en-akipress-sco-2025", date(2025, 7, 5),
     "BISHKEK (AKIpress) - Kyrgyzstan has assumed the presidency of the Shanghai Cooperation "
     "Organisation for 2025-2026 and presented a plan of more than 100 events, among them a "
     "conference on regional security and an exhibition of the member states' cultural "
     "heritage, the Kyrgyz foreign ministry said in a statement."),
    ("en-carnegie-commentary-2025", date(2025, 11, 3),
     "Analysts say Kazakhstan's plan to build the region's first nuclear power plant will test "
     "its non-proliferation credentials. The country is a party to the Central Asian "
     "nuclear-weapon-free zone treaty, signed in 2006, and hosts the IAEA's low-enriched uranium "
     "bank in Oskemen."),
    ("en-cica-astana-2024", date(2024, 10, 18),
     "Azerbaijan took over the chairmanship of the Conference on Interaction and "
     "Confidence-Building Measures in Asia from Kazakhstan at a ministerial meeting in Baku. The "
     "ministers marked the 32nd anniversary of the CICA initiative and agreed on a programme of "
     "events for 2025-2026."),
]  # fmt: skip

# batch 17 (session 5, en5): written and labelled after batch 16's widening, before any run
BATCH_17: list[tuple[str, date, str, list[tuple[str, dict]]]] = [
    (
        "en-tca-npt-revcon-2026", date(2026, 5, 20),
        "Central Asian Five Take Common Line to NPT Review\n"
        "The five parties to the Semipalatinsk Treaty are presenting a joint working paper at the "
        "eleventh NPT Review Conference in New York, which runs until May 22. On the sidelines, "
        "Kyrgyzstan and Uzbekistan co-hosted a panel on the zone's verification record. The group "
        "also intends to table its regular resolution at the General Assembly's First Committee "
        "this autumn.",
        [
            (FO, {"forum": "npt-revcon"}),
            (EV, {"status": "held", "organisers": ["KG", "UZ"]}),
            (FO, {"forum": "unga-first-committee"}),
        ],
    ),
    (
        "en-unnews-tpnw-msp-2023", date(2023, 12, 2),
        "At the second Meeting of States Parties to the TPNW, which closed in New York on Friday, "
        "Kazakhstan spoke on behalf of the states of the Central Asian zone, calling for "
        "assistance to victims of nuclear testing. The five also coordinated their positions "
        "ahead of next year's IAEA General Conference.",
        [(FO, {"forum": "tpnw-msp"}), (FO, {"forum": "iaea-gc"})],
    ),
    (
        "en-xinhua-ctbto-2025", date(2025, 6, 25),
        "VIENNA, June 24 (Xinhua) -- Representatives of Kazakhstan, Kyrgyzstan, Tajikistan, "
        "Turkmenistan and Uzbekistan delivered a joint statement on the Central Asian "
        "nuclear-weapon-free zone at a session of the CTBTO Preparatory Commission on Tuesday, "
        "the Kazakh mission said.",
        [(FO, {"forum": "ctbto"})],
    ),
    (
        "en-kazinform-tashkent-2025", date(2025, 1, 31),
        "TASHKENT. KAZINFORM – Deputy foreign ministers of the Central Asian states met in "
        "Tashkent on Thursday for the annual consultative meeting under the Treaty on a "
        "Nuclear-Weapon-Free Zone in Central Asia. The parties assessed how the 2024 action plan "
        "had been carried out. They then settled on the priorities for 2025, the press service "
        "said.",
        [
            (CM, {"kind": "annual", "place": "Tashkent", "date": "2025-01-30", "status": "held"}),
            (RP, {"year_reviewed": 2024, "plans_period": 2025}),
        ],
    ),
    (
        "en-trend-baton-2025", date(2025, 1, 31),
        "Turkmenistan has passed the baton of the Central Asian nuclear-weapon-free zone "
        "chairmanship to Uzbekistan, Trend reports. The handover took place at the consultative "
        "meeting in Tashkent. Uzbekistan will lead the treaty throughout 2025.",
        [
            (CT, {"from": "TM", "to": "UZ", "year": 2025}),
            (CM, {"place": "Tashkent", "status": "held"}),
        ],
    ),
    (
        "en-diplomat-quiet-2023", date(2024, 2, 5),
        "The parties to the Central Asian nuclear-weapon-free zone treaty are taking stock of a "
        "quiet 2023. Their report on the year, presented at the consultative meeting in Ashgabat "
        "on 2 February 2024, lists one joint statement and two expert seminars. Plans for 2024 "
        "were approved at the same meeting.",
        [
            (RP, {"year_reviewed": 2023, "plans_period": 2024}),
            (CM, {"place": "Ashgabat", "date": "2024-02-02", "status": "held"}),
        ],
    ),
    (
        "en-akipress-fifteen-2024", date(2024, 3, 22),
        "BISHKEK (AKIpress) - A scientific-practical conference marking fifteen years since the "
        "Central Asian nuclear-weapon-free zone treaty came into force was held at the "
        "Diplomatic Academy of the Kyrgyz Foreign Ministry on March 21. Students, lecturers and "
        "diplomats took part.",
        [
            (EV, {"status": "held", "date": "2024-03-21"}),
            (AN, {"ordinal": 15, "of": "entry_into_force"}),
        ],
    ),
    (
        "en-astanatimes-steppe-2026", date(2026, 8, 28),
        "An exhibition titled “Steppe Without the Bomb” will open at the National Museum in "
        "Astana on Aug. 29, the day the Semipalatinsk test site was closed in 1991. The Kazakh "
        "Foreign Ministry, which is organising the display, said it would also mark twenty years "
        "since the signing of the Semipalatinsk Treaty.",
        [
            (EV, {"status": "planned", "organisers": ["KZ"], "date": "2026-08-29",
                  "title": "Steppe Without the Bomb"}),
            (AN, {"ordinal": 20, "of": "signature"}),
        ],
    ),
    (
        "en-unrcca-mou-2025", date(2025, 11, 12),
        "UNRCCA and the States Parties to the Treaty on a Nuclear-Weapon-Free Zone in Central "
        "Asia have agreed to formalise their cooperation in a memorandum of understanding. The "
        "text is expected to be signed early next year, the Centre said in a statement.",
        [(ME, {"parties": ["CANWFZ", "UNRCCA"], "status": "planned"})],
    ),
    (
        "en-opanal-afcone-mou-2025", date(2025, 9, 18),
        "OPANAL's Secretary-General and the AFCONE Executive Secretary signed a memorandum of "
        "understanding between the two agencies in Vienna on 16 September 2025, on the margins "
        "of the IAEA General Conference.",
        [
            (ME, {"regime": "tlatelolco", "parties": ["OPANAL", "AFCONE"], "status": "signed",
                  "date": "2025-09-16"}),
            # (added after the first pass, by the corpus convention that a memorandum signed on
            # a forum's margins is work at that forum: tests/intake/corpus/ru-04)
            (FO, {"regime": "tlatelolco", "forum": "iaea-gc"}),
        ],
    ),
    (
        "en-kpl-seanwfz-excom-2024", date(2024, 7, 25),
        "VIENTIANE, July 24 — The Executive Committee of the SEANWFZ Commission convened here on "
        "Wednesday and reviewed progress under the Plan of Action for 2023-2027. The meeting also "
        "agreed to continue engaging the nuclear-weapon states on their signing of the Protocol.",
        [
            (CM, {"regime": "bangkok", "place": "Vientiane", "date": "2024-07-24",
                  "status": "held"}),
            (RP, {"regime": "bangkok"}),
        ],
    ),
    (
        "en-afcone-workshop-2025", date(2025, 10, 1),
        "AFCONE will host a regional workshop on the Pelindaba Treaty for African regulators in "
        "Accra on 3-5 November 2025, its secretariat announced.",
        [(EV, {"regime": "pelindaba", "status": "planned", "date": "2025-11-03"})],
    ),
    (
        "en-rnz-forty-years-2025", date(2025, 8, 8),
        "Forty years ago this week, eight Pacific nations signed the South Pacific Nuclear Free "
        "Zone Treaty at Rarotonga.",
        [(AN, {"regime": "rarotonga", "ordinal": 40, "of": "signature", "place": "Rarotonga"})],
    ),
    (
        "en-montsame-32nd-2024", date(2024, 9, 26),
        "Mongolia marked the 32nd anniversary of the declaration of its nuclear-weapon-free "
        "status with a roundtable at the Ministry of Foreign Affairs in Ulaanbaatar on 25 "
        "September.",
        [
            (AN, {"regime": "mongolia-nwfs", "ordinal": 32}),
            (EV, {"regime": "mongolia-nwfs", "status": "held", "date": "2024-09-25"}),
        ],
    ),
    (
        "en-kunuz-summer-school-2025", date(2025, 6, 10),
        "Uzbekistan's Foreign Ministry and UNODA are teaming up for a summer school on nuclear "
        "non-proliferation in Samarkand next month. One of its modules will be devoted to the "
        "Central Asian nuclear-weapon-free zone, the ministry said.",
        [(EV, {"status": "planned", "organisers": ["UZ"]})],
    ),
    (
        "en-reuters-video-link-2021", date(2021, 1, 29),
        "NUR-SULTAN, Jan 29 (Reuters) - Kazakhstan on Friday took the rotating chair of the "
        "Central Asian nuclear-weapon-free zone from Uzbekistan, a foreign ministry spokesman "
        "said, adding that the five signatories had met by video link.",
        [
            (CT, {"from": "UZ", "to": "KZ"}),
            (CM, {"format": "videoconference", "status": "held"}),
        ],
    ),
    (
        "en-brief-seanwfz-mou-2026", date(2026, 3, 10),
        "A memorandum of cooperation between the Central Asian zone and its Southeast Asian "
        "counterpart has been in the works since 2024. Officials in Astana now say it could be "
        "signed before the summer.",
        [(ME, {"parties": ["CANWFZ", "ASEAN"], "status": "planned"})],
    ),
    (
        "en-unnews-online-2022", date(2022, 2, 1),
        "The States Parties to the Semipalatinsk Treaty gathered online on 28 January under "
        "Kyrgyzstan's new chairmanship. They heard Kazakhstan's report on what was accomplished "
        "in 2021 and agreed on a road map for the year ahead.",
        [
            (CM, {"format": "videoconference", "date": "2022-01-28", "chair": "KG",
                  "status": "held"}),
            (CT, {"to": "KG"}),
            (RP, {"year_reviewed": 2021, "plans_period": 2022}),
        ],
    ),
    (
        "en-afp-unga-2024", date(2024, 12, 3),
        "The UN General Assembly adopted without a vote on Monday a resolution on the Treaty on a "
        "Nuclear-Weapon-Free Zone in Central Asia, which the five states of the region had put "
        "forward jointly, diplomats said.",
        [(FO, {"forum": "unga"})],
    ),
    (
        "en-astanatimes-semey-forum-2026", date(2026, 2, 20),
        "Young people from all five Central Asian countries will gather in Semey on 29 August for "
        "a forum on the legacy of nuclear testing and the region's nuclear-weapon-free zone. The "
        "forum is being organised by the foreign ministries of the five parties to the treaty.",
        [(EV, {"status": "planned", "organisers": ["ministries_of_foreign_affairs"],
               "date": "2026-08-29"})],
    ),
    (
        "en-mfa-kg-prepcom-2025", date(2025, 5, 3),
        "The Kyrgyz Republic, on behalf of the States Parties to the CANWFZ Treaty, delivered a "
        "statement at the third session of the Preparatory Committee for the 2026 NPT Review "
        "Conference. The five states plan to present a joint working paper to the Review "
        "Conference itself next year and to hold a side event there.",
        [
            (FO, {"forum": "npt-prepcom"}),
            (FO, {"forum": "npt-revcon"}),
            (EV, {"status": "planned", "year": 2026}),
        ],
    ),
    (
        "en-montsame-mongolia-mou-2026", date(2026, 6, 11),
        "Mongolia and the five Central Asian states party to the Semipalatinsk Treaty have signed "
        "a memorandum on cooperation between the two nuclear-weapon-free regimes. The signing "
        "took place in Ulaanbaatar on 10 June 2026, according to Montsame.",
        [(ME, {"parties": ["CANWFZ", "MN"], "status": "signed", "date": "2026-06-10"})],
    ),
]  # fmt: skip

DISTRACTORS_17: list[tuple[str, date, str]] = [
    ("en-akipress-cis-2025", date(2025, 10, 10),
     "BISHKEK (AKIpress) - Turkmenistan will chair the CIS in 2026, taking over from Tajikistan, "
     "the CIS Executive Committee said. The heads of government approved a plan of key events "
     "for the chairmanship year, including a conference on regional security."),
    ("en-trend-csto-review-2025", date(2025, 7, 3),
     "The CSTO Collective Rapid Reaction Force will hold exercises in Kyrgyzstan in September. "
     "The organisation's Secretary-General reviewed the results of the first half of 2025 at a "
     "briefing in Moscow."),
    ("en-xinhua-sco-unodc-mou-2025", date(2025, 9, 3),
     "TIANJIN, Sept. 2 (Xinhua) -- The SCO Secretariat and the UN Office on Drugs and Crime "
     "signed a memorandum of understanding on Tuesday, pledging to step up cooperation against "
     "drug trafficking."),
    ("en-ap-iaea-gc-national-2025", date(2025, 9, 16),
     "VIENNA (AP) — The IAEA's General Conference opened its 69th session on Monday. "
     "Kazakhstan's delegate, speaking in a national capacity, described the low-enriched "
     "uranium bank in Oskemen and recalled the Central Asian nuclear-weapon-free zone."),
    ("en-reuters-un-usg-2025", date(2025, 4, 9),
     "\"A nuclear-weapon-free zone is only as strong as the trust behind it,\" the UN "
     "Under-Secretary-General for Disarmament Affairs told reporters in Geneva on Tuesday, "
     "praising Central Asia's record since its treaty entered into force in 2009."),
    ("en-kazinform-test-site-2026", date(2026, 8, 20),
     "Kazakhstan will mark the 35th anniversary of the closure of the Semipalatinsk nuclear test "
     "site on 29 August with a memorial ceremony in Semey, the Ministry of Foreign Affairs said. "
     "The test site's closure paved the way for the Central Asian nuclear-weapon-free zone."),
    ("en-state-c5plus1-2025", date(2025, 9, 25),
     "The C5+1 foreign ministers met on the margins of the UN General Assembly in New York and "
     "adopted a joint statement on critical minerals and counter-terrorism. The statement also "
     "welcomed the Central Asian states' commitment to their nuclear-weapon-free zone."),
    ("en-oped-csto-2025", date(2025, 6, 2),
     "In an op-ed, a former Kyrgyz diplomat argued that the Central Asian nuclear-weapon-free "
     "zone has done more for regional trust than the CSTO, which marks its 30th anniversary "
     "next year."),
]  # fmt: skip

# batch 18 (session 5, en5): written and labelled after batch 17's widening, before any run
BATCH_18: list[tuple[str, date, str, list[tuple[str, dict]]]] = [
    (
        "en-eurasianet-driver-2027", date(2027, 1, 30),
        "Kyrgyzstan is now in the driver's seat of the Central Asian nuclear-weapon-free zone. "
        "Kazakhstan, which steered the treaty through its twentieth anniversary year, handed "
        "over the chairmanship at a meeting in Bishkek on Thursday. Delegates signed off on the "
        "2026 report and a work plan for 2027.",
        [
            (CT, {"from": "KZ", "to": "KG"}),
            (CM, {"place": "Bishkek", "date": "2027-01-28", "status": "held"}),
            (RP, {"year_reviewed": 2026, "plans_period": 2027}),
            # (added after the first pass, which proposed it: batch 16 labels the same phrase,
            # 'the treaty's twentieth anniversary year', so leaving it out was a labelling slip)
            (AN, {"ordinal": 20, "anniversary_year": 2026}),
        ],
    ),
    (
        "en-unnews-first-committee-2026", date(2026, 11, 5),
        "Member States in the First Committee on Wednesday approved, without a vote, the draft "
        "resolution on the Treaty on a Nuclear-Weapon-Free Zone in Central Asia. Introducing "
        "the text on behalf of the five parties, the representative of Kyrgyzstan said the zone "
        "had marked its twentieth anniversary this year.",
        [
            (FO, {"forum": "unga-first-committee"}),
            (AN, {"ordinal": 20, "anniversary_year": 2026}),
        ],
    ),
    (
        "en-reuters-one-voice-2025", date(2025, 9, 20),
        "VIENNA, Sept 19 (Reuters) - The five Central Asian states said on Friday they would "
        "speak with one voice at next year's NPT Review Conference, in a joint statement "
        "delivered at the IAEA General Conference on behalf of the parties to their "
        "nuclear-weapon-free zone treaty.",
        [(FO, {"forum": "npt-revcon"}), (FO, {"forum": "iaea-gc"})],
    ),
    (
        "en-diplomat-vienna-regulars-2026", date(2026, 7, 1),
        "Beyond New York, the Central Asian nuclear-weapon-free zone's parties have also become "
        "regulars in Vienna. Twice a year they deliver joint statements to the CTBTO "
        "Preparatory Commission, most recently in June 2026, the Kazakh mission noted.",
        [(FO, {"forum": "ctbto"})],
    ),
    (
        "en-kabar-at-19-2025", date(2025, 9, 9),
        "A conference titled “The Semipalatinsk Treaty at 19: Lessons for Regional Security” "
        "took place at the Kyrgyz Foreign Ministry on 8 September. It was organised jointly with "
        "the OSCE Programme Office in Bishkek.",
        [(EV, {"status": "held", "date": "2025-09-08",
               "title": "The Semipalatinsk Treaty at 19: Lessons for Regional Security"})],
    ),
    (
        "en-tca-online-seminar-2025", date(2025, 3, 15),
        "Tajikistan's Foreign Ministry plans to hold an online seminar for students on the "
        "Central Asian nuclear-weapon-free zone on March 21, the sixteenth anniversary of the "
        "treaty's entry into force.",
        [
            (EV, {"status": "planned", "organisers": ["TJ"], "date": "2025-03-21"}),
            (AN, {"ordinal": 16, "of": "entry_into_force"}),
        ],
    ),
    (
        "en-trend-outcomes-2023", date(2023, 1, 28),
        "The outcomes of the Kyrgyz chairmanship in 2022 were discussed at the meeting, and a "
        "plan of joint actions for 2023 was adopted, the Tajik Foreign Ministry reported. The "
        "meeting of the CANWFZ States Parties was held in Bishkek on 27 January.",
        [
            (RP, {"year_reviewed": 2022, "plans_period": 2023}),
            (CM, {"place": "Bishkek", "date": "2023-01-27", "status": "held"}),
        ],
    ),
    (
        "en-xinhua-finalising-2025", date(2025, 5, 2),
        "The Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean "
        "and the Central Asian zone's parties are finalising a memorandum of understanding, "
        "OPANAL's Secretary-General told Xinhua on Thursday.",
        [(ME, {"parties": ["CANWFZ", "OPANAL"], "status": "planned"})],
    ),
    (
        "en-afp-mongolia-unga-2026", date(2026, 9, 25),
        "Mongolia's foreign minister told the UN General Assembly on Thursday that the country's "
        "nuclear-weapon-free status, declared in 1992, remained a cornerstone of its foreign "
        "policy.",
        [(FO, {"regime": "mongolia-nwfs", "forum": "unga"})],
    ),
    (
        "en-sabc-pelindaba-thirty-2026", date(2026, 7, 16),
        "Thirty years after it was opened for signature in Cairo, the Pelindaba Treaty was "
        "celebrated at an AFCONE event in Pretoria on 15 July.",
        [
            (AN, {"regime": "pelindaba", "ordinal": 30, "of": "signature", "place": "Cairo"}),
            (EV, {"regime": "pelindaba", "status": "held", "date": "2026-07-15"}),
        ],
    ),
    (
        "en-pna-seanwfz-manila-2026", date(2026, 7, 1),
        "The SEANWFZ Commission will meet in Manila on 8 July 2026 ahead of the ASEAN foreign "
        "ministers' meeting. It is expected to adopt a new Plan of Action for 2028-2032.",
        [(CM, {"regime": "bangkok", "place": "Manila", "date": "2026-07-08",
               "status": "planned"})],
    ),
    (
        "en-opanal-29th-planned-2025", date(2025, 10, 1),
        "OPANAL's General Conference will hold its 29th regular session in Mexico City on 13-14 "
        "November 2025.",
        [(CM, {"regime": "tlatelolco", "place": "Mexico City", "date": "2025-11-13",
               "status": "planned"})],
    ),
    (
        "en-kazinform-nuclear-free-future-2026", date(2026, 8, 30),
        "Over two hundred students from the five Central Asian countries took part in a youth "
        "forum “Nuclear-Free Future” in Semey on 29 August. The event, timed to the twentieth "
        "anniversary of the Semipalatinsk Treaty, was organised by the foreign ministries of the "
        "five parties.",
        [
            (EV, {"status": "held", "organisers": ["ministries_of_foreign_affairs"],
                  "date": "2026-08-29", "title": "Nuclear-Free Future"}),
            (AN, {"ordinal": 20}),
        ],
    ),
    (
        "en-diplomat-good-reviews-2026", date(2026, 2, 10),
        "When the five parties to the Semipalatinsk Treaty met in Astana last month, they gave "
        "Uzbekistan's 2025 chairmanship good reviews and approved an ambitious calendar for the "
        "anniversary year. Kazakhstan now holds the chair.",
        [
            (RP, {"year_reviewed": 2025}),
            (CT, {"to": "KZ"}),
            (CM, {"place": "Astana", "status": "held"}),
        ],
    ),
    (
        "en-unrcca-photo-2026", date(2026, 3, 10),
        "UNRCCA and the Turkmen Foreign Ministry will open a photo exhibition on the history of "
        "the Central Asian nuclear-weapon-free zone in Ashgabat on 21 March 2026.",
        [(EV, {"status": "planned", "organisers": ["TM"], "date": "2026-03-21"})],
    ),
    (
        "en-akipress-afcone-signed-2026", date(2026, 4, 12),
        "The CANWFZ and AFCONE formalised their partnership on Saturday: a memorandum of "
        "understanding was signed in Addis Ababa by Kazakhstan's ambassador on behalf of the "
        "zone and the AFCONE Executive Secretary.",
        [(ME, {"parties": ["CANWFZ", "AFCONE"], "status": "signed", "date": "2026-04-11"})],
    ),
    (
        "en-mfa-three-fora-2024", date(2024, 12, 20),
        "In 2024 the States Parties to the CANWFZ Treaty coordinated their approaches at the "
        "second session of the Preparatory Committee for the 2026 NPT Review Conference in "
        "Geneva, at the 68th IAEA General Conference and at the 79th session of the UN General "
        "Assembly, where their resolution on the zone was adopted.",
        [
            (FO, {"forum": "npt-prepcom"}),
            (FO, {"forum": "iaea-gc"}),
            (FO, {"forum": "unga"}),
        ],
    ),
    (
        "en-astanatimes-gala-2026", date(2026, 8, 20),
        "A gala concert marking the twentieth anniversary of the Semipalatinsk Treaty will be "
        "staged at the Astana Opera on 8 September 2026, the Kazakh Foreign Ministry announced.",
        [
            (EV, {"status": "planned", "date": "2026-09-08"}),
            (AN, {"ordinal": 20}),
        ],
    ),
]  # fmt: skip

DISTRACTORS_18: list[tuple[str, date, str]] = [
    ("en-dailysabah-ots-gabala-2026", date(2026, 9, 1),
     "The Organization of Turkic States will hold its 12th summit in Gabala in October, where "
     "Azerbaijan will hand over the chairmanship. Foreign ministers reviewed preparations and "
     "approved the summit agenda."),
    ("en-akipress-sco-helm-2025", date(2025, 9, 2),
     "Kyrgyzstan took over the SCO presidency from China at the Tianjin summit and presented a "
     "plan of more than 100 events for its year at the helm."),
    ("en-tass-csto-thirty-2022", date(2022, 5, 16),
     "The CSTO marked the 30th anniversary of the Collective Security Treaty with a conference "
     "in Moscow on 15 May 2022."),
    ("en-iaea-gc-closing-2025", date(2025, 9, 20),
     "The IAEA General Conference adopted resolutions on safeguards and nuclear security on "
     "Friday, closing its 69th session in Vienna. Kazakhstan's delegation recalled that Central "
     "Asia has been a nuclear-weapon-free zone since 2009."),
    ("en-unrcca-head-2025", date(2025, 6, 3),
     "The head of UNRCCA said on Tuesday that the Centre would continue to support the Central "
     "Asian states, recalling that the UN General Assembly had welcomed the establishment of "
     "their nuclear-weapon-free zone."),
    ("en-kazinform-decree-2025", date(2025, 8, 29),
     "Thirty-four years ago today, Kazakhstan's President signed the decree closing the "
     "Semipalatinsk test site, paving the way for the Central Asian nuclear-weapon-free zone."),
    ("en-mofa-japan-ca-2025", date(2025, 12, 20),
     "The foreign ministers of the Central Asia + Japan dialogue adopted a joint statement in "
     "Tokyo supporting the Central Asian nuclear-weapon-free zone."),
]  # fmt: skip

# batch 19 (session 5, en5): a short batch written and labelled after batch 18's widening,
# before any run
BATCH_19: list[tuple[str, date, str, list[tuple[str, dict]]]] = [
    (
        "en-tca-played-host-2020", date(2020, 1, 31),
        "Nur-Sultan played host to the CANWFZ parties on January 30. Over the course of the "
        "meeting, the delegations took stock of 2019 and charted their course for 2020.",
        [
            (CM, {"place": "Astana", "date": "2020-01-30", "status": "held"}),
            (RP, {"year_reviewed": 2019, "plans_period": 2020}),
        ],
    ),
    (
        "en-ap-tpnw-revcon-2025", date(2025, 11, 18),
        "NEW YORK (AP) — The five states of the Central Asian nuclear-weapon-free zone plan a "
        "joint statement at the first Review Conference of the Treaty on the Prohibition of "
        "Nuclear Weapons late next year, a Kazakh diplomat said Tuesday.",
        [(FO, {"forum": "tpnw-revcon"})],
    ),
    (
        "en-unnews-tests-day-2025", date(2025, 8, 30),
        "To mark the International Day against Nuclear Tests, the Permanent Mission of "
        "Kazakhstan hosted a discussion on the Central Asian nuclear-weapon-free zone at UN "
        "Headquarters on 29 August.",
        [(EV, {"status": "held", "organisers": ["KZ"], "date": "2025-08-29"})],
    ),
    (
        "en-antara-afcone-asean-2026", date(2026, 3, 3),
        "AFCONE and the ASEAN Secretariat signed a memorandum on cooperation between the African "
        "and Southeast Asian nuclear-weapon-free zones in Jakarta on 2 March 2026.",
        [(ME, {"regime": "pelindaba", "parties": ["AFCONE", "ASEAN"], "status": "signed",
               "date": "2026-03-02"})],
    ),
    (
        "en-kazinform-priority-areas-2026", date(2026, 1, 30),
        "Priority areas for 2026, including the twentieth anniversary events, were agreed by the "
        "parties to the Semipalatinsk Treaty at their consultative meeting in Astana on 29 "
        "January.",
        [
            (RP, {"plans_period": 2026}),
            (CM, {"place": "Astana", "date": "2026-01-29", "status": "held"}),
            # (added after the first pass, which proposed it: 'the twentieth anniversary events'
            # of the Semipalatinsk Treaty's parties state the treaty's 20th, as in batches 16, 18)
            (AN, {"ordinal": 20, "anniversary_year": 2026}),
        ],
    ),
    (
        "en-trend-assumed-2024", date(2024, 2, 3),
        "The chairmanship of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia has been "
        "assumed by Turkmenistan for 2024, Trend reports. Tajikistan held the post in 2023.",
        [(CT, {"from": "TJ", "to": "TM", "year": 2024})],
    ),
    (
        "en-diplomat-next-on-calendar-2026", date(2026, 6, 15),
        "The Central Asian nuclear-weapon-free zone's anniversary year is far from over. Next on "
        "the calendar is a roundtable in Dushanbe in October on the zone's future, which "
        "Tajikistan's Foreign Ministry will host together with the OSCE.",
        [(EV, {"status": "planned", "organisers": ["TJ"]})],
    ),
]  # fmt: skip

DISTRACTORS_19: list[tuple[str, date, str]] = [
    ("en-trend-csto-dushanbe-2025", date(2025, 6, 5),
     "The CSTO Secretary-General said the organisation would hold a conference on regional "
     "security in Dushanbe in October, and reviewed the results of Kazakhstan's chairmanship of "
     "the CSTO in 2024."),
    ("en-uza-cis-cfm-2025", date(2025, 12, 20),
     "Uzbekistan assumed the chairmanship of the CIS Council of Foreign Ministers for 2026 and "
     "outlined its priorities for the year."),
    ("en-reuters-fuel-2025", date(2025, 4, 2),
     "A UN disarmament official said Central Asian states were expected to meet later this year "
     "to discuss a common position on nuclear fuel supply."),
]  # fmt: skip

# the labels left for later, each failing (strict): (item, label index) -> what no family reads
KNOWN_MISSES: dict[tuple[str, int], str] = {
    ("en-ap-opanal-mou-2026", 0): "OPANAL named only in the next sentence ('signed by OPANAL's "
    "secretary-general'), the first calling it 'Latin America's nuclear-weapon-free zone "
    "agency'; the day only as a weekday",
    ("en-reuters-ashgabat-2024", 2): "the parties' meeting only as 'hosted the talks' after the "
    "review (no meeting word)",
    ("en-unoda-opanal-course-2025", 0): "'held a joint course on the Treaty of Tlatelolco': a "
    "bare 'course' is no event noun yet",
    ("en-montsame-mongolia-2025", 1): "the status told again only as 'the status' in the next "
    "sentence ('an international conference on the status')",
    ("en-akipress-dushanbe-chair-2023", 0): "the passive 'was handed to Tajikistan for 2023' with "
    "the giver only as 'Kyrgyzstan had chaired the treaty throughout 2022' next",
    ("en-akipress-dushanbe-chair-2023", 1): "the meeting as 'a meeting of the five parties held in "
    "the Kyrgyz capital on Friday' (no 'States Parties to the Treaty')",
    # batch 17
    ("en-unnews-online-2022", 1): "the taker only as the owner of 'under Kyrgyzstan's new "
    "chairmanship' (no verb of taking)",
    ("en-mfa-kg-prepcom-2025", 2): "'to hold a side event there': the event's sentence names "
    "neither the zone nor its treaty, only 'The five states' and the forum by 'there'",
    # batch 18
    ("en-eurasianet-driver-2027", 0): "the taker only in the sentence before, as 'is now in the "
    "driver's seat of' the zone; 'handed over the chairmanship' names no recipient",
    ("en-eurasianet-driver-2027", 1): "the parties' meeting only as 'at a meeting in Bishkek' in "
    "the handover's sentence (no parties or treaty named there)",
    # batch 19
    ("en-unnews-tests-day-2025", 0): "a discussion on the zone held 'To mark the International "
    "Day against Nuclear Tests': read as dedicated to another thing than the treaty",
}
# the items still giving a record beyond their labels (strict): item -> why
KNOWN_FALSE: dict[str, str] = {}

ITEMS = BATCH_16 + BATCH_17 + BATCH_18 + BATCH_19
DISTRACTORS = DISTRACTORS_16 + DISTRACTORS_17 + DISTRACTORS_18 + DISTRACTORS_19


LABEL_CASES = list(label_params(ITEMS, KNOWN_MISSES))


@pytest.mark.parametrize(("text", "record_type", "expected", "published"), LABEL_CASES)
def test_an_item_gives_each_labelled_record(text, record_type, expected, published):
    result = extract(text, published=published)
    assert matching(text, record_type, expected, published), [p.to_json() for p in result.proposals]


ITEM_CASES = list(item_params(ITEMS, KNOWN_FALSE))


@pytest.mark.parametrize(("text", "published", "labels"), ITEM_CASES)
def test_an_item_gives_no_record_beyond_its_labels(text, published, labels):
    assert false_records(text, published, labels) == []


@pytest.mark.parametrize(("name", "published", "text"), DISTRACTORS,
                         ids=[d[0] for d in DISTRACTORS])  # fmt: skip
def test_a_distractor_gives_no_record(name, published, text):
    result = extract(text, published=published)
    assert result.language == "en"
    assert [p.to_json() for p in result.proposals] == []


def test_the_known_misses_name_labelled_records():
    names = {name: labels for name, _, _, labels in ITEMS}
    for name, i in KNOWN_MISSES:
        assert name in names and i < len(names[name]), (name, i)
    assert set(KNOWN_FALSE) <= set(names)
