"""Portal pages about the record as a whole: its sources, what changed (with the Atom
feed) and the open data downloads."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from nwfz.languages import active_language
from nwfz.registry.models import Source
from nwfz.web.changes import change_by_id, public_changes
from nwfz.web.page_cache import public_page
from nwfz.web.source_uses import source_uses

CHANGES_SHOWN = 200


@require_GET
@public_page
def sources_page(request: HttpRequest) -> HttpResponse:
    lang = active_language()
    uses = source_uses(lang)
    sources = [
        {"source": s, "uses": sorted(uses.get(s.id, []), key=lambda u: (u.what, u.label))}
        for s in Source.objects.order_by("key")
    ]
    return render(request, "web/sources.html", {"sources": sources})


@require_GET
@public_page
def changes_page(request: HttpRequest) -> HttpResponse:
    changes = public_changes(active_language(), limit=CHANGES_SHOWN)
    return render(request, "web/changes.html", {"changes": changes, "limit": CHANGES_SHOWN})


@require_GET
@public_page
def change_page(request: HttpRequest, entry_id: int) -> HttpResponse:
    change = change_by_id(entry_id, active_language())
    if change is None:
        raise Http404(f"no public change {entry_id}")
    return render(request, "web/change.html", {"change": change})


@require_GET
@public_page
def data_page(request: HttpRequest) -> HttpResponse:
    from nwfz.opendata.tables import TABLES

    return render(request, "web/data.html", {"tables": TABLES})
