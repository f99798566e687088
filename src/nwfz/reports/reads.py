"""What reports read from the other apps: governance records and localized state names.

Governance is imported when called, so the reports package loads even where governance
is still being built, and tests can replace these two functions.
"""

from __future__ import annotations

from datetime import date

from nwfz.governance.records import CalendarItem, YearRecord
from nwfz.registry.models import Regime


def calendar_items(regime: Regime, start: date, end: date, lang: str) -> list[CalendarItem]:
    from nwfz.governance import selectors

    return selectors.calendar_items(regime, start, end, lang=lang)


def year_record(regime: Regime, year: int, lang: str) -> YearRecord:
    from nwfz.governance import selectors

    return selectors.year_record(regime, year, lang=lang)


def calendar_name(regime: Regime, lang: str) -> str:
    from django.utils import translation
    from django.utils.translation import gettext as _

    with translation.override(lang):
        return _("%(regime)s: calendar") % {"regime": regime.localized("name", lang)}
