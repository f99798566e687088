"""Public portal views: thin, they call registry selectors and render templates."""

from __future__ import annotations

from datetime import date

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from nwfz.registry import selectors
from nwfz.registry.models import Regime, State


def _on(request: HttpRequest) -> tuple[date, str]:
    raw = request.GET.get("on", "")
    if not raw:
        return timezone.localdate(), ""
    try:
        return date.fromisoformat(raw), ""
    except ValueError:
        return timezone.localdate(), raw


def _lang() -> str:
    lang = (translation.get_language() or "en")[:2]
    return lang if lang in {"en", "ru", "kk"} else "en"


@require_GET
def root_redirect(request: HttpRequest) -> HttpResponse:
    lang = translation.get_language_from_request(request) or "en"
    return redirect(f"/{lang if lang in {'en', 'ru', 'kk'} else 'en'}/")


@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"ok": True})


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    lang = _lang()
    regimes = [(r, r.localized("name", lang)) for r in Regime.objects.all()]
    return render(request, "web/home.html", {"regimes": regimes, "lang": lang})


def _get(fn, *args):
    try:
        return fn(*args)
    except selectors.NotFound as exc:
        raise Http404(str(exc)) from None


@require_GET
def regime_page(request: HttpRequest, slug: str) -> HttpResponse:
    lang = _lang()
    regime = _get(selectors.regime_by_slug, slug)
    on, bad_date = _on(request)
    rows = selectors.status_table(regime.treaty, on, lang) if regime.treaty else []
    context = {
        "regime": regime,
        "name": regime.localized("name", lang),
        "summary": regime.localized("summary", lang),
        "treaty": regime.treaty,
        "treaty_title": regime.treaty.localized("title", lang) if regime.treaty else "",
        "links": [
            (link, link.instrument.localized("title", lang))
            for link in selectors.regime_instruments(regime)
        ],
        "rows": rows,
        "on": on,
        "bad_date": bad_date,
        "lang": lang,
        "sources": list(regime.sources.all()),
        "report_year": timezone.localdate().year - 1,
    }
    return render(request, "web/regime.html", context)


@require_GET
def instrument_page(request: HttpRequest, slug: str) -> HttpResponse:
    lang = _lang()
    instrument = _get(selectors.resolve_instrument, slug)
    on, bad_date = _on(request)
    articles = [
        (a, a.localized("title", lang), a.localized("summary", lang))
        for a in instrument.articles.prefetch_related("sources")
    ]
    context = {
        "instrument": instrument,
        "title": instrument.localized("title", lang),
        "rows": selectors.status_table(instrument, on, lang),
        "articles": articles,
        "on": on,
        "bad_date": bad_date,
        "lang": lang,
    }
    return render(request, "web/instrument.html", context)


@require_GET
def state_page(request: HttpRequest, code: str) -> HttpResponse:
    lang = _lang()
    state: State = _get(selectors.state_by_code, code)
    on, bad_date = _on(request)
    data = selectors.state_participation(state, on, lang)
    return render(
        request,
        "web/state.html",
        {"state": state, "data": data, "on": on, "bad_date": bad_date, "lang": lang},
    )
