"""The workbench: the chair's dashboard, convening a meeting, its draft agenda, decisions
(a handover creates the next chair term), outcomes and action items; every page asks
can(), and a stale form is refused with what changed since."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from nwfz.accounts.models import AuditEntry
from nwfz.governance.models import ActionItem, AgendaItem, ChairTerm, Decision, Meeting

pytestmark = pytest.mark.django_db


def convene(client, **changes):
    start = timezone.localdate() + timedelta(days=30)
    form = {
        "kind": "extraordinary",
        "start": start.isoformat(),
        "end": "",
        "title": "Extraordinary meeting on the Treaty review",
        "place": "Astana",
        "format": "hybrid",
        "agenda": "Opening\nReview of the Treaty's operation",
    }
    form.update(changes)
    return client.post("/en/workbench/canwfz/meetings/new/", form)


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get("/en/workbench/canwfz/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_user_without_a_role_is_refused(client, make_user):
    client.force_login(make_user("nobody", None))
    assert client.get("/en/workbench/canwfz/").status_code == 403
    assert client.get("/en/workbench/").status_code == 403


def test_the_dashboard_shows_the_term_the_days_to_handover_and_why(chair_client, chair_state):
    from nwfz.governance.selectors import chair_on
    from nwfz.registry.selectors import regime_by_slug

    today = timezone.localdate()
    term = chair_on(regime_by_slug("canwfz"), today)
    page = chair_client.get("/en/workbench/canwfz/")
    assert page.status_code == 200
    text = page.content.decode()
    days = (term.end - today).days + 1
    assert f"{days} day{'s' if days != 1 else ''} to the handover" in text
    assert f"delegate of {chair_state}" in text
    assert "Why you may do this:" in text
    assert "Convene a meeting" in text


def test_an_action_item_from_an_earlier_chair_is_marked_inherited(chair_client):
    from nwfz.governance.selectors import chair_on
    from nwfz.registry.selectors import regime_by_slug

    term = chair_on(regime_by_slug("canwfz"), timezone.localdate())
    inherited = ActionItem.objects.filter(
        status__in=ActionItem.OPEN_STATUSES, decision__date__lt=term.start
    )
    text = chair_client.get("/en/workbench/canwfz/").content.decode()
    if inherited.exists():
        assert "inherited from an earlier chair" in text
    else:
        assert "inherited from an earlier chair" not in text


def test_the_chairs_delegate_convenes_a_meeting_with_a_draft_agenda(chair_client, chair_state):
    response = convene(chair_client)
    meeting = Meeting.objects.latest("id")
    assert response.status_code == 302
    assert response["Location"] == f"/en/workbench/meetings/{meeting.id}/"
    assert (meeting.kind, meeting.chair.code, meeting.place_en) == (
        "extraordinary",
        chair_state,
        "Astana",
    )
    assert [a.text_en for a in meeting.agenda.all()] == [
        "Opening",
        "Review of the Treaty's operation",
    ]
    entry = AuditEntry.objects.filter(action="meeting_record").latest("id")
    assert entry.actor_label == "chair-delegate"


def test_a_delegate_who_is_not_the_chair_may_not_convene(delegate_client):
    before = Meeting.objects.count()
    assert delegate_client.get("/en/workbench/canwfz/meetings/new/").status_code == 403
    assert convene(delegate_client).status_code == 403
    assert Meeting.objects.count() == before


def test_a_meeting_that_ends_before_it_starts_is_refused_on_the_form(chair_client):
    before = Meeting.objects.count()
    response = convene(chair_client, end="2000-01-01")
    assert response.status_code == 422
    assert "ends" in response.content.decode() and Meeting.objects.count() == before


def test_a_delegate_proposes_and_the_chair_takes_it_onto_the_agenda(
    client, make_user, chair_state, delegate_code
):
    chair = make_user("chair-two", chair_state)
    client.force_login(chair)
    convene(client)
    meeting = Meeting.objects.latest("id")
    delegate = make_user("party-two", None)
    client.force_login(delegate)  # a user without a delegation may not propose
    response = client.post(
        f"/en/workbench/meetings/{meeting.id}/proposals/", {"text": "Nuclear security"}
    )
    assert response.status_code == 403
    client.force_login(make_user("party-three", delegate_code))
    response = client.post(
        f"/en/workbench/meetings/{meeting.id}/proposals/", {"text": "Nuclear security"}
    )
    assert response.status_code == 303
    proposal = meeting.agenda_proposals.get()
    client.force_login(chair)
    page = client.get(f"/en/workbench/meetings/{meeting.id}/").content.decode()
    assert "Nuclear security" in page
    response = client.post(
        f"/en/workbench/meetings/{meeting.id}/proposals/{proposal.id}/",
        {"decision": "accept", "version": "0"},
    )
    assert response.status_code == 303
    assert list(meeting.agenda.values_list("text_en", flat=True))[-1] == "Nuclear security"


def test_two_agenda_editors_the_second_is_refused_with_what_changed(client, make_user, chair_state):
    ann, bob = make_user("ann", chair_state), make_user("bob", chair_state)
    client.force_login(ann)
    convene(client)
    meeting = Meeting.objects.latest("id")
    url = f"/en/workbench/meetings/{meeting.id}/agenda/"
    assert client.post(url, {"text": "Ann's item", "version": "0"}).status_code == 303
    client.force_login(bob)
    response = client.post(url, {"text": "Bob's item", "version": "0"})  # read before Ann
    assert response.status_code == 409
    assert "was changed since you read it (version 0, now 1): by ann" in response.content.decode()
    texts = list(meeting.agenda.values_list("text_en", flat=True))
    assert "Ann's item" in texts and "Bob's item" not in texts


def test_a_handover_decision_creates_the_next_chair_term_through_the_service(
    chair_client, chair_state
):
    from nwfz.governance.selectors import chair_on
    from nwfz.registry.selectors import regime_by_slug

    canwfz = regime_by_slug("canwfz")
    term = chair_on(canwfz, timezone.localdate())
    successor = chair_on(canwfz, term.end + timedelta(days=1))
    convene(chair_client)
    meeting = Meeting.objects.latest("id")
    effective = term.end + timedelta(days=1)
    response = chair_client.post(
        f"/en/workbench/meetings/{meeting.id}/decisions/",
        {
            "date": meeting.start.isoformat(),
            "kind": "chair_handover",
            "text": f"{successor.state} takes over the chairmanship.",
            "handover_to": successor.state,
            "effective": effective.isoformat(),
        },
    )
    assert response.status_code == 303, response.content.decode()[:3000]
    decision = Decision.objects.latest("id")
    new_term = ChairTerm.objects.get(created_by_decision=decision)
    assert (new_term.state.code, new_term.start) == (successor.state, effective)
    created = AuditEntry.objects.filter(action="chair_term_create").latest("id")
    assert created.actor_label == "chair-delegate"


def test_an_action_item_is_opened_seen_on_the_dashboard_and_closed(chair_client):
    convene(chair_client, start=timezone.localdate().isoformat())  # a meeting held today
    meeting = Meeting.objects.latest("id")
    chair_client.post(
        f"/en/workbench/meetings/{meeting.id}/decisions/",
        {"date": meeting.start.isoformat(), "kind": "work_plan", "text": "A plan of work."},
    )
    decision = Decision.objects.latest("id")
    response = chair_client.post(
        f"/en/workbench/meetings/{meeting.id}/decisions/{decision.id}/actions/",
        {"title": "Draft the joint statement", "owners": "kz, kg", "due": ""},
    )
    assert response.status_code == 303, response.content.decode()[:3000]
    item = ActionItem.objects.latest("id")
    assert sorted(item.owners.values_list("code", flat=True)) == ["KG", "KZ"]
    dashboard = chair_client.get("/en/workbench/canwfz/").content.decode()
    assert "Draft the joint statement" in dashboard
    response = chair_client.post(
        f"/en/workbench/actions/{item.id}/status/",
        {"status": "done", "version": "0", "next": "dashboard"},
    )
    assert response.status_code == 303 and response["Location"] == "/en/workbench/canwfz/"
    item.refresh_from_db()
    assert (item.status, item.closed_on) == ("done", timezone.localdate())
    stale = chair_client.post(
        f"/en/workbench/actions/{item.id}/status/", {"status": "dropped", "version": "0"}
    )
    assert stale.status_code == 409
    item.refresh_from_db()
    assert item.status == "done"


def test_an_outcome_document_is_recorded(chair_client):
    convene(chair_client)
    meeting = Meeting.objects.latest("id")
    response = chair_client.post(
        f"/en/workbench/meetings/{meeting.id}/outcomes/",
        {"kind": "joint_statement", "title": "Joint statement", "date": meeting.start},
    )
    assert response.status_code == 303
    assert meeting.outcomes.get().title_en == "Joint statement"


def test_the_workbench_speaks_russian_and_kazakh(chair_client):
    ru = chair_client.get("/ru/workbench/canwfz/").content.decode()
    kk = chair_client.get("/kk/workbench/canwfz/").content.decode()
    assert "Chair's dashboard" not in ru and "Chair's dashboard" not in kk


def test_removing_an_agenda_item(chair_client):
    convene(chair_client)
    meeting = Meeting.objects.latest("id")
    first = meeting.agenda.first()
    response = chair_client.post(
        f"/en/workbench/meetings/{meeting.id}/agenda/{first.id}/remove/", {"version": "0"}
    )
    assert response.status_code == 303
    assert not AgendaItem.objects.filter(pk=first.pk).exists()


def test_a_signed_in_reader_finds_the_workbench_in_the_header(chair_client, client):
    page = chair_client.get("/en/regimes/canwfz/").content.decode()
    assert 'href="/en/workbench/">Workbench</a>' in page
    client.logout()
    assert 'href="/en/workbench/"' not in client.get("/en/regimes/canwfz/").content.decode()


def test_the_dashboard_says_when_the_terms_dates_are_inferred_and_by_what(chair_client):
    today = timezone.localdate()
    term = ChairTerm.objects.filter(
        regime__slug="canwfz", role="chair", start__lte=today, end__gte=today
    ).first()
    if term is None:
        pytest.skip("no recorded chair term covers today (the chair is only predicted)")
    ChairTerm.objects.filter(pk=term.pk).update(inferred="the rule's handover day")
    text = chair_client.get("/en/workbench/canwfz/").content.decode()
    assert "(inferred: the rule&#x27;s handover day)" in text
