"""The `rotation` and `chair_terms` sections."""

from __future__ import annotations

from nwfz.datapackage.package_rows import ChildRows, PackageRows, remove_rows
from nwfz.datapackage.sections import Item, Reference, Section, source_refs
from nwfz.governance import checks, validation
from nwfz.governance import package_schema as schema
from nwfz.governance.models import ChairTerm, RotationPosition, RotationRule
from nwfz.governance.package_sections.common import (
    fail,
    problem,
    regime_ref,
    regime_row,
    state_refs,
    state_rows,
)
from nwfz.governance.rotation import Term
from nwfz.registry.models import State


class RotationSection(Section):
    name = "rotation"
    schema = schema.RotationSchema

    def references(self, item):
        v = item.value
        first = [Reference(("first_state",), "state", v.first_state)] if v.first_state else []
        return regime_ref(v) + state_refs(v.order, ("order",)) + first + source_refs(v.sources)

    def validate(self, items, known):
        seen: set[str] = set()
        problems = []
        for item in items:
            if item.value.regime in seen:
                problems += problem(item, ("regime",), f"{item.value.regime} has two rules")
            seen.add(item.value.regime)
        return problems

    def apply(self, items, packages, stats):
        rows = PackageRows(RotationRule)
        positions = ChildRows(RotationPosition, "rule")
        for item in items:
            v = item.value
            states = state_rows(v.order)
            rule = rows.upsert(
                {"regime": regime_row(v.regime)},
                {
                    "term_months": v.term_months,
                    "effective_from": v.effective_from,
                    "first_state": states[v.order.index(v.first_state)] if v.first_state else None,
                    "inferred": v.inferred,
                    **v.note.columns("note"),
                    "package": item.package.name,
                },
                v.sources,
            )
            # a state's place may change on reload: the rows not kept as they are go first,
            # so (rule, position) and (rule, state) stay unique at every write
            wanted = {(i, s.pk) for i, s in enumerate(states)}
            remove_rows(
                RotationPosition.objects.filter(rule=rule).exclude(
                    id__in=[
                        p.id for p in rule.positions.all() if (p.position, p.state_id) in wanted
                    ]
                )
            )
            positions.under(rule)
            for i, state in enumerate(states):
                positions.upsert({"position": i, "state": state}, {})
        stats.add("rotation rules", len(items), rows.remove_stale(packages))


class ChairTermsSection(Section):
    name = "chair_terms"
    schema = schema.ChairTermSchema

    def references(self, item):
        v = item.value
        return regime_ref(v) + [Reference(("state",), "state", v.state)] + source_refs(v.sources)

    def validate(self, items, known):
        problems = []
        by_regime: dict[str, list[tuple[Item, Term]]] = {}
        for item in items:
            v = item.value
            label = validation.term_label(v.state, v.start, v.end)
            problems += problem(item, ("end",), validation.ends_before_start(label, v.start, v.end))
            term = Term(v.state, v.start, v.end)
            earlier = [t for _, t in by_regime.get(v.regime, [])]
            problems += problem(item, ("start",), validation.term_overlap(term, earlier))
            by_regime.setdefault(v.regime, []).append((item, term))
        return problems

    def apply(self, items, packages, stats):
        rows = PackageRows(ChairTerm)
        for item in items:
            v = item.value
            regime = regime_row(v.regime)
            outside = list(
                ChairTerm.objects.filter(regime=regime)
                .exclude(package__in=packages)
                .values_list("id", flat=True)
            )
            others = [t for t in checks.recorded_terms(regime) if t.id in outside]
            problems = checks.chair_term_problems(
                regime,
                v.state,
                v.start,
                v.end,
                others=others,
                role=v.role,
                precision=v.precision,
                except_packages=packages,
            )
            fail(item, (), problems)
            rows.upsert(
                {"regime": regime, "start": v.start},
                {
                    "state": State.objects.get(code=v.state),
                    "end": v.end,
                    "role": v.role,
                    "precision": v.precision,
                    "inferred": v.inferred,
                    **v.note.columns("note"),
                    "package": item.package.name,
                },
                v.sources,
            )
        stats.add("chair terms", len(items), rows.remove_stale(packages))
