"""Writes to governance records. Each service runs in one transaction, checks its input with
the rules in validation.py (through checks.py), and leaves one audit entry; bad input raises
GovernanceRefused and writes nothing.

Texts (titles, places, notes) are given as a str (English) or a mapping {en, ru, kk}.
States are ISO alpha-2 codes; organisations are slugs; sources are source keys.
One module per subject; every service stays importable from `nwfz.governance.services`.
"""

from __future__ import annotations

from nwfz.governance.services.action_items import action_item_create, action_item_update_status
from nwfz.governance.services.agenda import agenda_item_add, agenda_item_remove
from nwfz.governance.services.chairs import chair_term_create, handover_apply, term_length_months
from nwfz.governance.services.commemorations import event_plan
from nwfz.governance.services.fora import coordination_item_record, forum_session_record
from nwfz.governance.services.inputs import (
    Text,
    english,
    organisations_by_slug,
    sources_by_key,
    state_or_none,
    states_by_code,
    text_columns,
)
from nwfz.governance.services.meetings import (
    decision_record,
    extraordinary_request_record,
    meeting_record,
    outcome_document_record,
)

__all__ = [
    "Text",
    "action_item_create",
    "action_item_update_status",
    "agenda_item_add",
    "agenda_item_remove",
    "chair_term_create",
    "coordination_item_record",
    "decision_record",
    "english",
    "event_plan",
    "extraordinary_request_record",
    "forum_session_record",
    "handover_apply",
    "meeting_record",
    "organisations_by_slug",
    "outcome_document_record",
    "sources_by_key",
    "state_or_none",
    "states_by_code",
    "term_length_months",
    "text_columns",
]
