"""The REST API: one NinjaAPI composed of each app's router. Schema at /api/openapi.json,
interactive docs at /api/docs (assets served locally, no internet needed)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from nwfz.registry.selectors import NotFound
from nwfz.validation import shown

api = NinjaAPI(
    title="nwfz API",
    version="1",
    description=(
        "Registry and governance of nuclear-weapon-free-zone regimes (reference regime: "
        "CANWFZ). Dates are ISO 8601 (YYYY-MM-DD); `on` defaults to today. Every fact "
        'carries the URLs of its sources. Errors are JSON: `{"error": ..., "detail": ...}`.'
    ),
    urls_namespace="api",
)


@api.exception_handler(NotFound)
def _not_found(request: HttpRequest, exc: NotFound):
    return api.create_response(request, {"error": shown(exc)}, status=404)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError):
    details = []
    for err in exc.errors:
        loc = list(err.get("loc", []))
        # ("body", "payload", "text") names the field `text`; ("query", "on") names `on`
        if loc[:1] == ["body"]:
            loc = loc[2:]
        elif loc[:1] in (["query"], ["path"]):
            loc = loc[1:]
        loc = [shown(p) for p in loc]
        message = shown(err.get("msg", "invalid value")).removeprefix("Value error, ")
        details.append({"field": ".".join(loc), "message": message})
    message = "; ".join(f"{d['field']}: {d['message']}" for d in details) or "invalid input"
    return api.create_response(request, {"error": message, "detail": details}, status=422)


@api.exception_handler(AuthenticationError)
def _not_signed_in(request: HttpRequest, exc: AuthenticationError):
    from nwfz.accounts.api_auth import NOT_SIGNED_IN, TokenRefused

    message = str(exc) if isinstance(exc, TokenRefused) else NOT_SIGNED_IN
    return api.create_response(request, {"error": message}, status=401)


@api.exception_handler(PermissionDenied)
def _refused(request: HttpRequest, exc: PermissionDenied):
    """`require()` refused (a service's own check): 403 with who may."""
    return api.create_response(request, {"error": shown(exc)}, status=403)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError):
    return api.create_response(request, {"error": shown(exc)}, status=exc.status_code)


def _register_routers() -> None:
    from nwfz.atlas.api import router as atlas_router
    from nwfz.governance.api import router as governance_router
    from nwfz.intake.api import router as intake_router
    from nwfz.registry.api import router as registry_router
    from nwfz.workbench.api import router as workbench_router

    for router in (
        registry_router,
        governance_router,
        intake_router,
        atlas_router,
        workbench_router,
    ):
        api.add_router("", router)


_register_routers()
