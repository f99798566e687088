"""The other nuclear-weapon-free zones and Mongolia's status: the words that name each, and
the meetings of their treaty bodies, per language (ru.py, kk.py and en.py take them into their
Rules). The Central Asian zone's own words stay in those modules (`regime`).

Slugs are the registry's: tlatelolco (Latin America and the Caribbean; OPANAL), rarotonga
(South Pacific), bangkok (Southeast Asia; the SEANWFZ Commission), pelindaba (Africa; AFCONE),
mongolia-nwfs (Mongolia's nuclear-weapon-free status).
"""

from __future__ import annotations

import re

from .common import Pattern, compile_words

OTHER_REGIMES: tuple[str, ...] = (
    "tlatelolco",
    "rarotonga",
    "bangkok",
    "pelindaba",
    "mongolia-nwfs",
)
REGIMES: tuple[str, ...] = ("canwfz", *OTHER_REGIMES)

R = r"[а-яёА-ЯЁ]*"
K = r"\w*"
RU_NWFZ = r"зон" + R + r",?\s+свободн" + R + r"\s+от\s+ядерного\s+оружия,?\s+"
EN_NWFZ = r"[Nn]uclear[- ](?:[Ww]eapons?[- ])?[Ff]ree[\s-]+[Zz]one"
EN_NWF = r"nuclear[- ]weapons?[- ]free"
KK_NWFZ = r"ядролық\s+қарудан\s+(?:азат|бос)\s+айма[қғ]" + K

RU: dict[str, list[tuple[str, Pattern]]] = {
    "zones": [
        ("tlatelolco", compile_words(
            r"Тлателолк" + R, r"ОПАНАЛ" + R,
            r"Агентств" + R + r"\s+по\s+запрещению\s+ядерного\s+оружия\s+в\s+Латинской\s+Америке",
            RU_NWFZ + r"в\s+Латинской\s+Америке", r"латиноамериканск" + R + r"\s+(?:безъядерн"
            + R + r"\s+)?зон" + R,
        )),
        ("rarotonga", compile_words(
            r"Раротонг" + R, RU_NWFZ + r"в\s+южной\s+части\s+Тихого\s+океана",
            r"[Юю]жно-?тихоокеанск" + R + r"\s+(?:безъядерн" + R + r"\s+)?зон" + R,
        )),
        ("bangkok", compile_words(
            r"Бангкокск" + R + r"\s+договор" + R, r"Договор" + R + r"\s+(?:о\s+" + RU_NWFZ
            + r")?в\s+Юго-Восточной\s+Азии", RU_NWFZ + r"в\s+Юго-Восточной\s+Азии",
            r"ЗСЯО\s+(?:в\s+)?ЮВА", r"SEANWFZ", r"Договор" + R + r"\s+Бангкок" + R,
        )),
        ("pelindaba", compile_words(
            r"Пелиндаб" + R, r"АФКОНЕ",
            r"Африканск" + R + r"\s+комисси" + R + r"\s+по\s+(?:атомной|ядерной)\s+энерги" + R,
            RU_NWFZ + r"в\s+Африке", r"африканск" + R + r"\s+(?:безъядерн" + R + r"\s+)?зон" + R,
        )),
        ("mongolia-nwfs", compile_words(
            r"(?:безъядерн" + R + r"|свободн" + R + r"\s+от\s+ядерного\s+оружия)\s+статус" + R
            + r"\s+Монголи" + R,
            r"статус" + R + r"\s+Монголии,?\s+(?:как\s+)?(?:государства,?\s+)?(?:свободн" + R
            + r"\s+от\s+ядерного\s+оружия|безъядерн" + R + r")",
            r"безъядерн" + R + r"\s+статус" + R + r"\s+Монголи" + R,
            r"Монголи" + R + r"\s+как\s+(?:безъядерн" + R + r"|свободн" + R
            + r"\s+от\s+ядерного\s+оружия)\s+государств" + R,
            # 'принятия Монголией статуса государства, свободного от ядерного оружия',
            # 'Монголия провозгласила свою территорию зоной, свободной от ядерного оружия'
            r"Монголи" + R + r"\s+статус" + R + r"\s+(?:государства,?\s+)?(?:свободн" + R
            + r"\s+от\s+ядерного\s+оружия|безъядерн" + R + r")",
            r"Монголи" + R + r"\s+(?:объявил|провозгласил)" + R + r"\s+(?:свою\s+)?территори" + R
            + r"\s+(?:безъядерн" + R + r"|зон" + R + r",?\s+свободн" + R + r")",
            # 'Монголия внесла проект резолюции о своём безъядерном статусе': its own, by 'свой'
            r"Монголи" + R + r"\s+(?:[\w-]+\s+){1,6}?(?:о|об|по|в\s+поддержку)\s+(?:сво|е[её])" + R
            + r"\s+(?:безъядерн" + R + r"|свободн" + R + r"\s+от\s+ядерного\s+оружия)\s+статус" + R,
        )),
    ],
    "zone_meetings": [
        ("tlatelolco", compile_words(
            r"(?:сесси" + R + r"\s+)?Генеральн" + R + r"\s+конференци" + R + r"\s+ОПАНАЛ",
            # 'в 29-й Конференции Агентства по запрещению ядерного оружия в Латинской Америке'
            r"(?:Генеральн" + R + r"\s+)?[Кк]онференци" + R + r"\s+(?:ОПАНАЛ|Агентства\s+по\s+"
            r"запрещению\s+ядерного\s+оружия\s+в\s+Латинской\s+Америке)",
            r"Совет" + R + r"\s+ОПАНАЛ",
        )),
        ("bangkok", compile_words(
            # 'заседание Комиссии по ЗСЯО в ЮВА', 'конференция Исполнительного совета Комиссии
            # по Договору о безъядерной зоне в Юго-Восточной Азии': the Commission or its
            # Executive Committee (a 'совет' in some translations) in session
            r"(?:заседани|совещани|встреч|конференци)" + R + r"\s+(?:Исполнительн" + R
            + r"\s+(?:комитет|совет)" + R + r"\s+)?Комиссии\s+(?:по\s+)?(?:Договору\s+о\s+)?"
            r"(?:ЗСЯО|(?:безъядерной\s+)?зоне)[^.]{0,60}Юго-Восточной\s+Азии",
            r"Исполнительн" + R + r"\s+(?:комитет|совет)" + R + r"\s+(?:Комиссии\s+)?(?:по\s+)?"
            r"SEANWFZ",
        )),
        ("pelindaba", compile_words(
            r"Конференци" + R + r"\s+государств[-\s–]+участник" + R + r"\s+(?:Договора\s+Пелиндаба|"
            r"Пелиндабск" + R + r"\s+договор" + R + r"|Договора\s+о\s+" + RU_NWFZ + r"в\s+Африке)",
            r"сесси" + R + r"\s+АФКОНЕ",
        )),
    ],
}  # fmt: skip

KK: dict[str, list[tuple[str, Pattern]]] = {
    "zones": [
        ("tlatelolco", compile_words(
            r"Тлателолко" + K, r"ОПАНАЛ" + K, r"OPANAL", r"Латын\s+Америка" + K + r"\s+(?:\w+\s+)?"
            + KK_NWFZ,
        )),
        ("rarotonga", compile_words(
            r"Раротонга" + K, r"Тынық\s+мұхит" + K + r"\s+(?:\w+\s+){0,2}" + KK_NWFZ,
        )),
        ("bangkok", compile_words(
            r"Бангкок\s+шарт" + K, r"Оңтүстік-Шығыс\s+Азия" + K + r"\s+" + KK_NWFZ, r"SEANWFZ",
        )),
        ("pelindaba", compile_words(
            r"Пелиндаба" + K, r"АФКОНЕ" + K, r"AFCONE",
            r"Африка(?:лық)?\s+атом\s+энергиясы\s+жөніндегі\s+комиссия" + K,
            r"Африка" + K + r"\s+" + KK_NWFZ,
        )),
        ("mongolia-nwfs", compile_words(
            r"Моңғолия" + K + r"\s+(?:\w+\s+)?ядролық\s+қарусыз\s+мәртебе" + K,
            r"Моңғолия" + K + r"\s+(?:\w+\s+)?ядролық\s+қарудан\s+(?:азат|бос)\s+мәртебе" + K,
            r"Моңғолия" + K + r"\s+(?:өз\s+)?аумағ" + K
            + r"\s+ядролық\s+қару(?:дан\s+(?:азат|бос)|сыз)\s+айма[қғ]" + K,
            # 'Моңғолия өзінің ядролық қарусыз мәртебесі туралы қарар жобасын ұсынды': its own
            r"Моңғолия" + K + r"\s+(?:[\w-]+\s+){0,6}?өз(?:інің|ін)?\s+ядролық\s+қару(?:дан\s+"
            r"(?:азат|бос)|сыз)\s+мәртебе" + K,
        )),
    ],
    "zone_meetings": [
        ("tlatelolco", compile_words(r"ОПАНАЛ" + K + r"\s+Бас\s+конференция" + K)),
        # 'SEANWFZ комиссиясының отырысы', 'Бангкок шарты комиссиясының атқарушы комитеті'
        ("bangkok", compile_words(
            r"(?:SEANWFZ|Бангкок\s+шарт" + K + r")\s+(?:\w+\s+)?(?:комиссия|атқарушы\s+комитет)"
            + K,
        )),
        ("pelindaba", compile_words(
            r"АФКОНЕ" + K + r"\s+(?:\w+\s+)?сессия" + K,
            # 'Пелиндаба шартына қатысушы мемлекеттердің алтыншы конференциясы'
            r"Пелиндаба\s+шарт" + K + r"\s+қатысушы\s+мемлекеттер" + K
            + r"\s+(?:\w+\s+)?конференция" + K,
        )),
    ],
}  # fmt: skip

ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh"
    r"|[Ee]ighth|[Nn]inth|[Tt]enth|[Ii]naugural)"
)
EN: dict[str, list[tuple[str, Pattern]]] = {
    "zones": [
        ("tlatelolco", compile_words(
            r"Tlatelolco", r"OPANAL",
            r"Agency\s+for\s+the\s+(?:Prohibition|Elimination)\s+of\s+Nuclear\s+Weapons\s+in\s+Latin\s+America",
            EN_NWFZ + r"\s+in\s+Latin\s+America", r"Latin\s+American\s+" + EN_NWFZ,
            flags=0,
        )),
        ("rarotonga", compile_words(
            r"Rarotonga", r"South\s+Pacific\s+" + EN_NWFZ, r"SPNFZ", flags=0,
        )),
        ("bangkok", compile_words(
            r"Treaty\s+of\s+Bangkok", r"Bangkok\s+Treaty", r"SEANWFZ",
            r"South\s*-?\s*[Ee]ast\s+Asia(?:n)?\s+" + EN_NWFZ,
            EN_NWFZ + r"\s+in\s+South\s*-?\s*[Ee]ast\s+Asia",
            # the 'Area' of the Indonesian 'Kawasan', and the acronym as misspelt
            r"South\s*-?\s*[Ee]ast\s+Asia(?:n)?\s+[Nn]uclear[- ][Ww]eapons?[- ][Ff]ree\s+Area",
            r"SEANFWZ",
            # 'a nuclear-weapon-free Southeast Asia', 'Southeast Asia free of nuclear weapons'
            r"[Nn]uclear(?:[- ][Ww]eapons?)?[- ][Ff]ree\s+South\s*-?\s*[Ee]ast\s+Asia",
            r"South\s*-?\s*[Ee]ast\s+Asia\s+(?:as\s+a\s+region\s+)?free\s+(?:of|from)\s+nuclear\s+weapons",
            # ASEAN's 'preserving Southeast Asia as a Nuclear Weapon-Free Zone'
            r"South\s*-?\s*[Ee]ast\s+Asia\s+as\s+a\s+" + EN_NWFZ,
            flags=0,
        )),
        ("pelindaba", compile_words(
            r"Pelindaba", r"AFCONE", r"Afcone", r"African\s+Commission\s+on\s+Nuclear\s+Energy",
            r"African\s+" + EN_NWFZ, EN_NWFZ + r"\s+in\s+Africa", r"ANWFZ", flags=0,
        )),
        ("mongolia-nwfs", compile_words(
            r"Mongolia(?:['’]s)?\s+(?:international\s+security\s+and\s+)?" + EN_NWF + r"\s+status",
            EN_NWF + r"\s+status\s+of\s+Mongolia",
            r"Mongolia(?:['’]s)?\s+(?:single-State\s+)?(?:NWFZ|" + EN_NWF + r"\s+zone)\s+status",
            # 'Mongolia's declaration of its territory a nuclear-weapon-free zone', 'Mongolia
            # declared itself a NWFZ', 'Mongolia's self-declared nuclear-weapon-free status'
            r"Mongolia(?:['’]s)?\s+(?:declar(?:ed|ing|ation\s+of)|proclaim(?:ed|ing))\s+(?:itself|its\s+"
            r"territory)\s+(?:as\s+)?(?:a\s+)?(?:NWFZ|" + EN_NWF + r"[\s-]+zone)",
            r"Mongolia(?:['’]s)?\s+self-declared\s+" + EN_NWF + r"\s+status",
            # the General Assembly's item 'Mongolia's international security and nuclear-weapon-
            # free status', named by 'its' after Mongolia
            r"international\s+security\s+and\s+" + EN_NWF + r"\s+status",
            # 'Mongolia hosts a seminar on its nuclear-weapon-free status'
            r"Mongolia\s+(?:[\w-]+\s+){1,6}?(?:on|about|of|for)\s+its\s+(?:(?:declaration|"
            r"proclamation)\s+of\s+(?:a|its)\s+)?" + EN_NWF + r"\s+status",
            flags=re.IGNORECASE,
        )),
    ],
    "zone_meetings": [
        ("tlatelolco", compile_words(
            r"(?:(?:[Rr]egular|[Ss]pecial|[Ee]xtraordinary)\s+[Ss]ession\s+of\s+the\s+)?General\s+Conference"
            r"\s+of\s+(?:the\s+)?(?:OPANAL|Agency\s+for\s+the\s+(?:Prohibition|Elimination)\s+of\s+Nuclear\s+Weapons"
            r"\s+in\s+Latin\s+America)", r"OPANAL(?:['’]s)?\s+General\s+Conference",
            r"(?:regular|special)\s+session\s+of\s+(?:the\s+)?(?:OPANAL\s+)?General\s+Conference",
            r"OPANAL\s+Council\s+(?:[Mm]eeting|[Ss]ession)",
            r"(?:the\s+)?Council\s+of\s+(?:the\s+)?OPANAL(?=\s+(?:held|met|convened|will\s+(?:hold|meet)))",
            r"(?:[Mm]eeting|[Ss]ession)\s+of\s+the\s+(?:OPANAL\s+)?Council(?:\s+of\s+OPANAL)?",
            flags=0,
        )),
        ("bangkok", compile_words(
            r"(?:meeting|session)\s+of\s+the\s+Commission\s+for\s+the\s+(?:Treaty\s+on\s+the\s+)?"
            r"(?:SEANWFZ|South\s*-?\s*[Ee]ast\s+Asia"
            r"(?:n)?\s+" + EN_NWFZ + r"(?:\s+\(SEANWFZ\))?)",
            r"SEANWFZ\s+(?:Treaty\s+)?(?:[Cc]ommission|[Ee]xecutive\s+[Cc]ommittee)(?:\s+[Mm]eeting)?",
            # 'the Executive Committee for the Southeast Asia Nuclear Weapon-Free (SEANWFZ)',
            # 'the Inaugural Meeting of the Commission for SEANWFZ'
            r"(?:[Ee]xecutive\s+[Cc]ommittee|Commission)\s+(?:of|for)\s+(?:the\s+|a\s+)?(?:Commission\s+"
            r"for\s+(?:the\s+)?)?(?:Treaty\s+on\s+the\s+)?(?:SEANWFZ|South\s*-?\s*[Ee]ast\s+Asia(?:n)?"
            r"\s+[Nn]uclear[- ][Ww]eapons?[- ][Ff]ree(?:[\s-]+[Zz]one)?(?:\s+\(SEANWFZ\))?)",
            r"South\s*-?\s*[Ee]ast\s+Asia(?:n)?\s+(?:" + EN_NWFZ + r"|[Nn]uclear[- ][Ww]eapons?[- ]"
            r"[Ff]ree\s+Area)\s*(?:\((?:SEANWFZ|SEANFWZ)\)\s*)?(?:Treaty\s+)?Commission"
            r"(?:\s*\((?:SEANWFZ|SEANFWZ)\))?(?:\s+[Mm]eeting)?",
            r"(?:meeting\s+of\s+the\s+)?Executive\s+Committee\s+of\s+the\s+(?:Commission\s+for\s+"
            r"the\s+)?SEANWFZ(?:\s+Commission)?",
            # 'the annual conference of SEANWFZ members', 'a meeting of ASEAN foreign ministers
            # to discuss the SEANWFZ': the Commission (the ministers) meeting as such
            r"(?:annual\s+)?(?:conference|meeting)\s+of\s+(?:the\s+)?SEANWFZ\s+(?:members|"
            r"[Mm]ember\s+[Ss]tates|States\s+Parties|parties)",
            r"meeting\s+of\s+(?:the\s+)?ASEAN\s+[Ff]oreign\s+[Mm]inisters\s+(?:to\s+discuss|on|"
            r"for)\s+(?:the\s+)?(?:SEANWFZ|South\s*-?\s*[Ee]ast\s+Asia(?:n)?\s+[Nn]uclear[- ]"
            r"[Ww]eapons?[- ][Ff]ree\s+[Zz]one)", flags=0,
        )),
        ("pelindaba", compile_words(
            r"Conference\s+of\s+(?:the\s+)?(?:States?\s+[Pp]arties(?:\s+\(CSP\))?\s+to\s+the\s+)?"
            r"(?:Pelindaba\s+Treaty|Treaty\s+of\s+Pelindaba|African\s+" + EN_NWFZ + r"\s+Treaty)",
            r"(?:ordinary|extraordinary)\s+session\s+of\s+(?:the\s+)?(?:AFCONE|African\s+Commission"
            r"\s+on\s+Nuclear\s+Energy)", r"AFCONE(?:['’]s)?\s+(?:\w+\s+)?(?:ordinary\s+)?session",
            # 'AFCONE concluded its two-day Fifth Ordinary Session'
            r"(?:AFCONE|African\s+(?:Union\s+)?Commission\s+on\s+Nuclear\s+Energy)\)?\s+(?:\w+\s+){0,2}"
            r"(?:its|the)\s+(?:[\w-]+\s+){0,3}(?:[Oo]rdinary|[Ee]xtraordinary)\s+[Ss]ession",
            flags=0,
        )),
    ],
    # a session named without its zone ('the 6th Conference of States Parties (CSP)', 'the XXII
    # Regular Session of the General Conference'): that zone's body only where the words stand
    # in a text (or a part of it) about that zone (meetings._zone_meeting)
    "zone_meetings_in_context": [
        ("pelindaba", compile_words(
            ORDINAL + r"\s+(?:(?:[Oo]rdinary|[Ee]xtraordinary)\s+[Ss]ession\s+of"
            r"\s+the\s+)?Conference\s+of\s+(?:the\s+)?States?\s+[Pp]arties(?:\s+\(CSP\))?",
            ORDINAL + r"\s+CSP", r"(?<=next\s)CSP",
            # the Commission's members in session: 'a meeting of the commissioners', 'the
            # commissioners met', 'At a meeting in Addis Ababa on 26 July, the commissioners
            # adopted ...'
            r"(?:[Mm]eeting|[Ss]ession)\s+of\s+(?:the\s+|its\s+)?(?:AFCONE\s+)?[Cc]ommissioners",
            r"[Cc]ommissioners\s+(?:met|convened)\b",
            r"[Mm]eeting(?=\s[^.;]{0,60}?,\s+the\s+(?:AFCONE\s+)?[Cc]ommissioners\s+\w+ed\b)",
            flags=0,
        )),
        ("tlatelolco", compile_words(
            r"(?:[Rr]egular|[Ss]pecial|[Ee]xtraordinary)\s+[Ss]ession\s+of\s+(?:the|its)\s+General\s+"
            r"Conference",
            flags=0,
        )),
        # the Rarotonga Treaty's meeting of its parties (not the TPNW's: see meetings.py)
        ("rarotonga", compile_words(
            r"States\s+Parties\s+[Mm]eeting", r"[Mm]eeting\s+of\s+(?:the\s+)?States\s+Parties"
            r"(?!\s+to\s+the\s+(?:TPNW|Treaty\s+on\s+the\s+Prohibition))", flags=0,
        )),
    ],
}  # fmt: skip

# The states of the other zones (and Mongolia), by name and adjective: who chairs their
# treaty bodies ('chaired by the Ambassador of Uruguay', 'Laos’ Deputy Prime Minister'). The
# five Central Asian parties and the nuclear-weapon states are in states.py.
ZONE_STATES_EN: dict[str, str] = {
    # Latin America and the Caribbean (Tlatelolco, OPANAL)
    "AR": r"Argentina|Argentine|Argentinian", "BO": r"Bolivia|Bolivian",
    "BR": r"Brazil|Brazilian", "CL": r"Chile|Chilean", "CO": r"Colombia|Colombian",
    "CR": r"Costa\s+Rica|Costa\s+Rican", "CU": r"Cuba|Cuban",
    "DO": r"Dominican\s+Republic", "EC": r"Ecuador|Ecuadorian", "SV": r"El\s+Salvador",
    "GT": r"Guatemala|Guatemalan", "HN": r"Honduras|Honduran", "JM": r"Jamaica|Jamaican",
    "MX": r"Mexico|Mexican", "NI": r"Nicaragua|Nicaraguan", "PA": r"Panama|Panamanian",
    "PY": r"Paraguay|Paraguayan", "PE": r"Peru|Peruvian", "UY": r"Uruguay|Uruguayan",
    "VE": r"Venezuela|Venezuelan", "TT": r"Trinidad\s+and\s+Tobago",
    # Southeast Asia (Bangkok, the SEANWFZ Commission)
    "BN": r"Brunei(?:\s+Darussalam)?", "KH": r"Cambodia|Cambodian",
    "ID": r"Indonesia|Indonesian", "LA": r"Laos|Lao\s+PDR|Lao", "MY": r"Malaysia|Malaysian",
    "MM": r"Myanmar", "PH": r"(?:the\s+)?Philippines|Philippine|Filipino",
    "SG": r"Singapore|Singaporean", "TH": r"Thailand|Thai", "VN": r"Viet\s*[Nn]am|Vietnamese",
    # South Pacific (Rarotonga)
    "AU": r"Australia|Australian", "NZ": r"New\s+Zealand", "FJ": r"Fiji|Fijian",
    "CK": r"Cook\s+Islands", "PG": r"Papua\s+New\s+Guinea", "WS": r"Samoa|Samoan",
    "TO": r"Tonga|Tongan", "VU": r"Vanuatu", "SB": r"Solomon\s+Islands",
    "KI": r"Kiribati", "NR": r"Nauru", "TV": r"Tuvalu", "NU": r"Niue",
    # Africa (Pelindaba, AFCONE)
    "ZA": r"South\s+Africa|South\s+African", "KE": r"Kenya|Kenyan", "NG": r"Nigeria|Nigerian",
    "EG": r"Egypt|Egyptian", "ET": r"Ethiopia|Ethiopian", "DZ": r"Algeria|Algerian",
    "GH": r"Ghana|Ghanaian", "ZW": r"Zimbabwe|Zimbabwean", "SN": r"Senegal|Senegalese",
    "MA": r"Morocco|Moroccan", "TN": r"Tunisia|Tunisian", "CM": r"Cameroon|Cameroonian",
    "NA": r"Namibia|Namibian", "BW": r"Botswana", "ZM": r"Zambia|Zambian",
    "TZ": r"Tanzania|Tanzanian", "UG": r"Uganda|Ugandan", "ML": r"Mali|Malian",
    "LY": r"Libya|Libyan", "MU": r"Mauritius|Mauritian", "MZ": r"Mozambique",
    # Mongolia's status
    "MN": r"Mongolia|Mongolian",
}  # fmt: skip
_ZONE_STATES_EN = [
    (code, re.compile(r"(?<![\w-])(?:" + words + r")(?:['’]s?)?(?![\w-])"))
    for code, words in ZONE_STATES_EN.items()
]


def zone_states_en(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(code, start, end) of the other zones' states named in text[start:end], in order."""
    found = [
        (code, start + m.start(), start + m.end())
        for code, pattern in _ZONE_STATES_EN
        for m in pattern.finditer(text[start:end])
    ]
    return sorted(found, key=lambda f: f[1])


# The same states in Russian, by lemma (pymorphy3): 'под председательством Бразилии',
# 'посол Уругвая', 'бразильская делегация'.
ZONE_STATES_RU: dict[str, str] = {
    "аргентина": "AR", "аргентинский": "AR", "боливия": "BO", "бразилия": "BR",
    "бразильский": "BR", "чили": "CL", "чилийский": "CL", "колумбия": "CO", "куба": "CU",
    "кубинский": "CU", "эквадор": "EC", "гватемала": "GT", "ямайка": "JM", "мексика": "MX",
    "мексиканский": "MX", "панама": "PA", "парагвай": "PY", "перу": "PE", "перуанский": "PE",
    "уругвай": "UY", "уругвайский": "UY", "венесуэла": "VE", "бруней": "BN", "камбоджа": "KH",
    "индонезия": "ID", "индонезийский": "ID", "лаос": "LA", "лаосский": "LA", "малайзия": "MY",
    "малайзийский": "MY", "мьянма": "MM", "филиппины": "PH", "филиппинский": "PH",
    "сингапур": "SG", "таиланд": "TH", "таиландский": "TH", "вьетнам": "VN",
    "вьетнамский": "VN", "австралия": "AU", "фиджи": "FJ", "юар": "ZA", "кения": "KE",
    "кенийский": "KE", "нигерия": "NG", "египет": "EG", "египетский": "EG", "эфиопия": "ET",
    "алжир": "DZ", "гана": "GH", "монголия": "MN", "монгольский": "MN",
}  # fmt: skip


def zone_states_ru(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(code, start, end) of the other zones' states named in text[start:end] (Russian)."""
    from .text import ru_lemma, tokenize  # the Russian analyser only when a text needs it

    found = []
    for token in tokenize(text[start:end], start):
        if token.text[:1].isalpha() and token.text[:1].isupper() or token.text == "ЮАР":
            code = ZONE_STATES_RU.get(ru_lemma(token.text))
            if code is not None:
                found.append((code, token.start, token.end))
    return found
