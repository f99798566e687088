"""`nwfz intake`: the dry-run JSON contract, storing, recognising an item taken in twice,
linking a near-duplicate, refusing bad files with nothing stored, and the terminal review."""

import io
import json

import pytest

from nwfz.cli import main
from nwfz.intake.models import IntakeItem, Proposal

from .samples import SEED_REWORDED, SEED_TEXT

pytestmark = pytest.mark.django_db

SEED_TYPES = [
    "consultative_meeting",
    "chair_transfer",
    "review_and_plans",
    "anniversary",
    "event",
    "forum",
    "forum",
    "forum",
]


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def dry_run_json(capsys, path, *extra) -> list[dict]:
    code, out, _ = run(capsys, "intake", str(path), *extra, "--dry-run", "--json")
    assert code == 0
    return json.loads(out)


def test_dry_run_json_is_the_proposal_list_of_the_seed(capsys, seed_file):
    proposals = dry_run_json(capsys, seed_file, "--published", "2026-01-31")
    assert [p["type"] for p in proposals] == SEED_TYPES
    by_type = {p["type"]: p for p in proposals}
    transfer = by_type["chair_transfer"]
    assert (transfer["from"], transfer["to"], transfer["year"]) == (None, "KZ", 2026)
    assert by_type["review_and_plans"]["year_reviewed"] == 2025
    anniversary = by_type["anniversary"]
    assert (anniversary["ordinal"], anniversary["of"], anniversary["year"]) == (
        20,
        "signature",
        2006,
    )
    assert anniversary["place"] == "Semipalatinsk"
    event = by_type["event"]
    assert (event["status"], event["year"]) == ("planned", 2026)
    assert [p["forum"] for p in proposals if p["type"] == "forum"] == [
        "un",
        "npt-revcon",
        "tpnw-revcon",
    ]
    for proposal in proposals:
        assert 0 < proposal["confidence"] <= 1
        assert all(0 <= s < e <= len(SEED_TEXT) for s, e in proposal["spans"])


def test_dry_run_spans_point_at_the_words_that_support_each_record(capsys, seed_file):
    proposals = dry_run_json(capsys, seed_file, "--published", "2026-01-31")
    words = {p["type"]: [SEED_TEXT[s:e] for s, e in p["spans"]] for p in proposals}
    assert words["chair_transfer"] == ["председательство", "2026 год", "перешло", "Казахстану"]
    assert words["review_and_plans"][:2] == ["подвели итоги", "2025 год"]
    assert "исполняется 20 лет" in words["anniversary"]
    assert "в Семипалатинске" in words["anniversary"]


def test_dry_run_stores_nothing(capsys, seed_file):
    dry_run_json(capsys, seed_file, "--published", "2026-01-31")
    assert IntakeItem.objects.count() == 0 and Proposal.objects.count() == 0


def test_without_a_publication_date_the_output_says_it_is_unknown(capsys, seed_file):
    code, out, _ = run(capsys, "intake", str(seed_file), "--dry-run")
    assert code == 0 and "publication date unknown" in out


def test_dry_run_of_several_files_prints_one_entry_per_file(capsys, seed_file, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(SEED_REWORDED, encoding="utf-8")
    code, out, _ = run(capsys, "intake", str(seed_file), str(other), "--dry-run", "--json")
    entries = json.loads(out)
    assert code == 0 and [e["file"] for e in entries] == [str(seed_file), str(other)]
    assert [p["type"] for p in entries[1]["proposals"]] == SEED_TYPES


def test_storing_prints_the_item_its_language_date_and_quoted_spans(capsys, seed_file):
    code, out, _ = run(capsys, "intake", str(seed_file), "--published", "2026-01-31")
    item = IntakeItem.objects.get()
    assert code == 0 and f"stored as item {item.id}" in out
    assert "ru, published 2026-01-31 (given)" in out
    assert "«Казахстану»" in out
    assert item.proposals.count() == 8 and bytes(item.original) == SEED_TEXT.encode()


def test_the_same_file_again_is_recognised_and_nothing_new_is_stored(capsys, seed_file):
    run(capsys, "intake", str(seed_file), "--published", "2026-01-31")
    item = IntakeItem.objects.get()
    code, out, _ = run(capsys, "intake", str(seed_file))
    assert code == 0 and f"already taken in as item {item.id}" in out
    assert IntakeItem.objects.count() == 1 and Proposal.objects.count() == 8


def test_a_near_duplicate_from_another_outlet_is_linked(capsys, seed_file, tmp_path):
    run(capsys, "intake", str(seed_file), "--published", "2026-01-31")
    first = IntakeItem.objects.get()
    other = tmp_path / "kazinform.txt"
    other.write_text(SEED_REWORDED, encoding="utf-8")
    code, out, _ = run(capsys, "intake", str(other), "--published", "2026-01-31", "--json")
    result = json.loads(out)
    assert code == 0 and result["new"] is True
    assert result["duplicate_of"] == first.id and result["similarity"] >= 0.6
    assert f"near-duplicate of item {first.id}" in result["message"]


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\n ", "empty"),
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(200), "binary"),
    "mojibake.txt": (bytes(range(0x80, 0x100)) * 4, "cannot decode"),
    "german.txt": (
        "Die Außenminister trafen sich gestern in Berlin und sprachen über das Wetter, "
        "die Wirtschaft und die Zusammenarbeit der Nachbarländer.".encode(),
        "language not supported",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files_get_a_clear_message_and_nothing_is_stored(capsys, tmp_path, name):
    raw, message = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(raw)
    code, out, err = run(capsys, "intake", str(path))
    assert code == 1 and message in err and name in err and "nothing stored" in err
    assert IntakeItem.objects.count() == 0 and Proposal.objects.count() == 0


def test_a_file_over_the_configured_limit_is_refused(capsys, settings, seed_file):
    settings.NWFZ_INTAKE_MAX_BYTES = 1000
    code, _, err = run(capsys, "intake", str(seed_file))
    assert code == 1 and "too large" in err and "limit is 1000 bytes" in err
    assert IntakeItem.objects.count() == 0


def test_one_bad_file_among_several_does_not_stop_the_others(capsys, tmp_path, seed_file):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run(capsys, "intake", str(empty), str(seed_file))
    assert code == 1 and "1 of 2 file(s) refused" in err
    assert IntakeItem.objects.count() == 1


def test_list_and_show(capsys, seed_file):
    run(capsys, "intake", str(seed_file), "--published", "2026-01-31")
    item = IntakeItem.objects.get()
    code, out, _ = run(capsys, "intake", "list", "--status", "pending", "--json")
    rows = json.loads(out)
    assert code == 0 and [(r["item"], r["open"], r["proposals"]) for r in rows] == [(item.id, 8, 8)]
    code, out, _ = run(capsys, "intake", "show", str(item.id))
    assert code == 0 and "[[Казахстану]]" in out and "chair_transfer" in out
    assert run(capsys, "intake", "show", "999999")[0] == 2


def test_review_in_the_terminal_reads_answers_from_stdin(capsys, monkeypatch, seed_file):
    run(capsys, "intake", str(seed_file), "--published", "2026-01-31")
    item = IntakeItem.objects.get()
    # meeting: accept; transfer: edit (a bad value, then a good one) and accept;
    # review: reject without a reason (asked again) then with one; the rest: skip, then quit
    answers = "a\ne\nyear=soon\neffective=2026-01-01\n\na\nr\n\nr\nnot news\ns\nq\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    code, out, _ = run(capsys, "intake", "review", str(item.id))
    assert code == 0
    assert "[[ежегодной]]" in out and "year: 'soon' is not a whole number" in out
    assert "give a reason" in out
    assert "accepted 2, rejected 1, skipped 1" in out
    statuses = {p.type: (p.status, p.edited_fields) for p in item.proposals.all()}
    assert statuses["consultative_meeting"] == ("accepted", None)
    assert statuses["chair_transfer"] == ("accepted", {"effective": "2026-01-01"})
    assert statuses["review_and_plans"][0] == "rejected"
    rejected = item.proposals.get(type="review_and_plans")
    assert rejected.reject_reason == "not news" and rejected.reviewer_label == "cli"


def test_review_stops_cleanly_when_the_answers_run_out(capsys, monkeypatch, seed_file):
    run(capsys, "intake", str(seed_file), "--published", "2026-01-31")
    monkeypatch.setattr("sys.stdin", io.StringIO("s\n"))
    code, out, _ = run(capsys, "intake", "review")
    assert code == 0 and "no more answers; stopping" in out
    assert Proposal.objects.filter(status="proposed").count() == 8


@pytest.mark.parametrize("verb", [[], ["take"], ["list"], ["show"], ["review"]])
def test_every_intake_command_has_help_with_an_example(capsys, verb):
    with pytest.raises(SystemExit) as exit_info:
        main(["intake", *verb, "--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0 and "examples:" in out and "nwfz intake" in out
