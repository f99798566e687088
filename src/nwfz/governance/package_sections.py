"""Governance sections of the data packages.

`validate` applies the rules of validation.py that need no database (dates in order,
overlapping terms within the packages, decisions before their meeting); `apply` checks the
rest (who was party on a day, overlaps with terms recorded elsewhere) through checks.py,
the same functions the services call, and reports a refusal as `file:line: message`.
"""

from __future__ import annotations

from typing import Any

from nwfz.datapackage.package_rows import PackageRows, source_objects, upsert_sourced
from nwfz.datapackage.problems import PackageError, Problem
from nwfz.datapackage.sections import Item, Reference, Section, source_refs
from nwfz.governance import checks, validation
from nwfz.governance import package_schema as schema
from nwfz.governance.models import (
    ActionItem,
    AgendaItem,
    AnniversaryDate,
    ChairTerm,
    CoordinationItem,
    DeadlineRule,
    Decision,
    Event,
    ExtraordinaryMeetingRequest,
    Forum,
    ForumSession,
    Meeting,
    Organisation,
    OutcomeDocument,
    RotationRule,
)
from nwfz.governance.rotation import Term
from nwfz.governance.services import handover_apply
from nwfz.registry.models import Instrument, Regime, State


def _fail(item: Item, loc: tuple, messages: list[str]) -> None:
    if messages:
        field = ".".join(str(s) for s in loc)
        raise PackageError(
            [
                Problem(item.package.display, item.package.line_of(item.loc + loc), field, m)
                for m in messages
            ]
        )


def _regime(slug: str) -> Regime:
    return Regime.objects.select_related("treaty").get(slug=slug)


def _states(codes: list[str]) -> list[State]:
    found = {s.code: s for s in State.objects.filter(code__in=codes)}
    return [found[c] for c in codes]


def _organisations(slugs: list[str]) -> list[Organisation]:
    found = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs)}
    return [found[s] for s in slugs]


def _problem(item: Item, loc: tuple, message: str | None) -> list[tuple[Item, tuple, str]]:
    return [(item, loc, message)] if message else []


def _regime_ref(v: Any) -> list[Reference]:
    return [Reference(("regime",), "regime", v.regime)]


def _state_refs(codes: list[str], loc: tuple) -> list[Reference]:
    return [Reference(loc + (i,), "state", c) for i, c in enumerate(codes)]


def _org_refs(slugs: list[str], loc: tuple) -> list[Reference]:
    return [Reference(loc + (i,), "organisation", s) for i, s in enumerate(slugs)]


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


class RotationSection(Section):
    name = "rotation"
    schema = schema.RotationSchema

    def references(self, item):
        v = item.value
        return _regime_ref(v) + _state_refs(v.order, ("order",)) + source_refs(v.sources)

    def validate(self, items, known):
        seen: set[str] = set()
        problems = []
        for item in items:
            if item.value.regime in seen:
                problems += _problem(item, ("regime",), f"{item.value.regime} has two rules")
            seen.add(item.value.regime)
        return problems

    def apply(self, items, packages, stats):
        rows = PackageRows(RotationRule)
        for item in items:
            v = item.value
            rows.upsert(
                {"regime": _regime(v.regime)},
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
        return _regime_ref(v) + [Reference(("state",), "state", v.state)] + source_refs(v.sources)

    def validate(self, items, known):
        problems = []
        by_regime: dict[str, list[tuple[Item, Term]]] = {}
        for item in items:
            v = item.value
            label = validation.term_label(v.state, v.start, v.end)
            problems += _problem(
                item, ("end",), validation.ends_before_start(label, v.start, v.end)
            )
            term = Term(v.state, v.start, v.end)
            earlier = [t for _, t in by_regime.get(v.regime, [])]
            problems += _problem(item, ("start",), validation.term_overlap(term, earlier))
            by_regime.setdefault(v.regime, []).append((item, term))
        return problems

    def apply(self, items, packages, stats):
        rows = PackageRows(ChairTerm)
        for item in items:
            v = item.value
            regime = _regime(v.regime)
            outside = list(
                ChairTerm.objects.filter(regime=regime)
                .exclude(package__in=packages)
                .values_list("id", flat=True)
            )
            others = [t for t in checks.recorded_terms(regime) if t.id in outside]
            _fail(
                item, (), checks.chair_term_problems(regime, v.state, v.start, v.end, others=others)
            )
            rows.upsert(
                {"regime": regime, "start": v.start},
                {
                    "state": State.objects.get(code=v.state),
                    "end": v.end,
                    "role": v.role,
                    "precision": v.precision,
                    **v.note.columns("note"),
                    "package": item.package.name,
                },
                v.sources,
            )
        stats.add("chair terms", len(items), rows.remove_stale(packages))


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
        refs = _regime_ref(v) + source_refs(v.sources)
        if v.chair:
            refs.append(Reference(("chair",), "state", v.chair))
        refs += _state_refs(v.participants, ("participants",))
        refs += _org_refs(v.observers, ("observers",))
        for i, o in enumerate(v.outcomes):
            refs += _org_refs(o.organisations, ("outcomes", i, "organisations"))
            refs += source_refs(o.sources, ("outcomes", i, "sources"))
        for i, d in enumerate(v.decisions):
            refs += source_refs(d.sources, ("decisions", i, "sources"))
            if d.handover_to:
                refs.append(Reference(("decisions", i, "handover_to"), "state", d.handover_to))
            for j, a in enumerate(d.action_items):
                loc = ("decisions", i, "action_items", j)
                refs += _state_refs(a.owners, loc + ("owners",))
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
            start = v.start.value
            label = validation.meeting_label(start, v.title.en)
            problems += _problem(item, ("end",), validation.ends_before_start(label, start, v.end))
            for i, d in enumerate(v.decisions):
                loc = ("decisions", i)
                problems += _problem(
                    item, loc + ("date",), validation.decision_before_meeting(d.date, start, label)
                )
                if d.kind == "chair_handover":
                    problems += _problem(
                        item,
                        loc + ("handover_to",),
                        validation.handover_incomplete(d.date, label, d.handover_to),
                    )
                for j, a in enumerate(d.action_items):
                    problems += _problem(
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
            regime = _regime(v.regime)
            _fail(
                item, (), checks.meeting_problems(regime, v.start.value, v.end, v.chair, v.title.en)
            )
            meeting = rows.upsert(
                {"key": v.key},
                {
                    "regime": regime,
                    "kind": v.kind,
                    **v.title.columns("title"),
                    "start": v.start.value,
                    "end": v.end,
                    "date_precision": v.start.precision,
                    **v.date_note.columns("date_note"),
                    **v.place.columns("place"),
                    "format": v.format or "",
                    "chair": State.objects.get(code=v.chair) if v.chair else None,
                    "package": item.package.name,
                },
                v.sources,
            )
            meeting.participants.set(_states(v.participants))
            meeting.observers.set(_organisations(v.observers))
            meeting.agenda.all().delete()
            AgendaItem.objects.bulk_create(
                AgendaItem(meeting=meeting, position=n, **text.columns("text"))
                for n, text in enumerate(v.agenda)
            )
            self._apply_outcomes(item, meeting)
            self._apply_decisions(item, meeting, actions)
        ActionItem.objects.filter(decision__meeting__package__in=packages).exclude(
            id__in=actions.kept_ids
        ).delete()
        stats.add("meetings", len(items), rows.remove_stale(packages))
        stats.add("action items", len(actions.kept_ids))

    def _apply_outcomes(self, item: Item, meeting: Meeting) -> None:
        keys = []
        for o in item.value.outcomes:
            values = _outcome_values(o, meeting.regime, meeting, item.package.name)
            doc = upsert_sourced(OutcomeDocument, {"key": o.key}, values, o.sources)
            doc.organisations.set(_organisations(o.organisations))
            keys.append(doc.key)
        meeting.outcomes.exclude(key__in=keys).delete()

    def _apply_decisions(self, item: Item, meeting: Meeting, actions: PackageRows) -> None:
        for position, d in enumerate(item.value.decisions):
            loc = ("decisions", position)
            _fail(
                item,
                loc,
                checks.decision_problems(meeting, d.date, d.kind, d.handover_to, d.effective),
            )
            decision = upsert_sourced(
                Decision,
                {"meeting": meeting, "position": position},
                {
                    "date": d.date,
                    "kind": d.kind,
                    **d.text.columns("text"),
                    "handover_to": State.objects.get(code=d.handover_to) if d.handover_to else None,
                    "effective": d.effective if d.kind == "chair_handover" else None,
                },
                d.sources,
            )
            if d.kind == "chair_handover":
                try:
                    handover_apply(decision, acting_user="loader", package=item.package.name)
                except validation.GovernanceRefused as exc:
                    _fail(item, loc, [str(exc)])
            for j, a in enumerate(d.action_items):
                _fail(
                    item,
                    loc + ("action_items", j),
                    checks.action_item_problems(
                        meeting.regime, a.key, a.owners, d.date, a.status, a.closed_on
                    ),
                )
                action = actions.upsert(
                    {"key": a.key},
                    {
                        "decision": decision,
                        **a.title.columns("title"),
                        "due": a.due,
                        "status": a.status,
                        "closed_on": a.closed_on,
                        **a.note.columns("note"),
                        "package": item.package.name,
                    },
                    a.sources,
                )
                action.owners.set(_states(a.owners))
        meeting.decisions.filter(position__gte=len(item.value.decisions)).delete()


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
            _regime_ref(v) + _org_refs(v.organisations, ("organisations",)) + source_refs(v.sources)
        )

    def apply(self, items, packages, stats):
        rows = PackageRows(OutcomeDocument)
        for item in items:
            v = item.value
            values = _outcome_values(v, _regime(v.regime), None, item.package.name)
            doc = rows.upsert({"key": v.key}, values, v.sources)
            doc.organisations.set(_organisations(v.organisations))
        stats.add("outcome documents", len(items), rows.remove_stale(packages, meeting=None))


class ExtraordinaryRequestsSection(Section):
    name = "extraordinary_requests"
    schema = schema.ExtraordinaryRequestSchema

    def defines(self, item):
        return [("extraordinary_request", item.value.key)]

    def references(self, item):
        v = item.value
        refs = _regime_ref(v) + [Reference(("state",), "state", v.state)] + source_refs(v.sources)
        if v.meeting:
            refs.append(Reference(("meeting",), "meeting", v.meeting))
        return refs

    def apply(self, items, packages, stats):
        rows = PackageRows(ExtraordinaryMeetingRequest)
        for item in items:
            v = item.value
            regime = _regime(v.regime)
            _fail(item, (), checks.request_problems(regime, v.state, v.date, v.subject.en))
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


class EventsSection(Section):
    name = "events"
    schema = schema.EventSchema

    def defines(self, item):
        return [("event", item.value.key)]

    def references(self, item):
        v = item.value
        return (
            _regime_ref(v)
            + _state_refs(v.organisers.states, ("organisers", "states"))
            + _org_refs(v.organisers.organisations, ("organisers", "organisations"))
            + source_refs(v.sources)
        )

    def validate(self, items, known):
        problems = []
        for item in items:
            v = item.value
            label = f"event {v.start} ({v.title.en})"
            problems += _problem(
                item, ("end",), validation.ends_before_start(label, v.start.value, v.end)
            )
        return problems

    def apply(self, items, packages, stats):
        rows = PackageRows(Event)
        for item in items:
            v = item.value
            event = rows.upsert(
                {"key": v.key},
                {
                    "regime": _regime(v.regime),
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
            )
            event.organiser_states.set(_states(v.organisers.states))
            event.organiser_organisations.set(_organisations(v.organisers.organisations))
        stats.add("events", len(items), rows.remove_stale(packages))


class AnniversaryDatesSection(Section):
    name = "anniversary_dates"
    schema = schema.AnniversaryDateSchema

    def defines(self, item):
        return [("anniversary_date", f"{item.value.regime}/{item.value.key}")]

    def references(self, item):
        return _regime_ref(item.value) + source_refs(item.value.sources)

    def apply(self, items, packages, stats):
        rows = PackageRows(AnniversaryDate)
        for item in items:
            v = item.value
            rows.upsert(
                {"regime": _regime(v.regime), "key": v.key},
                {
                    "kind": v.kind,
                    **v.title.columns("title"),
                    "date": v.date,
                    "package": item.package.name,
                },
                v.sources,
            )
        stats.add("anniversary dates", len(items), rows.remove_stale(packages))


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
            refs += _state_refs(c.states, loc + ("states",))
            refs += source_refs(c.sources, loc + ("sources",))
        return refs

    def validate(self, items, known):
        problems = []
        for item in items:
            v = item.value
            label = f"forum session {v.start} ({v.title.en})"
            problems += _problem(
                item, ("end",), validation.ends_before_start(label, v.start.value, v.end)
            )
        return problems

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
            )
            session.regimes.set(Regime.objects.filter(slug__in=v.regimes))
            session.items.all().delete()
            for position, c in enumerate(v.coordination):
                row = CoordinationItem.objects.create(
                    session=session,
                    regime=_regime(c.regime),
                    position=position,
                    kind=c.kind,
                    **c.title.columns("title"),
                    date=c.date,
                    status=c.status,
                    **c.note.columns("note"),
                )
                row.states.set(_states(c.states))
                row.sources.set(source_objects(c.sources))
        stats.add("forum sessions", len(items), rows.remove_stale(packages))


class DeadlineRulesSection(Section):
    name = "deadline_rules"
    schema = schema.DeadlineRuleSchema

    def defines(self, item):
        return [("deadline_rule", f"{item.value.regime}/{item.value.slug}")]

    def references(self, item):
        v = item.value
        return (
            _regime_ref(v)
            + [Reference(("instrument",), "instrument", v.instrument)]
            + source_refs(v.sources)
        )

    def apply(self, items, packages, stats):
        rows = PackageRows(DeadlineRule)
        for item in items:
            v = item.value
            rows.upsert(
                {"regime": _regime(v.regime), "slug": v.slug},
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


SECTIONS = [
    OrganisationsSection,
    ForaSection,
    RotationSection,
    ChairTermsSection,
    MeetingsSection,
    OutcomeDocumentsSection,
    ExtraordinaryRequestsSection,
    EventsSection,
    AnniversaryDatesSection,
    ForumSessionsSection,
    DeadlineRulesSection,
]
