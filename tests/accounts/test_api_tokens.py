"""API tokens: `Authorization: Bearer <token>` signs a script in, `can()` decides what it may
do, a revoked or unknown token is a 401 (never a fall-back to a session), the token is
stored hashed, and a token carries no administrator powers (those need the one-time code)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from nwfz.accounts.demo import demo_delegations
from nwfz.accounts.models import ApiToken
from nwfz.accounts.services import token_create, token_digest, token_revoke

pytestmark = pytest.mark.django_db


def bearer(raw: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {raw}"}


@pytest.fixture
def chair_token(member):
    user = member(demo_delegations(timezone.localdate())["chair"])
    return token_create(user=user, acting_user="test")


def test_a_token_signs_a_script_in_without_csrf(chair_token):
    token, raw = chair_token
    client = Client(enforce_csrf_checks=True)
    response = client.get("/api/intake/items", **bearer(raw))
    assert response.status_code == 200 and response.json() == []
    dry = client.post(
        "/api/intake/dry-run", {"text": "Астана, 30 января 2026 года. Текст."},
        content_type="application/json", **bearer(raw),
    )  # fmt: skip
    assert dry.status_code == 200
    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.digest == token_digest(raw) and raw not in (stored.digest, stored.prefix)
    assert stored.last_used_at is not None


def test_an_unknown_or_revoked_token_is_a_401(client, chair_token):
    token, raw = chair_token
    response = client.get("/api/intake/items", **bearer(raw[:-2] + "xx"))
    assert response.status_code == 401 and "not valid" in response.json()["error"]
    token_revoke(token=token, acting_user="test")
    response = client.get("/api/intake/items", **bearer(raw))
    assert response.status_code == 401 and "revoked" in response.json()["error"]


def test_a_revoked_token_does_not_fall_back_to_the_session(client, member, chair_token):
    token, raw = chair_token
    client.force_login(token.user)
    assert client.get("/api/intake/items").status_code == 200
    token_revoke(token=token, acting_user="test")
    assert client.get("/api/intake/items", **bearer(raw)).status_code == 401


def test_a_token_may_do_only_what_its_user_may(client, member):
    delegate = member(demo_delegations(timezone.localdate())["delegate"])
    _, raw = token_create(user=delegate, acting_user="test")
    response = client.get("/api/intake/items", **bearer(raw))
    assert response.status_code == 403 and "chair's delegates" in response.json()["error"]


def test_an_administrators_token_carries_no_administrator_powers(client, member):
    admin = member(None, admin=True)
    _, raw = token_create(user=admin, acting_user="test")
    assert client.get("/api/intake/items", **bearer(raw)).status_code == 403
