"""Schemas of the atlas's package sections (see docs/data-format.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from nwfz.datapackage.fields import (
    KEY_PATTERN,
    OptionalTexts,
    SourceKey,
    StateCode,
    Strict,
    Texts,
)

SourceList = list[SourceKey]
YearOrDate = str  # YYYY, YYYY-MM or YYYY-MM-DD, checked below

_PARTIAL = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class Position(Strict):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class TestCountAlternative(Strict):
    tests: int = Field(ge=0)
    note: OptionalTexts = OptionalTexts()
    sources: SourceList = Field(min_length=1)


class TestSiteSchema(Strict):
    key: str = Field(pattern=KEY_PATTERN, max_length=80)
    names: Texts
    location: Position
    location_sources: SourceList = []
    tested_by: list[StateCode] = Field(min_length=1)
    tests: int | None = Field(default=None, ge=0)
    first_test: str = Field(default="", pattern=rf"({_PARTIAL})?")
    last_test: str = Field(default="", pattern=rf"({_PARTIAL})?")
    note: OptionalTexts = OptionalTexts()
    sources: SourceList = Field(min_length=1)
    alternatives: list[TestCountAlternative] = []


class PublishedFigureSchema(Strict):
    key: str = Field(pattern=KEY_PATTERN, max_length=120)
    kind: Literal["border_length", "area"]
    states: list[StateCode] = []
    zone: str = ""
    value: float = Field(gt=0)
    unit: Literal["km", "km2"]
    as_of: str = Field(default="", pattern=rf"({_PARTIAL})?")
    note: OptionalTexts = OptionalTexts()
    sources: SourceList = Field(min_length=1)

    @model_validator(mode="after")
    def _subject(self):
        if self.kind == "border_length":
            if len(self.states) != 2 or self.states[0] == self.states[1] or self.zone:
                raise ValueError("a border length names two different states and no zone")
            if self.unit != "km":
                raise ValueError("a border length is in km")
        else:
            if bool(self.zone) == bool(self.states) or len(self.states) > 1:
                raise ValueError("an area names either one state or one zone")
            if self.unit != "km2":
                raise ValueError("an area is in km2")
        return self


LineKind = Literal["parallel", "meridian", "rhumb", "geodesic", "approximate", "land_border"]


class VertexSchema(Strict):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    legs: str = ""  # the treaty's numbering of the leg that leaves this vertex
    line: LineKind  # how the leg from this vertex to the next one runs
    between: list[StateCode] = []  # the two states of a land_border leg
    approximate: bool = False  # the position is an approximation (see note)
    note: OptionalTexts = OptionalTexts()

    @model_validator(mode="after")
    def _border(self):
        if (self.line == "land_border") != bool(self.between):
            raise ValueError("`between` (two state codes) goes with line: land_border, only")
        if self.between and len(self.between) != 2:
            raise ValueError("a land border runs between two states")
        if self.line == "approximate" and not self.note.en:
            raise ValueError("an approximate leg needs a note saying what the treaty follows")
        return self


class TreatyBoundarySchema(Strict):
    key: str = Field(pattern=KEY_PATTERN, max_length=80)
    instrument: str = Field(pattern=KEY_PATTERN, max_length=60)
    provision: Texts
    territory: Literal["parties", "land_in_area"] = "parties"
    vertices: list[VertexSchema] = Field(min_length=3)
    exclude: list[StateCode] = []
    include: list[StateCode] = []
    note: OptionalTexts = OptionalTexts()
    sources: SourceList = Field(min_length=1)
