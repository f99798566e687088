"""Public portal views (under /en/, /ru/, /kk/): thin, they call selectors and render.

Every public page is decorated with `public_page`: the same for every reader, so the
page cache (web/page_cache.py) may keep it per data version and language.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from nwfz.languages import active_language, supported
from nwfz.registry import selectors
from nwfz.registry.models import Regime, State
from nwfz.web import pictures
from nwfz.web.page_cache import public_page
from nwfz.web.regime_links import regime_links


def on_date(request: HttpRequest) -> tuple[date, str]:
    """The day a page is about (`?on=YYYY-MM-DD`, default today) and the raw text when it
    was not a date (the page says so)."""
    raw = request.GET.get("on", "")
    if raw:
        try:
            day = date.fromisoformat(raw)
            if 1900 <= day.year <= 2200:
                return day, ""
        except ValueError:
            pass
    return timezone.localdate(), raw


@require_GET
def root_redirect(request: HttpRequest) -> HttpResponse:
    return redirect(f"/{supported(translation.get_language_from_request(request))}/")


@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"ok": True})


@require_GET
@public_page
def home(request: HttpRequest) -> HttpResponse:
    from nwfz.web.now import happening_now

    lang = active_language()
    today = timezone.localdate()
    regimes = [happening_now(r, today, lang) for r in Regime.objects.order_by("slug")]
    # a zone with a chair today (a regime being run) comes before the reference zones
    regimes.sort(key=lambda now: now.chair is None)
    from nwfz.web.changes import public_changes

    context = {"regimes": regimes, "today": today, "changes": public_changes(lang, limit=5)}
    return render(request, "web/home.html", context)


def found(fn, *args):
    try:
        return fn(*args)
    except selectors.NotFound as exc:
        raise Http404(str(exc)) from None


@require_GET
@public_page
def regime_page(request: HttpRequest, slug: str) -> HttpResponse:
    lang = active_language()
    regime = found(selectors.regime_by_slug, slug)
    on, bad_date = on_date(request)
    rows = selectors.status_table(regime.treaty, on, lang) if regime.treaty else []
    today = timezone.localdate()
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
        "extra_links": regime_links(regime),
        "rows": rows,
        "on": on,
        "bad_date": bad_date,
        "sources": list(regime.sources.all()),
        "report_years": _report_years(today),
        "timeline": _instrument_timeline(regime.treaty, on, lang, "treaty")
        if regime.treaty
        else "",
    }
    return render(request, "web/regime.html", context)


def _report_years(today: date) -> list[int]:
    """The years an annual report is offered for on the regime page: last year and this."""
    return [today.year - 1, today.year]


def _instrument_timeline(instrument, on: date, lang: str, ident: str) -> str:
    until = max(on, timezone.localdate()) + timedelta(days=1)
    history = selectors.instrument_history(instrument, until, lang)
    rows = [_timeline_row(h) for h in history]
    first = _first_day(history, instrument.adopted_on)
    title = translation.gettext("Participation in the %(instrument)s over time") % {
        "instrument": instrument.localized("short_title", lang)
        or instrument.localized("title", lang)
    }
    return pictures.participation_timeline(
        ident, rows, first=first, last=until, title=title, today=timezone.localdate()
    )


def _timeline_row(h: selectors.History) -> pictures.TimelineRow:
    return pictures.TimelineRow(
        h.label,
        [pictures.Span(s.status, s.start, s.end) for s in h.spans],
        [pictures.Mark(a, d, p) for a, d, p in h.events],
    )


def _first_day(history, floor: date | None) -> date:
    days = [d for h in history for _, d, _ in h.events]
    days += [floor] if floor else []
    first = min(days) if days else timezone.localdate() - timedelta(days=3650)
    return date(first.year, 1, 1)


@require_GET
@public_page
def instrument_page(request: HttpRequest, slug: str) -> HttpResponse:
    lang = active_language()
    instrument = found(selectors.resolve_instrument, slug)
    on, bad_date = on_date(request)
    articles = [
        {
            "article": a,
            "title": a.localized("title", lang),
            "summary": a.localized("summary", lang),
            "texts": _official_texts(a, lang),
            "sources": [s.url for s in a.sources.all()],
        }
        for a in instrument.articles.prefetch_related("sources", "texts")
    ]
    context = {
        "instrument": instrument,
        "title": instrument.localized("title", lang),
        "depositary": instrument.localized("depositary", lang),
        "dates": selectors.instrument_dates(instrument, lang),
        "depositary_sources": [s.url for s in instrument.depositary_sources.all()],
        "rows": selectors.status_table(instrument, on, lang),
        "articles": articles,
        "verified_count": sum(1 for a in articles if a["article"].verified),
        "on": on,
        "bad_date": bad_date,
        "timeline": _instrument_timeline(instrument, on, lang, "participation"),
        "sources": [s.url for s in instrument.sources.all()],
    }
    return render(request, "web/instrument.html", context)


def _official_texts(article, lang: str) -> list:
    """The imported official texts, the page's language first."""
    return sorted(article.texts.all(), key=lambda t: (t.language != lang, t.language))


@require_GET
@public_page
def state_page(request: HttpRequest, code: str) -> HttpResponse:
    lang = active_language()
    state: State = found(selectors.state_by_code, code)
    on, bad_date = on_date(request)
    data = selectors.state_participation(state, on, lang)
    until = max(on, timezone.localdate()) + timedelta(days=1)
    history = selectors.state_history(state, until, lang)
    title = translation.gettext("Participation of %(state)s over time") % {"state": data["name"]}
    timeline = pictures.participation_timeline(
        "participation",
        [_timeline_row(h) for h in history],
        first=_first_day(history, None),
        last=until,
        title=title,
        today=timezone.localdate(),
    )
    context = {"state": state, "data": data, "on": on, "bad_date": bad_date, "timeline": timeline}
    return render(request, "web/state.html", context)
