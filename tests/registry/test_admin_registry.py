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


def _regime_form(regime, treaty):
    from nwfz.accounts.record_admin import version_of

    links = list(regime.links.all())
    form = {
        f: getattr(regime, f)
        for f in ("slug", "name_en", "name_ru", "name_kk", "short_name_en", "short_name_ru")
        + ("short_name_kk", "summary_en", "summary_ru", "summary_kk", "package")
    }
    form |= {
        "treaty": treaty.pk,
        "sources": [s.pk for s in regime.sources.all()],
        "version": version_of(regime),
        "links-TOTAL_FORMS": str(len(links)),
        "links-INITIAL_FORMS": str(len(links)),
    }
    for n, link in enumerate(links):
        form |= {
            f"links-{n}-id": link.pk,
            f"links-{n}-regime": regime.pk,
            f"links-{n}-instrument": link.instrument_id,
            f"links-{n}-role": link.role,
            f"links-{n}-position": link.position,
        }
    return form


def test_admin_refuses_a_regime_treaty_that_disagrees_with_its_treaty_link(admin_client):
    from nwfz.registry.models import Instrument, Regime

    regime = Regime.objects.get(slug="canwfz")
    url = f"/admin/registry/regime/{regime.pk}/change/"
    same = admin_client.post(url, _regime_form(regime, regime.treaty))
    assert same.status_code == 302, same.content.decode()[:3000]
    other = Instrument.objects.exclude(pk=regime.treaty_id).get(slug="pelindaba")
    response = admin_client.post(url, _regime_form(regime, other))
    assert response.status_code == 200
    assert (
        "regime canwfz: treaty pelindaba but treaty link rows canwfz; they must agree"
        in response.content.decode()
    )
    assert Regime.objects.get(slug="canwfz").treaty.slug == "canwfz"
