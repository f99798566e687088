"""`nwfz status`, `nwfz state`, `nwfz check`: the contract other tools rely on."""

import json
from pathlib import Path

import pytest

from nwfz.cli import main

pytestmark = pytest.mark.django_db
CANWFZ_STATES = ["KG", "KZ", "TJ", "TM", "UZ"]
STATUSES = {"not_signed", "signed", "ratified", "in_force", "withdrawn", "unknown"}


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_status_json_rows_carry_state_status_since_and_sources(capsys):
    rows = run_json(capsys, "status", "canwfz", "--on", "2009-03-21", "--json")
    assert [r["state"] for r in rows] == CANWFZ_STATES
    for row in rows:
        assert {"state", "status", "since", "sources"} <= set(row)
        assert row["status"] in STATUSES
        assert row["sources"] and all(u.startswith("http") for u in row["sources"])


def test_all_five_are_in_force_on_the_day_the_treaty_entered_into_force(capsys):
    rows = run_json(capsys, "status", "canwfz", "--on", "2009-03-21", "--json")
    assert {r["state"]: (r["status"], r["since"]) for r in rows} == {
        code: ("in_force", "2009-03-21") for code in CANWFZ_STATES
    }


def test_the_day_before_entry_into_force_all_five_have_only_ratified(capsys):
    rows = run_json(capsys, "status", "canwfz", "--on", "2009-03-20", "--json")
    assert {r["status"] for r in rows} == {"ratified"}


def test_mid_2008_shows_who_had_ratified_and_who_had_only_signed(capsys):
    rows = run_json(capsys, "status", "canwfz", "--on", "2008-06-01", "--json")
    by_state = {r["state"]: r["status"] for r in rows}
    assert by_state["KG"] == "ratified"
    assert by_state["UZ"] == "ratified"
    assert by_state["KZ"] == "signed"
    assert by_state["TJ"] == "signed"
    signed = [r for r in rows if r["status"] == "signed"]
    assert all(r["since"] == "2006-09-08" for r in signed)


def test_protocol_on_1_january_2026_all_but_the_united_states_have_ratified(capsys):
    rows = run_json(capsys, "status", "canwfz-protocol", "--on", "2026-01-01", "--json")
    by_state = {r["state"]: r["status"] for r in rows}
    assert set(by_state) == {"CN", "FR", "GB", "RU", "US"}
    assert by_state["US"] == "signed"
    assert all(by_state[s] in {"ratified", "in_force"} for s in ("CN", "FR", "GB", "RU"))


def test_status_without_on_means_today(capsys):
    from django.utils import timezone

    today = run_json(capsys, "status", "canwfz", "--json")
    explicit = run_json(
        capsys, "status", "canwfz", "--on", timezone.localdate().isoformat(), "--json"
    )
    assert today == explicit


def test_status_text_output_names_states_dates_and_sources(capsys):
    assert main(["status", "canwfz", "--on", "2008-06-01"]) == 0
    out = capsys.readouterr().out
    assert "Kazakhstan" in out and "signed" in out and "2006-09-08" in out
    assert "sources:" in out and "[1] http" in out


def test_status_of_an_unknown_slug_fails_with_the_known_ones(capsys):
    assert main(["status", "nowhere", "--json"]) == 2
    err = capsys.readouterr().err
    assert "unknown regime or instrument 'nowhere'" in err and "canwfz" in err


def test_bad_date_is_refused_by_the_argument_parser(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["status", "canwfz", "--on", "2009-13-01"])
    assert exc.value.code == 2
    assert "'2009-13-01' is not a date; write YYYY-MM-DD" in capsys.readouterr().err


def test_state_json_lists_every_instrument_with_events_and_sources(capsys):
    data = run_json(capsys, "state", "KZ", "--json")
    assert data["state"] == "KZ"
    slugs = [i["instrument"] for i in data["instruments"]]
    for slug in ("canwfz", "npt", "ctbt", "tpnw", "iaea-csa", "iaea-ap"):
        assert slug in slugs
    for inst in data["instruments"]:
        assert inst["status"] in STATUSES
        for event in inst["events"]:
            assert {"action", "date", "sources"} <= set(event)
            assert event["sources"]
    canwfz = next(i for i in data["instruments"] if i["instrument"] == "canwfz")
    assert canwfz["status"] == "in_force"


def test_an_instrument_with_no_recorded_evidence_is_unknown_not_not_signed(capsys):
    data = run_json(capsys, "state", "TM", "--on", "2026-11-25", "--json")
    ap = next(i for i in data["instruments"] if i["instrument"] == "iaea-ap")
    assert (ap["status"], ap["since"], ap["basis"], ap["events"]) == (
        "unknown",
        None,
        "no_record",
        [],
    )
    assert main(["state", "TM", "--on", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert "iaea-ap: not known (the record has no event and no source saying" in out


def test_before_the_instrument_was_adopted_every_state_is_not_signed(capsys):
    rows = run_json(capsys, "status", "tpnw", "--on", "2017-01-01", "--json")
    assert {(r["status"], r["basis"]) for r in rows} == {("not_signed", "before_opening")}


def test_state_accepts_lower_case_and_rejects_unknown_codes(capsys):
    assert run_json(capsys, "state", "kz", "--json")["state"] == "KZ"
    assert main(["state", "ZZ"]) == 2
    assert "unknown state 'ZZ'" in capsys.readouterr().err


def test_check_passes_on_the_bundled_data(capsys):
    assert main(["check"]) == 0
    assert "0 errors" in capsys.readouterr().out


def test_check_fails_with_file_line_field_on_a_bad_directory(capsys):
    bad = Path(__file__).parent / "packages" / "bad"
    assert main(["check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "zz-bad.yaml:13: participation[0].state: unknown state 'XQ'" in err


def test_check_json_lists_conflicts(capsys):
    data = run_json(capsys, "check", "--json")
    assert data["errors"] == []
    assert any("conflict" in c["message"] for c in data["conflicts"])


def test_every_command_has_help_with_an_example(capsys):
    from nwfz.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        text = sub.format_help()
        assert "example" in text, f"`nwfz {name} --help` has no example"


def test_events_known_only_to_the_year_are_listed_after_dated_ones_of_that_year(capsys):
    rows = run_json(capsys, "status", "canwfz", "--on", "2008-06-01", "--json")
    kg = next(r for r in rows if r["state"] == "KG")
    actions = [(e["action"], e["date_precision"]) for e in kg["events"]]
    assert actions.index(("ratified", "day")) < actions.index(("deposited", "year"))
