"""Registry endpoints: regimes, instruments and their status tables, states, sources."""
# No `from __future__ import annotations` here: django-ninja reads the real annotations
# through the cache decorator.

from datetime import date
from typing import Literal

from django.utils import timezone
from ninja import Field, Router, Schema

from nwfz.languages import language_codes
from nwfz.read_cache import cached_json
from nwfz.registry import selectors
from nwfz.registry.models import Instrument, Regime, Source, State

router = Router(tags=["registry"])

Lang = Literal[tuple(language_codes())]  # en, ru, kk: settings.LANGUAGES


class AlternativeOut(Schema):
    date: str
    date_precision: str
    note: str
    sources: list[str]


class StatementOut(Schema):
    kind: str = Field(description="reservation | declaration | interpretive_statement")
    summary: str = Field(description="in our own words")
    sources: list[str]


class ParticipationEventOut(Schema):
    action: str = Field(
        description="signed | ratified | acceded | succeeded | approved | deposited | "
        "entered_into_force | withdrew | withdrawal_effective | approved_domestically "
        "(a domestic act: never changes the status)"
    )
    date: str
    date_precision: str
    note: str
    inferred: str = Field(description="the rule the date was inferred by; empty if sourced")
    sources: list[str]
    alternatives: list[AlternativeOut]
    statements: list[StatementOut] = Field(
        description="reservations, declarations and interpretive statements made with it"
    )


class ConflictOut(ParticipationEventOut):
    instrument: str
    state: str = Field(description="ISO 3166-1 alpha-2")


class StatusRowOut(Schema):
    state: str = Field(description="ISO 3166-1 alpha-2")
    state_name: str
    status: str = Field(
        description="not_signed | signed | ratified | in_force | withdrawn | unknown "
        "(unknown: no event and no source saying the state was not a party on the date)"
    )
    since: str | None = Field(description="date of the event behind the status")
    since_precision: str
    basis: str = Field(
        description="the action behind the status, instrument_entry_into_force, or for a "
        "state without events: before_opening | before_first_act | not_a_party_as_of | "
        "no_record"
    )
    as_of: str | None = Field(description="the date of the 'not a party as of' source")
    sources: list[str]
    conflict: bool = Field(description="true when sources disagree on one of the events")
    events: list[ParticipationEventOut]


class StateInstrumentOut(Schema):
    instrument: str
    title: str
    kind: str
    status: str
    since: str | None
    since_precision: str
    basis: str
    as_of: str | None
    sources: list[str]
    conflict: bool
    entry_into_force_for_state: str | None
    events: list[ParticipationEventOut]


class StateParticipationOut(Schema):
    state: str
    name: str
    nuclear_status: str
    on: str
    instruments: list[StateInstrumentOut]


class StateOut(Schema):
    code: str
    alpha3: str
    name: str
    nuclear_status: str


class InstrumentLinkOut(Schema):
    slug: str
    role: str
    title: str


class RegimeOut(Schema):
    slug: str
    name: str
    short_name: str
    summary: str
    treaty: str | None
    instruments: list[InstrumentLinkOut]
    sources: list[str]


class ArticleOut(Schema):
    number: str
    title: str
    summary: str
    verified: bool
    sources: list[str]
    official_text_languages: list[str]


class InstrumentDateOut(Schema):
    kind: str = Field(description="adopted | opened_for_signature | entry_into_force")
    date: str
    precision: str = Field(description="day | month | year")
    place: str
    note: str
    inferred: str = Field(description="the rule the date was inferred by; empty if sourced")
    sources: list[str]


class InstrumentOut(Schema):
    slug: str
    kind: str
    title: str
    short_title: str
    adopted_on: date | None
    adopted_place: str
    entry_into_force: date | None
    entry_into_force_sources: list[str]
    dates: list[InstrumentDateOut] = Field(
        description="adoption, opening for signature and entry into force, as recorded"
    )
    later_parties_rule: str
    later_parties_days: int
    depositary: str
    depositary_sources: list[str]
    sources: list[str]
    articles: list[ArticleOut]


class PartiesOut(Schema):
    regime: str
    on: date
    parties: list[StateOut]


class SourceOut(Schema):
    key: str
    url: str
    publisher: str
    title: str
    language: str
    published: date | None
    accessed: date | None
    kind: str
    original_url: str = Field(description="for a copy: the original's address, if found")
    original_publisher: str = Field(description="for a copy: who published the original")


def _today(on: date | None) -> date:
    return on or timezone.localdate()


def _state_out(s: State, lang: str) -> dict:
    return {
        "code": s.code,
        "alpha3": s.alpha3,
        "name": s.localized("name", lang),
        "nuclear_status": s.nuclear_status,
    }


def _regime_out(r: Regime, lang: str) -> dict:
    return {
        "slug": r.slug,
        "name": r.localized("name", lang),
        "short_name": r.localized("short_name", lang),
        "summary": r.localized("summary", lang),
        "treaty": r.treaty.slug if r.treaty else None,
        "instruments": [
            {
                "slug": link.instrument.slug,
                "role": link.role,
                "title": link.instrument.localized("title", lang),
            }
            for link in selectors.regime_instruments(r)
        ],
        "sources": [s.url for s in r.sources.all()],
    }


@router.get("/regimes", response=list[RegimeOut], summary="All regimes")
def list_regimes(request, lang: Lang = "en"):
    return [_regime_out(r, lang) for r in Regime.objects.select_related("treaty")]


@router.get("/regimes/{slug}", response=RegimeOut, summary="One regime and its instruments")
def get_regime(request, slug: str, lang: Lang = "en"):
    return _regime_out(selectors.regime_by_slug(slug), lang)


@router.get(
    "/regimes/{slug}/parties",
    response=PartiesOut,
    summary="States for which the regime's treaty is in force on a date",
)
@cached_json
def regime_parties(request, slug: str, on: date | None = None, lang: Lang = "en"):
    regime = selectors.regime_by_slug(slug)
    day = _today(on)
    return {
        "regime": regime.slug,
        "on": day,
        "parties": [_state_out(s, lang) for s in selectors.parties_on(regime, day)],
    }


@router.get("/instruments", response=list[InstrumentLinkOut], summary="All instruments")
def list_instruments(request, lang: Lang = "en"):
    return [
        {"slug": i.slug, "role": i.kind, "title": i.localized("title", lang)}
        for i in Instrument.objects.all()
    ]


@router.get(
    "/instruments/{slug}",
    response=InstrumentOut,
    summary="An instrument with its articles (a regime slug stands for its treaty)",
)
@cached_json
def get_instrument(request, slug: str, lang: Lang = "en"):
    i = selectors.resolve_instrument(slug)
    articles = i.articles.prefetch_related("sources", "texts")
    return {
        "slug": i.slug,
        "kind": i.kind,
        "title": i.localized("title", lang),
        "short_title": i.localized("short_title", lang),
        "adopted_on": i.adopted_on,
        "adopted_place": i.localized("adopted_place", lang),
        "entry_into_force": i.entry_into_force,
        "entry_into_force_sources": [s.url for s in i.entry_into_force_sources.all()],
        "dates": selectors.instrument_dates(i, lang),
        "later_parties_rule": i.later_parties_rule,
        "later_parties_days": i.later_parties_days,
        "depositary": i.localized("depositary", lang),
        "depositary_sources": [s.url for s in i.depositary_sources.all()],
        "sources": [s.url for s in i.sources.all()],
        "articles": [
            {
                "number": a.number,
                "title": a.localized("title", lang),
                "summary": a.localized("summary", lang),
                "verified": a.verified,
                "sources": [s.url for s in a.sources.all()],
                "official_text_languages": sorted(t.language for t in a.texts.all()),
            }
            for a in articles
        ],
    }


@router.get(
    "/instruments/{slug}/status",
    response=list[StatusRowOut],
    summary="Status table of an instrument on a date (a regime slug stands for its treaty)",
)
@cached_json
def instrument_status(request, slug: str, on: date | None = None, lang: Lang = "en"):
    return selectors.status_table(selectors.resolve_instrument(slug), _today(on), lang)


@router.get("/states", response=list[StateOut], summary="All states")
def list_states(request, lang: Lang = "en"):
    return [_state_out(s, lang) for s in State.objects.all()]


@router.get(
    "/states/{code}",
    response=StateParticipationOut,
    summary="A state's participation in every instrument on a date",
)
@cached_json
def state_detail(request, code: str, on: date | None = None, lang: Lang = "en"):
    return selectors.state_participation(selectors.state_by_code(code), _today(on), lang)


@router.get("/sources", response=list[SourceOut], summary="Every cited source")
def list_sources(request):
    return list(Source.objects.all())


@router.get("/sources/{key}", response=SourceOut, summary="One source")
def get_source(request, key: str):
    source = Source.objects.filter(key=key).first()
    if source is None:
        raise selectors.NotFound(f"unknown source {key!r}")
    return source


@router.get(
    "/conflicts",
    response=list[ConflictOut],
    summary="Events on which sources disagree, with both sides",
)
@cached_json
def list_conflicts(request, lang: Lang = "en"):
    return selectors.conflicts_listing(lang)
