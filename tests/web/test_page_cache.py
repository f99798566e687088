"""Public pages carry ETag and Last-Modified from the data version, answer a conditional
GET with 304, and are served from a cache keyed by data version and language."""

import pytest
from django.db import transaction

from nwfz.accounts.audit import audit_record
from nwfz.web import page_cache

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    page_cache.clear()
    yield
    page_cache.clear()


def _write():
    with transaction.atomic():
        audit_record(acting_user="test", action="test_write", object_type="test")


def test_a_public_page_has_an_etag_and_last_modified(client):
    response = client.get("/en/regimes/canwfz/")
    assert response.status_code == 200
    assert response["ETag"].startswith('"') and response["Last-Modified"].endswith("GMT")
    assert response["Cache-Control"] == "public, no-cache"


def test_a_conditional_get_with_the_etag_answers_304_without_a_body(client):
    etag = client.get("/en/regimes/canwfz/")["ETag"]
    response = client.get("/en/regimes/canwfz/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304 and response.content == b""


def test_a_conditional_get_with_last_modified_answers_304(client):
    modified = client.get("/en/states/KZ/")["Last-Modified"]
    response = client.get("/en/states/KZ/", HTTP_IF_MODIFIED_SINCE=modified)
    assert response.status_code == 304


def test_a_repeat_request_is_served_from_the_cache_with_one_query(
    client, django_assert_num_queries
):
    first = client.get("/en/regimes/canwfz/governance/")
    with django_assert_num_queries(1):  # the data version, nothing else
        again = client.get("/en/regimes/canwfz/governance/")
    assert again.content == first.content and again["ETag"] == first["ETag"]


def test_a_write_makes_the_cached_page_stale(client):
    before = client.get("/en/regimes/canwfz/")["ETag"]
    _write()
    response = client.get("/en/regimes/canwfz/", HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200 and response["ETag"] != before


def test_each_language_is_cached_on_its_own(client):
    en = client.get("/en/regimes/canwfz/")
    ru = client.get("/ru/regimes/canwfz/")
    assert en["ETag"] != ru["ETag"]
    assert "Казахстан" in client.get("/ru/regimes/canwfz/").content.decode()
    assert "Kazakhstan" in client.get("/en/regimes/canwfz/").content.decode()


def test_a_reader_with_a_session_is_not_served_from_the_cache(client, django_assert_num_queries):
    client.get("/en/regimes/canwfz/")
    client.cookies["sessionid"] = "x"
    response = client.get("/en/regimes/canwfz/")
    assert response.status_code == 200 and "ETag" not in response


def test_a_missing_page_is_not_cached(client):
    assert client.get("/en/regimes/nowhere/").status_code == 404
    assert client.get("/en/regimes/nowhere/").status_code == 404


def test_a_hit_replays_the_security_headers_without_building_them_again(client, monkeypatch):
    """The cache answers before the CSP middleware (building the policy was most of a hit's
    cost); the hit carries the header the miss was given."""
    from csp.middleware import CSPMiddleware

    first = client.get("/en/states/KZ/")
    policy = first["Content-Security-Policy"]
    assert "default-src 'self'" in policy

    def not_again(self, request, response):
        raise AssertionError("the CSP middleware ran on a cache hit")

    monkeypatch.setattr(CSPMiddleware, "process_response", not_again)
    hit = client.get("/en/states/KZ/")
    assert hit.content == first.content
    assert hit["Content-Security-Policy"] == policy
    assert hit["X-Content-Type-Options"] == "nosniff" and hit["X-Request-ID"]
