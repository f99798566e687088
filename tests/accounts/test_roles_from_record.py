"""Roles derived from the bundled record (CANWFZ: KZ chairs 2026, KG by rotation in 2027)."""

from datetime import date

import pytest

from nwfz.accounts.permissions import can, why
from nwfz.accounts.roles import roles_of

pytestmark = pytest.mark.django_db


def test_chair_passes_to_kyrgyzstan_on_1_january_2027_with_no_one_acting(member):
    kz, kg = member("KZ"), member("KG")
    day_before, handover = date(2026, 12, 31), date(2027, 1, 1)
    assert can(kz, "convene_meeting", "canwfz", on=day_before)
    assert not can(kg, "convene_meeting", "canwfz", on=day_before)
    assert not can(kz, "convene_meeting", "canwfz", on=handover)
    assert can(kg, "convene_meeting", "canwfz", on=handover)


def test_chair_passes_to_kazakhstan_on_1_january_2026(member):
    kz, uz = member("KZ"), member("UZ")
    assert can(uz, "convene_meeting", "canwfz", on=date(2025, 12, 31))
    assert not can(kz, "convene_meeting", "canwfz", on=date(2025, 12, 31))
    assert can(kz, "convene_meeting", "canwfz", on=date(2026, 1, 1))
    assert not can(uz, "convene_meeting", "canwfz", on=date(2026, 1, 1))


def test_roles_of_the_outgoing_chair_after_the_handover(member):
    kz = member("KZ")
    roles = [(r.role, r.regime) for r in roles_of(kz, date(2027, 1, 1))]
    assert roles == [("delegate", "canwfz"), ("previous_chair", "canwfz")]


def test_before_the_treaty_entered_into_force_no_one_is_a_delegate(member):
    assert roles_of(member("KZ"), date(2008, 1, 1)) == []


def test_kyrgyzstan_is_the_depositary(member):
    roles = roles_of(member("KG"), date(2026, 6, 1))
    assert [r.role for r in roles] == ["delegate", "depositary"]


def test_staff_without_a_delegation_has_no_role_and_no_power(member):
    staff = member(None, staff=True)
    assert roles_of(staff, date(2026, 6, 1)) == []
    assert not can(staff, "convene_meeting", "canwfz")
    assert not can(staff, "review_intake")
    assert can(staff, "view_public")


def test_anonymous_may_only_see_what_is_published():
    from django.contrib.auth.models import AnonymousUser

    assert can(AnonymousUser(), "view_public")
    assert not can(AnonymousUser(), "use_workbench")
    assert not can(None, "view_members", "canwfz")


def test_the_page_sentence_for_the_chair(member):
    verdict = why(member("KZ"), "convene_meeting", "canwfz", on=date(2026, 3, 1))
    assert verdict.because.startswith("you are delegate of KZ, which chairs canwfz from 2026-01-01")


def test_an_inactive_administrator_is_no_administrator(member):
    admin = member(None, admin=True)
    assert can(admin, "manage_accounts")
    admin.is_active = False
    admin.save()
    admin.__dict__.pop("_nwfz_roles", None)
    assert not can(admin, "manage_accounts")


@pytest.mark.parametrize(
    ("today", "may", "may_not"), [(date(2025, 12, 31), "UZ", "KZ"), (date(2026, 1, 1), "KZ", "UZ")]
)
def test_the_convene_page_follows_the_handover_of_2026(
    client, member, monkeypatch, today, may, may_not
):
    """The same two users, the page's own date: the day before the bundled 2026 handover the
    outgoing chair (UZ) may convene and the incoming (KZ) may not; on the day, the reverse."""
    from django.utils import timezone

    users = {code: member(code) for code in ("KZ", "UZ")}
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: today)
    client.force_login(users[may])
    assert client.get("/en/workbench/canwfz/meetings/new/").status_code == 200
    client.force_login(users[may_not])
    refused = client.get("/en/workbench/canwfz/meetings/new/")
    assert refused.status_code == 403 and "chair" in refused.content.decode()
