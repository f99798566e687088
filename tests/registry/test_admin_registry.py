"""Admin edits leave audit entries, and the API sees them at once."""

import pytest
from django.contrib.auth import get_user_model

from nwfz.accounts.audit import audit_chain_breaks
from nwfz.accounts.models import AuditEntry
from nwfz.registry.models import ParticipationEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, verified_login):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    return verified_login(client, user)


def test_admin_change_is_audited_and_visible_in_the_api(admin_client):
    url = "/api/instruments/canwfz/status?on=2007-06-01"
    before = {r["state"]: r["status"] for r in admin_client.get(url).json()}
    assert before["KZ"] == "signed"
    event = ParticipationEvent.objects.get(
        instrument__slug="canwfz", state__code="KZ", action="ratified"
    )
    count = AuditEntry.objects.count()
    form = {
        "state": event.state_id,
        "instrument": event.instrument_id,
        "action": "ratified",
        "date": "2007-01-15",
        "date_precision": "day",
        "note_en": "",
        "note_ru": "",
        "note_kk": "",
        "package": event.package,
        "sources": [s.pk for s in event.sources.all()],
        "alternatives-TOTAL_FORMS": "0",
        "alternatives-INITIAL_FORMS": "0",
    }
    response = admin_client.post(f"/admin/registry/participationevent/{event.pk}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = AuditEntry.objects.order_by("-id").first()
    assert AuditEntry.objects.count() == count + 1
    assert (entry.action, entry.actor_label) == ("admin_change", "root")
    assert entry.before["date"] != entry.after["date"]
    after = {r["state"]: r["status"] for r in admin_client.get(url).json()}
    assert after["KZ"] == "ratified"
    assert audit_chain_breaks() == []


def test_tampering_with_an_audit_entry_breaks_the_chain():
    entry = AuditEntry.objects.order_by("id").first()
    AuditEntry.objects.filter(pk=entry.pk).update(action="something_else")
    assert entry.pk in audit_chain_breaks()
