"""`nwfz atlas compare` and `nwfz atlas claims` against the loaded record."""

import json
import textwrap

import pytest

from nwfz.cli import main
from nwfz.datapackage.loading import load_directory
from nwfz.datapackage.problems import PackageError

pytestmark = pytest.mark.django_db
CONTRACT = {"zone", "hemispheres", "area_km2", "parties", "borders", "test_sites", "scale"}


def run_json(capsys, *argv):
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def canwfz(rows):
    return next(r for r in rows if r["zone"] == "canwfz")


def write_package(tmp_path, body: str) -> None:
    head = """\
    package: zz-atlas
    sources:
      zz-source:
        url: https://example.org/zz
        accessed: 2026-11-28
    """
    (tmp_path / "zz-atlas.yaml").write_text(textwrap.dedent(head) + textwrap.dedent(body))


def test_compare_json_is_a_list_of_zones_carrying_the_contract_fields(capsys):
    rows = run_json(capsys, "atlas", "compare", "--json", "--on", "2026-01-01")
    assert isinstance(rows, list) and rows
    for row in rows:
        assert CONTRACT <= set(row)
        assert row["hemispheres"] in {"northern", "southern", "both", None}
        assert row["scale"] == "50m"
        for border in row["borders"]:
            assert set(border) >= {"state", "km"}
        for site in row["test_sites"]:
            assert set(site) >= {"site", "tests", "inside"}


def test_the_central_asian_zone_is_northern_with_five_parties_and_two_nws_neighbours(capsys):
    row = canwfz(run_json(capsys, "atlas", "compare", "--json", "--on", "2026-01-01"))
    assert (row["hemispheres"], row["parties"], row["party_codes"]) == (
        "northern",
        5,
        ["KG", "KZ", "TJ", "TM", "UZ"],
    )
    assert [b["state"] for b in row["borders"]] == ["RU", "CN"]
    assert 3_900_000 < row["area_km2"] < 4_100_000  # 4,003,451 km² published (land)
    assert row["borders"][0]["by_party"] == {"KZ": row["borders"][0]["km"]}


def test_parties_are_those_in_force_on_the_date_asked(capsys):
    row = canwfz(run_json(capsys, "atlas", "compare", "--json", "--on", "2009-03-20"))
    assert (row["parties"], row["hemispheres"], row["area_km2"], row["borders"]) == (
        0,
        None,
        0,
        [],
    )
    # no territory yet: every site is outside, at no distance the map can give
    assert row["test_sites"] and all(
        not s["inside"] and s["distance_km"] is None for s in row["test_sites"]
    )


def test_the_protocol_status_of_each_nuclear_weapon_state_comes_from_the_registry(capsys):
    row = canwfz(run_json(capsys, "atlas", "compare", "--json", "--on", "2026-01-01"))
    [protocol] = row["protocols"]
    assert protocol["protocol"] == "canwfz-protocol"
    assert protocol["statuses"] == {
        "CN": "in_force",
        "FR": "in_force",
        "GB": "in_force",
        "RU": "in_force",
        "US": "signed",
    }


def test_a_finer_scale_gives_a_longer_border_with_russia(capsys):
    coarse = canwfz(run_json(capsys, "atlas", "compare", "--json", "--scale", "110m"))
    fine = canwfz(run_json(capsys, "atlas", "compare", "--json", "--scale", "10m"))
    assert coarse["scale"] == "110m" and fine["scale"] == "10m"
    assert coarse["borders"][0]["km"] < fine["borders"][0]["km"]


def test_a_test_site_inside_kazakhstan_is_placed_in_the_zone_by_geometry(tmp_path, capsys):
    write_package(
        tmp_path,
        """\
        test_sites:
          - key: zz-steppe
            names: {en: Steppe site}
            location: {lat: 48.0, lon: 68.0}
            tested_by: [RU]
            tests: 12
            sources: [zz-source]
          - key: zz-ocean
            names: {en: Ocean site}
            location: {lat: -40.0, lon: -120.0}
            tested_by: [US]
            tests: 3
            sources: [zz-source]
        """,
    )
    load_directory(tmp_path)
    row = canwfz(run_json(capsys, "atlas", "compare", "--json", "--on", "2026-01-01"))
    sites = {s["site"]: s for s in row["test_sites"]}
    assert sites["zz-steppe"]["inside"] and sites["zz-steppe"]["tests"] == 12
    assert not sites["zz-ocean"]["inside"] and sites["zz-ocean"]["distance_km"] > 5000
    claims = run_json(capsys, "atlas", "claims", "--json", "--on", "2026-01-01")
    testing = next(c for c in claims if c["claim"] == "testing_and_uranium")
    assert testing["testing"]["tests"] == 456 + 12  # the bundled Semipalatinsk site and this one
    assert testing["uranium_mining"]["verdict"] == "not_in_record"


def test_a_treaty_boundary_naming_a_state_the_map_lacks_is_refused_with_its_line(tmp_path):
    write_package(
        tmp_path,
        """\
        treaty_boundaries:
          - key: zz-boundary
            instrument: canwfz
            provision: {en: Article 1}
            exclude: [QQ]
            sources: [zz-source]
            vertices:
              - {lat: 0, lon: 0, line: parallel}
              - {lat: 0, lon: 10, line: meridian}
              - {lat: 10, lon: 10, line: parallel}
        """,
    )
    with pytest.raises(PackageError) as exc:
        load_directory(tmp_path)
    [problem] = exc.value.problems
    assert (problem.line, problem.message) == (10, "'QQ' is not a state the map draws")


def test_an_approximate_leg_without_a_note_is_refused(tmp_path):
    write_package(
        tmp_path,
        """\
        treaty_boundaries:
          - key: zz-boundary
            instrument: canwfz
            provision: {en: Article 1}
            sources: [zz-source]
            vertices:
              - {lat: 0, lon: 0, line: approximate}
              - {lat: 0, lon: 10, line: meridian}
              - {lat: 10, lon: 10, line: parallel}
        """,
    )
    with pytest.raises(PackageError, match="an approximate leg needs a note"):
        load_directory(tmp_path)


def test_the_text_table_names_the_dataset_and_scale_and_checks_the_three_claims(capsys):
    assert main(["atlas", "compare", "--on", "2026-01-01"]) == 0
    out = capsys.readouterr().out
    assert "Natural Earth 4.1.0" in out and "scale 1:50m" in out
    assert "the first zone in the northern hemisphere:" in out
    assert "the longest land border with two nuclear-weapon states:" in out
    assert "uranium mining for military purposes: not in the record" in out


def test_the_table_is_computed_once_per_data_version_and_kept_on_disk(settings, capsys):
    from nwfz import read_cache

    read_cache.clear()
    run_json(capsys, "atlas", "compare", "--json", "--on", "2026-01-01")
    stored = list((settings.DATA_DIR / "atlas").glob("compare-50m-2026-01-01-en-*.json"))
    assert len(stored) == 1
    stored[0].write_text(json.dumps([{"zone": "kept"}]))
    read_cache.clear()  # a new process: nothing in memory, the file is read
    kept = run_json(capsys, "atlas", "compare", "--json", "--on", "2026-01-01")
    read_cache.clear()  # leave no planted answer behind for other tests
    assert kept == [{"zone": "kept"}]


def test_an_unknown_scale_is_refused_with_the_scales_there_are(capsys):
    with pytest.raises(SystemExit):
        main(["atlas", "compare", "--scale", "25m"])
    assert "use one of 110m, 50m, 10m" in capsys.readouterr().err
