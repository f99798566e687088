"""The calendar feed: /calendar/<slug>.ics (language-neutral; ?lang=, ?from=, ?to=), and
the chair's annual report: /reports/<slug>/<year>.<pdf|html|docx>?lang=."""

from __future__ import annotations

import hashlib

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from nwfz.languages import active_language, language_codes, one_of
from nwfz.read_cache import current_version
from nwfz.registry.selectors import NotFound, regime_by_slug
from nwfz.reports import reads
from nwfz.reports.ics import build_calendar
from nwfz.reports.periods import CalendarPeriodError, calendar_period
from nwfz.reports.stored import annual_report
from nwfz.web.page_cache import public_page


@require_GET
@public_page
def regime_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    return _calendar(request, slug, request.GET.get("lang") or "en")


@require_GET
@public_page
def regime_calendar_in_language(request: HttpRequest, slug: str) -> HttpResponse:
    """/<lang>/regimes/<slug>/calendar.ics: the language from the path (static exports)."""
    return _calendar(request, slug, active_language())


def _calendar(request: HttpRequest, slug: str, lang: str) -> HttpResponse:
    try:
        regime = regime_by_slug(slug)
    except NotFound as exc:
        return _problem(request, 404, str(exc))
    if lang not in language_codes():
        return _problem(request, 400, f"unknown language {lang!r}; use one of {one_of()}")
    try:
        start, end = calendar_period(
            request.GET.get("from", ""), request.GET.get("to", ""), today=timezone.localdate()
        )
    except CalendarPeriodError as exc:
        return _problem(request, 400, str(exc))
    body = build_calendar(
        reads.calendar_items(regime, start, end, lang),
        name=reads.calendar_name(regime, lang),
        lang=lang,
        version=current_version().at,
        base_url=request.build_absolute_uri("/").rstrip("/"),
    )
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="{regime.slug}.ics"'
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=3600"
    return response


def _problem(request: HttpRequest, status: int, message: str) -> HttpResponse:
    """JSON for clients that ask for it, plain text otherwise (calendar clients)."""
    if "application/json" in request.headers.get("Accept", ""):
        return JsonResponse({"detail": message}, status=status)
    return HttpResponse(message + "\n", status=status, content_type="text/plain; charset=utf-8")


CONTENT_TYPES = {
    "pdf": "application/pdf",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@require_GET
@public_page
def regime_annual_report(request: HttpRequest, slug: str, year: int, fmt: str) -> HttpResponse:
    return _annual_report(request, slug, year, fmt, request.GET.get("lang") or "en")


@require_GET
@public_page
def regime_annual_report_in_language(
    request: HttpRequest, slug: str, year: int, fmt: str
) -> HttpResponse:
    """/<lang>/regimes/<slug>/reports/<year>.<fmt>: the language from the path."""
    return _annual_report(request, slug, year, fmt, active_language())


def _annual_report(request: HttpRequest, slug: str, year: int, fmt: str, lang: str):
    try:
        regime = regime_by_slug(slug)
    except NotFound as exc:
        return _problem(request, 404, str(exc))
    if lang not in language_codes():
        return _problem(request, 400, f"unknown language {lang!r}; use one of {one_of()}")
    if fmt not in CONTENT_TYPES:
        return _problem(request, 404, f"unknown report format {fmt!r}; use pdf, html or docx")
    if not 1990 <= year <= timezone.localdate().year + 1:
        return _problem(request, 404, f"no report for {year}")
    body = annual_report(regime, year, lang=lang, fmt=fmt)
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    disposition = "inline" if fmt in ("pdf", "html") else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{slug}-{year}-{lang}.{fmt}"'
    return response
