"""Accepting a proposal about another zone records it for that zone (its `regime` field), never
for Central Asia; a zone the registry does not hold is refused with nothing written; a
reviewer may correct the regime."""

import pytest

from nwfz.governance import models as gov
from nwfz.intake.acceptance import IntakeRefused
from nwfz.intake.services import intake_item_receive, proposal_accept
from nwfz.registry.models import Regime

pytestmark = pytest.mark.django_db

OPANAL_SESSION = (
    "MEXICO CITY, 29 November 2025 – The XXIX regular session of the General Conference of "
    "OPANAL was held in Mexico City on 28 November 2025. Member States of the Treaty of "
    "Tlatelolco reviewed the work of the Agency and approved the programme of work for 2026.\n"
)


def _zone(slug: str) -> Regime:
    regime, _ = Regime.objects.get_or_create(slug=slug, defaults={"name_en": slug.title()})
    return regime


def test_an_opanal_session_is_recorded_for_tlatelolco(staff_user):
    tlatelolco = _zone("tlatelolco")
    item = intake_item_receive(
        raw=OPANAL_SESSION.encode(), filename="opanal.txt", acting_user=staff_user
    ).item
    meeting_proposal = item.proposals.get(type="consultative_meeting")
    assert meeting_proposal.fields["regime"] == "tlatelolco"
    before = gov.Meeting.objects.filter(regime__slug="canwfz").count()
    done = proposal_accept(proposal=meeting_proposal, acting_user=staff_user)
    meeting = gov.Meeting.objects.get(pk=int(done.record_ref.split(":")[1]))
    assert meeting.regime == tlatelolco and meeting.start.isoformat() == "2025-11-28"
    # the review attaches to the Tlatelolco meeting, not to a Central Asian one
    review = item.proposals.get(type="review_and_plans")
    assert review.fields["regime"] == "tlatelolco"
    done = proposal_accept(proposal=review, acting_user=staff_user)
    decision = gov.Decision.objects.get(pk=int(done.record_ref.split(":")[1]))
    assert decision.meeting == meeting
    assert gov.Meeting.objects.filter(regime__slug="canwfz").count() == before


def test_a_zone_the_registry_does_not_hold_is_refused_and_nothing_is_written(staff_user):
    item = intake_item_receive(
        raw=OPANAL_SESSION.encode(), filename="opanal.txt", acting_user=staff_user
    ).item
    Regime.objects.filter(slug="tlatelolco").delete()
    proposal = item.proposals.get(type="consultative_meeting")
    meetings = gov.Meeting.objects.count()
    with pytest.raises(IntakeRefused, match="regime 'tlatelolco' is not in the registry"):
        proposal_accept(proposal=proposal, acting_user=staff_user)
    proposal.refresh_from_db()
    assert proposal.status == "proposed" and gov.Meeting.objects.count() == meetings


def test_a_reviewer_may_correct_the_regime(staff_user):
    _zone("tlatelolco")
    pelindaba = _zone("pelindaba")
    item = intake_item_receive(
        raw=OPANAL_SESSION.encode(), filename="opanal.txt", acting_user=staff_user
    ).item
    proposal = item.proposals.get(type="consultative_meeting")
    done = proposal_accept(
        proposal=proposal, acting_user=staff_user, edited_fields={"regime": "pelindaba"}
    )
    meeting = gov.Meeting.objects.get(pk=int(done.record_ref.split(":")[1]))
    assert meeting.regime == pelindaba


def test_mongolias_proposal_is_recorded_for_the_regime_whose_treaty_it_names(staff_user):
    from nwfz.registry.models import Instrument

    status, _ = Instrument.objects.get_or_create(
        slug="mongolia-nwfs", defaults={"kind": "treaty", "title_en": "Mongolia's status"}
    )
    mongolia, _ = Regime.objects.get_or_create(
        slug="mongolia", defaults={"name_en": "Mongolia", "treaty": status}
    )
    assert mongolia.treaty == status and not Regime.objects.filter(slug="mongolia-nwfs").exists()
    text = (
        "Ulaanbaatar, 20 November 2025. The Ministry of Foreign Affairs of Mongolia and OPANAL "
        "signed a memorandum of understanding on 13 November 2025 in Mexico City.\n"
    )
    item = intake_item_receive(raw=text.encode(), filename="mn.txt", acting_user=staff_user).item
    memo = item.proposals.get(type="memorandum")
    assert memo.fields["regime"] == "mongolia-nwfs"
    done = proposal_accept(proposal=memo, acting_user=staff_user)
    document = gov.OutcomeDocument.objects.get(pk=int(done.record_ref.split(":")[1]))
    assert document.regime == mongolia
