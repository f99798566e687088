"""Governance reads that the CLI, API, pages, calendar feed and annual report share.

Every function takes a Regime (or its slug) and returns plain values: the dataclasses of
records.py, or Term / Anniversary from the rule modules. Dates are explicit (`on=`).
One module per subject; every public name stays importable from here.
"""

from __future__ import annotations

from nwfz.governance.selectors.action_items import (
    action_info,
    action_items,
    actions_closed_in,
    open_action_items,
)
from nwfz.governance.selectors.calendar import calendar_items
from nwfz.governance.selectors.chairs import (
    chair_on,
    chair_timeline,
    recorded_terms,
    rotation_rule,
    term_json,
    withdrawn_states,
)
from nwfz.governance.selectors.commemorations import (
    anniversary_facts,
    events_in,
    upcoming_anniversaries,
)
from nwfz.governance.selectors.common import SOURCES
from nwfz.governance.selectors.deadlines import deadline_table
from nwfz.governance.selectors.fora import forum_sessions_in
from nwfz.governance.selectors.meetings import (
    meeting_by_id,
    meeting_by_ref,
    meeting_info,
    meetings_in,
    standalone_outcomes,
)
from nwfz.governance.selectors.year import year_record

__all__ = [
    "SOURCES",
    "action_info",
    "action_items",
    "actions_closed_in",
    "anniversary_facts",
    "calendar_items",
    "chair_on",
    "chair_timeline",
    "deadline_table",
    "events_in",
    "forum_sessions_in",
    "meeting_by_id",
    "meeting_by_ref",
    "meeting_info",
    "meetings_in",
    "open_action_items",
    "recorded_terms",
    "rotation_rule",
    "standalone_outcomes",
    "term_json",
    "upcoming_anniversaries",
    "withdrawn_states",
    "year_record",
]
