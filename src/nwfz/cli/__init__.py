"""The `nwfz` command: one argparse parser, subcommands contributed by small modules."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from nwfz.cli.output import CommandFailed, fail_message

COMMAND_MODULES = (
    "nwfz.cli.registry_commands",
    "nwfz.cli.data_commands",
    "nwfz.cli.server_commands",
    "nwfz.cli.governance_commands",
    "nwfz.cli.intake_commands",
    "nwfz.cli.report_commands",
    "nwfz.cli.account_commands",
    "nwfz.cli.atlas_commands",
    "nwfz.cli.export_commands",
)

DESCRIPTION = """\
nwfz keeps the record of nuclear-weapon-free-zone treaty regimes (reference regime:
the Central Asian zone, `canwfz`): who signed, ratified and is bound by which
instrument on any date, with the sources behind each fact.

examples:
  nwfz status canwfz --on 2009-03-21      the Treaty's status table on a date
  nwfz state KZ --json                    Kazakhstan across every instrument, as JSON
  nwfz check && nwfz load                 validate, then load the bundled data
  nwfz serve --port 8000                  the portal, the API (/api/docs) and the admin
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nwfz", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=_version())
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def _version() -> str:
    from nwfz import __version__

    return f"nwfz {__version__}"


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nwfz.settings")
    import django

    django.setup()


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nwfz.settings")  # --lang choices
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        setup_django()
        return args.handler(args) or 0
    except CommandFailed as exc:
        print(fail_message(exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `nwfz state KZ | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
