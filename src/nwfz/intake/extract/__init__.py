"""Extraction of proposed records from press releases and news (ru, kk, en).

Pure Python, no Django: `extract(text, ...)` for a plain text returns an ExtractionResult
whose proposals carry the character spans (into the plain text) that support them. The bytes
of a file (plain text or HTML) are read by `nwfz.intake.analysis.analyse`, the one entry
point the CLI, the API, the workbench and the tests share.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from types import ModuleType

from .common import Context, forget_hits
from .conflicts import (
    proposal_conflicts,
    stated_chair_conflicts,
    stated_fact_conflicts,
    unique_conflicts,
)
from .dates import DateMention, find_dateline, find_dates
from .hygiene import clean, flags_in_spans
from .kk_latin import latin_share, transliterate
from .language import SUPPORTED_LANGUAGES, detect_language
from .proposals import RECORD_TYPES, ExtractionResult, Proposal
from .reading import DEFAULT_MAX_BYTES, Document, IntakeInputError, read_document
from .recipes import propose_records
from .regimes import assign_regimes, zone_mentions
from .registry import RegistryFacts
from .rules import REGIME
from .states import find_states
from .text import split_sentences
from .textmap import TextMap

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Document",
    "ExtractionResult",
    "IntakeInputError",
    "Proposal",
    "RECORD_TYPES",
    "RegistryFacts",
    "SUPPORTED_LANGUAGES",
    "detect_language",
    "extract",
    "read_document",
]


def _rules_module(language: str) -> ModuleType:
    if language == "ru":
        from . import ru

        return ru
    if language == "kk":
        from . import kk

        return kk
    from . import en

    return en


def extract(
    text: str,
    *,
    published: date | None = None,
    published_basis: str = "given",
    registry: RegistryFacts | None = None,
    language: str | None = None,
    registries: Mapping[str, RegistryFacts] | None = None,
) -> ExtractionResult:
    """Propose records for a plain text. Without a publication date, the dateline is tried.
    `registry` holds the Central Asian zone's facts; `registries` those of other zones the
    registry holds (by slug), checked when a text is about them.

    The text is read cleaned (hygiene.py: hidden characters dropped, special spaces made
    plain, each kind flagged) and, for Kazakh in a Latin alphabet, transliterated to
    Cyrillic (kk_latin.py); the proposals' spans point at the text as given."""
    registry = registry or RegistryFacts.default()
    warnings: list[str] = []
    cleaned = clean(text)
    flags = cleaned.flags_json()
    reading = cleaned.reading
    language = language or detect_language(reading.text)
    if language not in SUPPORTED_LANGUAGES:
        return ExtractionResult(
            None, published, "unknown" if published is None else published_basis, [],
            ["language not supported (reads ru, kk, en)"], text, flags,
        )  # fmt: skip
    transliteration = None
    if language == "kk" and latin_share(reading.text) > 0.5:
        latin = transliterate(reading.text)
        reading = reading.then(latin.reading)
        transliteration = latin.name
    read = reading.text
    if published is None:
        published, published_basis = _published_from_dateline(
            read, language, warnings, lambda s, e: _as_given(text, reading, s, e)
        )
    rules = _rules_module(language)
    forget_hits()
    mentions = zone_mentions(rules.RULES, read)
    ctx = Context(
        text=read,
        language=language,
        published=published,
        registry=registry,
        sentences=split_sentences(read),
        states=find_states(read, language),
        dates=find_dates(read, language, published),
        regime_spans=[(s, e) for s, e, _ in mentions],
        warnings=warnings,
        regime_slugs={(s, e): slug for s, e, slug in mentions},
        registries=dict(registries or {}),
    )
    _attach_dateline(ctx)
    if published is None and any(d.kind == "relative_year" for d in ctx.dates):
        shown = ", ".join(
            sorted({_as_given(text, reading, d.start, d.end) for d in ctx.dates
                    if d.kind == "relative_year"})
        )  # fmt: skip
        warnings.append(f"publication date unknown: relative dates left unresolved ({shown})")
    if not ctx.mentions(REGIME):
        others = sorted({slug for _, _, slug in mentions})
        named = f" (it names: {', '.join(others)})" if others else ""
        warnings.append(f"the text does not name the Central Asian zone or its treaty{named}")
    proposals = propose_records(ctx, rules.RULES)
    assign_regimes(ctx, proposals)
    conflicts = (
        stated_fact_conflicts(ctx, rules.RULES)
        + proposal_conflicts(ctx, proposals)
        + stated_chair_conflicts(ctx, rules.RULES)
    )
    proposals.extend(unique_conflicts(conflicts))
    assign_regimes(ctx, proposals)
    for proposal in proposals:
        _to_original(proposal, text, reading, flags)
    proposals.sort(key=lambda p: (RECORD_TYPES.index(p.type), p.spans[0] if p.spans else (0, 0)))
    return ExtractionResult(
        language, published, published_basis, proposals, warnings, text, flags, transliteration
    )


def _as_given(text: str, reading: TextMap, start: int, end: int) -> str:
    """The words of a span of the read text as the original writes them (hidden characters
    left out)."""
    s, e = reading.original_span((start, end))
    return clean(text[s:e]).reading.text


def _to_original(proposal: Proposal, text: str, reading: TextMap, flags: list[dict]) -> None:
    """Spans (and values taken from the text) pointed at the original; the flags of hidden
    characters inside the evidence."""
    if not reading.is_identity:
        proposal.spans = sorted({reading.original_span(span) for span in proposal.spans})
    for name, span in proposal.text_spans.items():
        if proposal.fields.get(name) is not None:
            proposal.fields[name] = _as_given(text, reading, *span)
    proposal.flags = flags_in_spans(flags, proposal.spans)


def _attach_dateline(ctx: Context) -> None:
    """Keep the dateline's date (resolved with the publication year when it has none); a date
    at the start that is later than the publication is the body's ('10 марта 2026 года в
    Ташкенте пройдёт ...'), not a dateline."""
    dateline = find_dateline(ctx.text, ctx.language)
    if dateline is None:
        return
    mention = next((d for d in ctx.dates if d.start == dateline.start), None)
    if mention is None or mention.value is None:
        return
    if ctx.published is not None and mention.value > ctx.published:
        return  # a report is not dated after its publication: the day of what is to come
    ctx.dateline = mention
    ctx.dateline_sentence = next(
        (s.index for s in ctx.sentences if s.start <= mention.start < s.end), -1
    )
    _days_from_the_dateline(ctx, mention)


DATELINE_LAG = 7  # days: a dateline further back than this is no report's own day


def _days_from_the_dateline(ctx: Context, dateline: DateMention) -> None:
    """'TASHKENT, 2 October – ... organized a seminar ... today', published on the 3rd: 'today'
    and 'yesterday' after a dateline count from the dateline's day, not the publication's."""
    if ctx.published is None or dateline.value is None:
        return
    lag = ctx.published - dateline.value
    if not timedelta(0) < lag <= timedelta(days=DATELINE_LAG):
        return
    ctx.dates = [
        replace(d, value=d.value - lag, year=(d.value - lag).year)
        if d.kind == "relative_day" and d.relative is None and d.value and d.start > dateline.end
        else d
        for d in ctx.dates
    ]


def _published_from_dateline(
    text: str, language: str, warnings: list[str], as_given
) -> tuple[date | None, str]:
    dateline = find_dateline(text, language)
    if dateline is None:
        warnings.append("publication date unknown (not given, no metadata, no dateline)")
        return None, "unknown"
    if dateline.value is None:
        shown = as_given(dateline.start, dateline.end)
        warnings.append(f"publication date unknown: the dateline '{shown}' gives no year")
        return None, "unknown"
    return dateline.value, "dateline"
