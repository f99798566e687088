"""The `deadline_rules` section."""

from __future__ import annotations

from nwfz.datapackage.package_rows import PackageRows
from nwfz.datapackage.sections import Reference, Section, source_refs
from nwfz.governance import package_schema as schema
from nwfz.governance.models import DeadlineRule
from nwfz.governance.package_sections.common import regime_ref, regime_row
from nwfz.registry.models import Instrument


class DeadlineRulesSection(Section):
    name = "deadline_rules"
    schema = schema.DeadlineRuleSchema

    def defines(self, item):
        return [("deadline_rule", f"{item.value.regime}/{item.value.slug}")]

    def references(self, item):
        v = item.value
        return (
            regime_ref(v)
            + [Reference(("instrument",), "instrument", v.instrument)]
            + source_refs(v.sources)
        )

    def apply(self, items, packages, stats):
        rows = PackageRows(DeadlineRule)
        for item in items:
            v = item.value
            rows.upsert(
                {"regime": regime_row(v.regime), "slug": v.slug},
                {
                    "article": v.article,
                    **v.title.columns("title"),
                    "instrument": Instrument.objects.get(slug=v.instrument),
                    "action": v.action,
                    "months_after": v.months_after,
                    **v.note.columns("note"),
                    "package": item.package.name,
                },
                v.sources,
            )
        stats.add("deadline rules", len(items), rows.remove_stale(packages))
