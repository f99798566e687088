"""The registry's package sections: sources, states, instruments, regimes, participation."""

from __future__ import annotations

from nwfz.datapackage.package_rows import ChildRows, PackageRows, source_objects
from nwfz.datapackage.sections import (
    ApplyStats,
    Item,
    Reference,
    Section,
    source_refs,
)
from nwfz.registry import package_schema as schema
from nwfz.registry.models import (
    Article,
    EventAlternative,
    EventStatement,
    Instrument,
    NonPartyAssertion,
    ParticipationEvent,
    Regime,
    RegimeInstrument,
    Source,
    State,
)


class SourcesSection(Section):
    kind = "source"
    key_field = "key"
    name = "sources"
    schema = schema.SourceSchema
    keyed = True

    def defines(self, item):
        return [("source", item.value.key)]

    def existing(self):
        return {("source", k) for k in Source.objects.values_list("key", flat=True)}

    def apply(self, items: list[Item], packages: set[str], stats: ApplyStats) -> None:
        rows = PackageRows(Source)
        for item in items:
            v = item.value
            rows.upsert(
                {"key": v.key},
                {
                    "url": str(v.url),
                    "publisher": v.publisher,
                    "title": v.title,
                    "language": v.language,
                    "published": v.published.value if v.published else None,
                    "published_precision": v.published.precision if v.published else "day",
                    "accessed": v.accessed,
                    "kind": v.kind,
                    "original_url": str(v.original.url or "") if v.original else "",
                    "original_publisher": v.original.publisher if v.original else "",
                    "package": item.package.name,
                },
            )
        stats.add("sources", len(items), rows.remove_stale(packages))


class StatesSection(Section):
    kind = "state"
    key_field = "code"
    name = "states"
    schema = schema.StateSchema

    def defines(self, item):
        return [("state", item.value.code)]

    def references(self, item):
        return source_refs(item.value.sources)

    def existing(self):
        return {("state", c) for c in State.objects.values_list("code", flat=True)}

    def apply(self, items, packages, stats):
        rows = PackageRows(State)
        for item in items:
            v = item.value
            rows.upsert(
                {"code": v.code},
                {
                    "alpha3": v.alpha3,
                    **v.names.columns("name"),
                    "nuclear_status": v.nuclear_status,
                    "package": item.package.name,
                },
                v.sources,
            )
        stats.add("states", len(items), rows.remove_stale(packages))


DATE_FIELDS = ("adopted", "opened_for_signature", "entry_into_force")


def _date_columns(field: str, fact, date_column: str = "") -> dict:
    """The columns of one of an instrument's dates (`<field>_on` unless named)."""
    empty = schema.OptionalTexts()
    return {
        date_column or f"{field}_on": fact.date.value if fact else None,
        f"{field}_precision": fact.date.precision if fact else "day",
        **(fact.place if fact else empty).columns(f"{field}_place"),
        **(fact.note if fact else empty).columns(f"{field}_note"),
        f"{field}_inferred": fact.inferred if fact else "",
    }


class InstrumentsSection(Section):
    kind = "instrument"
    key_field = "slug"
    name = "instruments"
    schema = schema.InstrumentSchema

    def defines(self, item):
        return [("instrument", item.value.slug)]

    def references(self, item):
        v = item.value
        refs = source_refs(v.sources)
        refs += [Reference(("scope", i), "state", code) for i, code in enumerate(v.scope)]
        for field in DATE_FIELDS:
            fact = getattr(v, field)
            if fact is not None:
                refs += source_refs(fact.sources, (field, "sources"))
        refs += source_refs(v.depositary_sources, ("depositary_sources",))
        refs += source_refs(v.later_parties.sources, ("later_parties", "sources"))
        for i, article in enumerate(v.articles):
            refs += source_refs(article.sources, ("articles", i, "sources"))
        return refs

    def validate(self, items, known):
        problems = []
        for item in items:
            seen: set[str] = set()
            for i, article in enumerate(item.value.articles):
                if article.number in seen:
                    problems.append(
                        (
                            item,
                            ("articles", i, "number"),
                            f"article {article.number} is listed twice",
                        )
                    )
                seen.add(article.number)
            v = item.value
            for field, what in (
                ("opened_for_signature", "it was opened for signature"),
                ("entry_into_force", "entry into force"),
            ):
                fact = getattr(v, field)
                if v.adopted and fact and fact.date.value < v.adopted.date.value:
                    problems.append(
                        (item, (field, "date"), f"{what} is before the instrument was adopted")
                    )
            opened, eif = v.opened_for_signature, v.entry_into_force
            if opened and eif and eif.date.value < opened.date.value:
                problems.append(
                    (
                        item,
                        ("entry_into_force", "date"),
                        "entry into force is before the instrument was opened for signature",
                    )
                )
        return problems

    def existing(self):
        return {("instrument", s) for s in Instrument.objects.values_list("slug", flat=True)}

    def apply(self, items, packages, stats):
        rows = PackageRows(Instrument)
        articles = ChildRows(Article, "instrument")
        for item in items:
            v = item.value
            instrument = rows.upsert(
                {"slug": v.slug},
                {
                    "kind": v.kind,
                    **v.titles.columns("title"),
                    **v.short_titles.columns("short_title"),
                    **_date_columns("adopted", v.adopted, "adopted_on"),
                    **_date_columns("opened_for_signature", v.opened),
                    **_date_columns("entry_into_force", v.entry_into_force, "entry_into_force"),
                    "later_parties_rule": v.later_parties.rule,
                    "later_parties_days": v.later_parties.days,
                    **v.depositary.columns("depositary"),
                    "package": item.package.name,
                },
                v.sources + v.later_parties.sources,
                links={
                    **{
                        f"{field}_sources": source_objects(v.fact_sources(fact))
                        for field, fact in (
                            ("adopted", v.adopted),
                            ("opened_for_signature", v.opened),
                            ("entry_into_force", v.entry_into_force),
                        )
                    },
                    "depositary_sources": source_objects(v.depositary_sources),
                    "scope": list(State.objects.filter(code__in=v.scope)),
                },
            )
            articles.under(instrument)
            for position, a in enumerate(v.articles):
                articles.upsert(
                    {"number": a.number},
                    {
                        "position": position,
                        **a.titles.columns("title"),
                        **a.summary.columns("summary"),
                        "verified": a.verified,
                        "package": item.package.name,
                    },
                    a.sources,
                )
            stats.add("articles", len(v.articles))
        articles.remove_stale()
        stats.add("instruments", len(items), rows.remove_stale(packages))


class RegimesSection(Section):
    kind = "regime"
    key_field = "slug"
    name = "regimes"
    schema = schema.RegimeSchema

    def defines(self, item):
        return [("regime", item.value.slug)]

    def references(self, item):
        v = item.value
        refs = source_refs(v.sources) + [Reference(("treaty",), "instrument", v.treaty)]
        for field in ("protocols", "related"):
            refs += [
                Reference((field, i), "instrument", s) for i, s in enumerate(getattr(v, field))
            ]
        return refs

    def existing(self):
        return {("regime", s) for s in Regime.objects.values_list("slug", flat=True)}

    def validate(self, items, known):
        """The regime's treaty link row is derived from `treaty`: the treaty may not be
        listed again, nor any instrument twice, under `protocols` or `related`."""
        problems = []
        for item in items:
            v = item.value
            seen = {v.treaty: "treaty"}
            for field in ("protocols", "related"):
                for i, slug in enumerate(getattr(v, field)):
                    if slug in seen:
                        problems.append(
                            (
                                item,
                                (field, i),
                                f"regime {v.slug}: {slug} is already its {seen[slug]}; "
                                "list each instrument once",
                            )
                        )
                    seen.setdefault(slug, field)
        return problems

    def apply(self, items, packages, stats):
        rows = PackageRows(Regime)
        links = ChildRows(RegimeInstrument, "regime")
        for item in items:
            v = item.value
            treaty = Instrument.objects.get(slug=v.treaty)
            regime = rows.upsert(
                {"slug": v.slug},
                {
                    **v.names.columns("name"),
                    **v.short_names.columns("short_name"),
                    **v.summary.columns("summary"),
                    "treaty": treaty,
                    "package": item.package.name,
                },
                v.sources,
            )
            roles = [("treaty", v.treaty)] + [("protocol", s) for s in v.protocols]
            roles += [("related", s) for s in v.related]
            instruments = {
                i.slug: i for i in Instrument.objects.filter(slug__in=[s for _, s in roles])
            }
            links.under(regime)
            for n, (role, slug) in enumerate(roles):
                links.upsert({"instrument": instruments[slug]}, {"role": role, "position": n})
        links.remove_stale()
        stats.add("regimes", len(items), rows.remove_stale(packages))


class ParticipationSection(Section):
    name = "participation"
    schema = schema.ParticipationSchema

    def references(self, item):
        v = item.value
        refs = [
            Reference(("instrument",), "instrument", v.instrument),
            Reference(("state",), "state", v.state),
        ]
        refs += source_refs(v.sources)
        for i, alt in enumerate(v.alternatives):
            refs += source_refs(alt.sources, ("alternatives", i, "sources"))
        for i, statement in enumerate(v.statements):
            refs += source_refs(statement.sources, ("statements", i, "sources"))
        return refs

    def conflicts(self, item):
        v = item.value
        out = []
        for i, alt in enumerate(v.alternatives):
            out.append(
                (
                    ("alternatives", i, "date"),
                    f"conflict: {v.state} {v.action} {v.instrument} on {v.date} "
                    f"({', '.join(v.sources)}) or on {alt.date} ({', '.join(alt.sources)})",
                )
            )
        return out

    def validate(self, items, known):
        seen: dict[tuple, Item] = {}
        problems = []
        for item in items:
            v = item.value
            key = (v.state, v.instrument, v.action, v.date.value)
            if key in seen:
                first = seen[key]
                problems.append(
                    (
                        item,
                        ("action",),
                        f"{v.state} already has a '{v.action}' event for {v.instrument} on "
                        f"{v.date} (at {first.package.display}:{first.line}); a repeated act "
                        f"has its own date, other dates for the same act go under `alternatives`",
                    )
                )
            seen[key] = item
        return problems

    def apply(self, items, packages, stats):
        states = {s.code: s for s in State.objects.all()}
        instruments = {i.slug: i for i in Instrument.objects.all()}
        rows = PackageRows(ParticipationEvent)
        alternatives = ChildRows(EventAlternative, "event")
        statements = ChildRows(EventStatement, "event")
        for item in items:
            v = item.value
            event = rows.upsert(
                {
                    "state": states[v.state],
                    "instrument": instruments[v.instrument],
                    "action": v.action,
                    "date": v.date.value,
                },
                {
                    "date_precision": v.date.precision,
                    **v.note.columns("note"),
                    "inferred": v.inferred,
                    "package": item.package.name,
                },
                v.sources,
            )
            alternatives.under(event)
            for alt in v.alternatives:
                alternatives.upsert(
                    {"date": alt.date.value, "date_precision": alt.date.precision},
                    alt.note.columns("note"),
                    alt.sources,
                )
            statements.under(event)
            for position, statement in enumerate(v.statements):
                statements.upsert(
                    {"position": position},
                    {"kind": statement.kind, **statement.summary.columns("summary")},
                    statement.sources,
                )
            stats.add("statements", len(v.statements))
        alternatives.remove_stale()
        statements.remove_stale()
        stats.add("participation events", len(items), rows.remove_stale(packages))


class NonPartiesSection(Section):
    """`non_parties`: "not a party as of DATE" assertions, one row per state."""

    name = "non_parties"
    schema = schema.NonPartySchema

    def references(self, item):
        v = item.value
        refs = [Reference(("instrument",), "instrument", v.instrument)]
        refs += [Reference(("states", i), "state", code) for i, code in enumerate(v.states)]
        return refs + source_refs(v.sources)

    def validate(self, items, known):
        seen: dict[tuple, Item] = {}
        problems = []
        for item in items:
            v = item.value
            for i, code in enumerate(v.states):
                key = (code, v.instrument, v.as_of)
                if key in seen:
                    first = seen[key]
                    problems.append(
                        (
                            item,
                            ("states", i),
                            f"{code} is already listed as not a party to {v.instrument} as of "
                            f"{v.as_of} (at {first.package.display}:{first.line})",
                        )
                    )
                seen[key] = item
        return problems

    def apply(self, items, packages, stats):
        states = {s.code: s for s in State.objects.all()}
        instruments = {i.slug: i for i in Instrument.objects.all()}
        rows = PackageRows(NonPartyAssertion)
        written = 0
        for item in items:
            v = item.value
            for code in v.states:
                rows.upsert(
                    {
                        "state": states[code],
                        "instrument": instruments[v.instrument],
                        "as_of": v.as_of,
                    },
                    {**v.note.columns("note"), "package": item.package.name},
                    v.sources,
                )
                written += 1
        stats.add("non-party assertions", written, rows.remove_stale(packages))


SECTIONS = [
    SourcesSection,
    StatesSection,
    InstrumentsSection,
    RegimesSection,
    ParticipationSection,
    NonPartiesSection,
]
