"""Reads that the CLI, API, web pages and exports share."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from django.db.models import Prefetch

from nwfz.registry.models import (
    Instrument,
    ParticipationEvent,
    Regime,
    RegimeInstrument,
    Source,
    State,
)
from nwfz.registry.status import Event, InstrumentTerms, entry_into_force_for_state, status_on


class NotFound(LookupError):
    """An unknown slug or code; the message says what exists."""


def regime_by_slug(slug: str) -> Regime:
    try:
        return Regime.objects.select_related("treaty").get(slug=slug)
    except Regime.DoesNotExist:
        known = ", ".join(Regime.objects.values_list("slug", flat=True)) or "none loaded"
        raise NotFound(f"unknown regime {slug!r} (known: {known})") from None


def resolve_instrument(slug: str) -> Instrument:
    """An instrument by slug; a regime's slug stands for its founding treaty."""
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
    )


def _events_query():
    return ParticipationEvent.objects.select_related("state", "instrument").prefetch_related(
        Prefetch("sources", queryset=Source.objects.only("id", "url")),
        "alternatives__sources",
    )


def _event_json(e: ParticipationEvent, lang: str = "en") -> dict[str, Any]:
    return {
        "action": e.action,
        "date": e.date.isoformat(),
        "date_precision": e.date_precision,
        "note": e.localized("note", lang),
        "sources": [s.url for s in e.sources.all()],
        "alternatives": [
            {
                "date": a.date.isoformat(),
                "date_precision": a.date_precision,
                "note": a.localized("note", lang),
                "sources": [s.url for s in a.sources.all()],
            }
            for a in e.alternatives.all()
        ],
    }


def _plain_events(rows: list[ParticipationEvent]) -> list[Event]:
    return [
        Event(e.action, e.date, tuple(s.url for s in e.sources.all()), e.date_precision)
        for e in rows
    ]


def _status_row(
    state: State, rows: list[ParticipationEvent], terms: InstrumentTerms, on: date, lang: str
) -> dict[str, Any]:
    status = status_on(_plain_events(rows), terms, on)
    shown = [e for e in rows if e.date <= on]
    return {
        "state": state.code,
        "state_name": state.localized("name", lang),
        "status": status.status,
        "since": status.since.isoformat() if status.since else None,
        "since_precision": status.precision,
        "basis": status.basis,
        "sources": list(status.sources),
        "conflict": any(e.alternatives.all() for e in shown),
        "events": [_event_json(e, lang) for e in shown],
    }


def status_table(instrument: Instrument, on: date, lang: str = "en") -> list[dict[str, Any]]:
    """One row per state in the instrument's scope or with events, as of `on`."""
    terms = instrument_terms(instrument)
    by_state: dict[int, list[ParticipationEvent]] = defaultdict(list)
    states: dict[int, State] = {s.id: s for s in instrument.scope.all()}
    for event in _events_query().filter(instrument=instrument).order_by("date"):
        by_state[event.state_id].append(event)
        states.setdefault(event.state_id, event.state)
    return [
        _status_row(state, by_state[state.id], terms, on, lang)
        for state in sorted(states.values(), key=lambda s: s.code)
    ]


def regime_instruments(regime: Regime) -> list[RegimeInstrument]:
    return list(regime.links.select_related("instrument").order_by("position"))


def state_instruments(state: State) -> list[Instrument]:
    """Every instrument the state has events in or is in scope of, regimes' order first."""
    ids = set(state.events.values_list("instrument_id", flat=True))
    ids |= set(Instrument.objects.filter(scope=state).values_list("id", flat=True))
    order = {
        link.instrument_id: n
        for n, link in enumerate(RegimeInstrument.objects.order_by("regime", "position"))
    }
    instruments = Instrument.objects.filter(id__in=ids).prefetch_related("entry_into_force_sources")
    return sorted(instruments, key=lambda i: (order.get(i.id, 999), i.slug))


def state_participation(state: State, on: date, lang: str = "en") -> dict[str, Any]:
    rows_by_instrument: dict[int, list[ParticipationEvent]] = defaultdict(list)
    for event in _events_query().filter(state=state).order_by("date"):
        rows_by_instrument[event.instrument_id].append(event)
    instruments = []
    for instrument in state_instruments(state):
        rows = rows_by_instrument[instrument.id]
        terms = instrument_terms(instrument)
        row = _status_row(state, rows, terms, on, lang)
        eif = entry_into_force_for_state(_plain_events(rows), terms)
        instruments.append(
            {
                "instrument": instrument.slug,
                "title": instrument.localized("title", lang),
                "kind": instrument.kind,
                "status": row["status"],
                "since": row["since"],
                "since_precision": row["since_precision"],
                "basis": row["basis"],
                "sources": row["sources"],
                "conflict": row["conflict"],
                "entry_into_force_for_state": eif.since.isoformat() if eif and eif.since else None,
                "events": row["events"],
            }
        )
    return {
        "state": state.code,
        "name": state.localized("name", lang),
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
    out = []
    for e in (
        _events_query()
        .filter(alternatives__isnull=False)
        .distinct()
        .order_by("instrument__slug", "state__code")
    ):
        out.append({"instrument": e.instrument.slug, "state": e.state.code, **_event_json(e, lang)})
    return out
