"""Governance from the terminal: chair, deadlines, meetings, actions, anniversaries, and the
write commands `meeting record` and `action close` (through the same services as the API,
the admin and the data packages)."""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from nwfz.cli.output import (
    CommandFailed,
    add_common,
    ensure_database,
    iso_date,
    print_json,
    regime_or_exit,
    table,
    today,
)

RAW = argparse.RawDescriptionHelpFormatter


def _years(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4}):(\d{4})", text.strip())
    if not match or int(match.group(1)) > int(match.group(2)):
        raise argparse.ArgumentTypeError(f"{text!r}: write FIRST:LAST years, e.g. 2022:2031")
    return int(match.group(1)), int(match.group(2))


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "chair",
        help="who chairs a regime on a date, or the chair timeline over years",
        description=(
            "Print the chair on a date (with its term and sources), or with --years the "
            "recorded terms and, after the last recorded one (and in gaps), the terms the "
            "rotation rule predicts. Each term says recorded or predicted; a recorded term "
            "that departs from the rule is flagged with the reason."
        ),
        epilog=(
            "examples:\n  nwfz chair canwfz --on 2026-06-01\n"
            "  nwfz chair canwfz --years 2022:2031\n"
            "  nwfz chair canwfz --years 2022:2031 --json"
        ),
        formatter_class=RAW,
    )
    p.add_argument("regime", metavar="REGIME", help="regime slug, e.g. canwfz")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--on", type=iso_date, help="date (YYYY-MM-DD); default: today")
    when.add_argument("--years", type=_years, metavar="A:B", help="years, e.g. 2022:2031")
    add_common(p)
    p.set_defaults(handler=chair_command)

    p = subparsers.add_parser(
        "deadlines",
        help="treaty deadlines per party: met on a date, late by N days, or pending",
        description=(
            "Evaluate each deadline rule of a regime (e.g. CANWFZ Article 8: an Additional "
            "Protocol in force within 18 months of the Treaty's entry into force) for each "
            "party, from the registry's dates, as of a day."
        ),
        epilog="examples:\n  nwfz deadlines canwfz\n  nwfz deadlines canwfz --on 2010-12-31 --json",
        formatter_class=RAW,
    )
    p.add_argument("regime", metavar="REGIME")
    p.add_argument("--on", type=iso_date, help="date (YYYY-MM-DD); default: today")
    add_common(p, lang=False)
    p.set_defaults(handler=deadlines_command)

    p = subparsers.add_parser(
        "meetings",
        help="a regime's meetings with agenda, outcomes and decisions",
        description="List recorded meetings (all, or those starting in a year).",
        epilog="examples:\n  nwfz meetings canwfz\n  nwfz meetings canwfz --year 2024 --json",
        formatter_class=RAW,
    )
    p.add_argument("regime", metavar="REGIME")
    p.add_argument("--year", type=int, help="only meetings starting in this year")
    add_common(p)
    p.set_defaults(handler=meetings_command)

    p = subparsers.add_parser(
        "actions",
        help="action items from decisions, with owners, due dates and status",
        description=(
            "List action items. They stay open across chair terms until closed: --open "
            "shows what is open today (or on --on), whoever chairs now."
        ),
        epilog="examples:\n  nwfz actions canwfz\n  nwfz actions canwfz --open --json",
        formatter_class=RAW,
    )
    p.add_argument("regime", metavar="REGIME")
    p.add_argument("--open", action="store_true", help="only items open on the day")
    p.add_argument("--on", type=iso_date, help="with --open: the day (default: today)")
    add_common(p)
    p.set_defaults(handler=actions_command)

    p = subparsers.add_parser(
        "anniversaries",
        help="anniversaries computed from the record (signature, entry into force, ...)",
        description=(
            "List anniversaries between two dates (default: today and a year later): the "
            "ordinal, whether it is a round one (5th, 10th, ...), and the date."
        ),
        epilog=(
            "examples:\n  nwfz anniversaries canwfz\n"
            "  nwfz anniversaries canwfz --from 2026-01-01 --to 2026-12-31 --json"
        ),
        formatter_class=RAW,
    )
    p.add_argument("regime", metavar="REGIME")
    p.add_argument("--from", dest="start", type=iso_date, help="first day (default: today)")
    p.add_argument("--to", dest="end", type=iso_date, help="last day (default: a year on)")
    add_common(p)
    p.set_defaults(handler=anniversaries_command)

    p = subparsers.add_parser(
        "meeting",
        help="record a meeting from a YAML file (meeting record --file FILE)",
        description=(
            "Write commands for meetings. `record` reads one meeting in the schema of a "
            "package's meeting item (docs/data-format.md, governance part) and records it, "
            "with its outcomes, decisions and action items, in one transaction; a chair "
            "handover decision creates the next chair term."
        ),
        epilog="example:\n  nwfz meeting record --file meeting-2027-01.yaml",
        formatter_class=RAW,
    )
    sub = p.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)
    record = sub.add_parser(
        "record",
        help="record a meeting from a YAML file",
        description="Record a meeting from a YAML file (one meeting item).",
        epilog="example:\n  nwfz meeting record --file meeting-2027-01.yaml --json",
        formatter_class=RAW,
    )
    record.add_argument("--file", required=True, type=Path, metavar="FILE")
    add_common(record, lang=False)
    record.set_defaults(handler=meeting_record_command)

    p = subparsers.add_parser(
        "action",
        help="close an action item (action close ID)",
        description="Write commands for action items.",
        epilog="examples:\n  nwfz action close 3\n  nwfz action close 3 --on 2026-05-22 --dropped",
        formatter_class=RAW,
    )
    sub = p.add_subparsers(dest="action_command", metavar="ACTION", required=True)
    close = sub.add_parser(
        "close",
        help="mark an action item done (or dropped)",
        description="Mark an action item done (or, with --dropped, dropped) on a day.",
        epilog="examples:\n  nwfz action close 3\n  nwfz action close 3 --on 2026-05-22",
        formatter_class=RAW,
    )
    close.add_argument("id", type=int, metavar="ID", help="the item's id (see `nwfz actions`)")
    close.add_argument("--on", type=iso_date, help="closing day (default: today)")
    close.add_argument("--dropped", action="store_true", help="dropped rather than done")
    add_common(close, lang=False)
    close.set_defaults(handler=action_close_command)


def chair_command(args) -> int:
    from nwfz.governance import selectors
    from nwfz.registry.selectors import state_names

    ensure_database(quiet=args.json)
    regime = regime_or_exit(args.regime)
    names = state_names(args.lang)
    if args.years:
        terms = selectors.chair_timeline(regime, *args.years, lang=args.lang)
        rows = [selectors.term_json(t, names) for t in terms]
        if args.json:
            print_json(rows)
            return 0
        lines = [["state", "start", "end", "basis", "note"]]
        for r in rows:
            note = ("departs from rule: " + r["reason"]) if r["departs_from_rule"] else ""
            if r["inferred"]:
                note = f"{note}; inferred: {r['inferred']}".lstrip("; ")
            if r["role"] != "chair":
                note = f"({r['role']}) {note}".strip()
            lines.append(
                [f"{r['state']} {r['state_name']}", r["start"], r["end"], r["basis"], note]
            )
        print(table(lines))
        return 0
    on = args.on or today()
    term = selectors.chair_on(regime, on, args.lang)
    if term is None:
        if args.json:
            print_json(None)
            return 0
        raise CommandFailed(f"no chair is recorded or predicted for {regime.slug} on {on}", 1)
    row = selectors.term_json(term, names)
    if args.json:
        print_json({"on": on.isoformat(), **row})
        return 0
    print(
        f"{regime.slug} on {on}: {row['state_name']} ({row['state']}), {row['role']} "
        f"{row['start']} – {row['end']} ({row['basis']})"
    )
    if row["inferred"]:
        print(f"inferred: {row['inferred']}")
    if row["departs_from_rule"]:
        print(f"departs from the rotation rule: {row['reason']}")
    if row["note"]:
        print(f"note: {row['note']}")
    for n, url in enumerate(row["sources"], 1):
        print(f"  [{n}] {url}")
    if not row["sources"]:
        print("  (predicted by the rotation rule; no source records this term yet)")
    return 0


def _days_late(row: dict) -> str:
    """ "102", or "102-466" when the date reached is known only to the month or year."""
    if row["days_late"] is None:
        return ""
    most = row.get("days_late_max")
    return f"{row['days_late']}-{most}" if most else str(row["days_late"])


def deadlines_command(args) -> int:
    from nwfz.governance import selectors
    from nwfz.governance.records import as_json

    ensure_database(quiet=args.json)
    regime = regime_or_exit(args.regime)
    on = args.on or today()
    rows = as_json(selectors.deadline_table(regime, on))
    if args.json:
        print_json(rows)
        return 0
    lines = [["rule", "state", "due", "status", "met on", "days late"]]
    for r in rows:
        met = r["met_on"] or ""
        if met and r["met_on_precision"] != "day":
            met += f" (only the {r['met_on_precision']} is known)"
        lines.append(
            [
                r["rule"],
                r["state"],
                r["due"],
                r["status"],
                met,
                _days_late(r),
            ]
        )
    print(f"deadlines of {regime.slug} on {on}:")
    print(table(lines))
    if any(r["met_on"] is None and r["status"] == "late" for r in rows):
        print("late without a date: the registry records no such event for the state yet")
    for r in rows:
        if r["status"] == "undetermined":
            print(f"{r['state']} undetermined: {r['reason']}")
    return 0


def meetings_command(args) -> int:
    from nwfz.governance import selectors
    from nwfz.governance.records import as_json

    ensure_database(quiet=args.json)
    regime = regime_or_exit(args.regime)
    start = date(args.year, 1, 1) if args.year else None
    end = date(args.year, 12, 31) if args.year else None
    meetings = selectors.meetings_in(regime, start, end, args.lang)
    if args.json:
        print_json(as_json(meetings))
        return 0
    if not meetings:
        print(f"no meetings recorded for {regime.slug}" + (f" in {args.year}" if args.year else ""))
    for m in meetings:
        when = f"{m.start}" + (f" – {m.end}" if m.end else "")
        where = ", ".join(x for x in (m.place, m.format.replace("_", " ")) if x)
        print(f"[{m.id}] {when} {m.kind.replace('_', ' ')}: {m.title}")
        if where:
            print(f"    place: {where}")
        if m.date_note:
            print(f"    date: {m.date_note}")
        if m.chair:
            print(f"    chair: {m.chair}")
        for d in m.decisions:
            extra = f" → {d.handover_to} from {d.effective}" if d.handover_to else ""
            print(f"    decision {d.date} ({d.kind}){extra}: {d.text}")
        for o in m.outcomes:
            print(f"    outcome ({o.kind}): {o.title}")
    return 0


def actions_command(args) -> int:
    from nwfz.governance import selectors
    from nwfz.governance.records import as_json

    ensure_database(quiet=args.json)
    regime = regime_or_exit(args.regime)
    if args.open:
        items = selectors.open_action_items(regime, args.on or today(), args.lang)
    else:
        items = selectors.action_items(regime, lang=args.lang)
    if args.json:
        print_json(as_json(items))
        return 0
    lines = [["id", "status", "due", "owners", "title"]]
    for a in items:
        lines.append([str(a.id), a.status, str(a.due or ""), ",".join(a.owners), a.title])
    print(table(lines) if items else "no action items")
    return 0


def anniversaries_command(args) -> int:
    from nwfz.governance import selectors

    ensure_database(quiet=args.json)
    regime = regime_or_exit(args.regime)
    start = args.start or today()
    end = args.end or (
        date(start.year + 1, start.month, min(start.day, 28))
        if start.year < 9999
        else date(9999, 12, 31)
    )
    if end < start:
        raise CommandFailed(f"--to {end} is before --from {start}", 2)
    found = selectors.upcoming_anniversaries(regime, start, end, args.lang)
    rows = [
        {
            "key": a.key,
            "kind": a.kind,
            "date": a.date.isoformat(),
            "ordinal": a.ordinal,
            "round": a.round,
            "title": a.label,
            "original": a.original.isoformat(),
            "sources": list(a.sources),
        }
        for a in found
    ]
    if args.json:
        print_json(rows)
        return 0
    lines = [["date", "ordinal", "round", "what"]]
    for r in rows:
        lines.append([r["date"], str(r["ordinal"]), "yes" if r["round"] else "", r["title"]])
    print(table(lines) if rows else f"no anniversaries between {start} and {end}")
    return 0


def meeting_record_command(args) -> int:
    from nwfz.governance.meeting_file import meeting_record_from_item, parse_meeting
    from nwfz.governance.validation import GovernanceRefused

    ensure_database(quiet=args.json)
    try:
        text = args.file.read_text(encoding="utf-8")
    except OSError as exc:
        raise CommandFailed(f"{args.file}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise CommandFailed(f"{args.file}: not UTF-8 text; save the file as UTF-8") from None
    try:
        item = parse_meeting(text, str(args.file))
        meeting = meeting_record_from_item(item, acting_user="cli")
    except GovernanceRefused as exc:
        raise CommandFailed(f"nothing was recorded: {exc}") from None
    summary = {
        "id": meeting.id,
        "key": meeting.key,
        "decisions": meeting.decisions.count(),
        "chair_terms_created": [
            f"{t.state.code} {t.start}–{t.end}"
            for d in meeting.decisions.all()
            for t in d.chair_terms.all()
        ],
    }
    if args.json:
        print_json(summary)
    else:
        print(
            f"recorded meeting {meeting.id} ({meeting.key}) with {summary['decisions']} decisions"
        )
        for term in summary["chair_terms_created"]:
            print(f"  chair term: {term}")
    return 0


def action_close_command(args) -> int:
    from nwfz.governance.models import ActionItem
    from nwfz.governance.services import action_item_update_status
    from nwfz.governance.validation import GovernanceRefused

    ensure_database(quiet=args.json)
    item = ActionItem.objects.filter(id=args.id).first()
    if item is None:
        raise CommandFailed(f"no action item with id {args.id} (see `nwfz actions REGIME`)", 2)
    status = "dropped" if args.dropped else "done"
    try:
        item = action_item_update_status(
            item=item, status=status, on=args.on or today(), acting_user="cli"
        )
    except GovernanceRefused as exc:
        raise CommandFailed(str(exc)) from None
    if args.json:
        print_json({"id": item.id, "status": item.status, "closed_on": item.closed_on})
    else:
        print(f"action item {item.id} ({item.title_en}): {item.status} on {item.closed_on}")
    return 0
