"""The real corpus (tests/intake/real/): published items, labelled, split once.

Both parts are loaded to check their format and the split; only the development part is ever
run through the extractor here (the held-back part is scored once, at the end, by the lead).
"""

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from nwfz.intake.extract import extract
from nwfz.intake.extract.corpus_split import (
    SEEN_STORIES,
    assign,
    batch_of,
    place,
    spent,
    split_by_rule,
    story_key,
)
from nwfz.intake.extract.evaluate import (
    LABEL_FIELDS,
    REGIMES,
    CorpusError,
    evaluate_corpus,
    label_matches,
    load_corpus,
    load_item,
)
from nwfz.intake.extract.evaluate import main as evaluate_main
from nwfz.intake.extract.proposals import FORUM_CODES

REAL = Path(__file__).parent / "real"
DEV, HELDOUT = REAL / "dev", REAL / "heldout"
ITEMS = {"dev": load_corpus(DEV), "heldout": load_corpus(HELDOUT)}
ALL = ITEMS["dev"] + ITEMS["heldout"]
STATES = {"KZ", "KG", "TJ", "TM", "UZ"}
CODE = re.compile(r"^[A-Z]{2}$")
VALUES = {
    "kind": {"annual", "extraordinary"},
    "status": {"held", "planned", "signed"},
    "format": {"in_person", "videoconference"},
    "of": {"signature", "entry_into_force"},
}


def _ids(items):
    return [i.id for i in items]


def test_the_corpus_is_large_enough_and_mixed():
    languages = Counter(i.language for i in ALL)
    relevance = Counter(i.relevance for i in ALL)
    assert len(ALL) >= 279
    assert languages["ru"] >= 91 and languages["en"] >= 148 and languages["kk"] >= 40
    assert sum(1 for i in ALL if i.script == "latn") >= 9
    assert relevance["distractor"] >= 169 and relevance["canwfz"] >= 54
    assert relevance["other-zone"] >= 56


@pytest.mark.parametrize("item", ALL, ids=_ids(ALL))
def test_every_item_says_where_and_when_it_was_published(item):
    assert item.id == item.path.stem
    assert item.language in ("ru", "kk", "en")
    assert (item.script in ("cyrl", "latn")) == (item.language == "kk")
    assert re.match(r"^https?://\S+$", item.url or ""), item.url
    assert item.publisher and isinstance(item.publisher, str)
    assert isinstance(item.published, date) and date(1960, 1, 1) <= item.published <= date.today()
    assert item.relevance in ("canwfz", "other-zone", "distractor")
    assert batch_of(item) >= 1
    assert 80 <= len(item.text) <= 2500, "an excerpt: a few sentences"


@pytest.mark.parametrize("item", ALL, ids=_ids(ALL))
def test_the_script_is_the_one_named(item):
    cyrillic = len(re.findall(r"[\u0400-\u04ff]", item.text))
    latin = len(re.findall(r"[A-Za-z\u00c0-\u024f]", item.text))
    if item.language == "kk":
        assert (latin > cyrillic) == (item.script == "latn")
        assert re.search(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]|[áǵńóúýıÁǴŃÓÚÝ]|[äǧŋöūüÄǦŊÖŪÜ]", item.text)
    elif item.language == "ru":
        assert cyrillic > latin
    else:
        assert latin > cyrillic


@pytest.mark.parametrize("item", ALL, ids=_ids(ALL))
def test_labels_use_the_record_types_fields_and_values(item):
    for label in item.expected:
        kind = label["type"]
        assert set(label) <= {"type", "regime", "evidence", *LABEL_FIELDS[kind]}
        assert label.get("regime") in REGIMES, "every label names its regime"
        if kind == "forum":
            assert label["forum"] in FORUM_CODES
        for key, allowed in VALUES.items():
            if key in label:
                assert label[key] in allowed, (key, label[key])
        for key in ("date", "effective"):
            if key in label:
                assert isinstance(label[key], date), (key, label[key])
        for key in ("year", "anniversary_year", "year_reviewed", "plans_period", "ordinal"):
            if key in label:
                assert isinstance(label[key], int), (key, label[key])
        for key in ("chair", "from", "to"):
            if key in label:
                assert CODE.match(label[key]), (key, label[key])
        if label["regime"] == "canwfz":
            for key in ("chair", "from", "to"):
                assert label.get(key, "KZ") in STATES, (key, label[key])
        for value in label.get("organisers", []):
            assert CODE.match(value) or value == "ministries_of_foreign_affairs"


@pytest.mark.parametrize("item", ALL, ids=_ids(ALL))
def test_every_label_quotes_the_words_it_rests_on(item):
    for label in item.expected:
        evidence = label.get("evidence")
        assert evidence and isinstance(evidence, list), (
            f"{item.id}: {label['type']} has no evidence"
        )
        for words in evidence:
            assert isinstance(words, str) and words in item.text, (item.id, words)


@pytest.mark.parametrize("item", ALL, ids=_ids(ALL))
def test_relevance_agrees_with_the_labels(item):
    regimes = {label["regime"] for label in item.expected}
    if item.relevance == "distractor":
        assert item.expected == []
    elif item.relevance == "canwfz":
        assert "canwfz" in regimes
    else:
        assert regimes and "canwfz" not in regimes


def test_nothing_repeats_within_or_across_the_parts():
    for attribute in ("id", "url"):
        values = Counter(getattr(i, attribute) for i in ALL)
        assert [v for v, n in values.items() if n > 1] == [], attribute
    texts = Counter(" ".join(i.text.split()) for i in ALL)
    assert [t[:60] for t, n in texts.items() if n > 1] == []
    dev_stories = {story_key(i) for i in ITEMS["dev"]}
    assert dev_stories.isdisjoint(story_key(i) for i in ITEMS["heldout"])


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower().replace("ё", "е"))
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def test_no_held_back_item_is_a_near_copy_of_a_development_item():
    dev = [(i.id, _shingles(i.text)) for i in ITEMS["dev"]]
    for item in ITEMS["heldout"]:
        own = _shingles(item.text)
        for other, theirs in dev:
            overlap = len(own & theirs) / max(1, len(own | theirs))
            assert overlap < 0.3, f"{item.id} repeats {other} ({overlap:.2f}): share a story"


def test_every_item_is_in_the_part_the_split_rule_gives():
    parts = assign(ALL)
    misplaced = [i.id for i in ALL if parts[i.path] != i.path.parent.name]
    assert misplaced == []
    assert all(parts[i.path] == "dev" for i in ALL if story_key(i) in SEEN_STORIES)


def test_a_spent_held_back_item_is_one_the_rule_held_back_and_is_now_in_dev():
    rule = split_by_rule(ALL)
    marked = [i for i in ALL if spent(i)]
    assert len(marked) >= 62 + 57 + 38 + 26, (
        "the held-back parts v1-v4 (scored 2026-11-29) joined dev"
    )
    assert [i.id for i in marked if rule[i.path] != "heldout"] == []
    assert all(i.path.parent.name == "dev" for i in marked)
    assert all(i.extra["held_back_scored"] == date(2026, 11, 29) for i in marked)
    # the items the rule holds back and no scoring has spent are the new held-back part (an
    # item added later to a spent story, a reprint of a story already read, is in dev too)
    spent_stories = {story_key(i) for i in marked}
    fresh = [i for i in ALL if rule[i.path] == "heldout" and story_key(i) not in spent_stories]
    assert all(i.path.parent.name == "dev" for i in ALL if story_key(i) in spent_stories)
    assert sorted(_ids(fresh)) == sorted(_ids(ITEMS["heldout"]))


def test_a_spent_mark_moves_its_story_to_dev_and_nothing_else(tmp_path):
    inbox, corpus = tmp_path / "inbox", tmp_path / "real"
    for n in range(10):
        _write_item(inbox, f"a{n}", f"https://example.org/a{n}", 1)
    held = place(inbox, corpus)["heldout"]
    items = load_corpus(corpus / "heldout")
    first = items[0].path
    marked = first.read_text(encoding="utf-8").replace(
        "batch: 1\n", "batch: 1\nheld_back_scored: 2026-11-29\n"
    )
    first.write_text(marked, encoding="utf-8")
    parts = assign(load_corpus(corpus / "dev") + load_corpus(corpus / "heldout"))
    assert parts[first] == "dev"
    assert sorted(p.stem for p, part in parts.items() if part == "heldout") == sorted(
        h for h in held if h != first.stem
    )
    first.write_text(
        first.read_text(encoding="utf-8").replace("2026-11-29", "soon"), encoding="utf-8"
    )
    with pytest.raises(CorpusError, match="held_back_scored: the day it was scored"):
        assign(load_corpus(corpus / "heldout"))


def test_the_split_keeps_each_stratum_near_sixty_forty():
    rule = split_by_rule(ALL)
    stories = {}
    for item in ALL:
        stories.setdefault((batch_of(item), story_key(item)), rule[item.path])
    held = sum(1 for part in stories.values() if part == "heldout")
    assert 0.3 <= held / len(stories) <= 0.45


def test_the_held_back_part_is_refused_without_the_flag():
    assert (HELDOUT / "HELD-BACK.md").exists()
    with pytest.raises(CorpusError, match="held-back"):
        evaluate_corpus(HELDOUT)


def test_a_label_naming_an_unknown_field_is_refused_with_file_and_line(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text(
        "language: en\npublished: 2024-01-01\ntext: Some words.\nexpected:\n"
        "  - {type: forum, forum: un}\n  - {type: event, colour: red}\n",
        encoding="utf-8",
    )
    with pytest.raises(CorpusError, match=r"x\.yaml:6:colour: not a field of event"):
        load_item(path)


def test_regime_and_level_of_matching():
    label = {"type": "forum", "regime": "canwfz", "forum": "un", "evidence": ["UN"]}
    assert label_matches(label, {"type": "forum", "forum": "un"})
    assert not label_matches(label, {"type": "forum", "forum": "un", "regime": "bangkok"})
    meeting = {"type": "consultative_meeting", "regime": "bangkok", "place": "Bali"}
    proposal = {"type": "consultative_meeting", "regime": "bangkok", "place": "Jakarta"}
    assert not label_matches(meeting, proposal)
    assert label_matches(meeting, proposal, "type")
    assert not label_matches(
        {"type": "forum", "forum": "unga"}, {"type": "forum", "forum": "un"}, "type"
    )


@pytest.mark.parametrize("item", ITEMS["dev"], ids=_ids(ITEMS["dev"]))
def test_every_proposal_on_the_development_part_carries_its_evidence(item):
    result = extract(item.text, published=item.published)
    for proposal in result.proposals:
        assert proposal.spans, proposal
        for start, end in proposal.spans:
            assert 0 <= start < end <= len(item.text)


# The rules as they were when the corpus arrived (main at 7a97bb4), scored on the development
# part (batches 1-3, 87 items, 100 labels; docs/intake.md): field-exact 0.717 / 0.430,
# type-level 0.783 / 0.470; after issue 13's rules work 0.802 / 0.730 and 0.890 / 0.810. With
# batches 4 and 5 (114 items, 127 labels): 0.789 / 0.709 and 0.877 / 0.787 before, 0.924 /
# 0.866 and 0.966 / 0.906 after the generalising work. The held-back part v1 (62 items, 49
# labels), scored once on 2026-11-29, then joined development (176 items, 176 labels): 0.851 /
# 0.750 and 0.929 / 0.818 (main at f8bc1ae). Held so that a change cannot quietly make the
# development part worse; a new batch's development items may lower them (docs/intake.md).
# Batch 7's 11 development items (187 items, 182 labels): 0.850 / 0.747 and 0.925 / 0.813.
# With batch 9's 13 (200 items, 192 labels): 0.819 / 0.729 and 0.912 / 0.812.
# With batch 6's 21 (ru/kk) as well (221 items, 194 labels): 0.814 / 0.722 and 0.907 / 0.804
# (held as floors rounded down). With batch 8's 13 (ru/kk/en, 234 items, 197 labels): 0.816 /
# 0.721 and 0.908 / 0.802. With batch 11's 10 (English; 244 items, 202 labels): 0.810 / 0.718
# and 0.911 / 0.807. After the event, review and chair-transfer phrase families (rulesA) and
# the forum work: 0.878 / 0.782 and 0.978 / 0.871; with reports heard or presented as reviews:
# 0.870 / 0.792 and 0.978 / 0.891. With the meetings' chairs of other zones (rulesB) and the
# bodies' chairs named or elected (259 items, 202 labels): 0.909 / 0.837 and 0.989 / 0.911.
# With batch 13's 11 (270 items, 217 labels; rules at 7bff5b6): 0.907 / 0.853 and 0.985 / 0.926.
# With batch 14's 7 (zones' meetings and memoranda with OPANAL, SEANWFZ at the First Committee;
# 277 items, 227 labels; first seen at 4daa012): 0.900 / 0.833 and 0.981 / 0.907 - the floors
# lowered to these figures (rounded down).
# With batch 15's 6 (other zones' meetings, anniversaries and fora told by more outlets; 283
# items, 235 labels; first seen at dcc8967): 0.891 / 0.834 and 0.968 / 0.906 - the floors lowered
# to these figures (rounded down).
# After batch 13's to 15's phrasings (commemorations, briefings on the Plan of Action's
# implementation, plans continued or agreed after the review, a party's upcoming events named
# in capitals, a zones' workshop in a party's capital, 'the Conference' after a Conference of
# State Parties): 0.911 / 0.868 and 0.987 / 0.940. With the fora's actors, memoranda under
# negotiation and other zones' bodies' sessions (rulesB): 0.921 / 0.894 and 0.991 / 0.962.
# With a declaration's "have met" and a caption's day for a held event: 0.926 / 0.902 and
# 0.991 / 0.966. The held-back part v2 (57 items, 29 labels), scored once on 2026-11-29 at
# 4b1ab4a, then joined development (340 items, 264 labels): 0.881 / 0.867 and 0.954 / 0.939 -
# the floors lowered to these figures (rounded down). With batch 16's 18 (ru/kk distractors;
# 358 items, 264 labels; first seen at 5f4d9f3): no false record, the same figures.
# With batch 16's 18 (ru/kk distractors, 358 items): unchanged. With batch 17's 20 (English:
# zones' workshops and forums of the parties, memoranda under negotiation with OPANAL, a SEANWFZ
# ExCom meeting, distractors; 378 items, 275 labels; first seen at 1e25e9d): 0.872 / 0.843 and
# 0.947 / 0.916 - the floors lowered to these figures (rounded down).
# The anniversary families of session 3 (rulesA: the act's year told elsewhere, marked now,
# ordinals in words): 0.925 / 0.898 and 0.955 / 0.927 - the floors raised to these.
# With batch 18's 17 (ru/kk distractors; 395 items, 275 labels; first seen at d12927b, and
# again with these rules): no false record, the same figures.
# With the fora, memoranda and distractor families of session 3 (rulesB) beside them:
# 0.951 / 0.909 and 0.981 / 0.938 - the floors raised to these.
# With batch 19's 11 (English: other zones' sessions, anniversaries and memoranda,
# distractors; 406 items, 285 labels; first seen at d12927b, the same at 517d68b and f78875c):
# with the rules at f78875c 0.940 / 0.884 and 0.981 / 0.922 - the floors lowered to these
# figures (rounded down).
# With the event families of session 3 (rulesA: fora, contests, screenings; the zones told
# about the same gathering next): 0.941 / 0.898 and 0.981 / 0.936 - the floors raised to these.
# The meetings, other zones' bodies and partners of session 3 (rulesB, second part): 0.942 /
# 0.909 and 0.982 / 0.947 - the floors raised to these (rounded down).
# With batch 20 and 'here' read as a wire's dateline city (rulesB): 0.936 / 0.872 and
# 0.975 / 0.908 (rounded down).
# With rulesA's review and anniversary families beside it (roadmaps, 'hailed the results', a
# jubilee year, a year to be marked, a full stop without a space): 0.947 / 0.895 and 0.975 /
# 0.921 - the floors raised to these.
# With batch 20's fora of other zones beside them (rulesB: 'on behalf of ASEAN', the Assembly's
# First Committee, the 1995 Review and Extension Conference, Mongolia for its status): 0.949 /
# 0.908 and 0.976 / 0.934 - the floors raised to these (rounded down).
# With rulesA's event precision families (briefings, signing ceremonies, events dedicated to
# another thing) and headline-named events: 0.962 / 0.918 and 0.989 / 0.944 - raised to these.
# With the zones' representatives meeting as an event (rulesA): 0.962 / 0.921 and 0.989 / 0.947.
# With another zone's body acting no session of it (rulesB): 0.969 / 0.921 and 0.997 / 0.948.
# The parties' next meeting told by its verb (rulesB): 0.969 / 0.925 and 0.997 / 0.951.
# A speaker at the meeting whose next words are dated (rulesB): 0.973 / 0.928 and 0.997 / 0.951.
# The SEANWFZ Commission as 'the annual conference of SEANWFZ members' and 'a meeting of ASEAN
# foreign ministers to discuss the SEANWFZ' (rulesB): 0.973 / 0.934 and 0.997 / 0.957.
# The bodies listed as a memorandum's signers (rulesB): 0.976 / 0.938 and 0.997 / 0.957.
# The held-back part v3 (38 items, 20 labels), scored once on 2026-11-29 at 8db1f78, then
# joined development (460 items, 325 labels): 0.954 / 0.902 and 0.980 / 0.926 - the floors
# lowered to these figures (rounded down).
# Batch 21's development share (24 items, 1 label; 14 more held back as v4) joined unseen
# (484 items, 326 labels): 0.951 / 0.902 and 0.977 / 0.926 - the precision floors lowered.
# Batch 22's development share (17 items, 2 labels; 12 more held back in v4) joined unseen
# (501 items, 328 labels): 0.942 / 0.899 and 0.971 / 0.926 - the floors lowered again.
# The held-back part v4 (26 items, 1 label; batches 21-22's held-back share), scored once on
# 2026-11-29 at 9ba99d8, then joined development (527 items, 329 labels): 0.946 / 0.912 and
# 0.975 / 0.939 (0.9748) - the precision floors lowered to these (its 2 false records).
# The Protocol's anniversary told apart from the Treaty's (its two false records in v4 and
# batch 22 gone): 0.952 / 0.912 and 0.981 / 0.939 - the precision floors raised to these.
# Batch 23 (21 development items) and its families (special sessions, the SEANWFZ Executive
# Committee in Russian, AFCONE's commissioners and chair, a place told later): 0.954 / 0.915
# and 0.982 / 0.941 (0.9540 / 0.9147, 0.9816 / 0.9412) - the floors raised to these.
# Session 5's rule families (Russian batches 17-20, Kazakh s5 1-4, English 16-19, fora and
# memoranda 1-7; one false record of v4 gone), then the held-back part v5 (13 items, 1 label;
# batch 23's held-back share), scored once on 2026-11-29 at bb4cb02 (its one label, a SEANWFZ
# Executive Committee meeting, missed; its 12 distractors gave nothing), joined development
# (561 items, 341 labels): 0.960 / 0.915 and 0.985 / 0.938 (0.9600 / 0.91496, 0.9846 /
# 0.9384) - the precision floors raised, the type-level recall floor lowered by v5's miss.
DEV_BASELINE = {"field": (0.96, 0.914), "type": (0.984, 0.938)}


def test_the_development_part_holds_its_baseline():
    report = evaluate_corpus(DEV)
    for level, (precision, recall) in DEV_BASELINE.items():
        total = report.total(level)
        assert total.precision >= precision - 1e-9 and total.recall >= recall - 1e-9, level


def _write_item(directory: Path, name: str, url: str, batch: int, story: str | None = None):
    directory.mkdir(parents=True, exist_ok=True)
    lines = [
        f"id: {name}",
        f"batch: {batch}",
        "language: en",
        f"url: {url}",
        "publisher: Test",
        "published: 2024-01-01",
        "relevance: distractor",
        *([f"story: {story}"] if story else []),
        "text: Some words about nothing in particular.",
        "expected: []",
    ]
    (directory / f"{name}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_placing_a_batch_splits_it_and_never_moves_earlier_items(tmp_path):
    inbox, corpus = tmp_path / "inbox", tmp_path / "real"
    for n in range(10):
        _write_item(inbox, f"a{n}", f"https://example.org/a{n}", 1)
    _write_item(inbox, "s1", "https://example.org/s1", 1, story="one")
    _write_item(inbox, "s2", "https://example.org/s2", 1, story="one")
    first = place(inbox, corpus)
    assert len(first["dev"]) + len(first["heldout"]) == 12 and len(first["heldout"]) >= 3
    assert {"s1", "s2"} <= set(first["dev"]) or {"s1", "s2"} <= set(first["heldout"])
    before = {p.name: p.parent.name for p in corpus.rglob("*.yaml")}
    for n in range(5):
        _write_item(inbox, f"b{n}", f"https://example.org/b{n}", 2)
    _write_item(inbox, "s3", "https://example.org/s3", 2, story="one")
    place(inbox, corpus)
    after = {p.name: p.parent.name for p in corpus.rglob("*.yaml")}
    assert {k: after[k] for k in before} == before and len(after) == 18
    assert after["s3.yaml"] == after["s1.yaml"], "a later item of a story joins the story"
    _write_item(inbox, "c0", "https://example.org/a3", 3)
    with pytest.raises(CorpusError, match="c0.yaml:url: 'https://example.org/a3' is already"):
        place(inbox, corpus)
    (inbox / "c0.yaml").unlink()
    _write_item(inbox, "c1", "https://example.org/c1", 2)
    with pytest.raises(CorpusError, match="batch 2 is already placed"):
        place(inbox, corpus)


def test_the_evaluator_prints_types_and_languages(capsys):
    assert evaluate_main([str(DEV)]) == 0
    out = capsys.readouterr().out
    assert "field-exact" in out and "type-level" in out and "per language" in out
    assert all(kind in out for kind in LABEL_FIELDS)
    assert evaluate_main([str(HELDOUT)]) == 2
    assert "held-back" in capsys.readouterr().err
