"""The one permission function: `can(user, action, obj, on=date)`.

Every view, API operation, CLI command, feed, report and export asks this module. The
rules (`decide`) are plain: a table of which roles grant which action, over the roles of
roles.py; `can` and `why` are the thin adapter that finds the user's roles on the date and
the regime the object belongs to.

Actions (exact names, used in code and documented in docs/architecture.md):

- `view_public`: what is published (everyone, signed in or not): the record's own tables
  (public_record_types), the record as a whole (no object, or a regime's slug) and the
  audit entries about them (`is_published`); never intake items, proposals, accounts;
- `use_workbench`: open the members' workbench (anyone with a role);
- `view_members`: members' material (a party's delegates, observers excluded);
- `comment`, `propose_agenda_item`, `request_extraordinary_meeting`, `submit_intake`: a
  party's delegates;
- `convene_meeting`, `edit_agenda`, `record_outcome`, `record_decision`,
  `manage_action_items`, `review_intake`, `record_event`: the chair's delegates;
- `edit_record` (corrections through the admin or the command line), `load_data`,
  `manage_accounts`, `view_audit`: the administrator and the system user.

The administrator and the system user may do everything; their powers are not tied to a
regime. Every other role counts only for the regime it was derived for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nwfz.accounts.roles import Role, roles_of

DELEGATE_ROLES = frozenset({"delegate", "chair", "previous_chair", "depositary"})
CHAIR_ROLES = frozenset({"chair"})
EVERYWHERE_ROLES = frozenset({"administrator", "system"})

GRANTS: dict[str, frozenset[str]] = {
    "view_public": frozenset({"*"}),
    "use_workbench": DELEGATE_ROLES | {"observer"} | EVERYWHERE_ROLES,
    "view_members": DELEGATE_ROLES | EVERYWHERE_ROLES,
    "comment": DELEGATE_ROLES | EVERYWHERE_ROLES,
    "propose_agenda_item": DELEGATE_ROLES | EVERYWHERE_ROLES,
    "request_extraordinary_meeting": DELEGATE_ROLES | EVERYWHERE_ROLES,
    "submit_intake": DELEGATE_ROLES | EVERYWHERE_ROLES,
    "convene_meeting": CHAIR_ROLES | EVERYWHERE_ROLES,
    "edit_agenda": CHAIR_ROLES | EVERYWHERE_ROLES,
    "record_outcome": CHAIR_ROLES | EVERYWHERE_ROLES,
    "record_decision": CHAIR_ROLES | EVERYWHERE_ROLES,
    "manage_action_items": CHAIR_ROLES | EVERYWHERE_ROLES,
    "review_intake": CHAIR_ROLES | EVERYWHERE_ROLES,
    "record_event": CHAIR_ROLES | EVERYWHERE_ROLES,
    "edit_record": EVERYWHERE_ROLES,
    "load_data": EVERYWHERE_ROLES,
    "manage_accounts": EVERYWHERE_ROLES,
    "view_audit": EVERYWHERE_ROLES,
}
ACTIONS = tuple(GRANTS)

# What is published: every table of the record's apps (the registry, governance, the
# atlas) but those listed here, and the data packages loaded into them. Intake items and
# proposals, accounts, delegations, tokens and the audit trail itself are not. The feed,
# the "what changed" pages, the open data, the calendars and the static export show only
# what `can(anyone, "view_public", obj)` allows.
PUBLIC_APPS = ("registry", "governance", "atlas")
NOT_PUBLIC_RECORD_TYPES = frozenset({"packageload", "extraordinarymeetingrequest"})


@cache
def public_record_types() -> frozenset[str]:
    """The model names of the published tables (and 'data_package')."""
    from django.apps import apps

    names = {
        model._meta.model_name
        for app in PUBLIC_APPS
        for model in apps.get_app_config(app).get_models()
    }
    return frozenset((names - NOT_PUBLIC_RECORD_TYPES) | {"data_package"})


# audit entries about public records that tell of the members' work, not of the record
NOT_PUBLIC_AUDIT_ACTIONS = frozenset({"proposal_accept", "proposal_reject", "intake_item_receive"})

ACTION_LABELS = {
    "view_public": gettext_lazy("see published records"),
    "use_workbench": gettext_lazy("use the members' workbench"),
    "view_members": gettext_lazy("see members' material"),
    "comment": gettext_lazy("comment"),
    "propose_agenda_item": gettext_lazy("propose agenda items"),
    "request_extraordinary_meeting": gettext_lazy("request an extraordinary meeting"),
    "submit_intake": gettext_lazy("submit news items for review"),
    "convene_meeting": gettext_lazy("convene meetings"),
    "edit_agenda": gettext_lazy("edit draft agendas"),
    "record_outcome": gettext_lazy("record outcomes"),
    "record_decision": gettext_lazy("record decisions"),
    "manage_action_items": gettext_lazy("open and close action items"),
    "review_intake": gettext_lazy("review intake proposals"),
    "record_event": gettext_lazy("record events"),
    "edit_record": gettext_lazy("correct any record"),
    "load_data": gettext_lazy("load data packages"),
    "manage_accounts": gettext_lazy("manage users and delegations"),
    "view_audit": gettext_lazy("read the audit trail"),
}


class NotAllowed(PermissionDenied):
    """Refused by `can`; the message says what was asked and who may do it."""


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    because: str
    role: Role | None = None

    def __bool__(self) -> bool:
        return self.allowed


def decide(roles: Iterable[Role], action: str, regime: str | None) -> Verdict:
    """Whether roles allow `action` on something of `regime` (None: of any regime)."""
    granted_to = GRANTS.get(action)
    if granted_to is None:
        raise ValueError(f"unknown action {action!r} (known: {', '.join(ACTIONS)})")
    if "*" in granted_to:
        return Verdict(True, _("published records are open to everyone"))
    for role in roles:
        if role.role not in granted_to:
            continue
        if role.role in EVERYWHERE_ROLES or regime is None or role.regime == regime:
            return Verdict(True, _("you are %(because)s") % {"because": role.because}, role)
    return Verdict(False, _refusal(action, granted_to, regime))


def _refusal(action: str, granted_to: frozenset[str], regime: str | None) -> str:
    who = {
        CHAIR_ROLES | EVERYWHERE_ROLES: _("the chair's delegates"),
        DELEGATE_ROLES | EVERYWHERE_ROLES: _("the delegates of a party"),
        DELEGATE_ROLES | {"observer"} | EVERYWHERE_ROLES: _("members of a delegation"),
        EVERYWHERE_ROLES: _("administrators"),
    }.get(granted_to, _("other users"))
    where = _(" of %(regime)s") % {"regime": regime} if regime else ""
    return _("only %(who)s%(where)s may %(action)s") % {
        "who": who,
        "where": where,
        "action": ACTION_LABELS.get(action, action),
    }


def regime_slug_of(obj: Any) -> str | None:
    """The regime a record belongs to (None: not tied to one regime)."""
    if obj is None:
        return None
    if isinstance(obj, str):
        return obj
    model = getattr(getattr(obj, "_meta", None), "model_name", "")
    if model == "regime":
        return obj.slug
    if model in ("intakeitem", "proposal"):
        fields = getattr(obj, "fields", None) or {}
        return fields.get("regime") or "canwfz"
    for path in ("regime", "meeting", "decision", "session"):
        related = getattr(obj, path, None)
        if related is not None and related is not obj:
            found = regime_slug_of(related)
            if found:
                return found
    return None


def record_type(name: str) -> str:
    """The model name of an audit entry's object type: 'participation_event',
    'registry.participationevent' and 'meeting' alike ('data_package' as it is)."""
    kind = name.rsplit(".", 1)[-1]
    return kind if kind == "data_package" else kind.replace("_", "")


def is_published(obj: Any) -> bool:
    """Whether `obj` is part of the published record: nothing in particular (the record
    as a whole) or a regime's slug; a record, or a model, of a public type; an audit entry
    about such a record."""
    if obj is None or isinstance(obj, str):
        return True
    meta = getattr(obj, "_meta", None)
    if meta is None:
        return False
    if meta.model_name == "auditentry" and not isinstance(obj, type):
        return (
            record_type(obj.object_type) in public_record_types()
            and obj.action not in NOT_PUBLIC_AUDIT_ACTIONS
        )
    return meta.model_name in public_record_types()


def _today(on: date | None) -> date:
    return on or timezone.localdate()


def why(user: Any, action: str, obj: Any = None, on: date | None = None) -> Verdict:
    """`can`, with the sentence that says why (for pages: "you are a delegate of …")."""
    from nwfz.accounts.actors import actor_user

    if action == "view_public" and not is_published(obj):
        return Verdict(False, _("this is not part of the published record"))
    return decide(roles_of(actor_user(user), _today(on)), action, regime_slug_of(obj))


def can(user: Any, action: str, obj: Any = None, on: date | None = None) -> bool:
    """May `user` do `action` to `obj` (a record, a regime, or a regime slug) on `on`
    (default: today)?"""
    return why(user, action, obj, on).allowed


def require(user: Any, action: str, obj: Any = None, on: date | None = None) -> Verdict:
    """`can`, raising NotAllowed (a 403 in views and the API) when refused."""
    verdict = why(user, action, obj, on)
    if not verdict.allowed:
        raise NotAllowed(verdict.because)
    return verdict
