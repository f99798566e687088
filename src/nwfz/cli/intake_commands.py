"""`nwfz intake`: take in saved news items and press releases, list and show them, and review
their proposals in the terminal (through the same services as the web review)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from nwfz.cli.output import (
    CommandFailed,
    ensure_database,
    found_or_exit,
    iso_date,
    print_json,
    table,
)

RAW = argparse.RawDescriptionHelpFormatter
VERBS = ("list", "show", "review", "take")

TAKE_EPILOG = """\
examples:
  nwfz intake seed.txt --published 2026-01-31 --dry-run --json   proposals only, nothing stored
  nwfz intake news/*.html --source-url https://example.org/x      store and propose
  nwfz intake list --status pending                               items awaiting review
  nwfz intake show 3                                              an item, its spans and proposals
  nwfz intake review 3                                            accept, edit or reject in turn
"""


class _IntakeParser(argparse.ArgumentParser):
    """`nwfz intake FILE...` takes files in; `nwfz intake list|show|review` are verbs. A first
    argument that is not a verb (or help) means the implicit verb `take`."""

    def parse_known_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201
        args = list(sys.argv[1:] if args is None else args)
        if args and args[0] not in VERBS and args[0] not in ("-h", "--help"):
            args.insert(0, "take")
        return super().parse_known_args(args, namespace)


def register(subparsers) -> None:
    original_class = subparsers._parser_class
    subparsers._parser_class = _IntakeParser
    try:
        intake = subparsers.add_parser(
            "intake",
            usage=(
                "nwfz intake FILE... [--published D] [--source-url URL] [--dry-run] [--json]\n"
                "       nwfz intake {list,show,review} ..."
            ),
            help="take in news items (text, HTML), review the records they propose",
            description=(
                "Take in saved news items and press releases (ru, kk, en; plain text or HTML; "
                "no URL is fetched). Each file is stored as received, its language detected, "
                "an item already taken in recognised (same bytes), a near-duplicate from "
                "another outlet linked; typed records are proposed with the spans of text "
                "that support them, for a reviewer to accept, edit or reject."
            ),
            epilog=TAKE_EPILOG,
            formatter_class=RAW,
        )
    finally:
        subparsers._parser_class = original_class
    verbs = intake.add_subparsers(
        dest="intake_verb", metavar="VERB", parser_class=argparse.ArgumentParser
    )
    _register_take(verbs)
    _register_list(verbs)
    _register_show(verbs)
    _register_review(verbs)
    intake.set_defaults(handler=lambda args: intake.print_help() or 0)


def _register_take(verbs) -> None:
    p = verbs.add_parser(
        "take",
        help="(implicit) take in files: `nwfz intake FILE...`",
        description=(
            "Store each file and the records proposed from it (or, with --dry-run, only print "
            "the proposals). Dates in the text are resolved against the publication date: "
            "--published, else the HTML metadata, else the text's dateline; when none is "
            "known, relative dates stay unresolved and the output says so."
        ),
        epilog=TAKE_EPILOG,
        formatter_class=RAW,
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD", help="publication date")
    p.add_argument("--source-url", default="", metavar="URL", help="where the item was published")
    p.add_argument("--dry-run", action="store_true", help="print proposals, store nothing")
    p.add_argument("--json", action="store_true", help="print JSON (for scripts)")
    p.set_defaults(handler=take_command)


def _register_list(verbs) -> None:
    p = verbs.add_parser(
        "list",
        help="items taken in, newest first",
        description="List intake items with their language, date and proposals left to review.",
        epilog="examples:\n  nwfz intake list\n  nwfz intake list --status pending --json",
        formatter_class=RAW,
    )
    p.add_argument("--status", choices=["pending", "reviewed"], help="only items in this state")
    p.add_argument("--json", action="store_true", help="print JSON (for scripts)")
    p.set_defaults(handler=list_command)


def _register_show(verbs) -> None:
    p = verbs.add_parser(
        "show",
        help="one item: its text with the spans marked, and its proposals",
        description="Show an intake item, its text with supporting spans marked, its proposals.",
        epilog="examples:\n  nwfz intake show 3\n  nwfz intake show 3 --json",
        formatter_class=RAW,
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON (for scripts)")
    p.set_defaults(handler=show_command)


def _register_review(verbs) -> None:
    p = verbs.add_parser(
        "review",
        help="accept, edit or reject proposals in the terminal",
        description=(
            "Go through the open proposals (of one item, or of every item awaiting review). "
            "For each: the text around its spans, marked (reverse video on a terminal, "
            "[[...]] otherwise), its fields, then a choice: a(ccept), e(dit) field=value "
            "lines ended by an empty line, r(eject) with a reason, s(kip), q(uit). Answers "
            "are read from standard input, so a script can pipe them in."
        ),
        epilog=(
            "examples:\n  nwfz intake review\n  nwfz intake review 3\n"
            "  printf 'e\\nyear=2026\\n\\na\\nr\\nnot about the zone\\n' | nwfz intake review 3"
        ),
        formatter_class=RAW,
    )
    p.add_argument("id", type=int, nargs="?", metavar="ID", help="one item (default: all)")
    p.add_argument("--as", dest="reviewer", default="cli", help="reviewer name for the audit")
    p.set_defaults(handler=review_command)


# ---------------------------------------------------------------- take


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            from nwfz.intake.extract import IntakeInputError

            raise IntakeInputError(
                f"{path.name}: the file is too large ({size} bytes; the limit is {max_bytes} "
                "bytes, set by NWFZ_INTAKE_MAX_BYTES)"
            )
        return path.read_bytes()
    except IsADirectoryError:
        raise CommandFailed(f"{path}: is a directory; give files") from None
    except OSError as exc:
        raise CommandFailed(f"{path}: cannot read: {exc.strerror}") from None


def take_command(args) -> int:
    from django.conf import settings

    from nwfz.intake.extract import IntakeInputError

    ensure_database(quiet=args.json)
    max_bytes = settings.NWFZ_INTAKE_MAX_BYTES
    outputs: list[Any] = []
    failures = 0
    for path in args.files:
        try:
            raw = _read(path, max_bytes)
            if args.dry_run:
                outputs.append(_dry_run(raw, path, args, max_bytes))
            else:
                outputs.append(_store(raw, path, args, max_bytes))
        except (IntakeInputError, CommandFailed) as exc:
            failures += 1
            print(f"nwfz: error: {exc}; nothing stored", file=sys.stderr)
    if args.json:
        if len(args.files) == 1:
            if outputs:
                print_json(outputs[0])
        else:
            print_json(outputs)
    if failures:
        raise CommandFailed(f"{failures} of {len(args.files)} file(s) refused", 1)
    return 0


def _dry_run(raw: bytes, path: Path, args, max_bytes: int) -> Any:
    from nwfz.intake.analysis import analyse, published_line
    from nwfz.intake.registry_facts import other_regime_facts, registry_facts

    result = analyse(
        raw, filename=path.name, published=args.published, max_bytes=max_bytes,
        registry=registry_facts(), registries=other_regime_facts(),
    ).result  # fmt: skip
    proposals = [p.to_json() for p in result.proposals]
    if args.json:
        if len(args.files) == 1:
            return proposals
        return {"file": str(path), **result.to_json()}
    print(f"{path}: {result.language}, {published_line(result)} (dry run: nothing stored)")
    for warning in result.warnings:
        print(f"  ! {warning}")
    _print_reading(result.text_flags, result.transliteration)
    for proposal in proposals:
        _print_proposal(proposal, result.text)
    return proposals


def _store(raw: bytes, path: Path, args, max_bytes: int) -> Any:
    from nwfz.intake.selectors import item_proposals
    from nwfz.intake.services import intake_item_receive

    receipt = intake_item_receive(
        raw=raw,
        filename=path.name,
        published=args.published,
        source_url=args.source_url,
        acting_user="cli",
        max_bytes=max_bytes,
    )
    item = receipt.item
    proposals = item_proposals(item)
    if args.json:
        return {**_item_json(item), "new": receipt.is_new, "message": receipt.message,
                "proposals": [{"id": p.id, **p.contract_json()} for p in proposals]}  # fmt: skip
    print(f"{path}: {receipt.message}")
    if not receipt.is_new:
        return None
    print(f"  item {item.id}: {item.language}, {_published(item)}")
    for warning in item.warnings:
        print(f"  ! {warning}")
    _print_reading(item.text_flags, item.transliteration)
    for proposal in proposals:
        _print_proposal({"id": proposal.id, **proposal.contract_json()}, item.text)
    return None


def _published(item) -> str:
    if item.published is None:
        return "publication date unknown"
    return f"published {item.published.isoformat()} ({item.published_basis})"


def _print_reading(text_flags: list[dict[str, Any]], transliteration: str | None) -> None:
    """How the text was read: the Latin alphabet it was transliterated from, the hidden
    characters normalised (each kind, how many, where)."""
    from nwfz.intake.highlight import reading_notes

    for note in reading_notes(text_flags, transliteration):
        print(f"  ~ {note}")


def _print_proposal(data: dict[str, Any], text: str) -> None:
    from nwfz.intake.highlight import shown_text

    label = f"#{data['id']} " if "id" in data else ""
    skip = ("id", "type", "spans", "confidence", "flags")
    fields = {k: v for k, v in data.items() if k not in skip}
    shown = ", ".join(f"{k}={_value(v)}" for k, v in fields.items() if v not in (None, [], ""))
    print(f"  - {label}{data['type']} ({data['confidence']:.2f}): {shown}")
    quotes = " ".join(f"«{shown_text(text[s:e])}»" for s, e in data["spans"])
    print(f"      {quotes}")
    if data.get("flags"):
        print(f"      ~ hidden characters in the evidence: {', '.join(data['flags'])}")


def _value(value: Any) -> str:
    return ",".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _item_json(item) -> dict[str, Any]:
    return {
        "item": item.id,
        "file": item.filename,
        "language": item.language,
        "published": item.published.isoformat() if item.published else None,
        "published_basis": item.published_basis,
        "source_url": item.source_url,
        "duplicate_of": item.duplicate_of_id,
        "similarity": item.similarity,
        "status": item.status,
        "warnings": item.warnings,
        "text_flags": item.text_flags,
        "transliteration": item.transliteration,
    }


# ---------------------------------------------------------------- list, show, review


def list_command(args) -> int:
    from nwfz.intake.selectors import intake_items

    ensure_database(quiet=args.json)
    items = list(intake_items(args.status))
    if args.json:
        print_json([
            {**_item_json(i), "proposals": i.proposal_count, "open": i.open_count}
            for i in items
        ])  # fmt: skip
        return 0
    if not items:
        print("no intake items" + (f" with status {args.status}" if args.status else ""))
        return 0
    rows = [["ID", "FILE", "LANG", "PUBLISHED", "OPEN", "STATUS", "NOTE"]]
    for i in items:
        note = f"near-duplicate of {i.duplicate_of_id}" if i.duplicate_of_id else ""
        published = f"{i.published} ({i.published_basis})" if i.published else "unknown"
        rows.append([str(i.id), i.filename, i.language, published,
                     f"{i.open_count}/{i.proposal_count}", i.status, note])  # fmt: skip
    print(table(rows))
    return 0


def show_command(args) -> int:
    from nwfz.intake.highlight import marked_terminal_text
    from nwfz.intake.selectors import ItemNotFound, intake_item, item_proposals

    ensure_database(quiet=args.json)
    item = found_or_exit(intake_item, args.id, missing=ItemNotFound)
    proposals = item_proposals(item)
    if args.json:
        print_json({**_item_json(item), "text": item.text, "proposals": [
            {"id": p.id, "status": p.status, "record": p.record_ref, "outcome": p.outcome,
             "reject_reason": p.reject_reason, **p.contract_json()} for p in proposals
        ]})  # fmt: skip
        return 0
    print(f"item {item.id}: {item.filename} ({item.language}, {_published(item)})")
    if item.duplicate_of_id:
        print(f"near-duplicate of item {item.duplicate_of_id} (similarity {item.similarity})")
    _print_reading(item.text_flags, item.transliteration)
    spans = [tuple(s) for p in proposals for s in p.spans]
    print()
    print(marked_terminal_text(item.text, spans, tty=sys.stdout.isatty()).rstrip())
    print()
    for p in proposals:
        _print_proposal({"id": p.id, **p.contract_json()}, item.text)
        status = p.status + (f": {p.outcome}" if p.outcome else "")
        status += f": {p.reject_reason}" if p.reject_reason else ""
        print(f"      {status}")
    return 0


def review_command(args) -> int:
    from nwfz.cli.intake_review import review_items

    ensure_database()
    return review_items(args.id, reviewer=args.reviewer)
