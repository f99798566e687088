"""nwfz's own WSGI application (the API's shorter middleware chain included), callable from
a test: like Django's test client, a request neither opens nor closes the test's database
connection through the request signals."""

from __future__ import annotations

from django.core import signals
from django.db import close_old_connections


def in_the_test_transaction(environ, start_response):
    from nwfz.wsgi import application

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        response = application(environ, start_response)
        try:
            return [b"".join(response)]
        finally:
            response.close()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def wsgi_get(path: str) -> tuple[str, dict[str, str], bytes]:
    """GET `path` through the WSGI application: (status line, headers, body)."""
    from wsgiref.util import setup_testing_defaults

    environ = {"PATH_INFO": path, "HTTP_HOST": "localhost"}
    setup_testing_defaults(environ)
    seen: dict = {}

    def start_response(status, headers, exc_info=None):
        seen.update(status=status, headers=dict(headers))

    body = b"".join(in_the_test_transaction(environ, start_response))
    return seen["status"], seen["headers"], body
