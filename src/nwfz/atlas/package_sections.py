"""The atlas's package sections: test sites, published figures, treaty boundaries."""

from __future__ import annotations

from nwfz.atlas import package_schema as schema
from nwfz.atlas.models import PublishedFigure, TestSite, TreatyBoundary
from nwfz.datapackage.package_rows import PackageRows
from nwfz.datapackage.sections import ApplyStats, Item, Reference, Section, source_refs


def _unique_keys(items: list[Item], what: str) -> list[tuple[Item, tuple, str]]:
    seen: dict[str, Item] = {}
    problems = []
    for item in items:
        key = item.value.key
        if key in seen:
            first = seen[key]
            problems.append(
                (
                    item,
                    ("key",),
                    f"{what} {key!r} is already defined at {first.package.display}:{first.line}",
                )
            )
        seen[key] = item
    return problems


class TestSitesSection(Section):
    name = "test_sites"
    schema = schema.TestSiteSchema

    def references(self, item):
        v = item.value
        refs = source_refs(v.sources) + source_refs(v.location_sources, ("location_sources",))
        refs += [Reference(("tested_by", i), "state", c) for i, c in enumerate(v.tested_by)]
        for i, alt in enumerate(v.alternatives):
            refs += source_refs(alt.sources, ("alternatives", i, "sources"))
        return refs

    def conflicts(self, item):
        v = item.value
        return [
            (
                ("alternatives", i, "tests"),
                f"conflict: test site {v.key}: {v.tests} tests ({', '.join(v.sources)}) or "
                f"{alt.tests} ({', '.join(alt.sources)})",
            )
            for i, alt in enumerate(v.alternatives)
        ]

    def validate(self, items, known):
        return _unique_keys(items, "test site")

    def apply(self, items: list[Item], packages: set[str], stats: ApplyStats) -> None:
        from nwfz.registry.models import Source

        urls = dict(Source.objects.values_list("key", "url"))
        rows = PackageRows(TestSite)
        for item in items:
            v = item.value
            rows.upsert(
                {"key": v.key},
                {
                    **v.names.columns("name"),
                    "latitude": v.location.lat,
                    "longitude": v.location.lon,
                    "tested_by": v.tested_by,
                    "tests": v.tests,
                    "first_test": v.first_test,
                    "last_test": v.last_test,
                    **v.note.columns("note"),
                    "alternatives": [
                        {
                            "tests": a.tests,
                            "sources": [urls[k] for k in a.sources],
                            "note": a.note.model_dump(),
                        }
                        for a in v.alternatives
                    ],
                    "package": item.package.name,
                },
                list(dict.fromkeys(v.sources + v.location_sources)),
            )
        stats.add("test sites", len(items), rows.remove_stale(packages))


class PublishedFiguresSection(Section):
    name = "published_figures"
    schema = schema.PublishedFigureSchema

    def references(self, item):
        v = item.value
        refs = source_refs(v.sources)
        refs += [Reference(("states", i), "state", c) for i, c in enumerate(v.states)]
        return refs

    def validate(self, items, known):
        return _unique_keys(items, "published figure")

    def apply(self, items, packages, stats):
        rows = PackageRows(PublishedFigure)
        for item in items:
            v = item.value
            rows.upsert(
                {"key": v.key},
                {
                    "kind": v.kind,
                    "states": v.states,
                    "zone": v.zone,
                    "value": v.value,
                    "unit": v.unit,
                    "as_of": v.as_of,
                    **v.note.columns("note"),
                    "package": item.package.name,
                },
                v.sources,
            )
        stats.add("published figures", len(items), rows.remove_stale(packages))


class TreatyBoundariesSection(Section):
    name = "treaty_boundaries"
    schema = schema.TreatyBoundarySchema

    def references(self, item):
        return source_refs(item.value.sources)

    def validate(self, items, known):
        """Codes in `between`, `include` and `exclude` name the map's features (not
        registry rows): each must be a code the map holds."""
        from nwfz.atlas.geometry import map_codes

        codes = map_codes()
        problems = _unique_keys(items, "treaty boundary")
        for item in items:
            v = item.value
            places = [
                ((f, i), c) for f in ("exclude", "include") for i, c in enumerate(getattr(v, f))
            ]
            places += [
                (("vertices", i, "between", j), c)
                for i, vertex in enumerate(v.vertices)
                for j, c in enumerate(vertex.between)
            ]
            for loc, code in places:
                if code not in codes:
                    problems.append((item, loc, f"{code!r} is not a state the map draws"))
        return problems

    def apply(self, items, packages, stats):
        rows = PackageRows(TreatyBoundary)
        for item in items:
            v = item.value
            rows.upsert(
                {"key": v.key},
                {
                    "instrument": v.instrument,
                    **v.provision.columns("provision"),
                    "territory": v.territory,
                    "vertices": [vertex.model_dump() for vertex in v.vertices],
                    "exclude": v.exclude,
                    "include": v.include,
                    **v.note.columns("note"),
                    "package": item.package.name,
                },
                v.sources,
            )
        stats.add("treaty boundaries", len(items), rows.remove_stale(packages))


SECTIONS = [TestSitesSection, PublishedFiguresSection, TreatyBoundariesSection]
