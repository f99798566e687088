"""What the paraphrase suites (test_paraphrases_en.py, test_paraphrases_ru_kk.py) share: the
record types' short names, the groups distractors are checked against, the case ids, and
the matching of a case's expected record."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

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


def label_params(items, known_misses: dict):
    """One pytest case per label of (name, publication day, text, labels) items: (text, type,
    fields, day), a strict expected failure where `known_misses` gives (name, index) a reason."""
    for name, published, text, labels in items:
        for i, (record_type, fields) in enumerate(labels):
            reason = known_misses.get((name, i))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(text, record_type, fields, published, marks=marks,
                               id=f"{name}-{i}-{record_type}")  # fmt: skip


def item_params(items, known_false: dict):
    """One pytest case per item: (text, day, labels), a strict expected failure where
    `known_false` gives its name a reason."""
    for name, published, text, labels in items:
        reason = known_false.get(name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(text, published, labels, marks=marks, id=name)


def _key(record_type: str, fields: dict) -> tuple:
    return (record_type, fields.get("regime", "canwfz"), fields.get("forum"))


def false_records(text: str, published: date, labels) -> list[dict]:
    """The proposals beyond the labels: more of a type, zone and forum than labelled."""
    room = Counter(_key(t, f) for t, f in labels)
    out = []
    for p in extract(text, published=published).proposals:
        key = _key(p.type, p.to_json())
        if room[key] > 0:
            room[key] -= 1
        else:
            out.append({"type": p.type, **p.to_json()})
    return out
