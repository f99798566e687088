"""A plain snapshot of registry facts the extractor checks stated facts against."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

CANWFZ_PARTIES: tuple[str, ...] = ("KZ", "KG", "TJ", "TM", "UZ")


@dataclass(frozen=True)
class RegistryFacts:
    """What the registry holds for one regime. The Django side builds it from the database."""

    regime: str
    signed: date
    signed_place: str
    entry_into_force: date
    parties: tuple[str, ...]
    chairs: dict[int, str] = field(default_factory=dict)
    rotation_order: tuple[str, ...] = ()

    @classmethod
    def default(cls) -> RegistryFacts:
        """The Central Asian zone (Semipalatinsk Treaty) as the project records it."""
        return cls(
            regime="canwfz",
            signed=date(2006, 9, 8),
            signed_place="Semipalatinsk",
            entry_into_force=date(2009, 3, 21),
            parties=CANWFZ_PARTIES,
            chairs={2022: "KG", 2023: "TJ", 2024: "TM", 2025: "UZ", 2026: "KZ"},
            rotation_order=("KZ", "KG", "TJ", "TM", "UZ"),
        )

    def chair_for(self, year: int) -> str | None:
        """The chair the registry knows for a year (no guessing beyond the known years)."""
        return self.chairs.get(year)

    def projected_chair(self, year: int) -> str | None:
        """The chair the rotation order gives for a year after the last known one."""
        if year in self.chairs:
            return self.chairs[year]
        if not self.chairs or not self.rotation_order:
            return None
        anchor_year = max(self.chairs)
        if year < anchor_year:
            return None
        anchor = self.chairs[anchor_year]
        if anchor not in self.rotation_order:
            return None
        step = self.rotation_order.index(anchor) + (year - anchor_year)
        return self.rotation_order[step % len(self.rotation_order)]
