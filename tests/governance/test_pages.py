"""The public governance page of a regime."""

import pytest

pytestmark = pytest.mark.django_db


def test_governance_page_shows_every_part(client):
    html = client.get("/en/regimes/canwfz/governance/?on=2026-06-01").content.decode()
    for text in (
        "Kazakhstan",
        "Chair timeline",
        "predicted",
        "Departs from the rule",
        "Open action items",
        "Meetings and decisions",
        "Upcoming anniversaries",
        "20th anniversary of the signature",
        "Fora and coordination",
        "Treaty deadlines",
        "art8-additional-protocol",
        "Memorandum of Understanding between the CANWFZ and OPANAL",
    ):
        assert text in html, text


def test_governance_page_in_russian_and_with_a_bad_date(client):
    response = client.get("/ru/regimes/canwfz/governance/?on=not-a-date")
    assert response.status_code == 200
    assert "not-a-date" in response.content.decode()


def test_governance_page_of_an_unknown_regime_is_404(client):
    assert client.get("/en/regimes/atlantis/governance/").status_code == 404
