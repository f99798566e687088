"""The seed news item's three claims about the Central Asian zone, checked against the
comparison table. Plain functions over the table's rows (dicts, as `--json` prints them).

Each claim comes back with a verdict and the figures behind it:
- `supported`: the table bears the claim out as worded;
- `qualified`: it holds only with a qualification the figures show;
- `not_supported`: the table contradicts it;
- `not_in_record`: the record holds no data to judge it (or a part of it).
"""

from __future__ import annotations

from typing import Any

SUBJECT = "canwfz"


def _date(row: dict) -> str:
    return row.get("entry_into_force") or row.get("adopted") or "9999"


def _zone(row: dict) -> dict:
    return {
        "zone": row["zone"],
        "hemispheres": row["hemispheres"],
        "entry_into_force": row["entry_into_force"],
        "parties": row["parties"],
    }


def first_in_northern_hemisphere(rows: list[dict], subject: str = SUBJECT) -> dict[str, Any]:
    """Is the subject the first zone (by entry into force) in the northern hemisphere?"""
    subject_row = _row(rows, subject)
    if subject_row is None or subject_row["hemispheres"] is None:
        return _missing("first_northern", subject)
    earlier = [r for r in rows if r["zone"] != subject and _date(r) < _date(subject_row)]
    earlier_wholly = [r for r in earlier if r["hemispheres"] == "northern"]
    earlier_partly = [r for r in earlier if r["hemispheres"] == "both"]
    wholly_multi = [r for r in earlier_wholly if r["parties"] > 1]
    if subject_row["hemispheres"] != "northern":
        verdict = "not_supported"
    elif wholly_multi:
        verdict = "not_supported"
    elif earlier_wholly or earlier_partly:
        verdict = "qualified"
    else:
        verdict = "supported"
    return {
        "claim": "first_northern",
        "verdict": verdict,
        "subject": _zone(subject_row),
        "earlier_wholly_northern": [_zone(r) for r in earlier_wholly],
        "earlier_partly_northern": [_zone(r) for r in earlier_partly],
        "scale": subject_row["scale"],
    }


def testing_and_uranium(rows: list[dict], subject: str = SUBJECT) -> dict[str, Any]:
    """Was the subject's region used for nuclear testing (and uranium mining)? Testing is
    judged from the test sites inside it; uranium mining is not in the record."""
    subject_row = _row(rows, subject)
    if subject_row is None:
        return _missing("testing_and_uranium", subject)
    inside = [s for s in subject_row["test_sites"] if s["inside"]]
    others = {
        r["zone"]: [s for s in r["test_sites"] if s["inside"]]
        for r in rows
        if r["zone"] != subject and any(s["inside"] for s in r["test_sites"])
    }
    if not subject_row["test_sites"]:  # the record holds no test site at all
        testing = "not_in_record"
    else:
        testing = "supported" if inside else "not_supported"
    return {
        "claim": "testing_and_uranium",
        # testing can be judged; uranium mining for military purposes cannot (no data)
        "verdict": {"supported": "qualified"}.get(testing, testing),
        "testing": {
            "verdict": testing,
            "sites": [_site(s) for s in inside],
            "tests": sum(s["tests"] or 0 for s in inside),
        },
        "uranium_mining": {"verdict": "not_in_record"},
        "other_zones_with_test_sites": {
            zone: {"sites": [_site(s) for s in sites], "tests": sum(s["tests"] or 0 for s in sites)}
            for zone, sites in sorted(others.items())
        },
        "scale": subject_row["scale"],
    }


def longest_border_with_two_nws(rows: list[dict], subject: str = SUBJECT) -> dict[str, Any]:
    """Has the subject the longest land border with two NPT nuclear-weapon states?"""
    subject_row = _row(rows, subject)
    if subject_row is None:
        return _missing("longest_border_two_nws", subject)
    totals = []
    for r in rows:
        nws = [b for b in r["borders"] if b["nuclear_status"] == "npt_nws"]
        totals.append(
            {
                "zone": r["zone"],
                "parties": r["parties"],
                "nws": [b["state"] for b in nws],
                "nws_km": sum(b["km"] for b in nws),
                "borders": [{"state": b["state"], "km": b["km"]} for b in nws],
            }
        )
    totals.sort(key=lambda t: -t["nws_km"])
    two_or_more = [t for t in totals if len(t["nws"]) >= 2]
    mine = next(t for t in totals if t["zone"] == subject)
    if len(mine["nws"]) < 2:
        verdict = "not_supported"
    elif two_or_more and two_or_more[0]["zone"] == subject:
        longest_overall = totals[0]["zone"] == subject
        verdict = "supported" if longest_overall else "qualified"
    else:
        verdict = "not_supported"
    return {
        "claim": "longest_border_two_nws",
        "verdict": verdict,
        "zones": totals,
        "scale": subject_row["scale"],
    }


def evaluate(rows: list[dict], subject: str = SUBJECT) -> list[dict[str, Any]]:
    return [
        first_in_northern_hemisphere(rows, subject),
        testing_and_uranium(rows, subject),
        longest_border_with_two_nws(rows, subject),
    ]


def _row(rows: list[dict], zone: str) -> dict | None:
    return next((r for r in rows if r["zone"] == zone), None)


def _site(site: dict) -> dict:
    return {"site": site["site"], "name": site["name"], "tests": site["tests"]}


def _missing(claim: str, subject: str) -> dict[str, Any]:
    return {"claim": claim, "verdict": "not_in_record", "subject": {"zone": subject}}
