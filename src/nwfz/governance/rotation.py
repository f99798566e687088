"""Who chairs a regime: the rotation rule, the recorded history, and predicted terms.

Plain functions over plain values (no database). The rules:

- a rotation rule gives an order of parties, a term length in months and a handover day;
  the term starting on `effective_from` goes to `first_state` (default: the first in order),
  and each later term to the next state in order that has not withdrawn by the term's start;
- the rule can be projected backwards (ignoring withdrawals) to compare older recorded
  terms with it; a recorded term whose state, start or length differs from what the rule
  gives departs from the rule, and the reason says how;
- the timeline of a span of years shows the recorded terms, fills gaps from the rule's
  effective date on with predicted terms, and after the last recorded term continues the
  order from the last recorded chair.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from django.utils.translation import gettext as _

from nwfz.governance.calendar_math import add_months

MAX_TERMS = 400  # a guard against rules that never reach the requested span


@dataclass(frozen=True)
class RotationRule:
    order: tuple[str, ...]  # ISO alpha-2 codes in rotation order
    effective_from: date  # start of the first term under the rule (a handover day)
    term_months: int = 12
    first_state: str = ""  # who chairs the term starting on effective_from; default order[0]
    names: Mapping[str, str] | None = None  # code -> name, for readable reasons

    @property
    def first(self) -> str:
        return self.first_state or self.order[0]

    def name(self, code: str) -> str:
        return (self.names or {}).get(code, code)


@dataclass(frozen=True)
class Term:
    state: str
    start: date
    end: date  # inclusive
    sources: tuple[str, ...] = ()
    basis: str = "recorded"  # recorded | predicted
    departs_from_rule: bool = False
    reason: str = ""
    role: str = "chair"  # chair | coordinator
    note: str = ""
    precision: str = "day"  # day | year: how exactly the sources date the term
    id: int | None = None
    inferred: str = ""  # the rule the recorded dates were inferred by; "" when sourced


Withdrawn = Mapping[str, date]  # code -> first day the state is no longer a party


def term_bounds(rule: RotationRule, index: int) -> tuple[date, date]:
    """Start and inclusive end of the rule's term number `index` (0 = effective_from)."""
    start = add_months(rule.effective_from, index * rule.term_months)
    following = add_months(rule.effective_from, (index + 1) * rule.term_months)
    return start, following - timedelta(days=1)


def term_index_on(rule: RotationRule, day: date) -> int:
    """The index of the rule's term containing `day` (negative before effective_from)."""
    months = (day.year - rule.effective_from.year) * 12 + day.month - rule.effective_from.month
    index = months // rule.term_months
    while term_bounds(rule, index)[0] > day:
        index -= 1
    while term_bounds(rule, index)[1] < day:
        index += 1
    return index


def _is_out(code: str, on: date, withdrawn: Withdrawn) -> bool:
    left = withdrawn.get(code)
    return left is not None and left <= on


def next_in_order(rule: RotationRule, after: str, on: date, withdrawn: Withdrawn) -> str | None:
    """The state after `after` in the order, skipping those withdrawn by `on`."""
    order = rule.order
    position = order.index(after) if after in order else -1
    for step in range(1, len(order) + 1):
        candidate = order[(position + step) % len(order)]
        if not _is_out(candidate, on, withdrawn):
            return candidate
    return None


def rule_state_for(
    rule: RotationRule, index: int, withdrawn: Withdrawn | None = None
) -> str | None:
    """Who the rule gives term number `index`. Before effective_from the order is projected
    backwards without withdrawals; from it on, withdrawn states are skipped."""
    withdrawn = withdrawn or {}
    if index < 0 or not withdrawn:
        first = rule.order.index(rule.first)
        return rule.order[(first + index) % len(rule.order)]
    state = rule.first
    start = rule.effective_from
    if _is_out(state, start, withdrawn):
        state = next_in_order(rule, state, start, withdrawn)
    for i in range(1, index + 1):
        if state is None:
            return None
        state = next_in_order(rule, state, term_bounds(rule, i)[0], withdrawn)
    return state


def predict_terms(
    rule: RotationRule,
    years: tuple[int, int],
    withdrawn: Withdrawn | None = None,
    *,
    after: Term | None = None,
) -> list[Term]:
    """Terms the rule gives that start within the years `years` (inclusive).

    With `after`, prediction continues from that (recorded) term: the next term starts the
    day after it ends and goes to the next state in order after its chair.
    """
    withdrawn = withdrawn or {}
    first_day, last_day = date(years[0], 1, 1), date(years[1], 12, 31)
    out: list[Term] = []
    if after is not None:
        start, state = after.end + timedelta(days=1), after.state
        for _ in range(MAX_TERMS):
            if start > last_day:
                break
            state = next_in_order(rule, state, start, withdrawn)
            if state is None:
                break
            end = add_months(start, rule.term_months) - timedelta(days=1)
            if start >= first_day:
                out.append(Term(state, start, end, basis="predicted"))
            start = end + timedelta(days=1)
        return out
    index = max(0, term_index_on(rule, max(first_day, rule.effective_from)))
    for i in range(index, index + MAX_TERMS):
        start, end = term_bounds(rule, i)
        if start > last_day:
            break
        state = rule_state_for(rule, i, withdrawn)
        if state is not None and start >= first_day:
            out.append(Term(state, start, end, basis="predicted"))
    return out


def compare_with_rule(term: Term, rule: RotationRule, withdrawn: Withdrawn | None = None) -> Term:
    """The recorded term, flagged when it departs from what the rule gives for its start."""
    index = term_index_on(rule, term.start)
    expected_start, expected_end = term_bounds(rule, index)
    expected = rule_state_for(rule, index, withdrawn)
    label = _period_label(expected_start, expected_end)
    reasons = []
    if expected is not None and expected != term.state:
        reasons.append(
            _("rule gives %(expected)s for %(period)s; recorded %(recorded)s")
            % {
                "expected": rule.name(expected),
                "period": label,
                "recorded": rule.name(term.state),
            }
        )
    if term.precision == "day" and (term.start, term.end) != (expected_start, expected_end):
        reasons.append(
            _("recorded term %(start)s–%(end)s differs from the rule's term %(from)s–%(to)s")
            % {"start": term.start, "end": term.end, "from": expected_start, "to": expected_end}
        )
    if term.start < rule.effective_from and reasons:
        reasons.append(_("the rule is recorded from %(day)s only") % {"day": rule.effective_from})
    if not reasons:
        return replace(term, departs_from_rule=False, reason="")
    return replace(term, departs_from_rule=True, reason="; ".join(reasons))


def _period_label(start: date, end: date) -> str:
    if start.month == 1 and start.day == 1 and end == date(start.year, 12, 31):
        return str(start.year)
    return f"{start}–{end}"


def chair_timeline(
    recorded_terms: Iterable[Term],
    rule: RotationRule | None,
    first_year: int,
    last_year: int,
    withdrawn: Withdrawn | None = None,
) -> list[Term]:
    """Recorded terms touching the years, each compared with the rule; gaps from the rule's
    effective date on filled with predicted terms; after the last recorded term, predicted
    terms continuing the order. Sorted by start."""
    first_day, last_day = date(first_year, 1, 1), date(last_year, 12, 31)
    recorded = sorted(recorded_terms, key=lambda t: t.start)
    if rule is None:
        return [t for t in recorded if t.end >= first_day and t.start <= last_day]
    checked = [compare_with_rule(t, rule, withdrawn) for t in recorded]
    out = [t for t in checked if t.end >= first_day and t.start <= last_day]
    last = checked[-1] if checked else None
    # gaps between recorded terms (or before the first), from the rule's effective date on
    gap_end = last.start if last else last_day + timedelta(days=1)
    for term in predict_terms(rule, (first_year, last_year), withdrawn):
        if term.start >= gap_end:
            break
        if not any(r.start <= term.end and r.end >= term.start for r in checked):
            out.append(term)
    if last is not None:
        out += predict_terms(rule, (first_year, last_year), withdrawn, after=last)
    return sorted(out, key=lambda t: t.start)


def chair_on(terms: Iterable[Term], day: date) -> Term | None:
    """The term covering `day` (recorded terms win over predicted ones)."""
    covering = [t for t in terms if t.start <= day <= t.end]
    covering.sort(key=lambda t: (t.basis != "recorded", t.start))
    return covering[0] if covering else None


def overlapping(term: Term, others: Iterable[Term]) -> Term | None:
    """The first of `others` whose days overlap `term` (ends inclusive)."""
    for other in sorted(others, key=lambda t: t.start):
        if other.start <= term.end and other.end >= term.start:
            return other
    return None
