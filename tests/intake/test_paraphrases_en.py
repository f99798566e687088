"""Made-up English paraphrases of each record type, in the styles of the five foreign
ministries, the region's news agencies, UN News and the other zones' treaty bodies, with the
records they should give; and distractors (other bodies' chairmanships, the heads of state's
Consultative Meeting, C5+1, another treaty's anniversary, a national statement, IAEA routine,
the test site's closure) that should give nothing of their group's types. Written before the
rules were widened for them: the share that passed first is in docs/intake.md ("English
paraphrase suite")."""

from __future__ import annotations

from datetime import date

import pytest

from nwfz.intake.extract import extract

from .paraphrase_cases import AN, CM, CT, EV, FO, GROUPS, ME, RC, RP, P, case_ids, matching

# (type, text, expected fields (with "regime" when not canwfz), publication day)
POSITIVES: list[tuple[str, str, dict, date]] = [
    # consultative_meeting
    (CM, "On 30 January 2026, Tashkent hosted the annual consultative meeting of the States "
     "Parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia.",
     {"kind": "annual", "date": "2026-01-30", "place": "Tashkent", "status": "held"}, P),
    (CM, "The regular consultative meeting of the parties to the CANWFZ Treaty was held in "
     "Dushanbe on January 30, 2026.", {"date": "2026-01-30", "place": "Dushanbe", "status": "held"},
     P),
    (CM, "Representatives of the five Central Asian states gathered in the Uzbek capital on "
     "Jan. 30 for a consultative meeting under the Semipalatinsk Treaty.",
     {"date": "2026-01-30", "place": "Tashkent", "status": "held"}, P),
    (CM, "An extraordinary consultative meeting of the Central Asian NWFZ parties took place in "
     "Astana, chaired by Kazakhstan.",
     {"kind": "extraordinary", "place": "Astana", "chair": "KZ", "status": "held"}, P),
    (CM, "The next consultative meeting of the States Parties to the CANWFZ Treaty is scheduled "
     "to take place in Bishkek in 2027.", {"place": "Bishkek", "status": "planned"}, P),
    (CM, "A consultative meeting of the parties to the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central Asia was convened by videoconference on 30.01.2026.",
     {"format": "videoconference", "date": "2026-01-30", "status": "held"}, P),
    (CM, "Ashgabat will host the annual consultative meeting of the States Parties to the "
     "Semipalatinsk Treaty on 5 February 2026.",
     {"kind": "annual", "place": "Ashgabat", "date": "2026-02-05", "status": "planned"}, P),
    (CM, "It was noted that the consultative meeting of the CANWFZ parties, held in Tashkent on "
     "30 January, was chaired by Uzbekistan.",
     {"place": "Tashkent", "chair": "UZ", "date": "2026-01-30", "status": "held"}, P),
    (CM, "Deputy foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
     "Uzbekistan took part in the annual consultative meeting of the parties to the Central "
     "Asian nuclear-weapon-free zone treaty.", {"kind": "annual", "status": "held"}, P),
    (CM, "The Ministry of Foreign Affairs of Turkmenistan organised a consultative meeting of the "
     "States Parties to the CANWFZ Treaty in Ashgabat on 12 March 2025.",
     {"date": "2025-03-12", "place": "Ashgabat", "status": "held"}, P),
    (CM, "DUSHANBE, 15 April 2025 - The capital of Tajikistan hosted a consultative meeting of "
     "the parties to the Semipalatinsk Treaty.",
     {"date": "2025-04-15", "place": "Dushanbe", "status": "held"}, P),
    (CM, "The annual consultative meeting under the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central Asia, chaired by Kyrgyzstan, was held by videoconference.",
     {"kind": "annual", "chair": "KG", "format": "videoconference", "status": "held"}, P),
    (CM, "Kyrgyzstan will convene the next consultative meeting of the CANWFZ States Parties in "
     "Bishkek in early 2027.", {"place": "Bishkek", "status": "planned"}, P),
    (CM, "The General Conference of OPANAL held its regular session on 14 November 2025.",
     {"regime": "tlatelolco", "date": "2025-11-14", "status": "held"}, P),
    (CM, "The SEANWFZ Commission met on 8 July 2025 on the sidelines of the ASEAN Foreign "
     "Ministers' Meeting.", {"regime": "bangkok", "date": "2025-07-08", "status": "held"}, P),
    # chair_transfer
    (CT, "Uzbekistan handed over the chairmanship of the CANWFZ Treaty to Kazakhstan for 2026.",
     {"from": "UZ", "to": "KZ", "year": 2026}, P),
    (CT, "The chairmanship of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia passed "
     "from Uzbekistan to Kazakhstan on 1 January 2026.",
     {"from": "UZ", "to": "KZ", "effective": "2026-01-01"}, P),
    (CT, "Kazakhstan assumed the chairmanship of the Semipalatinsk Treaty from Uzbekistan.",
     {"from": "UZ", "to": "KZ"}, P),
    (CT, "The handover of the chairmanship of the Central Asian NWFZ from Turkmenistan to "
     "Uzbekistan took place at the meeting in Tashkent.", {"from": "TM", "to": "UZ"}, P),
    (CT, "Kazakhstan took over as chair of the CANWFZ for 2026, succeeding Uzbekistan.",
     {"from": "UZ", "to": "KZ", "year": 2026}, P),
    (CT, "The chairmanship was transferred to Kazakhstan by Uzbekistan at the consultative "
     "meeting of the parties to the CANWFZ Treaty.", {"from": "UZ", "to": "KZ"}, P),
    (CT, "Tajikistan will chair the Treaty on a Nuclear-Weapon-Free Zone in Central Asia in "
     "2023, taking over from Kyrgyzstan.", {"from": "KG", "to": "TJ", "year": 2023}, P),
    (CT, "As of January 1, 2025, Uzbekistan chairs the Semipalatinsk Treaty.",
     {"to": "UZ", "effective": "2025-01-01"}, P),
    (CT, "The Kyrgyz side passed the baton of the chairmanship of the CANWFZ Treaty to "
     "Tajikistan.", {"from": "KG", "to": "TJ"}, P),
    (CT, "Kazakhstan's chairmanship of the Central Asian nuclear-weapon-free zone treaty began "
     "in 2026, after Uzbekistan completed its term.", {"from": "UZ", "to": "KZ", "year": 2026}, P),
    (CT, "At the ceremony, the chairmanship of the CANWFZ Treaty was formally handed over from "
     "Tajikistan to Turkmenistan.", {"from": "TJ", "to": "TM"}, P),
    (CT, "Uzbekistan, which chaired the Treaty on a Nuclear-Weapon-Free Zone in Central Asia in "
     "2025, passed the chairmanship to Kazakhstan.", {"from": "UZ", "to": "KZ"}, P),
    (CT, "Turkmenistan became the chair of the Semipalatinsk Treaty for 2024.",
     {"to": "TM", "year": 2024}, P),
    # review_and_plans
    (RP, "The parties reviewed the implementation of the CANWFZ Treaty in 2025 and agreed on "
     "plans for 2026.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The results of joint work under the Semipalatinsk Treaty in 2024 were summed up, and "
     "a work plan for 2025 was approved.", {"year_reviewed": 2024, "plans_period": 2025}, P),
    (RP, "The States Parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia took "
     "stock of the past year and outlined plans for the current year.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "It was noted that the 2025 action plan of the CANWFZ parties had been fully "
     "implemented; a plan for 2026 was adopted.", {"year_reviewed": 2025, "plans_period": 2026},
     P),
    (RP, "The diplomats discussed the outcomes of Uzbekistan's chairmanship of the Central Asian "
     "NWFZ in 2025.", {"year_reviewed": 2025}, P),
    (RP, "A plan of joint activities of the CANWFZ States Parties for 2026 was agreed.",
     {"plans_period": 2026}, P),
    (RP, "The meeting summed up the results of cooperation under the Semipalatinsk Treaty for "
     "2025 and identified priorities for 2026.", {"year_reviewed": 2025, "plans_period": 2026},
     P),
    (RP, "The parties to the CANWFZ Treaty approved a road map for 2026.",
     {"plans_period": 2026}, P),
    (RP, "Participants assessed the work done within the framework of the Treaty on a "
     "Nuclear-Weapon-Free Zone in Central Asia during 2025.", {"year_reviewed": 2025}, P),
    (RP, "The 2025 results and the 2026 work plan of the CANWFZ were considered at the "
     "consultative meeting in Tashkent.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "Plans for 2027 under the Central Asian nuclear-weapon-free zone treaty were discussed.",
     {"plans_period": 2027}, P),
    (RP, "Reviewing the year 2024, the parties to the Semipalatinsk Treaty noted progress and "
     "endorsed the programme of events for 2025.", {"year_reviewed": 2024, "plans_period": 2025},
     P),
    # anniversary
    (AN, "2026 marks the 20th anniversary of the signing of the Treaty on a "
     "Nuclear-Weapon-Free Zone in Central Asia.",
     {"ordinal": 20, "of": "signature", "year": 2006, "anniversary_year": 2026}, P),
    (AN, "September 8, 2026 marks twenty years since the CANWFZ Treaty was signed in "
     "Semipalatinsk.", {"ordinal": 20, "of": "signature", "anniversary_year": 2026}, P),
    (AN, "This year the Semipalatinsk Treaty celebrates its 20th anniversary.",
     {"ordinal": 20, "anniversary_year": 2026}, P),
    (AN, "The event was dedicated to the 20th anniversary of the signing of the CANWFZ Treaty.",
     {"ordinal": 20, "of": "signature"}, P),
    (AN, "In March 2024, the parties marked 15 years since the entry into force of the Treaty on "
     "a Nuclear-Weapon-Free Zone in Central Asia.",
     {"ordinal": 15, "of": "entry_into_force", "anniversary_year": 2024}, date(2024, 3, 25)),
    (AN, "Twenty years ago, on 8 September 2006, the CANWFZ Treaty was signed in Semipalatinsk.",
     {"ordinal": 20, "of": "signature", "year": 2006, "place": "Semipalatinsk"}, P),
    (AN, "The tenth anniversary of the entry into force of the Central Asian NWFZ Treaty was "
     "commemorated in Astana.", {"ordinal": 10, "of": "entry_into_force"}, date(2019, 3, 22)),
    (AN, "On the occasion of the Semipalatinsk Treaty's 20th anniversary, a conference will be "
     "held in Astana.", {"ordinal": 20}, P),
    (AN, "It was noted that 21 March 2026 will mark 17 years since the CANWFZ Treaty entered "
     "into force.", {"ordinal": 17, "of": "entry_into_force"}, P),
    (AN, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia, signed on 8 September 2006 "
     "in Semipalatinsk, turns 20 this year.",
     {"ordinal": 20, "of": "signature", "year": 2006, "place": "Semipalatinsk"}, P),
    (AN, "The 20th anniversary of the Central Asian nuclear-weapon-free zone will be celebrated "
     "in September 2026.", {"ordinal": 20, "anniversary_year": 2026}, P),
    (AN, "Kazakhstan marked the twentieth anniversary of the CANWFZ Treaty's signature.",
     {"ordinal": 20, "of": "signature"}, P),
    (AN, "2026 marks the 30th anniversary of the signing of the Pelindaba Treaty.",
     {"regime": "pelindaba", "ordinal": 30, "of": "signature"}, P),
    (AN, "The Treaty of Rarotonga entered into force 40 years ago, in December 1986.",
     {"regime": "rarotonga", "ordinal": 40, "of": "entry_into_force"}, P),
    # event
    (EV, "As part of the 20th anniversary of the CANWFZ Treaty, the Ministry of Foreign Affairs "
     "of Kazakhstan held an international conference \"Central Asia Free of Nuclear Weapons\" in "
     "Astana.", {"status": "held", "organisers": ["KZ"],
                 "title": "Central Asia Free of Nuclear Weapons"}, P),
    (EV, "A round table on the Treaty on a Nuclear-Weapon-Free Zone in Central Asia will be "
     "held in Tashkent on 10 March 2026.", {"status": "planned", "date": "2026-03-10"}, P),
    (EV, "The Kyrgyz Foreign Ministry organised a seminar for young diplomats on the "
     "Semipalatinsk Treaty.", {"status": "held", "organisers": ["KG"]}, P),
    (EV, "Throughout 2026, the foreign ministries of the region plan to hold commemorative "
     "events for the 20th anniversary of the CANWFZ Treaty.", {"status": "planned", "year": 2026},
     P),
    (EV, "An exhibition dedicated to the Central Asian NWFZ, organised by the Ministry of Foreign "
     "Affairs of Tajikistan, opened in Dushanbe.", {"status": "held", "organisers": ["TJ"]}, P),
    (EV, "Turkmenistan will host an international conference on the CANWFZ in Ashgabat in April.",
     {"status": "planned", "organisers": ["TM"]}, P),
    (EV, "The Embassy of Uzbekistan held a presentation on the 20th anniversary of the Treaty on "
     "a Nuclear-Weapon-Free Zone in Central Asia.", {"status": "held", "organisers": ["UZ"]}, P),
    (EV, "An essay competition for students on the Semipalatinsk Treaty was launched in Almaty.",
     {"status": "held"}, P),
    (EV, "A high-level side event marking the 20th anniversary of the CANWFZ will take place in "
     "New York on 25.09.2026 on the margins of the UN General Assembly.",
     {"status": "planned", "date": "2026-09-25"}, P),
    (EV, "A scientific conference on the CANWFZ Treaty was held; it was organised by the "
     "Ministry of Foreign Affairs of the Republic of Kazakhstan.",
     {"status": "held", "organisers": ["KZ"]}, P),
    (EV, "The international seminar \"Central Asia: A Zone of Peace\", dedicated to the "
     "anniversary of the Semipalatinsk Treaty, took place in Bishkek.",
     {"status": "held", "title": "Central Asia: A Zone of Peace"}, P),
    (EV, "Uzbekistan and Kazakhstan will jointly organise a series of lectures on the Treaty on a "
     "Nuclear-Weapon-Free Zone in Central Asia in 2026.", {"status": "planned", "year": 2026}, P),
    # added after batch 4 (meant for batch 1, missed there): Mongolia's status
    (EV, "Ulaanbaatar hosted an international conference on Mongolia's nuclear-weapon-free "
     "status on 3 October 2025.",
     {"regime": "mongolia-nwfs", "status": "held", "date": "2025-10-03"}, P),
    # memorandum
    (ME, "The States Parties to the CANWFZ Treaty and OPANAL signed a memorandum of "
     "understanding.", {"parties": ["CANWFZ", "OPANAL"], "status": "signed"}, P),
    (ME, "A memorandum of cooperation between the CANWFZ and AFCONE was signed in New York on "
     "May 7, 2026.", {"parties": ["CANWFZ", "AFCONE"], "date": "2026-05-07"}, date(2026, 5, 8)),
    (ME, "On 15.03.2025 a memorandum of understanding was signed between the parties to the "
     "Treaty on a Nuclear-Weapon-Free Zone in Central Asia and the UN Office for Disarmament "
     "Affairs.", {"parties": ["CANWFZ", "UNODA"], "date": "2025-03-15", "status": "signed"}, P),
    (ME, "The signing of a memorandum between the CANWFZ and OPANAL is expected.",
     {"parties": ["CANWFZ", "OPANAL"], "status": "planned"}, P),
    (ME, "The five Central Asian states inked a memorandum with UNRCCA on promoting the "
     "Semipalatinsk Treaty.", {"parties": ["CANWFZ", "UNRCCA"], "status": "signed"}, P),
    (ME, "A memorandum was signed between the Central Asian nuclear-weapon-free zone and the "
     "Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean.",
     {"parties": ["CANWFZ", "OPANAL"], "status": "signed"}, P),
    (ME, "The parties to the Semipalatinsk Treaty plan to sign a memorandum of cooperation with "
     "AFCONE.", {"parties": ["CANWFZ", "AFCONE"], "status": "planned"}, P),
    (ME, "The memorandum between the CANWFZ and UNODA, signed in Tashkent, provides for the "
     "exchange of experience.", {"parties": ["CANWFZ", "UNODA"], "status": "signed"}, P),
    (ME, "A cooperation agreement between the CANWFZ and OPANAL was signed by representatives of "
     "the two zones.", {"parties": ["CANWFZ", "OPANAL"], "status": "signed"}, P),
    (ME, "On the margins of the consultative meeting, the CANWFZ States Parties signed a "
     "memorandum of understanding with the African Commission on Nuclear Energy.",
     {"parties": ["CANWFZ", "AFCONE"], "status": "signed"}, P),
    (ME, "A memorandum between the CANWFZ and ASEAN is to be signed during the NPT Review "
     "Conference.", {"parties": ["CANWFZ", "ASEAN"], "status": "planned"}, P),
    (ME, "A memorandum was signed by the parties to the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central Asia and OPANAL on 5 May 2026.",
     {"parties": ["CANWFZ", "OPANAL"], "date": "2026-05-05", "status": "signed"}, date(2026, 5, 6)),
    # forum
    (FO, "The parties to the CANWFZ Treaty agreed to coordinate their positions at the 2026 NPT "
     "Review Conference.", {"forum": "npt-revcon"}, P),
    (FO, "The Central Asian states delivered a joint statement on the CANWFZ in the First "
     "Committee of the UN General Assembly.", {"forum": "unga-first-committee"}, P),
    (FO, "On behalf of the five States Parties to the Semipalatinsk Treaty, Turkmenistan spoke "
     "at the session of the Preparatory Committee for the NPT Review Conference.",
     {"forum": "npt-prepcom"}, P),
    (FO, "The UN General Assembly adopted the resolution \"Treaty on a Nuclear-Weapon-Free Zone "
     "in Central Asia\".", {"forum": "unga"}, P),
    (FO, "The parties to the CANWFZ Treaty made a joint statement at the IAEA General "
     "Conference.", {"forum": "iaea-gc"}, P),
    (FO, "A joint statement of the Central Asian NWFZ States Parties will be delivered at the "
     "Meeting of States Parties to the TPNW.", {"forum": "tpnw-msp"}, P),
    (FO, "The CANWFZ parties discussed cooperation with the CTBTO.", {"forum": "ctbto"}, P),
    (FO, "Kazakhstan presented the Treaty on a Nuclear-Weapon-Free Zone in Central Asia at the "
     "UNGA First Committee on behalf of the five states.", {"forum": "unga-first-committee"}, P),
    (FO, "The five states intend to hold a side event on the CANWFZ during the NPT Review "
     "Conference in New York.", {"forum": "npt-revcon"}, P),
    (FO, "The parties to the Semipalatinsk Treaty will coordinate their positions ahead of the "
     "2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear "
     "Weapons.", {"forum": "npt-revcon"}, P),
    (FO, "The joint statement on the CANWFZ was read out at the third session of the Preparatory "
     "Committee for the 2026 NPT Review Conference.", {"forum": "npt-prepcom"}, P),
    (FO, "The resolution on the Central Asian nuclear-weapon-free zone was adopted by the General "
     "Assembly without a vote.", {"forum": "unga"}, P),
    (FO, "At the 69th session of the IAEA General Conference, the CANWFZ parties held a side "
     "event.", {"forum": "iaea-gc"}, P),
    # registry_conflict (the registry: signed 8 September 2006 in Semipalatinsk, in force
    # 21 March 2009, chaired by Uzbekistan in 2025 and Kazakhstan in 2026)
    (RC, "The CANWFZ Treaty was signed on 8 September 2007.",
     {"field": "treaty.signed", "stated": "2007-09-08"}, P),
    (RC, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia entered into force on March "
     "21, 2008.", {"field": "treaty.entry_into_force", "stated": "2008-03-21"}, P),
    (RC, "In 2026, the chairmanship of the Semipalatinsk Treaty passed to Tajikistan.",
     {"field": "chair.2026", "stated": "TJ"}, P),
    (RC, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia was signed in Tashkent on 8 "
     "September 2006.", {"field": "treaty.signed_place", "stated": "Tashkent"}, P),
    (RC, "Turkmenistan chaired the CANWFZ Treaty in 2025.", {"field": "chair.2025", "stated": "TM"},
     P),
    (RC, "The Central Asian NWFZ Treaty came into force on 21.03.2010.",
     {"field": "treaty.entry_into_force", "stated": "2010-03-21"}, P),
    (RC, "Uzbekistan handed over the chairmanship of the CANWFZ to Kyrgyzstan for 2026.",
     {"field": "chair.2026", "stated": "KG"}, P),
    (RC, "The Semipalatinsk Treaty, signed on Sept. 8, 2005, bans nuclear weapons in the region.",
     {"field": "treaty.signed", "stated": "2005-09-08"}, P),
    (RC, "The CANWFZ Treaty, which took effect on 21 March 2011, covers five states.",
     {"field": "treaty.entry_into_force", "stated": "2011-03-21"}, P),
    (RC, "Signed in Almaty on 8 September 2006, the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central Asia unites five states.", {"field": "treaty.signed_place", "stated": "Almaty"}, P),
    (RC, "Kyrgyzstan holds the chairmanship of the CANWFZ Treaty in 2026.",
     {"field": "chair.2026", "stated": "KG"}, P),
    (RC, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia was signed on 8 September 2006 "
     "and entered into force on 21 March 2008.",
     {"field": "treaty.entry_into_force", "stated": "2008-03-21"}, P),
    # batch 2, written after the first batch passed, in other styles (agency ledes, 'played
    # host', 'two decades', 'an MoU', 'RevCon'); scored before its families were widened
    # consultative_meeting
    (CM, "TASHKENT, Jan. 30 (UzDaily) -- Senior diplomats of the five Central Asian nations met "
     "here on Friday for the yearly consultative meeting of the CANWFZ States Parties.",
     {"kind": "annual", "date": "2026-01-30", "place": "Tashkent", "status": "held"}, P),
    (CM, "Kazakhstan's Foreign Ministry said the States Parties to the Semipalatinsk Treaty had "
     "convened an extraordinary consultative meeting in Almaty.",
     {"kind": "extraordinary", "place": "Almaty", "status": "held"}, P),
    (CM, "Bishkek played host to the annual consultative meeting of the parties to the Treaty on "
     "a Nuclear-Weapon-Free Zone in Central Asia on 27 January 2025.",
     {"kind": "annual", "place": "Bishkek", "date": "2025-01-27", "status": "held"}, P),
    (CM, "The consultative meeting of the CANWFZ parties, which took place online on 2 February "
     "2021, was chaired by Tajikistan.",
     {"date": "2021-02-02", "chair": "TJ", "status": "held"}, P),
    (CM, "Next year's consultative meeting of the States Parties to the Central Asian NWFZ Treaty "
     "will take place in Kazakhstan's capital.", {"place": "Astana", "status": "planned"}, P),
    (CM, "Under Uzbekistan's chairmanship, the consultative meeting of the parties to the CANWFZ "
     "Treaty was held in the city of Samarkand on 17.01.2025.",
     {"place": "Samarkand", "date": "2025-01-17", "chair": "UZ", "status": "held"}, P),
    # chair_transfer
    (CT, "At the end of the meeting, the Uzbek delegation handed the chairmanship of the CANWFZ "
     "over to the Kazakh side for 2026.", {"from": "UZ", "to": "KZ", "year": 2026}, P),
    (CT, "Chairmanship of the Semipalatinsk Treaty for the year 2026 has passed to Kazakhstan.",
     {"to": "KZ", "year": 2026}, P),
    (CT, "Kazakhstan has succeeded Uzbekistan as chair of the Treaty on a Nuclear-Weapon-Free "
     "Zone in Central Asia.", {"from": "UZ", "to": "KZ"}, P),
    (CT, "The rotating chairmanship of the CANWFZ Treaty moves from Kyrgyzstan to Tajikistan "
     "in 2023.", {"from": "KG", "to": "TJ", "year": 2023}, P),
    (CT, "Turkmenistan formally took the helm of the Central Asian NWFZ from Tajikistan.",
     {"from": "TJ", "to": "TM"}, P),
    (CT, "Uzbekistan will hand over the CANWFZ chairmanship to Kazakhstan on 1 January 2026.",
     {"from": "UZ", "to": "KZ", "effective": "2026-01-01"}, P),
    # review_and_plans
    (RP, "The delegations summarised the work carried out under the CANWFZ Treaty last year and "
     "mapped out plans for the year ahead.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The results of Uzbekistan's 2025 chairmanship of the Semipalatinsk Treaty were "
     "reviewed, and the Kazakh side presented its priorities for 2026, which were endorsed.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The CANWFZ parties adopted a joint action plan for 2026-2027.",
     {"year_reviewed": None, "plans_period": None}, P),  # a span of years is no single year
    (RP, "The sides took stock of cooperation within the Central Asian NWFZ in 2024 and "
     "approved the 2025 calendar of joint events.", {"year_reviewed": 2024, "plans_period": 2025},
     P),
    (RP, "The parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia exchanged "
     "views on the outcomes of 2025 and agreed on a plan of action for 2026.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    # anniversary
    (AN, "This September marks two decades since the Semipalatinsk Treaty was signed.",
     {"ordinal": 20, "of": "signature", "anniversary_year": 2026}, P),
    (AN, "The CANWFZ Treaty, which entered into force in March 2009, celebrates its 15th "
     "anniversary this year.", {"ordinal": 15, "of": "entry_into_force", "anniversary_year": 2024},
     date(2024, 3, 25)),
    (AN, "The twentieth anniversary of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia "
     "falls on 8 September 2026.", {"ordinal": 20, "anniversary_year": 2026}, P),
    (AN, "A jubilee date is approaching: on Sept. 8 it will be 20 years since the Central Asian "
     "NWFZ Treaty was signed.", {"ordinal": 20, "of": "signature"}, P),
    (AN, "Celebrations of the 20th anniversary of the CANWFZ will continue throughout 2026.",
     {"ordinal": 20, "anniversary_year": 2026}, P),
    (AN, "It has been 20 years since the signing of the Semipalatinsk Treaty in 2006.",
     {"ordinal": 20, "of": "signature", "year": 2006}, P),
    # event
    (EV, "Dushanbe hosted a regional workshop on the Semipalatinsk Treaty on 12 May 2026, "
     "organised by Tajikistan's Foreign Ministry.",
     {"status": "held", "date": "2026-05-12", "organisers": ["TJ"]}, date(2026, 5, 13)),
    (EV, "An international conference titled \"Twenty Years of a Nuclear-Free Central Asia\" is "
     "scheduled for September in Astana.",
     {"status": "planned", "title": "Twenty Years of a Nuclear-Free Central Asia"}, P),
    (EV, "Students of the University of World Economy and Diplomacy took part in a quiz on the "
     "CANWFZ Treaty held in Tashkent.", {"status": "held"}, P),
    (EV, "The Ministry of Foreign Affairs of Turkmenistan held a briefing for the diplomatic corps "
     "on the Central Asian NWFZ on 3 March 2026.",
     {"status": "held", "organisers": ["TM"], "date": "2026-03-03"}, date(2026, 3, 4)),
    (EV, "A photo exhibition marking the CANWFZ anniversary is due to open in Bishkek next month.",
     {"status": "planned"}, P),
    # memorandum
    (ME, "OPANAL and the States Parties to the CANWFZ Treaty signed an MoU on cooperation on 6 "
     "May 2026.", {"parties": ["CANWFZ", "OPANAL"], "date": "2026-05-06", "status": "signed"},
     date(2026, 5, 7)),
    (ME, "A memorandum of understanding between the Central Asian NWFZ and AFCONE is being "
     "negotiated.", {"parties": ["CANWFZ", "AFCONE"], "status": "planned"}, P),
    (ME, "The CANWFZ and the Agency for the Prohibition of Nuclear Weapons in Latin America and "
     "the Caribbean concluded a memorandum of cooperation.",
     {"parties": ["CANWFZ", "OPANAL"], "status": "signed"}, P),
    (ME, "The parties to the Semipalatinsk Treaty and UNODA put their signatures to a memorandum "
     "of understanding.", {"parties": ["CANWFZ", "UNODA"], "status": "signed"}, P),
    (ME, "A draft memorandum between the CANWFZ and OPANAL is under consideration.",
     {"parties": ["CANWFZ", "OPANAL"], "status": "planned"}, P),
    # forum
    (FO, "The five states will speak with one voice on the CANWFZ at the NPT RevCon in 2026.",
     {"forum": "npt-revcon"}, P),
    (FO, "At the UNGA's First Committee, Uzbekistan delivered a joint statement on behalf of the "
     "CANWFZ States Parties.", {"forum": "unga-first-committee"}, P),
    (FO, "The CANWFZ parties co-hosted a side event at the 2025 session of the NPT Preparatory "
     "Committee.", {"forum": "npt-prepcom"}, P),
    (FO, "The General Assembly's biennial resolution on the Treaty on a Nuclear-Weapon-Free Zone "
     "in Central Asia was adopted on 2 December 2025.", {"forum": "unga"}, P),
    (FO, "Kazakhstan, on behalf of the Semipalatinsk Treaty parties, addressed the Meeting of "
     "States Parties to the Treaty on the Prohibition of Nuclear Weapons.", {"forum": "tpnw-msp"},
     P),
    # registry_conflict
    (RC, "The Semipalatinsk Treaty has been in force since 21 March 2010.",
     {"field": "treaty.entry_into_force", "stated": "2010-03-21"}, P),
    (RC, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia was concluded on 8 September "
     "2007 in Semipalatinsk.", {"field": "treaty.signed", "stated": "2007-09-08"}, P),
    (RC, "Tajikistan, the current chair of the CANWFZ Treaty, hosted the meeting in 2026.",
     {"field": "chair.2026", "stated": "TJ"}, P),
    (RC, "The CANWFZ Treaty was signed in Bishkek on 8 September 2006.",
     {"field": "treaty.signed_place", "stated": "Bishkek"}, P),
    (RC, "Signed on September 8, 2008, the Semipalatinsk Treaty entered into force in 2009.",
     {"field": "treaty.signed", "stated": "2008-09-08"}, P),
    # batch 3, written after the second widening (UN News, treaty bodies, headlines, quotes,
    # two-sentence snippets); scored before its families were widened
    (CM, "Central Asian states hold consultative meeting on nuclear-weapon-free zone treaty. "
     "The meeting took place in Ashgabat on 14 February 2024.",
     {"place": "Ashgabat", "date": "2024-02-14", "status": "held"}, date(2024, 2, 15)),
    (CM, "\"We reaffirmed our commitment to the Semipalatinsk Treaty,\" the Deputy Foreign "
     "Minister of Kyrgyzstan said after chairing the annual consultative meeting of its parties in "
     "Cholpon-Ata.", {"kind": "annual", "place": "Cholpon-Ata", "chair": "KG", "status": "held"},
     P),
    (CM, "Officials from the five signatory states of the CANWFZ Treaty convened in Tashkent for "
     "their regular consultations on 29-30 January 2026.",
     {"place": "Tashkent", "date": "2026-01-29", "status": "held"}, P),
    (CM, "The annual gathering of the CANWFZ States Parties, due in Dushanbe in February, will "
     "take the form of a consultative meeting.", {"place": "Dushanbe", "status": "planned"}, P),
    (CM, "Turkmenistan is to host an extraordinary consultative meeting of the parties to the "
     "Treaty on a Nuclear-Weapon-Free Zone in Central Asia.",
     {"kind": "extraordinary", "status": "planned"}, P),
    (CT, "Uzbekistan passes CANWFZ chairmanship to Kazakhstan. The ceremony was held in Tashkent.",
     {"from": "UZ", "to": "KZ"}, P),
    (CT, "Kazakhstan, which assumed the chairmanship of the Semipalatinsk Treaty on 1 January "
     "2026, thanked Uzbekistan for its work as chair.",
     {"to": "KZ", "effective": "2026-01-01"}, P),
    (CT, "The chairmanship of the CANWFZ Treaty rotates annually; for 2025 it belongs to "
     "Uzbekistan, which took it over from Turkmenistan.", {"from": "TM", "to": "UZ", "year": 2025},
     P),
    (CT, "Kyrgyzstan's term as chair of the Central Asian NWFZ ended, and Tajikistan took over "
     "in 2023.", {"from": "KG", "to": "TJ", "year": 2023}, P),
    (CT, "The new chair of the CANWFZ Treaty for 2026 is Kazakhstan.", {"to": "KZ", "year": 2026},
     P),
    (RP, "Participants highlighted the achievements of the CANWFZ parties in 2025 and set the "
     "agenda for 2026.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The meeting reviewed progress on the 2024 work plan under the Semipalatinsk Treaty "
     "and adopted a new one for 2025.", {"year_reviewed": 2024, "plans_period": 2025}, P),
    (RP, "Work under the Treaty on a Nuclear-Weapon-Free Zone in Central Asia in 2025 was "
     "reviewed by the parties.", {"year_reviewed": 2025}, P),
    (RP, "The States Parties to the CANWFZ Treaty agreed on their joint activities for 2026.",
     {"plans_period": 2026}, P),
    (RP, "At the meeting, the CANWFZ parties evaluated the implementation of last year's "
     "decisions and agreed on the next steps for 2026.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (AN, "Twenty years on: the Semipalatinsk Treaty still shapes the region's security, wrote the "
     "Astana Times on the anniversary of its signing.", {"ordinal": 20, "of": "signature"}, P),
    (AN, "On 8 September the States Parties will mark the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central Asia's 20th anniversary.", {"ordinal": 20, "anniversary_year": 2026}, P),
    (AN, "Exactly 15 years ago, on 21 March 2009, the CANWFZ Treaty entered into force.",
     {"ordinal": 15, "of": "entry_into_force", "year": 2009}, date(2024, 3, 21)),
    (AN, "The CANWFZ Treaty's twentieth birthday will be celebrated in Semey.",
     {"ordinal": 20}, P),
    (AN, "In 2026 the Treaty of Pelindaba turns 30.", {"regime": "pelindaba", "ordinal": 30}, P),
    (EV, "Kazakhstan's Foreign Ministry staged a round-table discussion on the Semipalatinsk "
     "Treaty at the Astana International Forum.", {"status": "held", "organisers": ["KZ"]}, P),
    (EV, "A documentary film about the CANWFZ was screened in Tashkent on 5 March 2026.",
     {"status": "held", "date": "2026-03-05"}, date(2026, 3, 6)),
    (EV, "The embassies of the five Central Asian states in Vienna plan a joint reception to "
     "mark the 20th anniversary of the CANWFZ Treaty.", {"status": "planned"}, P),
    (EV, "An academic conference on the Treaty on a Nuclear-Weapon-Free Zone in Central Asia "
     "was co-organised by the foreign ministries of Kyrgyzstan and Tajikistan in Bishkek.",
     {"status": "held", "organisers": ["KG", "TJ"]}, P),
    (EV, "Uzbekistan to hold a conference on the CANWFZ in Samarkand in October.",
     {"status": "planned", "organisers": ["UZ"]}, P),
    (ME, "The CANWFZ States Parties and OPANAL formalised their cooperation with a memorandum "
     "of understanding signed in Mexico City.", {"parties": ["CANWFZ", "OPANAL"], "status":
                                                   "signed"}, P),
    (ME, "Talks on a memorandum between the CANWFZ and the African Commission on Nuclear Energy "
     "are under way.", {"parties": ["CANWFZ", "AFCONE"], "status": "planned"}, P),
    (ME, "UNRCCA and the parties to the Semipalatinsk Treaty are preparing a memorandum of "
     "understanding.", {"parties": ["CANWFZ", "UNRCCA"], "status": "planned"}, P),
    (ME, "A memorandum of understanding between OPANAL and the CANWFZ was signed on 12 "
     "November 2025 in the margins of the First Committee.",
     {"parties": ["CANWFZ", "OPANAL"], "date": "2025-11-12", "status": "signed"},
     date(2025, 11, 13)),
    (ME, "The Semipalatinsk Treaty parties and ASEAN have signed an MoU.",
     {"parties": ["CANWFZ", "ASEAN"], "status": "signed"}, P),
    (FO, "Speaking for the CANWFZ States Parties at the NPT Review Conference, Kazakhstan called "
     "on the nuclear powers to ratify the protocol.", {"forum": "npt-revcon"}, P),
    (FO, "The five Central Asian states will table their resolution on the CANWFZ at the 81st "
     "session of the UN General Assembly.", {"forum": "unga"}, P),
    (FO, "The CANWFZ parties agreed to present a joint working paper to the Preparatory "
     "Committee for the 2026 Review Conference.", {"forum": "npt-prepcom"}, P),
    (FO, "Uzbekistan briefed the IAEA General Conference on the Central Asian NWFZ on behalf of "
     "all five parties.", {"forum": "iaea-gc"}, P),
    (FO, "The parties to the Semipalatinsk Treaty coordinated their approaches ahead of the "
     "First Committee's thematic debate on nuclear weapons.", {"forum": "unga-first-committee"},
     P),
    (RC, "The CANWFZ Treaty was signed in Semipalatinsk in September 2007.",
     {"field": "treaty.signed", "stated": "2007"}, P),  # a month and year state the year
    (RC, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia has been in effect since "
     "March 21, 2010.", {"field": "treaty.entry_into_force", "stated": "2010-03-21"}, P),
    (RC, "Turkmenistan currently chairs the Semipalatinsk Treaty.",
     {"field": "chair.2026", "stated": "TM"}, P),
    (RC, "Opened for signature in Tashkent in 2006, the CANWFZ Treaty entered into force in "
     "2009.", {"field": "treaty.signed_place", "stated": "Tashkent"}, P),
    (RC, "The CANWFZ Treaty, in force since 2010, has five parties.",
     {"field": "treaty.entry_into_force"}, P),
    # batch 4, written after the third widening (press-release ledes, relative clauses,
    # reported speech, lists); scored before its families were widened
    (CM, "ASTANA, 5 February 2026 - Kazakhstan today welcomed delegations of the Central Asian "
     "states to the annual consultative meeting of the parties to the CANWFZ Treaty.",
     {"kind": "annual", "date": "2026-02-05", "place": "Astana", "status": "held"},
     date(2026, 2, 5)),
    (CM, "The parties to the Semipalatinsk Treaty met for consultations in Tashkent on 30 "
     "January 2026, with Uzbekistan presiding.",
     {"date": "2026-01-30", "place": "Tashkent", "chair": "UZ", "status": "held"}, P),
    (CM, "Preparations are under way for the consultative meeting of the CANWFZ States Parties, "
     "which Tajikistan will host in Dushanbe in 2027.",
     {"place": "Dushanbe", "status": "planned"}, P),
    (CM, "In a video format, the consultative meeting of the parties to the Treaty on a "
     "Nuclear-Weapon-Free Zone in Central Asia brought together the five foreign ministries.",
     {"format": "videoconference", "status": "held"}, P),
    (CT, "Kazakhstan received the chairmanship of the CANWFZ Treaty from Uzbekistan.",
     {"from": "UZ", "to": "KZ"}, P),
    (CT, "Uzbekistan ceded the chairmanship of the Semipalatinsk Treaty to Kazakhstan for 2026.",
     {"from": "UZ", "to": "KZ", "year": 2026}, P),
    (CT, "Presiding over the Central Asian NWFZ in 2026 will be Kazakhstan, which takes the "
     "baton from Uzbekistan.", {"from": "UZ", "to": "KZ", "year": 2026}, P),
    (CT, "Tajikistan has become chair of the CANWFZ Treaty for 2023.",
     {"to": "TJ", "year": 2023}, P),
    (RP, "Following a review of the results for 2025, the CANWFZ parties approved their plan "
     "for 2026.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The parties to the Semipalatinsk Treaty presented reports on 2024 and agreed on a "
     "calendar of events for 2025.", {"year_reviewed": 2024, "plans_period": 2025}, P),
    (RP, "A work plan for 2026 under the Treaty on a Nuclear-Weapon-Free Zone in Central Asia "
     "was signed off by the parties.", {"plans_period": 2026}, P),
    (RP, "The diplomats took stock of what the CANWFZ parties achieved in 2025.",
     {"year_reviewed": 2025}, P),
    (AN, "The Semipalatinsk Treaty celebrates two decades this year.",
     {"ordinal": 20, "anniversary_year": 2026}, P),
    (AN, "The CANWFZ Treaty's signing in Semipalatinsk on 8 September 2006 will be 20 years old "
     "this autumn.", {"ordinal": 20, "of": "signature", "year": 2006, "place": "Semipalatinsk"}, P),
    (AN, "The 15th year since the CANWFZ Treaty entered into force was marked in March 2024.",
     {"ordinal": 15, "of": "entry_into_force"}, date(2024, 3, 25)),
    (AN, "Kazakhstan hosted a reception on the 20th anniversary of the Central Asian NWFZ.",
     {"ordinal": 20}, P),
    (EV, "Kazakhstan's Foreign Ministry will hold a series of events dedicated to the CANWFZ "
     "Treaty throughout 2026.", {"status": "planned", "organisers": ["KZ"], "year": 2026}, P),
    (EV, "A roundtable marking the anniversary of the Semipalatinsk Treaty gathered experts in "
     "Bishkek on 8 September 2025.", {"status": "held", "date": "2025-09-08"},
     date(2025, 9, 9)),
    (EV, "The Uzbek Foreign Ministry presented a book on the CANWFZ Treaty in Tashkent.",
     {"status": "held", "organisers": ["UZ"]}, P),
    (EV, "A lecture on the Treaty on a Nuclear-Weapon-Free Zone in Central Asia is planned at "
     "the Diplomatic Academy in Ashgabat on 20 April 2026.",
     {"status": "planned", "date": "2026-04-20"}, P),
    (ME, "Representatives of the CANWFZ and OPANAL exchanged signed copies of a memorandum of "
     "understanding.", {"parties": ["CANWFZ", "OPANAL"], "status": "signed"}, P),
    (ME, "The CANWFZ parties intend to conclude a memorandum with AFCONE next year.",
     {"parties": ["CANWFZ", "AFCONE"], "status": "planned"}, P),
    (ME, "A memorandum on cooperation was signed between the CANWFZ parties and the IAEA.",
     {"parties": ["CANWFZ", "IAEA"], "status": "signed"}, P),
    (ME, "The MoU between OPANAL and the Central Asian NWFZ, signed on 3 May 2025, was praised.",
     {"parties": ["CANWFZ", "OPANAL"], "date": "2025-05-03", "status": "signed"}, P),
    (FO, "At the Review Conference of the Parties to the NPT, the CANWFZ states held a joint "
     "side event.", {"forum": "npt-revcon"}, P),
    (FO, "The First Committee of the UN General Assembly heard a joint statement by the "
     "Semipalatinsk Treaty parties.", {"forum": "unga-first-committee"}, P),
    (FO, "The CANWFZ parties coordinated their positions for the CTBTO Preparatory Commission.",
     {"forum": "ctbto"}, P),
    (FO, "The UNGA adopted by consensus its resolution supporting the Central Asian NWFZ.",
     {"forum": "unga"}, P),
    (RC, "The CANWFZ Treaty became effective on 21 March 2010.",
     {"field": "treaty.entry_into_force", "stated": "2010-03-21"}, P),
    (RC, "Since 2025 the chairmanship of the Semipalatinsk Treaty has been held by Turkmenistan.",
     {"field": "chair.2025", "stated": "TM"}, P),
    (RC, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia, signed on 8 September 2005, "
     "has five parties.", {"field": "treaty.signed", "stated": "2005-09-08"}, P),
    (RC, "In 2026 Kyrgyzstan chairs the CANWFZ Treaty.", {"field": "chair.2026", "stated": "KG"},
     P),
    # batch 5, written after the fourth widening (long wire-service sentences with subordinate
    # clauses, officials' quotes, headlines in title case); scored before its families were
    # widened
    (CM, "Diplomats From Five Central Asian Nations Meet In Tashkent For Annual Consultative "
     "Meeting Under Semipalatinsk Treaty",
     {"kind": "annual", "place": "Tashkent", "status": "held"}, P),
    (CM, "The deputy foreign ministers, who arrived in Dushanbe on Wednesday evening, opened the "
     "consultative meeting of the States Parties to the CANWFZ Treaty on 12 February 2026, "
     "according to a statement released by the Tajik Foreign Ministry.",
     {"date": "2026-02-12", "place": "Dushanbe", "status": "held"}, date(2026, 2, 13)),
    (CM, "\"This year's consultative meeting, which Kazakhstan chaired, showed that the "
     "Semipalatinsk Treaty remains a living instrument,\" the Kazakh deputy foreign minister told "
     "reporters after the session in Astana.", {"chair": "KZ", "place": "Astana", "status": "held"},
     P),
    (CM, "While the exact date has yet to be confirmed, officials said the next consultative "
     "meeting of the parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia would be "
     "held in Ashgabat in the first quarter of 2027.", {"place": "Ashgabat", "status": "planned"},
     P),
    (CM, "Owing to the pandemic, the annual consultative meeting of the CANWFZ States Parties, "
     "which had been planned for Bishkek, was held via video link on 2 February 2021, the Kyrgyz "
     "Foreign Ministry said.", {"kind": "annual", "format": "videoconference", "date":
                                "2021-02-02", "status": "held"}, P),
    (CM, "Kyrgyzstan Convenes Extraordinary Consultative Meeting Of Central Asian "
     "Nuclear-Weapon-Free Zone Parties In Cholpon-Ata",
     {"kind": "extraordinary", "place": "Cholpon-Ata", "status": "held"}, P),
    (CM, "The General Conference of OPANAL, which brings together the 33 states of Latin America "
     "and the Caribbean, opened its 29th regular session in Mexico City on 14 November 2025.",
     {"regime": "tlatelolco", "date": "2025-11-14", "status": "held"}, P),
    (CT, "Kazakhstan Takes Over Chairmanship Of Central Asian Nuclear-Weapon-Free Zone Treaty From "
     "Uzbekistan", {"from": "UZ", "to": "KZ"}, P),
    (CT, "Uzbekistan, whose year at the helm of the Semipalatinsk Treaty was marked by anniversary "
     "preparations, formally relinquished the chairmanship to Kazakhstan on 1 January 2026, the "
     "Foreign Ministry in Tashkent said.", {"from": "UZ", "to": "KZ", "effective": "2026-01-01"},
     P),
    (CT, "\"We are honoured to assume the chairmanship of the CANWFZ Treaty for 2026,\" said "
     "Kazakhstan's foreign minister, adding that Astana would build on the work done so far.",
     {"to": "KZ", "year": 2026}, P),
    (CT, "Turkmenistan, which succeeded Tajikistan at the head of the Central Asian NWFZ in "
     "January 2024, will hold the post until the end of the year, diplomats said.",
     {"from": "TJ", "to": "TM", "year": 2024}, date(2024, 2, 1)),
    (CT, "Chairmanship Of CANWFZ Treaty Passes To Kyrgyzstan For 2022",
     {"to": "KG", "year": 2022}, P),
    (CT, "The rotating chairmanship of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, "
     "held in turn by the five states, was handed by Kazakhstan to Kyrgyzstan at the end of the "
     "meeting in Bishkek.", {"from": "KZ", "to": "KG"}, P),
    (CT, "Tajikistan is set to take the reins of the Semipalatinsk Treaty from Kyrgyzstan in 2023, "
     "a senior official in Dushanbe said on condition of anonymity.",
     {"from": "KG", "to": "TJ", "year": 2023}, P),
    (RP, "Reviewing a year in which Uzbekistan chaired the CANWFZ Treaty, the deputy ministers "
     "said most of the measures planned for 2025 had been carried out, and they approved a "
     "calendar of events for 2026.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "Parties To Semipalatinsk Treaty Sum Up 2025, Adopt Work Plan For 2026",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "\"We have looked back at everything we did together in 2024 and agreed what we will do "
     "in 2025,\" the Kyrgyz deputy minister said of the consultations of the CANWFZ parties.",
     {"year_reviewed": 2024, "plans_period": 2025}, P),
    (RP, "According to the joint press release, the parties to the Treaty on a Nuclear-Weapon-Free "
     "Zone in Central Asia assessed the results of the past year and agreed on a programme of "
     "joint activities for the current year.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The delegations, which met behind closed doors, went over the implementation of the "
     "CANWFZ work plan for 2025 before turning to the priorities of Kazakhstan's chairmanship in "
     "2026.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "A joint plan of action for 2027, drafted by the Turkmen side, will be submitted to the "
     "CANWFZ parties for approval, the ministry said.", {"plans_period": 2027}, P),
    (RP, "The Semipalatinsk Treaty parties looked back on a busy 2025, which included events in "
     "all five capitals.", {"year_reviewed": 2025}, P),
    (AN, "Central Asia Marks 20 Years Since Signing Of CANWFZ Treaty",
     {"ordinal": 20, "of": "signature", "anniversary_year": 2026}, P),
    (AN, "Speaking at a ceremony in Semey, the Kazakh President recalled that twenty years had "
     "passed since the Semipalatinsk Treaty was signed in the city on 8 September 2006.",
     {"ordinal": 20, "of": "signature", "year": 2006}, date(2026, 9, 8)),
    (AN, "The CANWFZ Treaty, which diplomats describe as the first such zone wholly in the "
     "Northern Hemisphere, reaches its 20th anniversary on Sept. 8.",
     {"ordinal": 20, "anniversary_year": 2026}, P),
    (AN, "\"Seventeen years after the Treaty on a Nuclear-Weapon-Free Zone in Central Asia "
     "entered into force, its relevance has only grown,\" the Uzbek envoy said on 21 March 2026.",
     {"ordinal": 17, "of": "entry_into_force", "anniversary_year": 2026}, date(2026, 3, 21)),
    (AN, "The fifteenth anniversary of the CANWFZ Treaty's entry into force, which fell on 21 "
     "March 2024, was marked with a reception at the UN in New York.",
     {"ordinal": 15, "of": "entry_into_force", "anniversary_year": 2024}, date(2024, 3, 25)),
    (AN, "Treaty Of Tlatelolco At 60: Latin America Celebrates Six Decades Without Nuclear Weapons",
     {"regime": "tlatelolco", "ordinal": 60, "anniversary_year": 2027}, date(2027, 2, 14)),
    (EV, "Foreign Ministry Of Kazakhstan To Host International Conference On CANWFZ Treaty In "
     "Astana In September", {"status": "planned", "organisers": ["KZ"]}, P),
    (EV, "An exhibition of archive photographs, which the Uzbek Foreign Ministry put together to "
     "mark the anniversary of the Semipalatinsk Treaty, opened in Tashkent on 10 September 2025.",
     {"status": "held", "organisers": ["UZ"], "date": "2025-09-10"}, date(2025, 9, 11)),
    (EV, "\"The round table showed how much interest young people take in the CANWFZ,\" said the "
     "rector of the Diplomatic Academy, which hosted the event in Bishkek on Tuesday.",
     {"status": "held"}, P),
    (EV, "A conference titled \"Twenty Years of a Nuclear-Weapon-Free Central Asia\", organised by "
     "the Ministry of Foreign Affairs of Turkmenistan, will take place in Ashgabat on 15 October "
     "2026.", {"status": "planned", "organisers": ["TM"], "date": "2026-10-15",
               "title": "Twenty Years of a Nuclear-Weapon-Free Central Asia"}, P),
    (EV, "Students from the five countries took part in a model UN session on the CANWFZ Treaty, "
     "which the Tajik Foreign Ministry held in Dushanbe.", {"status": "held", "organisers": ["TJ"]},
     P),
    (EV, "A briefing for the diplomatic corps on the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central Asia was given by the Kazakh Foreign Ministry in Astana on 3 March 2026.",
     {"status": "held", "organisers": ["KZ"], "date": "2026-03-03"}, date(2026, 3, 4)),
    (EV, "Mongolia Hosts Seminar On Its Nuclear-Weapon-Free Status In Ulaanbaatar",
     {"regime": "mongolia-nwfs", "status": "held"}, P),
    (ME, "CANWFZ Parties, OPANAL Sign Memorandum Of Understanding In New York",
     {"parties": ["CANWFZ", "OPANAL"], "status": "signed"}, P),
    (ME, "The memorandum, which the parties to the Semipalatinsk Treaty and the African Commission "
     "on Nuclear Energy signed in Vienna on 20 September 2025, provides for regular exchanges of "
     "information.", {"parties": ["CANWFZ", "AFCONE"], "status": "signed", "date": "2025-09-20"},
     date(2025, 9, 21)),
    (ME, "\"We expect to sign the memorandum with UNODA before the end of the year,\" a Kazakh "
     "diplomat said of the document the CANWFZ States Parties are negotiating.",
     {"parties": ["CANWFZ", "UNODA"], "status": "planned"}, P),
    (ME, "Officials said a memorandum of understanding between the Central Asian "
     "nuclear-weapon-free zone and OPANAL was nearing completion.",
     {"parties": ["CANWFZ", "OPANAL"], "status": "planned"}, P),
    (ME, "UNRCCA and the five States Parties to the CANWFZ Treaty put their signatures to a "
     "memorandum of cooperation in Ashgabat on Monday.",
     {"parties": ["CANWFZ", "UNRCCA"], "status": "signed"}, P),
    (FO, "Central Asian States Table CANWFZ Resolution At UN General Assembly", {"forum": "unga"},
     P),
    (FO, "Speaking on behalf of the States Parties to the Semipalatinsk Treaty, the Kyrgyz "
     "representative told the NPT Review Conference, which opened in New York on 27 April, that "
     "the zone was a model for others.", {"forum": "npt-revcon"}, P),
    (FO, "The joint statement, which Tajikistan delivered for the five CANWFZ parties at the "
     "First Committee on 20 October 2025, welcomed the ratifications of the protocol.",
     {"forum": "unga-first-committee"}, P),
    (FO, "\"The five of us will again speak together at the Preparatory Committee,\" said a "
     "Turkmen diplomat, referring to the CANWFZ parties' plans for the next NPT review cycle.",
     {"forum": "npt-prepcom"}, P),
    (FO, "The CANWFZ parties, which had agreed in January to intensify contacts with the CTBTO, "
     "sent a joint delegation to the Preparatory Commission's session in Vienna.",
     {"forum": "ctbto"}, P),
    (RC, "The CANWFZ Treaty, which the five states signed in Semipalatinsk on 8 September 2007 and "
     "which entered into force two years later, was discussed.",
     {"field": "treaty.signed", "stated": "2007-09-08"}, P),
    (RC, "\"Since the treaty came into force on 21 March 2010, no nuclear weapon has been "
     "stationed in our region,\" the Kazakh minister said of the Semipalatinsk Treaty.",
     {"field": "treaty.entry_into_force", "stated": "2010-03-21"}, P),
    (RC, "Kyrgyzstan, which has held the rotating chairmanship of the Central Asian NWFZ since "
     "January 2026, hosted the meeting.", {"field": "chair.2026", "stated": "KG"}, P),
    (RC, "Tajikistan Chairs CANWFZ Treaty In 2025", {"field": "chair.2025", "stated": "TJ"}, P),
    (RC, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia, which was signed in Almaty in "
     "2006, entered into force in 2009, the agency recalled.",
     {"field": "treaty.signed_place", "stated": "Almaty"}, P),
    (RC, "The Semipalatinsk Treaty, whose signing on 8 September 2004 was hailed as a "
     "breakthrough, has five parties.", {"field": "treaty.signed", "stated": "2004-09-08"}, P),
    # batch 6, written after the fifth widening (UN and treaty-body formal prose, bulleted and
    # lettered lists, 'inter alia', 'the Parties' with the zone named in the sentence before);
    # scored before its families were widened
    (CM, "Pursuant to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, the States Parties "
     "shall meet annually. The consultative meeting of the Parties was convened in Tashkent on 30 "
     "January 2026.", {"date": "2026-01-30", "place": "Tashkent", "status": "held"}, P),
    (CM, "The following States Parties to the CANWFZ Treaty attended: Kazakhstan, Kyrgyzstan, "
     "Tajikistan, Turkmenistan and Uzbekistan. The annual consultative meeting of the Parties was "
     "held in Ashgabat from 12 to 13 March 2025.",
     {"kind": "annual", "place": "Ashgabat", "date": "2025-03-12", "status": "held"}, P),
    (CM, "Regarding the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, the Parties have, "
     "inter alia, held their annual consultative meeting in Bishkek on 27 January 2025, under the "
     "chairmanship of Kyrgyzstan.", {"kind": "annual", "place": "Bishkek", "date": "2025-01-27",
                                     "chair": "KG", "status": "held"}, P),
    (CM, "The Semipalatinsk Treaty provides for meetings of its Parties.\n- An extraordinary "
     "consultative meeting of the States Parties was convened by videoconference on 2 February "
     "2021.", {"kind": "extraordinary", "format": "videoconference", "date": "2021-02-02",
               "status": "held"}, P),
    (CM, "The States Parties to the CANWFZ Treaty decided, inter alia, that their next "
     "consultative "
     "meeting shall be held in Dushanbe in 2027.", {"place": "Dushanbe", "status": "planned"}, P),
    (CM, "The Commission for the Southeast Asia Nuclear Weapon-Free Zone convened its meeting on 8 "
     "July 2025 in Kuala Lumpur.", {"regime": "bangkok", "date": "2025-07-08", "status": "held"},
     P),
    (CM, "The States Parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia informed "
     "the Secretariat as follows:\n(a) The Parties held a consultative meeting in Astana on 5 "
     "February 2026, chaired by Kazakhstan;",
     {"place": "Astana", "date": "2026-02-05", "chair": "KZ", "status": "held"}, P),
    (CT, "In accordance with the rotation under the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central "
     "Asia, the chairmanship shall pass to Kazakhstan for 2026.", {"to": "KZ", "year": 2026}, P),
    (CT, "The Parties to the CANWFZ Treaty took note of the following:\n- the chairmanship was "
     "assumed by Kazakhstan on 1 January 2026;\n- Uzbekistan concluded its term as Chair on 31 "
     "December 2025.", {"to": "KZ", "effective": "2026-01-01"}, P),
    (CT, "Semipalatinsk Treaty. The chairmanship of the Parties was transferred, inter alia, from "
     "Turkmenistan to Uzbekistan for the year 2025.", {"from": "TM", "to": "UZ", "year": 2025}, P),
    (CT, "The States Parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia welcomed "
     "Tajikistan as Chair for 2023, succeeding Kyrgyzstan.",
     {"from": "KG", "to": "TJ", "year": 2023}, P),
    (CT, "With respect to the CANWFZ Treaty, the functions of Chair were discharged by Uzbekistan "
     "in 2025 and have been discharged by Kazakhstan since 1 January 2026.",
     {"from": "UZ", "to": "KZ", "effective": "2026-01-01"}, P),
    (CT, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia is chaired by its Parties in "
     "turn. For 2024, Turkmenistan assumed the chairmanship from Tajikistan.",
     {"from": "TJ", "to": "TM", "year": 2024}, P),
    (RP, "Regarding the Treaty on a Nuclear-Weapon-Free Zone in Central Asia: the Parties "
     "reviewed, "
     "inter alia, the implementation of the Plan of Action for 2025 and adopted the Plan of Action "
     "for 2026.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The consultative meeting of the Parties to the CANWFZ Treaty:\n• reviewed the activities "
     "undertaken in 2024;\n• adopted the work plan for 2025.",
     {"year_reviewed": 2024, "plans_period": 2025}, P),
    (RP, "The Semipalatinsk Treaty was the subject of the meeting. The States Parties assessed "
     "progress made during 2025 and agreed on measures to be undertaken in 2026.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The States Parties to the CANWFZ Treaty considered the report of the Chair on activities "
     "in 2025.", {"year_reviewed": 2025}, P),
    (RP, "In relation to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, the Parties "
     "approved the programme of work for 2027.", {"plans_period": 2027}, P),
    (RP, "The Parties to the Semipalatinsk Treaty noted with satisfaction the results achieved in "
     "2024 and endorsed the priorities for 2025 as set out in the annex.",
     {"year_reviewed": 2024, "plans_period": 2025}, P),
    (RP, "States Parties to the CANWFZ Treaty, inter alia:\n(a) took stock of the "
     "implementation of "
     "joint activities in 2025;\n(b) agreed to a schedule of events for 2026.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (AN, "The year 2026 marks the twentieth anniversary of the opening for signature of the Treaty "
     "on a Nuclear-Weapon-Free Zone in Central Asia.",
     {"ordinal": 20, "of": "signature", "anniversary_year": 2026}, P),
    (AN, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia was signed at Semipalatinsk "
     "on 8 "
     "September 2006. The States Parties commemorated the twentieth anniversary of that event.",
     {"ordinal": 20, "of": "signature"}, date(2026, 9, 10)),
    (AN, "The General Assembly welcomed the fifteenth anniversary of the entry into force of the "
     "CANWFZ Treaty, on 21 March 2024.",
     {"ordinal": 15, "of": "entry_into_force", "anniversary_year": 2024}, date(2024, 12, 5)),
    (AN, "The Semipalatinsk Treaty entered into force on 21 March 2009. Its tenth anniversary was "
     "observed by the Parties in 2019.",
     {"ordinal": 10, "of": "entry_into_force", "anniversary_year": 2019}, date(2019, 4, 1)),
    (AN, "The Treaty of Pelindaba, which entered into force on 15 July 2009, reached the fifteenth "
     "anniversary of its entry into force in 2024.",
     {"regime": "pelindaba", "ordinal": 15, "of": "entry_into_force", "anniversary_year": 2024},
     date(2024, 8, 1)),
    (EV, "In commemoration of the twentieth anniversary of the CANWFZ Treaty, the following "
     "activities are envisaged:\n- an international conference in Astana, organised by the "
     "Ministry of Foreign Affairs of Kazakhstan;", {"status": "planned", "organisers": ["KZ"]}, P),
    (EV, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia was the subject of a seminar. "
     "The seminar was convened by the Ministry of Foreign Affairs of Uzbekistan in Tashkent on 10 "
     "March 2026.", {"status": "held", "organisers": ["UZ"], "date": "2026-03-10"},
     date(2026, 3, 11)),
    (EV, "With a view to raising awareness of the Semipalatinsk Treaty, a round table was "
     "organised, inter alia, by the Ministry of Foreign Affairs of Tajikistan.",
     {"status": "held", "organisers": ["TJ"]}, P),
    (EV, "A side event on the Treaty on a Nuclear-Weapon-Free Zone in Central Asia shall be "
     "held on "
     "the margins of the eighty-first session of the General Assembly.", {"status": "planned"}, P),
    (EV, "The following events relating to the CANWFZ Treaty took place during the reporting "
     "period:\n(a) an exhibition in Ashgabat, opened on 8 September 2025;", {"status": "held"},
     date(2025, 12, 1)),
    (EV, "The Commission for the Southeast Asia Nuclear Weapon-Free Zone organised a seminar "
     "on the "
     "Bangkok Treaty in Jakarta on 3 June 2025.",
     {"regime": "bangkok", "status": "held", "date": "2025-06-03"}, date(2025, 6, 4)),
    (ME, "The States Parties to the CANWFZ Treaty and the Agency for the Prohibition of Nuclear "
     "Weapons in Latin America and the Caribbean concluded a memorandum of understanding on 12 "
     "November 2025.", {"parties": ["CANWFZ", "OPANAL"], "status": "signed",
                        "date": "2025-11-12"}, date(2025, 11, 13)),
    (ME, "The Semipalatinsk Treaty is open to cooperation with other zones. To that end, the "
     "Parties are negotiating a memorandum of understanding with AFCONE.",
     {"parties": ["CANWFZ", "AFCONE"], "status": "planned"}, P),
    (ME, "A memorandum of understanding between the Parties to the Treaty on a Nuclear-Weapon-Free "
     "Zone in Central Asia and the United Nations Regional Centre for Preventive Diplomacy for "
     "Central Asia entered into effect upon signature.",
     {"parties": ["CANWFZ", "UNRCCA"], "status": "signed"}, P),
    (ME, "Further to the CANWFZ Treaty, the Parties, inter alia:\n• signed a memorandum of "
     "cooperation with UNODA;\n• agreed to exchange information.",
     {"parties": ["CANWFZ", "UNODA"], "status": "signed"}, P),
    (ME, "The conclusion of a memorandum between the Parties to the CANWFZ Treaty and ASEAN is "
     "envisaged.", {"parties": ["CANWFZ", "ASEAN"], "status": "planned"}, P),
    (FO, "The States Parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia submitted "
     "a working paper to the 2026 Review Conference of the Parties to the Treaty on the "
     "Non-Proliferation of Nuclear Weapons.", {"forum": "npt-revcon"}, P),
    (FO, "Regarding the CANWFZ Treaty, the Parties delivered, inter alia, a joint statement in the "
     "general debate of the First Committee.", {"forum": "unga-first-committee"}, P),
    (FO, "The Semipalatinsk Treaty was addressed at the third session of the Preparatory Committee "
     "for the 2026 NPT Review Conference. A joint statement on behalf of its States Parties was "
     "delivered.", {"forum": "npt-prepcom"}, P),
    (FO, "The draft resolution entitled \"Treaty on a Nuclear-Weapon-Free Zone in Central Asia\" "
     "was adopted by the General Assembly at its eightieth session.", {"forum": "unga"}, P),
    (FO, "The States Parties to the CANWFZ Treaty participated jointly in the sixty-ninth regular "
     "session of the General Conference of the International Atomic Energy Agency.",
     {"forum": "iaea-gc"}, P),
    (RC, "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia was opened for signature at "
     "Semipalatinsk on 8 September 2007.", {"field": "treaty.signed", "stated": "2007-09-08"}, P),
    (RC, "The CANWFZ Treaty entered into force on 21 March 2010, in accordance with its "
     "article 17.",
     {"field": "treaty.entry_into_force", "stated": "2010-03-21"}, P),
    (RC, "The Semipalatinsk Treaty, done at Almaty on 8 September 2006, has five States Parties.",
     {"field": "treaty.signed_place", "stated": "Almaty"}, P),
    (RC, "The functions of Chair of the CANWFZ Treaty for 2026 are exercised by Tajikistan.",
     {"field": "chair.2026", "stated": "TJ"}, P),
    (RC, "The CANWFZ Treaty.\n- Date of signature: 8 September 2005;\n- Entry into force: 21 March "
     "2009.", {"field": "treaty.signed", "stated": "2005-09-08"}, P),
    # batch 7, written after the sixth widening (English translated from Russian as the region's
    # state agencies publish it: 'States-participants', 'in 2025 year', verb before subject,
    # articles dropped or doubled); scored before its families were widened
    (CM, "In Tashkent on 30 January 2026 was held the regular consultative meeting of "
     "States-participants of Treaty on zone free from nuclear weapon in Central Asia.",
     {"kind": "annual", "place": "Tashkent", "date": "2026-01-30", "status": "held"}, P),
    (CM, "Consultative meeting of the states-participants of CANWFZ took place in format of "
     "videoconference under chairmanship of Kyrgyz side.",
     {"format": "videoconference", "chair": "KG", "status": "held"}, P),
    (CM, "Next consultative meeting of parties of Semipalatinsk Treaty is planned to conduct in "
     "city Ashgabat in 2027 year.", {"place": "Ashgabat", "status": "planned"}, P),
    (CM, "On 5 February in Astana took place extraordinary consultative meeting of the "
     "States-parties of Treaty on NWFZ in Central Asia.",
     {"kind": "extraordinary", "place": "Astana", "date": "2026-02-05", "status": "held"},
     date(2026, 2, 6)),
    (CM, "In the capital of Tajikistan was conducted annual consultative meeting of the parties of "
     "the Treaty on the Nuclear-Weapon-Free Zone in Central Asia, in which took part deputy "
     "ministers of foreign affairs of five states.",
     {"kind": "annual", "place": "Dushanbe", "status": "held"}, P),
    (CT, "At the meeting the chairmanship in Treaty on NWFZ in Central Asia was transferred from "
     "Uzbek side to the Kazakh side.", {"from": "UZ", "to": "KZ"}, P),
    (CT, "Since 1 January 2026 the chairmanship in CANWFZ is carried out by the Republic of "
     "Kazakhstan.", {"to": "KZ", "effective": "2026-01-01"}, P),
    (CT, "The Kyrgyz Republic has transferred the powers of chairman in Semipalatinsk Treaty to "
     "Republic of Tajikistan for 2023 year.", {"from": "KG", "to": "TJ", "year": 2023}, P),
    (CT, "Turkmen side took over chairmanship in Treaty on zone free from nuclear weapon in "
     "Central Asia from Tajik side.", {"from": "TJ", "to": "TM"}, P),
    (CT, "In 2025 year the chairmanship in CANWFZ passed to Uzbekistan, which accepted it from "
     "Turkmenistan.", {"from": "TM", "to": "UZ", "year": 2025}, P),
    (CT, "Kazakhstan became chairing country of the Treaty on NWFZ in Central Asia in 2026 year.",
     {"to": "KZ", "year": 2026}, P),
    (RP, "During meeting were summed up the results of cooperation in frame of CANWFZ for 2025 "
     "year and was approved the Plan of joint actions for 2026 year.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The parties discussed implementation of the Treaty on NWFZ in Central Asia in 2024 year "
     "and coordinated the plan of events for 2025 year.",
     {"year_reviewed": 2024, "plans_period": 2025}, P),
    (RP, "Were considered the results of the Uzbek chairmanship in Semipalatinsk Treaty in 2025 "
     "year.", {"year_reviewed": 2025}, P),
    (RP, "By results of meeting the sides approved the Plan of actions of the states-participants "
     "of CANWFZ on 2026 year.", {"plans_period": 2026}, P),
    (RP, "The sides have given positive assessment to the work done in 2025 year under CANWFZ and "
     "determined priorities for 2026 year.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "Was adopted the work plan of states-participants of Treaty on NWFZ in Central Asia for "
     "2027 year.", {"plans_period": 2027}, P),
    (AN, "In this year is celebrated 20-th anniversary from the day of signing of the Treaty on "
     "NWFZ in Central Asia.", {"ordinal": 20, "of": "signature", "anniversary_year": 2026}, P),
    (AN, "On 21 March is fulfilled 17 years from the moment of entry into force of CANWFZ Treaty.",
     {"ordinal": 17, "of": "entry_into_force"}, P),
    (AN, "To the 20-years anniversary of Semipalatinsk Treaty was devoted the conference in "
     "Almaty.", {"ordinal": 20}, P),
    (AN, "Central Asian zone free from nuclear weapon celebrates jubilee - 20 years from the day "
     "of signing of Treaty.", {"ordinal": 20, "of": "signature"}, P),
    (EV, "The Ministry of Foreign Affairs of Republic of Uzbekistan conducted the round table "
     "devoted to the Treaty on NWFZ in Central Asia.", {"status": "held", "organisers": ["UZ"]},
     P),
    (EV, "In Bishkek will be conducted the international conference on the occasion of "
     "anniversary of CANWFZ on 15 September 2026.", {"status": "planned", "date": "2026-09-15"},
     P),
    (EV, "By the initiative of MFA of Kazakhstan in Astana was organized the exhibition devoted to "
     "the 20-th anniversary of Semipalatinsk Treaty.", {"status": "held", "organisers": ["KZ"]},
     P),
    (EV, "In the frame of anniversary of CANWFZ the Tajik side plans to carry out the series of "
     "lectures for students in Dushanbe.", {"status": "planned", "organisers": ["TJ"]}, P),
    (EV, "With participation of diplomats in Ashgabat on 10 March 2026 was conducted the seminar "
     "on questions of the Treaty on NWFZ in Central Asia.",
     {"status": "held", "date": "2026-03-10"}, date(2026, 3, 11)),
    (ME, "Between the states-participants of CANWFZ and OPANAL was signed the Memorandum on mutual "
     "understanding.", {"parties": ["CANWFZ", "OPANAL"], "status": "signed"}, P),
    (ME, "The sides discussed the project of memorandum about cooperation between CANWFZ and "
     "AFCONE.", {"parties": ["CANWFZ", "AFCONE"], "status": "planned"}, P),
    (ME, "It is planned the signing of Memorandum between the States-parties of Semipalatinsk "
     "Treaty and UNRCCA.", {"parties": ["CANWFZ", "UNRCCA"], "status": "planned"}, P),
    (ME, "On 12 November 2025 the states-participants of Treaty on NWFZ in Central Asia and OPANAL "
     "signed the memorandum of understanding.",
     {"parties": ["CANWFZ", "OPANAL"], "status": "signed", "date": "2025-11-12"},
     date(2025, 11, 13)),
    (FO, "The states-participants of CANWFZ agreed to coordinate positions on the eve of the "
     "Review Conference on NPT in 2026 year.", {"forum": "npt-revcon"}, P),
    (FO, "On behalf of states-participants of Semipalatinsk Treaty the joint statement was "
     "announced in First Committee of UN General Assembly.", {"forum": "unga-first-committee"}, P),
    (FO, "The General Assembly of UN adopted the resolution on the Treaty on NWFZ in Central Asia "
     "by consensus.", {"forum": "unga"}, P),
    (FO, "The sides of CANWFZ conducted the side event on the margins of the General Conference of "
     "IAEA.", {"forum": "iaea-gc"}, P),
    (RC, "The Treaty on NWFZ in Central Asia was signed on 8 September 2007 year in city "
     "Semipalatinsk.", {"field": "treaty.signed", "stated": "2007-09-08"}, P),
    (RC, "The CANWFZ Treaty entered into force 21 March 2010 year.",
     {"field": "treaty.entry_into_force", "stated": "2010-03-21"}, P),
    (RC, "In 2026 year the chairmanship in Treaty on NWFZ in Central Asia is carried out by "
     "Tajikistan.", {"field": "chair.2026", "stated": "TJ"}, P),
    (RC, "Semipalatinsk Treaty was signed in city Almaty in 2006 year.",
     {"field": "treaty.signed_place", "stated": "Almaty"}, P),
    # batch 8 (session 4, para-en), written before any rule saw it: fora, events, reviews and
    # memoranda of the Central Asian zone and the other zones in the styles of the ministries'
    # English releases, UN News, UNODA, UNRCCA, the region's agencies, OPANAL, AFCONE, the
    # Pacific Islands Forum and ASEAN (datelines, headlines, appositives, passives, quotes)
    (FO, "NEW YORK, 24 October 2025 - Speaking on behalf of the States Parties to the Treaty on "
     "a Nuclear-Weapon-Free Zone in Central Asia, the Permanent Representative of Turkmenistan "
     "delivered a joint statement in the thematic debate on nuclear weapons of the First "
     "Committee.", {"forum": "unga-first-committee"}, P),
    (FO, "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan submitted a joint "
     "working paper on the Central Asian nuclear-weapon-free zone to the third session of the "
     "Preparatory Committee for the 2026 NPT Review Conference.", {"forum": "npt-prepcom"}, P),
    (FO, "At the Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons in "
     "Vienna, Kazakhstan spoke on behalf of the CANWFZ States Parties, highlighting the zone's "
     "contribution to a world free of nuclear weapons.", {"forum": "tpnw-msp"}, P),
    (FO, "The Central Asian states will hold a side event on the margins of the 69th regular "
     "session of the IAEA General Conference to present the experience of the CANWFZ.",
     {"forum": "iaea-gc"}, P),
    (FO, "Uzbekistan, as chair of the Semipalatinsk Treaty, hosted a side event titled \"Two "
     "Decades of a Nuclear-Weapon-Free Central Asia\" at the 2026 NPT Review Conference in New "
     "York.", {"forum": "npt-revcon"}, P),
    (FO, "Following consultations of the CANWFZ parties, diplomats of the five states agreed to "
     "align their approaches ahead of the 2026 Review Conference of the Parties to the Treaty on "
     "the Non-Proliferation of Nuclear Weapons, the press service of the Kyrgyz Foreign "
     "Ministry reported.", {"forum": "npt-revcon"}, P),
    (FO, "UNITED NATIONS - The General Assembly's First Committee on Thursday approved without a "
     "vote a draft resolution on the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, "
     "introduced by Kyrgyzstan on behalf of the States Parties.",
     {"forum": "unga-first-committee"}, P),
    (FO, "The States Parties to the Treaty of Tlatelolco, through OPANAL, delivered a joint "
     "statement in the general debate of the 2026 NPT Review Conference.",
     {"regime": "tlatelolco", "forum": "npt-revcon"}, P),
    (FO, "Speaking for the Pacific Islands Forum members that are party to the Treaty of "
     "Rarotonga, Fiji told the First Committee that the South Pacific zone remains a cornerstone "
     "of regional security.", {"regime": "rarotonga", "forum": "unga-first-committee"}, P),
    (FO, "ASEAN Member States delivered a joint statement on the Southeast Asia Nuclear "
     "Weapon-Free Zone Treaty at the second session of the Preparatory Committee for the 2026 NPT "
     "Review Conference in Geneva.", {"regime": "bangkok", "forum": "npt-prepcom"}, P),
    (FO, "AFCONE's Executive Secretary briefed a side event on the African Nuclear-Weapon-Free "
     "Zone held during the IAEA General Conference in Vienna.",
     {"regime": "pelindaba", "forum": "iaea-gc"}, P),
    (FO, "Mongolia presented a working paper on its nuclear-weapon-free status to the 2026 NPT "
     "Review Conference.", {"regime": "mongolia-nwfs", "forum": "npt-revcon"}, P),
    (FO, "The CANWFZ States Parties and the CTBTO Preparatory Commission discussed joint "
     "activities on test-ban verification in Central Asia, including training for national data "
     "centres.", {"forum": "ctbto"}, P),
    (FO, "In a joint statement read out in the general debate of the 80th session of the UN "
     "General Assembly, the Central Asian states reaffirmed their commitment to the Semipalatinsk "
     "Treaty.", {"forum": "unga"}, P),
    (FO, "Central Asian States to Coordinate CANWFZ Positions Before First Committee Session",
     {"forum": "unga-first-committee"}, P),
    (FO, "A joint statement by the States Parties to the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central Asia on the occasion of the Meeting of States Parties to the TPNW was circulated as "
     "an official document.", {"forum": "tpnw-msp"}, P),
    (FO, "The resolution entitled \"Treaty on a Nuclear-Weapon-Free Zone in Central Asia\", which "
     "the General Assembly adopts every three years, was co-sponsored by all five parties at the "
     "eightieth session.", {"forum": "unga"}, P),
    (FO, "Representatives of the CANWFZ parties took part in a panel on nuclear-weapon-free zones "
     "that UNODA organised on the sidelines of the NPT PrepCom in Vienna.",
     {"forum": "npt-prepcom"}, P),
    (FO, "The Permanent Mission of Kazakhstan in Vienna, together with the other parties to the "
     "Central Asian zone treaty, presented the zone's achievements at a session of the CTBTO "
     "Preparatory Commission.", {"forum": "ctbto"}, P),
    (FO, "OPANAL's Secretary-General addressed the First Committee on behalf of the 33 States "
     "Parties to the Treaty of Tlatelolco.", {"regime": "tlatelolco",
                                              "forum": "unga-first-committee"}, P),
    (EV, "ASTANA - A round table titled \"The Semipalatinsk Treaty at 20: Lessons for Global "
     "Non-Proliferation\" took place on 3 March 2026, bringing together diplomats, experts and "
     "students.", {"status": "held", "date": "2026-03-03"}, date(2026, 3, 4)),
    (EV, "The Ministry of Foreign Affairs of Uzbekistan, jointly with UNRCCA, will hold an "
     "international conference on the Treaty on a Nuclear-Weapon-Free Zone in Central Asia in "
     "Samarkand in October 2026.", {"status": "planned", "organisers": ["UZ"]}, P),
    (EV, "A photo exhibition marking two decades of the CANWFZ Treaty opened at UN Headquarters "
     "in New York; it was organised by the Permanent Missions of Kazakhstan, Kyrgyzstan, "
     "Tajikistan, Turkmenistan and Uzbekistan.",
     {"status": "held", "organisers": ["KZ", "KG", "TJ", "TM", "UZ"]}, P),
    (EV, "Young diplomats from Kyrgyzstan completed a week-long training course on nuclear "
     "non-proliferation and the Central Asian nuclear-weapon-free zone, organised by the "
     "Diplomatic Academy of the Kyrgyz Foreign Ministry with the support of UNODA.",
     {"status": "held", "organisers": ["KG"]}, P),
    (EV, "A webinar on the role of the Semipalatinsk Treaty in regional security is scheduled for "
     "14 April 2026, the Tajik Foreign Ministry announced.",
     {"status": "planned", "date": "2026-04-14"}, P),
    (EV, "Turkmenistan's Foreign Ministry held an expert seminar in Ashgabat devoted to the CANWFZ "
     "and the country's neutrality.", {"status": "held", "organisers": ["TM"]}, P),
    (EV, "More than 200 students from across Central Asia are expected at a youth forum on a "
     "nuclear-weapon-free future, to be held in Almaty in May as part of the events marking the "
     "20th anniversary of the CANWFZ Treaty.", {"status": "planned"}, P),
    (EV, "OPANAL held a seminar on the Treaty of Tlatelolco for Caribbean diplomats in Kingston on "
     "12 November 2025.", {"regime": "tlatelolco", "status": "held", "date": "2025-11-12"},
     date(2025, 11, 13)),
    (EV, "AFCONE, in cooperation with the Government of South Africa, will convene a regional "
     "workshop on the Pelindaba Treaty and nuclear security in Pretoria next month.",
     {"regime": "pelindaba", "status": "planned"}, P),
    (EV, "The Pacific Islands Forum Secretariat hosted a commemorative event in Suva to mark the "
     "40th anniversary of the Treaty of Rarotonga.", {"regime": "rarotonga", "status": "held"},
     date(2025, 8, 7)),
    (EV, "Mongolia will host an international workshop on its nuclear-weapon-free status in "
     "Ulaanbaatar in September 2026.",
     {"regime": "mongolia-nwfs", "status": "planned", "organisers": ["MN"]}, P),
    (EV, "Kazakh Foreign Ministry to Host Conference on Nuclear-Weapon-Free Zones in Astana",
     {"status": "planned", "organisers": ["KZ"]}, P),
    (EV, "The ASEAN Secretariat organised a workshop on the implementation of the SEANWFZ Treaty "
     "in Jakarta on 20 August 2025, attended by officials of the ten member states.",
     {"regime": "bangkok", "status": "held", "date": "2025-08-20"}, date(2025, 8, 21)),
    (EV, "Lectures, a documentary screening and a quiz for schoolchildren on the Treaty on a "
     "Nuclear-Weapon-Free Zone in Central Asia were held in Khujand by the Tajik Ministry of "
     "Foreign Affairs.", {"status": "held", "organisers": ["TJ"]}, P),
    (RP, "At the meeting, the delegations summarised the activities carried out under the CANWFZ "
     "Treaty in 2025 and agreed on a calendar of joint events for 2026.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The participants evaluated the implementation of the 2025 work plan of the Treaty on a "
     "Nuclear-Weapon-Free Zone in Central Asia and endorsed the draft plan for the next year.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "Kazakhstan, which chairs the CANWFZ in 2026, briefed the partners on the priorities of "
     "its chairmanship and the activities planned for the year.", {"plans_period": 2026}, P),
    (RP, "OPANAL's Council reviewed the Agency's activities in 2025 and adopted its programme of "
     "work for 2026.", {"regime": "tlatelolco", "year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The SEANWFZ Commission considered the progress of its Plan of Action in 2025 and agreed "
     "on the priorities for 2026.", {"regime": "bangkok", "year_reviewed": 2025,
                                     "plans_period": 2026}, P),
    (RP, "AFCONE adopted its programme of work for 2026 at its ordinary session in Addis Ababa.",
     {"regime": "pelindaba", "plans_period": 2026}, P),
    (RP, "Among the outcomes of the consultations: a joint review of the year 2025 under the "
     "CANWFZ Treaty and a list of events to be held in 2026.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "\"We have done a great deal in 2025 to promote the Semipalatinsk Treaty, and next year "
     "we intend to focus on education,\" the Uzbek deputy minister said at the consultative "
     "meeting.", {"year_reviewed": 2025, "plans_period": 2026}, date(2025, 12, 10)),
    (ME, "OPANAL and AFCONE signed a memorandum of understanding on cooperation between the Latin "
     "American and African nuclear-weapon-free zones in Vienna on 23 September 2025.",
     {"regime": "tlatelolco", "parties": ["OPANAL", "AFCONE"], "status": "signed",
      "date": "2025-09-23"}, date(2025, 9, 24)),
    (ME, "The States Parties to the CANWFZ Treaty and Mongolia are discussing a memorandum of "
     "understanding on sharing experience in strengthening their nuclear-weapon-free status.",
     {"parties": ["CANWFZ", "MN"], "status": "planned"}, P),
    (ME, "A memorandum of understanding between ASEAN's SEANWFZ Commission and the Central Asian "
     "nuclear-weapon-free zone is being drafted, officials said.",
     {"parties": ["CANWFZ", "ASEAN"], "status": "planned"}, P),
    (ME, "TASHKENT, 12 May 2026 - The parties to the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central Asia and the United Nations Office for Disarmament Affairs today signed a "
     "memorandum on cooperation in disarmament education.",
     {"parties": ["CANWFZ", "UNODA"], "status": "signed", "date": "2026-05-12"},
     date(2026, 5, 12)),
    (ME, "Under the memorandum of understanding concluded last year between AFCONE and the CANWFZ, "
     "the two zones will exchange information on nuclear security.",
     {"parties": ["CANWFZ", "AFCONE"], "status": "signed"}, P),
    (ME, "Mongolia and OPANAL signed a memorandum of understanding in Mexico City, the Mongolian "
     "Foreign Ministry said.",
     {"regime": "mongolia-nwfs", "parties": ["MN", "OPANAL"], "status": "signed"}, P),
    (ME, "The draft memorandum of cooperation between the Central Asian zone and OPANAL was "
     "finalised by experts and will be submitted for signature at the next consultative meeting.",
     {"parties": ["CANWFZ", "OPANAL"], "status": "planned"}, P),
    (ME, "The heads of OPANAL and the ASEAN Secretariat exchanged signed copies of a memorandum of "
     "understanding linking the Treaty of Tlatelolco and the SEANWFZ Treaty.",
     {"regime": "tlatelolco", "parties": ["OPANAL", "ASEAN"], "status": "signed"}, P),
    (AN, "Two decades have passed since the foreign ministers of the five Central Asian states "
     "signed the Semipalatinsk Treaty on 8 September 2006.",
     {"ordinal": 20, "of": "signature", "year": 2006}, P),
    (AN, "Latin America and the Caribbean celebrate the 59th anniversary of the Treaty of "
     "Tlatelolco, opened for signature on 14 February 1967.",
     {"regime": "tlatelolco", "ordinal": 59, "of": "signature", "anniversary_year": 2026}, P),
    (AN, "This year the Treaty of Pelindaba, which entered into force on 15 July 2009, turns 17.",
     {"regime": "pelindaba", "ordinal": 17, "of": "entry_into_force"}, date(2026, 7, 15)),
    (AN, "The Treaty of Bangkok's 30th anniversary was commemorated in Kuala Lumpur on 15 "
     "December 2025.", {"regime": "bangkok", "ordinal": 30, "anniversary_year": 2025},
     date(2025, 12, 16)),
    (AN, "Seventeen years ago, on 21 March 2009, the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central Asia entered into force.", {"ordinal": 17, "of": "entry_into_force", "year": 2009},
     date(2026, 3, 21)),
    (CT, "With the start of 2026, the presidency of the CANWFZ Treaty rotated from Uzbekistan to "
     "Kazakhstan.", {"from": "UZ", "to": "KZ", "year": 2026}, P),
    (CT, "Kazakhstan, the incoming chair of the Treaty on a Nuclear-Weapon-Free Zone in Central "
     "Asia, thanked the outgoing chair, Uzbekistan, for its work in 2025.",
     {"from": "UZ", "to": "KZ"}, P),
    (CT, "Chairmanship of Central Asian Nuclear-Weapon-Free Zone Treaty Goes to Kyrgyzstan",
     {"to": "KG"}, P),
    (CM, "Senior officials of the five parties to the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central Asia convened in Ashgabat on 28 January 2026 for their annual consultations.",
     {"kind": "annual", "place": "Ashgabat", "date": "2026-01-28", "status": "held"}, P),
    (CM, "The 57th regular session of the General Conference of OPANAL will take place in Mexico "
     "City in November 2026.", {"regime": "tlatelolco", "place": "Mexico City",
                                "status": "planned"}, P),
    (CM, "The Conference of States Parties to the Pelindaba Treaty held its ordinary session in "
     "Addis Ababa.", {"regime": "pelindaba", "place": "Addis Ababa", "status": "held"}, P),
    # batch 9 (session 4, para-en), written after the eighth widening and scored once before
    # the ninth: snippets of two or three sentences, the record told among background (a
    # visit, a debate, a session's other business), a date or an organiser a sentence away
    (FO, "ASTANA - Kazakhstan's Deputy Foreign Minister met UNODA officials on Tuesday. The sides "
     "discussed preparations for the 2026 NPT Review Conference, where the five Central Asian "
     "states intend to present a joint working paper on the Semipalatinsk Treaty.",
     {"forum": "npt-revcon"}, P),
    (FO, "The First Committee concluded its general debate on Friday. Among the draft resolutions "
     "introduced was one on the Treaty on a Nuclear-Weapon-Free Zone in Central Asia, tabled by "
     "Turkmenistan on behalf of the five parties.", {"forum": "unga-first-committee"}, P),
    (FO, "Vienna hosted the 69th IAEA General Conference this week. On its margins, the permanent "
     "missions of the CANWFZ States Parties organised a panel discussion on the zone's safeguards "
     "obligations, moderated by the Kyrgyz ambassador.", {"forum": "iaea-gc"}, P),
    (FO, "Tashkent, 14 March 2026. The deputy foreign ministers of the five Central Asian states "
     "held consultations on the Treaty on a Nuclear-Weapon-Free Zone in Central Asia. They agreed "
     "on a common approach for the upcoming Review Conference of the NPT in New York.",
     {"forum": "npt-revcon"}, P),
    (FO, "The Pacific Islands Forum Leaders reaffirmed their commitment to the Treaty of "
     "Rarotonga. The Forum's members will deliver a joint statement at the 2026 NPT Review "
     "Conference highlighting the legacy of nuclear testing in the Pacific.",
     {"regime": "rarotonga", "forum": "npt-revcon"}, P),
    (FO, "OPANAL took part in the second session of the Preparatory Committee in Geneva. In a "
     "statement on behalf of the States Parties to the Treaty of Tlatelolco, the Secretary-General "
     "called on the nuclear-weapon states to withdraw their interpretative declarations.",
     {"regime": "tlatelolco", "forum": "npt-prepcom"}, P),
    (FO, "AFCONE presented a working paper on the African Nuclear-Weapon-Free Zone at the 2026 NPT "
     "Review Conference. The paper, prepared with the African Union, sets out the Treaty of "
     "Pelindaba's contribution to peaceful uses.", {"regime": "pelindaba", "forum": "npt-revcon"},
     P),
    (FO, "ASEAN foreign ministers met in Kuala Lumpur on 8 July 2025. They agreed that ASEAN would "
     "submit the biennial resolution on the Southeast Asia Nuclear Weapon-Free Zone Treaty to the "
     "First Committee at the eightieth session.",
     {"regime": "bangkok", "forum": "unga-first-committee"}, date(2025, 7, 9)),
    (FO, "The five Central Asian ambassadors to the United Nations briefed journalists in New York "
     "on Monday. \"Our joint statement at the Meeting of States Parties to the TPNW will "
     "underline what the Central Asian nuclear-weapon-free zone has achieved,\" the Kazakh "
     "permanent representative said.", {"forum": "tpnw-msp"}, P),
    (FO, "Uzbekistan's Foreign Ministry said on Wednesday that the CANWFZ States Parties would "
     "hold a side event at the CTBTO Science and Technology Conference in Vienna. The event will "
     "showcase the region's network of monitoring stations.", {"forum": "ctbto"}, P),
    (FO, "The General Assembly on 4 December adopted 58 resolutions and decisions recommended by "
     "its First Committee. Among them was the text on the Central Asian nuclear-weapon-free zone, "
     "adopted without a vote.", {"forum": "unga"}, date(2025, 12, 5)),
    (FO, "Mongolia's delegation at the First Committee introduced the draft resolution on its "
     "international security and nuclear-weapon-free status. The text, traditionally adopted "
     "without a vote, welcomes Mongolia's cooperation with the Central Asian states.",
     {"regime": "mongolia-nwfs", "forum": "unga-first-committee"}, P),
    (EV, "DUSHANBE - The Ministry of Foreign Affairs of Tajikistan held a round table on the "
     "Treaty on a Nuclear-Weapon-Free Zone in Central Asia on 20 February 2026. Diplomats, "
     "scholars and students of the Tajik National University took part.",
     {"status": "held", "organisers": ["TJ"], "date": "2026-02-20"}, date(2026, 2, 21)),
    (EV, "Kazakhstan plans a series of events for the Semipalatinsk Treaty's 20th anniversary. "
     "The first, an international conference in Astana, will take place in September, the "
     "Foreign Ministry's spokesperson told a briefing.",
     {"status": "planned", "organisers": ["KZ"]}, P),
    (EV, "Students of the University of World Economy and Diplomacy in Tashkent took part in a "
     "simulation of a consultative meeting of the CANWFZ parties. The exercise, held on 5 March "
     "2026, was organised by the university with UNRCCA.",
     {"status": "held", "date": "2026-03-05"}, date(2026, 3, 6)),
    (EV, "ASHGABAT - An exhibition of photographs and documents on the Treaty on a "
     "Nuclear-Weapon-Free Zone in Central Asia will open at the Ministry of Foreign Affairs of "
     "Turkmenistan next week. It is timed to the twentieth anniversary of the Treaty's signing.",
     {"status": "planned", "organisers": ["TM"]}, P),
    (EV, "Bishkek hosted a training course on nuclear security for customs officers of the five "
     "Central Asian states from 10 to 14 November 2025. Organised by the Kyrgyz Foreign Ministry "
     "and the IAEA, the course covered the obligations of the parties to the CANWFZ Treaty.",
     {"status": "held", "organisers": ["KG"]}, date(2025, 11, 15)),
    (EV, "OPANAL and the Government of Brazil convened a seminar in Brasilia on 14 February 2026 "
     "to mark the anniversary of the Treaty of Tlatelolco. Speakers recalled the treaty's role as "
     "a model for other zones.", {"regime": "tlatelolco", "status": "held", "date": "2026-02-14"},
     date(2026, 2, 15)),
    (EV, "The African Commission on Nuclear Energy will organise a webinar for African youth on "
     "the Pelindaba Treaty on 15 July 2026, the anniversary of its entry into force.",
     {"regime": "pelindaba", "status": "planned", "date": "2026-07-15"}, P),
    (EV, "The Executive Committee of the SEANWFZ Commission met in Jakarta. It agreed to hold a "
     "regional seminar on the Treaty of Bangkok in Manila in November 2025, hosted by the "
     "Philippines.", {"regime": "bangkok", "status": "planned", "organisers": ["PH"]},
     date(2025, 7, 10)),
    (EV, "A youth forum titled \"Central Asia without Nuclear Weapons\" brought together 150 "
     "students in Samarkand on 28 April 2026. It was organised by the Ministry of Foreign Affairs "
     "of Uzbekistan to mark two decades of the CANWFZ Treaty.",
     {"status": "held", "organisers": ["UZ"], "date": "2026-04-28"}, date(2026, 4, 29)),
    (EV, "Kazakhstan's Foreign Ministry and Nazarbayev University will host a summer school on "
     "nuclear non-proliferation in July. The programme includes a module on the Semipalatinsk "
     "Treaty and the other nuclear-weapon-free zones.", {"status": "planned", "organisers": ["KZ"]},
     P),
    (RP, "The consultative meeting of the CANWFZ parties was held in Astana on 29 January 2026. "
     "The delegations reviewed the work done under the Treaty in 2025. They also approved a plan "
     "of joint events for 2026.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "At the meeting, Kyrgyzstan, the outgoing chair, presented a report on the implementation "
     "of the Semipalatinsk Treaty in 2025, which the parties approved.", {"year_reviewed": 2025},
     P),
    (RP, "OPANAL's General Conference met in Mexico City. Member states considered the "
     "Secretary-General's report on the Agency's activities in 2025 and approved the budget and "
     "programme of work for 2026.",
     {"regime": "tlatelolco", "year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia met by "
     "videoconference. They took stock of what was achieved in 2025 and set out their priorities "
     "for the year ahead.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "AFCONE's Commissioners reviewed progress in implementing the Pelindaba Treaty during "
     "2025. The session also adopted the Commission's work plan for 2026-2027.",
     {"regime": "pelindaba", "year_reviewed": 2025}, P),
    (RP, "Speaking after the meeting, Uzbekistan's deputy foreign minister said the 2025 work plan "
     "of the CANWFZ had largely been fulfilled. \"For 2026, we have agreed on a seminar, a joint "
     "statement at the Review Conference and an exhibition,\" he added.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (ME, "The Secretary-General of OPANAL visited Astana on 12 May 2026. During the visit, a "
     "memorandum of understanding between OPANAL and the States Parties to the Treaty on a "
     "Nuclear-Weapon-Free Zone in Central Asia was signed.",
     {"parties": ["CANWFZ", "OPANAL"], "status": "signed", "date": "2026-05-12"},
     date(2026, 5, 13)),
    (ME, "AFCONE and the ISTC are preparing a plan of action under the memorandum of cooperation "
     "they concluded in 2019, the Commission said.",
     {"regime": "pelindaba", "parties": ["AFCONE", "ISTC"], "status": "signed"}, P),
    (ME, "Central Asian and Southeast Asian diplomats met in Bangkok. They agreed to work towards "
     "a memorandum of understanding between the CANWFZ and the SEANWFZ Commission to exchange "
     "experience.", {"parties": ["CANWFZ", "ASEAN"], "status": "planned"}, P),
    (ME, "Mongolia and the CANWFZ States Parties signed a memorandum of understanding on 20 "
     "September 2025 on the sidelines of the UN General Assembly. It provides for exchanges of "
     "experts.", {"parties": ["CANWFZ", "MN"], "status": "signed", "date": "2025-09-20"},
     date(2025, 9, 21)),
    (ME, "UNRCCA and the five parties to the Semipalatinsk Treaty will sign a memorandum on "
     "cooperation in preventive diplomacy and non-proliferation. The signing is scheduled for the "
     "consultative meeting in Bishkek.", {"parties": ["CANWFZ", "UNRCCA"], "status": "planned"},
     P),
    (AN, "The Treaty of Rarotonga was signed on 6 August 1985. Forty years on, Pacific leaders say "
     "its promise is more relevant than ever.",
     {"regime": "rarotonga", "ordinal": 40, "of": "signature", "year": 1985}, date(2025, 8, 6)),
    (AN, "This September the Central Asian nuclear-weapon-free zone treaty turns twenty. It was "
     "signed in Semipalatinsk, a site chosen for its history of nuclear testing.",
     {"ordinal": 20, "of": "signature"}, P),
    (AN, "Mongolia celebrates the 34th anniversary of its declaration of a nuclear-weapon-free "
     "status this year.", {"regime": "mongolia-nwfs", "ordinal": 34}, P),
    (CT, "From 1 January 2026 the chairmanship of the Treaty on a Nuclear-Weapon-Free Zone in "
     "Central Asia is held by Kazakhstan. Uzbekistan chaired it in 2025.",
     {"to": "KZ", "effective": "2026-01-01"}, P),
    (CT, "Tajikistan has handed the chair of the CANWFZ to Turkmenistan. The handover took place "
     "at the consultative meeting in Dushanbe on 25 January.", {"from": "TJ", "to": "TM"}, P),
    (CM, "The States Parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia will meet "
     "in Bishkek in February 2027. The meeting will be chaired by Kyrgyzstan, which takes over "
     "the chairmanship on 1 January.", {"place": "Bishkek", "status": "planned", "chair": "KG"},
     P),
    (CM, "The Council of OPANAL held its 300th session in Mexico City on 10 March 2026. It was "
     "chaired by Chile.", {"regime": "tlatelolco", "status": "held", "date": "2026-03-10"},
     date(2026, 3, 11)),
    # batch 10 (session 4, para-en), written after the ninth widening and scored once before
    # the tenth: numbered paragraphs of communiques, UNRCCA, UNODA, OPANAL, AFCONE and Pacific
    # Islands Forum releases, agency ledes with the source last, notes of other zones' bodies
    (FO, "45. We reaffirmed our commitment to preserving Southeast Asia as a Nuclear Weapon-Free "
     "Zone. We look forward to ASEAN's joint statement at the 2026 Review Conference of the "
     "Parties to the NPT.", {"regime": "bangkok", "forum": "npt-revcon"}, P),
    (FO, "Leaders welcomed the coordinated approach of Forum Members party to the Rarotonga Treaty "
     "at the Meeting of States Parties to the TPNW, and encouraged further joint engagement.",
     {"regime": "rarotonga", "forum": "tpnw-msp"}, P),
    (FO, "UNRCCA facilitated a meeting of experts of the CANWFZ States Parties in Ashgabat to "
     "prepare the zone's joint statement for the First Committee. The experts also exchanged "
     "views on national implementation.", {"forum": "unga-first-committee"}, P),
    (FO, "BAKU, Azerbaijan, March 3. Central Asian countries will jointly present the experience "
     "of the nuclear-weapon-free zone in Central Asia at the 2026 NPT Review Conference, the "
     "Kazakh Deputy Foreign Minister said.", {"forum": "npt-revcon"}, P),
    (FO, "Uzbekistan, on behalf of the five States Parties to the CANWFZ Treaty, delivered a "
     "statement at the 69th session of the IAEA General Conference, stressing the importance of "
     "negative security assurances.", {"forum": "iaea-gc"}, P),
    (FO, "At the invitation of the CTBTO, the Executive Secretary of AFCONE addressed its Science "
     "and Technology Conference, presenting the African zone's cooperation with the "
     "Organization.", {"regime": "pelindaba", "forum": "ctbto"}, P),
    (FO, "The Member States of OPANAL agreed to present a joint working paper on negative security "
     "assurances to the 2026 NPT Review Conference. The draft will be circulated to the Member "
     "States by 30 March.", {"regime": "tlatelolco", "forum": "npt-revcon"}, P),
    (FO, "The Central Asian states' resolution on their nuclear-weapon-free zone is back on the UN "
     "General Assembly's agenda this autumn, the Kyrgyz mission said, with all five states "
     "expected to co-sponsor it.", {"forum": "unga"}, P),
    (FO, "UNODA supported a side event on nuclear-weapon-free zones on the margins of the First "
     "Committee, at which the CANWFZ chair, OPANAL, AFCONE and the ASEAN Secretariat presented "
     "their zones' work.", {"forum": "unga-first-committee"}, P),
    (EV, "An international conference \"Central Asia - a Zone Free of Nuclear Weapons: 20 Years of "
     "Experience\" will be held at the Tashkent State University of Law on 12 September. The "
     "event is organised by the Ministry of Foreign Affairs of Uzbekistan together with UNRCCA.",
     {"status": "planned", "organisers": ["UZ"], "date": "2026-09-12"}, date(2026, 9, 1)),
    (EV, "More than 300 people visited the exhibition devoted to the CANWFZ that opened in the "
     "Kazakh Foreign Ministry's building on 4 March. The exhibition runs until 20 March.",
     {"status": "held", "organisers": ["KZ"], "date": "2026-03-04"}, date(2026, 3, 5)),
    (EV, "AFCONE Hosts Regional Training Workshop on the Pelindaba Treaty in Accra\nThe workshop "
     "took place from 2 to 4 June 2025 with participants from twelve States Parties.",
     {"regime": "pelindaba", "status": "held", "date": "2025-06-02"}, date(2025, 6, 5)),
    (EV, "On 14 February 2026, the 59th anniversary of the opening for signature of the Treaty of "
     "Tlatelolco, OPANAL organised a lecture at the Instituto Matias Romero in Mexico City.",
     {"regime": "tlatelolco", "status": "held", "date": "2026-02-14"}, date(2026, 2, 15)),
    (EV, "The Pacific Islands Forum Secretariat will convene a virtual dialogue on the Rarotonga "
     "Treaty for youth leaders on 6 August 2026 to mark the 41st anniversary of its signing.",
     {"regime": "rarotonga", "status": "planned", "date": "2026-08-06"}, P),
    (EV, "A seminar on the role of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia in "
     "strengthening regional security was held at the Diplomatic Academy of Tajikistan's Foreign "
     "Ministry on 3 March 2026.", {"status": "held", "organisers": ["TJ"], "date": "2026-03-03"},
     date(2026, 3, 4)),
    (EV, "The Kyrgyz Foreign Ministry, together with the OSCE Programme Office in Bishkek, is "
     "preparing a round table on the Semipalatinsk Treaty for late April.",
     {"status": "planned", "organisers": ["KG"]}, P),
    (EV, "Ulaanbaatar, 27 February 2026. The Ministry of Foreign Affairs of Mongolia held a public "
     "lecture on Mongolia's nuclear-weapon-free status for university students.",
     {"regime": "mongolia-nwfs", "status": "held", "organisers": ["MN"], "date": "2026-02-27"},
     date(2026, 2, 28)),
    (RP, "During the consultations, the parties to the CANWFZ Treaty summed up the implementation "
     "of the joint action plan for 2025 and agreed on key events for 2026, including a "
     "ministerial meeting in Astana.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The SEANWFZ Commission noted the progress made in 2025 in implementing its Plan of "
     "Action and tasked the Executive Committee with preparing the work programme for 2026.",
     {"regime": "bangkok", "year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The 17th Ordinary Session of AFCONE considered the Commission's annual report for 2025 "
     "and approved its work programme and budget for 2026.",
     {"regime": "pelindaba", "year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "ASTANA, Kazakhstan, January 29. The CANWFZ states reviewed the results of 2025 and "
     "mapped out a joint calendar of events for 2026, the Kazakh MFA told Trend.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The sides highlighted the results achieved during Turkmenistan's chairmanship of the "
     "Treaty on a Nuclear-Weapon-Free Zone in Central Asia in 2024 and discussed the priorities "
     "for 2025.", {"year_reviewed": 2024, "plans_period": 2025}, date(2025, 1, 30)),
    (ME, "UNRCCA and the States Parties to the CANWFZ Treaty reviewed the implementation of the "
     "memorandum of understanding they signed in 2023 and agreed to extend it.",
     {"parties": ["CANWFZ", "UNRCCA"], "status": "signed"}, P),
    (ME, "OPANAL and the Commission for the Southeast Asia Nuclear Weapon-Free Zone are "
     "negotiating a memorandum of understanding, the Secretary-General informed the Council.",
     {"regime": "tlatelolco", "parties": ["OPANAL", "ASEAN"], "status": "planned"}, P),
    (ME, "AFCONE and the African Union Commission signed a memorandum of understanding in Addis "
     "Ababa on 10 February 2026 to strengthen the implementation of the Pelindaba Treaty.",
     {"regime": "pelindaba", "parties": ["AFCONE", "AU"], "status": "signed",
      "date": "2026-02-10"}, date(2026, 2, 11)),
    (ME, "A memorandum of understanding between the Central Asian nuclear-weapon-free zone and the "
     "African Commission on Nuclear Energy may be signed this year, the Kazakh Foreign Ministry "
     "said.", {"parties": ["CANWFZ", "AFCONE"], "status": "planned"}, P),
    (ME, "The parties to the Semipalatinsk Treaty approved the text of a memorandum of cooperation "
     "with UNODA, which is to be signed at the Review Conference in New York.",
     {"parties": ["CANWFZ", "UNODA"], "status": "planned"}, P),
    (AN, "Fifteen years have passed since the African Nuclear-Weapon-Free Zone Treaty entered into "
     "force on 15 July 2009.", {"regime": "pelindaba", "ordinal": 15, "of": "entry_into_force",
                                 "year": 2009}, date(2024, 7, 15)),
    (AN, "Next year marks the 20th anniversary of the signing of the Central Asian zone treaty, "
     "and preparations are under way, the Uzbek ministry said.",
     {"ordinal": 20, "of": "signature", "anniversary_year": 2026}, date(2025, 10, 1)),
    (CM, "The 19th consultative meeting of the States Parties to the CANWFZ Treaty is scheduled "
     "for 27-28 January 2027 in Bishkek.",
     {"place": "Bishkek", "status": "planned", "date": "2027-01-27"}, P),
    # batch 11 (session 4, para-en), written after the widening from the development part's
    # false fora and scored once: longer snippets with the record beside other business
    (FO, "The Permanent Representative of Kazakhstan chaired informal consultations of the "
     "CANWFZ States Parties in New York on 10 October 2025. The five delegations finalised the "
     "text of their joint statement for the First Committee's thematic debate.",
     {"forum": "unga-first-committee"}, date(2025, 10, 11)),
    (FO, "Speaking for the States Parties to the Treaty of Bangkok, Malaysia told the 2026 NPT "
     "Review Conference that the Protocol remained open for signature.",
     {"regime": "bangkok", "forum": "npt-revcon"}, P),
    (FO, "The OPANAL Council agreed that the Secretary-General would deliver a statement on behalf "
     "of the 33 Member States at the IAEA General Conference in September.",
     {"regime": "tlatelolco", "forum": "iaea-gc"}, P),
    (FO, "Mongolia will once again submit its resolution on its international security and "
     "nuclear-weapon-free status to the First Committee this autumn, the Foreign Ministry in "
     "Ulaanbaatar said.", {"regime": "mongolia-nwfs", "forum": "unga-first-committee"}, P),
    (FO, "The five Central Asian states have agreed a joint working paper on the CANWFZ for the "
     "third session of the NPT Preparatory Committee. The paper will be presented in New York in "
     "April.", {"forum": "npt-prepcom"}, P),
    (EV, "The Embassy of Kazakhstan in Vienna organised a reception on 8 September 2026 to mark "
     "twenty years since the signing of the Semipalatinsk Treaty.",
     {"status": "held", "organisers": ["KZ"], "date": "2026-09-08"}, date(2026, 9, 9)),
    (EV, "Kyrgyz students won the regional essay contest on the Treaty on a Nuclear-Weapon-Free "
     "Zone in Central Asia. The awards ceremony was held in Bishkek on 15 May 2026.",
     {"status": "held"}, date(2026, 5, 16)),
    (EV, "An online course on nuclear-weapon-free zones, with a module on the Treaty of Rarotonga, "
     "will be launched by the Pacific Islands Forum Secretariat in March.",
     {"regime": "rarotonga", "status": "planned"}, P),
    (EV, "OPANAL will hold its annual seminar for diplomats on the Treaty of Tlatelolco in "
     "Santiago, Chile, on 20 October 2026.",
     {"regime": "tlatelolco", "status": "planned", "date": "2026-10-20"}, P),
    (EV, "Turkmenistan's Institute of International Relations hosted a lecture on the CANWFZ for "
     "students on 2 February 2026. It was organised with the support of UNRCCA.",
     {"status": "held", "date": "2026-02-02"}, date(2026, 2, 3)),
    (RP, "Wrapping up Kazakhstan's year as chair of the CANWFZ Treaty, the parties noted that all "
     "events planned for 2026 had been held, and agreed on a programme for 2027.",
     {"year_reviewed": 2026, "plans_period": 2027}, date(2026, 12, 10)),
    (RP, "The SEANWFZ Executive Committee reviewed the implementation of the Plan of Action in "
     "2025 and recommended activities for 2026 to the Commission.",
     {"regime": "bangkok", "year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "OPANAL's 2025 activity report, approved by the Council, was presented to the General "
     "Conference together with the Agency's work plan for 2026.",
     {"regime": "tlatelolco", "year_reviewed": 2025, "plans_period": 2026}, P),
    (ME, "OPANAL and AFCONE are expected to sign a memorandum of understanding on the margins of "
     "the NPT Review Conference in New York.",
     {"regime": "tlatelolco", "parties": ["OPANAL", "AFCONE"], "status": "planned"}, P),
    (ME, "A memorandum between the ASEAN Secretariat and the CANWFZ States Parties on sharing "
     "experience in implementing their treaties was signed on 10 July 2026 in Vientiane.",
     {"parties": ["CANWFZ", "ASEAN"], "status": "signed", "date": "2026-07-10"},
     date(2026, 7, 11)),
    (ME, "The CANWFZ and UNODA marked the first anniversary of their memorandum of understanding, "
     "signed in Tashkent in May 2025, with a joint webinar.",
     {"parties": ["CANWFZ", "UNODA"], "status": "signed"}, date(2026, 5, 20)),
    (AN, "On 21 March 2026 the Treaty on a Nuclear-Weapon-Free Zone in Central Asia turns "
     "seventeen.", {"ordinal": 17, "of": "entry_into_force"}, date(2026, 3, 20)),
    (AN, "It is forty years since the South Pacific Nuclear Free Zone Treaty was opened for "
     "signature at Rarotonga.", {"regime": "rarotonga", "ordinal": 40, "of": "signature"},
     date(2025, 8, 6)),
    (CT, "Kyrgyzstan Hands CANWFZ Chairmanship to Tajikistan", {"from": "KG", "to": "TJ"}, P),
    (CM, "Delegations of the five states parties to the Semipalatinsk Treaty gathered in Dushanbe "
     "on 4 February 2026 for their regular consultative meeting, chaired by Tajikistan.",
     {"place": "Dushanbe", "date": "2026-02-04", "chair": "TJ", "status": "held"},
     date(2026, 2, 5)),
    # batch 12 (session 4, para-en), written after the eleventh widening and scored once: the
    # Central Asian zone only, in the long sentences of the five ministries' English releases
    (FO, "In the course of the 80th session of the UN General Assembly, the delegations of "
     "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan held consultations aimed at "
     "coordinating their approaches to the draft resolution on the Treaty on a Nuclear-Weapon-Free "
     "Zone in Central Asia, which is to be considered by the First Committee.",
     {"forum": "unga-first-committee"}, P),
    (FO, "The Turkmen side informed the partners about the preparations for a joint side event of "
     "the States Parties to the CANWFZ Treaty, which will be organised on the sidelines of the "
     "Eleventh NPT Review Conference in New York.", {"forum": "npt-revcon"}, P),
    (FO, "Particular attention was paid to interaction between the Central Asian states within the "
     "framework of the Treaty on the Prohibition of Nuclear Weapons, including at the upcoming "
     "Meeting of States Parties to the TPNW.", {"forum": "tpnw-msp"}, P),
    (FO, "The Kyrgyz delegation, which currently coordinates the work of the CANWFZ States Parties "
     "in Vienna, delivered a joint statement on their behalf at the 69th regular session of the "
     "IAEA General Conference.", {"forum": "iaea-gc"}, P),
    (FO, "Following the consultations, the parties agreed to continue close cooperation on "
     "strengthening the Central Asian nuclear-weapon-free zone at international platforms, "
     "primarily the United Nations and the NPT review process, including the 2026 Review "
     "Conference of the Parties to the NPT.", {"forum": "npt-revcon"}, P),
    (EV, "As part of the events dedicated to the 20th anniversary of the signing of the Treaty on "
     "a Nuclear-Weapon-Free Zone in Central Asia, the Ministry of Foreign Affairs of the Kyrgyz "
     "Republic, in cooperation with the OSCE Programme Office in Bishkek, held a round table "
     "with the participation of representatives of state bodies, the academic community and "
     "international organisations.", {"status": "held", "organisers": ["KG"]}, P),
    (EV, "The Ministry of Foreign Affairs of Turkmenistan plans to organise, in the second half of "
     "2026, an international scientific conference on the role of nuclear-weapon-free zones, "
     "with a special session devoted to the Semipalatinsk Treaty.",
     {"status": "planned", "organisers": ["TM"]}, P),
    (EV, "On 9 April 2026, the Diplomatic Academy under the Ministry of Foreign Affairs of the "
     "Republic of Tajikistan hosted a briefing for students and young diplomats on the history "
     "and significance of the CANWFZ Treaty.",
     {"status": "held", "organisers": ["TJ"], "date": "2026-04-09"}, date(2026, 4, 10)),
    (EV, "Uzbekistan's Ministry of Foreign Affairs, together with the University of World Economy "
     "and Diplomacy, conducted a model negotiation on a nuclear-weapon-free zone for students, "
     "based on the experience of the Semipalatinsk Treaty.",
     {"status": "held", "organisers": ["UZ"]}, P),
    (EV, "An exhibition of archival documents related to the drafting and signing of the Treaty on "
     "a Nuclear-Weapon-Free Zone in Central Asia is being prepared by the Ministry of Foreign "
     "Affairs of Kazakhstan and will be opened in Astana in September.",
     {"status": "planned", "organisers": ["KZ"]}, P),
    (RP, "The participants of the meeting exchanged views on the results of the implementation of "
     "the Treaty on a Nuclear-Weapon-Free Zone in Central Asia in 2025 and considered proposals "
     "for joint events in 2026.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The Uzbek side, which chaired the CANWFZ in 2025, presented information on the "
     "activities carried out during its chairmanship, while the Kazakh side outlined the "
     "priorities of its chairmanship in 2026, which were supported by the parties.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The parties positively assessed the level of cooperation achieved within the Treaty in "
     "2025 and adopted a joint plan of action for 2026, which provides for a number of "
     "commemorative events.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "It was agreed to hold, throughout 2026, a series of joint events, the list of which was "
     "approved at the consultative meeting of the CANWFZ parties.", {"plans_period": 2026}, P),
    (ME, "The States Parties to the CANWFZ Treaty noted the importance of concluding a memorandum "
     "of understanding with the African Commission on Nuclear Energy and instructed experts to "
     "finalise its text.", {"parties": ["CANWFZ", "AFCONE"], "status": "planned"}, P),
    (ME, "The memorandum of understanding between the Central Asian nuclear-weapon-free zone and "
     "OPANAL, signed in 2025, opened new opportunities for the exchange of experience, the Kazakh "
     "diplomat noted.", {"parties": ["CANWFZ", "OPANAL"], "status": "signed"}, P),
    (ME, "Kazakhstan, as the chair of the Treaty, signed on behalf of the five parties a "
     "memorandum of cooperation with the United Nations Regional Centre for Preventive "
     "Diplomacy for Central Asia on 14 May 2026.",
     {"parties": ["CANWFZ", "UNRCCA"], "status": "signed", "date": "2026-05-14"},
     date(2026, 5, 15)),
    (AN, "This year we celebrate the 20th anniversary of the signing of the Semipalatinsk Treaty, "
     "which has made our region free of nuclear weapons, the Minister stressed.",
     {"ordinal": 20, "of": "signature", "anniversary_year": 2026}, P),
    (CT, "Since 1 January 2026, the Republic of Kazakhstan has been chairing the Treaty on a "
     "Nuclear-Weapon-Free Zone in Central Asia, having taken over this function from the "
     "Republic of Uzbekistan.", {"from": "UZ", "to": "KZ", "effective": "2026-01-01"}, P),
    (CM, "On 29-30 January 2026, Astana hosted the regular consultative meeting of the States "
     "Parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia at the level of "
     "deputy foreign ministers.",
     {"place": "Astana", "date": "2026-01-29", "status": "held", "kind": "annual"}, P),
    # added with the widening from the development part's missed memoranda (plural memoranda
    # with several partners: one memorandum with each), in other words
    (ME, "OPANAL is holding negotiations with the European Union and China to conclude memoranda "
     "of understanding on disarmament education.",
     {"regime": "tlatelolco", "parties": ["OPANAL", "EU"], "status": "planned"}, P),
    (ME, "OPANAL is holding negotiations with the European Union and China to conclude memoranda "
     "of understanding on disarmament education.",
     {"regime": "tlatelolco", "parties": ["OPANAL", "CN"], "status": "planned"}, P),
    # batch 13 (session 4, para-en), written last and scored once after every widening of the
    # session: short agency news and UN News narrative, in words none of the batches used
    (FO, "Central Asia's five nations pooled their voices at the UN disarmament committee on "
     "Tuesday, with Tajikistan reading a common text on their nuclear-weapon-free zone to the "
     "First Committee.", {"forum": "unga-first-committee"}, P),
    (FO, "Diplomats from the CANWFZ countries met in Vienna to line up a common message for the "
     "IAEA General Conference, the Kyrgyz mission said.", {"forum": "iaea-gc"}, P),
    (FO, "The Rarotonga Treaty's parties are to table a joint working paper at the 2026 NPT "
     "Review Conference, a Forum Secretariat official said.",
     {"regime": "rarotonga", "forum": "npt-revcon"}, P),
    (FO, "Mongolia's envoy told the TPNW's Meeting of States Parties that his country's "
     "nuclear-weapon-free status was a contribution to the Treaty's goals.",
     {"regime": "mongolia-nwfs", "forum": "tpnw-msp"}, P),
    (EV, "Schoolchildren in Khorog drew posters about a nuclear-free Central Asia for a contest "
     "run by the Tajik Foreign Ministry; the winners were announced on 2 March 2026.",
     {"status": "held", "organisers": ["TJ"]}, date(2026, 3, 3)),
    (EV, "A photo display on twenty years of the Semipalatinsk Treaty goes on show at the UN "
     "Office in Geneva next month, courtesy of Kazakhstan's Permanent Mission.",
     {"status": "planned", "organisers": ["KZ"]}, P),
    (EV, "OPANAL teamed up with the University of Buenos Aires for a week-long course on the "
     "Treaty of Tlatelolco that ended on 9 May 2025.",
     {"regime": "tlatelolco", "status": "held"}, date(2025, 5, 10)),
    (EV, "The ASEAN Secretariat will run a webinar on the SEANWFZ Treaty for young diplomats on 3 "
     "December 2025.", {"regime": "bangkok", "status": "planned", "date": "2025-12-03"},
     date(2025, 11, 20)),
    (RP, "Looking back at 2025, the CANWFZ partners counted a joint statement, two seminars and a "
     "documentary among their achievements; for 2026 they signed off on a bigger anniversary "
     "programme.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "AFCONE took stock of its 2025 work at its session in Pretoria and set targets for "
     "2026.", {"regime": "pelindaba", "year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The Semipalatinsk Treaty's parties agreed their 2026 to-do list at talks in Astana: a "
     "conference, a joint statement and an exhibition.", {"plans_period": 2026}, P),
    (ME, "The Central Asian nuclear-weapon-free zone and OPANAL put pen to paper on a cooperation "
     "memorandum in New York on 5 May 2026.",
     {"parties": ["CANWFZ", "OPANAL"], "status": "signed", "date": "2026-05-05"},
     date(2026, 5, 6)),
    (ME, "AFCONE hopes to ink a memorandum with the Central Asian zone next year, its Executive "
     "Secretary said.", {"parties": ["CANWFZ", "AFCONE"], "status": "planned"}, P),
    (AN, "The Treaty of Tlatelolco is 59 years old today.",
     {"regime": "tlatelolco", "ordinal": 59}, date(2026, 2, 14)),
    (CT, "Uzbekistan hands over CANWFZ chair to Kazakhstan at year's end",
     {"from": "UZ", "to": "KZ"}, date(2025, 12, 20)),
    (CM, "Bishkek is set to host the next round of consultations of the Semipalatinsk Treaty "
     "parties in early 2027.", {"place": "Bishkek", "status": "planned"}, P),
    # batch 14 (session 4, en2): multi-sentence snippets in news-agency and ministry English,
    # the facts spread over 2-4 sentences with background between; written before any run
    (RP, "The consultative meeting of the CANWFZ States Parties took place in Astana on 29 "
     "January. Delegations went through what had been achieved under the Treaty over the past "
     "year. They then approved a roadmap of joint activities for 2026.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "ASTANA (Kazinform) - Deputy foreign ministers of the five Central Asian states met in "
     "the Kazakh capital. Under the agenda, the sides summed up the implementation of the Treaty "
     "on a Nuclear-Weapon-Free Zone in Central Asia in 2025. A calendar of joint events for 2026 "
     "was also approved.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The Semipalatinsk Treaty parties reviewed the outcomes of Uzbekistan's chairmanship in "
     "2025. Uzbekistan's term was described as productive. The meeting also endorsed the list of "
     "priorities proposed by Kazakhstan for 2026.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "TASHKENT, January 30 (Daryo) - The CANWFZ parties gave an account of the work done in "
     "2025. Much of it related to the Treaty's forthcoming anniversary. For 2026, the delegations "
     "mapped out a schedule of seminars and exhibitions.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The Kyrgyz delegation informed the partners about the fulfilment of the 2025 joint "
     "action plan under the CANWFZ Treaty. The information was taken note of. The parties went "
     "on to agree the main lines of cooperation for 2026.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The parties to the Central Asian nuclear-weapon-free zone treaty held their annual "
     "meeting on Friday, Trend reports. The results of the year 2025 were analysed in detail. "
     "Kazakhstan, which took over the chairmanship, presented its roadmap for 2026, and the "
     "parties backed it.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The OPANAL Council met in Mexico City on 20 January 2026. Member states heard the "
     "Secretary-General's account of the Agency's work during 2025. The Council then adopted the "
     "programme of activities for 2026.",
     {"regime": "tlatelolco", "year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "AFCONE's Commissioners convened in Addis Ababa. They appraised the Commission's "
     "performance in 2025 against its strategic plan. A work plan for 2026, including outreach "
     "to other zones, was approved.",
     {"regime": "pelindaba", "year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The SEANWFZ Commission convened in Kuala Lumpur. Ministers noted progress made in "
     "implementing the Commission's Plan of Action during 2025. Priorities for 2026 were also "
     "identified.", {"regime": "bangkok", "year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The five Central Asian countries marked another year of cooperation under their "
     "nuclear-weapon-free zone treaty. At a meeting in Ashgabat, officials compared notes on how "
     "the 2025 plan had worked out. A fresh set of joint steps for 2026 was agreed upon.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "Uzbekistan's Foreign Ministry said on Thursday that the CANWFZ parties had approved "
     "their joint action plan for 2026. The plan was drawn up by the Kazakh chairmanship. It "
     "builds on the results achieved in 2025, which the parties rated highly.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The consultative meeting on the Semipalatinsk Treaty concluded in Tashkent. "
     "Participants discussed the state of implementation of the decisions taken a year earlier. "
     "An agreement was reached on the timetable of joint events for 2026.",
     {"plans_period": 2026}, date(2025, 12, 5)),
    (EV, "The Ministry of Foreign Affairs of Kyrgyzstan held a round table in Bishkek on 12 March "
     "2026. The event was dedicated to the 20th anniversary of the Treaty on a "
     "Nuclear-Weapon-Free Zone in Central Asia. Experts and students took part.",
     {"status": "held", "organisers": ["KG"], "date": "2026-03-12"}, date(2026, 3, 13)),
    (EV, "An international conference will be held in Astana in September 2026. It is being "
     "organised by Kazakhstan's Foreign Ministry together with UNODA. The conference will focus "
     "on the CANWFZ Treaty's role in global non-proliferation.",
     {"status": "planned", "organisers": ["KZ"]}, P),
    (EV, "Turkmen diplomats visited the Institute of International Relations in Ashgabat on 4 "
     "February 2026. They gave a lecture to students on the history of the Central Asian "
     "nuclear-weapon-free zone. A quiz followed.",
     {"status": "held", "organisers": ["TM"], "date": "2026-02-04"}, date(2026, 2, 5)),
    (EV, "DUSHANBE (AKIpress) - A seminar for young diplomats opened in the Tajik capital on "
     "Monday. The Ministry of Foreign Affairs of Tajikistan and the UNRCCA are behind the event. "
     "Participants will study the provisions of the Semipalatinsk Treaty over three days.",
     {"status": "held", "organisers": ["TJ"]}, date(2026, 4, 14)),
    (EV, "Uzbekistan plans to hold a scientific-practical conference in Samarkand in May. The "
     "Foreign Ministry said the conference would be devoted to the CANWFZ Treaty. Scholars from "
     "all five states are expected.", {"status": "planned", "organisers": ["UZ"]}, P),
    (EV, "A documentary about the road to the Central Asian nuclear-weapon-free zone premiered in "
     "Almaty on 29 August 2026. The screening was arranged by the Kazakh Foreign Ministry. "
     "Veterans of the negotiations attended.",
     {"status": "held", "organisers": ["KZ"], "date": "2026-08-29"}, date(2026, 8, 30)),
    (EV, "OPANAL will hold its annual disarmament education course in Mexico City in October. "
     "Applications are open to diplomats from the region. The course covers the Treaty of "
     "Tlatelolco and the other zones.", {"regime": "tlatelolco", "status": "planned"}, P),
    (EV, "Mongolia's Foreign Ministry organised a panel discussion in Ulaanbaatar on 3 December "
     "2025. The discussion marked the anniversary of the UN resolution on Mongolia's "
     "nuclear-weapon-free status. Diplomats and researchers spoke.",
     {"regime": "mongolia-nwfs", "status": "held", "organisers": ["MN"]}, date(2025, 12, 4)),
    (EV, "Students of the Kyrgyz-Russian Slavic University competed in a debate tournament on 18 "
     "April 2026. The tournament, held on the theme of the Central Asian nuclear-weapon-free "
     "zone, was organised by the Foreign Ministry of Kyrgyzstan. The winning team will visit "
     "Vienna.", {"status": "held", "organisers": ["KG"]}, date(2026, 4, 20)),
    (EV, "An online briefing on the Semipalatinsk Treaty is scheduled for 10 June 2026. "
     "Turkmenistan's Ministry of Foreign Affairs will host it for journalists from the region.",
     {"status": "planned", "organisers": ["TM"], "date": "2026-06-10"}, date(2026, 6, 1)),
    (ME, "The CANWFZ and AFCONE have moved closer to formalising their ties. A draft memorandum "
     "of understanding between them was circulated to the parties in January. Signature is "
     "expected later this year.", {"parties": ["CANWFZ", "AFCONE"], "status": "planned"}, P),
    (ME, "A memorandum of understanding was signed in New York on 6 May 2026. Its parties are the "
     "States Parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia and OPANAL. The "
     "document provides for exchanges of experts.",
     {"parties": ["CANWFZ", "OPANAL"], "status": "signed", "date": "2026-05-06"},
     date(2026, 5, 7)),
    (ME, "Kazakhstan, currently chairing the Semipalatinsk Treaty, met UNODA officials in Vienna. "
     "The sides discussed a memorandum between the zone and UNODA on disarmament education. The "
     "text is expected to be finalised before the NPT Review Conference.",
     {"parties": ["CANWFZ", "UNODA"], "status": "planned"}, P),
    (ME, "Cooperation between the Central Asian nuclear-weapon-free zone and ASEAN got a formal "
     "basis. On 10 July 2026, a memorandum of understanding with the SEANWFZ Commission was "
     "signed in Kuala Lumpur. Kyrgyzstan signed on behalf of the CANWFZ parties.",
     {"parties": ["CANWFZ", "ASEAN"], "status": "signed", "date": "2026-07-10"},
     date(2026, 7, 11)),
    (ME, "The UN Regional Centre for Preventive Diplomacy for Central Asia and the CANWFZ parties "
     "agreed to put their cooperation on paper. A memorandum is being drafted. UNRCCA officials "
     "said it could be ready by the autumn.",
     {"parties": ["CANWFZ", "UNRCCA"], "status": "planned"}, P),
    (ME, "OPANAL and AFCONE signed a memorandum of understanding on 25 September 2025. The "
     "ceremony took place in New York. The two zones will exchange information on "
     "verification.", {"regime": "tlatelolco", "parties": ["OPANAL", "AFCONE"],
                       "status": "signed", "date": "2025-09-25"}, date(2025, 9, 26)),
    (CT, "The consultative meeting in Tashkent closed the year of Uzbekistan's chairmanship. From "
     "1 January 2026, the chairmanship of the CANWFZ Treaty is with Kazakhstan. Astana thanked "
     "Tashkent for its work.", {"from": "UZ", "to": "KZ", "effective": "2026-01-01"}, P),
    (CT, "ASTANA (Kazinform) - Kazakhstan began its chairmanship of the Semipalatinsk Treaty this "
     "month. It took over the rotating post from Uzbekistan. The chairmanship will last until "
     "the end of 2026.", {"from": "UZ", "to": "KZ", "year": 2026}, date(2026, 1, 15)),
    (CT, "Kyrgyzstan's year at the head of the Central Asian nuclear-weapon-free zone has come to "
     "an end. The baton now passes to Tajikistan, which will lead the Treaty in 2023.",
     {"from": "KG", "to": "TJ", "year": 2023}, date(2022, 12, 28)),
    (CT, "Turkmenistan was entrusted with the chairmanship of the CANWFZ Treaty for 2024. It "
     "succeeds Tajikistan. The decision was confirmed at the consultative meeting in Dushanbe.",
     {"from": "TJ", "to": "TM", "year": 2024}, date(2024, 1, 10)),
    (CT, "The chairmanship of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia rotates "
     "annually in alphabetical order. In line with this, Uzbekistan passed the chair to "
     "Kazakhstan at the end of 2025.", {"from": "UZ", "to": "KZ"}, date(2026, 1, 5)),
    (CT, "Tajikistan's Foreign Minister handed the chairmanship of the Semipalatinsk Treaty to his "
     "Turkmen counterpart. With this, Turkmenistan became chair of the Treaty for 2024.",
     {"from": "TJ", "to": "TM", "year": 2024}, date(2023, 12, 20)),
    (FO, "The First Committee of the UN General Assembly opened its session in New York. On 20 "
     "October 2025, Kazakhstan delivered a statement there on behalf of the five CANWFZ states. "
     "The statement called on the nuclear powers to respect the zone.",
     {"forum": "unga-first-committee"}, date(2025, 10, 21)),
    (FO, "The parties to the Semipalatinsk Treaty will take part in the 2026 NPT Review "
     "Conference. They intend to present a joint working paper on the zone's experience.",
     {"forum": "npt-revcon"}, P),
    (FO, "The IAEA General Conference met in Vienna in September 2025. On its sidelines the "
     "Central Asian states organised a side event on their nuclear-weapon-free zone. Delegates "
     "from Africa and Latin America attended.", {"forum": "iaea-gc"}, date(2025, 9, 20)),
    (FO, "The UN General Assembly adopted the resolution on the Treaty on a Nuclear-Weapon-Free "
     "Zone in Central Asia on 4 December 2025. It was tabled by the five parties. The vote was "
     "170 in favour.", {"forum": "unga"}, date(2025, 12, 5)),
    (FO, "AFCONE attended the Meeting of States Parties to the TPNW in New York. Its Executive "
     "Secretary briefed delegations on the Pelindaba Treaty.",
     {"regime": "pelindaba", "forum": "tpnw-msp"}, P),
    (FO, "The NPT Preparatory Committee met in Geneva in 2025. The Central Asian parties "
     "coordinated their positions there on the CANWFZ and its Protocol.",
     {"forum": "npt-prepcom"}, P),
    # batch 15 (session 4, en2): informal and wire-service English, written before any run
    (RP, "Diplomats from the five Semipalatinsk Treaty countries took a hard look at how 2025 "
     "went at a closed-door huddle in Astana on Thursday. Next year's game plan, heavy on the "
     "treaty's 20th birthday, got the nod too.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "ALMATY, Jan 30 (Reuters) - Envoys of the CANWFZ states wrapped up their annual "
     "stock-taking on Friday, giving 2025 a passing grade. They signed off a slimmer 2026 "
     "programme, a diplomat said.", {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "The CANWFZ partners' year in review: two seminars, one joint statement, no new "
     "signatures on the Protocol. For 2026 the five have pencilled in a bigger calendar, "
     "officials told reporters.", {"plans_period": 2026}, P),
    (RP, "Kyrgyz and Uzbek officials said the Central Asian nuclear-weapon-free zone had a solid "
     "2025. The parties have now locked in their priorities for 2026, according to a readout.",
     {"year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "OPANAL's members gave the agency's 2025 performance a thumbs-up at their Council session "
     "in Mexico City. A leaner work programme for 2026 was rubber-stamped.",
     {"regime": "tlatelolco", "year_reviewed": 2025, "plans_period": 2026}, P),
    (RP, "Wrapping up 2025, AFCONE's Commissioners reported most planned activities done. Their "
     "2026 wish-list, including a memorandum with the Central Asian zone, was adopted in Addis.",
     {"regime": "pelindaba", "year_reviewed": 2025, "plans_period": 2026}, P),
    (EV, "Students in Bishkek got a crash course on the Central Asian nuclear-weapon-free zone on "
     "Tuesday, courtesy of the Kyrgyz Foreign Ministry.",
     {"status": "held", "organisers": ["KG"]}, date(2026, 3, 5)),
    (EV, "Coming up: a Semipalatinsk Treaty photo exhibition at the UN in New York in May, "
     "organised by Kazakhstan's Permanent Mission.", {"status": "planned", "organisers": ["KZ"]},
     P),
    (EV, "Tashkent pulls out all the stops for the zone treaty's anniversary: a concert, an expert "
     "panel and a film night on the CANWFZ are all on the Uzbek Foreign Ministry's programme "
     "for September.", {"status": "planned", "organisers": ["UZ"]}, P),
    (EV, "Turkmen students quizzed on a nuclear-weapon-free Central Asia. The contest, put on by "
     "the Turkmen Foreign Ministry in Ashgabat, drew 40 teams.",
     {"status": "held", "organisers": ["TM"]}, P),
    (EV, "OPANAL wraps up its Tlatelolco Treaty summer school in Mexico City. Thirty young "
     "diplomats took part in the two-week programme.",
     {"regime": "tlatelolco", "status": "held"}, date(2025, 7, 20)),
    (EV, "Mongolia's Foreign Ministry teamed up with a local NGO for a public lecture on "
     "Mongolia's nuclear-weapon-free status in Ulaanbaatar last week.",
     {"regime": "mongolia-nwfs", "status": "held", "organisers": ["MN"]}, P),
    (ME, "It's official: the Central Asian zone and ASEAN's nuclear-weapon-free zone commission "
     "now have a cooperation memorandum, signed in Jakarta on 8 August 2026.",
     {"parties": ["CANWFZ", "ASEAN"], "status": "signed", "date": "2026-08-08"},
     date(2026, 8, 9)),
    (ME, "No deal yet: talks between OPANAL and the CANWFZ parties on a memorandum dragged on "
     "through the spring, a diplomat said.",
     {"parties": ["CANWFZ", "OPANAL"], "status": "planned"}, P),
    (ME, "The CANWFZ and UNRCCA are 'very close' to a memorandum of understanding, a UN official "
     "told Kun.uz.", {"parties": ["CANWFZ", "UNRCCA"], "status": "planned"}, P),
    (ME, "AFCONE, OPANAL sign MoU on sidelines of IAEA conference",
     {"regime": "pelindaba", "parties": ["OPANAL", "AFCONE"], "status": "signed"},
     date(2025, 9, 17)),
    (CT, "Changing of the guard: Kazakhstan now holds the CANWFZ chair, after Uzbekistan's year "
     "in the post.", {"from": "UZ", "to": "KZ"}, date(2026, 1, 10)),
    (CT, "Tajikistan is out, Turkmenistan is in: the Semipalatinsk Treaty's rotating chairmanship "
     "changed hands on 1 January 2024.",
     {"from": "TJ", "to": "TM", "effective": "2024-01-01"}, date(2024, 1, 3)),
    (CT, "Over to Kyrgyzstan: Kazakhstan gives up the rotating CANWFZ chair at year-end.",
     {"from": "KZ", "to": "KG"}, date(2026, 12, 20)),
    (CT, "The gavel of the Central Asian nuclear-weapon-free zone passes from Uzbekistan to "
     "Kazakhstan in 2026, officials confirmed.",
     {"from": "UZ", "to": "KZ", "year": 2026}, date(2025, 12, 28)),
    (FO, "At the UN's disarmament committee in New York, the five Central Asian states again "
     "teamed up on their nuclear-weapon-free zone, tabling a joint draft resolution.",
     {"forum": "unga-first-committee"}, date(2025, 10, 25)),
    (FO, "Expect the Semipalatinsk Treaty countries to speak with one voice at the NPT review "
     "conference next spring, a Kazakh diplomat said.", {"forum": "npt-revcon"},
     date(2025, 12, 1)),
    (FO, "The CANWFZ five huddled on the margins of the IAEA's annual General Conference in Vienna "
     "to sync their positions.", {"forum": "iaea-gc"}, date(2025, 9, 18)),
    (FO, "ASEAN ministers said they would push the SEANWFZ Protocol together at the 2026 NPT "
     "Review Conference.", {"regime": "bangkok", "forum": "npt-revcon"}, P),
    (CM, "Deputy FMs of the CANWFZ five sat down in Dushanbe on 12 March 2025 for their regular "
     "consultations.", {"date": "2025-03-12", "place": "Dushanbe", "status": "held"},
     date(2025, 3, 13)),
    (CM, "Next stop Ashgabat: the Semipalatinsk Treaty parties will gather there for their annual "
     "consultative meeting in late February.", {"place": "Ashgabat", "status": "planned"}, P),
    (CM, "Astana hosted this year's CANWFZ consultations behind closed doors, chaired by "
     "Kazakhstan.", {"place": "Astana", "chair": "KZ", "status": "held"}, P),
    (AN, "Happy 20th, Semipalatinsk Treaty! The pact that made Central Asia nuclear-weapon-free "
     "was signed on this day in 2006.", {"ordinal": 20, "of": "signature"}, date(2026, 9, 8)),
    (AN, "The Pelindaba Treaty notches up 30 years since its signing this year.",
     {"regime": "pelindaba", "ordinal": 30}, date(2026, 4, 11)),
    (AN, "Seventeen years and counting: the CANWFZ Treaty entered into force back in March 2009.",
     {"ordinal": 17}, date(2026, 3, 21)),
]  # fmt: skip

# the misses left for later, each failing (strict): what no family reads yet
KNOWN_MISSES = {
    # batch 15 (en2), left after its widening
    "Diplomats from the five Semipalatinsk Treaty countries took a hard": "the plans as 'Next "
    "year's game plan, heavy on ..., got the nod': the year counted from the one reviewed and "
    "the noun set off by commas",
    "Wrapping up 2025, AFCONE's Commissioners": "the plans' year before a noun set off by commas "
    "('Their 2026 wish-list, including ..., was adopted'), the Central Asian zone inside them",
    "Turkmen students quizzed on": "the event told by a verb ('quizzed') before the contest's noun",
    "Tajikistan is out, Turkmenistan is in": "a transfer told as 'X is out, Y is in' and "
    "'changed hands'",
    "Over to Kyrgyzstan: Kazakhstan gives up": "the taker only in a fronted 'Over to X:'",
    "At the UN's disarmament committee in New York": "the zone only as 'their "
    "nuclear-weapon-free zone' of 'the five Central Asian states'",
    "Expect the Semipalatinsk Treaty countries to speak": "a prediction ('Expect ... to speak with "
    "one voice') attributed to one state's diplomat",
    "ASEAN ministers said they would push": "'push ... together' is no joint act the rules know",
    "Next stop Ashgabat: the Semipalatinsk Treaty parties": "the place only as 'there' after a "
    "fronted 'Next stop Ashgabat:'",
    # batch 14 (en2), left after its widening
    "Turkmen diplomats visited the Institute": "the organiser only as 'Turkmen diplomats' and "
    "the day in the sentence before the lecture's",
    "DUSHANBE (AKIpress) - A seminar for young diplomats": "the zone only in the third "
    "sentence, which does not name the seminar again ('Participants will study ...')",
    "An online briefing on the Semipalatinsk Treaty is scheduled": "the organiser as the "
    "subject of 'will host it' in the next sentence",
    "Kyrgyzstan's year at the head of": "the taker's year only in its relative clause ('which "
    "will lead the Treaty in 2023'); the report's year is read",
    "Tajikistan's Foreign Minister handed the chairmanship": "the giver only as the minister's "
    "state ('Tajikistan's Foreign Minister')",
    "AFCONE attended the Meeting of States Parties to the TPNW": "attending, with a briefing "
    "in the next sentence: no joint act or position named",
    "The NPT Preparatory Committee met in Geneva in 2025.": "the forum in the sentence "
    "before; 'coordinated their positions there' not read back to it",
    "Central Asian states hold consultative meeting": "a headline naming the zone only as "
    "'Central Asian states ... nuclear-weapon-free zone treaty'",
    "The CANWFZ parties agreed to present a joint working paper": "'the 2026 Review Conference' "
    "names no treaty (the NPT's and the TPNW's are both in 2026): ambiguous as written",
    "ASTANA, 5 February 2026 - Kazakhstan today welcomed": "the place only as the dateline's "
    "city, with no 'here' (a dateline is often the agency's, not the meeting's)",
    '"We are honoured to assume the chairmanship': "the taker only as 'we' in a quote, its state "
    "named in the attribution after it",
    "The States Parties to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia "
    "welcomed": "the "
    "taker only as the object of 'welcomed ... as Chair' (the parties are the subject), "
    "with 'succeeding' the giver",
    "With respect to the CANWFZ Treaty, the functions of Chair were discharged": "a transfer "
    "told only as two holders in turn ('were discharged by X in 2025 and have been ... by Y "
    "since'), no verb of passing",
    "The CANWFZ Treaty.\n- Date of signature": "a list under a heading that ends in a full "
    "stop, not a colon: its items are not read with the heading's treaty",
    "Since 1 January 2026 the chairmanship in CANWFZ is carried out by": "a holding with its "
    "start ('is carried out by ... since'): read as the year's chair, not yet as a transfer",
    "The Kyrgyz Republic has transferred the powers of chairman": "'the powers of chairman' "
    "with 'Republic of Tajikistan' (no article) as the recipient: not yet read",
    "In the frame of anniversary of CANWFZ the Tajik side plans": "'the Tajik side' as an "
    "event's organiser (no ministry named)",
    "A joint plan of action for 2027, drafted by": "a plan one side drafted, still to be approved: "
    "not yet the parties' agreed or discussed plan, so no rule reads it (arguably no record)",
    "Kazakhstan, which chairs the CANWFZ in 2026, briefed": "a chair's priorities briefed to the "
    "partners, not agreed or discussed by the parties: one delegation's plans are read as no "
    "record (arguably the chair's plan for its year)",
    # (read since fora batch 3 of session 5: 'On its margins' is its own context word)
    "OPANAL took part in the second session of the Preparatory Committee": "'the Preparatory "
    "Committee' with no treaty named (the CTBT has a Preparatory Commission too): the NPT is "
    "not named in the text",
    "The General Assembly on 4 December adopted 58 resolutions": "the zone's resolution told as "
    "'Among them was the text on ...', a sentence after the Assembly's act",
    "Leaders welcomed the coordinated approach of Forum Members": "'Leaders' is the heads of "
    "state's format (another format for the Central Asian zone); for the South Pacific the "
    "Forum's leaders speak for the treaty's parties, which no rule tells apart yet",
    "Particular attention was paid to interaction between the Central Asian states": "names no "
    "zone (the Central Asian states and the TPNW only): a release's sentence read alone",
    "The parties positively assessed the level of cooperation achieved within the Treaty": "names "
    "no zone ('the Treaty' alone): a release's sentence read alone",
    "Kazakhstan, as the chair of the Treaty, signed on behalf of the five parties": "names no "
    "zone ('the Treaty', 'the five parties' and a UN centre 'for Central Asia'): a release's "
    "sentence read alone",
}

# (group, text): nothing of the group's types, for any zone
DISTRACTORS: list[tuple[str, str]] = [
    ("meetings", "Kazakhstan assumed the chairmanship of the CIS for 2026, taking over from "
     "Tajikistan."),
    ("meetings", "The Consultative Meeting of the Heads of State of Central Asia was held in "
     "Tashkent on 16 November 2025."),
    ("meetings", "The chairmanship of the CSTO passed to Russia for 2026."),
    ("meetings", "Kyrgyzstan handed over the SCO chairmanship to Kazakhstan at the summit in "
     "Bishkek."),
    ("meetings", "Azerbaijan handed over the chairmanship of the Organization of Turkic States "
     "to Kyrgyzstan at the summit in Gabala."),
    ("meetings", "The C5+1 foreign ministers met in New York on 22 September 2025."),
    ("meetings", "Uzbekistan and Kazakhstan held political consultations between their foreign "
     "ministries in Astana."),
    ("commemorations", "2026 marks the 30th anniversary of the opening for signature of the "
     "Comprehensive Nuclear-Test-Ban Treaty."),
    ("commemorations", "The IAEA and Kazakhstan held a workshop on nuclear security in Almaty."),
    ("commemorations", "CIS member states reviewed their cooperation in 2025 and approved a plan "
     "for 2026."),
    ("commemorations", "A conference dedicated to the 35th anniversary of Uzbekistan's "
     "independence took place in Tashkent."),
    ("commemorations", "On 29 August, Kazakhstan marks 35 years since the closure of the "
     "Semipalatinsk nuclear test site."),
    ("commemorations", "The NPT entered into force 56 years ago, in 1970."),
    ("cooperation", "Kazakhstan and the IAEA signed a memorandum of cooperation on nuclear "
     "medicine."),
    ("cooperation", "Kazakhstan's Permanent Representative spoke at the UN Security Council on "
     "the situation in Afghanistan."),
    ("cooperation", "In its national statement at the NPT Review Conference, Uzbekistan set out "
     "its position on the peaceful uses of nuclear energy."),
    ("cooperation", "Uzbekistan and the IAEA signed a memorandum of understanding on building a "
     "nuclear power plant."),
    ("cooperation", "Turkmenistan addressed the UN General Assembly with an initiative on water "
     "resources."),
    ("cooperation", "The C5+1 leaders signed a joint declaration on critical minerals."),
    ("conflicts", "The CANWFZ Treaty was signed on 8 September 2006 in Semipalatinsk."),
    ("conflicts", "The Pelindaba Treaty was signed in Cairo in 1996."),
    ("conflicts", "The CTBT opened for signature on 24 September 1996."),
    ("conflicts", "Kazakhstan took over the chairmanship of the CANWFZ for 2026."),
    ("conflicts", "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia entered into force on "
     "21 March 2009."),
    ("conflicts", "In 2007, Kazakhstan signed an Additional Protocol with the IAEA."),
    # batch 2
    ("meetings", "Tajikistan took over the chairmanship of the Commonwealth of Independent "
     "States' Council of Foreign Ministers on 1 January 2026."),
    ("meetings", "The 7th Consultative Meeting of the Heads of State of Central Asia will be "
     "held in Tashkent in 2026."),
    ("meetings", "Malaysia assumed the ASEAN chairmanship for 2025 from Laos at a ceremony in "
     "Vientiane."),
    ("commemorations", "Kazakhstan marks the International Day against Nuclear Tests on 29 "
     "August, 35 years after the Semipalatinsk test site was shut down."),
    ("commemorations", "The IAEA Board of Governors reviewed the Agency's work in 2025 and "
     "approved its programme for 2026."),
    ("cooperation", "Kazakhstan's delegation delivered a national statement at the First "
     "Committee on nuclear disarmament."),
    ("cooperation", "The IAEA and Uzbekistan signed a Country Programme Framework for 2026-2031."),
    ("conflicts", "The Treaty of Tlatelolco was signed on 14 February 1967."),
    ("conflicts", "The chairmanship of the SCO passed to Kyrgyzstan in 2025."),
    # batch 3
    ("meetings", "Uzbekistan handed over the CICA chairmanship to Azerbaijan in Baku."),
    ("meetings", "The leaders of Central Asia held their consultative meeting in Tashkent and "
     "adopted a joint statement."),
    ("commemorations", "Kazakhstan celebrated the 30th anniversary of its accession to the NPT."),
    ("commemorations", "The CSTO Secretary General reviewed the organisation's work in 2025 and "
     "presented plans for 2026."),
    ("cooperation", "Turkmenistan and the IAEA signed a memorandum on radiation safety training."),
    ("cooperation", "At the General Assembly, Kyrgyzstan's President spoke about climate change "
     "and glaciers."),
    ("conflicts", "The Treaty of Rarotonga entered into force on 11 December 1986."),
    ("conflicts", "In 2026, the chairmanship of the CIS passed to Turkmenistan."),
    # batch 4
    ("meetings", "Kazakhstan took over the chairmanship of the International Fund for Saving the "
     "Aral Sea."),
    ("meetings", "The C5+1 ministerial meeting was chaired by Kazakhstan in Astana."),
    ("commemorations", "Semey marked the 35th anniversary of the closure of the nuclear test "
     "site with a memorial ceremony."),
    ("cooperation", "The IAEA and Kazakhstan signed a practical arrangement on nuclear security."),
    ("cooperation", "Uzbekistan spoke at the IAEA General Conference about its nuclear power plant "
     "project."),
    ("conflicts", "The Treaty of Bangkok was signed on 15 December 1995."),
    # batch 5
    ("meetings", "Kazakhstan Assumes CIS Chairmanship For 2026, Taking Over From Tajikistan"),
    ("meetings", "\"The Consultative Meeting of the Heads of State of Central Asia, which Tashkent "
     "will host in November, will focus on water,\" the presidential press secretary said."),
    ("meetings", "The C5+1 foreign ministers, who met on the sidelines of the UN General Assembly "
     "in New York, discussed regional security."),
    ("meetings", "Kyrgyzstan Takes Over CSTO Chairmanship From Kazakhstan"),
    ("commemorations", "Kazakhstan Marks 30 Years Since Joining NPT, President Says"),
    ("commemorations", "Turkmenistan Celebrates 30 Years Of Permanent Neutrality With Conference "
     "In Ashgabat"),
    ("cooperation", "\"Uzbekistan remains committed to the peaceful use of nuclear energy,\" the "
     "minister said in a national statement at the IAEA General Conference."),
    ("cooperation", "Kazakhstan And IAEA Sign Memorandum On Low-Enriched Uranium Bank"),
    ("conflicts", "The CTBT, which was opened for signature on 24 September 1996, has not yet "
     "entered into force."),
    ("conflicts", "Uzbekistan, which chaired the CANWFZ Treaty in 2025, handed the chairmanship "
     "to Kazakhstan."),
    # batch 6
    ("meetings", "The Council of Heads of State of the Commonwealth of Independent States decided "
     "that the chairmanship shall pass to Turkmenistan in 2026."),
    ("meetings", "The Consultative Meeting of the Heads of State of Central Asia:\n• adopted a "
     "joint statement;\n• decided to hold its next meeting in Tashkent."),
    ("meetings", "The C5+1 format. The ministers met, inter alia, to discuss regional security in "
     "Astana on 14 March 2026."),
    ("commemorations", "The year 2026 marks the thirtieth anniversary of the advisory opinion of "
     "the International Court of Justice on the legality of nuclear weapons."),
    ("commemorations", "The IAEA Board of Governors:\n• reviewed the safeguards implementation "
     "report for 2025;\n• approved the technical cooperation programme for 2026."),
    ("cooperation", "Kazakhstan, in its national capacity, made a statement in the general debate "
     "of the First Committee on, inter alia, nuclear testing."),
    ("cooperation", "The IAEA concluded, inter alia, a Practical Arrangement with the Ministry of "
     "Energy of Uzbekistan."),
    ("conflicts", "The Treaty of Pelindaba was opened for signature at Cairo on 11 April 1996 and "
     "entered into force on 15 July 2009."),
    ("conflicts", "The Semipalatinsk Treaty was opened for signature on 8 September 2006. Its "
     "Parties are, inter alia, bound not to test nuclear weapons."),
    # batch 7
    ("meetings", "Chairmanship in CIS in 2026 year passed to Turkmen side."),
    ("meetings", "In Tashkent was held the Consultative Meeting of Heads of States of Central "
     "Asia."),
    ("meetings", "In format C5+1 was conducted meeting of ministers of foreign affairs in Astana."),
    ("commemorations", "In this year is celebrated 35-th anniversary from the day of closing of "
     "Semipalatinsk nuclear test site."),
    ("commemorations", "The sides of CIS summed up results of cooperation for 2025 year and "
     "approved the plan for 2026 year."),
    ("cooperation", "Kazakhstan and IAEA signed Memorandum on mutual understanding in sphere of "
     "nuclear medicine."),
    ("cooperation", "The delegation of Uzbekistan announced national statement at session of First "
     "Committee."),
    ("conflicts", "The Treaty on NWFZ in Central Asia was signed on 8 September 2006 year in city "
     "Semipalatinsk and entered into force 21 March 2009 year."),
    # batch 8 (session 4, para-en): national statements naming a zone, commentary, IAEA
    # routine, other bodies' meetings and fora, a treaty's text discussed as history
    ("cooperation", "Kazakhstan's representative told the First Committee that his country, a "
     "party to the Central Asian nuclear-weapon-free zone, supports the early entry into force "
     "of the CTBT."),
    ("cooperation", "In its national statement at the IAEA General Conference, Uzbekistan recalled "
     "that it is a party to the Treaty on a Nuclear-Weapon-Free Zone in Central Asia and "
     "described progress on its nuclear power plant."),
    ("cooperation", "The CICA Ministerial Council met in Baku and adopted a declaration on "
     "regional security."),
    ("cooperation", "SCO foreign ministers signed a memorandum on cooperation in countering "
     "terrorism in Astana."),
    ("cooperation", "Member states of the Organization of Turkic States held a side event on "
     "digital connectivity during the UN General Assembly."),
    ("cooperation", "The ASEAN Regional Forum chairman's statement noted the Treaty of Bangkok "
     "and encouraged dialogue with the nuclear-weapon states."),
    ("cooperation", "Writing for a Washington think tank, an analyst argued that the Central Asian "
     "nuclear-weapon-free zone could serve as a model for the Middle East, but warned that NPT "
     "review conferences had repeatedly failed."),
    ("cooperation", "The IAEA signed a memorandum of understanding with Kyrgyzstan's Ministry of "
     "Emergency Situations on the remediation of uranium legacy sites."),
    ("cooperation", "The CSTO Collective Security Council held a session in Moscow and signed "
     "documents on military cooperation."),
    ("cooperation", "Historians recall that the idea of a nuclear-weapon-free zone in Central Asia "
     "was first voiced by Uzbekistan at the UN General Assembly in 1993."),
    ("cooperation", "Mongolia declared its territory free of nuclear weapons at the UN General "
     "Assembly in 1992."),
    ("commemorations", "Analysts at a Vienna-based think tank published a paper reviewing the "
     "history of the Semipalatinsk Treaty since 1997, when the five states first proposed the "
     "zone in the Almaty Declaration."),
    ("commemorations", "The IAEA Department of Technical Cooperation held a regional training "
     "course on radiation protection for medical physicists in Tashkent."),
    ("commemorations", "The SCO marked the 25th anniversary of its founding with a conference in "
     "Tianjin."),
    ("commemorations", "The Organization of Turkic States summed up the results of 2025 and "
     "approved its action plan for 2026 at the summit in Gabala."),
    ("commemorations", "A conference on water diplomacy in Central Asia, organised by the Kazakh "
     "Foreign Ministry, took place in Astana on 10 March 2026."),
    ("commemorations", "The ASEAN Regional Forum will hold a workshop on maritime security in "
     "Manila in May."),
    ("commemorations", "CICA celebrates the 30th anniversary of the first meeting of its "
     "foreign ministers this year."),
    ("meetings", "The CICA Senior Officials Committee met in Baku under Azerbaijan's "
     "chairmanship."),
    ("meetings", "Kyrgyzstan handed over the chairmanship of the Organization of Turkic States to "
     "Azerbaijan at the summit in Gabala."),
    ("meetings", "The Council of Foreign Ministers of the SCO held its regular meeting in Tashkent "
     "on 30 January 2026."),
    ("meetings", "The ASEAN Regional Forum's annual meeting took place in Kuala Lumpur, chaired by "
     "Malaysia."),
    ("meetings", "Deputy foreign ministers of the Central Asian states held consultations with the "
     "European Union in Ashgabat on 28 January 2026 on security and connectivity."),
    ("conflicts", "Negotiations on the text of the Treaty on a Nuclear-Weapon-Free Zone in Central "
     "Asia were completed in Samarkand in September 2002, four years before it was signed."),
    ("conflicts", "The Treaty of Rarotonga was opened for signature on 6 August 1985 at the South "
     "Pacific Forum meeting in Rarotonga."),
    # batch 9 (session 4, para-en): two- and three-sentence snippets naming the zone beside
    # another body's act or a single state's words
    ("cooperation", "Kazakhstan's Foreign Minister addressed the UN General Assembly on 24 "
     "September. He spoke about the Semipalatinsk test site, the CANWFZ and Kazakhstan's bid for "
     "a seat on the Security Council."),
    ("cooperation", "At the IAEA General Conference, Turkmenistan's delegation said the country "
     "was a party to the CANWFZ Treaty. It also announced plans to develop nuclear medicine with "
     "the Agency's support."),
    ("cooperation", "Experts at a conference in Geneva debated whether the 2026 NPT Review "
     "Conference could produce a final document. One speaker cited the Central Asian zone as "
     "evidence that regional approaches work."),
    ("cooperation", "The CICA Ministerial Council in Baku adopted a statement on nuclear "
     "disarmament. Member states welcomed the existing nuclear-weapon-free zones, including in "
     "Central Asia."),
    ("cooperation", "The SCO foreign ministers met in Tianjin. In their joint communique they "
     "supported the Treaty on a Nuclear-Weapon-Free Zone in Central Asia and the entry into force "
     "of its Protocol for all nuclear powers."),
    ("cooperation", "Kyrgyzstan and the IAEA signed a country programme framework in Vienna. The "
     "Kyrgyz minister recalled that his country is a party to the Semipalatinsk Treaty."),
    ("cooperation", "The Treaty of Tlatelolco was negotiated in Mexico City in the mid-1960s. Its "
     "drafters presented the text to the UN General Assembly, which welcomed it in a resolution "
     "in 1967."),
    ("cooperation", "The ASEAN Regional Forum's Inter-Sessional Meeting on Non-Proliferation and "
     "Disarmament convened in Manila. Participants discussed the SEANWFZ Treaty and the outcome "
     "of the last NPT Review Conference."),
    ("commemorations", "The IAEA held a regional workshop on research reactor safety in Almaty on "
     "3 March 2026. Kazakhstan, a party to the CANWFZ Treaty, also hosts the IAEA LEU Bank."),
    ("commemorations", "The CSTO marked its anniversary with a conference in Moscow. Speakers from "
     "Kazakhstan and Kyrgyzstan also recalled the Central Asian nuclear-weapon-free zone."),
    ("commemorations", "The OTS Council of Foreign Ministers reviewed the organisation's work in "
     "2025 and approved its calendar of events for 2026. The Turkic states have long supported a "
     "nuclear-weapon-free Central Asia."),
    ("commemorations", "A private foundation in Almaty launched a podcast series on arms control, "
     "with an episode on the negotiation of the Semipalatinsk Treaty in the late 1990s."),
    ("meetings", "The heads of state of Central Asia held their consultative meeting in Tashkent "
     "on 16 November 2025. They discussed water, energy and regional security, and noted the "
     "importance of the CANWFZ Treaty."),
    ("meetings", "Turkmenistan took over the chairmanship of the CIS for 2026 from Tajikistan. "
     "Both countries are parties to the Semipalatinsk Treaty."),
    ("conflicts", "The Semipalatinsk Treaty was negotiated over several years under UN auspices. "
     "Its text was agreed in 2002 and it was signed four years later, in 2006."),
    # batch 10 (session 4, para-en): a nuclear power's statement, a think tank, other bodies'
    # summits and seminars, the IAEA's own year, a zone mentioned in passing
    ("cooperation", "In its statement to the First Committee, the Russian Federation said it "
     "supports the Central Asian nuclear-weapon-free zone and has ratified its Protocol."),
    ("cooperation", "The IAEA Director General visited Astana and signed a memorandum with "
     "Kazakhstan's Ministry of Energy on nuclear power plant licensing. He also praised the "
     "country's role in the Semipalatinsk Treaty."),
    ("cooperation", "A Chatham House paper published on Tuesday argues that NPT review "
     "conferences have failed to address the concerns of nuclear-weapon-free zones such as the "
     "one in Central Asia."),
    ("cooperation", "At the SCO summit in Astana, the leaders signed a declaration that, among "
     "other things, welcomed the Central Asian nuclear-weapon-free zone."),
    ("cooperation", "The OTS foreign ministers held a side event on Turkic cooperation on the "
     "margins of the UN General Assembly in New York. Several of them are parties to the "
     "Semipalatinsk Treaty."),
    ("cooperation", "The ASEAN Regional Forum welcomed efforts by the nuclear-weapon states to "
     "sign the Protocol to the SEANWFZ Treaty."),
    ("cooperation", "Kyrgyzstan's Permanent Representative, speaking in her national capacity at "
     "the TPNW Meeting of States Parties, recalled that her country belongs to the Central Asian "
     "zone."),
    ("commemorations", "The CTBTO marked the 30th anniversary of the opening for signature of the "
     "Comprehensive Nuclear-Test-Ban Treaty with a ceremony in Vienna. Kazakhstan, a CANWFZ "
     "party, sent a delegation."),
    ("commemorations", "The CICA Secretariat held a seminar on confidence-building measures in "
     "Almaty on 5 March 2026. Participants mentioned the Central Asian zone in passing."),
    ("commemorations", "The IAEA reviewed its technical cooperation with Uzbekistan in 2025 and "
     "agreed priorities for 2026. Uzbekistan is a party to the CANWFZ Treaty."),
    ("commemorations", "A documentary about the nuclear tests at Semipalatinsk premiered in "
     "Almaty; its director said the test site's closure in 1991 paved the way for Kazakhstan's "
     "disarmament and for the Central Asian zone."),
    ("meetings", "The Council of Foreign Ministers of the CSTO met in Cholpon-Ata under "
     "Kyrgyzstan's chairmanship. The ministers did not discuss the Semipalatinsk Treaty."),
    ("meetings", "Kazakhstan took over the chairmanship of CICA from Azerbaijan for 2026-2028. The "
     "CANWFZ was not on the agenda."),
    ("meetings", "Foreign ministers of Central Asia and the EU met in Samarkand on 4 April 2026 "
     "and adopted a joint communique mentioning nuclear non-proliferation and the CANWFZ."),
    ("conflicts", "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia was signed at "
     "Semipalatinsk on 8 September 2006 and has been in force since 21 March 2009."),
    # added with the widening after batch 10 (the UN acting is no forum of the zone's; from
    # two development items' false records, written in other words)
    ("cooperation", "A statement from the UN Department of Disarmament Affairs welcomed the "
     "cooperation of the five parties to the Treaty on a Nuclear-Weapon-Free Zone in Central "
     "Asia."),
    ("cooperation", "A UN spokesperson said the Secretary-General welcomed the joint statement of "
     "the parties to the Semipalatinsk Treaty on its anniversary."),
    ("cooperation", "The Treaty of Pelindaba's parties thanked the UN Secretariat for its "
     "cooperation and the UN's active involvement in promoting the African zone."),
    # batch 11 (session 4, para-en): other bodies' acts in a text that names a zone
    ("cooperation", "Kazakhstan's Foreign Minister met the CTBTO Executive Secretary in Vienna. "
     "They discussed the CTBT Science and Technology Conference and Kazakhstan's monitoring "
     "stations; the minister recalled the Semipalatinsk Treaty."),
    ("cooperation", "Tajikistan's statement at the IAEA General Conference focused on the "
     "remediation of uranium tailings. The delegation noted that Tajikistan is party to the "
     "Central Asian zone."),
    ("cooperation", "The First Committee adopted a resolution on a nuclear-weapon-free zone in "
     "the Middle East. Several Central Asian states voted in favour."),
    ("cooperation", "A think-tank report argued that the Treaty of Tlatelolco inspired the NPT, "
     "which was opened for signature in 1968, and that its Review Conferences had struggled ever "
     "since."),
    ("cooperation", "The CSTO and the SCO signed a memorandum of understanding in Dushanbe on 15 "
     "September 2025. Tajikistan, a party to the Semipalatinsk Treaty, hosted the signing."),
    ("cooperation", "Uzbekistan and the IAEA signed a Practical Arrangement on nuclear security in "
     "Tashkent. The Uzbek side recalled its role in establishing the Central Asian zone."),
    ("cooperation", "ASEAN Regional Forum ministers issued a statement in Kuala Lumpur on maritime "
     "security and cyber threats. ASEAN members separately reaffirmed the SEANWFZ Treaty."),
    ("cooperation", "Mongolia's President addressed the UN General Assembly about climate change "
     "and desertification. Mongolia's nuclear-weapon-free status dates from 1992."),
    ("commemorations", "The OSCE Programme Office in Dushanbe held a workshop on border security "
     "on 12 March 2026. Tajikistan is a party to the Semipalatinsk Treaty."),
    ("commemorations", "The Commonwealth of Independent States summed up the results of its 2025 "
     "chairmanship and approved a plan for 2026. Kazakhstan, a CANWFZ party, took part."),
    ("commemorations", "Kazakhstan marked the International Day against Nuclear Tests with an "
     "exhibition in Semey on 29 August; the country is also a party to the CANWFZ Treaty."),
    ("commemorations", "Pacific Islands Forum leaders met in Honiara and agreed an implementation "
     "plan for the 2050 Strategy for 2026. Most of them are parties to the Rarotonga Treaty."),
    ("commemorations", "AFCONE's staff completed a training course on financial management "
     "organised by the African Union in Addis Ababa."),
    ("commemorations", "The Organization of Turkic States marked the anniversary of its founding "
     "with a summit in Gabala; its members include three parties to the CANWFZ Treaty."),
    ("meetings", "The SCO Council of Foreign Ministers met in Almaty on 30 January 2026, chaired "
     "by Kazakhstan. Kazakhstan is a party to the CANWFZ Treaty."),
    ("meetings", "The heads of delegation of the Central Asian states met EU officials in Brussels "
     "on 20 January 2026 to discuss regional security, including the Central Asian "
     "nuclear-weapon-free zone."),
    ("meetings", "Azerbaijan handed over the CICA chairmanship to Kazakhstan in Baku. Both "
     "countries support nuclear-weapon-free zones, including the one in Central Asia."),
    ("meetings", "The IAEA Board of Governors met in Vienna on 2 March 2026 under the chairmanship "
     "of Kazakhstan's ambassador, who also spoke about the Semipalatinsk Treaty."),
    ("conflicts", "The Treaty of Rarotonga entered into force on 11 December 1986 after "
     "Australia's ratification."),
    ("conflicts", "The Protocol to the CANWFZ Treaty was signed by the five nuclear-weapon states "
     "in New York on 6 May 2014."),
    # batch 12 (session 4, para-en): a ministry's other business in a release naming the zone
    ("cooperation", "The Minister of Foreign Affairs of Kazakhstan held talks with the Director "
     "General of the IAEA in Vienna on cooperation in nuclear medicine, noting Kazakhstan's "
     "contribution to the Semipalatinsk Treaty."),
    ("cooperation", "The Kyrgyz delegation at the First Committee voted in favour of the "
     "resolution on nuclear disarmament verification; in its explanation of vote it referred to "
     "the Central Asian zone."),
    ("cooperation", "Uzbekistan and Japan signed a memorandum on nuclear safety training in Tokyo; "
     "the Uzbek side briefed the partners on the CANWFZ."),
    ("cooperation", "The Tajik Foreign Minister addressed the Conference on Disarmament in Geneva, "
     "recalling Tajikistan's commitment to the Central Asian nuclear-weapon-free zone."),
    ("commemorations", "The Ministry of Foreign Affairs of Turkmenistan held a briefing for "
     "journalists on the results of the President's visit to Japan. The briefing also touched "
     "upon the CANWFZ."),
    ("commemorations", "The Kazakh Foreign Ministry summed up its work in 2025 and outlined its "
     "foreign policy priorities for 2026, among them the chairmanship of the CANWFZ Treaty."),
    ("commemorations", "An exhibition on the history of Kazakhstan's diplomatic service opened "
     "at the Foreign Ministry in Astana on 2 July 2026; one stand is devoted to the "
     "Semipalatinsk Treaty."),
    ("meetings", "The deputy foreign ministers of Central Asia held consultations with China in "
     "Beijing on 5 March 2026 on trade and security, and touched on the CANWFZ."),
    ("meetings", "Kazakhstan assumed the chairmanship of the Organization of Turkic States for "
     "2026; its Foreign Ministry also recalled the Semipalatinsk Treaty."),
    ("conflicts", "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia, signed in 2006, "
     "entered into force in 2009 after its ratification by all five states."),
    # batch 13 (session 4, para-en)
    ("cooperation", "Kazakhstan's envoy to the UN in Geneva spoke at the Human Rights Council "
     "about the victims of Semipalatinsk nuclear tests; the zone treaty was mentioned in a "
     "footnote."),
    ("cooperation", "The IAEA and Kyrgyzstan put pen to paper on a plan for uranium legacy sites; "
     "Kyrgyzstan is a party to the Central Asian nuclear-weapon-free zone."),
    ("cooperation", "An op-ed in a Washington daily urged the 2026 NPT Review Conference to "
     "learn from the Central Asian zone."),
    ("commemorations", "The SCO Secretariat ran a webinar on counter-terrorism for young "
     "diplomats from Central Asia, whose states also belong to the CANWFZ."),
    ("commemorations", "Looking back at 2025, the CSTO counted three joint exercises among its "
     "achievements and set targets for 2026; its Central Asian members are CANWFZ parties."),
    ("commemorations", "The CTBT is 30 years old this year; Kazakhstan, a party to the "
     "Semipalatinsk Treaty, ratified it in 2002."),
    ("meetings", "Tashkent is set to host the next round of consultations of the C5+1 foreign "
     "ministers in 2027; the five are parties to the CANWFZ."),
    ("meetings", "Kazakhstan hands over CICA chair to Azerbaijan; both back the CANWFZ."),
    # batch 14 (session 4, en2): other bodies' acts in multi-sentence snippets of the same shapes
    ("commemorations", "The CICA Senior Officials Committee met in Astana. Delegates reviewed the "
     "implementation of the CICA action plan in 2025. A calendar of events for 2026 was "
     "approved. Kazakhstan is also a party to the CANWFZ Treaty."),
    ("commemorations", "The SCO Secretariat summed up its work over 2025. Priorities for 2026 "
     "were set at a meeting in Beijing. Four SCO members are parties to the Semipalatinsk "
     "Treaty."),
    ("commemorations", "The CSTO held a seminar on chemical security in Dushanbe on 5 March 2026. "
     "It was organised by the CSTO Secretariat. Tajikistan is a party to the CANWFZ."),
    ("commemorations", "The Organization of Turkic States will hold a youth camp in Turkestan in "
     "May. The camp is organised by the OTS Secretariat. Three OTS members are parties to the "
     "CANWFZ Treaty."),
    ("commemorations", "Kazakhstan's Foreign Ministry reviewed its own work in 2025 at a "
     "briefing. The Minister listed the country's foreign policy priorities for 2026, from trade "
     "to water. The Semipalatinsk Treaty was mentioned among Kazakhstan's achievements."),
    ("cooperation", "The ASEAN Regional Forum met in Kuala Lumpur in July 2025. Ministers "
     "discussed maritime security. Their statement mentioned nuclear-weapon-free zones, "
     "including the one in Central Asia."),
    ("cooperation", "The CICA and the SCO signed a memorandum of understanding in Astana on 3 "
     "July 2024. The document covers security cooperation. Kazakhstan, a CANWFZ party, hosted "
     "the signing."),
    ("cooperation", "The OTS and the UNRCCA are working on a memorandum of understanding. The "
     "draft is being discussed. Several OTS members belong to the Central Asian "
     "nuclear-weapon-free zone."),
    ("cooperation", "At the IAEA General Conference, Kyrgyzstan's delegate delivered the national "
     "statement. It was devoted to uranium tailings remediation. He also recalled that "
     "Kyrgyzstan is a party to the CANWFZ Treaty."),
    ("meetings", "The CSTO Council of Foreign Ministers met in Bishkek on 25 November 2025. "
     "Kyrgyzstan, which chaired the CSTO in 2025, handed over the chairmanship to Russia. "
     "Kyrgyzstan is a CANWFZ party."),
    ("meetings", "The chairmanship of CICA passed from Kazakhstan to Azerbaijan in 2024. "
     "Azerbaijan will chair until 2026. Kazakhstan remains active in the Semipalatinsk Treaty."),
    ("meetings", "ASEAN Regional Forum senior officials held consultations in Manila. The "
     "Philippines chaired the meeting. Delegates heard about nuclear-weapon-free zones in "
     "Southeast and Central Asia."),
    # batch 15 (session 4, en2): informal and wire-service English, other bodies
    ("meetings", "The SCO's rotating chair went to Kyrgyzstan this year; Bishkek also backs the "
     "CANWFZ."),
    ("meetings", "Changing of the guard at the CSTO: Russia hands the chair to Kyrgyzstan, a "
     "CANWFZ party."),
    ("meetings", "C5+1 foreign ministers sat down in Astana for their regular consultations; the "
     "Central Asian zone came up."),
    ("commemorations", "The OTS took a hard look at how 2025 went and locked in its priorities "
     "for 2026; its members include Semipalatinsk Treaty parties."),
    ("commemorations", "Happy 30th, CTBT! Kazakhstan, a Semipalatinsk Treaty party, was among the "
     "first to sign it."),
    ("commemorations", "CICA ran a crash course on confidence-building for young diplomats in "
     "Almaty; Kazakhstan also chairs the CANWFZ."),
    ("cooperation", "The IAEA and Uzbekistan signed an MoU on nuclear medicine in Vienna; "
     "Uzbekistan is a CANWFZ party."),
    ("cooperation", "At the UN's disarmament committee, Russia tabled its own draft resolution on "
     "space security and praised the Central Asian zone in passing."),
    ("cooperation", "The SCO and CSTO secretariats are 'very close' to a memorandum, a source told "
     "Kun.uz; both include CANWFZ parties."),
    ("conflicts", "The CTBT opened for signature on 24 September 1996; Kazakhstan, a CANWFZ "
     "party, signed it that year."),
]  # fmt: skip


def _positives():
    for case, name in zip(POSITIVES, case_ids(POSITIVES, "pos", 1), strict=True):
        reason = next((r for k, r in KNOWN_MISSES.items() if case[1].startswith(k)), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(*case, marks=marks, id=name)


@pytest.mark.parametrize(("record_type", "text", "expected", "published"), list(_positives()))
def test_a_paraphrase_gives_its_record(record_type, text, expected, published):
    result = extract(text, published=published)
    assert result.language == "en"
    assert matching(text, record_type, expected, published), [p.to_json() for p in result.proposals]


@pytest.mark.parametrize(("group", "text"), DISTRACTORS, ids=case_ids(DISTRACTORS, "neg", 1))
def test_a_distractor_gives_nothing_of_its_group(group, text):
    result = extract(text, published=P)
    assert result.language == "en"
    assert [p.to_json() for p in result.proposals if p.type in GROUPS[group]] == []


def test_each_type_and_group_has_its_share_of_cases():
    for record_type in (CM, CT, RP, AN, EV, ME, FO, RC):
        n = sum(1 for c in POSITIVES if c[0] == record_type)
        assert n >= 12, (record_type, n)
    for group in GROUPS:
        n = sum(1 for c in DISTRACTORS if c[0] == group)
        assert n >= 6, (group, n)
    zones = {c[2].get("regime") for c in POSITIVES} - {None}
    assert zones >= {"tlatelolco", "bangkok", "pelindaba", "rarotonga", "mongolia-nwfs"}, zones
    for start in KNOWN_MISSES:
        assert sum(1 for c in POSITIVES if c[1].startswith(start)) == 1, start
