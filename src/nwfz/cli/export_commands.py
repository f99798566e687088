"""`nwfz export data DIR` (the open data as a Frictionless Data Package) and
`nwfz export site DIR` (the public portal as static files)."""

from __future__ import annotations

import argparse
from pathlib import Path

from nwfz.cli.output import ensure_database, print_json, progress_printer


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "export",
        help="export the public record: open data (Data Package) or the static portal",
        description=(
            "data: write the whole public record as a Frictionless Data Package\n"
            "(datapackage.json with a Table Schema per table, one CSV file per table).\n"
            "site: write the public portal in every language, with the open data, the\n"
            "calendars, the annual reports and the change feeds, as static files that any\n"
            "web server can host (links are site-relative: host it at the domain's root)."
        ),
        epilog="examples:\n  nwfz export data ./open-data\n  nwfz export site ./public",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("what", choices=["data", "site"], help="data or site")
    p.add_argument("directory", type=Path, metavar="DIR", help="where to write (created)")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=export_command)


def export_command(args) -> int:
    ensure_database(quiet=args.json)
    if args.what == "data":
        from nwfz.opendata.package import write_package

        paths = [str(p) for p in write_package(args.directory)]
    else:
        from nwfz.web.site_export import export_site

        written = export_site(args.directory, progress=progress_printer(args.json))
        paths = [str(args.directory / p.lstrip("/")) for p in written]
    if args.json:
        print_json({"directory": str(args.directory), "files": paths})
    else:
        print(f"wrote {len(paths)} files to {args.directory}")
    return 0
