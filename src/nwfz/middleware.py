"""The project's own middleware: every request gets an id for the log (RequestId), and a
request whose address holds a control character is refused before any view sees it."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse

from nwfz.logs import current_request_id
from nwfz.validation import shown, text_problem

_SANE_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def address_problem(request: HttpRequest) -> str | None:
    """What is wrong with the request's path or query, or None. A NUL or other control
    character in a URL is never meant (and PostgreSQL cannot even compare with it)."""
    path = request.path_info
    problem = text_problem(path, max_length=len(path))
    if problem:
        return f"the path {problem}"
    for name, values in request.GET.lists():
        for value in [name, *values]:
            problem = text_problem(value, max_length=len(value))
            if problem:
                return f"the query parameter {shown(name)!r} {problem}"
    return None


class RefuseControlCharacters:
    """400 for an address with a control character: JSON under /api/, text elsewhere."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        problem = address_problem(request)
        if problem is None:
            return self.get_response(request)
        message = f"{problem}; remove it"
        if request.path_info.startswith("/api/"):
            return JsonResponse({"error": message}, status=400)
        return HttpResponse(message + "\n", status=400, content_type="text/plain; charset=utf-8")


class RequestId:
    """Gives each request an id for its log lines and its `X-Request-ID` response header: a
    proxy's own id when it sends a sane one, else a new one."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        given = request.headers.get("X-Request-ID", "")
        request_id = given if _SANE_ID.fullmatch(given) else uuid.uuid4().hex[:16]
        request.request_id = request_id
        token = current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response["X-Request-ID"] = request_id
        return response
