"""The iCalendar feed: valid RFC 5545, stable UIDs, byte-identical for the same data."""

from dataclasses import replace
from datetime import UTC, date, datetime

from icalendar import Calendar

from nwfz.reports.ics import build_calendar, exclusive_end
from tests.reports.samples import MFA_KZ, MFA_TJ, UN_NPT, calendar_items

VERSION = datetime(2026, 2, 1, 9, 30, tzinfo=UTC)


def build(items=None, **kwargs) -> bytes:
    options = {"name": "CANWFZ: calendar", "lang": "en", "version": VERSION}
    return build_calendar(calendar_items() if items is None else items, **(options | kwargs))


def events(body: bytes) -> list:
    return Calendar.from_ical(body).walk("VEVENT")


def test_the_feed_parses_back_with_one_event_per_item():
    calendar = Calendar.from_ical(build())
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//nwfz//")
    assert str(calendar["X-WR-CALNAME"]) == "CANWFZ: calendar"
    assert len(calendar.walk("VEVENT")) == len(calendar_items())


def test_every_event_has_uid_dtstamp_dtstart_and_dtend():
    for event in events(build()):
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "CATEGORIES"):
            assert prop in event, prop


def test_uids_are_the_records_uids():
    assert {str(e["UID"]) for e in events(build())} == {i.uid for i in calendar_items()}


def test_all_day_events_end_the_day_after_their_last_day():
    by_uid = {str(e["UID"]): e for e in events(build())}
    meeting = by_uid["meeting-7@nwfz"]
    assert meeting["DTSTART"].dt == date(2025, 11, 19)
    assert meeting["DTEND"].dt == date(2025, 11, 21)
    anniversary = by_uid["anniversary-canwfz-signature-2026@nwfz"]
    assert anniversary["DTEND"].dt == date(2026, 9, 9)
    assert exclusive_end(date(2025, 1, 1), date(2024, 12, 31)) == date(2025, 1, 2)


def test_the_same_data_gives_byte_identical_output():
    assert build() == build()
    assert build(list(reversed(calendar_items()))) == build()


def test_dtstamp_is_the_data_version_not_the_clock():
    for event in events(build()):
        assert event["DTSTAMP"].dt == VERSION
    unknown = events(build(version=None))[0]["DTSTAMP"].dt
    assert unknown == datetime(1970, 1, 1, tzinfo=UTC)


def test_uids_are_stable_when_another_record_changes():
    before = {str(e["UID"]): str(e["SUMMARY"]) for e in events(build())}
    items = calendar_items()
    items[0] = replace(items[0], title="Annual consultative meeting (rescheduled)")
    after = {str(e["UID"]): str(e["SUMMARY"]) for e in events(build(items))}
    assert before.keys() == after.keys()
    changed = {uid for uid in before if before[uid] != after[uid]}
    assert changed == {"meeting-7@nwfz"}


def test_description_lists_the_sources_and_categories_name_the_kind():
    by_uid = {str(e["UID"]): e for e in events(build())}
    deadline = by_uid["deadline-art8-additional-protocol-TM@nwfz"]
    description = str(deadline["DESCRIPTION"])
    assert description.startswith("Additional Protocol in force within 18 months.")
    assert MFA_KZ in description and UN_NPT in description
    assert [str(c) for c in deadline["CATEGORIES"].cats] == ["deadline"]
    assert MFA_TJ in str(by_uid["meeting-7@nwfz"]["DESCRIPTION"])


def test_url_is_absolute_with_a_base_url_and_absent_without():
    assert all("URL" not in e for e in events(build()))
    with_links = events(build(base_url="https://nwfz.example.org/"))
    urls = {str(e["UID"]): str(e["URL"]) for e in with_links}
    assert urls["meeting-7@nwfz"] == (
        "https://nwfz.example.org/en/regimes/canwfz/governance/#meeting-7"
    )


def test_lines_are_crlf_and_folded_to_75_octets():
    body = build(base_url="https://nwfz.example.org")
    lines = body.split(b"\r\n")
    assert lines[-1] == b""
    assert all(len(line) <= 75 for line in lines)
    assert b"\n" not in body.replace(b"\r\n", b"")


def test_kazakh_and_russian_text_survive_the_round_trip():
    summaries = {str(e["SUMMARY"]) for e in events(build(lang="kk"))}
    assert "20th anniversary of the signature of the Treaty (Семей, Қазақстан)" in summaries
    summary = events(build(lang="kk"))[0]["SUMMARY"]
    assert summary.params["LANGUAGE"] == "kk"
