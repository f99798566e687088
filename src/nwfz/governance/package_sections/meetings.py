"""The `meetings` section (with their agenda, outcomes, decisions and action items), the
`outcome_documents` adopted apart from any meeting, and `extraordinary_requests`."""

from __future__ import annotations

from typing import Any

from nwfz.datapackage.package_rows import PackageRows, add_row, remove_rows, upsert_sourced
from nwfz.datapackage.sections import Item, Reference, Section, source_refs
from nwfz.governance import checks, validation
from nwfz.governance import package_schema as schema
from nwfz.governance.models import (
    ActionItem,
    AgendaItem,
    Decision,
    ExtraordinaryMeetingRequest,
    Meeting,
    OutcomeDocument,
)
from nwfz.governance.package_sections.common import (
    fail,
    organisation_refs,
    organisation_rows,
    problem,
    regime_ref,
    regime_row,
    state_refs,
    state_rows,
)
from nwfz.governance.services import handover_apply
from nwfz.registry.models import Regime, State


class MeetingsSection(Section):
    name = "meetings"
    kind = "meeting"
    key_field = "key"
    schema = schema.MeetingSchema

    def defines(self, item):
        v = item.value
        refs = [("meeting", v.key)]
        refs += [("outcome", o.key) for o in v.outcomes]
        refs += [("action_item", a.key) for d in v.decisions for a in d.action_items]
        return refs

    def references(self, item):
        v = item.value
        refs = regime_ref(v) + source_refs(v.sources)
        if v.chair:
            refs.append(Reference(("chair",), "state", v.chair))
        refs += state_refs(v.participants, ("participants",))
        refs += organisation_refs(v.observers, ("observers",))
        for i, o in enumerate(v.outcomes):
            refs += organisation_refs(o.organisations, ("outcomes", i, "organisations"))
            refs += source_refs(o.sources, ("outcomes", i, "sources"))
        for i, d in enumerate(v.decisions):
            refs += source_refs(d.sources, ("decisions", i, "sources"))
            if d.handover_to:
                refs.append(Reference(("decisions", i, "handover_to"), "state", d.handover_to))
            for j, a in enumerate(d.action_items):
                loc = ("decisions", i, "action_items", j)
                refs += state_refs(a.owners, loc + ("owners",))
                refs += source_refs(a.sources, loc + ("sources",))
        return refs

    def existing(self):
        return {
            ("meeting", k) for k in Meeting.objects.exclude(key=None).values_list("key", flat=True)
        }

    def validate(self, items, known):
        problems = []
        for item in items:
            v = item.value
            start = v.first_day.value
            label = validation.meeting_label(start, v.title.en)
            problems += problem(item, ("end",), validation.ends_before_start(label, start, v.end))
            for i, d in enumerate(v.decisions):
                loc = ("decisions", i)
                if v.start is not None:  # a meeting known only by its report may precede it
                    problems += problem(
                        item,
                        loc + ("date",),
                        validation.decision_before_meeting(d.date, start, label),
                    )
                if d.kind == "chair_handover":
                    problems += problem(
                        item,
                        loc + ("handover_to",),
                        validation.handover_incomplete(d.date, label, d.handover_to),
                    )
                for j, a in enumerate(d.action_items):
                    problems += problem(
                        item,
                        loc + ("action_items", j, "status"),
                        validation.closing_problem(
                            f"action item {a.key}", a.status, a.closed_on, d.date
                        ),
                    )
        return problems

    def apply(self, items, packages, stats):
        rows, actions = PackageRows(Meeting), PackageRows(ActionItem)
        for item in items:
            v = item.value
            regime = regime_row(v.regime)
            fail(
                item,
                (),
                checks.meeting_problems(
                    regime,
                    v.first_day.value,
                    v.end,
                    v.chair,
                    v.title.en,
                    date_exact=v.start is not None and v.first_day.precision == "day",
                ),
            )
            meeting = rows.upsert(
                {"key": v.key},
                {
                    "regime": regime,
                    "kind": v.kind,
                    **v.title.columns("title"),
                    "start": v.first_day.value,
                    "end": v.end,
                    "date_precision": v.first_day.precision,
                    "reported_on": v.reported_on,
                    "date_known": v.start is not None,
                    **v.date_note.columns("date_note"),
                    **v.place.columns("place"),
                    "format": v.format or "",
                    "chair": State.objects.get(code=v.chair) if v.chair else None,
                    "package": item.package.name,
                },
                v.sources,
                links={
                    "participants": state_rows(v.participants),
                    "observers": organisation_rows(v.observers),
                },
            )
            # Kept by position (a reload keeps each row and its id, so what links to it,
            # e.g. an accepted intake proposal, still does); only rows past the end go.
            held = {a.position: a for a in meeting.agenda.filter(position__lt=len(v.agenda))}
            for n, text in enumerate(v.agenda):
                add_row(
                    held.get(n) or AgendaItem(meeting=meeting, position=n), text.columns("text")
                )
            remove_rows(meeting.agenda.filter(position__gte=len(v.agenda)))
            self._apply_outcomes(item, meeting)
            self._apply_decisions(item, meeting, actions)
        remove_rows(
            ActionItem.objects.filter(decision__meeting__package__in=packages).exclude(
                id__in=actions.kept_ids
            )
        )
        stats.add("meetings", len(items), rows.remove_stale(packages))
        stats.add("action items", len(actions.kept_ids))

    def _apply_outcomes(self, item: Item, meeting: Meeting) -> None:
        keys = []
        for o in item.value.outcomes:
            values = _outcome_values(o, meeting.regime, meeting, item.package.name)
            doc = upsert_sourced(
                OutcomeDocument,
                {"key": o.key},
                values,
                o.sources,
                links={"organisations": organisation_rows(o.organisations)},
            )
            keys.append(doc.key)
        remove_rows(meeting.outcomes.exclude(key__in=keys))

    def _apply_decisions(self, item: Item, meeting: Meeting, actions: PackageRows) -> None:
        for position, d in enumerate(item.value.decisions):
            loc = ("decisions", position)
            fail(
                item,
                loc,
                checks.decision_problems(
                    meeting, d.date, d.kind, d.handover_to, d.effective and d.effective.value
                ),
            )
            decision = upsert_sourced(
                Decision,
                {"meeting": meeting, "position": position},
                {
                    "date": d.date,
                    "kind": d.kind,
                    **d.text.columns("text"),
                    "handover_to": State.objects.get(code=d.handover_to) if d.handover_to else None,
                    "effective": (
                        d.effective.value if d.effective and d.kind == "chair_handover" else None
                    ),
                    "effective_precision": d.effective.precision if d.effective else "day",
                    "effective_inferred": d.effective_inferred,
                },
                d.sources,
            )
            if d.kind == "chair_handover":
                try:
                    handover_apply(decision, acting_user="loader", package=item.package.name)
                except validation.GovernanceRefused as exc:
                    fail(item, loc, [str(exc)])
            for j, a in enumerate(d.action_items):
                fail(
                    item,
                    loc + ("action_items", j),
                    checks.action_item_problems(
                        meeting.regime, a.key, a.owners, d.date, a.status, a.closed_on
                    ),
                )
                actions.upsert(
                    {"key": a.key},
                    {
                        "decision": decision,
                        **a.title.columns("title"),
                        "due": a.due.value if a.due else None,
                        "due_precision": a.due.precision if a.due else "day",
                        "status": a.status,
                        "closed_on": a.closed_on,
                        **a.note.columns("note"),
                        "package": item.package.name,
                    },
                    a.sources,
                    links={"owners": state_rows(a.owners)},
                )
        remove_rows(meeting.decisions.filter(position__gte=len(item.value.decisions)))


def _outcome_values(o, regime: Regime, meeting: Meeting | None, package: str) -> dict[str, Any]:
    return {
        "regime": regime,
        "meeting": meeting,
        "kind": o.kind,
        **o.title.columns("title"),
        "date": o.date.value if o.date else None,
        "date_precision": o.date.precision if o.date else "day",
        "parties": o.parties,
        **o.note.columns("note"),
        "package": package,
    }


class OutcomeDocumentsSection(Section):
    name = "outcome_documents"
    kind = "outcome"
    key_field = "key"
    schema = schema.StandaloneOutcomeSchema

    def defines(self, item):
        return [("outcome", item.value.key)]

    def references(self, item):
        v = item.value
        return (
            regime_ref(v)
            + organisation_refs(v.organisations, ("organisations",))
            + source_refs(v.sources)
        )

    def apply(self, items, packages, stats):
        rows = PackageRows(OutcomeDocument)
        for item in items:
            v = item.value
            values = _outcome_values(v, regime_row(v.regime), None, item.package.name)
            rows.upsert(
                {"key": v.key},
                values,
                v.sources,
                links={"organisations": organisation_rows(v.organisations)},
            )
        stats.add("outcome documents", len(items), rows.remove_stale(packages, meeting=None))


class ExtraordinaryRequestsSection(Section):
    name = "extraordinary_requests"
    schema = schema.ExtraordinaryRequestSchema

    def defines(self, item):
        return [("extraordinary_request", item.value.key)]

    def references(self, item):
        v = item.value
        refs = regime_ref(v) + [Reference(("state",), "state", v.state)] + source_refs(v.sources)
        if v.meeting:
            refs.append(Reference(("meeting",), "meeting", v.meeting))
        return refs

    def apply(self, items, packages, stats):
        rows = PackageRows(ExtraordinaryMeetingRequest)
        for item in items:
            v = item.value
            regime = regime_row(v.regime)
            fail(item, (), checks.request_problems(regime, v.state, v.date, v.subject.en))
            rows.upsert(
                {"key": v.key},
                {
                    "regime": regime,
                    "requesting_state": State.objects.get(code=v.state),
                    "date": v.date,
                    **v.subject.columns("subject"),
                    "outcome": v.outcome,
                    **v.outcome_note.columns("outcome_note"),
                    "meeting": Meeting.objects.get(key=v.meeting) if v.meeting else None,
                    "package": item.package.name,
                },
                v.sources,
            )
        stats.add("extraordinary requests", len(items), rows.remove_stale(packages))
