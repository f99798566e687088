"""The status rules, one edge each, without a database."""

from datetime import date

from nwfz.registry.status import (
    Event,
    InstrumentTerms,
    NonParty,
    entry_into_force_for_state,
    status_on,
)
from nwfz.registry.status_history import status_spans

TREATY = InstrumentTerms(entry_into_force=date(2009, 3, 21), entry_into_force_sources=("un-sg",))
KZ = [
    Event("signed", date(2006, 9, 8), ("sig",)),
    Event("ratified", date(2008, 12, 11), ("rat",)),
]


def test_nothing_before_signature_is_not_signed():
    s = status_on(KZ, TREATY, date(2006, 9, 7))
    assert (s.status, s.since, s.sources) == ("not_signed", None, ())


def test_signature_counts_on_its_own_day():
    s = status_on(KZ, TREATY, date(2006, 9, 8))
    assert (s.status, s.since, s.sources) == ("signed", date(2006, 9, 8), ("sig",))


def test_ratification_before_the_treaty_is_in_force_is_ratified():
    s = status_on(KZ, TREATY, date(2009, 3, 20))
    assert (s.status, s.since, s.basis) == ("ratified", date(2008, 12, 11), "ratified")


def test_early_ratifier_is_in_force_on_the_day_the_treaty_enters_into_force():
    s = status_on(KZ, TREATY, date(2009, 3, 21))
    assert (s.status, s.since, s.basis) == (
        "in_force",
        date(2009, 3, 21),
        "instrument_entry_into_force",
    )
    assert s.sources == ("rat", "un-sg")


def test_later_party_on_deposit_is_in_force_from_its_deposit():
    npt = InstrumentTerms(entry_into_force=date(1970, 3, 5))
    events = [Event("acceded", date(1994, 2, 14))]
    assert status_on(events, npt, date(1994, 2, 13)).status == "not_signed"
    s = status_on(events, npt, date(1994, 2, 14))
    assert (s.status, s.since, s.basis) == ("in_force", date(1994, 2, 14), "acceded")


def test_later_party_with_a_delay_is_ratified_until_the_delay_runs_out():
    tpnw = InstrumentTerms(date(2021, 1, 22), "days_after_deposit", 90)
    events = [Event("signed", date(2018, 3, 2)), Event("deposited", date(2020, 1, 10))]
    assert status_on(events, tpnw, date(2021, 1, 21)).status == "ratified"
    # deposited before the treaty's own entry into force: in force with the treaty
    assert status_on(events, tpnw, date(2021, 1, 22)).since == date(2021, 1, 22)
    late = [Event("deposited", date(2022, 1, 1))]
    assert status_on(late, tpnw, date(2022, 3, 31)).status == "ratified"
    assert status_on(late, tpnw, date(2022, 4, 1)).since == date(2022, 4, 1)


def test_instrument_not_in_force_leaves_ratifiers_ratified():
    ctbt = InstrumentTerms(
        entry_into_force=None, later_parties_rule="days_after_deposit", later_parties_days=30
    )
    events = [Event("signed", date(1996, 9, 30)), Event("ratified", date(2002, 5, 14))]
    assert status_on(events, ctbt, date(2026, 1, 1)).status == "ratified"


def test_bilateral_agreement_needs_its_own_entry_into_force_event():
    csa = InstrumentTerms(entry_into_force=None, later_parties_rule="bilateral")
    signed_only = [Event("signed", date(1994, 7, 26))]
    assert status_on(signed_only, csa, date(2000, 1, 1)).status == "signed"
    events = signed_only + [Event("entered_into_force", date(1995, 8, 11), ("iaea",))]
    assert status_on(events, csa, date(1995, 8, 10)).status == "signed"
    s = status_on(events, csa, date(1995, 8, 11))
    assert (s.status, s.since, s.sources) == ("in_force", date(1995, 8, 11), ("iaea",))


def test_explicit_entry_into_force_event_wins_over_the_derived_date():
    events = KZ + [Event("entered_into_force", date(2009, 4, 1), ("x",))]
    assert entry_into_force_for_state(events, TREATY).since == date(2009, 4, 1)


def test_withdrawal_takes_effect_on_its_day_and_not_before():
    events = KZ + [
        Event("withdrew", date(2030, 1, 1)),
        Event("withdrawal_effective", date(2030, 4, 1), ("notice",)),
    ]
    assert status_on(events, TREATY, date(2030, 3, 31)).status == "in_force"
    s = status_on(events, TREATY, date(2030, 4, 1))
    assert (s.status, s.since, s.sources) == ("withdrawn", date(2030, 4, 1), ("notice",))


def test_withdrawal_without_an_effective_date_counts_from_the_notice():
    events = KZ + [Event("withdrew", date(2030, 1, 1))]
    assert status_on(events, TREATY, date(2030, 1, 1)).status == "withdrawn"


def test_events_after_the_day_are_not_listed():
    s = status_on(KZ, TREATY, date(2007, 1, 1))
    assert [e.action for e in s.events] == ["signed"]


def test_protocol_enters_into_force_for_each_state_on_its_own_deposit():
    protocol = InstrumentTerms(entry_into_force=None, later_parties_rule="each_on_deposit")
    events = [Event("signed", date(2014, 5, 6)), Event("ratified", date(2014, 11, 17), ("u",))]
    assert status_on(events, protocol, date(2014, 11, 16)).status == "signed"
    s = status_on(events, protocol, date(2014, 11, 17))
    assert (s.status, s.since, s.sources) == ("in_force", date(2014, 11, 17), ("u",))
    assert status_on(events[:1], protocol, date(2026, 1, 1)).status == "signed"


def test_a_date_known_only_to_the_year_counts_from_the_end_of_that_year():
    npt = InstrumentTerms(entry_into_force=date(1970, 3, 5))
    events = [Event("acceded", date(1994, 1, 1), ("y",), "year")]
    assert status_on(events, npt, date(1993, 12, 31)).status == "not_signed"
    # within the year the accession may or may not have happened yet
    assert status_on(events, npt, date(1994, 12, 30)).status == "unknown"
    s = status_on(events, npt, date(1994, 12, 31))
    assert (s.status, s.since, s.precision) == ("in_force", date(1994, 1, 1), "year")


def test_a_precise_ratification_wins_over_a_deposit_known_only_to_the_year():
    events = [
        Event("deposited", date(2007, 1, 1), ("d",), "year"),
        Event("ratified", date(2007, 3, 22), ("r",)),
    ]
    s = status_on(events, TREATY, date(2007, 6, 1))
    assert (s.status, s.since, s.basis) == ("ratified", date(2007, 3, 22), "ratified")


def test_a_month_precision_event_counts_from_the_last_day_of_the_month():
    events = [Event("signed", date(2024, 2, 1), (), "month")]
    assert status_on(events, TREATY, date(2024, 1, 31)).status == "not_signed"
    assert status_on(events, TREATY, date(2024, 2, 28)).status == "unknown"
    assert status_on(events, TREATY, date(2024, 2, 29)).status == "signed"


def test_no_event_and_no_source_saying_otherwise_is_unknown():
    s = status_on([], TREATY, date(2026, 1, 1))
    assert (s.status, s.since, s.basis) == ("unknown", None, "no_record")


def test_a_non_party_assertion_makes_not_signed_up_to_its_date_only():
    said = [NonParty(date(2020, 6, 30), ("list",))]
    s = status_on([], TREATY, date(2020, 6, 30), said)
    assert (s.status, s.basis, s.sources, s.as_of) == (
        "not_signed",
        "not_a_party_as_of",
        ("list",),
        date(2020, 6, 30),
    )
    assert status_on([], TREATY, date(2015, 1, 1), said).status == "not_signed"
    assert status_on([], TREATY, date(2020, 7, 1), said).status == "unknown"


def test_before_the_instrument_opened_every_state_is_not_signed():
    opened = InstrumentTerms(entry_into_force=date(2009, 3, 21), opened=date(2006, 9, 8))
    s = status_on([], opened, date(2006, 9, 7))
    assert (s.status, s.basis) == ("not_signed", "before_opening")
    assert status_on([], opened, date(2006, 9, 8)).status == "unknown"


def test_a_consent_with_no_recorded_signature_leaves_the_time_before_it_unknown():
    events = [Event("ratified", date(2008, 12, 11))]
    assert status_on(events, TREATY, date(2007, 1, 1)).status == "unknown"
    assert status_on(events, TREATY, date(2008, 12, 11)).status == "ratified"


def test_a_domestic_approval_never_changes_the_status():
    approved = [Event("approved_domestically", date(1994, 1, 12), ("parl",))]
    npt = InstrumentTerms(entry_into_force=date(1970, 3, 5))
    s = status_on(approved, npt, date(2000, 1, 1))
    assert (s.status, [e.action for e in s.events]) == ("unknown", ["approved_domestically"])
    signed = KZ[:1] + [Event("approved_domestically", date(2008, 10, 1))]
    assert status_on(signed, TREATY, date(2008, 11, 1)).status == "signed"


RE_ACCESSION = [
    Event("acceded", date(1985, 1, 10), ("a1",)),
    Event("withdrew", date(2003, 1, 10), ("w",)),
    Event("withdrawal_effective", date(2003, 4, 10), ("we",)),
    Event("acceded", date(2012, 5, 1), ("a2",)),
]
NPT = InstrumentTerms(entry_into_force=date(1970, 3, 5))


def test_a_withdrawal_then_a_new_accession_follows_the_latest_events():
    assert status_on(RE_ACCESSION, NPT, date(2000, 1, 1)).since == date(1985, 1, 10)
    assert status_on(RE_ACCESSION, NPT, date(2003, 4, 9)).status == "in_force"
    s = status_on(RE_ACCESSION, NPT, date(2010, 1, 1))
    assert (s.status, s.since, s.sources) == ("withdrawn", date(2003, 4, 10), ("we",))
    s = status_on(RE_ACCESSION, NPT, date(2012, 5, 1))
    assert (s.status, s.since, s.sources) == ("in_force", date(2012, 5, 1), ("a2",))
    assert entry_into_force_for_state(RE_ACCESSION, NPT).since == date(2012, 5, 1)


def test_the_status_history_of_a_re_accession_has_both_participations():
    spans = status_spans(RE_ACCESSION, NPT, date(2020, 1, 1))
    assert [(s.status, s.start) for s in spans] == [
        ("in_force", date(1985, 1, 10)),
        ("withdrawn", date(2003, 4, 10)),
        ("in_force", date(2012, 5, 1)),
    ]
