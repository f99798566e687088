"""Action items: all, open on a day (across chair terms), closed in a period."""

from __future__ import annotations

from datetime import date

from django.db.models import F, Q
from django.utils import translation

from nwfz.governance.models import ActionItem
from nwfz.governance.records import ActionInfo
from nwfz.governance.selectors.common import SOURCES, regime_of, source_urls
from nwfz.registry.models import Regime


def _actions_query(regime: Regime):
    return (
        ActionItem.objects.filter(decision__meeting__regime=regime)
        .select_related("decision__meeting")
        .prefetch_related("owners", SOURCES)
        .order_by(F("due").asc(nulls_last=True), "id")
    )


def action_info(a: ActionItem, lang: str = "en") -> ActionInfo:
    meeting = a.decision.meeting
    with translation.override(lang):
        kind = str(meeting.get_kind_display())
    return ActionInfo(
        id=a.id,
        title=a.localized("title", lang),
        owners=sorted(s.code for s in a.owners.all()),
        due=a.due,
        status=a.status,
        closed_on=a.closed_on,
        decided_at=f"{kind} {meeting.start}",
        sources=source_urls(a),
        due_precision=a.due_precision,
    )


def action_items(regime: Regime | str, status: str | None = None, lang: str = "en"):
    query = _actions_query(regime_of(regime))
    if status == "open_any":
        query = query.filter(status__in=ActionItem.OPEN_STATUSES)
    elif status:
        query = query.filter(status=status)
    return [action_info(a, lang) for a in query]


def open_action_items(regime: Regime | str, on: date, lang: str = "en") -> list[ActionInfo]:
    """Action items decided by `on` and not closed by then: they stay open across chair
    terms until closed, so a new chair sees what the previous one left open."""
    query = _actions_query(regime_of(regime)).filter(decision__date__lte=on)
    query = query.filter(Q(closed_on__isnull=True) | Q(closed_on__gt=on)).exclude(
        status__in=("done", "dropped"), closed_on__isnull=True
    )
    return [action_info(a, lang) for a in query]


def actions_closed_in(
    regime: Regime | str, start: date, end: date, lang: str = "en"
) -> list[ActionInfo]:
    query = _actions_query(regime_of(regime)).filter(closed_on__gte=start, closed_on__lte=end)
    return [action_info(a, lang) for a in query]
