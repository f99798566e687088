"""Template context of every portal page."""

from __future__ import annotations

from django.http import HttpRequest

STATIC_EXPORT = "nwfz.static_export"  # request.META key set by `nwfz export site`


def portal(request: HttpRequest) -> dict:
    """`static_export`: the page is rendered for a static copy (no date form, no API)."""
    return {"static_export": bool(request.META.get(STATIC_EXPORT))}
