"""GET /calendar/<slug>.ics: content type, filename, language, period, errors."""

from datetime import date

import pytest
from django.utils import timezone
from icalendar import Calendar

from nwfz.reports import reads
from tests.reports.samples import calendar_items

pytestmark = pytest.mark.django_db


@pytest.fixture
def calls(monkeypatch) -> list:
    """Replace the governance selector; record what the view asked for."""
    seen: list = []

    def fake(regime, start, end, lang):
        seen.append((regime.slug, start, end, lang))
        return calendar_items()

    monkeypatch.setattr(reads, "calendar_items", fake)
    return seen


def test_the_feed_is_text_calendar_with_a_filename(client, calls):
    response = client.get("/calendar/canwfz.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'inline; filename="canwfz.ics"'
    calendar = Calendar.from_ical(response.content)
    assert len(calendar.walk("VEVENT")) == 3
    assert "Central Asia" in str(calendar["X-WR-CALNAME"])


def test_default_period_is_last_year_to_next_year_in_english(client, calls):
    client.get("/calendar/canwfz.ics")
    year = timezone.localdate().year
    assert calls == [("canwfz", date(year - 1, 1, 1), date(year + 1, 12, 31), "en")]


def test_language_and_period_come_from_the_query(client, calls):
    response = client.get("/calendar/canwfz.ics?lang=ru&from=2025-01-01&to=2025-12-31")
    assert response.status_code == 200
    assert calls == [("canwfz", date(2025, 1, 1), date(2025, 12, 31), "ru")]


def test_urls_are_absolute_on_the_requests_host(client, calls):
    body = client.get("/calendar/canwfz.ics").content
    urls = [str(e["URL"]) for e in Calendar.from_ical(body).walk("VEVENT")]
    assert "http://testserver/en/regimes/canwfz/governance/#meeting-7" in urls


def test_two_requests_give_the_same_bytes_and_an_etag_answers_304(client, calls):
    first = client.get("/calendar/canwfz.ics")
    second = client.get("/calendar/canwfz.ics")
    assert first.content == second.content
    again = client.get("/calendar/canwfz.ics", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_unknown_regime_is_404_text_or_json(client, calls):
    response = client.get("/calendar/atlantis.ics")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/plain")
    assert "unknown regime 'atlantis'" in response.content.decode()
    response = client.get("/calendar/atlantis.ics", HTTP_ACCEPT="application/json")
    assert response.status_code == 404
    assert "canwfz" in response.json()["detail"]
    assert calls == []


@pytest.mark.parametrize(
    "query",
    ["from=2025-13-01", "to=yesterday", "from=2025-12-31&to=2025-01-01", "lang=de"],
)
def test_bad_dates_or_language_are_400(client, calls, query):
    response = client.get(f"/calendar/canwfz.ics?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert calls == []


def test_post_is_not_allowed(client, calls):
    assert client.post("/calendar/canwfz.ics").status_code == 405
