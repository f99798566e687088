"""The `organisations` section: observers and partners (UNRCCA, IAEA, CTBTO, ...)."""

from __future__ import annotations

from nwfz.datapackage.package_rows import PackageRows
from nwfz.datapackage.sections import Section, source_refs
from nwfz.governance import package_schema as schema
from nwfz.governance.models import Organisation


class OrganisationsSection(Section):
    name = "organisations"
    kind = "organisation"
    key_field = "slug"
    schema = schema.OrganisationSchema

    def defines(self, item):
        return [("organisation", item.value.slug)]

    def references(self, item):
        return source_refs(item.value.sources)

    def existing(self):
        return {("organisation", s) for s in Organisation.objects.values_list("slug", flat=True)}

    def apply(self, items, packages, stats):
        rows = PackageRows(Organisation)
        for item in items:
            v = item.value
            rows.upsert(
                {"slug": v.slug},
                {
                    "short_name": v.short_name,
                    **v.names.columns("name"),
                    "url": str(v.url) if v.url else "",
                    "package": item.package.name,
                },
                v.sources,
            )
        stats.add("organisations", len(items), rows.remove_stale(packages))
