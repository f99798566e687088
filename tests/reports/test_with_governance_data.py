"""The feed and the report read from the bundled governance data (real selectors)."""

from io import BytesIO

import pytest
from docx import Document
from icalendar import Calendar

from nwfz.governance.models import Event
from nwfz.registry.selectors import regime_by_slug, state_names
from nwfz.reports.annual import render_annual_report
from nwfz.reports.annual_content import deadline_status
from nwfz.reports.reads import year_record
from nwfz.web import page_cache
from tests.reports.samples import year_record as sample_record

pytestmark = pytest.mark.django_db
WHOLE_HISTORY = "/calendar/canwfz.ics?from=2006-01-01&to=2030-12-31"


def feed(client, url: str = WHOLE_HISTORY) -> bytes:
    response = client.get(url)
    assert response.status_code == 200
    return response.content


def test_the_feed_holds_every_kind_and_every_event_is_complete(client):
    events = Calendar.from_ical(feed(client)).walk("VEVENT")
    kinds = {str(c) for e in events for c in e["CATEGORIES"].cats}
    assert kinds == {"meeting", "event", "forum_session", "anniversary", "deadline"}
    for event in events:
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} <= set(event.keys())
        assert event["DTEND"].dt > event["DTSTART"].dt
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))


def test_the_same_data_gives_the_same_bytes(client):
    assert feed(client) == feed(client)


def test_uids_survive_a_change_to_another_record(client):
    def summaries() -> dict[str, str]:
        events = Calendar.from_ical(feed(client)).walk("VEVENT")
        return {str(e["UID"]): str(e["SUMMARY"]) for e in events}

    before = summaries()
    event = Event.objects.order_by("id").first()
    Event.objects.filter(pk=event.pk).update(title_en=event.title_en + " (moved)")
    page_cache.clear()  # a write behind the services' back leaves the data version as it was
    after = summaries()
    assert before.keys() == after.keys()
    assert [uid for uid in before if before[uid] != after[uid]] == [f"event-{event.pk}@nwfz"]


def test_the_russian_feed_is_in_russian(client):
    body = feed(client, WHOLE_HISTORY + "&lang=ru").decode("utf-8")
    assert "SUMMARY;LANGUAGE=ru:" in body
    assert "Казахстан" in body.replace("\r\n ", "")


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_2025_report_renders_from_the_record(lang):
    regime = regime_by_slug("canwfz")
    record = year_record(regime, 2025, lang)
    names = state_names(lang)
    document = Document(BytesIO(render_annual_report(record, lang=lang, fmt="docx",
                                                     state_names=names)))  # fmt: skip
    text = "\n".join(p.text for p in document.paragraphs)
    assert record.chair is not None and record.chair.state_name in text
    html = render_annual_report(record, lang=lang, fmt="html", state_names=names).decode()
    assert record.regime_name in html


def test_a_deadline_past_due_and_not_met_is_overdue_not_met_late():
    deadlines = sample_record().deadlines
    overdue = type(deadlines[0])("art8-additional-protocol", "TM", deadlines[0].due, None,
                                 5580, "late")  # fmt: skip
    assert deadline_status(overdue) == "overdue"
    assert [deadline_status(d) for d in deadlines] == ["pending", "met"]
