"""`nwfz serve`: the portal, the API and the admin under a production server (granian)."""

from __future__ import annotations

import argparse
import os

from nwfz.cli.output import ensure_database


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "serve",
        help="serve the portal, the API (/api/docs) and the admin",
        description=(
            "Migrate and load the bundled data if needed, then serve nwfz with granian "
            "(WSGI). Open http://HOST:PORT/ in a browser; the API docs are at /api/docs."
        ),
        epilog="examples:\n  nwfz serve\n  nwfz serve --host 0.0.0.0 --port 8080 --workers 4",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default=os.environ.get("NWFZ_HOST", "127.0.0.1"))
    p.add_argument("--port", type=int, default=int(os.environ.get("NWFZ_PORT", "8000")))
    p.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("NWFZ_WORKERS", "1")),
        help="worker processes (default 1; use the number of cores for load)",
    )
    p.add_argument(
        "--threads",
        type=int,
        default=int(os.environ.get("NWFZ_THREADS", "4")),
        help="threads per worker for blocking Django code (default 4)",
    )
    p.set_defaults(handler=serve_command)
    register_admin(subparsers)


def serve_command(args) -> int:
    from granian import Granian

    ensure_database()
    print(f"nwfz serving on http://{args.host}:{args.port}/  (API docs: /api/docs)", flush=True)
    Granian(
        "nwfz.wsgi:application",
        address=args.host,
        port=args.port,
        interface="wsgi",
        workers=args.workers,
        blocking_threads=args.threads,
        log_level="warning",
    ).serve()
    return 0


def register_admin(subparsers) -> None:
    p = subparsers.add_parser(
        "createsuperuser",
        help="create an administrator account (for /admin/ and the intake review)",
        description="Create a Django superuser interactively (or with --username/--email).",
        epilog="example:\n  nwfz createsuperuser --username desk --email desk@mfa.example",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--username")
    p.add_argument("--email")
    p.set_defaults(handler=createsuperuser_command)

    p = subparsers.add_parser(
        "manage",
        help="run a Django management command (migrate, shell, dbshell, ...)",
        description="Pass the arguments to Django's management commands, with nwfz settings.",
        epilog="examples:\n  nwfz manage showmigrations\n  nwfz manage shell",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("args", nargs=argparse.REMAINDER, metavar="ARGS")
    p.set_defaults(handler=manage_command)


def createsuperuser_command(args) -> int:
    from django.core.management import call_command

    ensure_database()
    options = {k: v for k, v in (("username", args.username), ("email", args.email)) if v}
    call_command("createsuperuser", **options)
    return 0


def manage_command(args) -> int:
    from django.core.management import execute_from_command_line

    execute_from_command_line(["nwfz manage", *args.args])
    return 0
