"""Plain rules of intake: near-duplicate similarity, span highlighting, field edits."""

import pytest

from nwfz.intake.field_edits import FieldEditError, edits_from_texts, parse_field_value
from nwfz.intake.fingerprint import jaccard, most_similar, shingles, text_fingerprint
from nwfz.intake.highlight import highlighted_html, marked_terminal_text

from .samples import OTHER_STORY, SEED_REWORDED, SEED_TEXT


def test_the_reworded_seed_shares_most_of_its_shingles():
    assert jaccard(shingles(SEED_TEXT), shingles(SEED_REWORDED)) >= 0.8


def test_another_story_on_the_same_topic_shares_few():
    assert jaccard(shingles(SEED_TEXT), shingles(OTHER_STORY)) < 0.1


def test_layout_and_punctuation_do_not_change_the_fingerprint():
    assert text_fingerprint("Казахстан, ЦАЗСЯО!\n 2026") == text_fingerprint(
        "казахстан цазсяо 2026"
    )


def test_hidden_characters_do_not_change_the_fingerprint():
    littered = SEED_TEXT.replace("Договора", "Дого\u00adвора").replace(" ", "\u200b ", 40)
    assert text_fingerprint(littered) == text_fingerprint(SEED_TEXT)
    assert jaccard(shingles(littered), shingles(SEED_TEXT)) == 1.0


def test_most_similar_picks_the_closest_above_the_threshold():
    candidates = [(1, OTHER_STORY), (2, SEED_TEXT)]
    assert most_similar(SEED_REWORDED, candidates, 0.6)[0] == 2
    assert most_similar(OTHER_STORY + " x", [(2, SEED_TEXT)], 0.6) is None


def test_highlighting_escapes_every_piece():
    html = highlighted_html("a <script>x</script> b", [(7, (2, 10))])
    assert html == 'a <mark data-proposal="7">&lt;script&gt;</mark>x&lt;/script&gt; b'


def test_overlapping_spans_of_two_proposals_are_both_marked():
    html = highlighted_html("abcdef", [(1, (0, 4)), (2, (2, 6))])
    assert html == (
        '<mark data-proposal="1">ab</mark><mark data-proposal="1 2">cd</mark>'
        '<mark data-proposal="2">ef</mark>'
    )


def test_terminal_marks_are_brackets_off_a_terminal_and_reverse_video_on_one():
    assert marked_terminal_text("one two three", [(4, 7)], tty=False) == "one [[two]] three"
    assert marked_terminal_text("one two", [(0, 3)], tty=True) == "\x1b[7mone\x1b[0m two"


def test_field_edits_are_typed_and_checked():
    current = {"to": "KZ", "year": 2026, "effective": None, "organisers": [], "regime": "canwfz"}
    edits = edits_from_texts(
        current, {"to": "kg", "year": "2026", "effective": "2026-01-01", "organisers": "KZ, UZ"}
    )
    assert edits == {"to": "KG", "effective": "2026-01-01", "organisers": ["KZ", "UZ"]}
    for name, text in (("year", "soon"), ("effective", "1 Jan"), ("to", "Kazakhstan")):
        with pytest.raises(FieldEditError, match=name):
            edits_from_texts(current, {name: text})
    with pytest.raises(FieldEditError, match="no such field"):
        edits_from_texts(current, {"colour": "red"})
    with pytest.raises(FieldEditError, match="regime: 'other' is not one of canwfz, tlatelolco"):
        edits_from_texts(current, {"regime": "other"})
    with pytest.raises(FieldEditError, match="regime: give one of"):
        edits_from_texts(current, {"regime": ""})
    assert edits_from_texts(current, {"regime": "pelindaba"}) == {"regime": "pelindaba"}
    assert parse_field_value("date", "") is None
