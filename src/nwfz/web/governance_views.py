"""The governance page of a regime: chair, timeline, meetings, action items, anniversaries,
events, fora and deadlines. Thin: every value comes from nwfz.governance.selectors."""

from __future__ import annotations

from datetime import date

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from nwfz.governance import selectors
from nwfz.registry.models import State
from nwfz.registry.selectors import NotFound, regime_by_slug

TIMELINE_YEARS_BEFORE = 4
TIMELINE_YEARS_AFTER = 5


def _lang() -> str:
    lang = (translation.get_language() or "en")[:2]
    return lang if lang in {"en", "ru", "kk"} else "en"


def _on(request: HttpRequest) -> tuple[date, str]:
    raw = request.GET.get("on", "")
    if raw:
        try:
            day = date.fromisoformat(raw)
            if 1900 <= day.year <= 2200:
                return day, ""
        except ValueError:
            pass
    return timezone.localdate(), raw


def _a_year_on(day: date) -> date:
    return date(day.year + 1, day.month, min(day.day, 28))


@require_GET
def governance_page(request: HttpRequest, slug: str) -> HttpResponse:
    lang = _lang()
    try:
        regime = regime_by_slug(slug)
    except NotFound as exc:
        raise Http404(str(exc)) from None
    on, bad_date = _on(request)
    names = {s.code: s.localized("name", lang) for s in State.objects.all()}
    chair = selectors.chair_on(regime, on, lang)
    recorded = selectors.recorded_terms(regime, lang)
    first_year = min([on.year - TIMELINE_YEARS_BEFORE] + [t.start.year for t in recorded])
    timeline = selectors.chair_timeline(regime, first_year, on.year + TIMELINE_YEARS_AFTER, lang)
    rule = getattr(regime, "rotation_rule", None)
    context = {
        "regime": regime,
        "name": regime.localized("name", lang),
        "on": on,
        "bad_date": bad_date,
        "lang": lang,
        "names": names,
        "chair": selectors.term_json(chair, names) if chair else None,
        "timeline": [selectors.term_json(t, names) for t in timeline],
        "short_name": regime.localized("short_name", lang) or regime.slug,
        "rule": rule,
        "rule_note": rule.localized("note", lang) if rule else "",
        "meetings": list(reversed(selectors.meetings_in(regime, None, None, lang))),
        "outcomes": selectors.standalone_outcomes(regime, lang),
        "open_actions": selectors.open_action_items(regime, on, lang),
        "anniversaries": selectors.upcoming_anniversaries(regime, on, _a_year_on(on), lang),
        "events": list(reversed(selectors.events_in(regime, None, None, lang))),
        "fora": list(reversed(selectors.forum_sessions_in(regime, None, None, lang))),
        "deadlines": selectors.deadline_table(regime, on),
    }
    return render(request, "web/governance/page.html", context)
