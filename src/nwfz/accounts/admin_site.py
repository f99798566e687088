"""The admin site asks `can()` too: it is for administrators (`edit_record`), whose powers
hold only in a session verified with a second factor. Its sign-in is the portal's sign-in
page; a signed-in user who may not use it gets a 403 that says why."""

from __future__ import annotations

from functools import wraps

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from nwfz.accounts.permissions import NotAllowed, can, why
from nwfz.accounts.roles import second_factor_ok


def second_factor_missing(user) -> bool:
    """An administrator signed in without the second factor (their powers wait for it)."""
    return bool(getattr(user, "is_superuser", False) and user.is_active) and not (
        second_factor_ok(user)
    )


def admin_refusal(user) -> str:
    """Why `user` may not use the admin site."""
    if second_factor_missing(user):
        return _(
            "Administrators use the admin site after signing in with a one-time code from "
            "their authenticator app. Sign out and sign in again with the code; without an "
            "authenticator set up, ask for one with `nwfz user otp %(name)s`."
        ) % {"name": user.get_username()}
    return why(user, "edit_record").because


class NwfzAdminSite(admin.AdminSite):
    def has_permission(self, request: HttpRequest) -> bool:
        user = request.user
        return bool(user.is_active and user.is_staff and can(user, "edit_record"))

    def admin_view(self, view, cacheable=False):
        inner = super().admin_view(view, cacheable)

        @wraps(inner)
        def guarded(request: HttpRequest, *args, **kwargs):
            if request.user.is_authenticated and not self.has_permission(request):
                raise NotAllowed(admin_refusal(request.user))
            return inner(request, *args, **kwargs)

        return guarded

    def login(self, request: HttpRequest, extra_context=None):
        """The portal's sign-in page, back here afterwards."""
        target = request.GET.get("next") or reverse("admin:index", current_app=self.name)
        return redirect_to_login(target, reverse("accounts:login"))
