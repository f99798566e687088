"""Chair terms: recorded directly, or created by a chair handover decision."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from django.db import transaction

from nwfz.accounts.audit import audit_record
from nwfz.accounts.permissions import require
from nwfz.governance import checks
from nwfz.governance.models import ChairTerm, Decision
from nwfz.governance.services.inputs import Text, sources_by_key, states_by_code, text_columns
from nwfz.governance.validation import refuse
from nwfz.registry.models import Regime


def _term_json(t: ChairTerm) -> dict[str, Any]:
    return {"state": t.state.code, "start": t.start, "end": t.end, "role": t.role}


def chair_term_create(
    *,
    regime: Regime,
    state: str,
    start: date,
    end: date,
    sources: Iterable[str],
    acting_user: Any,
    role: str = "chair",
    precision: str = "day",
    note: Text = "",
    created_by_decision: Decision | None = None,
    package: str = "",
) -> ChairTerm:
    """Record a chair term. Refused when it ends before it starts, the state was not a
    party on its first day, it overlaps another recorded term of the regime, or it names
    a `created_by_decision` whose new chair or effective day differ from it."""
    require(acting_user, "record_decision", regime)
    state = state.upper()
    with transaction.atomic():
        refuse(
            *checks.chair_term_problems(regime, state, start, end, role=role, precision=precision),
            *(
                checks.created_term_problems(created_by_decision, state, start)
                if created_by_decision
                else []
            ),
        )
        label = f"chair term {state} {start}–{end}"
        term = ChairTerm.objects.create(
            regime=regime,
            state=states_by_code([state], label)[0],
            start=start,
            end=end,
            role=role,
            precision=precision,
            **text_columns("note", note),
            created_by_decision=created_by_decision,
            package=package,
        )
        term.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="chair_term_create",
            object_type="chair_term",
            object_id=term.id,
            after=_term_json(term),
        )
    return term


def term_length_months(regime: Regime) -> int:
    rule = getattr(regime, "rotation_rule", None)
    return rule.term_months if rule else 12


def handover_apply(decision: Decision, *, acting_user: Any, package: str = "") -> ChairTerm:
    """The chair passes on `decision.effective`: the term covering that day ends the day
    before, and the new chair's term starts (for one term of the rotation rule). A term
    of the new chair already starting that day is linked to the decision instead."""
    regime = decision.meeting.regime
    require(acting_user, "record_decision", regime)
    effective = decision.effective or decision.date
    new_state = decision.handover_to.code
    existing = ChairTerm.objects.filter(regime=regime, start=effective).first()
    if existing is not None and existing.state_id == decision.handover_to_id:
        existing.created_by_decision = decision
        existing.save(update_fields=["created_by_decision"])
        return existing
    current, end, problems = checks.handover_term(
        regime, new_state, effective, term_length_months(regime)
    )
    refuse(*problems)
    if current is not None:
        before = _term_json(current)
        current.end = effective - timedelta(days=1)
        current.save(update_fields=["end"])
        audit_record(
            acting_user=acting_user,
            action="chair_term_close",
            object_type="chair_term",
            object_id=current.id,
            before=before,
            after=_term_json(current),
        )
    term = ChairTerm.objects.create(
        regime=regime,
        state=decision.handover_to,
        start=effective,
        end=end,
        created_by_decision=decision,
        inferred=decision.effective_inferred,
        package=package,
    )
    term.sources.set(decision.sources.all())
    audit_record(
        acting_user=acting_user,
        action="chair_term_create",
        object_type="chair_term",
        object_id=term.id,
        after={**_term_json(term), "decision": decision.id},
    )
    return term
