"""The intake API: a dry run for members of a delegation; items, accept and reject for the
chair's delegates (session + CSRF, or a bearer token)."""

import pytest
from django.test import Client

from .samples import SEED_TEXT, proposal_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def delegate(db):
    """A delegate of a party that does not chair CANWFZ today."""
    from django.utils import timezone

    from nwfz.accounts.demo import demo_delegations
    from nwfz.accounts.services import delegation_for, user_add

    code = demo_delegations(timezone.localdate())["delegate"]
    return user_add(
        username="member",
        delegation=delegation_for(code, acting_user="test"),
        acting_user="test",
    )


@pytest.fixture
def member_client(api_client, delegate):
    api_client.force_login(delegate)
    return api_client


def test_dry_run_returns_the_proposals_and_stores_nothing(member_client):
    from nwfz.intake.models import IntakeItem

    api_client = member_client

    response = api_client.post(
        "/api/intake/dry-run",
        {"text": SEED_TEXT, "published": "2026-01-31"},
        content_type="application/json",
    )
    body = response.json()
    assert response.status_code == 200 and body["language"] == "ru"
    assert body["published_basis"] == "given"
    assert [p["type"] for p in body["proposals"]][:2] == ["consultative_meeting", "chair_transfer"]
    assert IntakeItem.objects.count() == 0


def test_dry_run_refuses_unreadable_text_with_a_message(member_client):
    response = member_client.post(
        "/api/intake/dry-run", {"text": "   "}, content_type="application/json"
    )
    assert response.status_code == 422 and "empty" in response.json()["error"]


def test_a_user_with_no_role_may_not_dry_run(api_client, django_user_model):
    staff = django_user_model.objects.create_user(username="staff", is_staff=True)
    api_client.force_login(staff)
    response = api_client.post(
        "/api/intake/dry-run", {"text": SEED_TEXT}, content_type="application/json"
    )
    assert response.status_code == 403 and "members of a delegation" in response.json()["error"]


def test_items_are_for_the_chairs_delegates_only(api_client, seed_item, delegate):
    response = api_client.get("/api/intake/items")
    assert response.status_code == 401 and "Bearer" in response.json()["error"]
    api_client.force_login(delegate)
    response = api_client.get("/api/intake/items")
    assert response.status_code == 403 and "chair's delegates" in response.json()["error"]


def test_staff_read_items_and_accept_and_reject_with_csrf(seed_item, staff_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user)
    rows = client.get("/api/intake/items").json()
    assert [r["id"] for r in rows] == [seed_item.id]
    detail = client.get(f"/api/intake/items/{seed_item.id}").json()
    transfer = next(p for p in detail["proposals"] if p["type"] == "chair_transfer")
    assert transfer["evidence"] == ["председательство", "2026 год", "перешло", "Казахстану"]
    url = f"/api/intake/proposals/{transfer['id']}/accept"
    refused = client.post(url, {"fields": {}}, content_type="application/json")
    assert refused.status_code == 403
    client.get("/en/intake/")
    token = client.cookies["csrftoken"].value
    done = client.post(
        url, {"fields": {"year": "2026"}}, content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    ).json()  # fmt: skip
    assert done["status"] == "accepted" and done["record"].startswith("chair_term:")
    forum = proposal_of(seed_item, "forum", forum="un")
    reject_url = f"/api/intake/proposals/{forum.id}/reject"
    response = client.post(
        reject_url, {"reason": ""}, content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 422 and "reason" in response.json()["error"]
    response = client.post(
        reject_url, {"reason": "general"}, content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )  # fmt: skip
    assert response.json()["status"] == "rejected"
