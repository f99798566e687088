"""The `events` and `anniversary_dates` sections."""

from __future__ import annotations

from nwfz.datapackage.package_rows import PackageRows
from nwfz.datapackage.sections import Section, source_refs
from nwfz.governance import package_schema as schema
from nwfz.governance.models import AnniversaryDate, Event
from nwfz.governance.package_sections.common import (
    end_before_start_problems,
    organisation_refs,
    organisation_rows,
    regime_ref,
    regime_row,
    state_refs,
    state_rows,
)


class EventsSection(Section):
    name = "events"
    schema = schema.EventSchema

    def defines(self, item):
        return [("event", item.value.key)]

    def references(self, item):
        v = item.value
        return (
            regime_ref(v)
            + state_refs(v.organisers.states, ("organisers", "states"))
            + organisation_refs(v.organisers.organisations, ("organisers", "organisations"))
            + source_refs(v.sources)
        )

    def validate(self, items, known):
        return end_before_start_problems(items, "event")

    def apply(self, items, packages, stats):
        rows = PackageRows(Event)
        for item in items:
            v = item.value
            rows.upsert(
                {"key": v.key},
                {
                    "regime": regime_row(v.regime),
                    "kind": v.kind,
                    **v.title.columns("title"),
                    "start": v.start.value,
                    "end": v.end,
                    "date_precision": v.start.precision,
                    **v.place.columns("place"),
                    **v.description.columns("description"),
                    "marks_key": v.marks.anniversary if v.marks else "",
                    "marks_ordinal": v.marks.ordinal if v.marks else None,
                    "status": v.status,
                    "package": item.package.name,
                },
                v.sources,
                links={
                    "organiser_states": state_rows(v.organisers.states),
                    "organiser_organisations": organisation_rows(v.organisers.organisations),
                },
            )
        stats.add("events", len(items), rows.remove_stale(packages))


class AnniversaryDatesSection(Section):
    name = "anniversary_dates"
    schema = schema.AnniversaryDateSchema

    def defines(self, item):
        return [("anniversary_date", f"{item.value.regime}/{item.value.key}")]

    def references(self, item):
        return regime_ref(item.value) + source_refs(item.value.sources)

    def apply(self, items, packages, stats):
        rows = PackageRows(AnniversaryDate)
        for item in items:
            v = item.value
            rows.upsert(
                {"regime": regime_row(v.regime), "key": v.key},
                {
                    "kind": v.kind,
                    **v.title.columns("title"),
                    "date": v.date,
                    "package": item.package.name,
                },
                v.sources,
            )
        stats.add("anniversary dates", len(items), rows.remove_stale(packages))
