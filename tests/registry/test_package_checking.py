"""Validation of data packages: errors name the file, the line and the field."""

from pathlib import Path

from nwfz.datapackage.checking import check_directory, check_files
from nwfz.datapackage.reading import read_package
from nwfz.paths import BUNDLED_DATA_DIR

PACKAGES = Path(__file__).parent / "packages"


def messages(checked):
    return [str(p) for p in checked.errors]


def test_bundled_packages_are_valid():
    checked = check_directory(BUNDLED_DATA_DIR)
    assert checked.errors == []
    assert {f.name for f in checked.files} >= {"states"}


def test_bad_package_reports_each_error_with_file_line_and_field():
    bundled = check_directory(BUNDLED_DATA_DIR)
    known = {("state", item.value.code) for item in bundled.items.get("states", [])}
    checked = check_directory(PACKAGES / "bad", known=known)
    errors = messages(checked)
    assert any(
        e.endswith(
            "zz-bad.yaml:4: sources.zz-bad-source.url: Input should be a valid URL, "
            "relative URL without a base"
        )
        for e in errors
    ), errors
    assert any("zz-bad.yaml:13: participation[0].state: unknown state 'XQ'" in e for e in errors)
    assert any(
        "zz-bad.yaml:20: participation[1].date: '2000-02-30' is not a calendar date" in e
        for e in errors
    ), errors
    assert any("zz-bad.yaml:24: participation[2].action: Input should be" in e for e in errors)
    assert len(errors) == 4, errors


def test_unknown_source_reference_is_reported(tmp_path):
    (tmp_path / "p.yaml").write_text(
        "package: p\nsources:\n  a:\n    url: https://a.example\n    accessed: 2026-01-01\n"
        "states:\n  - code: XB\n    names: {en: B}\n    sources: [a, b]\n"
    )
    checked = check_directory(tmp_path)
    assert [str(p) for p in checked.errors] == [
        f"{tmp_path / 'p.yaml'}:9: states[0].sources[1]: unknown source 'b' "
        "(not defined in any package)"
    ]


def test_invalid_yaml_names_the_line(tmp_path):
    (tmp_path / "broken.yaml").write_text("package: x\nstates:\n  - code: [unclosed\n")
    checked = check_directory(tmp_path)
    assert len(checked.errors) == 1
    assert ":4:" in str(checked.errors[0]) or ":3:" in str(checked.errors[0])
    assert "invalid YAML" in str(checked.errors[0])


def test_unknown_section_and_field_are_errors(tmp_path):
    (tmp_path / "p.yaml").write_text(
        "package: p\nstatez: []\nsources:\n  a:\n    url: https://a.example\n"
        "    accessed: 2026-01-01\n    publsher: typo\n"
    )
    errors = messages(check_directory(tmp_path))
    assert any(":2: statez: unknown section" in e for e in errors), errors
    assert any(":7: sources.a.publsher: unknown field" in e for e in errors), errors


def test_same_key_defined_twice_across_files_is_an_error(tmp_path):
    for name in ("one", "two"):
        (tmp_path / f"{name}.yaml").write_text(
            f"package: {name}\nsources:\n  same:\n    url: https://a.example\n"
            "    accessed: 2026-01-01\n"
        )
    errors = messages(check_directory(tmp_path))
    assert len(errors) == 1 and "source 'same' is defined twice" in errors[0]


def test_conflicting_sources_are_listed_as_conflicts_not_errors():
    bundled = check_directory(BUNDLED_DATA_DIR)
    known = {("state", item.value.code) for item in bundled.items.get("states", [])}
    checked = check_directory(PACKAGES / "good", known=known)
    assert checked.errors == []
    assert len(checked.conflicts) == 1
    assert "XA ratified zz-treaty on 2000-05 (zz-source) or on 2000-07-01" in str(
        checked.conflicts[0]
    )


def test_partial_dates_keep_their_precision():
    package, problems = read_package(PACKAGES / "good" / "zz-test.yaml")
    assert problems == []
    checked = check_files([package], known={("state", "KZ")})
    ratified = checked.items["participation"][1].value
    assert (str(ratified.date), ratified.date.precision) == ("2000-05", "month")


def test_comma_inside_a_flow_mapping_gets_a_hint_to_quote(tmp_path):
    (tmp_path / "p.yaml").write_text(
        "package: p\nsources:\n  a:\n    url: https://a.example\n    accessed: 2026-01-01\n"
        "states:\n  - code: XB\n    names: {en: Bee, the land of bees}\n    sources: [a]\n"
    )
    errors = messages(check_directory(tmp_path))
    assert errors == [
        f"{tmp_path / 'p.yaml'}:8: states[0].names.the land of bees: stray text: "
        "a comma inside {...} splits the value; put the whole text in quotes"
    ]


def test_a_regime_listing_its_treaty_again_is_an_error(tmp_path):
    (tmp_path / "p.yaml").write_text(
        "package: p\nsources:\n  a:\n    url: https://a.example\n    accessed: 2026-01-01\n"
        "instruments:\n  - slug: zz-t\n    kind: treaty\n    titles: {en: T}\n"
        "    sources: [a]\n"
        "regimes:\n  - slug: zz-r\n    names: {en: R}\n    treaty: zz-t\n"
        "    protocols: [zz-t]\n    sources: [a]\n"
    )
    errors = messages(check_directory(tmp_path))
    assert errors == [
        f"{tmp_path / 'p.yaml'}:15: regimes[0].protocols[0]: regime zz-r: zz-t is already "
        "its treaty; list each instrument once"
    ], errors
