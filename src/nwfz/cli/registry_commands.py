"""`nwfz status` and `nwfz state`: the registry's questions from the terminal."""

from __future__ import annotations

import argparse

from nwfz.cli.output import (
    add_common,
    ensure_database,
    footnote_lines,
    footnote_numbers,
    found_or_exit,
    iso_date,
    print_json,
    table,
    today,
)
from nwfz.registry.dates import partial_date

STATUS_LABELS = {
    "not_signed": "not signed",
    "signed": "signed",
    "ratified": "ratified",
    "in_force": "in force",
    "withdrawn": "withdrawn",
    "unknown": "not known",
}
# why a state with no status-bearing event has its status (registry.status basis values)
WHY_NOT_SIGNED = {
    "before_opening": "before the instrument opened",
    "before_first_act": "before its first signature or accession",
}
NOT_KNOWN = "the record has no event and no source saying it was not a party"


def status_text(row: dict) -> str:
    """The status as words, saying why where the record has no event behind it."""
    text = STATUS_LABELS[row["status"]]
    if row["status"] == "unknown":
        return f"{text} ({NOT_KNOWN})"
    if row["basis"] == "not_a_party_as_of":
        return f"{text} (a source says: not a party as of {row['as_of']})"
    if row["basis"] in WHY_NOT_SIGNED:
        return f"{text} ({WHY_NOT_SIGNED[row['basis']]})"
    return text


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "status",
        help="status of every state in a regime's treaty or an instrument on a date",
        description=(
            "Print each state's status (not_signed, signed, ratified, in_force, withdrawn, "
            "unknown) in a treaty or instrument on a date, with the dates and sources behind "
            "it. `unknown` means the record has no event and no source saying the state was "
            "not a party on that date. "
            "A regime's slug stands for its founding treaty."
        ),
        epilog=(
            "examples:\n  nwfz status canwfz --on 2009-03-21\n"
            "  nwfz status canwfz-protocol --on 2026-01-01 --json\n"
            "  nwfz status tpnw --lang ru"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "instrument",
        metavar="REGIME_OR_INSTRUMENT",
        help="e.g. canwfz, canwfz-protocol, npt, ctbt, tpnw, iaea-csa, iaea-ap",
    )
    p.add_argument("--on", type=iso_date, help="date (YYYY-MM-DD); default: today")
    add_common(p)
    p.set_defaults(handler=status_command)

    p = subparsers.add_parser(
        "state",
        help="a state's participation in every instrument, with dates and sources",
        description="Print a state's status in every instrument of the registry on a date.",
        epilog="examples:\n  nwfz state KZ\n  nwfz state UZ --on 2005-01-01 --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("code", metavar="CODE", help="ISO 3166-1 alpha-2 code, e.g. KZ")
    p.add_argument("--on", type=iso_date, help="date (YYYY-MM-DD); default: today")
    add_common(p)
    p.set_defaults(handler=state_command)

    p = subparsers.add_parser(
        "instrument",
        help="an instrument's dates (adopted, opened for signature, entry into force)",
        description=(
            "Print an instrument's recorded dates (adopted, opened for signature, entry "
            "into force), each with its precision, place, the rule it was inferred by and "
            "its sources, and its depositary. A regime's slug stands for its founding treaty."
        ),
        epilog="examples:\n  nwfz instrument ctbt\n  nwfz instrument canwfz --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("instrument", metavar="REGIME_OR_INSTRUMENT", help="e.g. canwfz, npt, ctbt")
    add_common(p)
    p.set_defaults(handler=instrument_command)


def _events_line(events: list[dict]) -> str:
    parts = []
    for e in events:
        text = f"{e['action'].replace('_', ' ')} {partial_date(e['date'], e['date_precision'])}"
        if e["action"] == "approved_domestically":
            text += " (a domestic act: it does not change the status)"
        if e["alternatives"]:
            text += (
                " (other sources: "
                + ", ".join(partial_date(a["date"], a["date_precision"]) for a in e["alternatives"])
                + ")"
            )
        parts.append(text)
    return "; ".join(parts) or "no events"


def _cited_in_participation(data: dict):
    """The source URLs of a state's participation, in the order the listing cites them."""
    for inst in data["instruments"]:
        for e in inst["events"]:
            yield from e["sources"]
            for a in e["alternatives"]:
                yield from a["sources"]
            for st in e["statements"]:
                yield from st["sources"]
        yield from inst["sources"]


def status_command(args) -> int:
    from nwfz.registry.selectors import resolve_instrument, status_table

    ensure_database(quiet=args.json)
    instrument = found_or_exit(resolve_instrument, args.instrument)
    on = args.on or today()
    rows = status_table(instrument, on, args.lang)
    if args.json:
        print_json(rows)
        return 0
    numbers = footnote_numbers(url for r in rows for url in r["sources"])
    notes = footnote_lines(numbers)
    print(f"{instrument.localized('title', args.lang)}\nstatus on {on.isoformat()}\n")
    lines = []
    for r in rows:
        refs = "".join(f"[{numbers[u]}]" for u in r["sources"])
        since = partial_date(r["since"], r["since_precision"])
        basis = (
            "  (with the treaty's entry into force)"
            if r["basis"] == ("instrument_entry_into_force")
            else ""
        )
        lines.append(
            [
                r["state"],
                r["state_name"],
                status_text(r),
                f"since {since}" if since else "",
                refs + basis,
            ]
        )
    print(table(lines))
    print()
    for r in rows:
        print(f"  {r['state']}: {_events_line(r['events'])}")
    if notes:
        print("\nsources:")
        print("\n".join(notes))
    return 0


DATE_LABELS = {
    "adopted": "adopted",
    "opened_for_signature": "opened for signature",
    "entry_into_force": "entry into force",
}


def instrument_command(args) -> int:
    from nwfz.registry.selectors import instrument_dates, resolve_instrument

    ensure_database(quiet=args.json)
    instrument = found_or_exit(resolve_instrument, args.instrument)
    dates = instrument_dates(instrument, args.lang)
    data = {
        "instrument": instrument.slug,
        "title": instrument.localized("title", args.lang),
        "dates": dates,
        "depositary": instrument.localized("depositary", args.lang),
        "depositary_sources": [s.url for s in instrument.depositary_sources.all()],
    }
    if args.json:
        print_json(data)
        return 0
    cited = [u for d in dates for u in d["sources"]] + data["depositary_sources"]
    numbers = footnote_numbers(cited)
    print(f"{data['title']} ({instrument.slug})\n")
    for d in dates:
        refs = "".join(f"[{numbers[u]}]" for u in d["sources"])
        line = f"{DATE_LABELS[d['kind']] + ':':<22}{partial_date(d['date'], d['precision'])}"
        if d["place"]:
            line += f", {d['place']}"
        line += f" {refs}"
        if d["inferred"]:
            line += f" (inferred: {d['inferred']})"
        print(line)
        if d["note"]:
            print(f"{'':<22}{d['note']}")
    if not instrument.entry_into_force:
        print(f"{'entry into force:':<22}not in force")
    if data["depositary"]:
        refs = "".join(f"[{numbers[u]}]" for u in data["depositary_sources"])
        print(f"{'depositary:':<22}{data['depositary']} {refs}")
    if numbers:
        print("\nsources:")
        print("\n".join(footnote_lines(numbers)))
    return 0


def state_command(args) -> int:
    from nwfz.registry.selectors import state_by_code, state_participation

    ensure_database(quiet=args.json)
    state = found_or_exit(state_by_code, args.code)
    on = args.on or today()
    data = state_participation(state, on, args.lang)
    if args.json:
        print_json(data)
        return 0
    numbers = footnote_numbers(_cited_in_participation(data))
    print(f"{data['name']} ({data['state']}) on {data['on']}\n")
    for inst in data["instruments"]:
        since = (
            f" since {partial_date(inst['since'], inst['since_precision'])}"
            if inst["since"]
            else ""
        )
        print(f"{inst['instrument']}: {status_text(inst)}{since}  — {inst['title']}")
        for e in inst["events"]:
            refs = "".join(f"[{numbers[u]}]" for u in e["sources"])
            day = partial_date(e["date"], e["date_precision"])
            line = f"    {e['action'].replace('_', ' '):<20} {day} {refs}"
            if e["action"] == "approved_domestically":
                line += " (a domestic act: it does not change the status)"
            if e["inferred"]:
                line += f" (inferred: {e['inferred']})"
            for st in e["statements"]:
                st_refs = "".join(f"[{numbers[u]}]" for u in st["sources"])
                line += f"\n    {'':<20} {st['kind'].replace('_', ' ')}: {st['summary']} {st_refs}"
            for a in e["alternatives"]:
                alt_refs = "".join(f"[{numbers[u]}]" for u in a["sources"])
                alt_day = partial_date(a["date"], a["date_precision"])
                line += f"\n    {'':<20} {alt_day} {alt_refs} (other source: {a['note']})"
            print(line)
    if numbers:
        print("\nsources:")
        print("\n".join(footnote_lines(numbers)))
    return 0
