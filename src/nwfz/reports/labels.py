"""Translatable labels for the codes that records carry (kinds, formats, statuses, fora).

A code without a label is shown as itself with underscores and hyphens as spaces, so a
new code never breaks a report; it only reads less well until a label is added here.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

LABELS: dict[str, dict[str, str]] = {
    "meeting_kind": {
        "annual_consultative": _("annual consultative meeting"),
        "extraordinary": _("extraordinary meeting"),
        "thematic": _("thematic meeting"),
        "anniversary": _("anniversary meeting"),
    },
    "meeting_format": {
        "in_person": _("in person"),
        "videoconference": _("videoconference"),
        "hybrid": _("hybrid"),
    },
    "outcome_kind": {
        "final_document": _("final document"),
        "joint_statement": _("joint statement"),
        "memorandum": _("memorandum"),
        "communique": _("communiqué"),
        "report": _("report"),
    },
    "decision_kind": {
        "chair_handover": _("chair handover"),
        "work_plan": _("work plan"),
        "action": _("action"),
        "statement": _("statement"),
        "institutional": _("institutional"),
        "other": _("other"),
    },
    "action_status": {
        "open": _("open"),
        "in_progress": _("in progress"),
        "done": _("done"),
        "dropped": _("dropped"),
    },
    "event_kind": {
        "commemorative": _("commemorative"),
        "thematic": _("thematic"),
    },
    "event_status": {
        "planned": _("planned"),
        "held": _("held"),
    },
    "coordination_kind": {
        "joint_statement": _("joint statement"),
        "working_paper": _("working paper"),
        "co_sponsorship": _("co-sponsorship"),
        "side_event": _("side event"),
        "resolution": _("resolution"),
    },
    "coordination_status": {
        "planned": _("planned"),
        "delivered": _("delivered"),
        "adopted": _("adopted"),
        "dropped": _("dropped"),
    },
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
    "participation_action": {
        "signed": _("signed"),
        "ratified": _("ratified"),
        "acceded": _("acceded"),
        "succeeded": _("succeeded"),
        "approved": _("approved"),
        "deposited": _("deposited"),
        "entered_into_force": _("entered into force"),
        "withdrew": _("withdrew"),
        "withdrawal_effective": _("withdrawal took effect"),
    },
    "calendar_kind": {
        "meeting": _("meeting"),
        "event": _("event"),
        "forum_session": _("session of an international forum"),
        "anniversary": _("anniversary"),
        "deadline": _("deadline"),
    },
    "source_kind": {
        "official": _("official"),
        "depositary": _("depositary"),
        "legal": _("legal database"),
        "news": _("news"),
        "secondary": _("secondary"),
        "intake": _("intake item"),
        "copy": _("copy"),
    },
}


def label(group: str, code: str | None) -> str:
    """The label of `code` in the active language."""
    if not code:
        return ""
    found = LABELS.get(group, {}).get(code)
    return str(found) if found is not None else code.replace("_", " ").replace("-", " ")
