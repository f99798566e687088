"""The rotation order stored as rows (RotationPosition → State) and `first_state` as a
foreign key: the loader's YAML format, its refusals, and the migration from the old text."""

import importlib
import textwrap

import pytest

from nwfz.datapackage.loading import load_directory
from nwfz.datapackage.problems import PackageError
from nwfz.governance.models import RotationPosition, RotationRule
from tests.migration_runs import run_on_fresh_sqlite

HEADER = """\
package: zz-rotation
sources:
  zz-source:
    url: https://example.org/zz
    accessed: 2026-11-25
"""


def write(tmp_path, body: str):
    (tmp_path / "zz-rotation.yaml").write_text(HEADER + textwrap.dedent(body))
    return tmp_path


@pytest.mark.django_db
def test_the_bundled_order_is_rows_pointing_at_states(canwfz):
    rule = canwfz.rotation_rule
    rows = list(rule.positions.select_related("state"))
    assert [(p.position, p.state.code) for p in rows] == list(
        enumerate(["KG", "TJ", "TM", "UZ", "KZ"])
    )
    assert rule.order_codes == ("KG", "TJ", "TM", "UZ", "KZ")
    assert rule.order == "KG,TJ,TM,UZ,KZ"
    assert rule.first_state is None and rule.first_state_code == ""


@pytest.mark.django_db
def test_a_new_order_and_first_state_reload_in_place(tmp_path, canwfz):
    write(
        tmp_path,
        """\
        rotation:
          - regime: canwfz
            order: [KZ, KG, TJ, TM, UZ]
            effective_from: 2022-01-01
            first_state: TJ
            sources: [zz-source]
        """,
    )
    load_directory(tmp_path)
    rule = RotationRule.objects.get(regime=canwfz)
    assert rule.order_codes == ("KZ", "KG", "TJ", "TM", "UZ")
    assert rule.first_state.code == "TJ"
    ids = sorted(RotationPosition.objects.filter(rule=rule).values_list("id", flat=True))
    load_directory(tmp_path, force=True)
    assert sorted(RotationPosition.objects.filter(rule=rule).values_list("id", flat=True)) == ids


@pytest.mark.django_db
def test_an_unknown_state_in_the_order_is_refused_at_its_line_and_nothing_is_written(
    tmp_path, canwfz
):
    write(
        tmp_path,
        """\
        rotation:
          - regime: canwfz
            order:
              - KZ
              - QQ
            effective_from: 2030-01-01
            sources: [zz-source]
        """,
    )
    with pytest.raises(PackageError) as exc:
        load_directory(tmp_path)
    [problem] = exc.value.problems
    assert "zz-rotation.yaml:10:" in str(problem)
    assert "QQ" in problem.message
    rule = RotationRule.objects.get(regime=canwfz)
    assert rule.order_codes == ("KG", "TJ", "TM", "UZ", "KZ")
    assert str(rule.effective_from) == "2022-01-01"


def test_the_migration_converts_codes_and_refuses_unknown_ones():
    module = importlib.import_module("nwfz.governance.migrations.0006_rotation_positions_data")
    ids = {"KG": 1, "TJ": 2, "KZ": 3}
    assert module.positions_of(" kg, TJ ,KZ", "tj", ids) == ([(0, 1), (1, 2), (2, 3)], 2)
    assert module.positions_of("KG,TJ", "", ids) == ([(0, 1), (1, 2)], None)
    with pytest.raises(ValueError, match="unknown state code.*QQ"):
        module.positions_of("KG,QQ", "", ids)
    with pytest.raises(ValueError, match="twice"):
        module.positions_of("KG,TJ,KG", "", ids)


MIGRATE = """
import django
django.setup()
from datetime import date
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

def at(target):
    ex = MigrationExecutor(connection)
    ex.migrate(target)
    return MigrationExecutor(connection).loader.project_state(target).apps

old = at([("governance", "0004_reported_meetings_precision_inferred")])
State, Regime = old.get_model("registry", "State"), old.get_model("registry", "Regime")
for code in ("KG", "TJ", "KZ"):
    State.objects.create(code=code, name_en=code)
regime = Regime.objects.create(slug="zz", name_en="zz")
old.get_model("governance", "RotationRule").objects.create(
    regime=regime, order="KZ, kg,TJ", first_state="KG", effective_from=date(2022, 1, 1)
)
new = at([("governance", "0007_rotation_drop_text_order")])
rule = new.get_model("governance", "RotationRule").objects.get()
rows = rule.positions.order_by("position").values_list("position", "state__code")
print(list(rows), rule.first_state.code)
"""


def test_the_migration_turns_stored_text_into_rows(tmp_path):
    done = run_on_fresh_sqlite(MIGRATE, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[(0, 'KZ'), (1, 'KG'), (2, 'TJ')] KG"


@pytest.mark.django_db
def test_open_data_keeps_the_order_column_as_text(client):
    import json

    rows = json.loads(client.get("/data/rotation_rules.json").content)["rows"]
    rule = next(r for r in rows if r["regime"] == "canwfz")
    assert rule["order"] == "KG,TJ,TM,UZ,KZ" and not rule["first_state"], rule
