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
    assert (rows["FR"]["since"], rows["FR"]["basis"]) == ("2014-11-17", "entered_into_force")
    assert (rows["GB"]["since"], rows["GB"]["basis"]) == ("2015-01-30", "entered_into_force")


def test_the_uk_row_is_entry_into_force_and_deposit_not_ratification(capsys):
    events = events_of(capsys, "GB", "canwfz-protocol")
    assert sorted((e["action"], e["date"]) for e in events if e["action"] != "signed") == [
        ("deposited", "2015-01-30"),
        ("entered_into_force", "2015-01-30"),
    ]
    (in_force,) = [e for e in events if e["action"] == "entered_into_force"]
    assert GOV_UK in in_force["sources"]


def not_signing(events: list[dict]) -> list[tuple[str, str]]:
    return [(e["action"], e["date"]) for e in events if e["action"] != "signed"]


def test_china_approved_on_24_april_2015_and_is_bound_from_its_deposit_on_17_august(capsys):
    events = events_of(capsys, "CN", "canwfz-protocol")
    assert sorted(not_signing(events)) == [
        ("approved_domestically", "2015-04-24"),
        ("approved_domestically", "2015-06-24"),
        ("deposited", "2015-08-17"),
        ("entered_into_force", "2015-08-17"),
    ]
    assert protocol_on(capsys, "2015-08-16")["CN"]["status"] == "signed"
    row = protocol_on(capsys, "2015-08-17")["CN"]
    assert (row["status"], row["since"]) == ("in_force", "2015-08-17")
    assert UNODA in row["sources"]


def test_russia_is_bound_from_its_deposit_not_from_the_duma_vote(capsys):
    events = events_of(capsys, "RU", "canwfz-protocol")
    assert sorted(not_signing(events)) == [
        ("approved_domestically", "2015-04-01"),  # the law signed in April (month only)
        ("approved_domestically", "2015-04-10"),
        ("deposited", "2015-06-22"),
        ("entered_into_force", "2015-06-22"),
    ]
    (duma,) = [e for e in events if e["date"] == "2015-04-10"]
    assert "reservations" in duma["note"]
    assert protocol_on(capsys, "2015-04-11")["RU"]["status"] == "signed"
    assert protocol_on(capsys, "2015-06-21")["RU"]["status"] == "signed"
    row = protocol_on(capsys, "2015-06-22")["RU"]
    assert (row["status"], row["since"]) == ("in_force", "2015-06-22")


@pytest.mark.parametrize(
    "state, day", [("FR", "2014-11-17"), ("RU", "2015-06-22"), ("CN", "2015-08-17")]
)
def test_each_protocol_party_enters_into_force_on_its_own_deposit(capsys, state, day):
    events = events_of(capsys, state, "canwfz-protocol")
    (deposit,) = [e for e in events if e["action"] == "deposited"]
    (in_force,) = [e for e in events if e["action"] == "entered_into_force"]
    assert deposit["date"] == in_force["date"] == day
    assert "each_on_deposit" in in_force["inferred"]  # inferred from the rule, said so


def test_kazakhstan_npt_accession_is_14_february_1994_after_the_domestic_act(capsys):
    data = run_json(capsys, "state", "KZ", "--on", "2026-11-01", "--json")
    (npt,) = [i for i in data["instruments"] if i["instrument"] == "npt"]
    assert not_signing(npt["events"]) == [
        ("approved_domestically", "1993-12-13"),
        ("acceded", "1994-02-14"),
    ]
    assert (npt["status"], npt["since"]) == ("in_force", "1994-02-14")
    before = run_json(capsys, "state", "KZ", "--on", "1994-01-01", "--json")
    (npt_before,) = [i for i in before["instruments"] if i["instrument"] == "npt"]
    assert npt_before["status"] != "in_force"


def test_kyrgyzstan_npt_decision_is_a_domestic_act_and_its_accession_date_unknown(capsys):
    data = run_json(capsys, "state", "KG", "--on", "2026-11-01", "--json")
    (npt,) = [i for i in data["instruments"] if i["instrument"] == "npt"]
    assert not_signing(npt["events"]) == [("approved_domestically", "1994-01-12")]
    assert npt["status"] == "unknown"


def test_kyrgyzstan_modified_small_quantities_protocol_domestic_acts(capsys):
    events = events_of(capsys, "KG", "iaea-sqp")
    assert not_signing(events) == [
        ("approved_domestically", "2025-09-17"),
        ("approved_domestically", "2025-10-28"),
    ]
    assert events[0]["inferred"] == "" and "on or before" in events[1]["inferred"]
    assert all(any("kant.kg" in u for u in e["sources"]) for e in events)


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


def instrument_dates(capsys, slug: str) -> dict[str, str]:
    data = run_json(capsys, "instrument", slug, "--json")
    return {d["kind"]: d["date"] for d in data["dates"]}


def test_adoption_and_opening_for_signature_are_kept_apart(capsys):
    ctbt = instrument_dates(capsys, "ctbt")
    assert (ctbt["adopted"], ctbt["opened_for_signature"]) == ("1996-09-10", "1996-09-24")
    tpnw = instrument_dates(capsys, "tpnw")
    assert (tpnw["adopted"], tpnw["opened_for_signature"]) == ("2017-07-07", "2017-09-20")
    npt = instrument_dates(capsys, "npt")
    assert npt["opened_for_signature"] == "1968-07-01" and "adopted" not in npt


def test_russia_reservations_go_with_the_duma_approval(capsys):
    events = events_of(capsys, "RU", "canwfz-protocol")
    (duma,) = [e for e in events if e["date"] == "2015-04-10"]
    kinds = sorted(s["kind"] for s in duma["statements"])
    assert kinds == ["interpretive_statement", "reservation", "reservation"]
    assert all(s["sources"] and s["summary"] for s in duma["statements"])
