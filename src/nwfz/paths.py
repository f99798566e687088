"""Where nwfz keeps its files: the data directory and the bundled data packages."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_DATA_DIR = PACKAGE_DIR / "data"


def _source_checkout_root() -> Path | None:
    """The repository root when nwfz runs from a source checkout (src layout)."""
    candidate = PACKAGE_DIR.parent.parent
    if (candidate / "pyproject.toml").is_file() and (candidate / "src" / "nwfz").is_dir():
        return candidate
    return None


def data_dir() -> Path:
    """The directory for the embedded database, the secret key and generated files.

    `NWFZ_HOME` wins; otherwise `var/` in a source checkout; otherwise the user's
    XDG data directory.
    """
    configured = os.environ.get("NWFZ_HOME")
    if configured:
        path = Path(configured).expanduser()
    elif (root := _source_checkout_root()) is not None:
        path = root / "var"
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        path = Path(xdg) / "nwfz"
    path.mkdir(parents=True, exist_ok=True)
    return path
