"""Plain records that governance selectors return to reports, calendars, the API and pages.

No Django here: every value is a str, int, bool, date, None or a list of these records, so
a consumer (the annual report, the ICS feed, JSON exports) never touches the ORM. Dates are
`datetime.date`; `end` dates are inclusive. State fields hold ISO 3166-1 alpha-2 codes;
`sources` hold source URLs.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

CALENDAR_KINDS = ("meeting", "event", "forum_session", "anniversary", "deadline")


@dataclass(frozen=True)
class CalendarItem:
    """One dated entry of a regime's calendar.

    `uid` is stable for the same record across runs and database rebuilds where the record
    has a natural key ("anniversary-canwfz-signature-2026@nwfz", "deadline-art8-additional-
    protocol-KZ@nwfz"); meetings, events and forum sessions use their database id
    ("meeting-12@nwfz", "event-3@nwfz", "forum-session-5@nwfz").
    """

    uid: str
    kind: str  # meeting | event | forum_session | anniversary | deadline
    title: str
    start: date
    end: date | None  # inclusive; None for a one-day item
    place: str
    description: str
    url_path: str  # portal path, e.g. "/en/regimes/canwfz/governance/#meeting-12"
    sources: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ChairInfo:
    state: str  # ISO alpha-2
    state_name: str
    start: date
    end: date | None  # inclusive
    sources: list[str] = field(default_factory=list)
    basis: str = "recorded"  # recorded | predicted
    inferred: str = ""  # the rule the recorded dates were inferred by (English); "" if sourced


@dataclass(frozen=True)
class OutcomeInfo:
    kind: str  # final_document | joint_statement | memorandum | communique | report
    title: str
    date: date | None
    parties: str  # who signed or adopted it, as text (states and organisations)
    sources: list[str] = field(default_factory=list)
    precision: str = "day"  # day | month | year: how exactly `date` is known


@dataclass(frozen=True)
class DecisionInfo:
    date: date
    kind: str  # chair_handover | action | statement | institutional | other
    text: str
    handover_to: str | None = None  # ISO alpha-2, for chair_handover
    effective: date | None = None  # for chair_handover: first day of the new term
    effective_precision: str = "day"
    effective_inferred: str = ""  # the rule the effective day was inferred by


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    kind: str  # annual_consultative | extraordinary | thematic | anniversary
    start: date
    end: date | None
    place: str
    format: str  # in_person | videoconference | hybrid, or "" when not stated
    chair: str | None  # ISO alpha-2
    participants: list[str] = field(default_factory=list)  # ISO alpha-2
    observers: list[str] = field(default_factory=list)  # organisation short names
    agenda: list[str] = field(default_factory=list)
    outcomes: list[OutcomeInfo] = field(default_factory=list)
    decisions: list[DecisionInfo] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    title: str = ""
    date_note: str = ""  # e.g. "reported on 30 Jan 2026; the exact day is not given"
    precision: str = "day"  # day | month | year: how exactly `start` is known
    key: str = ""  # the natural key, when the meeting has one
    reported_on: date | None = None  # the day a source reported the meeting
    date_known: bool = True  # false: only `reported_on` is known (`start` repeats it)

    @property
    def ref(self) -> str:
        """How the portal addresses the meeting: its key, else its id."""
        return self.key or str(self.id)


@dataclass(frozen=True)
class ActionInfo:
    id: int
    title: str
    owners: list[str]  # ISO alpha-2
    due: date | None
    status: str  # open | in_progress | done | dropped
    closed_on: date | None
    decided_at: str  # e.g. "annual consultative meeting 2026-01-30"
    sources: list[str] = field(default_factory=list)
    due_precision: str = "day"


@dataclass(frozen=True)
class EventInfo:
    title: str
    kind: str  # commemorative | thematic
    start: date
    end: date | None
    place: str
    organisers: list[str]  # ISO alpha-2 codes and organisation short names
    marks: str  # anniversary key, e.g. "canwfz-signature-20", or ""
    status: str  # planned | held
    sources: list[str] = field(default_factory=list)
    id: int = 0
    precision: str = "day"  # day | month | year: how exactly `start` is known


@dataclass(frozen=True)
class CoordinationInfo:
    kind: str  # joint_statement | working_paper | co_sponsorship | side_event | resolution
    title: str
    status: str  # planned | delivered | adopted | dropped
    states: list[str]  # ISO alpha-2 of the parties that joined
    sources: list[str] = field(default_factory=list)
    date: date | None = None


@dataclass(frozen=True)
class ForumSessionInfo:
    forum: str  # forum slug: npt-revcon, npt-prepcom, tpnw-msp, unga-first-committee, ...
    title: str
    start: date
    end: date | None
    venue: str
    items: list[CoordinationInfo] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    id: int = 0
    precision: str = "day"  # day | month | year: how exactly `start` is known


@dataclass(frozen=True)
class DeadlineInfo:
    rule: str  # rule slug, e.g. "art8-additional-protocol"
    state: str  # ISO alpha-2
    due: date
    met_on: date | None
    days_late: int | None
    status: str  # met | late | pending | undetermined
    met_on_precision: str = "day"  # day | month | year (as precise as the registry's date)
    sources: list[str] = field(default_factory=list)
    reason: str = ""  # why the outcome is undetermined (a date the record does not have)
    days_late_max: int | None = None  # late by a month- or year-only date: the most it can be


@dataclass(frozen=True)
class YearRecord:
    regime_slug: str
    regime_name: str
    year: int
    chair: ChairInfo | None  # the chair on 1 January of the year (recorded or predicted)
    next_chair: ChairInfo | None  # the chair after `chair` (recorded or predicted)
    meetings: list[MeetingInfo] = field(default_factory=list)
    actions_done: list[ActionInfo] = field(default_factory=list)  # closed during the year
    actions_open: list[ActionInfo] = field(default_factory=list)  # open on 31 December
    events: list[EventInfo] = field(default_factory=list)
    fora: list[ForumSessionInfo] = field(default_factory=list)
    deadlines: list[DeadlineInfo] = field(default_factory=list)  # evaluated on 31 December
    handover: DecisionInfo | None = None  # the chair handover decided during the year
    sources: list[str] = field(default_factory=list)  # every source cited above, de-duplicated


def as_json(record: Any) -> Any:
    """A record (or list of records) as JSON-ready values (dates as ISO strings)."""
    if isinstance(record, list):
        return [as_json(r) for r in record]
    return _iso(asdict(record))


def _iso(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
