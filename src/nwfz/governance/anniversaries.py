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

from nwfz.governance.calendar_math import same_day_in_year

KINDS = ("signature", "entry_into_force", "test_site_closure", "observance", "other")


@dataclass(frozen=True)
class AnniversaryFact:
    key: str  # e.g. "signature", "entry-into-force", "day-against-nuclear-tests"
    kind: str  # one of KINDS
    title: str  # what is remembered, e.g. "signature of the Semipalatinsk Treaty"
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

    @property
    def label(self) -> str:
        """'20th anniversary of the signature …' or '17th International Day …'."""
        if self.kind == "observance":
            return f"{ordinal_text(self.ordinal)} {self.title}"
        return f"{ordinal_text(self.ordinal)} anniversary of the {self.title}"


def ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def is_round(ordinal: int) -> bool:
    return ordinal > 0 and ordinal % 5 == 0


def upcoming_anniversaries(
    facts: Iterable[AnniversaryFact], start: date, end: date
) -> list[Anniversary]:
    """Every occurrence from `start` to `end` (inclusive), sorted by date then key."""
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
                )
            )
    return sorted(out, key=lambda a: (a.date, a.key))
