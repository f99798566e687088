"""Schemas of the registry's package sections (see docs/data-format.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, HttpUrl, field_validator, model_validator

from nwfz.datapackage.fields import (
    KEY_PATTERN,
    DateValue,
    FullDate,
    OptionalTexts,
    RequiredText,
    SourceKey,
    StateCode,
    Strict,
    Text,
    Texts,
)

SourceList = list[SourceKey]


class OriginalSchema(Strict):
    """What a copy reproduces: the original's publisher, and its address where found."""

    publisher: str = Field(min_length=1, max_length=300)
    url: HttpUrl | None = None


class SourceSchema(Strict):
    key: str = Field(pattern=KEY_PATTERN, max_length=120)
    url: HttpUrl
    publisher: str = ""
    title: str = ""
    language: str = Field(default="", pattern=r"^([a-z]{2,3})?$")
    published: DateValue | None = None
    accessed: FullDate
    kind: Literal["official", "depositary", "legal", "news", "secondary", "copy"] = "secondary"
    original: OriginalSchema | None = None

    @model_validator(mode="after")
    def _copy_names_its_original(self):
        if self.kind == "copy" and self.original is None:
            raise ValueError("a source of kind copy needs `original: {publisher, url}`")
        if self.kind != "copy" and self.original is not None:
            raise ValueError("`original` is only for a source of kind copy")
        return self


class StateSchema(Strict):
    code: StateCode
    alpha3: str = Field(default="", pattern=r"^([A-Z]{3})?$")
    names: Texts
    nuclear_status: Literal["npt_nws", "nuclear_armed", "nnws"] = "nnws"
    sources: SourceList = Field(min_length=1)


class DatedFact(Strict):
    """One of an instrument's dates: adopted, opened for signature, entry into force.

    The older form, a bare date (`entry_into_force: 2009-03-21`), still loads; its sources
    are then the instrument's own."""

    date: DateValue
    place: Text = OptionalTexts()
    note: Text = OptionalTexts()
    inferred: str = ""  # the rule the date was inferred by
    sources: SourceList = []

    @model_validator(mode="before")
    @classmethod
    def _bare_date(cls, value):
        return value if isinstance(value, dict) else {"date": value}


class LaterParties(Strict):
    rule: Literal["on_deposit", "days_after_deposit", "each_on_deposit", "bilateral"]
    days: int = Field(default=0, ge=0, le=3650)
    sources: SourceList = []


class ArticleSchema(Strict):
    number: str
    titles: OptionalTexts = OptionalTexts()
    summary: OptionalTexts = OptionalTexts()
    verified: bool = False
    sources: SourceList = Field(min_length=1)

    @field_validator("number", mode="before")
    @classmethod
    def _number_as_text(cls, value):
        return str(value) if isinstance(value, int) else value


InstrumentKind = Literal["treaty", "protocol", "safeguards_agreement", "additional_protocol"]


class InstrumentSchema(Strict):
    slug: str = Field(pattern=KEY_PATTERN, max_length=60)
    kind: InstrumentKind
    titles: Texts
    short_titles: OptionalTexts = OptionalTexts()
    adopted: DatedFact | None = None
    opened_for_signature: DatedFact | None = None
    entry_into_force: DatedFact | None = None
    later_parties: LaterParties = LaterParties(rule="on_deposit")
    depositary: OptionalTexts = OptionalTexts()
    depositary_sources: SourceList = []
    scope: list[StateCode] = []
    sources: SourceList = Field(min_length=1)
    articles: list[ArticleSchema] = []

    @property
    def opened(self) -> DatedFact | None:
        """The opening for signature; in the older form (an `adopted` date and no
        `opened_for_signature` key) the adoption date, which then stood for it."""
        if "opened_for_signature" in self.model_fields_set:
            return self.opened_for_signature
        return self.adopted

    def fact_sources(self, fact: DatedFact | None) -> list[str]:
        """A date's own sources, or the instrument's for a bare date."""
        if fact is None:
            return []
        return fact.sources or self.sources


class RegimeSchema(Strict):
    slug: str = Field(pattern=KEY_PATTERN, max_length=60)
    names: Texts
    short_names: OptionalTexts = OptionalTexts()
    treaty: str
    protocols: list[str] = []
    related: list[str] = []
    summary: OptionalTexts = OptionalTexts()
    sources: SourceList = Field(min_length=1)


class AlternativeSchema(Strict):
    date: DateValue
    note: OptionalTexts = OptionalTexts()
    sources: SourceList = Field(min_length=1)


Action = Literal[
    "signed",
    "ratified",
    "acceded",
    "succeeded",
    "approved",
    "deposited",
    "entered_into_force",
    "withdrew",
    "withdrawal_effective",
    "approved_domestically",
]


class ParticipationSchema(Strict):
    instrument: str
    state: StateCode
    action: Action
    date: DateValue
    note: OptionalTexts = OptionalTexts()
    inferred: str = ""  # the rule the date was inferred by
    sources: SourceList = Field(min_length=1)
    alternatives: list[AlternativeSchema] = []
    statements: list[StatementSchema] = []


class StatementSchema(Strict):
    """A reservation, declaration or interpretive statement made with the event."""

    kind: Literal["reservation", "declaration", "interpretive_statement"]
    summary: RequiredText  # own words
    sources: SourceList = Field(min_length=1)


class NonPartySchema(Strict):
    """A source saying these states were not parties to the instrument as of a date."""

    instrument: str
    as_of: FullDate
    states: list[StateCode] = Field(min_length=1)
    note: OptionalTexts = OptionalTexts()
    sources: SourceList = Field(min_length=1)
