"""The floor: a bare ASGI app answering the status question straight from sqlite3.

Same question and same rules (nwfz.registry.status, plain functions), no framework: what
Python can do here at best. Reads the database file named by NWFZ_BARE_DB.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections import defaultdict
from datetime import date
from urllib.parse import parse_qs

from nwfz.registry.status import Event, InstrumentTerms, status_on

_local = threading.local()


def _db() -> sqlite3.Connection:
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(os.environ["NWFZ_BARE_DB"], check_same_thread=False)
        _local.conn = conn
    return conn


def status_rows(slug: str, on: date) -> list[dict]:
    db = _db()
    row = db.execute(
        "SELECT i.id, i.entry_into_force, i.later_parties_rule, i.later_parties_days "
        "FROM registry_instrument i LEFT JOIN registry_regime r ON r.treaty_id = i.id "
        "WHERE r.slug = ? OR i.slug = ? ORDER BY r.slug IS NULL LIMIT 1",
        (slug, slug),
    ).fetchone()
    if row is None:
        return []
    inst_id, eif, rule, days = row
    eif_sources = tuple(
        u
        for (u,) in db.execute(
            "SELECT s.url FROM registry_instrument_entry_into_force_sources x "
            "JOIN registry_source s ON s.id = x.source_id WHERE x.instrument_id = ?",
            (inst_id,),
        )
    )
    terms = InstrumentTerms(date.fromisoformat(eif) if eif else None, rule, days, eif_sources)
    states = dict(
        db.execute(
            "SELECT s.id, s.code FROM registry_instrument_scope x JOIN registry_state s "
            "ON s.id = x.state_id WHERE x.instrument_id = ?",
            (inst_id,),
        ).fetchall()
    )
    sources = defaultdict(list)
    for event_id, url in db.execute(
        "SELECT x.participationevent_id, s.url FROM registry_participationevent_sources x "
        "JOIN registry_source s ON s.id = x.source_id JOIN registry_participationevent e "
        "ON e.id = x.participationevent_id WHERE e.instrument_id = ?",
        (inst_id,),
    ):
        sources[event_id].append(url)
    events = defaultdict(list)
    for event_id, state_id, code, action, day, precision in db.execute(
        "SELECT e.id, e.state_id, s.code, e.action, e.date, e.date_precision "
        "FROM registry_participationevent e JOIN registry_state s ON s.id = e.state_id "
        "WHERE e.instrument_id = ? ORDER BY e.date",
        (inst_id,),
    ):
        states[state_id] = code
        events[state_id].append(
            (Event(action, date.fromisoformat(day), tuple(sources[event_id]), precision), event_id)
        )
    out = []
    for state_id, code in sorted(states.items(), key=lambda kv: kv[1]):
        rows = events[state_id]
        status = status_on([e for e, _ in rows], terms, on)
        out.append(
            {
                "state": code,
                "status": status.status,
                "since": status.since.isoformat() if status.since else None,
                "basis": status.basis,
                "sources": list(status.sources),
                "events": [
                    {"action": e.action, "date": e.date.isoformat(), "sources": list(e.sources)}
                    for e, _ in rows
                    if e.date <= on
                ],
            }
        )
    return out


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    parts = scope["path"].strip("/").split("/")
    query = parse_qs(scope.get("query_string", b"").decode())
    status, body = 404, b'{"error": "not found"}'
    if len(parts) == 4 and parts[:2] == ["api", "instruments"] and parts[3] == "status":
        try:
            on = date.fromisoformat(query.get("on", [date.today().isoformat()])[0])
            status, body = 200, json.dumps(status_rows(parts[2], on)).encode()
        except ValueError:
            status, body = 422, b'{"error": "on: not a date"}'
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
