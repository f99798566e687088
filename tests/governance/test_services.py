"""Governance services: each writes in one transaction with an audit entry, and refuses
bad input with a message naming the record and the reason, writing nothing."""

from datetime import date

import pytest

from nwfz.accounts.models import AuditEntry
from nwfz.governance import services
from nwfz.governance.models import ActionItem, ChairTerm
from nwfz.governance.selectors import chair_on, open_action_items
from nwfz.governance.validation import GovernanceRefused

pytestmark = pytest.mark.django_db
SRC = ["gov-kz-mfa-2026-chair"]


def meeting(canwfz, start=date(2027, 1, 20), chair="KZ", **kw):
    return services.meeting_record(
        regime=canwfz,
        kind="annual_consultative",
        start=start,
        chair=chair,
        sources=SRC,
        acting_user="test",
        **kw,
    )


def test_chair_term_create_writes_the_term_and_an_audit_entry(canwfz):
    before = AuditEntry.objects.count()
    term = services.chair_term_create(
        regime=canwfz,
        state="KG",
        start=date(2027, 1, 1),
        end=date(2027, 12, 31),
        sources=SRC,
        acting_user="test",
    )
    assert (term.state.code, term.start, term.end) == ("KG", date(2027, 1, 1), date(2027, 12, 31))
    assert [s.key for s in term.sources.all()] == SRC
    entry = AuditEntry.objects.latest("id")
    assert AuditEntry.objects.count() == before + 1
    assert (entry.action, entry.object_id) == ("chair_term_create", str(term.id))


def test_overlapping_chair_term_is_refused_and_nothing_is_written(canwfz, counts):
    before = counts()
    with pytest.raises(GovernanceRefused) as exc:
        services.chair_term_create(
            regime=canwfz,
            state="KG",
            start=date(2026, 6, 1),
            end=date(2027, 5, 31),
            sources=SRC,
            acting_user="test",
        )
    assert str(exc.value).startswith(
        "chair term KG 2026-06-01–2027-05-31 overlaps the term of KZ 2026-01-01–2026-12-31"
    )
    assert counts() == before


def test_chair_term_ending_before_it_starts_is_refused(canwfz, counts):
    before = counts()
    with pytest.raises(
        GovernanceRefused,
        match=r"chair term KG 2027-12-31–2027-01-01: ends on "
        r"2027-01-01, before it starts on 2027-12-31",
    ):
        services.chair_term_create(
            regime=canwfz,
            state="KG",
            start=date(2027, 12, 31),
            end=date(2027, 1, 1),
            sources=SRC,
            acting_user="test",
        )
    assert counts() == before


def test_chair_term_of_a_non_party_is_refused(canwfz, counts):
    before = counts()
    with pytest.raises(GovernanceRefused, match="chair MN was not a party to canwfz on 2027-01-01"):
        services.chair_term_create(
            regime=canwfz,
            state="MN",
            start=date(2027, 1, 1),
            end=date(2027, 12, 31),
            sources=SRC,
            acting_user="test",
        )
    assert counts() == before


def test_meeting_chaired_by_a_state_not_yet_party_is_refused(canwfz, counts):
    before = counts()
    with pytest.raises(GovernanceRefused) as exc:
        meeting(canwfz, start=date(2008, 6, 1), chair="TM")
    assert str(exc.value) == "meeting 2008-06-01: chair TM was not a party to canwfz on 2008-06-01"
    assert counts() == before


def test_meeting_chaired_by_another_state_than_the_covering_term_is_refused(canwfz, counts):
    before = counts()
    with pytest.raises(GovernanceRefused) as exc:
        meeting(canwfz, start=date(2026, 6, 1), chair="UZ")
    assert str(exc.value) == (
        "meeting 2026-06-01: chair UZ disagrees with the chair term KZ 2026-01-01–2026-12-31, "
        "which covers 2026-06-01; correct one of them"
    )
    assert counts() == before
    # a meeting known only by its month is not compared with the terms
    partial = meeting(canwfz, start=date(2026, 6, 1), chair="UZ", date_precision="month")
    assert partial.chair.code == "UZ"


def test_a_chair_term_covering_a_meeting_chaired_by_another_state_is_refused(canwfz, counts):
    meeting(canwfz, start=date(2031, 3, 10), chair="TJ", title={"en": "Spring session"})
    before = counts()
    with pytest.raises(GovernanceRefused) as exc:
        services.chair_term_create(
            regime=canwfz,
            state="UZ",
            start=date(2031, 1, 1),
            end=date(2031, 12, 31),
            sources=SRC,
            acting_user="test",
        )
    assert str(exc.value) == (
        "chair term UZ 2031-01-01–2031-12-31: the term covers meeting 2031-03-10 (Spring "
        "session), whose recorded chair is TJ; correct one of them"
    )
    assert counts() == before
    # the meeting's own chair, or a term attested only by its year, is accepted
    services.chair_term_create(
        regime=canwfz,
        state="UZ",
        start=date(2031, 1, 1),
        end=date(2031, 12, 31),
        precision="year",
        sources=SRC,
        acting_user="test",
    )
    ChairTerm.objects.filter(start=date(2031, 1, 1)).delete()
    term = services.chair_term_create(
        regime=canwfz,
        state="TJ",
        start=date(2031, 1, 1),
        end=date(2031, 12, 31),
        sources=SRC,
        acting_user="test",
    )
    assert term.state.code == "TJ"


def test_a_handover_whose_new_term_covers_a_meeting_of_another_chair_is_refused(canwfz, counts):
    meeting(canwfz, start=date(2027, 2, 10), chair="UZ")
    m = meeting(canwfz, start=date(2026, 11, 20))
    before = counts()
    with pytest.raises(GovernanceRefused, match="covers meeting 2027-02-10, whose recorded chair"):
        services.decision_record(
            meeting=m,
            date=date(2026, 11, 20),
            kind="chair_handover",
            text="Kyrgyzstan takes the chair from 1 December 2026.",
            handover_to="KG",
            effective=date(2026, 12, 1),
            sources=SRC,
            acting_user="test",
        )
    assert counts() == before


def test_meeting_ending_before_it_starts_is_refused(canwfz, counts):
    before = counts()
    with pytest.raises(GovernanceRefused, match="meeting 2027-01-20: ends on 2027-01-19, before"):
        meeting(canwfz, end=date(2027, 1, 19))
    assert counts() == before


def test_meeting_record_writes_agenda_participants_and_audit(canwfz):
    m = meeting(
        canwfz,
        place="Astana",
        format="hybrid",
        participants=["KZ", "UZ"],
        observers=["unrcca"],
        agenda=["Report of the chair", {"en": "Plans", "ru": "Планы"}],
    )
    assert [a.text_en for a in m.agenda.all()] == ["Report of the chair", "Plans"]
    assert sorted(s.code for s in m.participants.all()) == ["KZ", "UZ"]
    assert AuditEntry.objects.latest("id").action == "meeting_record"


def test_decision_dated_before_its_meeting_is_refused(canwfz, counts):
    m = meeting(canwfz)
    before = counts()
    with pytest.raises(GovernanceRefused) as exc:
        services.decision_record(
            meeting=m, date=date(2027, 1, 19), kind="other", text="x", acting_user="test"
        )
    assert str(exc.value).startswith(
        "decision 2027-01-19 of meeting 2027-01-20: dated before its meeting"
    )
    assert counts() == before


def test_chair_handover_decision_creates_the_next_term_and_ends_the_current_one(canwfz):
    kz = ChairTerm.objects.get(regime=canwfz, start=date(2026, 1, 1))
    m = meeting(canwfz, start=date(2026, 11, 20))
    decision = services.decision_record(
        meeting=m,
        date=date(2026, 11, 20),
        kind="chair_handover",
        text="Kyrgyzstan takes the chair from 1 December 2026.",
        handover_to="KG",
        effective=date(2026, 12, 1),
        sources=SRC,
        acting_user="test",
    )
    kz.refresh_from_db()
    assert kz.end == date(2026, 11, 30)
    new = ChairTerm.objects.get(regime=canwfz, start=date(2026, 12, 1))
    assert (new.state.code, new.end, new.created_by_decision) == (
        "KG",
        date(2027, 11, 30),
        decision,
    )
    assert chair_on(canwfz, date(2026, 12, 1)).state == "KG"
    actions = list(AuditEntry.objects.order_by("-id").values_list("action", flat=True)[:3])
    assert actions == ["chair_term_create", "chair_term_close", "decision_record"]


def test_chair_handover_to_a_non_party_is_refused(canwfz, counts):
    m = meeting(canwfz, start=date(2026, 11, 20))
    before = counts()
    with pytest.raises(GovernanceRefused, match="new chair MN was not a party to canwfz"):
        services.decision_record(
            meeting=m,
            date=date(2026, 11, 20),
            kind="chair_handover",
            text="x",
            handover_to="MN",
            effective=date(2027, 1, 1),
            acting_user="test",
        )
    assert counts() == before


def test_chair_handover_onto_another_states_term_is_refused_and_nothing_is_written(canwfz, counts):
    services.chair_term_create(
        regime=canwfz,
        state="TJ",
        start=date(2027, 3, 1),
        end=date(2027, 12, 31),
        sources=SRC,
        acting_user="test",
    )
    m = meeting(canwfz, start=date(2026, 11, 20))
    before = counts()
    with pytest.raises(
        GovernanceRefused,
        match="chair term KG 2027-01-01–2027-12-31 overlaps the term of TJ 2027-03-01–2027-12-31",
    ):
        services.decision_record(
            meeting=m,
            date=date(2026, 11, 20),
            kind="chair_handover",
            text="x",
            handover_to="KG",
            effective=date(2027, 1, 1),
            acting_user="test",
        )
    assert counts() == before


def test_a_term_said_to_come_from_a_handover_must_match_it(canwfz, counts):
    m = meeting(canwfz, start=date(2026, 11, 20))
    services.decision_record(
        meeting=m,
        date=date(2026, 11, 20),
        kind="chair_handover",
        text="x",
        handover_to="KG",
        effective=date(2027, 1, 1),
        acting_user="test",
    )
    decision = m.decisions.get()
    before = counts()
    with pytest.raises(GovernanceRefused) as exc:
        services.chair_term_create(
            regime=canwfz,
            state="TJ",
            start=date(2028, 1, 1),
            end=date(2028, 12, 31),
            sources=SRC,
            acting_user="test",
            created_by_decision=decision,
        )
    assert str(exc.value) == (
        "chair term TJ from 2028-01-01: its decision 2026-11-20 of meeting 2026-11-20 hands "
        "the chair to KG on 2027-01-01; a term created by a handover must match it"
    )
    assert counts() == before


def test_action_item_owned_by_a_non_party_is_refused(canwfz, counts):
    m = meeting(canwfz)
    decision = services.decision_record(
        meeting=m, date=date(2027, 1, 20), kind="work_plan", text="plan", acting_user="test"
    )
    before = counts()
    with pytest.raises(GovernanceRefused) as exc:
        services.action_item_create(
            decision=decision, title="Draft a statement", owners=["KZ", "MN"], acting_user="test"
        )
    assert str(exc.value) == (
        "action item 'Draft a statement': owner MN was not a party to canwfz on 2027-01-20"
    )
    assert counts() == before


def test_action_items_stay_open_across_chair_terms_until_closed(canwfz):
    m = meeting(canwfz, start=date(2026, 3, 1))
    decision = services.decision_record(
        meeting=m, date=date(2026, 3, 1), kind="work_plan", text="plan", acting_user="test"
    )
    item = services.action_item_create(
        decision=decision,
        title="Publish a joint paper",
        owners=["KZ"],
        due=date(2026, 10, 1),
        acting_user="test",
    )
    # the next chair (2027, predicted Kyrgyzstan) sees it still open
    assert chair_on(canwfz, date(2027, 2, 1)).state == "KG"
    assert item.id in [a.id for a in open_action_items(canwfz, date(2027, 2, 1))]
    services.action_item_update_status(
        item=item, status="done", on=date(2027, 3, 1), acting_user="test"
    )
    assert item.id in [a.id for a in open_action_items(canwfz, date(2027, 2, 28))]
    assert item.id not in [a.id for a in open_action_items(canwfz, date(2027, 3, 1))]
    item.refresh_from_db()
    assert (item.status, item.closed_on) == ("done", date(2027, 3, 1))
    assert AuditEntry.objects.latest("id").action == "action_item_update_status"


def test_closing_an_action_item_before_its_decision_is_refused(canwfz):
    item = ActionItem.objects.get(key="canwfz-2026-20th-anniversary-events")
    with pytest.raises(
        GovernanceRefused,
        match="closed on 2025-12-31, before the decision of 2026-01-30 created it",
    ):
        services.action_item_update_status(
            item=item, status="done", on=date(2025, 12, 31), acting_user="test"
        )
    item.refresh_from_db()
    assert item.status == "open"


def test_extraordinary_request_and_its_outcome_are_recorded(canwfz):
    m = meeting(canwfz, start=date(2027, 4, 2))
    req = services.extraordinary_request_record(
        regime=canwfz,
        requesting_state="UZ",
        date=date(2027, 3, 1),
        subject="Transit question",
        outcome="held",
        meeting=m,
        sources=SRC,
        acting_user="test",
    )
    assert (req.requesting_state.code, req.outcome, req.meeting) == ("UZ", "held", m)
    assert AuditEntry.objects.latest("id").action == "extraordinary_request_record"


def test_extraordinary_request_by_a_non_party_is_refused(canwfz, counts):
    before = counts()
    with pytest.raises(GovernanceRefused, match="requesting state RU was not a party"):
        services.extraordinary_request_record(
            regime=canwfz,
            requesting_state="RU",
            date=date(2027, 3, 1),
            subject="x",
            acting_user="test",
        )
    assert counts() == before


def test_event_ending_before_it_starts_is_refused(canwfz, counts):
    before = counts()
    with pytest.raises(
        GovernanceRefused,
        match=r"event 2026-09-08 \(Conference\): ends on "
        "2026-09-07",
    ):
        services.event_plan(
            regime=canwfz,
            kind="commemorative",
            title="Conference",
            start=date(2026, 9, 8),
            end=date(2026, 9, 7),
            acting_user="test",
        )
    assert counts() == before


def test_event_plan_and_forum_coordination(canwfz):
    event = services.event_plan(
        regime=canwfz,
        kind="commemorative",
        title="Round table",
        start=date(2026, 9, 8),
        place="Semey",
        organiser_states=["KZ"],
        marks_key="signature",
        marks_ordinal=20,
        sources=SRC,
        acting_user="test",
    )
    assert (event.status, event.marks_key) == ("planned", "signature")
    session = services.forum_session_record(
        forum="unga-first-committee",
        title="UNGA 81 First Committee",
        start=date(2026, 10, 1),
        regimes=[canwfz],
        sources=SRC,
        acting_user="test",
    )
    item = services.coordination_item_record(
        session=session,
        regime=canwfz,
        kind="resolution",
        title="CANWFZ resolution",
        states=["KZ", "TM"],
        acting_user="test",
    )
    assert sorted(s.code for s in item.states.all()) == ["KZ", "TM"]


def test_unknown_forum_is_refused(canwfz, counts):
    before = counts()
    with pytest.raises(GovernanceRefused, match="unknown forum 'g20'"):
        services.forum_session_record(
            forum="g20", title="x", start=date(2026, 1, 1), acting_user="test"
        )
    assert counts() == before
