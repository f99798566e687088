"""Bad input to the intake review never gets a 5xx and never reaches the database: the API,
the web form and the terminal refuse it with the same sentence (nwfz.validation)."""

import io
import json

import pytest
from django.test import Client

from nwfz.cli import main

from .samples import proposal_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_api(staff_user) -> Client:
    client = Client()
    client.force_login(staff_user)
    return client


def _post_json(client: Client, url: str, raw_json: str):
    return client.post(url, raw_json, content_type="application/json")


def test_a_lone_surrogate_in_the_dry_run_text_is_a_422(staff_api):
    response = _post_json(staff_api, "/api/intake/dry-run", '{"text": "Astana \\ud800 news"}')
    assert response.status_code == 422
    body = response.json()
    assert body["detail"][0]["field"] == "text"
    assert "lone surrogate (U+D800)" in body["error"]


@pytest.mark.parametrize(
    ("reason_json", "problem"),
    [
        ('"bad \\ud800"', "lone surrogate"),
        ('"bad \\u0000 reason"', "control character (NUL)"),
        (json.dumps("x" * 100_000), "100000 characters; at most 2000 are allowed"),
    ],
)
def test_a_bad_reject_reason_is_a_422_and_nothing_is_stored(
    staff_api, seed_item, reason_json, problem
):
    forum = proposal_of(seed_item, "forum", forum="un")
    url = f"/api/intake/proposals/{forum.id}/reject"
    response = _post_json(staff_api, url, '{"reason": ' + reason_json + "}")
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "reason"
    assert problem in response.json()["error"]
    forum.refresh_from_db()
    assert (forum.status, forum.reject_reason) == ("proposed", "")


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"year": "99999"}, "year: 99999 is not a whole number from 1900 to 2200"),
        ({"year": "-5"}, "year: -5 is not a whole number from 1900 to 2200"),
        ({"effective": "0001-01-01"}, "effective: 0001-01-01 is not a date from 1900 to 2200"),
        ({"year": "20\x0026"}, "year: contains a control character (NUL) at character 3"),
    ],
)
def test_a_chair_transfer_edit_out_of_bounds_is_a_422(staff_api, seed_item, fields, problem):
    transfer = proposal_of(seed_item, "chair_transfer")
    url = f"/api/intake/proposals/{transfer.id}/accept"
    response = _post_json(staff_api, url, json.dumps({"fields": fields}))
    assert response.status_code == 422
    assert response.json()["error"] == problem
    transfer.refresh_from_db()
    assert transfer.status == "proposed"


def test_a_huge_year_reviewed_is_refused_not_stored(staff_api, seed_item):
    review = proposal_of(seed_item, "review_and_plans")
    url = f"/api/intake/proposals/{review.id}/accept"
    huge = "99999999999999999999999"
    response = _post_json(staff_api, url, json.dumps({"fields": {"year_reviewed": huge}}))
    assert response.status_code == 422
    assert "is not a whole number from 1900 to 2200" in response.json()["error"]
    review.refresh_from_db()
    assert review.status == "proposed" and review.record_ref == ""


def test_an_unknown_field_with_a_surrogate_in_its_name_is_a_422(staff_api, seed_item):
    transfer = proposal_of(seed_item, "chair_transfer")
    url = f"/api/intake/proposals/{transfer.id}/accept"
    response = _post_json(staff_api, url, '{"fields": {"ye\\ud800ar": "2026"}}')
    assert response.status_code == 422
    assert response.json()["error"].startswith("ye\\ud800ar: no such field")


def test_the_web_form_refuses_the_same_edits_and_reasons(staff_user, seed_item):
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user)
    page = f"/en/intake/{seed_item.id}/"
    client.get(page)
    token = client.cookies["csrftoken"].value
    transfer = proposal_of(seed_item, "chair_transfer")
    response = client.post(
        f"/en/intake/proposals/{transfer.id}/accept/",
        {"csrfmiddlewaretoken": token, "field-year": "99999"},
    )
    assert response.status_code == 302
    html = client.get(page).content.decode()
    assert "Not accepted: year: 99999 is not a whole number from 1900 to 2200" in html
    forum = proposal_of(seed_item, "forum", forum="un")
    reject = f"/en/intake/proposals/{forum.id}/reject/"
    for reason in ("bad\x00reason", "x" * 2001):
        assert (
            client.post(reject, {"csrfmiddlewaretoken": token, "reason": reason}).status_code == 302
        )
    html = client.get(page).content.decode()
    assert "Not rejected: reason: contains a control character (NUL)" in html
    assert "Not rejected: reason: 2001 characters; at most 2000 are allowed" in html
    forum.refresh_from_db()
    assert forum.status == "proposed"


def test_the_terminal_review_refuses_the_same_edit(capsys, monkeypatch, seed_item):
    transfer = proposal_of(seed_item, "chair_transfer")
    monkeypatch.setattr("sys.stdin", io.StringIO("s\ne\nyear=99999\n\nq\n"))
    assert main(["intake", "review", str(seed_item.id)]) == 0
    assert "year: 99999 is not a whole number from 1900 to 2200" in capsys.readouterr().out
    transfer.refresh_from_db()
    assert transfer.status == "proposed"
