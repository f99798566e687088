"""Reading a file and proposing records from it: the one path shared by the dry run and by
`intake_item_receive`, so both propose exactly the same records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nwfz.intake.extract import (
    DEFAULT_MAX_BYTES,
    Document,
    ExtractionResult,
    IntakeInputError,
    RegistryFacts,
    detect_language,
    extract,
    read_document,
)
from nwfz.validation import YEAR_MAX, YEAR_MIN, year_problem


@dataclass
class Analysis:
    document: Document
    result: ExtractionResult

    @property
    def content_type(self) -> str:
        return "text/html" if self.document.is_html else "text/plain"


def analyse(
    raw: bytes,
    *,
    filename: str,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    registry: RegistryFacts | None = None,
    registries: dict[str, RegistryFacts] | None = None,
) -> Analysis:
    """Decode, detect the language, resolve the publication date (given, HTML metadata,
    dateline) and extract proposals (checked against the reference regime's facts and, for
    texts about other zones, theirs). Raises IntakeInputError for input it refuses."""
    if published is not None and year_problem(published.year):
        raise IntakeInputError(
            f"{filename}: published {published} is not a date from {YEAR_MIN} to {YEAR_MAX}"
        )
    document = read_document(raw, filename=filename, max_bytes=max_bytes)
    language = detect_language(document.text)
    if language is None:
        raise IntakeInputError(
            f"{filename}: language not supported (only Russian, Kazakh and English are read)"
        )
    basis = "given"
    if published is None and document.html_meta_published is not None:
        published, basis = document.html_meta_published, "html-meta"
    result = extract(
        document.text,
        published=published,
        published_basis=basis,
        registry=registry,
        language=language,
        registries=registries,
    )
    return Analysis(document, result)


def published_line(result: ExtractionResult) -> str:
    """'published 2026-01-31 (given)' or 'publication date unknown'."""
    if result.published is None:
        return "publication date unknown"
    return f"published {result.published.isoformat()} ({result.published_basis})"
