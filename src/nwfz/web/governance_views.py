"""Governance pages of a regime: the overview (chair, timeline, meetings, action items,
anniversaries, events, fora, deadlines), one meeting, and the calendar of a year.
Thin: every value comes from nwfz.governance.selectors."""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from nwfz.governance import selectors
from nwfz.languages import active_language
from nwfz.registry.selectors import NotFound, regime_by_slug, state_names
from nwfz.web import pictures
from nwfz.web.page_cache import public_page
from nwfz.web.views import on_date

TIMELINE_YEARS_BEFORE = 4
TIMELINE_YEARS_AFTER = 5


def _regime(slug: str):
    try:
        return regime_by_slug(slug)
    except NotFound as exc:
        raise Http404(str(exc)) from None


def _a_year_on(day: date) -> date:
    return date(day.year + 1, day.month, min(day.day, 28))


@require_GET
@public_page
def governance_page(request: HttpRequest, slug: str) -> HttpResponse:
    lang = active_language()
    regime = _regime(slug)
    on, bad_date = on_date(request)
    names = state_names(lang)
    chair = selectors.chair_on(regime, on, lang)
    recorded = selectors.recorded_terms(regime, lang)
    first_year = min([on.year - TIMELINE_YEARS_BEFORE] + [t.start.year for t in recorded])
    timeline = selectors.chair_timeline(regime, first_year, on.year + TIMELINE_YEARS_AFTER, lang)
    timeline_json = [selectors.term_json(t, names) for t in timeline]
    rule = getattr(regime, "rotation_rule", None)
    name = regime.localized("name", lang)
    chairs = [t for t in timeline_json if t["role"] == "chair"]
    context = {
        "regime": regime,
        "name": name,
        "on": on,
        "bad_date": bad_date,
        "names": names,
        "chair": selectors.term_json(chair, names) if chair else None,
        "timeline": timeline_json,
        "chair_strip": pictures.chair_strip(
            "chair-strip",
            chairs,
            title=_("Chair terms of the %(regime)s") % {"regime": name},
            today=timezone.localdate(),
        ),
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


@require_GET
@public_page
def meeting_page(request: HttpRequest, ref: str) -> HttpResponse:
    lang = active_language()
    found = selectors.meeting_by_ref(ref, lang)
    if found is None:
        raise Http404(f"no meeting {ref!r}")
    meeting, slug = found
    regime = _regime(slug)
    context = {
        "m": meeting,
        "regime": regime,
        "regime_name": regime.localized("name", lang),
        "short_name": regime.localized("short_name", lang) or regime.slug,
        "names": state_names(lang),
    }
    return render(request, "web/meeting.html", context)


def calendar_years(regime, today: date) -> range:
    """The years the calendar pages cover: from the treaty's signature (or ten years
    back) to next year."""
    first = regime.treaty.adopted_on.year if regime.treaty and regime.treaty.adopted_on else None
    return range(first or today.year - 10, today.year + 2)


@require_GET
@public_page
def calendar_page(request: HttpRequest, slug: str, year: int | None = None) -> HttpResponse:
    lang = active_language()
    regime = _regime(slug)
    today = timezone.localdate()
    years = calendar_years(regime, today)
    year = year or today.year
    if year not in years:
        raise Http404(f"the calendar covers {years.start}–{years.stop - 1}")
    items = selectors.calendar_items(regime, date(year, 1, 1), date(year, 12, 31), lang)
    name = regime.localized("name", lang)
    ics_path = reverse("web:regime-calendar-ics", args=[regime.slug])
    public = settings.NWFZ_PUBLIC_URL
    context = {
        "regime": regime,
        "name": name,
        "short_name": regime.localized("short_name", lang) or regime.slug,
        "year": year,
        "previous": year - 1 if year - 1 in years else None,
        "next": year + 1 if year + 1 in years else None,
        "items": items,
        "strip": pictures.calendar_strip(
            "calendar-strip",
            year,
            items,
            title=_("The %(regime)s in %(year)s") % {"regime": name, "year": year},
            today=today,
        ),
        "ics_path": ics_path,
        "subscribe_url": "webcal://" + public.split("://", 1)[-1] + ics_path,
        "kinds": pictures.EVENT_KINDS,
    }
    return render(request, "web/calendar.html", context)
