"""Shared CLI plumbing: errors, lookups that fail with exit code 2, JSON, progress lines,
dates, source footnotes, the database being ready."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TypeVar

from nwfz.languages import language_codes

T = TypeVar("T")


class CommandFailed(Exception):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


def fail_message(exc: CommandFailed) -> str:
    return f"nwfz: error: {exc}"


def found_or_exit(
    lookup: Callable[..., T], *args: Any, missing: type[Exception] | None = None
) -> T:
    """Call a lookup (regime_by_slug, resolve_instrument, intake_item, ...). What it does not
    find (`missing`, by default the registry's NotFound) fails the command with the lookup's
    own sentence and exit code 2."""
    if missing is None:
        from nwfz.registry.selectors import NotFound

        missing = NotFound
    try:
        return lookup(*args)
    except missing as exc:
        raise CommandFailed(str(exc), exit_code=2) from None


def regime_or_exit(slug: str):
    """The regime with this slug, or the command fails with exit code 2."""
    from nwfz.registry.selectors import regime_by_slug

    return found_or_exit(regime_by_slug, slug)


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
            choices=language_codes(),
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


def footnote_numbers(urls: Iterable[str]) -> dict[str, int]:
    """Source URLs numbered 1, 2, ... in the order they are first cited."""
    numbers: dict[str, int] = {}
    for url in urls:
        numbers.setdefault(url, len(numbers) + 1)
    return numbers


def footnote_lines(numbers: dict[str, int]) -> list[str]:
    """The `  [n] url` lines under a `sources:` heading; a copy says what it copies."""
    from nwfz.registry.selectors import copies_by_url

    copies = copies_by_url()
    lines = []
    for url, n in numbers.items():
        original = copies.get(url)
        if original is None:
            lines.append(f"  [{n}] {url}")
        else:
            where = f": {original.url}" if original.url else ""
            lines.append(f"  [{n}] {url} (copy of {original.publisher}{where})")
    return lines
