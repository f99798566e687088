"""How a text was read reaches the reviewer: a Kazakh Latin item end to end through
`nwfz intake --dry-run --json` and storing, and hidden characters flagged in the CLI, the web
review page and the API."""

import json

import pytest
from django.test import Client

from nwfz.cli import main
from nwfz.intake.models import IntakeItem
from nwfz.intake.services import intake_item_receive

from ..test_extract_kk_latin import KAZINFORM_2018

pytestmark = pytest.mark.django_db

ZWJ, RLO, PDF = "\u200d", "\u202e", "\u202c"
HIDDEN = (
    "Астана, 6 марта 2026 года. В Астане 5" + ZWJ + " марта 2026 года состоялась "
    + RLO + "ежегодная" + PDF + " консультативная встреча государств – участников Договора о "
    "зоне, свободной от ядерного оружия в Центральной Азии.\n"
)  # fmt: skip


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_kazinform_latin_item_end_to_end_dry_run_json(capsys, tmp_path):
    path = tmp_path / "kazinform-latin.txt"
    path.write_text(KAZINFORM_2018, encoding="utf-8")
    code, out, _ = run(capsys, "intake", str(path), "--published", "2026-01-30", "--dry-run",
                       "--json")  # fmt: skip
    assert code == 0
    proposals = json.loads(out)
    types = [p["type"] for p in proposals]
    assert types[:5] == [
        "consultative_meeting",
        "chair_transfer",
        "review_and_plans",
        "anniversary",
        "event",
    ]
    meeting = proposals[0]
    assert (meeting["date"], meeting["place"]) == ("2026-01-30", "Astana")
    assert meeting["kind"] == "annual"
    quoted = [KAZINFORM_2018[s:e] for s, e in meeting["spans"]]
    assert "2026 jylǵy 30 qańtarda" in quoted and "Astanada" in quoted
    transfer = proposals[1]
    assert (transfer["from"], transfer["to"]) == ("UZ", "KZ")
    assert [KAZINFORM_2018[s:e] for s, e in transfer["spans"]] == [
        "tóraǵalyq", "Ózbekstannan", "Qazaqstanǵa", "ótti",
    ]  # fmt: skip
    assert IntakeItem.objects.count() == 0


def test_several_files_say_how_each_was_read(capsys, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_text(KAZINFORM_2018, encoding="utf-8")
    hidden = tmp_path / "hidden.txt"
    hidden.write_text(HIDDEN, encoding="utf-8")
    code, out, _ = run(capsys, "intake", str(latin), str(hidden), "--dry-run", "--json")
    assert code == 0
    first, second = json.loads(out)
    assert (first["language"], first["transliteration"]) == ("kk", "kk-latn-2018")
    assert first["text_flags"] == []
    assert second["transliteration"] is None
    assert [f["kind"] for f in second["text_flags"]] == ["zero_width", "bidi_control"]
    meeting = second["proposals"][0]
    assert meeting["date"] == "2026-03-05" and meeting["flags"] == ["zero_width", "bidi_control"]


def test_the_terminal_output_notes_the_reading_and_shows_hidden_characters(capsys, tmp_path):
    hidden = tmp_path / "hidden.txt"
    hidden.write_text(HIDDEN, encoding="utf-8")
    code, out, _ = run(capsys, "intake", str(hidden), "--dry-run")
    assert code == 0
    assert "~ zero-width characters (spaces, joiners) removed for reading: 1 (at 37)" in out
    assert "text-direction controls" in out
    assert "«5⟨U+200D⟩ марта 2026 года»" in out
    assert "~ hidden characters in the evidence: zero_width, bidi_control" in out
    latin = tmp_path / "latin.txt"
    latin.write_text(KAZINFORM_2018, encoding="utf-8")
    code, out, _ = run(capsys, "intake", str(latin), "--published", "2026-01-30")
    assert code == 0
    assert "read through transliteration from the Kazakh Latin alphabet of 2018" in out
    item = IntakeItem.objects.get()
    assert item.transliteration == "kk-latn-2018" and item.text == KAZINFORM_2018
    code, out, _ = run(capsys, "intake", "show", str(item.id))
    assert "read through transliteration" in out and "[[Astanada]]" in out


def test_the_review_page_flags_hidden_characters_and_shows_them(staff_user):
    item = intake_item_receive(
        raw=HIDDEN.encode("utf-8"), filename="hidden.txt", acting_user=staff_user
    ).item
    assert [f["kind"] for f in item.text_flags] == ["zero_width", "bidi_control"]
    client = Client()
    client.force_login(staff_user)
    html = client.get(f"/en/intake/{item.id}/").content.decode()
    assert 'class="reading-notes"' in html
    assert "zero-width characters (spaces, joiners) removed for reading: 1" in html
    assert "Hidden characters in the evidence" in html
    # the override is shown as a code, never left in the page to reorder the text
    assert RLO not in html and ZWJ not in html
    assert '<span class="hidden-char" title="⟨U+202E⟩">⟨U+202E⟩</span>' in html


def test_the_api_gives_the_reading_of_a_dry_run_and_of_a_stored_item(staff_user):
    client = Client()
    client.force_login(staff_user)
    body = client.post(
        "/api/intake/dry-run", {"text": KAZINFORM_2018, "published": "2026-01-30"},
        content_type="application/json",
    ).json()  # fmt: skip
    assert body["language"] == "kk" and body["transliteration"] == "kk-latn-2018"
    item = intake_item_receive(
        raw=HIDDEN.encode("utf-8"), filename="hidden.txt", acting_user=staff_user
    ).item
    detail = client.get(f"/api/intake/items/{item.id}").json()
    assert [f["kind"] for f in detail["text_flags"]] == ["zero_width", "bidi_control"]
    assert detail["proposals"][0]["flags"] == ["zero_width", "bidi_control"]
    assert "flags" not in detail["proposals"][0]["fields"]
