"""Translatable labels for the codes that records carry (kinds, formats, statuses, fora).

A model field's codes take their labels from the model's `TextChoices`; only computed codes
(deadline status, chair basis, calendar kind ...) and data slugs (fora) are labelled here.
A code without a label is shown as itself with underscores and hyphens as spaces, so a
new code never breaks a report; it only reads less well until a label is added.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from nwfz.governance.models import (
    ActionItem,
    CoordinationItem,
    Decision,
    Event,
    Meeting,
    OutcomeDocument,
)
from nwfz.registry.models import ParticipationEvent, Source


def _choices(*enums: type[models.TextChoices]) -> dict[str, Any]:
    return {value: label for enum in enums for value, label in enum.choices if value}


# The codes a model field takes: labelled by the model's own choices, so a code added to a
# model is labelled in every report and page without a second list to keep in step.
MODEL_LABELS: dict[str, dict[str, Any]] = {
    "meeting_kind": _choices(Meeting.Kind),
    "meeting_format": _choices(Meeting.Format),
    "outcome_kind": _choices(OutcomeDocument.Kind),
    "decision_kind": _choices(Decision.Kind),
    "action_status": _choices(ActionItem.Status),
    "event_kind": _choices(Event.Kind),
    "event_status": _choices(Event.Status),
    "coordination_kind": _choices(CoordinationItem.Kind),
    "coordination_status": _choices(CoordinationItem.Status),
    "participation_action": _choices(ParticipationEvent.Action),
    "source_kind": _choices(Source.Kind),
}

# The codes that are computed or are data rather than a model field's choices.
COMPUTED_LABELS: dict[str, dict[str, Any]] = {
    "forum": {
        "npt-revcon": _("NPT Review Conference"),
        "npt-prepcom": _("NPT Review Conference Preparatory Committee"),
        "tpnw-msp": _("TPNW Meeting of States Parties"),
        "tpnw-revcon": _("TPNW Review Conference"),
        "unga-first-committee": _("UN General Assembly First Committee"),
        "iaea-gc": _("IAEA General Conference"),
    },
    "deadline_rule": {
        "art8-additional-protocol": _(
            "Article 8: Additional Protocol in force within 18 months of the Treaty"
        ),
        "art8-safeguards-agreement": _(
            "Article 8: comprehensive safeguards agreement in force within 18 months"
        ),
    },
    "deadline_status": {
        "met": _("met"),
        "late": _("met late"),
        "overdue": _("overdue, not met"),
        "pending": _("pending"),
        "undetermined": _("undetermined"),
    },
    "chair_basis": {
        "recorded": _("recorded"),
        "predicted": _("predicted by the rotation rule"),
    },
    "participation_status": {
        "not_signed": pgettext_lazy("status", "not signed"),
        "signed": pgettext_lazy("status", "signed"),
        "ratified": pgettext_lazy("status", "ratified"),
        "in_force": pgettext_lazy("status", "in force"),
        "withdrawn": pgettext_lazy("status", "withdrawn"),
        "unknown": pgettext_lazy("status", "not known"),
    },
    "calendar_kind": {
        "meeting": _("meeting"),
        "event": _("event"),
        "forum_session": _("session of an international forum"),
        "anniversary": _("anniversary"),
        "deadline": _("deadline"),
    },
}

LABELS: dict[str, dict[str, Any]] = {**MODEL_LABELS, **COMPUTED_LABELS}


def label(group: str, code: str | None) -> str:
    """The label of `code` in the active language."""
    if not code:
        return ""
    found = LABELS.get(group, {}).get(code)
    return str(found) if found is not None else code.replace("_", " ").replace("-", " ")
