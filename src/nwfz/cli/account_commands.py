"""`nwfz delegation`, `nwfz user`, `nwfz roles`, `nwfz token`, `nwfz demo-users` and
`nwfz audit`: accounts and the audit trail. Writes act as the system user."""

from __future__ import annotations

import argparse
from pathlib import Path

from nwfz.cli.output import CommandFailed, iso_date, print_json

RAW = argparse.RawDescriptionHelpFormatter


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "delegation",
        help="add or list delegations (state parties and observer organisations)",
        description="Delegations: one per state party, and observer organisations' offices.",
        epilog=(
            "examples:\n  nwfz delegation add KZ\n"
            "  nwfz delegation add unoda --observer --name 'UNODA liaison'\n"
            "  nwfz delegation list --json"
        ),
        formatter_class=RAW,
    )
    sub = p.add_subparsers(dest="delegation_command", metavar="ACTION", required=True)
    q = sub.add_parser("add", help="add a delegation")
    q.add_argument("code", metavar="CODE", help="a state's ISO code, or an observer's slug")
    q.add_argument("--observer", action="store_true", help="an observer organisation")
    q.add_argument("--name", default="", help="the delegation's name (English)")
    q.add_argument("--regimes", default="", help="observer: regime slugs, comma-separated")
    q.set_defaults(handler=delegation_add_command)
    q = sub.add_parser("list", help="list delegations")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=delegation_list_command)

    p = subparsers.add_parser(
        "user",
        help="add or list users (members of delegations)",
        description=(
            "Users belong to a delegation. Without --password-file the account gets an "
            "unusable password until it is reset (`nwfz manage changepassword NAME`, or the "
            "reset page)."
        ),
        epilog=(
            "examples:\n  nwfz user add aliya --delegation KZ --email aliya@mfa.example\n"
            "  nwfz user add desk --admin --password-file ./pw.txt\n  nwfz user list\n"
            "  nwfz user otp desk"
        ),
        formatter_class=RAW,
    )
    sub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = sub.add_parser("add", help="add a user")
    q.add_argument("name", metavar="NAME")
    q.add_argument("--delegation", metavar="CODE", help="KZ, UZ, ... or an observer's code")
    q.add_argument("--email", default="")
    q.add_argument("--password-file", type=Path, metavar="FILE", help="first line: password")
    q.add_argument("--admin", action="store_true", help="an administrator (superuser)")
    q.set_defaults(handler=user_add_command)
    q = sub.add_parser("list", help="list users with their delegation")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=user_list_command)
    q = sub.add_parser(
        "otp",
        help="set up the user's authenticator app (TOTP) and print its otpauth:// URI",
        description=(
            "A second factor: optional for members, required for administrators (their "
            "powers hold only after signing in with a one-time code). Replaces an earlier "
            "authenticator; --remove takes it away."
        ),
    )
    q.add_argument("name", metavar="NAME")
    q.add_argument("--remove", action="store_true", help="remove the authenticator")
    q.add_argument("--qr", action="store_true", help="also print the URI as a QR code")
    q.set_defaults(handler=user_otp_command)

    p = subparsers.add_parser(
        "roles",
        help="a user's roles on a date, each with why",
        description=(
            "Roles follow from the record: delegate of a party, chair, previous chair, "
            "depositary, observer, administrator. Each is printed with the reason."
        ),
        epilog="examples:\n  nwfz roles aliya\n  nwfz roles aliya --on 2027-01-01 --json",
        formatter_class=RAW,
    )
    p.add_argument("name", metavar="USER")
    p.add_argument("--on", type=iso_date, help="the date (default: today)")
    p.add_argument("--json", action="store_true", help="a list of {role, regime, because, …}")
    p.set_defaults(handler=roles_command)

    p = subparsers.add_parser(
        "token",
        help="create, list or revoke API tokens (Authorization: Bearer …)",
        description="API tokens are shown once and stored hashed.",
        epilog=(
            "examples:\n  nwfz token create aliya\n  nwfz token list\n"
            "  nwfz token revoke nwfz_AbCdEf"
        ),
        formatter_class=RAW,
    )
    sub = p.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    q = sub.add_parser("create", help="create a token for USER and print it")
    q.add_argument("name", metavar="USER")
    q.add_argument("--label", default="", help="what the token is for")
    q.set_defaults(handler=token_create_command)
    q = sub.add_parser("list", help="list tokens (prefixes only)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=token_list_command)
    q = sub.add_parser("revoke", help="revoke a token by its id or its printed prefix")
    q.add_argument("token", metavar="ID_OR_PREFIX")
    q.set_defaults(handler=token_revoke_command)

    p = subparsers.add_parser(
        "demo-users",
        help="create one demo user per role (chair, previous chair, delegate, …)",
        description=(
            "Create demo-chair, demo-previous-chair, demo-depositary, demo-delegate, "
            "demo-observer, demo-staff and demo-admin for trying the workbench. Their "
            "delegations follow the record on the day. Existing users are left alone."
        ),
        epilog="examples:\n  nwfz demo-users\n  nwfz demo-users --password-file ./pw.txt --json",
        formatter_class=RAW,
    )
    p.add_argument("--password-file", type=Path, metavar="FILE", help="one password for all")
    p.add_argument("--on", type=iso_date, help="whose chair term decides (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=demo_users_command)

    p = subparsers.add_parser(
        "audit",
        help="verify the audit trail's hash chain, or print its head",
        description=(
            "`verify` recomputes every entry's hash and names the first entry altered, "
            "inserted, removed or moved (exit 1). `--head HASH` also checks that a head "
            "printed earlier by `nwfz audit head` is still in the trail (a truncated trail "
            "is detected)."
        ),
        epilog="examples:\n  nwfz audit head\n  nwfz audit verify --head 3f2a…",
        formatter_class=RAW,
    )
    sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    q = sub.add_parser("verify", help="recompute the chain")
    q.add_argument("--head", metavar="HASH", help="a head hash saved earlier")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=audit_verify_command)
    q = sub.add_parser("head", help="print the current head hash and entry count")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=audit_head_command)


def _ready() -> None:
    from nwfz.cli.output import ensure_database

    ensure_database()


def _refused(exc: Exception) -> CommandFailed:
    return CommandFailed(str(exc))


def _user(name: str):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username=name).first()
    if user is None:
        raise CommandFailed(f"no user {name!r} (see `nwfz user list`)", exit_code=2)
    return user


def _password(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        lines = path.read_text().splitlines()
    except OSError as exc:
        raise CommandFailed(f"{path}: cannot read the password file ({exc.strerror})") from None
    if not lines or not lines[0]:
        raise CommandFailed(f"{path}:1: the first line (the password) is empty")
    return lines[0]


def delegation_add_command(args) -> int:
    from nwfz.accounts.services import AccountRefused, delegation_create

    _ready()
    try:
        d = delegation_create(
            code=args.code,
            kind="observer" if args.observer else "party",
            name=args.name,
            regimes=args.regimes,
            acting_user="cli",
        )
    except AccountRefused as exc:
        raise _refused(exc) from None
    print(f"delegation {d.code} ({d.get_kind_display()}): {d.name_en}")
    return 0


def delegation_list_command(args) -> int:
    from nwfz.accounts.models import Delegation

    _ready()
    rows = [
        {
            "code": d.code,
            "kind": d.kind,
            "state": d.state.code if d.state_id else None,
            "name": d.name_en,
            "members": d.members.count(),
        }
        for d in Delegation.objects.select_related("state")
    ]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r['code']:<10} {r['kind']:<9} {r['members']:>3} members  {r['name']}")
    if not rows:
        print(
            "no delegations yet: `nwfz delegation add KZ`, or `nwfz user add NAME --delegation KZ`"
        )
    return 0


def user_add_command(args) -> int:
    from nwfz.accounts.services import AccountRefused, delegation_for, user_add

    _ready()
    password = _password(args.password_file)
    if not args.delegation and not args.admin:
        raise CommandFailed("give the user's --delegation (e.g. KZ), or --admin")
    try:
        delegation = delegation_for(args.delegation, acting_user="cli") if args.delegation else None
        user = user_add(
            username=args.name,
            delegation=delegation,
            email=args.email,
            password=password,
            is_superuser=args.admin,
            acting_user="cli",
        )
    except AccountRefused as exc:
        raise _refused(exc) from None
    where = f"delegation {delegation.code}" if delegation else "no delegation"
    how = "password set" if password else "no password yet (reset it to log in)"
    print(f"user {user.username}: {where}{', administrator' if args.admin else ''}; {how}")
    return 0


def user_list_command(args) -> int:
    from django.contrib.auth import get_user_model

    from nwfz.accounts.roles import SYSTEM_USERNAME

    _ready()
    rows = []
    for u in get_user_model().objects.exclude(username=SYSTEM_USERNAME).order_by("username"):
        membership = getattr(u, "membership", None)
        rows.append(
            {
                "username": u.username,
                "email": u.email,
                "delegation": membership.delegation.code if membership else None,
                "administrator": u.is_superuser,
                "staff": u.is_staff,
                "active": u.is_active,
                "can_log_in": u.is_active and u.has_usable_password(),
            }
        )
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        flags = [f for f in ("administrator", "staff") if r[f]]
        if not r["can_log_in"]:
            flags.append("no password")
        print(f"{r['username']:<24} {r['delegation'] or '-':<10} {', '.join(flags)}")
    return 0


def user_otp_command(args) -> int:
    from nwfz.accounts.services import AccountRefused, totp_remove, totp_setup

    _ready()
    user = _user(args.name)
    try:
        if args.remove:
            totp_remove(user=user, acting_user="cli")
            print(f"{user.username}: authenticator removed; the password alone signs in again")
            return 0
        device = totp_setup(user=user, acting_user="cli")
    except AccountRefused as exc:
        raise _refused(exc) from None
    print(device.config_url)
    if args.qr:
        import sys

        import segno

        segno.make(device.config_url).terminal(out=sys.stdout, compact=True)
    print(
        f"{user.username}: scan this URI into an authenticator app (or type its secret); "
        "from now on signing in asks for its six-digit code"
    )
    return 0


def roles_command(args) -> int:
    from django.utils import timezone

    from nwfz.accounts.roles import roles_of

    _ready()
    user = _user(args.name)
    on = args.on or timezone.localdate()
    roles = roles_of(user, on)
    if args.json:
        print_json([{**r.as_json(), "on": on.isoformat()} for r in roles])
        return 0
    if not roles:
        print(f"{user.username} has no role on {on} (no delegation, or its state is not a party)")
    for r in roles:
        where = f" ({r.regime})" if r.regime else ""
        print(f"{r.role}{where}: {r.because}")
    return 0


def token_create_command(args) -> int:
    from nwfz.accounts.services import token_create

    _ready()
    token, raw = token_create(user=_user(args.name), name=args.label, acting_user="cli")
    print(raw)
    return 0


def token_list_command(args) -> int:
    from nwfz.accounts.models import ApiToken

    _ready()
    rows = [
        {
            "id": t.id,
            "user": t.user.username,
            "prefix": t.prefix,
            "label": t.name,
            "created": t.created_at.isoformat(timespec="seconds"),
            "last_used": t.last_used_at.isoformat(timespec="seconds") if t.last_used_at else None,
            "revoked": t.revoked_at is not None,
        }
        for t in ApiToken.objects.select_related("user")
    ]
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        state = "revoked" if r["revoked"] else "active"
        print(f"{r['id']:>4} {r['prefix']}…  {r['user']:<20} {state:<8} {r['label']}")
    return 0


def token_revoke_command(args) -> int:
    from nwfz.accounts.models import ApiToken
    from nwfz.accounts.services import AccountRefused, token_revoke

    _ready()
    ref = args.token.rstrip("…")
    rows = ApiToken.objects.filter(pk=int(ref)) if ref.isdigit() else ApiToken.objects.none()
    if not rows:
        rows = ApiToken.objects.filter(prefix__startswith=ref[:12]) if len(ref) >= 8 else rows
    if len(rows) != 1:
        raise CommandFailed(f"no single token {args.token!r} (see `nwfz token list`)", 2)
    try:
        token = token_revoke(token=rows[0], acting_user="cli")
    except AccountRefused as exc:
        raise _refused(exc) from None
    print(f"token {token.prefix}… of {token.user.username} revoked")
    return 0


def demo_users_command(args) -> int:
    from django.utils import timezone

    from nwfz.accounts.demo import demo_users_create
    from nwfz.accounts.services import AccountRefused

    _ready()
    try:
        created = demo_users_create(
            acting_user="cli",
            on=args.on or timezone.localdate(),
            password=_password(args.password_file),
        )
    except AccountRefused as exc:
        raise _refused(exc) from None
    if args.json:
        print_json([u.as_json() for u in created])
        return 0
    if not created:
        print("the demo users exist already (see `nwfz user list`)")
    for u in created:
        print(f"{u.username:<22} {u.role:<15} {u.delegation or '-':<7} password: {u.password}")
        if u.otp_uri:
            print(f"{'':<22} authenticator (scan into an app; sign in with its code): {u.otp_uri}")
    return 0


def audit_verify_command(args) -> int:
    from nwfz.accounts.audit import chain_report

    _ready()
    report = chain_report(saved_head=args.head)
    if args.json:
        print_json(report.as_json())
    elif report.ok:
        print(f"audit trail intact: {report.count} entries, head {report.head}")
    else:
        print(f"audit trail broken: {report.problems[0].message}")
        for problem in report.problems[1:]:
            print(f"  also: {problem.message}")
    return 0 if report.ok else 1


def audit_head_command(args) -> int:
    from nwfz.accounts.audit import audit_head

    _ready()
    head = audit_head()
    if args.json:
        print_json({"head": head.hash, "count": head.count, "entry": head.last_id})
    else:
        print(head.hash or "(the trail is empty)")
    return 0
