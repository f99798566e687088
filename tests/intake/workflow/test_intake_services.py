"""Accepting and rejecting proposals: records are created or linked through the governance
services, cite the item as their source, leave audit entries, and are never duplicated."""

import pytest

from nwfz.accounts.models import AuditEntry
from nwfz.governance import models as gov
from nwfz.intake.acceptance import IntakeRefused
from nwfz.intake.extract import IntakeInputError
from nwfz.intake.models import IntakeItem, Proposal
from nwfz.intake.services import intake_item_receive, proposal_accept, proposal_reject
from nwfz.registry.models import Source

from .samples import (
    OTHER_STORY,
    SEED_PUBLISHED,
    SEED_REWORDED,
    SEED_TEXT,
    proposal_of,
)

pytestmark = pytest.mark.django_db


def jan_2026_meetings():
    return gov.Meeting.objects.filter(regime__slug="canwfz", start__year=2026, start__month=1)


def kz_2026_terms():
    return gov.ChairTerm.objects.filter(state__code="KZ", start__year=2026)


def accept_all(item, user, order=None):
    proposals = list(item.proposals.order_by("position"))
    for proposal in reversed(proposals) if order == "reversed" else proposals:
        proposal_accept(proposal=proposal, acting_user=user)
    return {p.position: p for p in item.proposals.all()}


def test_receiving_stores_item_proposals_and_an_audit_entry(seed_item):
    assert seed_item.language == "ru" and seed_item.published == SEED_PUBLISHED
    assert seed_item.published_basis == "given" and seed_item.status == "pending"
    assert seed_item.proposals.count() == 8
    entry = AuditEntry.objects.filter(action="intake_item_receive").last()
    assert entry.object_id == str(seed_item.id) and entry.actor_label == "reviewer"


def test_receiving_a_bad_file_stores_nothing(staff_user):
    before = AuditEntry.objects.count()
    with pytest.raises(IntakeInputError, match="too large"):
        intake_item_receive(
            raw=SEED_TEXT.encode(), filename="seed.txt", acting_user=staff_user, max_bytes=100
        )
    with pytest.raises(IntakeInputError, match="not a web address"):
        intake_item_receive(
            raw=SEED_TEXT.encode(), filename="s.txt", source_url="javascript:x", acting_user="t"
        )
    assert IntakeItem.objects.count() == 0 and AuditEntry.objects.count() == before


def test_a_different_story_in_the_same_language_is_not_linked(seed_item):
    other = intake_item_receive(raw=OTHER_STORY.encode(), filename="other.txt", acting_user="t")
    assert other.is_new and other.item.duplicate_of_id is None


def test_accepting_the_seed_links_the_bundled_records_instead_of_duplicating(seed_item):
    meetings, terms = jan_2026_meetings().count(), kz_2026_terms().count()
    events, decisions = gov.Event.objects.count(), gov.Decision.objects.count()
    accepted = accept_all(seed_item, seed_item.received_by)
    assert jan_2026_meetings().count() == meetings == 1
    assert kz_2026_terms().count() == terms == 1
    assert gov.Event.objects.count() == events and gov.Decision.objects.count() == decisions
    meeting = jan_2026_meetings().get()
    assert accepted[0].record_ref == f"meeting:{meeting.id}"
    assert accepted[1].record_ref == f"chair_term:{kz_2026_terms().get().id}"
    assert accepted[3].record_ref == "regime:canwfz"
    assert accepted[3].outcome.startswith("confirms the record")
    assert all(p.status == "accepted" and p.outcome for p in accepted.values())
    source = Source.objects.get(key=f"intake-{seed_item.id}")
    assert source.kind == "intake" and source.url.startswith("http://127.0.0.1:8000/en/intake/")
    assert meeting.sources.filter(pk=source.pk).exists()
    assert kz_2026_terms().get().sources.filter(pk=source.pk).exists()
    assert AuditEntry.objects.filter(action="proposal_accept").count() == 8
    seed_item.refresh_from_db()
    assert seed_item.status == "reviewed" and seed_item.source == source


def _remove_bundled_2026_records():
    """As if the registry had not recorded the January 2026 meeting yet."""
    jan_2026_meetings().delete()
    kz_2026_terms().delete()
    gov.Event.objects.filter(start__year=2026).delete()


@pytest.mark.parametrize("order", ["forward", "reversed"])
def test_accepting_in_any_order_creates_each_record_once(seed_item, order):
    _remove_bundled_2026_records()
    accepted = accept_all(seed_item, seed_item.received_by, order)
    meeting = jan_2026_meetings().get()
    assert meeting.start == SEED_PUBLISHED and meeting.kind == "annual_consultative"
    assert "does not give the exact date" in meeting.date_note_en
    term = kz_2026_terms().get()
    assert (term.start.isoformat(), term.end.isoformat()) == ("2026-01-01", "2026-12-31")
    handover = meeting.decisions.get(kind="chair_handover")
    assert term.created_by_decision == handover and handover.handover_to.code == "KZ"
    assert meeting.decisions.filter(kind="work_plan").exists()
    event = gov.Event.objects.get(start__year=2026)
    assert (event.kind, event.marks_key, event.marks_ordinal) == ("commemorative", "signature", 20)
    assert event.organiser_states.count() == 5
    titles = [a.title_en for a in gov.ActionItem.objects.filter(decision__meeting=meeting)]
    assert any("United Nations" in t for t in titles)
    # the TPNW's first Review Conference (2026) is a recorded forum session: linked, no action item
    tpnw = [p for p in accepted.values() if "Review Conference of the TPNW" in p.outcome]
    assert len(tpnw) == 1 and tpnw[0].record_ref.startswith("forum_session:")
    source_key = f"intake-{seed_item.id}"
    for record in (meeting, term, handover, event):
        assert record.sources.filter(key=source_key).exists()


def test_a_near_duplicate_accepted_after_the_first_links_the_same_records(seed_item):
    _remove_bundled_2026_records()
    accept_all(seed_item, seed_item.received_by)
    counts = (gov.Meeting.objects.count(), gov.ChairTerm.objects.count(),
              gov.Decision.objects.count(), gov.Event.objects.count(),
              gov.ActionItem.objects.count())  # fmt: skip
    second = intake_item_receive(
        raw=SEED_REWORDED.encode(), filename="kazinform.txt", published=SEED_PUBLISHED,
        acting_user="cli",
    ).item  # fmt: skip
    assert second.duplicate_of == seed_item
    accepted = accept_all(second, "cli")
    assert counts == (gov.Meeting.objects.count(), gov.ChairTerm.objects.count(),
                      gov.Decision.objects.count(), gov.Event.objects.count(),
                      gov.ActionItem.objects.count())  # fmt: skip
    assert jan_2026_meetings().get().sources.filter(key=f"intake-{second.id}").exists()
    assert all(p.status == "accepted" for p in accepted.values())


def test_an_edited_field_is_used_and_kept_beside_the_proposed_one(seed_item):
    _remove_bundled_2026_records()
    transfer = proposal_of(seed_item, "chair_transfer")
    done = proposal_accept(
        proposal=transfer, edited_fields={"effective": "2026-01-01"}, acting_user="cli"
    )
    assert done.fields["effective"] is None and done.edited_fields == {"effective": "2026-01-01"}
    assert done.current_fields["effective"] == "2026-01-01"


def test_a_refused_acceptance_writes_nothing(seed_item):
    transfer = proposal_of(seed_item, "chair_transfer")
    before = (AuditEntry.objects.count(), Source.objects.count(), gov.Decision.objects.count())
    with pytest.raises(IntakeRefused, match="not a party"):
        proposal_accept(proposal=transfer, edited_fields={"to": "MN"}, acting_user="cli")
    after = (AuditEntry.objects.count(), Source.objects.count(), gov.Decision.objects.count())
    assert before == after
    transfer.refresh_from_db()
    assert transfer.status == "proposed" and transfer.edited_fields is None


def test_an_anniversary_that_contradicts_the_registry_is_not_confirmed(seed_item):
    anniversary = proposal_of(seed_item, "anniversary")
    with pytest.raises(IntakeRefused, match="registry_conflict"):
        proposal_accept(proposal=anniversary, edited_fields={"year": 2005}, acting_user="cli")


def test_a_registry_conflict_is_noted_for_editors_and_the_registry_is_unchanged(staff_user):
    text = SEED_TEXT.replace("подписан в 2006 году", "подписан в 2007 году")
    item = intake_item_receive(
        raw=text.encode(), filename="wrong.txt", published=SEED_PUBLISHED, acting_user="cli"
    ).item
    conflict = proposal_of(item, "registry_conflict", field="treaty.signed")
    done = proposal_accept(proposal=conflict, acting_user=staff_user)
    entry = AuditEntry.objects.get(pk=int(done.record_ref.removeprefix("audit:")))
    assert entry.action == "registry_conflict_note" and entry.after["stated"] == "2007"
    from nwfz.registry.models import Instrument

    assert Instrument.objects.get(slug="canwfz").adopted_on.isoformat() == "2006-09-08"


def test_reject_needs_a_reason_and_keeps_the_proposal(seed_item):
    forum = proposal_of(seed_item, "forum", forum="un")
    with pytest.raises(IntakeRefused, match="give a reason"):
        proposal_reject(proposal=forum, reason="  ", acting_user="cli")
    forum.refresh_from_db()
    assert forum.status == "proposed"
    done = proposal_reject(proposal=forum, reason="general wording", acting_user="cli")
    assert done.status == "rejected" and done.reject_reason == "general wording"
    assert Proposal.objects.filter(pk=forum.pk).exists()
    assert AuditEntry.objects.filter(action="proposal_reject", object_id=str(forum.pk)).exists()
    with pytest.raises(IntakeRefused, match="already rejected"):
        proposal_accept(proposal=forum, acting_user="cli")


def test_a_staff_user_without_a_role_may_not_accept_and_nothing_is_written(seed_item):
    from django.contrib.auth import get_user_model

    from nwfz.accounts.permissions import NotAllowed

    clerk = get_user_model().objects.create_user("clerk", password="x-clerk-1", is_staff=True)
    before = (AuditEntry.objects.count(), Source.objects.count(), gov.Meeting.objects.count())
    for proposal in seed_item.proposals.all():
        with pytest.raises(NotAllowed, match="review intake proposals"):
            proposal_accept(proposal=proposal, acting_user=clerk)
    after = (AuditEntry.objects.count(), Source.objects.count(), gov.Meeting.objects.count())
    assert before == after


def test_the_chairs_delegate_accepts_and_the_source_is_created_through_the_record_service(
    seed_item,
):
    from nwfz.accounts.services import delegation_for, user_add

    chair = user_add(
        username="kz-delegate", delegation=delegation_for("KZ", acting_user="t"), acting_user="t"
    )
    proposal_accept(proposal=seed_item.proposals.order_by("position").first(), acting_user=chair)
    entry = AuditEntry.objects.get(action="source_create")
    assert (entry.object_type, entry.actor_label) == ("source", "kz-delegate")
    assert entry.after["key"] == f"intake-{seed_item.id}" and entry.after["kind"] == "intake"
