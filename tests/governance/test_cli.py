"""Governance commands: the JSON contract scripts rely on, and the write commands."""

import json
import textwrap

import pytest

from nwfz.cli import build_parser, main
from nwfz.governance.models import ActionItem, ChairTerm, Meeting

pytestmark = pytest.mark.django_db


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_chair_years_json_contract(capsys):
    terms = run_json(capsys, "chair", "canwfz", "--years", "2022:2031", "--json")
    assert [(t["state"], t["start"][:4], t["basis"]) for t in terms] == [
        ("KG", "2022", "recorded"),
        ("TJ", "2023", "recorded"),
        ("TM", "2024", "recorded"),
        ("UZ", "2025", "predicted"),
        ("KZ", "2026", "recorded"),
        ("KG", "2027", "predicted"),
        ("TJ", "2028", "predicted"),
        ("TM", "2029", "predicted"),
        ("UZ", "2030", "predicted"),
        ("KZ", "2031", "predicted"),
    ]
    for t in terms:
        assert {"state", "start", "end", "basis", "departs_from_rule", "reason", "sources"} <= set(
            t
        )
        assert t["departs_from_rule"] is False
        assert bool(t["sources"]) == (t["basis"] == "recorded")


def test_chair_on_names_kazakhstan_with_term_and_source(capsys):
    assert main(["chair", "canwfz", "--on", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    assert "Kazakhstan (KZ), chair 2026-01-01 – 2026-12-31 (recorded)" in out
    assert "https://www.gov.kz/memleket/entities/mfa/press/news/details/1151754" in out


def test_chair_flags_departures_in_the_table(capsys):
    assert main(["chair", "canwfz", "--years", "2014:2014"]) == 0
    assert "departs from rule: rule gives Turkmenistan for 2014" in capsys.readouterr().out


def test_deadlines_json_contract(capsys):
    rows = run_json(capsys, "deadlines", "canwfz", "--on", "2026-11-25", "--json")
    assert [r["state"] for r in rows] == ["KG", "KZ", "TJ", "TM", "UZ"]
    for r in rows:
        assert {"rule", "state", "due", "met_on", "days_late", "status"} <= set(r)
        assert r["rule"] == "art8-additional-protocol" and r["due"] == "2010-09-21"
        assert r["status"] in {"met", "late", "pending", "undetermined"}
    kz = rows[1]
    assert (kz["met_on"], kz["days_late"], kz["status"]) == ("2007-05-09", None, "met")
    tm = rows[3]
    assert (tm["status"], tm["days_late"]) == ("undetermined", None)
    assert "no date for Turkmenistan: IAEA AP, entered into force" in tm["reason"]


def test_meetings_actions_and_anniversaries_json(capsys):
    meetings = run_json(capsys, "meetings", "canwfz", "--year", "2024", "--json")
    assert [m["place"] for m in meetings] == [
        "Ashgabat, Ministry of Foreign Affairs of Turkmenistan"
    ]
    actions = run_json(capsys, "actions", "canwfz", "--open", "--on", "2026-06-01", "--json")
    assert len(actions) == 3
    found = run_json(
        capsys, "anniversaries", "canwfz", "--from", "2026-09-01", "--to", "2026-09-30", "--json"
    )
    assert [(a["date"], a["ordinal"], a["round"]) for a in found] == [("2026-09-08", 20, True)]


def test_unknown_regime_exits_2(capsys):
    assert main(["chair", "atlantis", "--on", "2026-06-01"]) == 2
    assert "unknown regime 'atlantis'" in capsys.readouterr().err


MEETING = """\
key: canwfz-2026-12-10-test
regime: canwfz
kind: annual_consultative
start: 2026-12-10
chair: KZ
format: videoconference
agenda: [Report of the chair]
sources: [gov-kz-mfa-2026-chair]
decisions:
  - date: 2026-12-10
    kind: chair_handover
    text: Kyrgyzstan chairs in 2027.
    handover_to: KG
    effective: 2027-01-01
    sources: [gov-kz-mfa-2026-chair]
    action_items:
      - key: canwfz-2027-test-action
        title: Prepare the 2027 work plan
        owners: [KG]
        due: 2027-02-01
        sources: [gov-kz-mfa-2026-chair]
"""


def test_meeting_record_from_a_file_creates_the_next_chair_term(tmp_path, capsys):
    path = tmp_path / "meeting.yaml"
    path.write_text(MEETING)
    out = run_json(capsys, "meeting", "record", "--file", str(path), "--json")
    assert out["chair_terms_created"] == ["KG 2027-01-01–2027-12-31"]
    assert Meeting.objects.get(key="canwfz-2026-12-10-test").agenda.count() == 1
    assert ActionItem.objects.get(key="canwfz-2027-test-action").owners.get().code == "KG"


def test_meeting_record_refusal_writes_nothing(tmp_path, capsys):
    path = tmp_path / "meeting.yaml"
    path.write_text(MEETING.replace("owners: [KG]", "owners: [KG, US]"))
    terms = ChairTerm.objects.count()
    assert main(["meeting", "record", "--file", str(path)]) == 1
    err = capsys.readouterr().err
    assert "nothing was recorded" in err and "owner US was not a party to canwfz" in err
    assert not Meeting.objects.filter(key="canwfz-2026-12-10-test").exists()
    assert ChairTerm.objects.count() == terms


def test_meeting_record_names_bad_fields(tmp_path, capsys):
    path = tmp_path / "meeting.yaml"
    path.write_text(
        textwrap.dedent("""\
        key: x
        regime: canwfz
        kind: picnic
        start: 2026-13-01
        sources: [gov-kz-mfa-2026-chair]
        """)
    )
    assert main(["meeting", "record", "--file", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: kind:" in err and f"{path}: start:" in err


def test_action_close(capsys):
    item = ActionItem.objects.get(key="canwfz-2026-20th-anniversary-events")
    out = run_json(capsys, "action", "close", str(item.id), "--on", "2026-09-08", "--json")
    assert (out["status"], out["closed_on"]) == ("done", "2026-09-08")


def test_action_close_unknown_id(capsys):
    assert main(["action", "close", "999999"]) == 2
    assert "no action item with id 999999" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command", ["chair", "deadlines", "meetings", "actions", "anniversaries", "meeting", "action"]
)
def test_every_governance_command_has_help_with_an_example(command):
    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices[command]
    assert "example" in (sub.epilog or "")


def test_chair_shows_an_inferred_handover_day_and_its_rule(capsys):
    row = run_json(capsys, "chair", "canwfz", "--on", "2026-06-01", "--json")
    assert row["inferred"] == "first day: the rotation rule's handover day, 1 January"
    assert main(["chair", "canwfz", "--on", "2026-06-01"]) == 0
    assert "inferred: first day: the rotation rule's handover day, 1 January" in (
        capsys.readouterr().out
    )
    assert main(["chair", "canwfz", "--years", "2026:2026"]) == 0
    assert "inferred: first day: the rotation rule's handover day" in capsys.readouterr().out
