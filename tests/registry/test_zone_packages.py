"""The other zones' packages answer status questions exactly as the Central Asian one."""

import json

import pytest

from nwfz.cli import main

pytestmark = pytest.mark.django_db
CONTRACT_SLUGS = [
    "tlatelolco",
    "tlatelolco-ap1",
    "tlatelolco-ap2",
    "rarotonga",
    "rarotonga-p1",
    "rarotonga-p2",
    "rarotonga-p3",
    "bangkok",
    "bangkok-protocol",
    "pelindaba",
    "pelindaba-p1",
    "pelindaba-p2",
    "pelindaba-p3",
    "mongolia-nwfs",
    "antarctic",
]


def statuses(capsys, *argv) -> dict[str, str]:
    assert main(["status", *argv, "--json"]) == 0
    return {r["state"]: r["status"] for r in json.loads(capsys.readouterr().out)}


@pytest.mark.parametrize("slug", CONTRACT_SLUGS)
def test_every_contract_slug_is_an_instrument_with_its_dates(api_client, slug):
    data = api_client.get(f"/api/instruments/{slug}").json()
    assert data["slug"] == slug
    assert data["adopted_on"] or data.get("adopted")
    assert data["sources"]


def test_tlatelolco_in_1990_is_in_force_only_where_a_state_brought_it_into_force(capsys):
    rows = statuses(capsys, "tlatelolco", "--on", "1990-01-01")
    assert len(rows) == 33
    assert rows["MX"] == rows["SV"] == "in_force"
    # Brazil had ratified in 1968 but waived the Article 29 conditions only in 1994
    assert rows["BR"] == "ratified"
    assert statuses(capsys, "tlatelolco", "--on", "1994-06-01")["BR"] == "in_force"


def test_all_33_are_in_force_once_cuba_deposited(capsys):
    assert set(statuses(capsys, "tlatelolco", "--on", "2002-10-23").values()) == {"in_force"}


def test_pelindaba_protocol_ii_lists_the_five(capsys):
    assert statuses(capsys, "pelindaba-p2") == {
        "CN": "in_force",
        "FR": "in_force",
        "GB": "in_force",
        "RU": "in_force",
        "US": "signed",
    }
    assert statuses(capsys, "pelindaba-p2", "--on", "2010-01-01")["RU"] == "signed"


def test_bangkok_enters_into_force_for_the_first_seven_on_its_own_date(capsys):
    before = statuses(capsys, "bangkok", "--on", "1997-03-26")
    on = statuses(capsys, "bangkok", "--on", "1997-03-27")
    assert "in_force" not in before.values()
    assert sorted(s for s, v in on.items() if v == "in_force") == [
        "BN",
        "KH",
        "LA",
        "MM",
        "MY",
        "SG",
        "TH",
        "VN",
    ]
    assert on["PH"] == "signed"


def test_state_page_of_brazil_lists_its_tlatelolco_events(capsys):
    assert main(["state", "BR", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    text = json.dumps(data)
    assert "tlatelolco" in text and "1994-05-30" in text


def test_acts_of_the_ussr_are_recorded_under_ru_with_a_note(api_client):
    data = api_client.get("/api/states/RU").json()
    text = json.dumps(data)
    assert "tlatelolco-ap2" in text and "USSR" in text


def test_no_nuclear_weapon_state_had_signed_the_bangkok_protocol_by_the_2025_source(capsys):
    assert set(statuses(capsys, "bangkok-protocol", "--on", "2025-07-12").values()) == {
        "not_signed"
    }
    # after the source's date the record cannot say
    assert set(statuses(capsys, "bangkok-protocol", "--on", "2025-07-13").values()) == {"unknown"}


def test_a_date_known_only_as_a_latest_day_says_by_which_rule(api_client):
    def inferred(value):
        if isinstance(value, dict):
            yield from ([value["inferred"]] if value.get("inferred") else [])
            for v in value.values():
                yield from inferred(v)
        elif isinstance(value, list):
            for v in value:
                yield from inferred(v)

    rules = list(inferred(api_client.get("/api/states/CR").json()))
    assert any(rule.startswith("at the latest") for rule in rules)
    assert any("founding party" in rule for rule in rules)


def instrument_dates(capsys, slug: str) -> dict[str, dict]:
    assert main(["instrument", slug, "--json"]) == 0
    return {d["kind"]: d for d in json.loads(capsys.readouterr().out)["dates"]}


def test_pelindaba_was_adopted_at_pelindaba_and_opened_for_signature_at_cairo(capsys):
    dates = instrument_dates(capsys, "pelindaba")
    assert (dates["adopted"]["date"], dates["adopted"]["place"]) == (
        "1995-06-02",
        "Pelindaba (South Africa)",
    )
    assert (dates["opened_for_signature"]["date"], dates["opened_for_signature"]["place"]) == (
        "1996-04-11",
        "Cairo",
    )
    assert dates["entry_into_force"]["date"] == "2009-07-15"


def test_the_conflicting_entry_into_force_dates_are_both_shown(capsys):
    tlatelolco = instrument_dates(capsys, "tlatelolco")["entry_into_force"]
    assert tlatelolco["date"] == "1968-04-22" and "25 Apr 1969" in tlatelolco["note"]
    assert "28 Mar 1997" in instrument_dates(capsys, "bangkok")["entry_into_force"]["note"]
    # Mongolia's status was never opened for signature
    assert "opened_for_signature" not in instrument_dates(capsys, "mongolia-nwfs")


def test_reservations_and_declarations_are_recorded_with_their_events(api_client):
    france = json.dumps(api_client.get("/api/states/FR").json())
    assert "transit of nuclear explosive devices" in france  # Pelindaba Protocol III
    assert "Article 4(2)" in france  # Tlatelolco Additional Protocol I
    assert "Diego Garcia" in json.dumps(api_client.get("/api/states/GB").json())


def test_pelindaba_later_parties_join_on_their_deposit_and_signatories_stay_signed(capsys):
    before = statuses(capsys, "pelindaba", "--on", "2022-04-17")
    after = statuses(capsys, "pelindaba", "--on", "2022-04-18")
    # Morocco deposited at the AU seat on 18 Apr 2022; Cabo Verde on 7 Feb 2020
    assert (before["MA"], after["MA"]) == ("signed", "in_force")
    assert before["CV"] == "in_force"
    assert statuses(capsys, "pelindaba", "--on", "2020-02-06")["CV"] == "signed"
    # Angola and Seychelles: signatures only (no sourced ratification date)
    assert {after["AO"], after["SC"]} == {"signed"}


def test_pelindaba_niger_is_a_party_at_the_latest_from_the_dated_afcone_report(capsys):
    # AFCONE names Niger among the States Parties at the conference of 17-18 May 2022; the
    # record has no earlier day, so Niger stays a signatory until then
    assert statuses(capsys, "pelindaba", "--on", "2022-05-16")["NE"] == "signed"
    assert statuses(capsys, "pelindaba", "--on", "2022-05-17")["NE"] == "in_force"


def test_antarctic_counts_mongolia_from_its_accession_month_and_not_kazakhstan(capsys):
    assert statuses(capsys, "antarctic", "--on", "2015-02-01")["MN"] == "not_signed"
    later = statuses(capsys, "antarctic", "--on", "2015-04-01")
    assert later["MN"] == "in_force"
    # a domestic decree on accession never changes the status: Kazakhstan is not a party
    assert later["KZ"] == "unknown"


def test_pelindaba_signatories_of_cairo_are_signed_before_the_first_ratification(capsys):
    rows = statuses(capsys, "pelindaba", "--on", "1996-04-11")
    signed = {state for state, status in rows.items() if status == "signed"}
    # PNND's list of the Cairo signatories, as recorded (Madagascar is not on it)
    assert {"DZ", "ZA", "NG", "AO", "NE", "SC"} <= signed
    assert len(signed) == 42 and "MG" not in signed
