"""Governance endpoints: answers from the bundled record, and 4xx (never 5xx) for bad input."""

import pytest

pytestmark = pytest.mark.django_db


def test_chair_on_a_day(api_client):
    body = api_client.get("/api/regimes/canwfz/chair?on=2026-06-01").json()
    assert (body["chair"]["state"], body["chair"]["basis"]) == ("KZ", "recorded")
    assert body["chair"]["sources"]


def test_chair_timeline_marks_recorded_and_predicted(api_client):
    rows = api_client.get("/api/regimes/canwfz/chairs?from_year=2024&to_year=2027").json()
    assert [(r["state"], r["basis"]) for r in rows] == [
        ("TM", "recorded"),
        ("UZ", "predicted"),
        ("KZ", "recorded"),
        ("KG", "predicted"),
    ]


def test_meetings_and_one_meeting(api_client):
    meetings = api_client.get("/api/regimes/canwfz/meetings").json()
    assert [m["start"] for m in meetings] == ["2022-12-22", "2024-12-05", "2026-01-30"]
    one = api_client.get(f"/api/meetings/{meetings[1]['id']}").json()
    assert {o["kind"] for o in one["outcomes"]} == {"final_document", "memorandum"}
    assert one["observers"] == ["AFCONE", "CTBTO", "OPANAL", "UNRCCA"]


def test_action_items_events_fora_anniversaries_deadlines(api_client):
    assert len(api_client.get("/api/regimes/canwfz/action-items?status=open").json()) == 3
    assert api_client.get("/api/regimes/canwfz/action-items?status=done").json() == []
    events = api_client.get("/api/regimes/canwfz/events?start=2026-01-01&end=2026-12-31").json()
    assert [e["marks"] for e in events] == ["canwfz-signature-20"]
    fora = api_client.get("/api/regimes/canwfz/fora?start=2022-01-01&end=2022-12-31").json()
    assert fora[0]["items"][0]["kind"] == "joint_statement"
    found = api_client.get(
        "/api/regimes/canwfz/anniversaries?start=2026-09-01&end=2026-09-30"
    ).json()
    assert [(a["ordinal"], a["round"]) for a in found] == [(20, True)]
    rows = api_client.get("/api/regimes/canwfz/deadlines?on=2026-01-01").json()
    assert {r["state"]: r["status"] for r in rows}["KZ"] == "met"


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/regimes/atlantis/chair", 404),
        ("/api/regimes/atlantis/deadlines", 404),
        ("/api/meetings/999999", 404),
        ("/api/regimes/canwfz/chair?on=2026-02-30", 422),
        ("/api/regimes/canwfz/chairs?from_year=2031&to_year=2022", 422),
        ("/api/regimes/canwfz/chairs?from_year=0&to_year=2022", 422),
        ("/api/regimes/canwfz/chairs", 422),
        ("/api/regimes/canwfz/meetings?year=abc", 422),
        ("/api/regimes/canwfz/action-items?status=lost", 422),
        ("/api/regimes/canwfz/events?start=2026-12-01&end=2026-01-01", 422),
        ("/api/regimes/canwfz/anniversaries?start=2026-12-01&end=2026-01-01", 422),
        ("/api/regimes/canwfz/deadlines?on=yesterday", 422),
        ("/api/regimes/canwfz/chair?lang=fr", 422),
    ],
)
def test_bad_input_is_4xx_with_an_error_sentence(api_client, url, status):
    response = api_client.get(url)
    assert response.status_code == status
    assert response.json()["error"]


@pytest.mark.parametrize("on", ["0001-01-01", "9999-12-31"])
def test_extreme_dates_do_not_fail(api_client, on):
    assert api_client.get(f"/api/regimes/canwfz/chair?on={on}").status_code == 200
    assert api_client.get(f"/api/regimes/canwfz/deadlines?on={on}").status_code == 200
    assert api_client.get(f"/api/regimes/canwfz/anniversaries?start={on}").status_code == 200


def test_an_inferred_term_says_so_with_its_rule(api_client):
    body = api_client.get("/api/regimes/canwfz/chair?on=2026-06-01").json()
    assert body["chair"]["inferred"] == "first day: the rotation rule's handover day, 1 January"
    rows = api_client.get("/api/regimes/canwfz/chairs?from_year=2025&to_year=2027").json()
    assert [r["inferred"] != "" for r in rows] == [False, True, False]  # predicted UZ, KG
