"""One write path per record: the record service checks can(), refuses a stale version
with what changed since, writes and audits in one transaction; the services of their own
verbs (governance, intake) check can() too, and the loader acts as the system user."""

from __future__ import annotations

import pytest

from nwfz.accounts.models import AuditEntry
from nwfz.accounts.permissions import NotAllowed
from nwfz.accounts.records import (
    RecordBatch,
    RecordRefused,
    StaleVersion,
    record_delete,
    record_save,
    version_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def canwfz(db):
    from nwfz.registry.selectors import regime_by_slug

    return regime_by_slug("canwfz")


def test_a_correction_needs_an_administrator(member):
    from nwfz.governance.models import Organisation

    org = Organisation.objects.first()
    with pytest.raises(NotAllowed, match="only administrators"):
        record_save(record=org, values={"name_en": "Renamed"}, acting_user=member("KZ"))
    org.refresh_from_db()
    assert org.name_en != "Renamed"


def test_a_change_is_audited_with_the_values_before_and_after_and_a_new_version(member):
    from nwfz.governance.models import Organisation

    admin = member(None, admin=True)
    org = Organisation.objects.first()
    old = org.name_en
    record_save(record=org, values={"name_en": "Renamed"}, acting_user=admin, version=0)
    entry = AuditEntry.objects.latest("id")
    assert (entry.action, entry.object_type, entry.object_id) == (
        "record_change",
        "organisation",
        str(org.pk),
    )
    assert entry.before == {"name_en": old}
    assert entry.after == {"name_en": "Renamed", "version": 1}
    assert version_of(org) == 1


def test_two_writers_on_one_record_the_second_is_refused_and_nothing_is_lost(member):
    from nwfz.governance.models import Organisation

    ann, bob = member(None, admin=True), member(None, admin=True)
    org = Organisation.objects.first()
    read = version_of(org)  # both read the record at this version
    record_save(
        record=Organisation.objects.get(pk=org.pk),
        values={"name_en": "Ann's name"},
        acting_user=ann,
        version=read,
    )
    with pytest.raises(StaleVersion) as refused:
        record_save(
            record=Organisation.objects.get(pk=org.pk),
            values={"short_name": "BOB"},
            acting_user=bob,
            version=read,
        )
    assert refused.value.as_json()["changes"] == [
        {
            "at": refused.value.changes[0].at,
            "by": ann.username,
            "action": "record_change",
            "fields": ("name_en",),
        }
    ]
    org.refresh_from_db()
    assert (org.name_en, org.short_name != "BOB") == ("Ann's name", True)
    assert AuditEntry.objects.filter(actor_label=bob.username).count() == 0


def test_a_field_the_model_forbids_is_refused_naming_the_field(member):
    from nwfz.governance.models import Organisation

    org = Organisation.objects.first()
    with pytest.raises(RecordRefused, match="short_name"):
        record_save(
            record=org, values={"short_name": "x" * 500}, acting_user=member(None, admin=True)
        )


def test_a_delete_is_audited_with_the_values_it_had(member):
    from nwfz.governance.models import Organisation

    org = Organisation.objects.create(slug="zz", short_name="ZZ", name_en="ZZ body")
    record_delete(record=org, acting_user=member(None, admin=True), version=0)
    entry = AuditEntry.objects.latest("id")
    assert (entry.action, entry.before["name_en"]) == ("record_delete", "ZZ body")
    assert not Organisation.objects.filter(slug="zz").exists()


def test_the_loader_acts_as_the_system_user_and_a_member_may_not_load(member):
    RecordBatch("loader")  # the system user may load
    with pytest.raises(NotAllowed):
        RecordBatch(member("KZ"))


def test_a_governance_service_refuses_a_delegate_who_is_not_the_chair(member, canwfz):
    from datetime import date

    from nwfz.governance.models import Meeting
    from nwfz.governance.services import meeting_record

    before = Meeting.objects.count()
    with pytest.raises(NotAllowed, match="chair's delegates"):
        meeting_record(
            regime=canwfz, kind="thematic", start=date(2026, 12, 1), acting_user=member("KG")
        )
    assert Meeting.objects.count() == before


def test_the_action_item_service_refuses_a_stale_version(member):
    from nwfz.governance.models import ActionItem
    from nwfz.governance.services import action_item_update_status

    chair = member("KZ")
    item = ActionItem.objects.filter(status="open").first()
    read = version_of(item)
    action_item_update_status(item=item, status="in_progress", acting_user=chair, version=read)
    with pytest.raises(StaleVersion, match=f"by {chair.username}"):
        action_item_update_status(item=item, status="dropped", acting_user=chair, version=read)
    item.refresh_from_db()
    assert item.status == "in_progress"
