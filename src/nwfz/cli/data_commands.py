"""`nwfz check`, `nwfz load` and `nwfz import-text`: getting data in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nwfz.cli.output import CommandFailed, print_json, progress_printer
from nwfz.languages import language_codes


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "check",
        help="validate data packages; list errors as file:line: field: message",
        description=(
            "Validate the data packages (the bundled ones, or the *.yaml files in DIR) "
            "without touching the database. Prints each error as `file:line: field: what is "
            "wrong` and exits 1 if there is any; also lists facts on which sources disagree. "
            "With --sources, reports instead how the facts are sourced: rows with no source, "
            "rows supported only by copies of other publications, and rows marked "
            "unverified, with counts per package."
        ),
        epilog=(
            "examples:\n  nwfz check\n  nwfz check ./my-packages --json\n"
            "  nwfz check --sources\n  nwfz check --sources --json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("directory", nargs="?", type=Path, metavar="DIR")
    p.add_argument("--json", action="store_true", help="print JSON (for scripts)")
    p.add_argument(
        "--sources",
        action="store_true",
        help="report rows with no source, rows resting only on copies, and unverified rows",
    )
    p.set_defaults(handler=check_command)

    p = subparsers.add_parser(
        "load",
        help="create or migrate the database and load data packages (idempotent)",
        description=(
            "Create or migrate the database if needed, then load every data package whose "
            "content changed since it was last loaded. All in one transaction: a bad package "
            "changes nothing."
        ),
        epilog="examples:\n  nwfz load\n  nwfz load ./my-packages\n  nwfz load --force --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("directory", nargs="?", type=Path, metavar="DIR")
    p.add_argument("--force", action="store_true", help="reload packages even if unchanged")
    p.add_argument("--json", action="store_true", help="print a JSON report, no progress")
    p.set_defaults(handler=load_command)

    p = subparsers.add_parser(
        "import-text",
        help="import an official text (plain text or HTML) of an instrument, split by article",
        description=(
            "Split an official text into its articles (headings such as 'Article 1', "
            "'Статья 1', '1-бап') and store each article's text in the given language. "
            "Official texts are not bundled with nwfz: import them from a file you saved."
        ),
        epilog="example:\n  nwfz import-text canwfz ru ~/Downloads/canwfz-ru.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("instrument", metavar="INSTRUMENT")
    p.add_argument("lang", metavar="LANG", choices=language_codes())
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--json", action="store_true", help="print a JSON report")
    p.set_defaults(handler=import_text_command)


def _known_from_bundle(directory: Path | None) -> set:
    """Keys defined by the bundled packages, so that DIR may refer to them."""
    from nwfz.datapackage.checking import check_directory
    from nwfz.paths import BUNDLED_DATA_DIR

    if directory is None or directory.resolve() == BUNDLED_DATA_DIR.resolve():
        return set()
    bundled = check_directory(BUNDLED_DATA_DIR)
    from nwfz.datapackage.sections import all_sections

    known = set()
    for section in all_sections():
        for item in bundled.items.get(section.name, []):
            known |= set(section.defines(item))
    return known


def check_command(args) -> int:
    from nwfz.datapackage.checking import check_directory
    from nwfz.paths import BUNDLED_DATA_DIR

    directory = args.directory or BUNDLED_DATA_DIR
    checked = check_directory(directory, known=_known_from_bundle(args.directory))
    if args.sources:
        return _sources_report(checked, args)
    if args.json:
        print_json(
            {
                "packages": [f.name for f in checked.files],
                "errors": [p.as_json() for p in checked.errors],
                "conflicts": [p.as_json() for p in checked.conflicts],
            }
        )
    else:
        for problem in checked.errors:
            print(problem, file=sys.stderr)
        if checked.conflicts:
            print(f"{len(checked.conflicts)} conflicts between sources (kept, shown to users):")
            for problem in checked.conflicts:
                print(f"  {problem}")
        status = "FAILED" if checked.errors else "ok"
        print(
            f"{len(checked.files)} packages checked: {len(checked.errors)} errors, "
            f"{len(checked.conflicts)} conflicts — {status}"
        )
    return 1 if checked.errors else 0


def _sources_report(checked, args) -> int:
    """`nwfz check --sources`: how the facts are sourced, per package."""
    from nwfz.datapackage.source_audit import audit_sources, source_kinds

    bundled_kinds = {}
    if args.directory is not None:
        from nwfz.datapackage.checking import check_directory
        from nwfz.paths import BUNDLED_DATA_DIR

        bundled_kinds = source_kinds(check_directory(BUNDLED_DATA_DIR))
    audit = audit_sources(checked, bundled_kinds)
    if args.json:
        print_json({**audit.as_json(), "errors": [p.as_json() for p in checked.errors]})
        return 1 if checked.errors else 0
    for problem in checked.errors:
        print(problem, file=sys.stderr)
    for title, rows in (
        ("rows with no source", audit.no_source),
        (
            "rows supported only by copies (cite the original where it can be found)",
            audit.only_copies,
        ),
        ("unverified rows (their sources do not establish them)", audit.unverified),
    ):
        print(f"{title}: {len(rows)}")
        for row in rows:
            print(f"  {row}")
    print()
    for c in audit.packages:
        print(
            f"{c.package}: {c.rows} sourced rows, {c.no_source} with no source, "
            f"{c.only_copies} only on copies, {c.unverified} unverified"
        )
    if checked.errors:
        print(f"{len(checked.errors)} errors in the packages — FAILED")
    return 1 if checked.errors else 0


def load_command(args) -> int:
    from nwfz.datapackage.loading import load_directory
    from nwfz.datapackage.problems import PackageError
    from nwfz.paths import BUNDLED_DATA_DIR

    progress = progress_printer(args.json)
    try:
        report = load_directory(
            args.directory or BUNDLED_DATA_DIR, force=args.force, progress=progress
        )
    except PackageError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise CommandFailed(f"nothing was loaded ({len(exc.problems)} errors)") from None
    if args.json:
        print_json(report.as_json())
    else:
        if report.loaded:
            written = ", ".join(f"{n} {what}" for what, n in report.stats.written.items())
            print(f"loaded {', '.join(report.loaded)}: {written}")
        if report.unchanged:
            print(f"unchanged: {', '.join(report.unchanged)}")
    return 0


def import_text_command(args) -> int:
    from nwfz.cli.output import ensure_database, found_or_exit
    from nwfz.registry.selectors import resolve_instrument
    from nwfz.registry.services import ImportRefused, article_texts_import
    from nwfz.registry.text_import import split_articles

    ensure_database(quiet=args.json)
    instrument = found_or_exit(resolve_instrument, args.instrument)
    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise CommandFailed(f"{args.file}: cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CommandFailed(f"{args.file}: not UTF-8 text; save the file as UTF-8") from None
    chunks = split_articles(text)
    try:
        report = article_texts_import(
            instrument=instrument,
            language=args.lang,
            chunks=chunks,
            filename=str(args.file),
            acting_user="cli",
        )
    except ImportRefused as exc:
        raise CommandFailed(str(exc)) from None
    if args.json:
        print_json({"instrument": instrument.slug, "language": args.lang, **report})
    else:
        print(
            f"{instrument.slug} ({args.lang}): stored {len(report['stored'])} parts "
            f"({', '.join(report['stored'])})"
        )
        if report["created"]:
            print(f"articles not in the registry before, created: {', '.join(report['created'])}")
    return 0
