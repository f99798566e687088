"""Minimal public pages: the regime and each state, with sources, in three languages."""

import pytest

pytestmark = pytest.mark.django_db


def test_root_redirects_to_a_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302 and response["Location"] == "/ru/"


def test_regime_page_shows_the_status_table_with_sources(client):
    html = client.get("/en/regimes/canwfz/?on=2008-06-01").content.decode()
    assert "Kazakhstan" in html and "2006-09-08" in html
    assert 'href="http' in html
    assert 'data-state="KZ"' in html


def test_regime_page_in_kazakh_names_states_in_kazakh(client):
    html = client.get("/kk/regimes/canwfz/").content.decode()
    assert "Қазақстан" in html
    assert '<html lang="kk">' in html


def test_state_page_lists_instruments_and_sources(client):
    html = client.get("/ru/states/KZ/").content.decode()
    assert "Казахстан" in html
    assert 'data-instrument="npt"' in html and 'href="http' in html


def test_bad_date_on_a_page_says_so_instead_of_failing(client):
    response = client.get("/en/regimes/canwfz/?on=not-a-date")
    assert response.status_code == 200
    assert "is not a date" in response.content.decode()


def test_unknown_regime_page_is_404(client):
    assert client.get("/en/regimes/nowhere/").status_code == 404


def test_page_escapes_query_text(client):
    html = client.get("/en/regimes/canwfz/?on=<script>x</script>").content.decode()
    assert "<script>x</script>" not in html


def test_regime_page_links_governance_calendar_and_reports(client):
    html = client.get("/ru/regimes/canwfz/").content.decode()
    assert 'href="/ru/regimes/canwfz/governance/"' in html
    assert 'href="/ru/regimes/canwfz/calendar/"' in html
    assert 'href="/ru/regimes/canwfz/reports/' in html
    assert ".pdf" in html and ".docx" in html
