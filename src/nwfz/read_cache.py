"""A process-local cache of read-only JSON answers, keyed by the data version.

Every write in nwfz goes through a service (or the package loader) that appends an audit
entry in the same transaction, so the newest audit entry's hash identifies the state of the
data: when it changes, every cached answer is stale. Reading it is one indexed query.
Answers that depend on today's date include the date in their key.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import wraps
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

MAX_ENTRIES = 2048
_entries: OrderedDict[tuple, tuple[str, bytes]] = OrderedDict()
_lock = threading.Lock()
_request = threading.local()  # the version read once for the request being answered


@dataclass(frozen=True)
class Version:
    """The state of the data: `key` ("id:hash" of the newest audit entry, or "empty") and
    `at`, when that entry was written (UTC, whole seconds; None before any write)."""

    key: str
    at: datetime | None


def current_version() -> Version:
    """The newest audit entry's id, hash and time (raw SQL: this runs on every cached read)."""
    from django.db import connection

    from nwfz.accounts.models import AuditEntry

    table = connection.ops.quote_name(AuditEntry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, hash, at FROM {table} ORDER BY id DESC LIMIT 1")  # noqa: S608
        newest = cursor.fetchone()
    if not newest:
        return Version("empty", None)
    at = newest[2]
    if isinstance(at, str):  # a backend that hands back text
        at = datetime.fromisoformat(at)
    if at.tzinfo is None:  # SQLite stores UTC without an offset
        at = at.replace(tzinfo=UTC)
    return Version(f"{newest[0]}:{newest[1]}", at.astimezone(UTC).replace(microsecond=0))


def data_version() -> str:
    """The newest audit entry's id and hash: changes with every write."""
    return current_version().key


def clear() -> None:
    with _lock:
        _entries.clear()
        _memo.clear()


def _get(key: tuple, version: str) -> bytes | None:
    with _lock:
        hit = _entries.get(key)
        if hit is None or hit[0] != version:
            return None
        _entries.move_to_end(key)
        return hit[1]


def _put(key: tuple, version: str, body: bytes) -> None:
    with _lock:
        _entries[key] = (version, body)
        _entries.move_to_end(key)
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)


_memo: OrderedDict[tuple, tuple[str, Any]] = OrderedDict()


def memoized(key: tuple, compute: Callable[[], Any]) -> Any:
    """`compute()`'s value, kept until the data version changes (for plain read-only values)."""
    version = getattr(_request, "version", None) or data_version()
    with _lock:
        hit = _memo.get(key)
        if hit is not None and hit[0] == version:
            _memo.move_to_end(key)
            return hit[1]
    value = compute()
    with _lock:
        _memo[key] = (version, value)
        _memo.move_to_end(key)
        while len(_memo) > MAX_ENTRIES:
            _memo.popitem(last=False)
    return value


def json_response(body: bytes) -> HttpResponse:
    return HttpResponse(body, content_type="application/json; charset=utf-8")


def cached_json(view: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate a read-only API handler returning plain JSON-able values."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        key = (view.__module__, view.__name__, request.get_full_path(), timezone.localdate())
        version = data_version()
        body = _get(key, version)
        if body is None:
            _request.version = version
            try:
                result = view(request, *args, **kwargs)
            finally:
                _request.version = None
            if isinstance(result, HttpResponse):
                return result
            body = json.dumps(result, cls=DjangoJSONEncoder, ensure_ascii=False).encode()
            _put(key, version, body)
        return json_response(body)

    return wrapper
