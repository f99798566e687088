"""Running a migration script in a fresh SQLite database of its own (a subprocess, so the
test database and its migrations are untouched)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_on_fresh_sqlite(script: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """Run `script` (Python source) with the project's settings on a new SQLite file."""
    env = {
        **os.environ,
        "NWFZ_DATABASE_URL": f"sqlite:///{tmp_path / 'm.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "nwfz.settings",
    }
    return subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300
    )
