"""`nwfz check --sources`: rows with no source, rows resting only on copies, unverified rows,
with counts per package."""

import json

from nwfz.cli import main

PACKAGE = """package: audit
sources:
  blog:
    url: https://blog.example/post
    accessed: 2026-01-01
    kind: copy
    original: {publisher: Ministry, url: https://ministry.example/release}
  ministry:
    url: https://ministry.example/release
    accessed: 2026-01-01
    kind: official
states:
  - code: XA
    names: {en: A}
    sources: [ministry]
  - code: XB
    names: {en: B}
    sources: [blog]
instruments:
  - slug: audit-treaty
    kind: treaty
    titles: {en: Audit Treaty}
    sources: [ministry]
    later_parties: {rule: on_deposit}
    articles:
      - number: "1"
        titles: {en: Scope}
        verified: true
        sources: [ministry]
      - number: "2"
        titles: {en: Depositary}
        sources: [blog, ministry]
"""


def _run(tmp_path, capsys, *extra):
    (tmp_path / "audit.yaml").write_text(PACKAGE)
    code = main(["check", "--sources", str(tmp_path), *extra])
    return code, capsys.readouterr().out


def test_check_sources_json_counts_each_kind_of_row_per_package(tmp_path, capsys):
    code, out = _run(tmp_path, capsys, "--json")
    data = json.loads(out)
    assert code == 0 and data["errors"] == []
    assert data["packages"] == [
        {"package": "audit", "rows": 6, "no_source": 1, "only_copies": 1, "unverified": 1}
    ]
    assert [r["field"] for r in data["no_source"]] == ["instruments[0].later_parties"]
    assert [(r["field"], r["sources"]) for r in data["only_copies"]] == [("states[1]", ["blog"])]
    (unverified,) = data["unverified"]
    assert unverified["field"] == "instruments[0].articles[1]"
    assert unverified["label"] == "audit-treaty art. 2"
    assert unverified["line"] == 30 and unverified["file"].endswith("audit.yaml")


def test_check_sources_text_lists_rows_with_file_line_and_package_counts(tmp_path, capsys):
    code, out = _run(tmp_path, capsys)
    assert code == 0
    assert "rows with no source: 1" in out
    assert "audit.yaml:24: instruments[0].later_parties: audit-treaty later parties" in out
    assert "audit.yaml:16: states[1]: XB" in out
    assert "unverified rows (their sources do not establish them): 1" in out
    assert "audit: 6 sourced rows, 1 with no source, 1 only on copies, 1 unverified" in out


def test_check_sources_fails_only_on_package_errors(tmp_path, capsys):
    (tmp_path / "bad.yaml").write_text("package: bad\nstates:\n  - code: XQ\n")
    assert main(["check", "--sources", str(tmp_path)]) == 1
    assert "required field is missing" in capsys.readouterr().err


def test_bundled_unverified_rows_are_the_unconfirmed_articles(capsys):
    assert main(["check", "--sources", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    unverified = {r["label"] for r in data["unverified"]}
    named_by_errata = {f"canwfz art. {n}" for n in (2, 4, 5, 14, 15, 18)}
    named_by_errata |= {"canwfz-protocol art. 5", "canwfz-protocol art. 6"}
    assert named_by_errata <= unverified
    assert all(label.split(" art. ")[0] in {"canwfz", "canwfz-protocol"} for label in unverified)
    assert data["errors"] == []
