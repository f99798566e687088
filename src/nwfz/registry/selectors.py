"""Reads that the CLI, API, web pages and exports share."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from nwfz.read_cache import memoized
from nwfz.registry.languages import pick_text
from nwfz.registry.models import (
    EventAlternative,
    EventStatement,
    Instrument,
    NonPartyAssertion,
    ParticipationEvent,
    Regime,
    RegimeInstrument,
    Source,
    State,
)
from nwfz.registry.status import (
    Event,
    InstrumentTerms,
    NonParty,
    entry_into_force_for_state,
    known_by,
    status_on,
)
from nwfz.registry.status_history import StatusSpan, status_spans


class NotFound(LookupError):
    """An unknown slug or code; the message says what exists."""


@dataclass(frozen=True)
class CopyOf:
    """What a copied source reproduces: the original's publisher and, if found, address."""

    publisher: str
    url: str


def copies_by_url() -> dict[str, CopyOf]:
    """Every source recorded as a copy, by its own URL (the pages list sources by URL)."""
    return memoized(
        ("copies-by-url",),
        lambda: {
            url: CopyOf(publisher, original)
            for url, publisher, original in Source.objects.filter(kind="copy").values_list(
                "url", "original_publisher", "original_url"
            )
        },
    )


def regime_by_slug(slug: str) -> Regime:
    try:
        return Regime.objects.select_related("treaty").get(slug=slug)
    except Regime.DoesNotExist:
        known = ", ".join(Regime.objects.values_list("slug", flat=True)) or "none loaded"
        raise NotFound(f"unknown regime {slug!r} (known: {known})") from None


def resolve_instrument(slug: str) -> Instrument:
    """An instrument by slug; a regime's slug stands for its founding treaty."""
    return memoized(("instrument", slug), lambda: _resolve_instrument(slug))


def _resolve_instrument(slug: str) -> Instrument:
    regime = Regime.objects.select_related("treaty").filter(slug=slug).first()
    if regime is not None and regime.treaty is not None:
        return regime.treaty
    try:
        return Instrument.objects.get(slug=slug)
    except Instrument.DoesNotExist:
        known = sorted(
            set(Instrument.objects.values_list("slug", flat=True))
            | set(Regime.objects.values_list("slug", flat=True))
        )
        raise NotFound(
            f"unknown regime or instrument {slug!r} (known: {', '.join(known) or 'none loaded'})"
        ) from None


def state_by_code(code: str) -> State:
    try:
        return State.objects.get(code=code.upper())
    except State.DoesNotExist:
        known = ", ".join(State.objects.values_list("code", flat=True)) or "none loaded"
        raise NotFound(
            f"unknown state {code!r}: use an ISO 3166-1 alpha-2 code ({known})"
        ) from None


def instrument_terms(instrument: Instrument) -> InstrumentTerms:
    return InstrumentTerms(
        entry_into_force=instrument.entry_into_force,
        later_parties_rule=instrument.later_parties_rule,
        later_parties_days=instrument.later_parties_days,
        entry_into_force_sources=tuple(s.url for s in instrument.entry_into_force_sources.all()),
        opened=instrument.opened_for_signature_on or instrument.adopted_on,
    )


INSTRUMENT_DATES = ("adopted", "opened_for_signature", "entry_into_force")


def instrument_dates(instrument: Instrument, lang: str = "en") -> list[dict[str, Any]]:
    """The instrument's recorded dates (adopted, opened for signature, entry into force),
    each with its precision, place, note, the rule it was inferred by and its sources."""
    out = []
    for kind in INSTRUMENT_DATES:
        day = getattr(
            instrument, "entry_into_force" if kind == "entry_into_force" else f"{kind}_on"
        )
        if day is None:
            continue
        out.append(
            {
                "kind": kind,
                "date": day.isoformat(),
                "precision": getattr(instrument, f"{kind}_precision"),
                "place": instrument.localized(f"{kind}_place", lang),
                "note": instrument.localized(f"{kind}_note", lang),
                "inferred": getattr(instrument, f"{kind}_inferred"),
                "sources": [s.url for s in getattr(instrument, f"{kind}_sources").all()],
            }
        )
    return out


def non_parties(**filters: Any) -> dict[tuple[int, int], list[NonParty]]:
    """ "Not a party as of DATE" assertions matching `filters`, by (state id, instrument id)."""
    out: dict[tuple[int, int], list[NonParty]] = defaultdict(list)
    query = NonPartyAssertion.objects.filter(**filters).prefetch_related("sources")
    for row in query.order_by("as_of"):
        out[(row.state_id, row.instrument_id)].append(
            NonParty(row.as_of, tuple(s.url for s in row.sources.order_by("id")))
        )
    return dict(out)


@dataclass
class _EventRow:
    """A participation event as plain values (built with a few flat queries, no models)."""

    id: int
    state_id: int
    instrument_id: int
    action: str
    date: date
    precision: str
    notes: dict[str, str]
    inferred: str = ""
    sources: list[str] = field(default_factory=list)
    alternatives: list[dict[str, Any]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)

    def plain(self) -> Event:
        return Event(self.action, self.date, tuple(self.sources), self.precision)

    def as_json(self, lang: str) -> dict[str, Any]:
        return {
            "action": self.action,
            "date": self.date.isoformat(),
            "date_precision": self.precision,
            "note": pick_text(self.notes, lang),
            "inferred": self.inferred,
            "sources": self.sources,
            "alternatives": [
                {
                    "date": a["date"].isoformat(),
                    "date_precision": a["precision"],
                    "note": pick_text(a["notes"], lang),
                    "sources": a["sources"],
                }
                for a in self.alternatives
            ],
            "statements": [
                {
                    "kind": st["kind"],
                    "summary": pick_text(st["summaries"], lang),
                    "sources": st["sources"],
                }
                for st in self.statements
            ],
        }


def _event_rows(**filters: Any) -> list[_EventRow]:
    """Events matching `filters` (on ParticipationEvent), with sources and alternatives."""
    rows = {
        r["id"]: _EventRow(
            r["id"],
            r["state_id"],
            r["instrument_id"],
            r["action"],
            r["date"],
            r["date_precision"],
            {"en": r["note_en"], "ru": r["note_ru"], "kk": r["note_kk"]},
            r["inferred"],
        )
        for r in ParticipationEvent.objects.filter(**filters)
        .order_by("date")
        .values(
            "id",
            "state_id",
            "instrument_id",
            "action",
            "date",
            "date_precision",
            "note_en",
            "note_ru",
            "note_kk",
            "inferred",
        )
    }
    if not rows:
        return []
    links = ParticipationEvent.sources.through.objects.filter(participationevent_id__in=rows)
    for event_id, url in links.order_by("id").values_list("participationevent_id", "source__url"):
        rows[event_id].sources.append(url)
    alternatives = {}
    for a in (
        EventAlternative.objects.filter(event_id__in=rows)
        .order_by("date")
        .values("id", "event_id", "date", "date_precision", "note_en", "note_ru", "note_kk")
    ):
        alt = {
            "date": a["date"],
            "precision": a["date_precision"],
            "sources": [],
            "notes": {"en": a["note_en"], "ru": a["note_ru"], "kk": a["note_kk"]},
        }
        alternatives[a["id"]] = alt
        rows[a["event_id"]].alternatives.append(alt)
    if alternatives:
        alt_links = EventAlternative.sources.through.objects.filter(
            eventalternative_id__in=alternatives
        )
        for alt_id, url in alt_links.order_by("id").values_list(
            "eventalternative_id", "source__url"
        ):
            alternatives[alt_id]["sources"].append(url)
    _add_statements(rows)
    return list(rows.values())


def _add_statements(rows: dict[int, _EventRow]) -> None:
    """The reservations, declarations and interpretive statements made with the events."""
    statements = {}
    for st in (
        EventStatement.objects.filter(event_id__in=rows)
        .order_by("event_id", "position")
        .values("id", "event_id", "kind", "summary_en", "summary_ru", "summary_kk")
    ):
        entry = {
            "kind": st["kind"],
            "summaries": {"en": st["summary_en"], "ru": st["summary_ru"], "kk": st["summary_kk"]},
            "sources": [],
        }
        statements[st["id"]] = entry
        rows[st["event_id"]].statements.append(entry)
    if statements:
        links = EventStatement.sources.through.objects.filter(eventstatement_id__in=statements)
        for st_id, url in links.order_by("id").values_list("eventstatement_id", "source__url"):
            statements[st_id]["sources"].append(url)


def _status_row(
    code: str,
    name: str,
    rows: list[_EventRow],
    terms: InstrumentTerms,
    on: date,
    lang: str,
    non_party: list[NonParty] | None = None,
) -> dict[str, Any]:
    status = status_on([r.plain() for r in rows], terms, on, non_party or ())
    shown = sorted(
        (r for r in rows if known_by(r.plain()) <= on), key=lambda r: known_by(r.plain())
    )
    return {
        "state": code,
        "state_name": name,
        "status": status.status,
        "since": status.since.isoformat() if status.since else None,
        "since_precision": status.precision,
        "basis": status.basis,
        "as_of": status.as_of.isoformat() if status.as_of else None,
        "sources": list(status.sources),
        "conflict": any(r.alternatives for r in shown),
        "events": [r.as_json(lang) for r in shown],
    }


def state_names(lang: str) -> dict[str, str]:
    """ISO alpha-2 code -> the state's name in `lang` (a LangText: in the first language that
    has it where `lang` has none, and it says which)."""
    return {s.code: s.localized("name", lang) for s in State.objects.all()}


def _state_names(ids: set[int], lang: str) -> dict[int, tuple[str, str]]:
    out = {}
    for row in State.objects.filter(id__in=ids).values("id", "code", "name_en", f"name_{lang}"):
        out[row["id"]] = (row["code"], row[f"name_{lang}"] or row["name_en"])
    return out


def _instrument_snapshot(instrument: Instrument, lang: str):
    """What a status table needs, read once per data version: terms, events, state names."""
    terms = instrument_terms(instrument)
    by_state: dict[int, list[_EventRow]] = defaultdict(list)
    for row in _event_rows(instrument=instrument):
        by_state[row.state_id].append(row)
    assertions = {s: a for (s, _), a in non_parties(instrument=instrument).items()}
    state_ids = set(instrument.scope.values_list("id", flat=True)) | set(by_state)
    state_ids |= set(assertions)
    names = sorted(_state_names(state_ids, lang).items(), key=lambda kv: kv[1][0])
    return terms, dict(by_state), names, assertions


def status_table(instrument: Instrument, on: date, lang: str = "en") -> list[dict[str, Any]]:
    """One row per state in the instrument's scope or with events, as of `on`."""
    terms, by_state, names, assertions = memoized(
        ("status-table", instrument.pk, lang), lambda: _instrument_snapshot(instrument, lang)
    )
    return [
        _status_row(
            code, name, by_state.get(state_id, []), terms, on, lang, assertions.get(state_id)
        )
        for state_id, (code, name) in names
    ]


def regime_instruments(regime: Regime) -> list[RegimeInstrument]:
    return list(regime.links.select_related("instrument").order_by("position"))


def state_instruments(state: State) -> list[Instrument]:
    """Every instrument the state has events in or is in scope of, regimes' order first."""
    ids = set(state.events.values_list("instrument_id", flat=True))
    ids |= set(Instrument.objects.filter(scope=state).values_list("id", flat=True))
    ids |= set(
        NonPartyAssertion.objects.filter(state=state).values_list("instrument_id", flat=True)
    )
    order = {
        link.instrument_id: n
        for n, link in enumerate(RegimeInstrument.objects.order_by("regime", "position"))
    }
    instruments = Instrument.objects.filter(id__in=ids).prefetch_related("entry_into_force_sources")
    return sorted(instruments, key=lambda i: (order.get(i.id, 999), i.slug))


def state_participation(state: State, on: date, lang: str = "en") -> dict[str, Any]:
    rows_by_instrument: dict[int, list[_EventRow]] = defaultdict(list)
    for row in _event_rows(state=state):
        rows_by_instrument[row.instrument_id].append(row)
    instruments = []
    name = state.localized("name", lang)
    assertions = non_parties(state=state)
    for instrument in state_instruments(state):
        rows = rows_by_instrument[instrument.id]
        terms = instrument_terms(instrument)
        own = assertions.get((state.id, instrument.id))
        row = _status_row(state.code, name, rows, terms, on, lang, own)
        eif = entry_into_force_for_state([r.plain() for r in rows], terms)
        instruments.append(
            {
                "instrument": instrument.slug,
                "title": instrument.localized("title", lang),
                "kind": instrument.kind,
                "status": row["status"],
                "since": row["since"],
                "since_precision": row["since_precision"],
                "basis": row["basis"],
                "as_of": row["as_of"],
                "sources": row["sources"],
                "conflict": row["conflict"],
                "entry_into_force_for_state": eif.since.isoformat() if eif and eif.since else None,
                "events": row["events"],
            }
        )
    return {
        "state": state.code,
        "name": name,
        "nuclear_status": state.nuclear_status,
        "on": on.isoformat(),
        "instruments": instruments,
    }


def parties_on(regime: Regime, day: date) -> list[State]:
    """States for which the regime's treaty is in force on `day`."""
    if regime.treaty is None:
        return []
    rows = status_table(regime.treaty, day)
    codes = [r["state"] for r in rows if r["status"] == "in_force"]
    return list(State.objects.filter(code__in=codes).order_by("code"))


def conflicts_listing(lang: str = "en") -> list[dict[str, Any]]:
    """Every event where sources disagree, with both sides."""
    rows = _event_rows(alternatives__isnull=False)
    rows = list({r.id: r for r in rows}.values())
    states = dict(State.objects.values_list("id", "code"))
    instruments = dict(Instrument.objects.values_list("id", "slug"))
    out = [
        {"instrument": instruments[r.instrument_id], "state": states[r.state_id], **r.as_json(lang)}
        for r in rows
    ]
    return sorted(out, key=lambda c: (c["instrument"], c["state"], c["date"]))


@dataclass(frozen=True)
class History:
    """One row of a participation timeline: whose, its status spans and its events."""

    key: str  # state code or instrument slug
    label: str
    spans: list[StatusSpan]
    events: list[tuple[str, date, str]]  # (action, date, precision)


def instrument_history(instrument: Instrument, until: date, lang: str = "en") -> list[History]:
    """Every state's status in the instrument over time, up to `until` (exclusive)."""
    terms, by_state, names, _ = memoized(
        ("status-table", instrument.pk, lang), lambda: _instrument_snapshot(instrument, lang)
    )
    out = []
    for state_id, (code, name) in names:
        rows = by_state.get(state_id, [])
        out.append(
            History(
                code,
                name,
                status_spans([r.plain() for r in rows], terms, until),
                [(r.action, r.date, r.precision) for r in rows],
            )
        )
    return out


def state_history(state: State, until: date, lang: str = "en") -> list[History]:
    """The state's status in every instrument it is in scope of or has events in."""
    rows_by_instrument: dict[int, list[_EventRow]] = defaultdict(list)
    for row in _event_rows(state=state):
        rows_by_instrument[row.instrument_id].append(row)
    out = []
    for instrument in state_instruments(state):
        rows = rows_by_instrument[instrument.id]
        out.append(
            History(
                instrument.slug,
                instrument.localized("short_title", lang) or instrument.localized("title", lang),
                status_spans([r.plain() for r in rows], instrument_terms(instrument), until),
                [(r.action, r.date, r.precision) for r in rows],
            )
        )
    return out
