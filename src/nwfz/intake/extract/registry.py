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
