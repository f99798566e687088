"""A proposal's accepted record is a foreign key (one field per kind of record, at most one
set, each refusing the deletion of its record); `record_ref` ("meeting:7") is derived."""

import importlib

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from nwfz.accounts.models import AuditEntry
from nwfz.governance import models as gov
from nwfz.intake.models import RECORD_KINDS, Proposal, record_ref_of
from nwfz.intake.services import proposal_accept
from nwfz.registry.models import Regime
from tests.migration_runs import run_on_fresh_sqlite


@pytest.fixture
def accepted(seed_item):
    for proposal in seed_item.proposals.order_by("position"):
        proposal_accept(proposal=proposal, acting_user=seed_item.received_by)
    return list(seed_item.proposals.order_by("position"))


def test_acceptance_stores_a_key_and_the_contract_text_is_derived(accepted):
    meeting = gov.Meeting.objects.get(pk=accepted[0].accepted_meeting_id)
    assert accepted[0].record == meeting and accepted[0].record_ref == f"meeting:{meeting.id}"
    assert accepted[3].accepted_regime_id == "canwfz"
    assert accepted[3].record_ref == "regime:canwfz"
    for proposal in accepted:
        set_fields = [f for f in RECORD_KINDS.values() if getattr(proposal, f"{f}_id")]
        assert len(set_fields) == 1, proposal


def test_the_database_refuses_two_records_on_one_proposal(accepted):
    decision = gov.Decision.objects.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        Proposal.objects.filter(pk=accepted[0].pk).update(accepted_decision=decision)


def test_a_record_an_accepted_proposal_names_cannot_be_deleted_away(accepted):
    meeting = accepted[0].record
    with pytest.raises(ProtectedError), transaction.atomic():
        meeting.delete()
    assert gov.Meeting.objects.filter(pk=meeting.pk).exists()


@pytest.mark.django_db
def test_set_record_names_every_kind_and_clears_the_others():
    proposal = Proposal()
    regime = Regime.objects.get(slug="canwfz")
    proposal.set_record(regime)
    assert proposal.record_ref == "regime:canwfz" == record_ref_of(regime)
    entry = AuditEntry.objects.first()
    proposal.set_record(entry)
    assert proposal.record_ref == f"audit:{entry.pk}" and proposal.accepted_regime_id is None
    with pytest.raises(ValueError, match="cannot name a State"):
        proposal.set_record(regime.treaty.scope.first())


def test_the_migration_parses_the_stored_text():
    module = importlib.import_module("nwfz.intake.migrations.0004_accepted_record_data")
    assert module.parse("meeting:7") == ("meeting", "7")
    assert module.parse("regime:canwfz") == ("regime", "canwfz")
    assert module.parse("") is None
    with pytest.raises(ValueError, match="no field holds a record of kind 'minutes'"):
        module.parse("minutes:3")
    assert set(module.FIELDS) == set(RECORD_KINDS)
    assert {k: v[0] for k, v in module.FIELDS.items()} == RECORD_KINDS


MIGRATE = """
import django
django.setup()
from datetime import date
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

def at(target):
    MigrationExecutor(connection).migrate(target)
    return MigrationExecutor(connection).loader.project_state(target).apps

old = at([
    ("intake", "0002_text_flags_transliteration"),
    ("governance", "0007_rotation_drop_text_order"),
])
Regime = old.get_model("registry", "Regime")
regime = Regime.objects.create(slug="zz", name_en="zz")
meeting = old.get_model("governance", "Meeting").objects.create(
    regime=regime, kind="annual_consultative", start=date(2026, 1, 30)
)
item = old.get_model("intake", "IntakeItem").objects.create(
    original=b"x", filename="x.txt", content_type="text/plain", sha256="0" * 64, text="x"
)
Proposal = old.get_model("intake", "Proposal")
for ref in (f"meeting:{meeting.pk}", "regime:zz", "meeting:999", ""):
    Proposal.objects.create(item=item, type="t", confidence=1, record_ref=ref, outcome="done")
new = at([("intake", "0005_drop_record_ref_text")])
for p in new.get_model("intake", "Proposal").objects.order_by("id"):
    print(p.accepted_meeting_id == meeting.pk, p.accepted_regime_id, p.outcome)
"""


def test_the_migration_turns_stored_text_into_keys(tmp_path):
    done = run_on_fresh_sqlite(MIGRATE, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "True None done",
        "False zz done",
        "False None done (record meeting:999 no longer exists)",
        "False None done",
    ]


def _governance_copy(tmp_path, edit):
    """The bundled packages in a directory of their own, with canwfz-governance edited."""
    import shutil

    from nwfz.paths import BUNDLED_DATA_DIR

    directory = tmp_path / "data"
    shutil.copytree(BUNDLED_DATA_DIR, directory)
    path = directory / "canwfz-governance.yaml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return directory


PLANS_2026 = '      - {en: "Plans for 2026, including coordination at the United Nations"}\n'


def test_a_changed_package_reloads_and_keeps_the_records_proposals_link_to(accepted, tmp_path):
    """A data update (here an agenda item reworded) keeps every linked row and its id."""
    from nwfz.datapackage.loading import load_directory

    agenda = next(p for p in accepted if p.accepted_agenda_item_id)
    directory = _governance_copy(
        tmp_path, lambda text: text.replace("Plans for 2026, including", "Plans for 2026 and")
    )
    report = load_directory(directory)
    assert "canwfz-governance" in report.loaded
    for proposal in accepted:
        proposal.refresh_from_db()
        assert proposal.record is not None, proposal
    item = gov.AgendaItem.objects.get(pk=agenda.accepted_agenda_item_id)
    assert item.text_en == "Plans for 2026 and coordination at the United Nations"


def test_a_load_deleting_a_record_a_proposal_links_to_is_refused_by_name(accepted, tmp_path):
    from nwfz.datapackage.loading import load_directory
    from nwfz.datapackage.problems import PackageError

    agenda = next(p for p in accepted if p.accepted_agenda_item_id)
    before = gov.AgendaItem.objects.count()
    directory = _governance_copy(tmp_path, lambda text: text.replace(PLANS_2026, ""))
    with pytest.raises(PackageError) as refused:
        load_directory(directory)
    message = str(refused.value)
    assert "would delete a record that other records link to" in message
    assert f"proposal {agenda}" in message and "nothing was loaded" in message
    assert gov.AgendaItem.objects.filter(pk=agenda.accepted_agenda_item_id).exists()
    assert gov.AgendaItem.objects.count() == before
