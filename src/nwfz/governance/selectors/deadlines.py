"""Treaty deadline rules evaluated per party on a day."""

from __future__ import annotations

from datetime import date

from django.utils.translation import gettext as _

from nwfz.governance import deadlines as deadline_rules
from nwfz.governance.models import DeadlineRule
from nwfz.governance.records import DeadlineInfo
from nwfz.governance.selectors.common import SOURCES, regime_of, source_urls
from nwfz.languages import active_language
from nwfz.registry.models import ParticipationEvent, Regime, State
from nwfz.registry.selectors import instrument_terms, non_parties, parties_on
from nwfz.registry.status import Event as StatusEvent
from nwfz.registry.status import entry_into_force_for_state, status_on


def _unknown_reason(rule: DeadlineRule, state: State, on: date) -> str:
    """In the active language: which date the record lacks (the CLI and API speak English)."""
    lang = active_language()
    instrument = rule.instrument
    title = instrument.localized("short_title", lang) or instrument.localized("title", lang)
    return _(
        "The record has no date for %(state)s: %(instrument)s, %(action)s, and no source "
        "saying it had not happened by %(day)s; whether the deadline was met cannot be "
        "determined."
    ) % {
        "state": state.localized("name", lang),
        "instrument": title,
        "action": dict(ParticipationEvent.Action.choices).get(rule.action, rule.action),
        "day": on.isoformat(),
    }


def _party_dates(rule: DeadlineRule, regime: Regime, states: list[State], on: date):
    treaty = regime.treaty
    terms = instrument_terms(treaty)
    rule_terms = instrument_terms(rule.instrument)
    assertions = non_parties(state__in=states, instrument=rule.instrument)
    events = ParticipationEvent.objects.filter(state__in=states).select_related("instrument")
    events = events.prefetch_related(SOURCES)
    out = {}
    for state in states:
        mine = [e for e in events if e.state_id == state.id]
        in_rule = [
            StatusEvent(e.action, e.date, (), e.date_precision)
            for e in mine
            if e.instrument_id == rule.instrument_id
        ]
        reached = [
            e for e in mine if e.instrument_id == rule.instrument_id and e.action == rule.action
        ]
        own = entry_into_force_for_state(
            [StatusEvent(e.action, e.date) for e in mine if e.instrument_id == treaty.id], terms
        )
        first = min(reached, key=lambda e: e.date) if reached else None
        said = assertions.get((state.id, rule.instrument_id), ())
        unknown = status_on(in_rule, rule_terms, on, said).status == "unknown"
        out[state.code] = deadline_rules.PartyDate(
            reached=first.date if first else None,
            precision=first.date_precision if first else "day",
            sources=tuple(source_urls(first)) if first else (),
            anchor=own.since if own else None,
            unknown_reason=_unknown_reason(rule, state, on) if unknown else "",
        )
    return out


def deadline_table(regime: Regime | str, on: date) -> list[DeadlineInfo]:
    """Each deadline rule of the regime evaluated for each party on `on`."""
    regime = regime_of(regime)
    treaty = regime.treaty
    if treaty is None or treaty.entry_into_force is None:
        return []
    parties = parties_on(regime, on)
    out = []
    for rule in DeadlineRule.objects.filter(regime=regime).select_related("instrument"):
        plain = deadline_rules.DeadlineRule(
            rule.slug,
            rule.months_after,
            treaty.entry_into_force,
            rule.instrument.slug,
            rule.action,
            rule.article,
        )
        for r in deadline_rules.evaluate_deadline(
            plain, _party_dates(rule, regime, parties, on), on
        ):
            out.append(
                DeadlineInfo(
                    r.rule,
                    r.state,
                    r.due,
                    r.met_on,
                    r.days_late,
                    r.status,
                    r.met_on_precision,
                    list(r.sources),
                    r.reason,
                    r.days_late_max,
                )
            )
    return out
