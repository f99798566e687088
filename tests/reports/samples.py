"""Hand-built governance records for report and calendar tests (no database needed)."""

from __future__ import annotations

from datetime import date

from nwfz.governance.records import (
    ActionInfo,
    CalendarItem,
    ChairInfo,
    CoordinationInfo,
    DeadlineInfo,
    DecisionInfo,
    EventInfo,
    ForumSessionInfo,
    MeetingInfo,
    OutcomeInfo,
    YearRecord,
)

MFA_KZ = "https://www.gov.kz/memleket/entities/mfa/press/news/details/1"
MFA_TJ = "https://mfa.tj/en/main/view/2"
UN_NPT = "https://disarmament.unoda.org/wmd/nuclear/npt2026/"

STATE_NAMES = {
    "en": {
        "KZ": "Kazakhstan",
        "KG": "Kyrgyzstan",
        "TJ": "Tajikistan",
        "TM": "Turkmenistan",
        "UZ": "Uzbekistan",
    },
    "ru": {
        "KZ": "Казахстан",
        "KG": "Кыргызстан",
        "TJ": "Таджикистан",
        "TM": "Туркменистан",
        "UZ": "Узбекистан",
    },
    "kk": {
        "KZ": "Қазақстан",
        "KG": "Қырғызстан",
        "TJ": "Тәжікстан",
        "TM": "Түрікменстан",
        "UZ": "Өзбекстан",
    },
}
REGIME_NAMES = {
    "en": "Central Asian Nuclear-Weapon-Free Zone",
    "ru": "Зона, свободная от ядерного оружия, в Центральной Азии",
    "kk": "Орталық Азиядағы ядролық қарудан азат аймақ",
}
HANDOVER_TEXT = {
    "en": "The chairmanship passes to Kazakhstan on 1 January 2026.",
    "ru": "Председательство переходит к Казахстану с 1 января 2026 года.",
    "kk": "Төрағалық 2026 жылғы 1 қаңтардан бастап Қазақстанға өтеді.",
}


def year_record(lang: str = "en") -> YearRecord:
    names = STATE_NAMES[lang]
    handover = DecisionInfo(
        date=date(2025, 11, 20),
        kind="chair_handover",
        text=HANDOVER_TEXT[lang],
        handover_to="KZ",
        effective=date(2026, 1, 1),
    )
    meeting = MeetingInfo(
        id=7,
        kind="annual_consultative",
        start=date(2025, 11, 19),
        end=date(2025, 11, 20),
        place="Dushanbe" if lang == "en" else "Душанбе",
        format="in_person",
        chair="TJ",
        participants=["KZ", "KG", "TJ", "TM", "UZ"],
        observers=["IAEA", "UNRCCA"],
        agenda=["Review of the year (өткен жыл)", "Chair handover"],
        outcomes=[
            OutcomeInfo(
                kind="joint_statement",
                title="Joint statement of the parties",
                date=date(2025, 11, 20),
                parties="KZ, KG, TJ, TM, UZ",
                sources=[MFA_TJ],
            )
        ],
        decisions=[
            DecisionInfo(date(2025, 11, 20), "work_plan", "Prepare a joint working paper"),
            handover,
        ],
        sources=[MFA_TJ],
    )
    return YearRecord(
        regime_slug="canwfz",
        regime_name=REGIME_NAMES[lang],
        year=2025,
        chair=ChairInfo("TJ", names["TJ"], date(2025, 1, 1), date(2025, 12, 31), [MFA_TJ]),
        next_chair=ChairInfo("KZ", names["KZ"], date(2026, 1, 1), date(2026, 12, 31), [MFA_KZ]),
        meetings=[meeting],
        actions_done=[
            ActionInfo(
                1,
                "Circulate the draft statement",
                ["KZ", "UZ"],
                date(2025, 4, 1),
                "done",
                date(2025, 3, 28),
                "annual consultative meeting 2024-11-14",
            )
        ],
        actions_open=[
            ActionInfo(
                2,
                "Prepare a joint working paper",
                ["TJ"],
                date(2026, 4, 27),
                "open",
                None,
                "annual consultative meeting 2025-11-20",
            )
        ],
        events=[
            EventInfo(
                "Semipalatinsk remembrance day",
                "commemorative",
                date(2025, 8, 29),
                None,
                "Astana",
                ["KZ"],
                "",
                "held",
                [MFA_KZ],
            ),
            EventInfo(
                "Youth forum on disarmament",
                "thematic",
                date(2025, 10, 2),
                None,
                "Tashkent",
                ["UZ"],
                "",
                "cancelled",
                [],
            ),
        ],
        fora=[
            ForumSessionInfo(
                "npt-prepcom",
                "Third session of the NPT PrepCom",
                date(2025, 4, 28),
                date(2025, 5, 9),
                "New York",
                [
                    CoordinationInfo(
                        "joint_statement",
                        "Joint statement of the CANWFZ parties",
                        "delivered",
                        ["KZ", "KG", "TJ", "TM", "UZ"],
                        [UN_NPT],
                    )
                ],
                [UN_NPT],
                id=3,
            )
        ],
        deadlines=[
            DeadlineInfo(
                "art8-additional-protocol", "TM", date(2010, 9, 21), None, None, "pending"
            ),
            DeadlineInfo(
                "art8-additional-protocol", "KZ", date(2010, 9, 21), date(2007, 5, 9), None, "met"
            ),
        ],
        handover=handover,
        sources=[MFA_TJ, MFA_KZ, UN_NPT],
    )


def calendar_items() -> list[CalendarItem]:
    return [
        CalendarItem(
            uid="meeting-7@nwfz",
            kind="meeting",
            title="Annual consultative meeting",
            start=date(2025, 11, 19),
            end=date(2025, 11, 20),
            place="Dushanbe",
            description="Annual meeting of the parties; the chair passes to Kazakhstan.",
            url_path="/en/regimes/canwfz/governance/#meeting-7",
            sources=[MFA_TJ],
        ),
        CalendarItem(
            uid="anniversary-canwfz-signature-2026@nwfz",
            kind="anniversary",
            title="20th anniversary of the signature of the Treaty (Семей, Қазақстан)",
            start=date(2026, 9, 8),
            end=None,
            place="Semey",
            description="",
            url_path="/en/regimes/canwfz/",
            sources=[],
        ),
        CalendarItem(
            uid="deadline-art8-additional-protocol-TM@nwfz",
            kind="deadline",
            title="Article 8 deadline: Turkmenistan",
            start=date(2010, 9, 21),
            end=None,
            place="",
            description="Additional Protocol in force within 18 months.",
            url_path="/en/regimes/canwfz/deadlines/",
            sources=[MFA_KZ, UN_NPT],
        ),
    ]
