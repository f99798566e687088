"""What the paraphrase suites (test_paraphrases_en.py, test_paraphrases_ru_kk.py) share: the
record types' short names, the groups distractors are checked against, the case ids, and
the matching of a case's expected record."""

from __future__ import annotations

from datetime import date

from nwfz.intake.extract import extract

P = date(2026, 2, 1)  # the default publication day

CM, CT, RP, AN, EV, ME, FO, RC = (
    "consultative_meeting", "chair_transfer", "review_and_plans", "anniversary", "event",
    "memorandum", "forum", "registry_conflict",
)  # fmt: skip

# a distractor of a group gives nothing of the group's types
GROUPS = {
    "meetings": (CM, CT),
    "commemorations": (RP, AN, EV),
    "cooperation": (ME, FO),
    "conflicts": (RC,),
}


def case_ids(cases, kind: str, width: int) -> list[str]:
    """'pos-ru-event-03': the kind, the case's first `width` values, and its number among
    the cases sharing them."""
    counts: dict[tuple, int] = {}
    out = []
    for case in cases:
        key = tuple(case[:width])
        counts[key] = counts.get(key, 0) + 1
        out.append(f"{kind}-{'-'.join(key)}-{counts[key]:02d}")
    return out


def matching(text: str, record_type: str, expected: dict, published: date) -> list:
    """The proposals of the type, for the expected zone (canwfz unless named), whose fields
    hold the expected values, each with evidence for each field it states."""
    result = extract(text, published=published)
    wanted = {"regime": "canwfz", **expected}
    found = []
    for proposal in result.of_type(record_type):
        fields = proposal.to_json()
        same = all(
            set(fields.get(k) or []) == set(v) if k == "parties" else fields.get(k) == v
            for k, v in wanted.items()
        )
        if same and proposal.spans:
            found.append(proposal)
    return found
