"""A control character in a URL (a NUL, an escape) is a 400 naming it, before any view or
database sees it: PostgreSQL cannot compare a text with a NUL, which once made these 500s."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/api/sources/%00",
        "/api/states/K%00Z",
        "/api/regimes/%00/chair",
        "/api/instruments/a%00b/status",
        "/en/states/%00/",
        "/en/regimes/canwfz/?on=%00",
        "/calendar/canwfz.ics?lang=%1b",
        "/admin/login/?next=%00",
    ],
)
def test_a_control_character_in_the_address_is_a_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    text = response.content.decode()
    assert "control character" in text and "remove it" in text
    if url.startswith("/api/"):
        assert response.json()["error"].startswith("the path contains a control character")


def test_the_query_parameter_is_named(client):
    response = client.get("/en/regimes/canwfz/?on=2026%0001-01")
    assert response.status_code == 400
    assert response.content.decode() == (
        "the query parameter 'on' contains a control character (NUL) at character 5; remove it\n"
    )


def test_ordinary_addresses_pass(client):
    assert client.get("/api/states/KZ").status_code == 200
    assert client.get("/en/regimes/canwfz/?on=2026-01-01").status_code == 200
