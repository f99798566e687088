"""`requires(action)`: a page that is not public asks `can()` before anything else.

A visitor who is not signed in is sent to the sign-in page (and back afterwards); a
signed-in user whom `can(user, action)` refuses gets a 403 that says who may. A page about
one regime's record asks again in its body with the record (`require(user, action, obj)`).
The action is kept on the view (`nwfz_action`): the authorisation matrix test reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse

from nwfz.accounts.permissions import ACTIONS, NotAllowed, why


def requires(action: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r} (known: {', '.join(ACTIONS)})")

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            verdict = why(request.user, action)
            if not verdict.allowed:
                raise NotAllowed(verdict.because)
            return view(request, *args, **kwargs)

        guarded.nwfz_action = action
        return guarded

    return decorate
