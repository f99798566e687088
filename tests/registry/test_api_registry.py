"""The registry's REST API: same answers as the CLI, JSON errors, 4xx never 5xx."""

import pytest

pytestmark = pytest.mark.django_db


def test_status_endpoint_matches_the_cli_contract(api_client):
    response = api_client.get("/api/instruments/canwfz/status?on=2009-03-21")
    assert response.status_code == 200
    rows = response.json()
    assert {r["state"]: r["status"] for r in rows} == {
        c: "in_force" for c in ("KG", "KZ", "TJ", "TM", "UZ")
    }
    assert all(r["sources"] for r in rows)


def test_regime_slug_stands_for_its_treaty(api_client):
    a = api_client.get("/api/instruments/canwfz/status?on=2008-06-01").json()
    assert [r["status"] for r in a].count("signed") >= 1


def test_regime_parties_on_a_date(api_client):
    before = api_client.get("/api/regimes/canwfz/parties?on=2009-03-20").json()
    after = api_client.get("/api/regimes/canwfz/parties?on=2009-03-21").json()
    assert before["parties"] == []
    assert [p["code"] for p in after["parties"]] == ["KG", "KZ", "TJ", "TM", "UZ"]


def test_state_participation(api_client):
    data = api_client.get("/api/states/KZ?on=2026-01-01").json()
    assert data["state"] == "KZ"
    assert "iaea-ap" in [i["instrument"] for i in data["instruments"]]


def test_regime_in_russian(api_client):
    data = api_client.get("/api/regimes/canwfz?lang=ru").json()
    assert "Центральной Азии" in data["name"]


def test_instrument_lists_articles_with_sources(api_client):
    data = api_client.get("/api/instruments/canwfz").json()
    assert data["entry_into_force"] == "2009-03-21"
    assert len(data["articles"]) >= 10
    assert all(a["sources"] for a in data["articles"])


def test_sources_listing(api_client):
    sources = api_client.get("/api/sources").json()
    assert sources and all(s["url"].startswith("http") for s in sources)


@pytest.mark.parametrize(
    "url, status, needle",
    [
        ("/api/instruments/canwfz/status?on=2009-02-30", 422, "on"),
        ("/api/instruments/canwfz/status?on=yesterday", 422, "on"),
        ("/api/instruments/nowhere/status", 404, "unknown regime or instrument 'nowhere'"),
        ("/api/regimes/nowhere", 404, "unknown regime 'nowhere'"),
        ("/api/states/ZZ", 404, "unknown state 'ZZ'"),
        ("/api/sources/none-such", 404, "unknown source"),
        ("/api/regimes/canwfz?lang=xx", 422, "lang"),
    ],
)
def test_bad_input_gives_a_json_4xx_with_a_message(api_client, url, status, needle):
    response = api_client.get(url)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert needle in response.json()["error"]


def test_openapi_schema_lists_the_registry_endpoints(api_client):
    schema = api_client.get("/api/openapi.json").json()
    for path in (
        "/api/regimes",
        "/api/instruments/{slug}/status",
        "/api/states/{code}",
        "/api/sources",
    ):
        assert path in schema["paths"]


def test_interactive_docs_use_local_assets_only(api_client):
    html = api_client.get("/api/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    asset = api_client.get("/static/ninja/swagger-ui-bundle.js")
    assert asset.status_code == 200


def test_cached_answers_change_as_soon_as_the_data_changes(api_client, tmp_path):
    import shutil
    from pathlib import Path

    from nwfz.datapackage.loading import load_directory

    shutil.copy(Path(__file__).parent / "packages" / "good" / "zz-test.yaml", tmp_path)
    load_directory(tmp_path)
    url = "/api/instruments/zz-treaty/status?on=2001-06-01"
    first = api_client.get(url).json()
    assert {r["state"]: r["status"] for r in first}["XA"] == "in_force"
    assert api_client.get(url).json() == first  # served from the cache
    path = tmp_path / "zz-test.yaml"
    path.write_text(
        path.read_text().replace(
            "date: 2000-01-01\n    sources: [zz-source]\n  - instrument",
            "date: 2000-01-02\n    sources: [zz-source]\n  - instrument",
        )
    )
    path.write_text(path.read_text().replace('date: "2000-05"', "date: 2002-01-01"))
    load_directory(tmp_path)
    after = api_client.get(url).json()
    assert {r["state"]: r["status"] for r in after}["XA"] == "signed"
