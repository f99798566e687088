"""Every public request does bounded work: each date range a URL takes has a limit, and a
request over it is a 400 that states the limit, with a small answer (docs/api.md)."""

from datetime import date

import pytest

from nwfz.request_bounds import RangeTooLong, check_span, check_year_span, years_later

pytestmark = pytest.mark.django_db

SMALL = 1000  # bytes: an error sentence, never the data


def test_years_later_keeps_the_day_and_stops_at_the_last_date():
    assert years_later(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert years_later(date(2026, 5, 31), 25) == date(2051, 5, 31)
    assert years_later(date(9990, 1, 1), 25) == date.max


def test_a_span_of_exactly_the_limit_passes_and_one_day_more_is_refused():
    check_span(date(2001, 1, 1), date(2025, 12, 31), max_years=25)
    with pytest.raises(RangeTooLong, match="at most 25 years"):
        check_span(date(2001, 1, 1), date(2026, 1, 1), max_years=25)
    check_year_span(2001, 2200, max_years=200, names=("a", "b"))
    with pytest.raises(RangeTooLong, match="201 years; ask for at most 200"):
        check_year_span(2000, 2200, max_years=200, names=("a", "b"))


def _refused(response, limit_text: str) -> None:
    assert response.status_code == 400, response.content[:300]
    assert len(response.content) < SMALL
    assert limit_text in response.content.decode()


def test_calendar_over_25_years_is_a_400_that_states_the_limit(client):
    response = client.get("/calendar/canwfz.ics?from=0001-01-01&to=9999-12-31")
    _refused(response, "at most 25 years")
    ok = client.get("/calendar/canwfz.ics?from=2001-01-01&to=2025-12-31")
    assert ok.status_code == 200 and ok.content.startswith(b"BEGIN:VCALENDAR")


def test_calendar_bound_in_json_for_clients_that_ask(client):
    response = client.get(
        "/calendar/canwfz.ics?from=1900-01-01&to=2100-01-01", HTTP_ACCEPT="application/json"
    )
    _refused(response, "at most 25 years")
    assert "from=1900-01-01 to to=2100-01-01" in response.json()["detail"]


@pytest.mark.parametrize(
    ("path", "limit"),
    [
        ("anniversaries", 25),
        ("events", 100),
        ("fora", 100),
    ],
)
def test_api_date_ranges_over_their_limit_are_a_400(api_client, path, limit):
    response = api_client.get(f"/api/regimes/canwfz/{path}?start=0001-01-01&end=9999-12-31")
    _refused(response, f"at most {limit} years")
    assert response.json()["error"].startswith("start=0001-01-01 to end=9999-12-31")
    end = years_later(date(2000, 1, 1), limit) - (date(2000, 1, 2) - date(2000, 1, 1))
    ok = api_client.get(f"/api/regimes/canwfz/{path}?start=2000-01-01&end={end}")
    assert ok.status_code == 200


def test_anniversaries_from_a_start_alone_cover_one_year(api_client):
    rows = api_client.get("/api/regimes/canwfz/anniversaries?start=2026-01-01").json()
    assert rows and all("2026-01-01" <= r["date"] <= "2027-01-01" for r in rows)


def test_chair_timeline_over_200_years_is_a_400(api_client):
    response = api_client.get("/api/regimes/canwfz/chairs?from_year=1900&to_year=2200")
    _refused(response, "ask for at most 200 years")
    ok = api_client.get("/api/regimes/canwfz/chairs?from_year=2001&to_year=2200")
    assert ok.status_code == 200 and 0 < len(ok.json()) <= 200


def test_dry_run_is_for_signed_in_users(api_client):
    response = api_client.post(
        "/api/intake/dry-run", {"text": "Astana, 1 January"}, content_type="application/json"
    )
    assert response.status_code == 401
    assert "sign in" in response.json()["error"] and len(response.content) < SMALL


def test_dry_run_over_its_size_cap_is_a_413_that_states_the_limit(api_client, settings):
    from nwfz.accounts.services import delegation_for, user_add

    settings.NWFZ_INTAKE_DRY_RUN_MAX_BYTES = 1000
    member = user_add(
        username="reader", delegation=delegation_for("KZ", acting_user="test"), acting_user="test"
    )
    api_client.force_login(member)
    response = api_client.post(
        "/api/intake/dry-run", {"text": "д" * 501}, content_type="application/json"
    )
    assert response.status_code == 413 and len(response.content) < SMALL
    assert response.json()["error"] == (
        "text: too large for a dry run (1002 bytes; the limit is 1000 bytes)"
    )


def test_every_bound_is_documented_in_api_md():
    from pathlib import Path

    from nwfz import request_bounds

    text = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text()
    bounds = {n: v for n, v in vars(request_bounds).items() if n.endswith("_MAX_YEARS")}
    assert len(bounds) == 5
    for name, years in bounds.items():
        assert f"at most {years} years" in text, name
    assert "`NWFZ_INTAKE_DRY_RUN_MAX_BYTES`" in text
