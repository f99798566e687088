"""Public pages served from a per-process cache keyed by the data version and language.

A view decorated with `public_page` marks its response as the same for every reader. The
middleware (placed right after the security middleware, before CSP, WhiteNoise, sessions,
locale, CSRF and auth) keeps such responses, with their headers (the CSP header included),
keyed by (language, path with query, today's date) together with the data version they
were rendered at (`read_cache.current_version`: one indexed query). A later
request for the same key is answered from the cache while the version is unchanged,
without running the rest of the middleware chain or the view. Every write leaves an audit
entry, so a write makes every cached page stale at once, in every process.

Every public page carries an ETag (a hash of its body) and Last-Modified (when the data
last changed, or the start of today when later: pages say what is true today); a
conditional GET that matches answers 304 Not Modified with no body.

Readers with a session cookie (members signed in to the workbench) bypass the cache.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from functools import wraps
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.http import http_date, parse_http_date_safe

from nwfz.accounts.permissions import can
from nwfz.read_cache import Version, current_version
from nwfz.web.context import STATIC_EXPORT

MAX_PAGES = 1024
CACHE_CONTROL = "public, no-cache"  # may be stored; revalidate (a cheap 304) before use
# headers a cached page must not replay to another reader
_PRIVATE_HEADERS = {"set-cookie", "vary"}
_LANGUAGES = {code for code, _ in settings.LANGUAGES}
NEUTRAL_PREFIXES = ("/data/", "/calendar/")  # public answers outside the language prefixes


@dataclass(frozen=True)
class CachedPage:
    version: str
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...]
    etag: str
    last_modified: float


_pages: OrderedDict[tuple, CachedPage] = OrderedDict()
_lock = threading.Lock()


def clear() -> None:
    with _lock:
        _pages.clear()


def public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Mark a view's successful answers as public: the same for every reader, cacheable, and
    written by the static export. What such a page shows is what `can(anyone,
    "view_public", ...)` allows; the mark itself is asked of `can()` too."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and can(None, "view_public"):
            response.nwfz_public = True
        return response

    return wrapper


def last_modified(version: Version) -> datetime:
    """When a page last changed: the data's last write, or the start of today if later."""
    today = datetime.combine(timezone.localdate(), time.min, tzinfo=timezone.get_current_timezone())
    start_of_today = today.astimezone(UTC)
    return max(version.at, start_of_today) if version.at else start_of_today


def _key(request: HttpRequest) -> tuple | None:
    if request.method not in ("GET", "HEAD"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or request.META.get(STATIC_EXPORT):
        return None
    path = request.get_full_path()
    lang = path[1:3] if path[3:4] == "/" else ""
    if lang not in _LANGUAGES and not path.startswith(NEUTRAL_PREFIXES):
        return None
    return (lang, path, timezone.localdate())


def not_modified(request: HttpRequest, etag: str, modified: float) -> bool:
    """Whether the reader's copy is current (If-None-Match wins over If-Modified-Since)."""
    match = request.headers.get("If-None-Match")
    if match is not None:
        tags = {t.strip().removeprefix("W/") for t in match.split(",")}
        return etag in tags or "*" in tags
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    return since is not None and int(modified) <= since


def _answer(request: HttpRequest, page: CachedPage) -> HttpResponse:
    if not_modified(request, page.etag, page.last_modified):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(page.body if request.method != "HEAD" else b"", status=page.status)
        for name, value in page.headers:
            response[name] = value
        response["Content-Length"] = str(len(page.body))
    response["ETag"] = page.etag
    response["Last-Modified"] = http_date(page.last_modified)
    response["Cache-Control"] = CACHE_CONTROL
    return response


def _store(key: tuple, version: Version, response: HttpResponse) -> CachedPage:
    body = response.content
    headers = tuple(
        (name, value)
        for name, value in response.items()
        if name.lower() not in _PRIVATE_HEADERS and name.lower() != "content-length"
    )
    page = CachedPage(
        version=version.key,
        status=response.status_code,
        body=body,
        headers=headers,
        etag='"' + hashlib.sha256(version.key.encode() + b"\0" + body).hexdigest()[:32] + '"',
        last_modified=last_modified(version).timestamp(),
    )
    with _lock:
        _pages[key] = page
        _pages.move_to_end(key)
        while len(_pages) > MAX_PAGES:
            _pages.popitem(last=False)
    return page


class PageCacheMiddleware:
    """Answer public pages from the cache; store the public answers of a miss."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = _key(request)
        if key is None:
            return self.get_response(request)
        with _lock:
            page = _pages.get(key)
        version = current_version()  # read before rendering: a write meanwhile makes it stale
        if page is not None and page.version == version.key:
            with _lock:
                if key in _pages:
                    _pages.move_to_end(key)
            return _answer(request, page)
        response = self.get_response(request)
        if not getattr(response, "nwfz_public", False) or response.cookies:
            return response
        return _answer(request, _store(key, version, response))
