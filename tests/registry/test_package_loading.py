"""Loading packages: idempotent, transactional, removing what a package no longer holds."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from nwfz.accounts.models import AuditEntry
from nwfz.datapackage.loading import load_directory
from nwfz.datapackage.problems import PackageError
from nwfz.registry.models import Article, Instrument, ParticipationEvent, Source, State
from nwfz.registry.selectors import status_table

PACKAGES = Path(__file__).parent / "packages"
pytestmark = pytest.mark.django_db


@pytest.fixture
def good_dir(tmp_path):
    shutil.copy(PACKAGES / "good" / "zz-test.yaml", tmp_path / "zz-test.yaml")
    return tmp_path


def test_load_writes_the_package_and_a_second_load_changes_nothing(good_dir):
    report = load_directory(good_dir)
    assert report.loaded == ["zz-test"]
    assert report.stats.written["participation events"] == 2
    assert Instrument.objects.get(slug="zz-treaty").articles.count() == 2
    audit_count = AuditEntry.objects.count()

    again = load_directory(good_dir)
    assert (again.loaded, again.unchanged) == ([], ["zz-test"])
    assert AuditEntry.objects.count() == audit_count


def test_a_changed_package_is_reloaded_and_stale_rows_removed(good_dir):
    load_directory(good_dir)
    path = good_dir / "zz-test.yaml"
    text = path.read_text()
    without_article_2 = text.replace(
        "      - number: 2\n        titles: {en: Obligations}\n        sources: [zz-source]\n", ""
    )
    path.write_text(without_article_2.replace('date: "2000-05"', "date: 2000-05-17"))
    report = load_directory(good_dir)
    assert report.loaded == ["zz-test"]
    instrument = Instrument.objects.get(slug="zz-treaty")
    assert list(instrument.articles.values_list("number", flat=True)) == ["1"]
    ratified = ParticipationEvent.objects.get(instrument=instrument, action="ratified")
    assert (ratified.date, ratified.date_precision) == (date(2000, 5, 17), "day")


def test_a_bad_package_changes_nothing_in_the_database(good_dir):
    load_directory(good_dir)
    before = (Source.objects.count(), State.objects.count(), ParticipationEvent.objects.count())
    shutil.copy(PACKAGES / "bad" / "zz-bad.yaml", good_dir / "zz-bad.yaml")
    (good_dir / "zz-test.yaml").write_text(
        (good_dir / "zz-test.yaml").read_text().replace("Alphaland", "Renamed")
    )
    with pytest.raises(PackageError) as exc:
        load_directory(good_dir)
    assert "zz-bad.yaml:13: participation[0].state: unknown state 'XQ'" in str(exc.value)
    after = (Source.objects.count(), State.objects.count(), ParticipationEvent.objects.count())
    assert after == before
    assert State.objects.get(code="XA").name_en == "Alphaland"


def test_database_failure_midway_rolls_everything_back(good_dir, monkeypatch):
    from nwfz.registry import package_sections

    def explode(self, items, packages, stats):
        from django.db import IntegrityError

        raise IntegrityError("simulated failure")

    monkeypatch.setattr(package_sections.ParticipationSection, "apply", explode)
    with pytest.raises(PackageError, match="database refused the load"):
        load_directory(good_dir)
    assert not State.objects.filter(code="XA").exists()
    assert not Article.objects.filter(instrument__slug="zz-treaty").exists()


def test_status_table_of_loaded_package_shows_scope_states_and_conflicts(good_dir):
    load_directory(good_dir)
    rows = {
        r["state"]: r
        for r in status_table(Instrument.objects.get(slug="zz-treaty"), date(2001, 6, 1))
    }
    assert rows["KZ"]["status"] == "unknown"  # in scope, no events, no source saying so
    assert rows["XA"]["status"] == "in_force"
    assert rows["XA"]["since"] == "2001-06-01"
    assert rows["XA"]["conflict"] is True
    assert rows["XA"]["events"][1]["alternatives"][0]["date"] == "2000-07-01"
    assert rows["XA"]["sources"] == ["https://example.org/zz"]
    before = {
        r["state"]: r
        for r in status_table(Instrument.objects.get(slug="zz-treaty"), date(2000, 4, 30))
    }
    assert before["XA"]["status"] == "signed"


def test_a_load_of_many_packages_fits_the_audit_entry_and_lists_them_all(db):
    from nwfz.accounts.models import AuditEntry
    from nwfz.registry.models import PackageLoad

    entry = AuditEntry.objects.filter(action="package_load").order_by("id").first()
    assert len(entry.object_id) <= 80
    assert entry.after["packages"] == sorted(PackageLoad.objects.values_list("name", flat=True))


STATEMENT = """    statements:
      - kind: reservation
        summary: {en: A reservation on the ratification.}
        sources: [zz-source]
"""
REGIME = """regimes:
  - slug: zz-zone
    names: {en: Test zone}
    treaty: zz-treaty
    sources: [zz-source]
"""


def _load_changes(directory) -> set[tuple[str, str]]:
    load_directory(directory)
    entry = AuditEntry.objects.filter(action="package_load").latest("id")
    return {(c["table"], c["change"]) for c in entry.after["changes"]}


def test_child_rows_go_through_the_record_service_and_the_load_lists_each(good_dir):
    """Articles, a regime's links, date alternatives and statements are written like any
    other row: the load's audit entry lists each added, changed and removed one."""
    path = good_dir / "zz-test.yaml"
    path.write_text(path.read_text() + STATEMENT + REGIME)
    added = _load_changes(good_dir)
    for table in ("article", "regime_instrument", "event_alternative", "event_statement"):
        assert (table, "added") in added

    text = path.read_text().replace("a later date given elsewhere", "another date")
    text = text.replace("A reservation on", "A reservation made on")
    text = text.replace(
        "      - number: 2\n        titles: {en: Obligations}\n        sources: [zz-source]\n", ""
    )
    path.write_text(text.replace(REGIME, ""))
    changed = _load_changes(good_dir)
    assert {("event_alternative", "changed"), ("event_statement", "changed")} <= changed
    assert {("article", "removed"), ("regime", "removed")} <= changed
    assert ("event_alternative", "added") not in changed  # changed in place, not replaced


SRC = Path(__file__).resolve().parents[2] / "src" / "nwfz"
SECTION_MODULES = sorted(
    str(p.relative_to(SRC))
    for p in [
        SRC / "registry" / "package_sections.py",
        SRC / "atlas" / "package_sections.py",
        *(SRC / "governance" / "package_sections").glob("*.py"),
    ]
)
DIRECT_WRITES = {
    "create",
    "bulk_create",
    "bulk_update",
    "get_or_create",
    "update_or_create",
    "save",
    "delete",
    "update",
    "set",
    "add",
    "remove",
    "clear",
}


@pytest.mark.parametrize("module", SECTION_MODULES)
def test_package_sections_write_no_row_but_through_the_record_service(module):
    """A section writes through `datapackage.package_rows` (the record service); a model
    method that writes (`.create(`, `.delete(`, `.set(` on a link, ...) is refused here.
    `stats.add` and set literals' `.add` are counting, not writing."""
    import ast

    tree = ast.parse((SRC / module).read_text())
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in DIRECT_WRITES:
            continue
        owner = node.func.value
        if isinstance(owner, ast.Name) and owner.id in {"stats", "seen", "problems"}:
            continue
        found.append(f"{module}:{node.lineno}: .{node.func.attr}(")
    assert found == []
