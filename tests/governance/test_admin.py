"""The admin validates governance records with the services' rules and audits saves."""

import pytest
from django.contrib.auth import get_user_model

from nwfz.accounts.models import AuditEntry
from nwfz.governance.models import ActionItem, ChairTerm, Meeting

pytestmark = pytest.mark.django_db

MODELS = [
    "rotationrule",
    "chairterm",
    "organisation",
    "meeting",
    "outcomedocument",
    "decision",
    "actionitem",
    "extraordinarymeetingrequest",
    "event",
    "anniversarydate",
    "forum",
    "forumsession",
    "coordinationitem",
    "deadlinerule",
]


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", MODELS)
def test_every_governance_model_has_an_admin(admin_client, model):
    assert admin_client.get(f"/admin/governance/{model}/").status_code == 200
    assert admin_client.get(f"/admin/governance/{model}/add/").status_code == 200


def chair_term_form(canwfz, state_id, start, end):
    return {
        "regime": canwfz.id,
        "state": state_id,
        "role": "chair",
        "start": start,
        "end": end,
        "precision": "day",
        "note_en": "",
        "note_ru": "",
        "note_kk": "",
        "package": "",
    }


def test_admin_refuses_an_overlapping_chair_term(admin_client, canwfz):
    kg = ChairTerm.objects.filter(state__code="KG").first().state_id
    before = ChairTerm.objects.count()
    response = admin_client.post(
        "/admin/governance/chairterm/add/", chair_term_form(canwfz, kg, "2026-06-01", "2027-05-31")
    )
    assert response.status_code == 200
    assert "overlaps the term of KZ 2026-01-01–2026-12-31" in response.content.decode()
    assert ChairTerm.objects.count() == before


def test_admin_add_is_audited(admin_client, canwfz):
    kg = ChairTerm.objects.filter(state__code="KG").first().state_id
    response = admin_client.post(
        "/admin/governance/chairterm/add/", chair_term_form(canwfz, kg, "2027-01-01", "2027-12-31")
    )
    assert response.status_code == 302
    entry = AuditEntry.objects.latest("id")
    assert (entry.action, entry.object_type, entry.actor_label) == (
        "admin_add",
        "chairterm",
        "root",
    )


def test_admin_status_change_goes_through_the_service(admin_client):
    item = ActionItem.objects.get(key="canwfz-2026-20th-anniversary-events")
    form = {
        "decision": item.decision_id,
        "key": item.key,
        "title_en": item.title_en,
        "title_ru": "",
        "title_kk": "",
        "owners": [s.pk for s in item.owners.all()],
        "due": "2026-12-31",
        "status": "done",
        "closed_on": "2026-09-08",
        "note_en": "",
        "note_ru": "",
        "note_kk": "",
        "sources": [s.pk for s in item.sources.all()],
        "package": item.package,
    }
    response = admin_client.post(f"/admin/governance/actionitem/{item.id}/change/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    item.refresh_from_db()
    assert (item.status, str(item.closed_on)) == ("done", "2026-09-08")
    assert AuditEntry.objects.latest("id").action == "action_item_update_status"


def test_admin_refuses_a_meeting_chaired_by_a_non_party(admin_client, canwfz):
    mn = __import__("nwfz.registry.models", fromlist=["State"]).State.objects.get(code="MN")
    form = {
        "regime": canwfz.id,
        "kind": "thematic",
        "title_en": "",
        "title_ru": "",
        "title_kk": "",
        "start": "2026-05-05",
        "date_precision": "day",
        "date_note_en": "",
        "date_note_ru": "",
        "date_note_kk": "",
        "place_en": "",
        "place_ru": "",
        "place_kk": "",
        "format": "",
        "chair": mn.id,
        "package": "",
        "agenda-TOTAL_FORMS": "0",
        "agenda-INITIAL_FORMS": "0",
    }
    before = Meeting.objects.count()
    response = admin_client.post("/admin/governance/meeting/add/", form)
    assert "chair MN was not a party to canwfz on 2026-05-05" in response.content.decode()
    assert Meeting.objects.count() == before


def test_bulk_delete_from_the_changelist_is_audited(client):
    from django.contrib.auth import get_user_model

    from nwfz.accounts.models import AuditEntry
    from nwfz.governance.models import Organisation

    user = get_user_model().objects.create_superuser("bulk", "bulk@example.org", "pw")
    client.force_login(user)
    org = Organisation.objects.create(slug="zz-org", short_name="ZZ", name_en="ZZ body")
    before = AuditEntry.objects.count()
    response = client.post(
        "/admin/governance/organisation/",
        {"action": "delete_selected", "_selected_action": [org.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Organisation.objects.filter(pk=org.pk).exists()
    entry = AuditEntry.objects.order_by("-id").first()
    assert AuditEntry.objects.count() == before + 1
    assert (entry.action, entry.object_type, entry.object_id) == (
        "admin_delete",
        "organisation",
        str(org.pk),
    )
