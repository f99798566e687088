"""The languages nwfz speaks, from `settings.LANGUAGES` (one list: en, ru, kk)."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

# the visible marker of a text shown in a language other than the page's or document's
LANGUAGE_MARKERS = {
    "en": _("in English"),
    "ru": _("in Russian"),
    "kk": _("in Kazakh"),
}


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def one_of() -> str:
    """ "en, ru, kk": for messages that name the languages nwfz speaks."""
    return ", ".join(language_codes())


def supported(code: str | None) -> str:
    """`code` if nwfz speaks it, else the default language."""
    code = (code or "")[:2]
    return code if code in language_codes() else settings.LANGUAGE_CODE


def active_language() -> str:
    """The language of the request being answered (the portal's /en/, /ru/, /kk/)."""
    return supported(translation.get_language())
