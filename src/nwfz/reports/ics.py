"""The iCalendar (RFC 5545) feed of a regime's calendar, built from plain CalendarItems.

Output is deterministic: the same items and the same data version give byte-identical
bytes, so a client polling the feed sees no change when nothing changed, and every
VEVENT keeps the UID its record carries, so a client updates an entry instead of
duplicating it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from django.utils import translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from nwfz import __version__
from nwfz.governance.records import CalendarItem

PRODID = f"-//nwfz//nwfz {__version__}//EN"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def build_calendar(
    items: Iterable[CalendarItem],
    *,
    name: str,
    lang: str = "en",
    version: datetime | None = None,
    base_url: str = "",
) -> bytes:
    """A VCALENDAR with one all-day VEVENT per item, as UTF-8 bytes with CRLF lines.

    `version` is the data version (when the calendar store was last revised, see
    `nwfz.read_cache.current_version`); it becomes every DTSTAMP. Without it DTSTAMP is
    the Unix epoch, still deterministic. `base_url` (e.g. "https://nwfz.example.org")
    makes each item's portal path an absolute URL property; without it URL is left out,
    since a bare path is not a URI.
    """
    stamp = _utc(version) if version else EPOCH
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-published-ttl", "P1D")
    calendar.add("refresh-interval", timedelta(days=1), parameters={"VALUE": "DURATION"})
    with translation.override(lang):
        sources_label = _("Sources")
        for item in sorted(items, key=lambda i: (i.start, i.uid)):
            calendar.add_component(_event(item, stamp, lang, sources_label, base_url))
    return calendar.to_ical()


def _event(
    item: CalendarItem, stamp: datetime, lang: str, sources_label: str, base_url: str
) -> Event:
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", item.start)
    event.add("dtend", exclusive_end(item.start, item.end))
    event.add("summary", item.title, parameters={"LANGUAGE": lang})
    if item.place:
        event.add("location", item.place, parameters={"LANGUAGE": lang})
    description = event_description(item.description, item.sources, sources_label)
    if description:
        event.add("description", description, parameters={"LANGUAGE": lang})
    if base_url and item.url_path:
        event.add("url", base_url.rstrip("/") + item.url_path, parameters={"VALUE": "URI"})
    event.add("categories", [item.kind])
    event.add("transp", "TRANSPARENT")
    return event


def exclusive_end(start: date, end: date | None) -> date:
    """RFC 5545 all-day DTEND: the day after the last day (a one-day item ends start+1)."""
    last = end if end and end >= start else start
    return last + timedelta(days=1)


def event_description(text: str, sources: list[str], sources_label: str) -> str:
    parts = [text.strip()] if text.strip() else []
    if sources:
        parts.append(f"{sources_label}:\n" + "\n".join(sources))
    return "\n\n".join(parts)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)
