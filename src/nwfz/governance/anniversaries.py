"""Anniversaries computed from the record: signature, entry into force, and other dates.

Plain functions over plain values (no database). Each fact recurs every year on the same
day (29 February on 28 February in common years); the ordinal counts years since the fact
(an observance counts its own occurrences, the first year being the 1st), and a round
anniversary is every fifth (5th, 10th, 15th, 20th, ...).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from nwfz.governance.calendar_math import same_day_in_year

KINDS = ("signature", "entry_into_force", "test_site_closure", "observance", "other")


@dataclass(frozen=True)
class AnniversaryFact:
    key: str  # e.g. "signature", "entry-into-force", "day-against-nuclear-tests"
    kind: str  # one of KINDS
    # what is remembered: for "signature" and "entry_into_force" the treaty's (short) title,
    # e.g. "Semipalatinsk Treaty"; otherwise the fact itself, e.g. "closure of the
    # Semipalatinsk nuclear test site" or, for an observance, "International Day against
    # Nuclear Tests"
    title: str
    date: date  # the original day (for an observance: its first occurrence)
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Anniversary:
    key: str
    kind: str
    title: str
    date: date  # this year's occurrence
    original: date
    ordinal: int
    round: bool
    sources: tuple[str, ...] = ()
    lang: str = ""  # the language of `title`; the label is written in it (else: active)

    @property
    def label(self) -> str:
        """'20th anniversary of the signature of the Semipalatinsk Treaty' or '17th
        International Day against Nuclear Tests'."""
        if not self.lang:
            return anniversary_label(self.kind, self.title, self.ordinal)
        with translation.override(self.lang):
            return anniversary_label(self.kind, self.title, self.ordinal)


# Each label is one translatable phrase with the number as %(n)s, so that every language
# builds its own wording around it ("20-летие подписания …", "… қол қойылғанына 20 жыл").
# English needs the ordinal ending inside the phrase, so there is one English phrase per
# ending (1st, 2nd, 3rd, 4th); other languages translate the four alike.
_LABELS = {
    "signature": {
        # Translators: %(n)s is a number of years. Translate the four variants alike.
        "st": _("%(n)sst anniversary of the signature of the %(treaty)s"),
        "nd": _("%(n)snd anniversary of the signature of the %(treaty)s"),
        "rd": _("%(n)srd anniversary of the signature of the %(treaty)s"),
        "th": _("%(n)sth anniversary of the signature of the %(treaty)s"),
    },
    "entry_into_force": {
        # Translators: %(n)s is a number of years. Translate the four variants alike.
        "st": _("%(n)sst anniversary of the entry into force of the %(treaty)s"),
        "nd": _("%(n)snd anniversary of the entry into force of the %(treaty)s"),
        "rd": _("%(n)srd anniversary of the entry into force of the %(treaty)s"),
        "th": _("%(n)sth anniversary of the entry into force of the %(treaty)s"),
    },
    "observance": {
        # Translators: %(n)s counts the occurrences. Translate the four variants alike.
        "st": _("%(n)sst %(title)s"),
        "nd": _("%(n)snd %(title)s"),
        "rd": _("%(n)srd %(title)s"),
        "th": _("%(n)sth %(title)s"),
    },
    "other": {
        # Translators: %(n)s is a number of years. Translate the four variants alike.
        "st": _("%(n)sst anniversary of the %(title)s"),
        "nd": _("%(n)snd anniversary of the %(title)s"),
        "rd": _("%(n)srd anniversary of the %(title)s"),
        "th": _("%(n)sth anniversary of the %(title)s"),
    },
}


def anniversary_label(kind: str, title: str, n: int) -> str:
    """The label of the `n`th anniversary of a fact of `kind`, in the active language."""
    phrases = _LABELS.get(kind, _LABELS["other"])
    return str(phrases[english_ordinal_ending(n)]) % {"n": n, "treaty": title, "title": title}


def english_ordinal_ending(n: int) -> str:
    """'st', 'nd', 'rd' or 'th': the ending of the English ordinal of `n`."""
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ordinal_text(n: int) -> str:
    """The English ordinal of `n`: '1st', '22nd', '113th'."""
    return f"{n}{english_ordinal_ending(n)}"


def is_round(ordinal: int) -> bool:
    return ordinal > 0 and ordinal % 5 == 0


def upcoming_anniversaries(
    facts: Iterable[AnniversaryFact], start: date, end: date, lang: str = ""
) -> list[Anniversary]:
    """Every occurrence from `start` to `end` (inclusive), sorted by date then key; `lang`
    is the language of the facts' titles and of the labels."""
    out = []
    for fact in facts:
        for year in range(start.year, end.year + 1):
            day = same_day_in_year(fact.date, year)
            if not start <= day <= end:
                continue
            ordinal = year - fact.date.year + (1 if fact.kind == "observance" else 0)
            if ordinal <= 0:
                continue
            out.append(
                Anniversary(
                    fact.key,
                    fact.kind,
                    fact.title,
                    day,
                    fact.date,
                    ordinal,
                    is_round(ordinal),
                    fact.sources,
                    lang,
                )
            )
    return sorted(out, key=lambda a: (a.date, a.key))
