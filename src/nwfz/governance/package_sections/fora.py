"""The `fora` section (NPT Review Conference, UNGA First Committee, ...) and the
`forum_sessions` with the parties' coordination items."""

from __future__ import annotations

from nwfz.datapackage.package_rows import PackageRows, add_row, remove_rows, source_objects
from nwfz.datapackage.sections import Reference, Section, source_refs
from nwfz.governance import package_schema as schema
from nwfz.governance.models import CoordinationItem, Forum, ForumSession
from nwfz.governance.package_sections.common import (
    end_before_start_problems,
    regime_row,
    state_refs,
    state_rows,
)
from nwfz.registry.models import Regime


class ForaSection(Section):
    name = "fora"
    kind = "forum"
    key_field = "slug"
    schema = schema.ForumSchema

    def defines(self, item):
        return [("forum", item.value.slug)]

    def existing(self):
        return {("forum", s) for s in Forum.objects.values_list("slug", flat=True)}

    def apply(self, items, packages, stats):
        rows = PackageRows(Forum)
        for item in items:
            rows.upsert(
                {"slug": item.value.slug},
                {**item.value.names.columns("name"), "package": item.package.name},
            )
        stats.add("fora", len(items), rows.remove_stale(packages))


class ForumSessionsSection(Section):
    name = "forum_sessions"
    schema = schema.ForumSessionSchema

    def defines(self, item):
        return [("forum_session", item.value.key)]

    def references(self, item):
        v = item.value
        refs = [Reference(("forum",), "forum", v.forum)] + source_refs(v.sources)
        refs += [Reference(("regimes", i), "regime", r) for i, r in enumerate(v.regimes)]
        for i, c in enumerate(v.coordination):
            loc = ("coordination", i)
            refs.append(Reference(loc + ("regime",), "regime", c.regime))
            refs += state_refs(c.states, loc + ("states",))
            refs += source_refs(c.sources, loc + ("sources",))
        return refs

    def validate(self, items, known):
        return end_before_start_problems(items, "forum session")

    def apply(self, items, packages, stats):
        rows = PackageRows(ForumSession)
        for item in items:
            v = item.value
            session = rows.upsert(
                {"key": v.key},
                {
                    "forum": Forum.objects.get(slug=v.forum),
                    **v.title.columns("title"),
                    "start": v.start.value,
                    "end": v.end,
                    "date_precision": v.start.precision,
                    **v.venue.columns("venue"),
                    **v.note.columns("note"),
                    "package": item.package.name,
                },
                v.sources,
                links={"regimes": Regime.objects.filter(slug__in=v.regimes)},
            )
            remove_rows(session.items.all())
            for position, c in enumerate(v.coordination):
                add_row(
                    CoordinationItem(
                        session=session,
                        regime=regime_row(c.regime),
                        position=position,
                        kind=c.kind,
                        **c.title.columns("title"),
                        date=c.date,
                        status=c.status,
                        **c.note.columns("note"),
                    ),
                    links={
                        "states": state_rows(c.states),
                        "sources": source_objects(c.sources),
                    },
                )
        stats.add("forum sessions", len(items), rows.remove_stale(packages))
