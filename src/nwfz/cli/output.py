"""Shared CLI plumbing: errors, JSON, progress lines, dates, the database being ready."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any


class CommandFailed(Exception):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def fail_message(exc: CommandFailed) -> str:
    return f"nwfz: error: {exc}"


def iso_date(text: str) -> date:
    """argparse type for --on and similar options."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD") from None


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def progress_printer(quiet: bool):
    """A function printing progress to stderr on a terminal, or None when quiet."""
    if quiet or not sys.stderr.isatty():
        return None

    def progress(message: str) -> None:
        print(f"… {message}", file=sys.stderr, flush=True)

    return progress


def ensure_database(quiet: bool = False) -> None:
    """Migrate and load the bundled data on first use, so every command just works."""
    from nwfz.datapackage.loading import database_is_loaded, ensure_schema, load_directory
    from nwfz.datapackage.problems import PackageError

    progress = progress_printer(quiet)
    ensure_schema(progress)
    if not database_is_loaded():
        if progress:
            progress("first run: loading the bundled data packages")
        try:
            load_directory(progress=progress)
        except PackageError as exc:
            raise CommandFailed(f"the bundled data did not load:\n{exc}") from None


def today() -> date:
    from django.utils import timezone

    return timezone.localdate()


def add_common(parser: argparse.ArgumentParser, *, lang: bool = True, as_json: bool = True):
    if as_json:
        parser.add_argument("--json", action="store_true", help="print JSON (for scripts)")
    if lang:
        parser.add_argument(
            "--lang",
            choices=["en", "ru", "kk"],
            default="en",
            help="language of names and notes (default: en)",
        )


def table(rows: list[list[str]]) -> str:
    if not rows:
        return ""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows
    )
