"""What anyone may read is decided by `can(anyone, "view_public", obj)`: the feed, the
"what changed" pages, the open data, the calendars and the static export all ask it."""

from __future__ import annotations

import pytest
from django.apps import apps

from nwfz.accounts.models import AuditEntry
from nwfz.accounts.permissions import NOT_PUBLIC_RECORD_TYPES, NotAllowed, can
from nwfz.intake.models import IntakeItem
from nwfz.opendata.tables import TABLES, model_table

pytestmark = pytest.mark.django_db


def test_the_record_is_public_and_the_members_work_is_not():
    assert can(None, "view_public") and can(None, "view_public", "canwfz")
    for app in ("registry", "governance"):
        for model in apps.get_app_config(app).get_models():
            if model._meta.model_name not in NOT_PUBLIC_RECORD_TYPES:
                assert can(None, "view_public", model), model
    for model in apps.get_app_config("intake").get_models():
        assert not can(None, "view_public", model), model
    assert not can(None, "view_public", AuditEntry)
    assert not can(None, "view_public", apps.get_model("registry", "PackageLoad"))


def test_an_audit_entry_is_public_when_its_record_is():
    public = AuditEntry(object_type="chair_term", action="record_add", object_id="1")
    intake = AuditEntry(object_type="intake_item", action="record_add", object_id="1")
    received = AuditEntry(object_type="meeting", action="intake_item_receive", object_id="1")
    assert can(None, "view_public", public)
    assert not can(None, "view_public", intake) and not can(None, "view_public", received)


def test_open_data_refuses_a_table_of_what_is_not_public():
    assert all(can(None, "view_public", t.name) for t in TABLES)
    with pytest.raises(NotAllowed, match="not part of the published record"):
        model_table("intake_items", "Intake", IntakeItem, ["id"], ["id"])
