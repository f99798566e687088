"""Schemas of the governance package sections (see docs/data-format.md, governance part)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, HttpUrl, model_validator

from nwfz.datapackage.fields import (
    KEY_PATTERN,
    DateValue,
    FullDate,
    OptionalTexts,
    PartialDate,
    RequiredText,
    SourceKey,
    StateCode,
    Strict,
    Text,
)

Key = Annotated[str, Field(pattern=KEY_PATTERN, max_length=120)]
SourceList = Annotated[list[SourceKey], Field(min_length=1)]

MeetingKind = Literal["annual_consultative", "extraordinary", "thematic", "anniversary"]
MeetingFormat = Literal["in_person", "videoconference", "hybrid"]
OutcomeKind = Literal["final_document", "joint_statement", "memorandum", "communique", "report"]
DecisionKind = Literal["chair_handover", "work_plan", "institutional", "statement", "other"]
ActionStatus = Literal["open", "in_progress", "done", "dropped"]


class OrganisationSchema(Strict):
    slug: Key
    short_name: str = Field(min_length=1, max_length=40)
    names: RequiredText
    url: HttpUrl | None = None
    sources: SourceList


class ForumSchema(Strict):
    slug: Key
    names: RequiredText


class RotationSchema(Strict):
    regime: Key
    order: list[StateCode] = Field(min_length=2)
    term_months: int = Field(default=12, ge=1, le=120)
    effective_from: FullDate
    first_state: StateCode | None = None
    inferred: bool = False
    note: Text = OptionalTexts()
    sources: SourceList

    @model_validator(mode="after")
    def _order_is_a_list_of_distinct_states(self):
        if len(set(self.order)) != len(self.order):
            raise ValueError("order lists a state twice")
        if self.first_state and self.first_state not in self.order:
            raise ValueError(f"first_state {self.first_state} is not in the order")
        return self


class ChairTermSchema(Strict):
    regime: Key
    state: StateCode
    start: FullDate
    end: FullDate
    role: Literal["chair", "coordinator"] = "chair"
    precision: Literal["day", "year"] = "day"
    inferred: str = ""  # the rule the dates were inferred by
    note: Text = OptionalTexts()
    sources: SourceList


class ActionItemSchema(Strict):
    key: Key
    title: RequiredText
    owners: list[StateCode] = Field(min_length=1)
    due: DateValue | None = None
    status: ActionStatus = "open"
    closed_on: FullDate | None = None
    note: Text = OptionalTexts()
    sources: SourceList


class DecisionSchema(Strict):
    date: FullDate
    kind: DecisionKind
    text: RequiredText
    handover_to: StateCode | None = None
    effective: DateValue | None = None
    effective_inferred: str = ""  # the rule the effective day was inferred by
    sources: SourceList
    action_items: list[ActionItemSchema] = []


class OutcomeSchema(Strict):
    key: Key
    kind: OutcomeKind
    title: RequiredText
    date: DateValue | None = None
    parties: str = ""
    organisations: list[Key] = []
    note: Text = OptionalTexts()
    sources: SourceList


class StandaloneOutcomeSchema(OutcomeSchema):
    """An outcome document not tied to a recorded meeting (e.g. a memorandum signed apart)."""

    regime: Key


class MeetingSchema(Strict):
    key: Key
    regime: Key
    kind: MeetingKind
    title: Text = OptionalTexts()
    start: DateValue | None = None  # omit when only the day it was reported is known
    reported_on: FullDate | None = None
    end: FullDate | None = None
    date_note: Text = OptionalTexts()
    place: Text = OptionalTexts()
    format: MeetingFormat | None = None
    chair: StateCode | None = None
    participants: list[StateCode] = []
    observers: list[Key] = []
    agenda: list[RequiredText] = []
    outcomes: list[OutcomeSchema] = []
    decisions: list[DecisionSchema] = []
    sources: SourceList

    @model_validator(mode="after")
    def _a_start_or_the_day_it_was_reported(self):
        if self.start is None and self.reported_on is None:
            raise ValueError("a meeting needs `start`, or `reported_on` when its date is unknown")
        return self

    @property
    def first_day(self):
        """The meeting's first day as stored: its start, else the day it was reported."""
        if self.start is not None:
            return self.start
        return PartialDate(value=self.reported_on)


class ExtraordinaryRequestSchema(Strict):
    key: Key
    regime: Key
    state: StateCode
    date: FullDate
    subject: RequiredText
    outcome: Literal["pending", "held", "declined", "withdrawn"] = "pending"
    outcome_note: Text = OptionalTexts()
    meeting: Key | None = None
    sources: SourceList


class Organisers(Strict):
    states: list[StateCode] = []
    organisations: list[Key] = []


class Marks(Strict):
    anniversary: str = Field(pattern=KEY_PATTERN, max_length=60)
    ordinal: int | None = Field(default=None, ge=1, le=1000)


class EventSchema(Strict):
    key: Key
    regime: Key
    kind: Literal["commemorative", "thematic"]
    title: RequiredText
    start: DateValue
    end: FullDate | None = None
    place: Text = OptionalTexts()
    description: Text = OptionalTexts()
    organisers: Organisers = Organisers()
    marks: Marks | None = None
    status: Literal["planned", "held", "cancelled"] = "planned"
    sources: SourceList


class AnniversaryDateSchema(Strict):
    regime: Key
    key: str = Field(pattern=KEY_PATTERN, max_length=60)
    kind: Literal["test_site_closure", "observance", "other"]
    title: RequiredText
    date: FullDate
    sources: SourceList


class CoordinationSchema(Strict):
    regime: Key
    kind: Literal["joint_statement", "working_paper", "co_sponsorship", "side_event", "resolution"]
    title: RequiredText
    date: FullDate | None = None
    status: Literal["planned", "delivered", "adopted", "dropped"] = "planned"
    states: list[StateCode] = []
    note: Text = OptionalTexts()
    sources: SourceList


class ForumSessionSchema(Strict):
    key: Key
    forum: Key
    regimes: list[Key] = Field(min_length=1)
    title: RequiredText
    start: DateValue
    end: FullDate | None = None
    venue: Text = OptionalTexts()
    note: Text = OptionalTexts()
    sources: SourceList
    coordination: list[CoordinationSchema] = []


class DeadlineRuleSchema(Strict):
    regime: Key
    slug: Key
    article: str = ""
    title: RequiredText
    instrument: Key
    action: Literal["entered_into_force"] = "entered_into_force"
    months_after: int = Field(ge=1, le=600)
    note: Text = OptionalTexts()
    sources: SourceList
