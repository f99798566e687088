"""The terminal review loop of `nwfz intake review`: one proposal at a time, answers read from
standard input (a person at a terminal, or a script piping them in)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from nwfz.cli.output import found_or_exit

PROMPT = "[a]ccept, [e]dit, [r]eject, [s]kip, [q]uit? "
ANSWERS = {word[0]: word for word in ("accept", "edit", "reject", "skip", "quit")} | {
    word: word for word in ("accept", "edit", "reject", "skip", "quit")
}


class _EndOfAnswers(Exception):
    pass


def _ask(prompt: str, read: Callable[[], str]) -> str:
    print(prompt, end="", flush=True)
    try:
        answer = read()
    except EOFError:
        print()
        raise _EndOfAnswers from None
    if not sys.stdin.isatty():
        print(answer)  # echo piped answers so a transcript reads like a session
    return answer.strip()


def _acting_user(name: str) -> Any:
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(username=name).first()
    return user if user is not None else name


def review_items(item_id: int | None, *, reviewer: str = "cli", read=input) -> int:
    """Review the open proposals of one item (or of every item awaiting review)."""
    from nwfz.intake.selectors import ItemNotFound, intake_item, open_items

    if item_id is not None:
        items = [found_or_exit(intake_item, item_id, missing=ItemNotFound)]
    else:
        items = list(open_items())
    if not items:
        print("nothing to review")
        return 0
    acting_user = _acting_user(reviewer)
    counts = {"accepted": 0, "rejected": 0, "skipped": 0}
    try:
        for item in items:
            if _review_item(item, acting_user, counts, read) == "quit":
                break
    except _EndOfAnswers:
        print("no more answers; stopping")
    print(f"accepted {counts['accepted']}, rejected {counts['rejected']}, "
          f"skipped {counts['skipped']}")  # fmt: skip
    return 0


def _review_item(item, acting_user: Any, counts: dict[str, int], read) -> str | None:
    from nwfz.intake.selectors import item_proposals

    proposals = item_proposals(item, status="proposed")
    published = item.published.isoformat() if item.published else "publication date unknown"
    print(f"\n=== item {item.id}: {item.filename} ({item.language}, {published}), "
          f"{len(proposals)} open proposal(s)")  # fmt: skip
    if item.duplicate_of_id:
        print(f"    near-duplicate of item {item.duplicate_of_id}")
    from nwfz.intake.highlight import reading_notes

    for note in reading_notes(item.text_flags, item.transliteration):
        print(f"    ~ {note}")
    for number, proposal in enumerate(proposals, 1):
        if _review_proposal(item, proposal, number, len(proposals), acting_user, counts,
                            read) == "quit":  # fmt: skip
            return "quit"
    return None


def _show(item, proposal, fields: dict[str, Any], number: int, total: int) -> None:
    from nwfz.intake.highlight import excerpt_around, marked_terminal_text

    spans = [tuple(s) for s in proposal.spans]
    start, end = excerpt_around(item.text, spans)
    shifted = [(s - start, e - start) for s, e in spans]
    excerpt = marked_terminal_text(item.text[start:end], shifted, tty=sys.stdout.isatty())
    print(f"\n--- proposal {proposal.id} [{number}/{total}]: {proposal.type} "
          f"(confidence {proposal.confidence:.2f})")  # fmt: skip
    print("    " + excerpt.strip().replace("\n", "\n    "))
    if proposal.flags:
        print(f"    ~ hidden characters in the evidence: {', '.join(proposal.flags)}")
    for name, value in fields.items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        print(f"    {name}: {'—' if shown in (None, '') else shown}")


def _review_proposal(item, proposal, number, total, acting_user, counts, read) -> str | None:
    from nwfz.intake.acceptance import IntakeRefused
    from nwfz.intake.field_edits import FieldEditError, edits_from_texts, parse_assignment
    from nwfz.intake.services import proposal_accept, proposal_reject

    edits: dict[str, Any] = {}
    _show(item, proposal, {**proposal.current_fields, **edits}, number, total)
    while True:
        answer = ANSWERS.get(_ask(PROMPT, read).lower())
        if answer is None:
            print("    answer a, e, r, s or q")
        elif answer == "skip":
            counts["skipped"] += 1
            return None
        elif answer == "quit":
            return "quit"
        elif answer == "edit":
            while line := _ask("    field=value (empty line to finish)> ", read):
                try:
                    name, text = parse_assignment(line)
                    current = {**proposal.current_fields, **edits}
                    edits.update(edits_from_texts(current, {name: text}))
                except FieldEditError as exc:
                    print(f"    ! {exc}")
            _show(item, proposal, {**proposal.current_fields, **edits}, number, total)
        elif answer == "accept":
            try:
                done = proposal_accept(
                    proposal=proposal, edited_fields=edits, acting_user=acting_user
                )
            except IntakeRefused as exc:
                print(f"    ! not accepted: {exc}")
                continue
            counts["accepted"] += 1
            print(f"    accepted: {done.outcome} ({done.record_ref})")
            return None
        elif answer == "reject":
            reason = _ask("    reason> ", read)
            try:
                proposal_reject(proposal=proposal, reason=reason, acting_user=acting_user)
            except IntakeRefused as exc:
                print(f"    ! not rejected: {exc}")
                continue
            counts["rejected"] += 1
            print("    rejected")
            return None
