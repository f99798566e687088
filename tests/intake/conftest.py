"""Make `nwfz` importable from src/ when the package is not installed (no Django needed)."""

import sys
from pathlib import Path

try:
    import nwfz.intake.extract  # noqa: F401
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
