"""Maps (SVG), GeoJSON export and the atlas API."""

import json
import xml.etree.ElementTree as ET

import pytest

from nwfz.cli import main

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def test_the_all_zones_map_is_svg_with_title_desc_legend_and_scale(tmp_path):
    out = tmp_path / "zones.svg"
    assert main(["atlas", "map", "--on", "2026-01-01", "--output", str(out)]) == 0
    root = ET.fromstring(out.read_text())
    assert root.tag == f"{SVG}svg" and root.get("role") == "img"
    assert "2026-01-01" in root.find(f"{SVG}title").text
    assert "CANWFZ: 5 parties" in root.find(f"{SVG}desc").text
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "nuclear-armed state" in texts and "test site inside the zone" in texts
    assert any("scale 1:50m" in t for t in texts)
    assert "<script" not in out.read_text()


def test_every_treaty_drawn_by_coordinates_has_its_line_on_the_all_zones_map(tmp_path):
    out = tmp_path / "zones.svg"
    assert main(["atlas", "map", "--on", "2026-01-01", "--output", str(out)]) == 0
    root = ET.fromstring(out.read_text())
    dashed = [
        p.find(f"{SVG}title").text
        for p in root.iter(f"{SVG}path")
        if p.get("stroke-dasharray") == "6 3"
    ]
    # Rarotonga's area crosses the 180th meridian: its line is drawn on both sides
    assert sorted(dashed) == ["Annex 1, paragraph A", "Article 4(2)", "Article VI"]
    markers = [t.text for t in root.iter(f"{SVG}title") if t.text and "nuclear tests" in t.text]
    assert "Semipalatinsk Test Site: 456 nuclear tests" in markers and len(markers) == 15


def test_a_zone_map_in_russian_has_russian_legend_and_refuses_an_unknown_zone(capsys):
    assert main(["atlas", "map", "canwfz", "--lang", "ru", "--on", "2026-01-01"]) == 0
    svg = capsys.readouterr().out
    assert "ядерное оружие" in svg or "ядерн" in svg
    assert main(["atlas", "map", "nowhere"]) == 2
    assert "unknown zone 'nowhere'" in capsys.readouterr().err


def test_geojson_holds_zones_treaty_layers_and_sites_with_dataset_and_scale(capsys):
    assert main(["atlas", "geojson", "--on", "2026-01-01", "--scale", "110m"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["type"] == "FeatureCollection" and data["scale"] == "110m"
    assert "Natural Earth" in data["dataset"]
    [zone] = [f for f in data["features"] if f["properties"].get("zone") == "canwfz"]
    assert zone["properties"]["layer"] == "zone" and zone["properties"]["parties"] == 5
    assert zone["geometry"]["type"] in {"Polygon", "MultiPolygon"}


def test_the_api_compare_answers_the_same_table_as_the_cli(api_client, capsys):
    response = api_client.get("/api/atlas/compare?on=2026-01-01")
    assert response.status_code == 200
    rows = response.json()
    assert main(["atlas", "compare", "--json", "--on", "2026-01-01"]) == 0
    assert rows == json.loads(capsys.readouterr().out)


def test_the_api_refuses_an_unknown_scale_naming_the_field(api_client):
    response = api_client.get("/api/atlas/compare?scale=25m")
    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "scale"


def test_the_api_serves_claims_geojson_and_svg(api_client):
    claims = api_client.get("/api/atlas/claims?on=2026-01-01").json()
    assert [c["claim"] for c in claims] == [
        "first_northern",
        "testing_and_uranium",
        "longest_border_two_nws",
    ]
    geo = api_client.get("/api/atlas/geojson?on=2026-01-01&scale=110m")
    assert geo["Content-Type"] == "application/geo+json"
    svg = api_client.get("/api/atlas/maps/canwfz.svg?on=2026-01-01&scale=110m")
    assert svg["Content-Type"] == "image/svg+xml" and b"<title" in svg.content
    assert api_client.get("/api/atlas/maps/nowhere.svg").status_code == 404


def test_accuracy_lists_published_figures_or_says_there_are_none(capsys):
    assert main(["atlas", "accuracy", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    for row in rows:
        assert {"published", "measured", "ratio", "within", "scale"} <= set(row)
