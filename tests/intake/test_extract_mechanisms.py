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
