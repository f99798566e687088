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
