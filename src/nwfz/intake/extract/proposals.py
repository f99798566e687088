"""Plain value types returned by the extractor: proposals and the extraction result."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

RECORD_TYPES: tuple[str, ...] = (
    "consultative_meeting",
    "chair_transfer",
    "review_and_plans",
    "anniversary",
    "event",
    "memorandum",
    "forum",
    "registry_conflict",
)

FORUM_CODES: tuple[str, ...] = (
    "un",
    "unga",
    "unga-first-committee",
    "npt-revcon",
    "npt-prepcom",
    "tpnw-revcon",
    "tpnw-msp",
    "iaea-gc",
    "ctbto",
)

PUBLISHED_BASES: tuple[str, ...] = ("given", "html-meta", "dateline", "unknown")

Span = tuple[int, int]


@dataclass
class Proposal:
    """One proposed record: its type, its fields, the supporting text spans, a confidence."""

    type: str
    fields: dict[str, Any]
    spans: list[Span]
    confidence: float
    # fields whose value the text states (not a default such as the publication year);
    # only these are checked against the registry. Not part of the JSON.
    stated: set[str] = field(default_factory=set, compare=False, repr=False)
    # fields whose value is a piece of the text (a title): the span of that piece, so the
    # value can be taken from the original when the text was read transliterated
    text_spans: dict[str, Span] = field(default_factory=dict, compare=False, repr=False)
    # kinds of hidden or deceptive characters inside the evidence (see hygiene.py)
    flags: list[str] = field(default_factory=list, compare=False)

    def join_spans(self, spans: Iterable[Span]) -> None:
        """Add evidence: the spans joined to this proposal's, each once, in order."""
        self.spans = sorted(set(self.spans) | set(spans))

    def to_json(self) -> dict[str, Any]:
        """The contract shape: fields flattened next to type, spans and confidence."""
        out: dict[str, Any] = {"type": self.type}
        for key, value in self.fields.items():
            out[key] = _jsonable(value)
        out["spans"] = [[int(s), int(e)] for s, e in sorted(set(self.spans))]
        out["confidence"] = round(float(self.confidence), 3)
        if self.flags:
            out["flags"] = list(self.flags)
        return out

    def evidence(self, text: str) -> list[str]:
        """The supporting words, for display and tests."""
        return [text[s:e] for s, e in sorted(set(self.spans))]


@dataclass
class ExtractionResult:
    language: str | None
    published: date | None
    published_basis: str
    proposals: list[Proposal]
    warnings: list[str] = field(default_factory=list)
    text: str = ""
    # hidden or deceptive characters normalised for reading (hygiene.py), with positions
    text_flags: list[dict[str, Any]] = field(default_factory=list)
    # the Latin alphabet a Kazakh text was transliterated from ('kk-latn-2018'), if any
    transliteration: str | None = None

    def of_type(self, record_type: str) -> list[Proposal]:
        return [p for p in self.proposals if p.type == record_type]

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "published_basis": self.published_basis,
            "warnings": list(self.warnings),
            "text_flags": [dict(f) for f in self.text_flags],
            "transliteration": self.transliteration,
            "proposals": [p.to_json() for p in self.proposals],
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value
