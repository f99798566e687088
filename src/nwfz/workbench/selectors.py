"""What the workbench pages read: the chair's dashboard and a meeting's desk. Every list
is built from the governance, intake and accounts selectors; `can()` decides which forms a
page offers, and `why()` says why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from nwfz.accounts.permissions import ACTION_LABELS, why
from nwfz.accounts.records import version_of
from nwfz.accounts.roles import roles_of
from nwfz.governance import selectors as governance
from nwfz.governance.models import ActionItem, AgendaItem, Decision, Meeting
from nwfz.governance.records import ActionInfo, CalendarItem
from nwfz.intake.selectors import open_items
from nwfz.registry.models import Regime
from nwfz.workbench.models import AgendaProposal

UPCOMING_DAYS = 120
CHAIR_ACTIONS = (
    "convene_meeting",
    "edit_agenda",
    "record_decision",
    "record_outcome",
    "manage_action_items",
    "review_intake",
)
MEMBER_ACTIONS = ("view_members", "propose_agenda_item")


@dataclass(frozen=True)
class Power:
    action: str
    label: str
    allowed: bool
    because: str


@dataclass(frozen=True)
class OpenAction:
    info: ActionInfo
    version: int
    inherited: bool  # decided before the current chair's term


@dataclass
class Dashboard:
    regime: Regime
    on: date
    chair: Any  # rotation.Term or None
    days_to_handover: int | None
    next_chair: Any
    next_meeting: Meeting | None
    open_actions: list[OpenAction] = field(default_factory=list)
    upcoming: list[CalendarItem] = field(default_factory=list)
    intake_waiting: list[Any] = field(default_factory=list)
    powers: list[Power] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)

    @property
    def power(self) -> dict[str, Power]:
        return {p.action: p for p in self.powers}


def powers(user: Any, regime: Regime, on: date, actions=CHAIR_ACTIONS + MEMBER_ACTIONS):
    """Each workbench power, whether the user has it on `on`, and the sentence why."""
    out = []
    for action in actions:
        verdict = why(user, action, regime, on)
        out.append(Power(action, str(ACTION_LABELS[action]), verdict.allowed, verdict.because))
    return out


def user_regimes(user: Any, on: date) -> list[str]:
    """The regimes the user holds a role in on `on` (administrators: every regime)."""
    slugs = []
    for role in roles_of(user, on):
        if role.regime and role.regime not in slugs:
            slugs.append(role.regime)
    if not slugs and any(r.role in ("administrator", "system") for r in roles_of(user, on)):
        slugs = list(Regime.objects.order_by("slug").values_list("slug", flat=True))
    return slugs


def open_actions(regime: Regime, on: date, term_start: date | None, lang: str):
    infos = governance.open_action_items(regime, on, lang)
    rows = {
        a.id: a
        for a in ActionItem.objects.filter(id__in=[i.id for i in infos]).select_related("decision")
    }
    return [
        OpenAction(
            info,
            version_of(rows[info.id]),
            term_start is not None and rows[info.id].decision.date < term_start,
        )
        for info in infos
    ]


def dashboard(user: Any, regime: Regime, on: date, lang: str) -> Dashboard:
    chair = governance.chair_on(regime, on, lang)
    next_chair = governance.chair_on(regime, chair.end + timedelta(days=1), lang) if chair else None
    upcoming = [
        c
        for c in governance.calendar_items(regime, on, on + timedelta(days=UPCOMING_DAYS), lang)
        if c.kind != "meeting"
    ]
    return Dashboard(
        regime=regime,
        on=on,
        chair=chair,
        days_to_handover=(chair.end - on).days + 1 if chair else None,
        next_chair=next_chair,
        next_meeting=Meeting.objects.filter(regime=regime, start__gte=on)
        .order_by("start", "id")
        .first(),
        open_actions=open_actions(regime, on, chair.start if chair else None, lang),
        upcoming=upcoming,
        intake_waiting=list(open_items()[:20]),
        powers=powers(user, regime, on),
        meetings=list(Meeting.objects.filter(regime=regime).order_by("-start", "-id")[:8]),
    )


@dataclass
class MeetingDesk:
    meeting: Meeting
    version: int
    agenda: list[AgendaItem]
    proposals: list[AgendaProposal]
    decisions: list[Decision]
    actions: dict[int, list[tuple[ActionItem, int]]]
    powers: dict[str, Power]


def meeting_desk(user: Any, meeting: Meeting, on: date) -> MeetingDesk:
    decisions = list(meeting.decisions.select_related("handover_to").order_by("position", "id"))
    items = ActionItem.objects.filter(decision__in=decisions).order_by("id")
    actions: dict[int, list[tuple[ActionItem, int]]] = {}
    for item in items:
        actions.setdefault(item.decision_id, []).append((item, version_of(item)))
    return MeetingDesk(
        meeting=meeting,
        version=version_of(meeting),
        agenda=list(meeting.agenda.order_by("position", "id")),
        proposals=list(meeting.agenda_proposals.filter(status="proposed")),
        decisions=decisions,
        actions=actions,
        powers={p.action: p for p in powers(user, meeting.regime, on)},
    )


def meeting_or_404(meeting_id: int) -> Meeting:
    """The meeting a workbench page or API operation acts on (with its regime), or 404."""
    from django.shortcuts import get_object_or_404

    return get_object_or_404(Meeting.objects.select_related("regime"), pk=meeting_id)
