"""Problems found in data packages, printed as `file:line: field: what is wrong`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    field: str
    message: str
    severity: str = "error"  # error | conflict (a conflict is information, not an error)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"

    def as_json(self) -> dict:
        return {
            "file": self.path,
            "line": self.line,
            "field": self.field,
            "message": self.message,
            "severity": self.severity,
        }


class PackageError(Exception):
    """Raised when packages cannot be loaded; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
