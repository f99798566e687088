"""Who calls the API, and whether `can()` lets them: a bearer token (`Authorization: Bearer
nwfz_…`, for scripts) or the browser's session (with its CSRF token on writes).

`members(action)` is the `auth=` of every operation that is not public: the caller must be
signed in (else 401) and `can(user, action)` must allow it (else 403 with the reason). An
operation on one regime's record checks `require(user, action, record)` again in its body.

A token is not a second factor: a token's user never has administrator powers (those hold
only in a session verified with a one-time code); their delegation's roles still count.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.errors import AuthenticationError, HttpError
from ninja.security import HttpBearer
from ninja.security.session import SessionAuth

from nwfz.accounts.permissions import why

NOT_SIGNED_IN = (
    "sign in first: a session from the sign-in page (/en/account/login/), or a token "
    "(`nwfz token create USER`) sent as `Authorization: Bearer <token>`"
)


class TokenRefused(AuthenticationError):
    """A bearer token that is unknown, revoked, or whose user is inactive: 401, never a
    fall-back to the session."""

    def __init__(self) -> None:
        super().__init__(401, "the bearer token is not valid (unknown or revoked)")


def _allowed(user: Any, action: str | None) -> Any:
    if action is not None:
        verdict = why(user, action)
        if not verdict.allowed:
            raise HttpError(403, str(verdict.because))
    return user


def _never_verified() -> bool:
    return False


class BearerToken(HttpBearer):
    def __init__(self, action: str | None = None) -> None:
        super().__init__()
        self.action = action

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        from nwfz.accounts.services import user_for_token

        user = user_for_token(token.strip())
        if user is None:
            raise TokenRefused()
        user.otp_device = None
        user.is_verified = _never_verified
        request.user = user
        return _allowed(user, self.action)


class Session(SessionAuth):
    def __init__(self, action: str | None = None, csrf: bool = True) -> None:
        super().__init__(csrf=csrf)
        self.action = action

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated:
            return None  # a 401 that says how to sign in, before any CSRF check
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = request.user
        if not user.is_authenticated:
            return None
        return _allowed(user, self.action)


def members(action: str | None = None) -> list:
    """`auth=` for an operation that needs a signed-in caller whom `can(action)` allows
    (None: any signed-in caller)."""
    return [BearerToken(action), Session(action)]


def operation_action(auth_callbacks) -> str | None:
    """The action an operation's `auth=` asks `can()` about (None: public or any caller);
    read by the authorisation matrix test."""
    for callback in auth_callbacks or ():
        action = getattr(callback, "action", None)
        if action:
            return action
    return None
