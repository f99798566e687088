"""The web review, for the chair's delegates: the text with each proposal's spans
highlighted and always escaped, accept (with edits) and reject through CSRF-protected
forms, the upload form."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from nwfz.intake.models import IntakeItem
from nwfz.intake.services import intake_item_receive

from .samples import (
    SCRIPT_HTML,
    SEED_TEXT,
    proposal_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(staff_user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user)
    return client


def csrf_token(client: Client, url: str) -> str:
    client.get(url)
    return client.cookies["csrftoken"].value


def test_anonymous_users_are_sent_to_the_login_and_others_refused(
    client, django_user_model, seed_item
):
    for url in ("/en/intake/", "/en/intake/upload/", f"/en/intake/{seed_item.id}/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/account/login/?next=")
    staff = django_user_model.objects.create_user(username="staff", is_staff=True)
    client.force_login(staff)
    response = client.get(f"/en/intake/{seed_item.id}/")
    assert response.status_code == 403 and "chair&#x27;s delegates" in response.content.decode()
    proposal = proposal_of(seed_item, "forum", forum="un")
    response = client.post(f"/en/intake/proposals/{proposal.id}/reject/", {"reason": "x"})
    assert response.status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == "proposed"


def test_staff_without_permissions_cannot_create_records_through_intake(
    client, django_user_model, seed_item
):
    from nwfz.governance.models import Meeting

    staff = django_user_model.objects.create_user(username="staff", is_staff=True)
    client.force_login(staff)
    meetings = Meeting.objects.count()
    upload = SimpleUploadedFile("n.txt", SEED_TEXT.encode(), content_type="text/plain")
    assert client.post("/en/intake/upload/", {"file": upload}).status_code == 403
    for proposal in seed_item.proposals.all():
        url = f"/en/intake/proposals/{proposal.id}/accept/"
        assert client.post(url).status_code == 403
        assert client.post(f"/api/intake/proposals/{proposal.id}/accept", {}).status_code == 403
    assert Meeting.objects.count() == meetings
    assert not seed_item.proposals.exclude(status="proposed").exists()


def test_the_review_page_highlights_each_proposals_spans(staff_client, seed_item):
    html = staff_client.get(f"/en/intake/{seed_item.id}/").content.decode()
    transfer = proposal_of(seed_item, "chair_transfer")
    assert f'<mark data-proposal="{transfer.id}">Казахстану</mark>' in html
    assert f'id="proposal-{transfer.id}"' in html
    assert 'name="field-to" value="KZ"' in html
    assert html.count('name="csrfmiddlewaretoken"') >= 2 * seed_item.proposals.count()


def test_the_list_shows_items_awaiting_review(staff_client, seed_item):
    html = staff_client.get("/en/intake/?status=pending").content.decode()
    assert f'data-item="{seed_item.id}"' in html and "8 open of 8" in html


def test_accept_via_post_with_an_edited_field(staff_client, seed_item):
    transfer = proposal_of(seed_item, "chair_transfer")
    url = f"/en/intake/{seed_item.id}/"
    token = csrf_token(staff_client, url)
    response = staff_client.post(
        f"/en/intake/proposals/{transfer.id}/accept/",
        {"csrfmiddlewaretoken": token, "field-to": "KZ", "field-year": "2026",
         "field-effective": "2026-01-01", "field-from": ""},
    )  # fmt: skip
    assert response.status_code == 302
    transfer.refresh_from_db()
    assert transfer.status == "accepted" and transfer.reviewer_label == "reviewer"
    assert transfer.edited_fields == {"effective": "2026-01-01"}
    html = staff_client.get(url).content.decode()
    assert "linked to the recorded chair term KZ" in html


def test_a_post_without_the_csrf_token_is_refused(staff_client, seed_item):
    transfer = proposal_of(seed_item, "chair_transfer")
    response = staff_client.post(f"/en/intake/proposals/{transfer.id}/accept/", {})
    assert response.status_code == 403
    transfer.refresh_from_db()
    assert transfer.status == "proposed"


def test_a_bad_edit_is_reported_and_nothing_accepted(staff_client, seed_item):
    transfer = proposal_of(seed_item, "chair_transfer")
    url = f"/en/intake/{seed_item.id}/"
    token = csrf_token(staff_client, url)
    staff_client.post(
        f"/en/intake/proposals/{transfer.id}/accept/",
        {"csrfmiddlewaretoken": token, "field-year": "next year"},
    )
    html = staff_client.get(url).content.decode()
    assert "Not accepted: year: &#x27;next year&#x27; is not a whole number" in html
    transfer.refresh_from_db()
    assert transfer.status == "proposed"


def test_reject_via_post_needs_a_reason(staff_client, seed_item):
    forum = proposal_of(seed_item, "forum", forum="un")
    url = f"/en/intake/{seed_item.id}/"
    token = csrf_token(staff_client, url)
    reject_url = f"/en/intake/proposals/{forum.id}/reject/"
    staff_client.post(reject_url, {"csrfmiddlewaretoken": token, "reason": ""})
    forum.refresh_from_db()
    assert forum.status == "proposed"
    staff_client.post(reject_url, {"csrfmiddlewaretoken": token, "reason": "too general"})
    forum.refresh_from_db()
    assert (forum.status, forum.reject_reason) == ("rejected", "too general")


def test_html_with_scripts_is_stored_and_shown_escaped_never_run(staff_client, staff_user):
    item = intake_item_receive(
        raw=SCRIPT_HTML.encode(), filename="mfa.html", acting_user=staff_user
    ).item
    assert item.content_type == "text/html" and bytes(item.original) == SCRIPT_HTML.encode()
    assert 'alert("head")' not in item.text and "document.write" not in item.text
    assert '<script>alert("text")</script>' in item.text  # written as entities in the page
    assert item.published.isoformat() == "2026-01-30" and item.published_basis == "html-meta"
    html = staff_client.get(f"/en/intake/{item.id}/").content.decode()
    assert "&lt;script&gt;alert(&quot;text&quot;)&lt;/script&gt;" in html
    assert not re.search(r"<script[^>]*>\s*alert", html)
    assert "<b>ЦАЗСЯО</b>" not in html and "&lt;b&gt;ЦАЗСЯО&lt;/b&gt;" in html
    original = staff_client.get(f"/en/intake/items/{item.id}/original")
    assert original["Content-Type"].startswith("text/plain")
    assert original["X-Content-Type-Options"] == "nosniff"


def test_upload_form_takes_a_file_in_and_recognises_it_again(staff_client):
    token = csrf_token(staff_client, "/en/intake/upload/")
    upload = SimpleUploadedFile("seed.txt", SEED_TEXT.encode(), content_type="text/plain")
    response = staff_client.post(
        "/en/intake/upload/",
        {"csrfmiddlewaretoken": token, "file": upload, "published": "2026-01-31",
         "source_url": "https://dknews.kz/item"},
    )  # fmt: skip
    item = IntakeItem.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/en/intake/{item.id}/"
    assert item.source_url == "https://dknews.kz/item" and item.proposals.count() == 8
    again = SimpleUploadedFile("copy.txt", SEED_TEXT.encode(), content_type="text/plain")
    response = staff_client.post(
        "/en/intake/upload/", {"csrfmiddlewaretoken": token, "file": again}, follow=True
    )
    assert f"already taken in as item {item.id}" in response.content.decode()
    assert IntakeItem.objects.count() == 1


def test_upload_form_shows_why_a_file_is_refused(staff_client, settings):
    settings.NWFZ_INTAKE_MAX_BYTES = 50
    token = csrf_token(staff_client, "/en/intake/upload/")
    upload = SimpleUploadedFile("big.txt", SEED_TEXT.encode(), content_type="text/plain")
    response = staff_client.post(
        "/en/intake/upload/", {"csrfmiddlewaretoken": token, "file": upload}
    )
    assert response.status_code == 200 and "too large" in response.content.decode()
    assert IntakeItem.objects.count() == 0


def test_the_review_page_is_translated(staff_client, seed_item):
    html = staff_client.get(f"/ru/intake/{seed_item.id}/").content.decode()
    assert '<html lang="ru">' in html
