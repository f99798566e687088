"""The portal's pages: meeting, calendar, sources, what changed, the feed, open data."""

import csv
import io
import json
from xml.etree import ElementTree

import pytest

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_every_page_links_the_change_feed_in_its_head(client):
    for url in (
        "/en/",
        "/ru/regimes/canwfz/",
        "/kk/sources/",
        "/en/meetings/canwfz-2024-12-05-ashgabat/",
    ):
        head = client.get(url).content.decode().split("</head>")[0]
        lang = url.split("/")[1]
        assert (
            f'<link rel="alternate" type="application/atom+xml" href="/{lang}/changes/feed.atom"'
            in head
        ), url


def test_home_shows_what_is_happening_now(client):
    html = client.get("/en/").content.decode()
    for heading in ("Chair", "Next meeting", "Upcoming anniversaries", "Events and fora"):
        assert f"<h3>{heading}</h3>" in html
    assert "Recent changes to the record" in html


def test_home_puts_a_zone_with_a_chair_today_before_the_reference_zones(client):
    html = client.get("/en/").content.decode()
    first = html.index('class="regime-now"')
    assert 'id="regime-canwfz"' in html[first : first + 200]


def test_meeting_page_lists_decisions_and_sources(client):
    html = client.get("/en/meetings/canwfz-2024-12-05-ashgabat/").content.decode()
    assert "Strengthening cooperation" in html and 'href="http' in html
    assert client.get("/en/meetings/no-such-meeting/").status_code == 404


def test_calendar_page_offers_a_subscription_and_the_file(client):
    html = client.get("/en/regimes/canwfz/calendar/").content.decode()
    assert 'href="webcal://' in html and 'href="/en/regimes/canwfz/calendar.ics"' in html
    ics = client.get("/ru/regimes/canwfz/calendar.ics")
    assert ics.status_code == 200 and b"BEGIN:VCALENDAR" in ics.content


def test_sources_page_says_what_each_source_supports_and_whether_it_is_a_copy(client):
    html = client.get("/en/sources/").content.decode()
    assert 'id="source-astanatimes-2026-02-02-chair"' in html
    assert "Supports" in html and "Not a copy: the source as published." in html


def test_the_feed_has_one_entry_per_change_with_what_its_sources_and_date(client):
    from nwfz.accounts.models import AuditEntry

    load = AuditEntry.objects.filter(action="package_load").latest("id")
    rows = load.after["changes"]  # the load lists each row it wrote
    assert len(rows) > 50 and {r["change"] for r in rows} == {"added"}
    body = client.get("/en/changes/feed.atom").content
    entries = ElementTree.fromstring(body).findall(f"{ATOM}entry")
    assert len(entries) == 50  # one per row, newest load first, up to the feed's length
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(set(ids)) == len(ids)
    first = entries[0]
    assert first.find(f"{ATOM}title").text.startswith("Record added: ")
    assert first.find(f"{ATOM}updated").text.startswith(load.at.date().isoformat())
    assert "/en/changes/" in first.find(f"{ATOM}link").attrib["href"]
    shown = {e.find(f"{ATOM}title").text.rsplit(": ", 1)[1] for e in entries}
    cited = [
        [x.attrib["href"] for x in e.findall(f"{ATOM}link") if x.attrib.get("rel") == "related"]
        for e in entries
    ]
    assert any(cited), "rows cite their sources as related links"
    by_key = {r["key"]: r["sources"] for r in rows}
    for e, urls in zip(entries, cited, strict=True):
        key = e.find(f"{ATOM}title").text.rsplit(": ", 1)[1]
        assert urls == by_key[key], key
    assert len(shown) > 1
    assert client.get("/ru/changes/").status_code == 200


def test_intake_activity_is_not_in_the_change_feed(client):
    from django.db import transaction

    from nwfz.accounts.audit import audit_record

    with transaction.atomic():
        audit_record(
            acting_user="desk",
            action="intake_item_receive",
            object_type="intake_item",
            object_id=99,
            after={"filename": "secret-draft.txt"},
        )
    assert b"secret-draft" not in client.get("/en/changes/feed.atom").content
    assert b"secret-draft" not in client.get("/en/changes/").content


def test_every_table_downloads_as_csv_and_json_with_sources(client):
    from nwfz.opendata.tables import TABLES

    for table in TABLES:
        response = client.get(f"/data/{table.name}.csv")
        assert response.status_code == 200, table.name
        text = response.content.decode()
        assert next(csv.reader(io.StringIO(text))) == table.column_names, table.name
        rows = list(csv.DictReader(io.StringIO(text)))
        data = json.loads(client.get(f"/data/{table.name}.json").content)
        assert len(data["rows"]) == len(rows), table.name
        if "sources" in table.column_names and rows:
            assert isinstance(data["rows"][0]["sources"], list)


def test_participation_events_json_follows_the_api_contract(client):
    rows = json.loads(client.get("/data/participation_events.json").content)["rows"]
    kz = next(
        r
        for r in rows
        if r["state"] == "KZ" and r["instrument"] == "canwfz" and r["action"] == "signed"
    )
    assert kz["date"] == "2006-09-08" and kz["sources"][0].startswith("http")


def test_the_data_package_descriptor_describes_every_table(client):
    from nwfz.opendata.tables import TABLES

    descriptor = json.loads(client.get("/data/datapackage.json").content)
    assert descriptor["profile"] == "tabular-data-package"
    names = [r["name"] for r in descriptor["resources"]]
    assert names == [t.name for t in TABLES]
    for resource in descriptor["resources"]:
        assert resource["path"] == f"{resource['name']}.csv" and resource["schema"]["fields"]
    assert client.get("/data/nwfz-public-record.zip")["Content-Type"] == "application/zip"
    assert client.get("/data/nowhere.csv").status_code == 404
