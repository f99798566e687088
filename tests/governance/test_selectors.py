"""Governance reads over the bundled CANWFZ record: calendar items, year record, deadlines."""

from datetime import date

import pytest

from nwfz.governance import selectors
from nwfz.governance.records import CalendarItem, YearRecord, as_json
from nwfz.registry.models import ParticipationEvent

pytestmark = pytest.mark.django_db


def test_chair_on_1_june_2026_is_kazakhstan_with_sources(canwfz):
    term = selectors.chair_on(canwfz, date(2026, 6, 1))
    assert (term.state, term.start, term.end, term.basis) == (
        "KZ",
        date(2026, 1, 1),
        date(2026, 12, 31),
        "recorded",
    )
    assert "https://www.gov.kz/memleket/entities/mfa/press/news/details/1151754?lang=en" in (
        term.sources
    )


def test_selectors_accept_a_slug(canwfz):
    assert selectors.chair_on("canwfz", date(2026, 6, 1)).state == "KZ"


def ap_in_force_dates():
    rows = ParticipationEvent.objects.filter(
        instrument__slug="iaea-ap", action="entered_into_force"
    )
    return {e.state.code: e.date for e in rows.select_related("state")}


def test_article_8_deadline_follows_the_registry_dates(canwfz):
    on = date(2026, 11, 25)
    rows = {d.state: d for d in selectors.deadline_table(canwfz, on)}
    assert set(rows) == {"KG", "KZ", "TJ", "TM", "UZ"}
    assert {d.due for d in rows.values()} == {date(2010, 9, 21)}
    reached = ap_in_force_dates()
    for code, row in rows.items():
        assert row.met_on == reached.get(code)
        if row.met_on is None:
            # no event in the Additional Protocol and no source saying there is none
            assert (row.status, row.days_late) == ("undetermined", None)
            assert "no date for" in row.reason
        elif row.met_on <= date(2010, 9, 21):
            assert (row.status, row.days_late) == ("met", None)
        else:
            assert (row.status, row.days_late) == ("late", (row.met_on - date(2010, 9, 21)).days)
    assert (rows["KZ"].status, rows["KZ"].met_on) == ("met", date(2007, 5, 9))
    assert (rows["KG"].status, rows["KG"].met_on_precision) == ("late", "year")
    assert rows["TM"].status == "undetermined"
    assert "Turkmenistan: IAEA AP, entered into force" in rows["TM"].reason


def test_a_source_saying_not_a_party_makes_a_missed_deadline_late(canwfz):
    from nwfz.registry.models import Instrument, NonPartyAssertion, Source, State

    said = NonPartyAssertion.objects.create(
        state=State.objects.get(code="TM"),
        instrument=Instrument.objects.get(slug="iaea-ap"),
        as_of=date(2026, 12, 31),
    )
    said.sources.add(Source.objects.first())
    on = date(2026, 11, 25)
    rows = {d.state: d for d in selectors.deadline_table(canwfz, on)}
    assert (rows["TM"].status, rows["TM"].days_late) == ("late", (on - date(2010, 9, 21)).days)


def test_deadline_is_pending_before_it_falls_due(canwfz):
    on = date(2010, 1, 1)
    reached = ap_in_force_dates()
    for row in selectors.deadline_table(canwfz, on):
        before = reached.get(row.state)
        expected = "met" if before is not None and before <= on else "pending"
        assert row.status == expected, row.state
    assert "pending" in {r.status for r in selectors.deadline_table(canwfz, on)}


def test_upcoming_anniversaries_of_2026(canwfz):
    found = selectors.upcoming_anniversaries(canwfz, date(2026, 1, 1), date(2026, 12, 31))
    by_key = {a.key: a for a in found}
    assert (by_key["signature"].date, by_key["signature"].ordinal, by_key["signature"].round) == (
        date(2026, 9, 8),
        20,
        True,
    )
    assert by_key["entry-into-force"].date == date(2026, 3, 21)
    assert by_key["day-against-nuclear-tests"].date == date(2026, 8, 29)


def test_calendar_items_have_stable_uids_and_inclusive_ends(canwfz):
    items = selectors.calendar_items(canwfz, date(2026, 1, 1), date(2026, 12, 31))
    assert all(isinstance(i, CalendarItem) for i in items)
    uids = {i.uid for i in items}
    assert "anniversary-canwfz-signature-2026@nwfz" in uids
    assert "anniversary-canwfz-entry-into-force-2026@nwfz" in uids
    revcon = next(i for i in items if i.kind == "forum_session" and "Eleventh" in i.title)
    assert (revcon.start, revcon.end) == (date(2026, 4, 27), date(2026, 5, 22))
    meeting = next(i for i in items if i.kind == "meeting")
    assert meeting.uid.startswith("meeting-") and meeting.url_path.startswith("/en/meetings/")
    again = selectors.calendar_items(canwfz, date(2026, 1, 1), date(2026, 12, 31))
    assert [i.uid for i in again] == [i.uid for i in items]


def test_deadline_calendar_items_fall_on_the_due_day(canwfz):
    items = selectors.calendar_items(canwfz, date(2010, 9, 1), date(2010, 9, 30))
    assert {i.uid for i in items if i.kind == "deadline"} == {
        f"deadline-art8-additional-protocol-{c}@nwfz" for c in ("KG", "KZ", "TJ", "TM", "UZ")
    }


def test_year_record_2026(canwfz):
    record = selectors.year_record(canwfz, 2026)
    assert isinstance(record, YearRecord)
    assert (record.chair.state, record.chair.basis) == ("KZ", "recorded")
    assert (record.next_chair.state, record.next_chair.basis) == ("KG", "predicted")
    assert [m.start for m in record.meetings] == [date(2026, 1, 30)]
    assert record.handover.handover_to == "KZ"
    assert len(record.actions_open) == 3 and record.actions_done == []
    assert [s.title for s in record.fora] == [
        "Eleventh NPT Review Conference",
        "First Review Conference of the TPNW",  # errata 2026-11: 30 Nov - 4 Dec, New York
    ]
    assert record.sources and len(record.sources) == len(set(record.sources))
    assert as_json(record)["chair"]["start"] == "2026-01-01"
    assert record.chair.inferred == "first day: the rotation rule's handover day, 1 January"
    assert record.next_chair.inferred == ""  # predicted, not recorded


def test_year_record_2022_has_the_handover_to_tajikistan(canwfz):
    record = selectors.year_record(canwfz, 2022)
    assert record.chair.state == "KG" and record.next_chair.state == "TJ"
    assert (record.handover.handover_to, record.handover.effective) == ("TJ", date(2023, 1, 1))


def test_year_record_2025_has_a_predicted_chair(canwfz):
    record = selectors.year_record(canwfz, 2025)
    assert (record.chair.state, record.chair.basis, record.chair.sources) == ("UZ", "predicted", [])
    assert {s.title for s in record.fora} >= {"Third Meeting of States Parties to the TPNW"}


def test_events_and_memoranda(canwfz):
    events = selectors.events_in(canwfz, date(2024, 1, 1), date(2024, 12, 31))
    assert [e.marks for e in events] == ["canwfz-entry-into-force-15"]
    outcomes = {o.title: o for o in selectors.standalone_outcomes(canwfz)}
    afcone = outcomes["Memorandum of Cooperation between the CANWFZ and AFCONE"]
    assert (afcone.date, afcone.precision) == (date(2023, 12, 1), "month")


def test_a_withdrawal_known_only_to_the_month_counts_from_its_last_day_as_in_the_status_rule(
    canwfz,
):
    from datetime import date

    from nwfz.governance.selectors.chairs import withdrawn_states
    from nwfz.registry.models import ParticipationEvent, State

    kg = State.objects.get(code="KG")
    ParticipationEvent.objects.create(
        instrument=canwfz.treaty, state=kg, action="withdrew", date=date(2030, 3, 1),
        date_precision="month",
    )  # fmt: skip
    assert withdrawn_states(canwfz)["KG"] == date(2030, 3, 31)
    ParticipationEvent.objects.create(
        instrument=canwfz.treaty, state=kg, action="withdrawal_effective", date=date(2030, 9, 1)
    )
    assert withdrawn_states(canwfz)["KG"] == date(2030, 9, 1)
