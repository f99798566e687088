"""`nwfz calendar` (iCalendar feed) and `nwfz report` (the chair's annual report)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from nwfz.cli.output import CommandFailed, ensure_database, iso_date, regime_or_exit, today
from nwfz.languages import language_codes

FORMAT_CHOICES = ["pdf", "html", "docx"]


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "calendar",
        help="a regime's calendar as iCalendar (meetings, events, fora, anniversaries, deadlines)",
        description=(
            "Write a regime's calendar as an iCalendar (RFC 5545) file: meetings, events,\n"
            "sessions of international fora, anniversaries and deadlines, one all-day entry\n"
            "each. UIDs are stable, so a calendar client that imports the file again updates\n"
            "its entries instead of duplicating them. Default period: 1 January of last\n"
            "year to 31 December of next year."
        ),
        epilog=(
            "examples:\n"
            "  nwfz calendar canwfz > canwfz.ics\n"
            "  nwfz calendar canwfz --lang ru --from 2025-01-01 --to 2026-12-31 -o canwfz-ru.ics\n"
            "  nwfz calendar canwfz --base-url https://nwfz.example.org > canwfz.ics"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("regime", metavar="REGIME", help="regime slug, e.g. canwfz")
    p.add_argument(
        "--from",
        dest="start",
        type=iso_date,
        metavar="DATE",
        help="first day (YYYY-MM-DD); default: 1 January of last year",
    )
    p.add_argument(
        "--to",
        dest="end",
        type=iso_date,
        metavar="DATE",
        help="last day (YYYY-MM-DD); default: 31 December of next year",
    )
    p.add_argument(
        "--lang",
        choices=language_codes(),
        default="en",
        help="language of titles and descriptions (default: en)",
    )
    p.add_argument(
        "--base-url",
        default="",
        metavar="URL",
        help="the portal's address, to give each entry a link (URL property); "
        "without it entries carry no link",
    )
    p.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write to FILE instead of standard output"
    )
    p.set_defaults(handler=calendar_command)

    p = subparsers.add_parser(
        "report",
        help="the chair's annual report of a year, as PDF, HTML or DOCX",
        description=(
            "Write the chair's annual report for the year under review, from the record:\n"
            "the chair, meetings and their decisions, action items done and still open,\n"
            "events, international fora and what the parties coordinated there, deadlines\n"
            "and the handover. The format follows --format, else the --output suffix, else\n"
            "html. Only html may go to standard output; pdf and docx need --output."
        ),
        epilog=(
            "examples:\n"
            "  nwfz report canwfz --year 2025 --lang ru --format pdf --output report-2025-ru.pdf\n"
            "  nwfz report canwfz --year 2025 --lang kk --output report-2025-kk.docx\n"
            "  nwfz report canwfz --year 2025 > report-2025.html"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("regime", metavar="REGIME", help="regime slug, e.g. canwfz")
    p.add_argument(
        "--year", type=int, metavar="YEAR", help="the year under review; default: last year"
    )
    p.add_argument(
        "--lang",
        choices=language_codes(),
        default="en",
        help="language of the report (default: en)",
    )
    p.add_argument(
        "--format",
        dest="fmt",
        choices=FORMAT_CHOICES,
        help="pdf, html or docx; default: from the --output suffix, else html",
    )
    p.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="file to write; required for pdf and docx"
    )
    p.set_defaults(handler=report_command)


def calendar_command(args) -> int:
    from nwfz.read_cache import current_version
    from nwfz.reports import reads
    from nwfz.reports.ics import build_calendar
    from nwfz.reports.periods import CalendarPeriodError, calendar_period

    ensure_database(quiet=True)
    regime = regime_or_exit(args.regime)
    try:
        start, end = calendar_period(args.start, args.end, today=today())
    except CalendarPeriodError as exc:
        raise CommandFailed(str(exc), exit_code=2) from None
    items = reads.calendar_items(regime, start, end, args.lang)
    body = build_calendar(
        items,
        name=reads.calendar_name(regime, args.lang),
        lang=args.lang,
        version=current_version().at,
        base_url=args.base_url,
    )
    _write(body, args.output)
    if args.output:
        print(f"wrote {len(items)} entries ({start} to {end}) to {args.output}", file=sys.stderr)
    return 0


def report_command(args) -> int:
    from nwfz.reports.stored import annual_report

    fmt = _report_format(args.fmt, args.output)
    ensure_database(quiet=True)
    regime = regime_or_exit(args.regime)
    year = args.year or today().year - 1
    body = annual_report(regime, year, lang=args.lang, fmt=fmt)
    _write(body, args.output)
    if args.output:
        print(f"wrote the {year} report ({fmt}, {args.lang}) to {args.output}", file=sys.stderr)
    return 0


def _report_format(fmt: str | None, output: Path | None) -> str:
    suffix = output.suffix.lower().lstrip(".") if output else ""
    chosen = fmt or (suffix if suffix in FORMAT_CHOICES else "html")
    if chosen != "html" and output is None:
        raise CommandFailed(
            f"a {chosen} report is a binary file and is not written to the terminal; "
            f"add --output FILE (e.g. --output report.{chosen})",
            exit_code=2,
        )
    return chosen


def _write(body: bytes, output: Path | None) -> None:
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(body)
        sys.stdout.buffer.flush()
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
        with os.fdopen(fd, "wb") as f:
            f.write(body)
        os.replace(tmp, output)
    except OSError as exc:
        raise CommandFailed(f"cannot write {output}: {exc.strerror}; choose another path") from None
