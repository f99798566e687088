"""The sign-in form: user name, password and, for users with an authenticator app set up,
the one-time code (django-otp TOTP)."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice


def totp_device(user) -> TOTPDevice | None:
    """The user's confirmed authenticator (one per user: `nwfz user otp` replaces it)."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("-id").first()


class SignInForm(AuthenticationForm):
    otp_token = forms.CharField(
        label=_("One-time code"),
        required=False,
        max_length=8,
        help_text=_("Six digits from your authenticator app, if you set one up."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "size": 8}
        ),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "otp_required": _("Enter the one-time code from your authenticator app."),
        "otp_invalid": _("The one-time code is wrong or has expired; try the current one."),
        "otp_throttled": _("Too many wrong codes: wait a few seconds, then try the current one."),
    }

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        if user is None:
            return cleaned
        device = totp_device(user)
        user.otp_device = None
        if device is None:
            return cleaned
        token = (cleaned.get("otp_token") or "").strip()
        if not token:
            raise forms.ValidationError(self.error_messages["otp_required"], "otp_required")
        allowed, _extra = device.verify_is_allowed()
        if not allowed:  # django-otp waits longer after each wrong code
            raise forms.ValidationError(self.error_messages["otp_throttled"], "otp_throttled")
        if not device.verify_token(token):
            raise forms.ValidationError(self.error_messages["otp_invalid"], "otp_invalid")
        # django_otp's user_logged_in handler keeps the device in the session
        user.otp_device = device
        return cleaned


class PasswordResetRequestForm(PasswordResetForm):
    """Django's reset form with its field label in the project's catalogues (Django ships
    no Kazakh label for it)."""

    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
