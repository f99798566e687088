"""Extraction of proposed records from press releases and news (ru, kk, en).

Pure Python, no Django: `extract(text, ...)` for a plain text, `extract_document(raw, ...)`
for the bytes of a file (plain text or HTML). Both return an ExtractionResult whose proposals
carry the character spans (into the plain text) that support them.
"""

from __future__ import annotations

from datetime import date
from types import ModuleType

from .common import Context, forget_hits
from .conflicts import (
    proposal_conflicts,
    stated_chair_conflicts,
    stated_fact_conflicts,
    unique_conflicts,
)
from .dates import find_dateline, find_dates
from .language import SUPPORTED_LANGUAGES, detect_language
from .proposals import RECORD_TYPES, ExtractionResult, Proposal
from .reading import DEFAULT_MAX_BYTES, Document, IntakeInputError, read_document
from .recipes import propose_records
from .registry import RegistryFacts
from .states import find_states
from .text import split_sentences

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
    "extract_document",
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
) -> ExtractionResult:
    """Propose records for a plain text. Without a publication date, the dateline is tried."""
    registry = registry or RegistryFacts.default()
    warnings: list[str] = []
    language = language or detect_language(text)
    if language not in SUPPORTED_LANGUAGES:
        return ExtractionResult(
            None, published, "unknown" if published is None else published_basis, [],
            ["language not supported (reads ru, kk, en)"], text,
        )  # fmt: skip
    if published is None:
        published, published_basis = _published_from_dateline(text, language, warnings)
    rules = _rules_module(language)
    forget_hits()
    ctx = Context(
        text=text,
        language=language,
        published=published,
        registry=registry,
        sentences=split_sentences(text),
        states=find_states(text, language),
        dates=find_dates(text, language, published),
        regime_spans=[(m.start(), m.end()) for m in rules.RULES.regime.finditer(text)],
        warnings=warnings,
    )
    _attach_dateline(ctx)
    if published is None and any(d.kind == "relative_year" for d in ctx.dates):
        shown = ", ".join(sorted({d.text for d in ctx.dates if d.kind == "relative_year"}))
        warnings.append(f"publication date unknown: relative dates left unresolved ({shown})")
    if not ctx.mentions_regime:
        warnings.append("the text does not name the Central Asian zone or its treaty")
    proposals = propose_records(ctx, rules.RULES)
    conflicts = (
        stated_fact_conflicts(ctx, rules.RULES)
        + proposal_conflicts(ctx, proposals)
        + stated_chair_conflicts(ctx, rules.RULES)
    )
    proposals.extend(unique_conflicts(conflicts))
    proposals.sort(key=lambda p: (RECORD_TYPES.index(p.type), p.spans[0] if p.spans else (0, 0)))
    return ExtractionResult(language, published, published_basis, proposals, warnings, text)


def _attach_dateline(ctx: Context) -> None:
    """Keep the dateline's date (resolved with the publication year when it has none)."""
    dateline = find_dateline(ctx.text, ctx.language)
    if dateline is None:
        return
    mention = next((d for d in ctx.dates if d.start == dateline.start), None)
    if mention is None or mention.value is None:
        return
    ctx.dateline = mention
    ctx.dateline_sentence = next(
        (s.index for s in ctx.sentences if s.start <= mention.start < s.end), -1
    )


def _published_from_dateline(
    text: str, language: str, warnings: list[str]
) -> tuple[date | None, str]:
    dateline = find_dateline(text, language)
    if dateline is None:
        warnings.append("publication date unknown (not given, no metadata, no dateline)")
        return None, "unknown"
    if dateline.value is None:
        warnings.append(f"publication date unknown: the dateline '{dateline.text}' gives no year")
        return None, "unknown"
    return dateline.value, "dateline"


def extract_document(
    raw: bytes,
    *,
    filename: str,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    registry: RegistryFacts | None = None,
) -> ExtractionResult:
    """Read a file's bytes (text or HTML) and propose records. Raises IntakeInputError for
    empty, binary, too large or undecodable input, and for a language it does not read."""
    document = read_document(raw, filename=filename, max_bytes=max_bytes)
    language = detect_language(document.text)
    if language is None:
        raise IntakeInputError(
            f"{filename}: language not supported (only Russian, Kazakh and English are read)"
        )
    basis = "given"
    if published is None and document.html_meta_published is not None:
        published, basis = document.html_meta_published, "html-meta"
    return extract(
        document.text,
        published=published,
        published_basis=basis,
        registry=registry,
        language=language,
    )
