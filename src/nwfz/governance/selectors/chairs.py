"""The rotation rule, recorded chair terms, and the chair timeline (recorded and predicted)."""

from __future__ import annotations

from datetime import date

from django.utils import translation

from nwfz.governance import rotation
from nwfz.governance.models import ChairTerm
from nwfz.governance.selectors.common import SOURCES, regime_of, source_urls
from nwfz.registry import status
from nwfz.registry.models import ParticipationEvent, Regime
from nwfz.registry.selectors import state_names


def rotation_rule(regime: Regime | str, lang: str = "en") -> rotation.RotationRule | None:
    rule = getattr(regime_of(regime), "rotation_rule", None)
    if rule is None:
        return None
    return rotation.RotationRule(
        order=rule.order_codes,
        effective_from=rule.effective_from,
        term_months=rule.term_months,
        first_state=rule.first_state_code,
        names=state_names(lang),
    )


def withdrawn_states(regime: Regime | str) -> dict[str, date]:
    """Parties whose withdrawal from the regime's treaty takes effect, with the day (the
    registry's status rule: registry.status.withdrawal_of, over the state's latest
    participation, so a state that acceded again is not withdrawn)."""
    regime = regime_of(regime)
    if regime.treaty is None:
        return {}
    rows = ParticipationEvent.objects.filter(
        instrument=regime.treaty, action__in=status.STATUS_ACTIONS
    ).select_related("state")
    events: dict[str, list[status.Event]] = {}
    for e in rows:
        events.setdefault(e.state.code, []).append(
            status.Event(e.action, e.date, precision=e.date_precision)
        )
    out: dict[str, date] = {}
    for code, found in events.items():
        withdrawal = status.withdrawal_of(status.episodes(found)[-1])
        if withdrawal is not None:
            out[code] = status.known_by(withdrawal)
    return out


def recorded_terms(regime: Regime | str, lang: str = "en") -> list[rotation.Term]:
    rows = (
        ChairTerm.objects.filter(regime=regime_of(regime))
        .select_related("state")
        .prefetch_related(SOURCES)
    )
    return [
        rotation.Term(
            t.state.code,
            t.start,
            t.end,
            sources=tuple(source_urls(t)),
            role=t.role,
            note=t.localized("note", lang),
            precision=t.precision,
            id=t.id,
            inferred=t.inferred,
        )
        for t in rows
    ]


def chair_timeline(
    regime: Regime | str, first_year: int, last_year: int, lang: str = "en"
) -> list[rotation.Term]:
    """Recorded terms (each compared with the rotation rule) and predicted ones."""
    regime = regime_of(regime)
    first_year, last_year = max(first_year, 1), min(last_year, 9998)
    with translation.override(lang):  # the reasons a term departs from the rule
        return rotation.chair_timeline(
            recorded_terms(regime, lang),
            rotation_rule(regime, lang),
            first_year,
            last_year,
            withdrawn_states(regime),
        )


def chair_on(regime: Regime | str, day: date, lang: str = "en") -> rotation.Term | None:
    if not 1 < day.year < 9999:
        return None  # outside the calendar the rule can be projected over
    timeline = chair_timeline(regime, day.year - 1, day.year + 1, lang)
    return rotation.chair_on(timeline, day)


def term_json(term: rotation.Term, names: dict[str, str] | None = None) -> dict:
    return {
        "state": term.state,
        "state_name": (names or {}).get(term.state, term.state),
        "start": term.start.isoformat(),
        "end": term.end.isoformat(),
        "basis": term.basis,
        "role": term.role,
        "precision": term.precision,
        "departs_from_rule": term.departs_from_rule,
        "reason": term.reason,
        "note": term.note,
        "sources": list(term.sources),
        "inferred": term.inferred,
    }
