"""The corrections of the November 2026 errata (../shared/facts/errata-2026-11.md), pinned on
the bundled data: each test reads a corrected row the way a user would see it."""

import json
from datetime import date

import pytest

from nwfz.cli import main

pytestmark = pytest.mark.django_db
UNODA = "https://www.un.org/nwfz/content/protocols-nuclear-weapon-free-zone-treaties"
GOV_UK = (
    "https://www.gov.uk/government/world-location-news/"
    "uk-supports-start-of-nuclear-weapon-free-zone-in-central-asia"
)
ICAN_3MSP = "https://www.icanw.org/tpnw_third_meeting_of_states_parties"


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def protocol_on(capsys, day: str) -> dict:
    rows = run_json(capsys, "status", "canwfz-protocol", "--on", day, "--json")
    return {r["state"]: r for r in rows}


def events_of(capsys, state: str, instrument: str) -> list[dict]:
    data = run_json(capsys, "state", state, "--on", "2026-11-01", "--json")
    (inst,) = [i for i in data["instruments"] if i["instrument"] == instrument]
    return inst["events"]


def test_protocol_on_1_march_2015_only_france_and_the_uk_are_bound(capsys):
    rows = protocol_on(capsys, "2015-03-01")
    assert {s: r["status"] for s, r in rows.items()} == {
        "CN": "signed",
        "FR": "in_force",
        "GB": "in_force",
        "RU": "signed",
        "US": "signed",
    }
    assert (rows["FR"]["since"], rows["FR"]["basis"]) == ("2014-11-17", "deposited")
    assert (rows["GB"]["since"], rows["GB"]["basis"]) == ("2015-01-30", "entered_into_force")


def test_the_uk_row_is_entry_into_force_and_deposit_not_ratification(capsys):
    events = events_of(capsys, "GB", "canwfz-protocol")
    assert sorted((e["action"], e["date"]) for e in events if e["action"] != "signed") == [
        ("deposited", "2015-01-30"),
        ("entered_into_force", "2015-01-30"),
    ]
    (in_force,) = [e for e in events if e["action"] == "entered_into_force"]
    assert GOV_UK in in_force["sources"]


def test_china_is_bound_from_its_deposit_on_17_august_2015_not_from_2014(capsys):
    assert protocol_on(capsys, "2015-08-16")["CN"]["status"] == "signed"
    row = protocol_on(capsys, "2015-08-17")["CN"]
    assert (row["status"], row["since"], row["basis"]) == ("in_force", "2015-08-17", "deposited")
    assert UNODA in row["sources"]
    assert not [e for e in events_of(capsys, "CN", "canwfz-protocol") if e["action"] == "ratified"]


def test_russia_is_bound_from_its_deposit_not_from_the_duma_vote(capsys):
    assert protocol_on(capsys, "2015-04-11")["RU"]["status"] == "signed"
    assert protocol_on(capsys, "2015-06-21")["RU"]["status"] == "signed"
    row = protocol_on(capsys, "2015-06-22")["RU"]
    assert (row["status"], row["since"], row["basis"]) == ("in_force", "2015-06-22", "deposited")


def test_no_protocol_row_cites_the_unoda_mirror(capsys):
    rows = protocol_on(capsys, "2026-01-01")
    cited = {u for r in rows.values() for e in r["events"] for u in e["sources"]}
    assert UNODA in cited and not any("dd-floors" in u for u in cited)


def test_the_first_tpnw_review_conference_is_a_forum_session_sourced_to_ican():
    from nwfz.governance.selectors.fora import forum_sessions_in

    sessions = forum_sessions_in("canwfz", date(2026, 11, 1), date(2026, 12, 31))
    (revcon,) = [s for s in sessions if s.forum == "tpnw-revcon"]
    assert (revcon.start, revcon.end) == (date(2026, 11, 30), date(2026, 12, 4))
    assert "New York" in str(revcon.venue) and revcon.sources == [ICAN_3MSP]


def test_the_2011_coordinator_term_rests_only_on_the_item_naming_the_role(capsys):
    from nwfz.governance.models import ChairTerm

    term = ChairTerm.objects.get(regime__slug="canwfz", state__code="UZ", start__year=2011)
    assert [s.key for s in term.sources.all()] == ["uzdaily-2011-askarov-coordinator"]


def test_kyrgyzstan_ctbt_year_no_longer_cites_the_2006_release(capsys):
    (ratified,) = [e for e in events_of(capsys, "KG", "ctbt") if e["action"] == "ratified"]
    assert (ratified["date"], ratified["date_precision"]) == ("2003-01-01", "year")
    assert not any("suriname" in u for u in ratified["sources"])


def test_kazakhstan_additional_protocol_dates(capsys):
    events = events_of(capsys, "KZ", "iaea-ap")
    dated = {e["action"]: e for e in events}
    assert dated["signed"]["date"] == "2004-02-06"
    assert dated["ratified"]["date"] == "2007-02-19"
    in_force = dated["entered_into_force"]
    assert in_force["date"] == "2007-05-09"
    assert any("nuclear.kz" in u for u in in_force["sources"])
