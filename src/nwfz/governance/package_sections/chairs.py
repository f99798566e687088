"""The `rotation` and `chair_terms` sections."""

from __future__ import annotations

from nwfz.datapackage.package_rows import PackageRows
from nwfz.datapackage.sections import Item, Reference, Section, source_refs
from nwfz.governance import checks, validation
from nwfz.governance import package_schema as schema
from nwfz.governance.models import ChairTerm, RotationRule
from nwfz.governance.package_sections.common import (
    fail,
    problem,
    regime_ref,
    regime_row,
    state_refs,
)
from nwfz.governance.rotation import Term
from nwfz.registry.models import State


class RotationSection(Section):
    name = "rotation"
    schema = schema.RotationSchema

    def references(self, item):
        v = item.value
        return regime_ref(v) + state_refs(v.order, ("order",)) + source_refs(v.sources)

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
        for item in items:
            v = item.value
            rows.upsert(
                {"regime": regime_row(v.regime)},
                {
                    "order": ",".join(v.order),
                    "term_months": v.term_months,
                    "effective_from": v.effective_from,
                    "first_state": v.first_state or "",
                    "inferred": v.inferred,
                    **v.note.columns("note"),
                    "package": item.package.name,
                },
                v.sources,
            )
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
            fail(
                item, (), checks.chair_term_problems(regime, v.state, v.start, v.end, others=others)
            )
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
