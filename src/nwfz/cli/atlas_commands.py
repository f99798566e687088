"""`nwfz atlas …`: the zones compared from geometry, the news item's claims, maps."""

from __future__ import annotations

import argparse

from nwfz.cli.output import CommandFailed, add_common, ensure_database, print_json, table, today

STATUS_SHORT = {
    "in_force": "in force",
    "ratified": "ratified",
    "signed": "signed",
    "not_signed": "not signed",
    "withdrawn": "withdrawn",
    "unknown": "unknown",
}
VERDICTS = {
    "supported": "supported",
    "qualified": "holds only with a qualification",
    "not_supported": "not supported",
    "not_in_record": "not in the record",
}


def _scale(text: str) -> str:
    from nwfz.atlas.geometry import SCALES

    if text not in SCALES:
        raise argparse.ArgumentTypeError(f"{text!r} is not a scale; use one of {', '.join(SCALES)}")
    return text


def _iso(text: str):
    from nwfz.cli.output import iso_date

    return iso_date(text)


def register(subparsers) -> None:
    from nwfz.atlas.geometry import DEFAULT_SCALE

    atlas = subparsers.add_parser(
        "atlas",
        help="zones compared by geometry: area, hemispheres, borders, test sites; maps",
        description=(
            "Every zone of the registry (every regime with a treaty) measured on Natural "
            "Earth country geometry: area, hemispheres, land borders with nuclear-armed "
            "states, nuclear test sites inside, the nuclear-weapon states' protocol status."
        ),
        epilog=(
            "examples:\n  nwfz atlas compare\n  nwfz atlas claims --scale 10m\n"
            "  nwfz atlas map canwfz --output canwfz.svg\n  nwfz atlas geojson --output z.geojson"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = atlas.add_subparsers(dest="atlas_command", metavar="ATLAS_COMMAND")

    def common(p) -> None:
        p.add_argument(
            "--scale",
            type=_scale,
            default=DEFAULT_SCALE,
            help=f"Natural Earth scale: 110m, 50m or 10m (default: {DEFAULT_SCALE})",
        )
        p.add_argument("--on", type=_iso, help="parties on this date (YYYY-MM-DD); default: today")
        add_common(p)

    p = commands.add_parser(
        "compare",
        help="the comparison table of every zone, and the news item's claims checked",
        description=(
            "Print one row per zone: hemispheres, area (km², geodesic), parties on the date, "
            "land border (km, geodesic) with each nuclear-armed state, test sites inside, "
            "protocol status; then the three claims of the news item checked against it. "
            "--json prints the table only: a list of objects with zone, hemispheres, "
            "area_km2, parties, borders, test_sites, scale and more."
        ),
        epilog=(
            "examples:\n  nwfz atlas compare\n  nwfz atlas compare --scale 10m --json\n"
            "  nwfz atlas compare --on 2000-01-01"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(p)
    p.set_defaults(handler=compare_command)

    p = commands.add_parser(
        "claims",
        help="the news item's three claims about the Central Asian zone, checked",
        description="Print the verdict on each claim with the figures behind it.",
        epilog="examples:\n  nwfz atlas claims\n  nwfz atlas claims --scale 10m --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(p)
    p.set_defaults(handler=claims_command)

    p = commands.add_parser(
        "map",
        help="an SVG map of one zone, or of every zone (test sites marked, legend, scale)",
        description="Write a server-rendered SVG map (no JavaScript) to a file or stdout.",
        epilog=(
            "examples:\n  nwfz atlas map --output zones.svg\n"
            "  nwfz atlas map canwfz --scale 10m --lang ru --output canwfz.svg"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("zone", nargs="?", metavar="ZONE", help="a treaty's slug; default: all")
    p.add_argument("--output", metavar="FILE", help="write here instead of stdout")
    common(p)
    p.set_defaults(handler=map_command)

    p = commands.add_parser(
        "geojson",
        help="GeoJSON of zones, treaty boundaries and test sites",
        description=(
            "Write a GeoJSON FeatureCollection: one feature per zone (layer `zone`), per "
            "treaty area and its outline (`treaty_area`, `treaty_boundary`) and per test "
            "site (`test_site`), with the dataset and scale."
        ),
        epilog="examples:\n  nwfz atlas geojson --output zones.geojson",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--output", metavar="FILE", help="write here instead of stdout")
    common(p)
    p.set_defaults(handler=geojson_command)

    p = commands.add_parser(
        "accuracy",
        help="the map's borders and areas beside the published figures, per scale",
        description=(
            "Print each published figure of the record beside the map's measure at each "
            "scale, with the ratio and whether it is within the scale's tolerance."
        ),
        epilog="examples:\n  nwfz atlas accuracy\n  nwfz atlas accuracy --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_common(p, lang=False)
    p.set_defaults(handler=accuracy_command)
    atlas.set_defaults(handler=lambda args: atlas.print_help() or 0)


def _table(args) -> list[dict]:
    from nwfz.atlas.comparison import comparison_table

    ensure_database(quiet=args.json)
    return comparison_table(args.scale, args.on or today(), args.lang)


def _protocols_line(protocols: list[dict]) -> str:
    parts = []
    for p in protocols:
        by_status: dict[str, list[str]] = {}
        for state, status in p["statuses"].items():
            by_status.setdefault(STATUS_SHORT.get(status, status), []).append(state)
        groups = "; ".join(f"{' '.join(codes)} {label}" for label, codes in by_status.items())
        parts.append(f"{p['protocol']}: {groups or 'no nuclear-weapon state listed'}")
    return " | ".join(parts) or "no protocol"


def print_table(rows: list[dict], scale: str, on) -> None:
    from nwfz.atlas.geometry import scale_caption

    print(f"Zones compared on {on.isoformat()} — {scale_caption(scale)}\n")
    lines = [["zone", "hemispheres", "area km²", "parties", "land border km", "test sites inside"]]
    for r in rows:
        borders = ", ".join(f"{b['state']} {b['km']:,}" for b in r["borders"]) or "none"
        sites = ", ".join(
            f"{s['name']} ({s['tests'] if s['tests'] is not None else '?'})"
            for s in r["test_sites"]
            if s["inside"]
        )
        lines.append(
            [
                r["zone"],
                r["hemispheres"] or "-",
                f"{r['area_km2']:,}",
                str(r["parties"]),
                borders,
                sites or "none",
            ]
        )
    print(table(lines))
    print()
    for r in rows:
        extra = []
        if r["parties_not_drawn"]:
            extra.append(f"not drawn at this scale: {', '.join(r['parties_not_drawn'])}")
        if r["territory_basis"] == "treaty_area":
            extra.append("area: the land inside the treaty's own area")
        tail = f" ({'; '.join(extra)})" if extra else ""
        print(f"  {r['zone']}: {_protocols_line(r['protocols'])}{tail}")


def print_claims(claims: list[dict]) -> None:
    print("\nThe news item's claims about the Central Asian zone:")
    for c in claims:
        print(f"\n* {CLAIM_TITLES[c['claim']]}: {VERDICTS[c['verdict']]}")
        for line in claim_lines(c):
            print(f"    {line}")


CLAIM_TITLES = {
    "first_northern": "the first zone in the northern hemisphere",
    "testing_and_uranium": "a region once used for nuclear testing and military uranium mining",
    "longest_border_two_nws": "the longest land border with two nuclear-weapon states",
}


def claim_lines(c: dict) -> list[str]:
    if c["verdict"] == "not_in_record" and "subject" in c and len(c) == 3:
        return [f"the zone {c['subject']['zone']} is not in the record"]
    if c["claim"] == "first_northern":
        s = c["subject"]
        out = [f"{s['zone']}: {s['hemispheres']}, in force {s['entry_into_force']}"]
        for z in c["earlier_wholly_northern"]:
            out.append(
                f"earlier and wholly northern: {z['zone']} (in force {z['entry_into_force']}, "
                f"{z['parties']} part{'y' if z['parties'] == 1 else 'ies'})"
            )
        for z in c["earlier_partly_northern"]:
            out.append(f"earlier, partly northern: {z['zone']} (in force {z['entry_into_force']})")
        return out
    if c["claim"] == "testing_and_uranium":
        t = c["testing"]
        if t["verdict"] == "not_in_record":
            out = ["nuclear test sites: not in the record"]
        else:
            sites = ", ".join(f"{s['name']} ({s['tests']})" for s in t["sites"]) or "none"
            out = [f"test sites inside: {sites}; {t['tests']} tests in all"]
        for zone, other in c["other_zones_with_test_sites"].items():
            names = ", ".join(f"{s['name']} ({s['tests']})" for s in other["sites"])
            out.append(f"also with test sites inside: {zone}: {names}")
        out.append("uranium mining for military purposes: not in the record")
        return out
    out = []
    for z in c["zones"]:
        if z["nws"]:
            parts = ", ".join(f"{b['state']} {b['km']:,}" for b in z["borders"])
            out.append(f"{z['zone']}: {z['nws_km']:,} km with {len(z['nws'])} ({parts})")
    return out or ["no zone borders a nuclear-weapon state"]


def compare_command(args) -> int:
    from nwfz.atlas.claims import evaluate

    rows = _table(args)
    if args.json:
        print_json(rows)
        return 0
    on = args.on or today()
    print_table(rows, args.scale, on)
    print_claims(evaluate(rows))
    return 0


def claims_command(args) -> int:
    from nwfz.atlas.claims import evaluate

    rows = _table(args)
    claims = evaluate(rows)
    if args.json:
        print_json(claims)
        return 0
    if not rows:
        raise CommandFailed("no zone in the record: load the data first (nwfz load)")
    print_claims(claims)
    return 0


def _write(text: str, output: str | None) -> None:
    import sys
    from pathlib import Path

    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")


def map_command(args) -> int:
    from nwfz.atlas.maps import world_svg, zone_svg
    from nwfz.cli.output import found_or_exit

    ensure_database(quiet=True)
    on = args.on or today()
    if args.zone:
        text = found_or_exit(zone_svg, args.zone, args.scale, on, args.lang)
    else:
        text = world_svg(args.scale, on, args.lang)
    _write(text, args.output)
    return 0


def geojson_command(args) -> int:
    from nwfz.atlas.maps import geojson

    ensure_database(quiet=True)
    _write(geojson(args.scale, args.on or today(), args.lang), args.output)
    return 0


def accuracy_command(args) -> int:
    from nwfz.atlas.accuracy import accuracy_table
    from nwfz.atlas.geometry import SCALES

    ensure_database(quiet=args.json)
    rows = []
    for scale in SCALES:
        rows += accuracy_table(scale, today())
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no published figures in the record (published_figures in the data packages)")
        return 0
    lines = [["figure", "published", "scale", "measured", "ratio", "within band"]]
    for r in rows:
        lines.append(
            [
                r["subject"],
                f"{r['published']:,.0f} {r['unit']}",
                r["scale"],
                f"{r['measured']:,}" if r["measured"] is not None else "not on the map",
                f"{r['ratio']:.2f}" if r["ratio"] is not None else "-",
                f"{'yes' if r['within'] else 'NO'} ({r['band'][0]}–{r['band'][1]})",
            ]
        )
    print(table(lines))
    return 0
