"""The authorisation matrix: every route of the URLconf and every operation of
/api/openapi.json, each asked once by each of eight users, built with the demo-users
machinery on today's date: anonymous, a delegate of a party, the chair's delegate, the
previous chair's delegate, an observer, staff without permissions, an administrator
signed in with the one-time code, and the same administrator without it.

Each cell is one request. Where `can()` allows the route's action (for the route's regime)
the answer must not be a refusal; everywhere else it must be refused: 401, 403 or 404, or
for a visitor not signed in a redirect to the sign-in page. No cell answers a 5xx, and no
refused answer carries a restricted text (an intake item's, a delegate's agenda proposal).

Routes are enumerated, not listed: a new route is checked as public until it is given its
action in ROUTE_ACTIONS (or by `nwfz.accounts.access.requires`, or an API operation by its
`auth=members(action)`), and one whose parameters have no sample value fails here.
When written: 287 routes and operations × 8 users = 2296 cells, 732 of them allowed,
about 30 s of CPU on SQLite (docs/architecture.md); the test prints the current size.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

pytestmark = pytest.mark.django_db

MARK = "MATRIX-RESTRICTED"
SIGNED_IN = "(signed in)"  # a page for any signed-in user, whatever their roles
SIGN_IN_REDIRECT = "(redirect to sign in)"  # sends every user to the sign-in page
NOBODY = "(nobody)"  # answers every user with a refusal by design (see REFUSED_BY_DESIGN)
# routes that refuse everyone: the matrix still asks them, for 5xx and leaks
REFUSED_BY_DESIGN = {
    "api:api-root": "django-ninja's root of /api/ answers 404",
    "admin:autocomplete": "answers only for a model field with autocomplete; none is set up",
    "admin:view_on_site": "no admin model links to a page of the site (404)",
    "admin (unnamed) admin/(?P<url>.*)$": "the admin's catch-all answers 404",
}

# name -> (action, regime slug or None); a route not named here (and not declaring its action
# with `requires`) is public.
ROUTE_ACTIONS: dict[str, tuple[str, str | None]] = {
    "accounts:password_change": (SIGNED_IN, None),
    "accounts:password_change_done": (SIGNED_IN, None),
    "web:intake:list": ("review_intake", None),
    "web:intake:upload": ("submit_intake", None),
    "web:intake:item": ("review_intake", None),
    "web:intake:original": ("review_intake", None),
    "web:intake:accept": ("review_intake", "canwfz"),
    "web:intake:reject": ("review_intake", "canwfz"),
    "web:workbench:home": ("use_workbench", None),
    "web:workbench:dashboard": ("use_workbench", "canwfz"),
    "web:workbench:convene": ("convene_meeting", "canwfz"),
    "web:workbench:meeting": ("use_workbench", "canwfz"),
    "web:workbench:agenda-add": ("edit_agenda", "canwfz"),
    "web:workbench:agenda-remove": ("edit_agenda", "canwfz"),
    "web:workbench:agenda-propose": ("propose_agenda_item", "canwfz"),
    "web:workbench:agenda-decide": ("edit_agenda", "canwfz"),
    "web:workbench:decision-add": ("record_decision", "canwfz"),
    "web:workbench:outcome-add": ("record_outcome", "canwfz"),
    "web:workbench:action-add": ("manage_action_items", "canwfz"),
    "web:workbench:action-status": ("manage_action_items", "canwfz"),
}
# the admin site (every route but its sign-in, which sends to the portal's) is for `edit_record`
ADMIN_ACTION = ("edit_record", None)
# API operations whose regime is their record's (the action comes from `auth=members(...)`)
API_REGIMES = {"/api/intake/proposals/{proposal_id}/accept": "canwfz"}
API_REGIMES["/api/intake/proposals/{proposal_id}/reject"] = "canwfz"

POST_ROUTES = {
    "accounts:logout",
    "set_language",
    "web:intake:accept",
    "web:intake:reject",
    "web:workbench:agenda-add",
    "web:workbench:agenda-remove",
    "web:workbench:agenda-propose",
    "web:workbench:agenda-decide",
    "web:workbench:decision-add",
    "web:workbench:outcome-add",
    "web:workbench:action-add",
    "web:workbench:action-status",
}
SIGN_OUT = {"accounts:logout", "admin:logout"}
ROLES = (
    "anonymous",
    "staff",
    "observer",
    "delegate",
    "previous_chair",
    "chair",
    "administrator (no code)",
    "administrator",
)
LOGIN_PREFIXES = ("/en/account/login/", "/admin/login/")
ADMIN_INDEX = "/admin/"  # the admin sends a visitor who is not signed in on from its index


@dataclass(frozen=True)
class Cell:
    label: str  # route name or "METHOD /api/path"
    method: str
    url: str
    action: str | None  # None: public
    regime: str | None
    admin_permits: bool = True  # the admin's own model permission (e.g. no "add" of the trail)


@dataclass
class Samples:
    values: dict[str, Any]
    per_route: dict[str, dict[str, Any]]
    admin_objects: dict[str, Any]  # "app/model" -> pk


def _walk(patterns, prefix: str = "", namespace: str | None = None) -> Iterator[tuple]:
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = ":".join(filter(None, [namespace, p.namespace])) or None
            yield from _walk(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            name = f"{namespace}:{p.name}" if namespace and p.name else (p.name or namespace)
            yield name, prefix + str(p.pattern), p.callback


PARAM = re.compile(r"<(?:(\w+):)?(\w+)>")


def _fill(route: str, values: dict[str, Any], label: str) -> str:
    def one(match: re.Match) -> str:
        name = match.group(2)
        if name not in values:
            pytest.fail(f"route {label} ({route}): give its parameter {name!r} a sample value")
        return str(values[name])

    return "/" + PARAM.sub(one, route)


def _admin_permits(name: str, route: str) -> bool:
    """Whether the admin itself offers this page to a superuser (read-only models have no
    add or delete)."""
    from django.contrib import admin
    from django.contrib.auth import get_user_model
    from django.test import RequestFactory

    parts = route.split("/")
    if len(parts) < 4:
        return True
    model_admin = next(
        (ma for m, ma in admin.site._registry.items()
         if (m._meta.app_label, m._meta.model_name) == (parts[1], parts[2])),
        None,
    )  # fmt: skip
    if model_admin is None:
        return True
    request = RequestFactory().get("/admin/")
    request.user = get_user_model()(is_superuser=True, is_staff=True, is_active=True)
    view = name.rsplit("_", 1)[-1] if name.startswith("admin:") else "change"
    if view == "add":
        return model_admin.has_add_permission(request)
    if view == "delete":
        return model_admin.has_delete_permission(request)
    return model_admin.has_view_or_change_permission(request)


def _admin_cell(name: str, route: str, samples: Samples) -> Cell:
    label = name if name != "admin" else f"admin (unnamed) {route}"
    if label in REFUSED_BY_DESIGN:
        url = "/admin/no-such-page/" if route.endswith("(?P<url>.*)$") else None
        values = {**samples.values["admin_view_on_site"]}
        return Cell(label, "GET", url or _fill(route, values, label), NOBODY, None)
    if route.startswith("admin/^"):  # the app index, a regular expression
        return Cell(label, "GET", "/admin/governance/", *ADMIN_ACTION)
    parts = route.split("/")
    model = "/".join(parts[1:3]) if len(parts) > 3 else ""
    values = {
        "object_id": samples.admin_objects.get(model, 1),
        "pk": samples.admin_objects.get(model, 1),
        "id": samples.admin_objects.get(model, 1),
        **samples.values["admin_view_on_site"],
    }
    if name == "admin:login":  # sends everyone to the portal's sign-in page
        return Cell(label, "GET", "/admin/login/", SIGN_IN_REDIRECT, None)
    method = "POST" if name == "admin:logout" else "GET"
    url = _fill(route, values, label)
    return Cell(label, method, url, *ADMIN_ACTION, _admin_permits(name, route))


def route_cells(samples: Samples) -> list[Cell]:
    cells = []
    for name, route, view in _walk(get_resolver().url_patterns):
        if route.startswith("api/") and name not in (
            "api:api-root",
            "api:openapi-json",
            "api:openapi-view",
        ):
            continue  # the API's operations come from its schema
        if not name:
            pytest.fail(f"route {route} has no name: name it, so that the matrix can list it")
        if name == "admin" or name.startswith("admin:"):
            cells.append(_admin_cell(name, route, samples))
            continue
        declared = getattr(view, "nwfz_action", None)
        action, regime = ROUTE_ACTIONS.get(name, (declared, None))
        if name in REFUSED_BY_DESIGN:
            action = NOBODY
        if declared and declared != action:
            pytest.fail(f"{name}: the view requires {declared!r}, the matrix says {action!r}")
        values = {**samples.values, **samples.per_route.get(name, {})}
        method = "POST" if name in POST_ROUTES else "GET"
        cells.append(Cell(name, method, _fill(route, values, name), action, regime))
    return cells


def api_cells(client: Client, samples: Samples) -> list[Cell]:
    from nwfz.accounts.api_auth import operation_action
    from nwfz.api import api

    operations = {}
    for _prefix, router in api._routers:
        for path, path_view in router.path_operations.items():
            for op in path_view.operations:
                for method in op.methods:
                    operations[(method, "/api" + path.replace("<", "{").replace(">", "}"))] = op
    schema = client.get("/api/openapi.json").json()
    cells = []
    for path, item in schema["paths"].items():
        for method in item:
            op = operations.get((method.upper(), path))
            label = f"{method.upper()} {path}"
            if op is None:
                pytest.fail(f"{label}: in the schema but not found among the routers")
            action = operation_action(op.auth_callbacks)
            if action is None and item[method].get("security"):
                pytest.fail(f"{label}: needs sign-in but asks `can()` nothing (auth=members(…))")
            url = re.sub(r"\{(\w+)\}", r"<\1>", path)[1:]
            cells.append(
                Cell(label, method.upper(), _fill(url, samples.values, label), action,
                     API_REGIMES.get(path))
            )  # fmt: skip
    return cells


def _samples(users) -> Samples:
    from django.contrib.contenttypes.models import ContentType

    from nwfz.accounts.models import AuditEntry
    from nwfz.governance.models import ActionItem, AgendaItem, Decision, Meeting
    from nwfz.governance.services.agenda import agenda_item_add
    from nwfz.intake.services import intake_item_receive
    from nwfz.opendata.tables import TABLES
    from nwfz.registry.models import Source
    from nwfz.web.changes import change_by_id
    from nwfz.workbench.services import agenda_proposal_submit
    from tests.intake.workflow.samples import SEED_PUBLISHED, SEED_TEXT

    item = intake_item_receive(
        raw=(SEED_TEXT + f"\n\n{MARK} paragraph of a member's item.").encode(),
        filename=f"{MARK}.txt",
        published=SEED_PUBLISHED,
        acting_user="test",
    ).item
    proposal = item.proposals.filter(fields__regime="canwfz").first() or item.proposals.first()
    decision = Decision.objects.filter(meeting__regime__slug="canwfz").first()
    meeting = decision.meeting
    agenda_item_add(meeting=meeting, text={"en": "Matrix agenda item"}, acting_user="test")
    agenda_item = AgendaItem.objects.filter(meeting=meeting).latest("id")
    agenda_proposal = agenda_proposal_submit(
        meeting=meeting, text=f"{MARK} agenda proposal", language="en",
        acting_user=users["delegate"],
    )  # fmt: skip
    action_item = ActionItem.objects.filter(decision__meeting__regime__slug="canwfz").first()
    public_change = next(
        e for e in AuditEntry.objects.order_by("id").values_list("id", flat=True)
        if change_by_id(e, "en") is not None
    )  # fmt: skip
    admin_objects = {}
    from django.contrib import admin

    for model in admin.site._registry:
        first = model._default_manager.order_by("pk").values_list("pk", flat=True).first()
        admin_objects[f"{model._meta.app_label}/{model._meta.model_name}"] = first or 1
    return Samples(
        values={
            "slug": "canwfz",
            "code": "KZ",
            "key": Source.objects.values_list("key", flat=True).first(),
            "year": timezone.localdate().year,
            "fmt": "html",
            "ref": meeting.key or meeting.id,
            "entry_id": public_change,
            "name": next(iter(TABLES)).name,
            "item_id": item.id,
            "proposal_id": proposal.id,
            "meeting_id": meeting.id,
            "decision_id": decision.id,
            "uidb64": "MQ",
            "token": "set-password",
            "zone": "canwfz",
            "admin_view_on_site": {
                "content_type_id": ContentType.objects.get_for_model(Meeting).id,
                "object_id": meeting.id,
            },
        },
        per_route={
            "data-table": {"fmt": "csv"},
            "web:workbench:agenda-remove": {"item_id": agenda_item.id},
            "web:workbench:agenda-decide": {"proposal_id": agenda_proposal.id},
            "web:workbench:action-status": {"item_id": action_item.id},
        },
        admin_objects=admin_objects,
    )


def _users():
    from django.contrib.auth import get_user_model

    from nwfz.accounts.demo import demo_users_create

    demo_users_create(acting_user="test", on=timezone.localdate(), password="matrix-pass-2026")
    by_name = {u.username: u for u in get_user_model().objects.filter(username__startswith="demo-")}
    return {
        "staff": by_name["demo-staff"],
        "observer": by_name["demo-observer"],
        "delegate": by_name["demo-delegate"],
        "previous_chair": by_name["demo-previous-chair"],
        "chair": by_name["demo-chair"],
        "administrator (no code)": by_name["demo-admin"],
        "administrator": by_name["demo-admin"],
    }


def _sign_in(client: Client, role: str, user) -> None:
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client.force_login(user)
    if role == "administrator":
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=user).persistent_id
        session.save()


def _can(role: str, user, action: str, regime: str | None, memo={}) -> bool:  # noqa: B006
    """`can()` for the role's user as a request sees them (an administrator's powers only
    with the one-time code), remembered per (role, action, regime)."""
    from nwfz.accounts.permissions import can

    key = (role, user.pk, action, regime)
    if key not in memo:
        fresh = type(user).objects.get(pk=user.pk)  # roles are remembered on the object
        verified = role == "administrator"
        fresh.is_verified = lambda: verified
        memo[key] = can(fresh, action, regime)
    return memo[key]


def _expected(role: str, user, cell: Cell) -> bool:
    if cell.action is None:
        return True
    if cell.action == NOBODY or role == "anonymous":
        return False
    if cell.action == SIGNED_IN:
        return True
    return cell.admin_permits and _can(role, user, cell.action, cell.regime)


def _refused(role: str, response) -> bool:
    if response.status_code in (401, 403, 404):
        return True
    return (
        role == "anonymous"
        and response.status_code == 302
        and (response["Location"].startswith(LOGIN_PREFIXES) or response["Location"] == ADMIN_INDEX)
    )


def _body(response) -> str:
    if getattr(response, "streaming", False):
        return ""
    return response.content.decode("utf-8", "replace")


def test_every_route_and_operation_for_every_role():
    started, cpu = time.monotonic(), time.process_time()
    users = _users()
    samples = _samples(users)
    probe = Client()
    cells = route_cells(samples) + api_cells(probe, samples)
    problems: list[str] = []
    allowed_count = 0
    for role in ROLES:
        client = Client(raise_request_exception=False)
        user = users.get(role)
        if user is not None:
            _sign_in(client, role, user)
        for cell in cells:
            send = client.post if cell.method == "POST" else client.get
            if cell.method not in ("GET", "POST"):
                send = getattr(client, cell.method.lower())
            response = send(cell.url)
            if cell.label in SIGN_OUT and user is not None:
                _sign_in(client, role, user)
            where = f"{role} → {cell.method} {cell.url} ({cell.label})"
            if response.status_code >= 500:
                problems.append(f"{where}: {response.status_code}")
                continue
            if cell.action == SIGN_IN_REDIRECT:
                if not response.get("Location", "").startswith("/en/account/login/"):
                    problems.append(f"{where}: {response.status_code}, not sent to sign in")
                continue
            allowed = _expected(role, user, cell)
            allowed_count += allowed
            refused = _refused(role, response)
            if allowed and (refused or response.status_code == 405):
                problems.append(f"{where}: refused ({response.status_code}) but can() allows it")
            elif not allowed and not refused:
                problems.append(f"{where}: {response.status_code}, but can() refuses it")
            elif refused and MARK in _body(response):
                problems.append(f"{where}: the refusal shows restricted text")
    size = f"{len(cells)} routes and operations × {len(ROLES)} users = {len(cells) * len(ROLES)}"
    seconds, cpu = time.monotonic() - started, time.process_time() - cpu
    print(
        f"authorisation matrix: {size} cells ({allowed_count} allowed) "
        f"in {seconds:.1f} s ({cpu:.1f} s of CPU)"
    )
    assert problems == [], "\n".join(problems[:60])
    assert allowed_count and allowed_count < len(cells) * len(ROLES)
