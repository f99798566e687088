"""`nwfz export data` writes a Data Package; `nwfz export site` writes the public portal
as static files whose every internal link resolves, with nothing non-public in it."""

import csv
import json
from pathlib import Path

import pytest
from django.db import transaction

from nwfz.accounts.audit import audit_record
from nwfz.cli import main
from nwfz.web.site_export import file_for, links

pytestmark = pytest.mark.django_db(transaction=False)


def test_export_data_writes_a_data_package(tmp_path, capsys):
    assert main(["export", "data", str(tmp_path), "--json"]) == 0
    descriptor = json.loads((tmp_path / "datapackage.json").read_text())
    for resource in descriptor["resources"]:
        path = tmp_path / resource["path"]
        header = next(csv.reader(path.open(encoding="utf-8")))
        assert header == [f["name"] for f in resource["schema"]["fields"]], resource["name"]
    written = json.loads(capsys.readouterr().out)["files"]
    assert str(tmp_path / "datapackage.json") in written


def test_exported_data_package_is_valid_frictionless(tmp_path):
    frictionless = pytest.importorskip("frictionless")
    main(["export", "data", str(tmp_path), "--json"])
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_export_site_links_resolve_and_nothing_private_leaks(tmp_path):
    with transaction.atomic():
        audit_record(
            acting_user="desk",
            action="intake_item_receive",
            object_type="intake_item",
            object_id=77,
            after={"filename": "confidential-memo-xyz.txt"},
        )
    assert main(["export", "site", str(tmp_path), "--json"]) == 0
    files = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    for lang in ("en", "ru", "kk"):
        for page in ("index.html", "sources/index.html", "changes/index.html", "changes/feed.atom"):
            assert f"{lang}/{page}" in files
        assert f"{lang}/regimes/canwfz/calendar.ics" in files
    assert "data/datapackage.json" in files and "data/meetings.csv" in files
    unresolved = set()
    for name in files:
        if not name.endswith(".html") or name.startswith(("en/regimes/canwfz/reports", "reports")):
            continue
        text = (tmp_path / name).read_text(encoding="utf-8")
        for link in links(text):
            if file_for(link) not in files:
                unresolved.add((name, link))
    assert unresolved == set()
    assert not any("intake" in f or f.startswith(("admin", "api")) for f in files)
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".atom", ".csv", ".json"):
            assert "confidential-memo-xyz" not in path.read_text(encoding="utf-8"), path
    home = (tmp_path / "en" / "index.html").read_text()
    assert 'name="on"' not in home and "/api/docs" not in home
    assert Path(tmp_path / "static" / "web" / "site.css").exists()
