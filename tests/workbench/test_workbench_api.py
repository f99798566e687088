"""Versions over the API: GET gives the ETag, a write must send it as If-Match (428
without, 412 when stale, with what changed since and by whom), and nothing is lost."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from nwfz.governance.models import ActionItem, Meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting_with_action(make_user, chair_state):
    from nwfz.governance.services import action_item_create, decision_record, meeting_record
    from nwfz.registry.selectors import regime_by_slug

    chair = make_user("api-chair", chair_state)
    meeting = meeting_record(
        regime=regime_by_slug("canwfz"),
        kind="thematic",
        start=timezone.localdate(),
        agenda=["Opening"],
        acting_user=chair,
    )
    decision = decision_record(
        meeting=meeting, date=meeting.start, kind="work_plan", text="Plan", acting_user=chair
    )
    item = action_item_create(
        decision=decision, title="Joint statement", owners=[chair_state], acting_user=chair
    )
    return meeting, item


def signed_in(make_user, name, code):
    client = Client()
    client.force_login(make_user(name, code))
    return client


def test_a_status_change_needs_the_etag_and_a_stale_one_is_refused(
    make_user, chair_state, meeting_with_action
):
    _, item = meeting_with_action
    ann = signed_in(make_user, "ann", chair_state)
    bob = signed_in(make_user, "bob", chair_state)
    url = f"/api/workbench/action-items/{item.id}"
    read = ann.get(url)
    assert read.status_code == 200 and read.json()["version"] == 0
    tag = read["ETag"]
    assert tag == f'"action_item-{item.id}-v0"'
    assert bob.get(url)["ETag"] == tag  # both read version 0
    body = {"status": "in_progress"}
    missing = ann.patch(url, body, content_type="application/json")
    assert missing.status_code == 428 and tag in missing.json()["error"]
    first = ann.patch(url, body, content_type="application/json", headers={"If-Match": tag})
    assert first.status_code == 200 and first["ETag"] == f'"action_item-{item.id}-v1"'
    second = bob.patch(
        url, {"status": "dropped"}, content_type="application/json", headers={"If-Match": tag}
    )
    assert second.status_code == 412
    refused = second.json()
    assert (refused["read_version"], refused["version"]) == (0, 1)
    assert refused["changes"][0]["by"] == "ann" and "status" in refused["changes"][0]["fields"]
    item.refresh_from_db()
    assert item.status == "in_progress"


def test_an_etag_of_another_record_is_refused(make_user, chair_state, meeting_with_action):
    meeting, item = meeting_with_action
    ann = signed_in(make_user, "ann", chair_state)
    response = ann.patch(
        f"/api/workbench/action-items/{item.id}",
        {"status": "done"},
        content_type="application/json",
        headers={"If-Match": f'"meeting-{meeting.id}-v0"'},
    )
    assert response.status_code == 412
    assert ActionItem.objects.get(pk=item.pk).status == "open"


def test_agenda_edits_carry_the_meetings_etag(make_user, chair_state, meeting_with_action):
    meeting, _ = meeting_with_action
    ann = signed_in(make_user, "ann", chair_state)
    url = f"/api/workbench/meetings/{meeting.id}/agenda"
    tag = ann.get(url)["ETag"]
    added = ann.post(
        url,
        {"text": "Nuclear security"},
        content_type="application/json",
        headers={"If-Match": tag},
    )
    assert added.status_code == 200
    assert [i["text"] for i in added.json()["items"]] == ["Opening", "Nuclear security"]
    opening = added.json()["items"][0]["id"]
    stale = ann.delete(f"{url}/{opening}", headers={"If-Match": tag})
    assert stale.status_code == 412
    fresh = ann.delete(f"{url}/{opening}", headers={"If-Match": added["ETag"]})
    assert fresh.status_code == 200
    assert list(Meeting.objects.get(pk=meeting.pk).agenda.values_list("text_en", flat=True)) == [
        "Nuclear security"
    ]


def test_a_delegate_who_is_not_the_chair_may_read_but_not_write(
    make_user, delegate_code, meeting_with_action
):
    _, item = meeting_with_action
    client = signed_in(make_user, "dee", delegate_code)
    url = f"/api/workbench/action-items/{item.id}"
    tag = client.get(url)["ETag"]
    response = client.patch(
        url, {"status": "done"}, content_type="application/json", headers={"If-Match": tag}
    )
    assert response.status_code == 403
    assert ActionItem.objects.get(pk=item.pk).status == "open"
