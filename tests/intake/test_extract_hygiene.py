"""Hidden and deceptive characters are normalised for reading and flagged; the spans still
point at the original text."""

import random
from datetime import date
from pathlib import Path

import pytest

from nwfz.intake.extract import extract
from nwfz.intake.extract.evaluate import load_corpus
from nwfz.intake.extract.hygiene import clean, flags_in_spans
from nwfz.intake.extract.textmap import TextBuilder, TextMap

HERE = Path(__file__).parent
ZWJ, ZWSP, SHY, NBSP, NNBSP = "\u200d", "\u200b", "\u00ad", "\u00a0", "\u202f"
RLO, PDF = "\u202e", "\u202c"

MEETING = (
    "В Астане 5 марта 2026 года состоялась ежегодная консультативная встреча государств – "
    "участников Договора о зоне, свободной от ядерного оружия в Центральной Азии."
)


def meeting(text: str):
    result = extract(text, published=date(2026, 3, 6))
    found = result.of_type("consultative_meeting")
    assert len(found) == 1, result.proposals
    return result, found[0]


def test_a_zero_width_joiner_inside_a_date_does_not_stop_it():
    text = MEETING.replace("5 марта", f"5{ZWJ} марта")
    result, proposal = meeting(text)
    assert proposal.fields["date"] == "2026-03-05"
    assert f"5{ZWJ} марта 2026 года" in proposal.evidence(text)  # the original, joiner and all
    assert proposal.flags == ["zero_width"]
    assert result.text_flags[0]["kind"] == "zero_width"
    assert result.text_flags[0]["positions"] == [text.index(ZWJ)]
    assert proposal.to_json()["flags"] == ["zero_width"]


def test_no_break_spaces_of_every_width_are_read_as_spaces():
    text = MEETING.replace("5 марта 2026", f"5{NBSP}марта{NNBSP}2026")
    result, proposal = meeting(text)
    assert proposal.fields["date"] == "2026-03-05"
    assert [f["kind"] for f in result.text_flags] == ["no_break_space"]
    assert result.text_flags[0]["count"] == 2


def test_a_soft_hyphen_inside_the_treatys_name_is_read_through():
    text = MEETING.replace("Договора", f"Дого{SHY}вора").replace("Центральной", f"Цен{SHY}тральной")
    result, proposal = meeting(text)
    assert "soft_hyphen" in proposal.flags
    assert [f["count"] for f in result.text_flags] == [2]


def test_a_right_to_left_override_is_removed_for_reading_and_flagged():
    text = MEETING.replace("ежегодная", f"{RLO}ежегодная{PDF}")
    result, proposal = meeting(text)
    assert proposal.fields["kind"] == "annual"
    assert "ежегодная" in proposal.evidence(text)
    assert proposal.flags == ["bidi_control"]  # the controls enclose the evidence
    assert result.text_flags[0]["kind"] == "bidi_control"
    assert result.text_flags[0]["count"] == 2


def test_latin_look_alikes_in_a_cyrillic_word_are_read_as_cyrillic():
    text = MEETING.replace("Астане", "Aстaне")  # Latin A and a
    result, proposal = meeting(text)
    assert proposal.fields["place"] == "Astana"
    assert [f["kind"] for f in result.text_flags] == ["mixed_script"]
    assert "Aстaне" in " ".join(proposal.evidence(text))


def test_a_letter_and_its_combining_accent_are_read_as_one():
    decomposed = MEETING.replace("ежегодная", "ежегодная").replace("й", "и\u0306")
    text = decomposed + " Встречу провел Кыргызстан."
    assert "й" not in text
    result, proposal = meeting(text)
    assert proposal.fields["kind"] == "annual"
    assert result.text_flags == []  # composing an accent changes nothing a reader sees


def test_a_clean_text_is_read_as_it_is():
    cleaned = clean(MEETING)
    assert cleaned.reading.text == MEETING and cleaned.reading.is_identity
    assert cleaned.flags == []


def test_the_map_composes_and_substitutes():
    builder = TextBuilder("ab\u200bcd")
    for i, ch in enumerate("ab\u200bcd"):
        builder.add("" if ch == "\u200b" else ch, i, i + 1)
    first = builder.build()
    assert first.text == "abcd"
    import re

    second = first.substitute(re.compile("bc"), lambda m: "X")
    assert second.text == "aXd"
    assert second.original_span((1, 2)) == (1, 4)  # 'b\u200bc'
    assert second.original_span((0, 3)) == (0, 5)
    assert TextMap.identity("abc").then(TextMap.identity("abc")).is_identity


def test_flags_in_spans():
    flags = [
        {"kind": "zero_width", "positions": [5, 40]},
        {"kind": "soft_hyphen", "positions": [9]},
    ]
    assert flags_in_spans(flags, [(0, 6)]) == ["zero_width"]
    assert flags_in_spans(flags, [[8, 10], [39, 41]]) == ["zero_width", "soft_hyphen"]
    assert flags_in_spans(flags, [(10, 30)]) == []


def _littered(text: str, seed: int) -> str:
    """The text with invisible characters and odd spaces where a web page leaves them."""
    rng = random.Random(seed)
    out: list[str] = []
    for ch in text:
        if ch == " " and rng.random() < 0.3:
            out.append(rng.choice([NBSP, NNBSP, "\u2009"]))
            continue
        out.append(ch)
        if ch.isalnum() and rng.random() < 0.08:
            out.append(rng.choice([ZWSP, ZWJ, SHY, "\u200e", "\u2060"]))
    return "".join(out)


CORPUS_ITEMS = [
    item
    for directory in ("corpus", "corpus_heldout", "corpus_blind")
    for item in load_corpus(HERE / directory)
]


@pytest.mark.parametrize("item", CORPUS_ITEMS, ids=lambda item: item.id)
def test_littered_corpus_items_propose_what_the_clean_ones_do(item):
    """Invisible characters and special spaces sprinkled through every labelled item change
    no proposal; each span covers the same words, written as in the littered original."""
    littered = _littered(item.text, seed=len(item.text))
    clean_result = extract(item.text, published=item.published)
    read = extract(littered, published=item.published)
    assert read.text == littered
    assert [(p.type, p.fields) for p in read.proposals] == [
        (p.type, p.fields) for p in clean_result.proposals
    ]
    assert read.text_flags
    for mine, theirs in zip(read.proposals, clean_result.proposals, strict=True):
        shown = [clean(words).reading.text for words in mine.evidence(littered)]
        expected = [clean(words).reading.text for words in theirs.evidence(item.text)]
        assert shown == expected, (item.id, mine.type)
