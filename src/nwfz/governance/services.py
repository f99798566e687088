"""Writes to governance records. Each service runs in one transaction, checks its input with
the rules in validation.py (through checks.py), and leaves one audit entry; bad input raises
GovernanceRefused and writes nothing.

Texts (titles, places, notes) are given as a str (English) or a mapping {en, ru, kk}.
States are ISO alpha-2 codes; organisations are slugs; sources are source keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from django.db import transaction

from nwfz.accounts.audit import audit_record
from nwfz.governance import checks
from nwfz.governance.models import (
    ActionItem,
    AgendaItem,
    ChairTerm,
    CoordinationItem,
    Decision,
    Event,
    ExtraordinaryMeetingRequest,
    Forum,
    ForumSession,
    Meeting,
    Organisation,
    OutcomeDocument,
)
from nwfz.governance.validation import GovernanceRefused, refuse
from nwfz.registry.models import Regime, Source, State

Text = str | Mapping[str, str]


def text_columns(field: str, value: Text | None) -> dict[str, str]:
    if value is None:
        value = ""
    if isinstance(value, str):
        return {f"{field}_en": value, f"{field}_ru": "", f"{field}_kk": ""}
    return {f"{field}_{lang}": value.get(lang, "") or "" for lang in ("en", "ru", "kk")}


def english(value: Text | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else value.get("en", "")


def states_by_code(codes: Iterable[str], label: str) -> list[State]:
    codes = [c.upper() for c in codes]
    found = {s.code: s for s in State.objects.filter(code__in=codes)}
    unknown = [c for c in codes if c not in found]
    if unknown:
        raise GovernanceRefused(f"{label}: unknown state {', '.join(unknown)} (use ISO codes)")
    return [found[c] for c in codes]


def state_or_none(code: str | None, label: str) -> State | None:
    return states_by_code([code], label)[0] if code else None


def sources_by_key(keys: Iterable[str], label: str) -> list[Source]:
    keys = list(keys)
    found = {s.key: s for s in Source.objects.filter(key__in=keys)}
    unknown = [k for k in keys if k not in found]
    if unknown:
        raise GovernanceRefused(f"{label}: unknown source {', '.join(unknown)}")
    return [found[k] for k in keys]


def organisations_by_slug(slugs: Iterable[str], label: str) -> list[Organisation]:
    slugs = list(slugs)
    found = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs)}
    unknown = [s for s in slugs if s not in found]
    if unknown:
        raise GovernanceRefused(f"{label}: unknown organisation {', '.join(unknown)}")
    return [found[s] for s in slugs]


def _term_json(t: ChairTerm) -> dict[str, Any]:
    return {"state": t.state.code, "start": t.start, "end": t.end, "role": t.role}


# --- chair terms -------------------------------------------------------------------------


def chair_term_create(
    *,
    regime: Regime,
    state: str,
    start: date,
    end: date,
    sources: Iterable[str],
    acting_user: Any,
    role: str = "chair",
    precision: str = "day",
    note: Text = "",
    created_by_decision: Decision | None = None,
    package: str = "",
) -> ChairTerm:
    """Record a chair term. Refused when it ends before it starts, the state was not a
    party on its first day, or it overlaps another recorded term of the regime."""
    state = state.upper()
    with transaction.atomic():
        refuse(*checks.chair_term_problems(regime, state, start, end))
        label = f"chair term {state} {start}–{end}"
        term = ChairTerm.objects.create(
            regime=regime,
            state=states_by_code([state], label)[0],
            start=start,
            end=end,
            role=role,
            precision=precision,
            **text_columns("note", note),
            created_by_decision=created_by_decision,
            package=package,
        )
        term.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="chair_term_create",
            object_type="chair_term",
            object_id=term.id,
            after=_term_json(term),
        )
    return term


def term_length_months(regime: Regime) -> int:
    rule = getattr(regime, "rotation_rule", None)
    return rule.term_months if rule else 12


def handover_apply(decision: Decision, *, acting_user: Any, package: str = "") -> ChairTerm:
    """The chair passes on `decision.effective`: the term covering that day ends the day
    before, and the new chair's term starts (for one term of the rotation rule). A term
    of the new chair already starting that day is linked to the decision instead."""
    regime = decision.meeting.regime
    effective = decision.effective or decision.date
    new_state = decision.handover_to.code
    existing = ChairTerm.objects.filter(regime=regime, start=effective).first()
    if existing is not None and existing.state_id == decision.handover_to_id:
        existing.created_by_decision = decision
        existing.save(update_fields=["created_by_decision"])
        return existing
    current, end, problems = checks.handover_term(
        regime, new_state, effective, term_length_months(regime)
    )
    refuse(*problems)
    if current is not None:
        before = _term_json(current)
        current.end = effective - timedelta(days=1)
        current.save(update_fields=["end"])
        audit_record(
            acting_user=acting_user,
            action="chair_term_close",
            object_type="chair_term",
            object_id=current.id,
            before=before,
            after=_term_json(current),
        )
    term = ChairTerm.objects.create(
        regime=regime,
        state=decision.handover_to,
        start=effective,
        end=end,
        created_by_decision=decision,
        package=package,
    )
    term.sources.set(decision.sources.all())
    audit_record(
        acting_user=acting_user,
        action="chair_term_create",
        object_type="chair_term",
        object_id=term.id,
        after={**_term_json(term), "decision": decision.id},
    )
    return term


# --- meetings, decisions, outcomes ----------------------------------------------------------


def meeting_record(
    *,
    regime: Regime,
    kind: str,
    start: date,
    acting_user: Any,
    end: date | None = None,
    chair: str | None = None,
    title: Text = "",
    place: Text = "",
    format: str = "",
    participants: Iterable[str] = (),
    observers: Iterable[str] = (),
    agenda: Iterable[Text] = (),
    sources: Iterable[str] = (),
    date_precision: str = "day",
    date_note: Text = "",
    key: str | None = None,
    package: str = "",
) -> Meeting:
    """Record a meeting (Article 10: annual consultative or extraordinary, or a thematic or
    anniversary meeting). Refused when it ends before it starts or its chair was not a
    party on its first day."""
    chair = chair.upper() if chair else None
    participants = [p.upper() for p in participants]
    with transaction.atomic():
        problems = checks.meeting_problems(regime, start, end, chair, english(title))
        if key and Meeting.objects.filter(key=key).exists():
            problems.append(f"meeting {start}: key {key!r} is already used by another meeting")
        refuse(*problems)
        label = f"meeting {start}"
        meeting = Meeting.objects.create(
            regime=regime,
            key=key,
            kind=kind,
            **text_columns("title", title),
            start=start,
            end=end,
            date_precision=date_precision,
            **text_columns("date_note", date_note),
            **text_columns("place", place),
            format=format,
            chair=state_or_none(chair, label),
            package=package,
        )
        meeting.participants.set(states_by_code(participants, label))
        meeting.observers.set(organisations_by_slug(observers, label))
        meeting.sources.set(sources_by_key(sources, label))
        for position, text in enumerate(agenda):
            AgendaItem.objects.create(
                meeting=meeting, position=position, **text_columns("text", text)
            )
        audit_record(
            acting_user=acting_user,
            action="meeting_record",
            object_type="meeting",
            object_id=meeting.id,
            after={
                "kind": kind,
                "start": start,
                "end": end,
                "chair": chair,
                "participants": sorted(participants),
            },
        )
    return meeting


def decision_record(
    *,
    meeting: Meeting,
    date: date,
    kind: str,
    text: Text,
    acting_user: Any,
    handover_to: str | None = None,
    effective: date | None = None,
    sources: Iterable[str] = (),
) -> Decision:
    """Record a decision of a meeting. A `chair_handover` decision also creates the new
    chair's term from `effective` (default: the decision's date) and ends the current
    term the day before."""
    handover_to = handover_to.upper() if handover_to else None
    with transaction.atomic():
        refuse(*checks.decision_problems(meeting, date, kind, handover_to, effective))
        label = f"decision {date} of meeting {meeting.start}"
        decision = Decision.objects.create(
            meeting=meeting,
            position=meeting.decisions.count(),
            date=date,
            kind=kind,
            **text_columns("text", text),
            handover_to=state_or_none(handover_to, label),
            effective=effective if kind == "chair_handover" else None,
        )
        decision.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="decision_record",
            object_type="decision",
            object_id=decision.id,
            after={
                "meeting": meeting.id,
                "date": date,
                "kind": kind,
                "handover_to": handover_to,
                "effective": effective,
            },
        )
        if kind == "chair_handover":
            handover_apply(decision, acting_user=acting_user)
    return decision


def outcome_document_record(
    *,
    regime: Regime,
    kind: str,
    title: Text,
    acting_user: Any,
    meeting: Meeting | None = None,
    date: date | None = None,
    parties: str = "",
    organisations: Iterable[str] = (),
    sources: Iterable[str] = (),
    note: Text = "",
    key: str | None = None,
) -> OutcomeDocument:
    """An outcome document (final document, joint statement, memorandum, ...), adopted at a
    meeting or, with `meeting` None, apart from any recorded meeting."""
    with transaction.atomic():
        if meeting is not None and date is not None and date < meeting.start:
            refuse(
                f"outcome document {english(title)!r}: dated {date}, before its meeting "
                f"of {meeting.start}"
            )
        label = f"outcome document {english(title)!r}"
        doc = OutcomeDocument.objects.create(
            regime=regime,
            meeting=meeting,
            key=key,
            kind=kind,
            **text_columns("title", title),
            date=date,
            parties=parties,
            **text_columns("note", note),
        )
        doc.organisations.set(organisations_by_slug(organisations, label))
        doc.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="outcome_document_record",
            object_type="outcome_document",
            object_id=doc.id,
            after={"kind": kind, "title": english(title), "date": date},
        )
    return doc


# --- action items --------------------------------------------------------------------------


def action_item_create(
    *,
    decision: Decision,
    title: Text,
    owners: Iterable[str],
    acting_user: Any,
    due: date | None = None,
    status: str = "open",
    closed_on: date | None = None,
    note: Text = "",
    sources: Iterable[str] = (),
    key: str | None = None,
) -> ActionItem:
    """An action item from a decision, owned by parties on the decision's date. It stays
    open across chair terms until its status is done or dropped."""
    owners = [o.upper() for o in owners]
    regime = decision.meeting.regime
    with transaction.atomic():
        refuse(
            *checks.action_item_problems(
                regime, english(title), owners, decision.date, status, closed_on
            )
        )
        label = f"action item {english(title)!r}"
        item = ActionItem.objects.create(
            decision=decision,
            key=key,
            **text_columns("title", title),
            due=due,
            status=status,
            closed_on=closed_on,
            **text_columns("note", note),
        )
        item.owners.set(states_by_code(owners, label))
        item.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="action_item_create",
            object_type="action_item",
            object_id=item.id,
            after={"title": english(title), "owners": owners, "due": due, "status": status},
        )
    return item


def action_item_update_status(
    *, item: ActionItem, status: str, acting_user: Any, on: date | None = None, note: Text = ""
) -> ActionItem:
    """Move an action item to `status`; done/dropped need the closing day `on`, and
    reopening clears it."""
    closed_on = on if status in ("done", "dropped") else None
    with transaction.atomic():
        item = ActionItem.objects.select_for_update().select_related("decision").get(pk=item.pk)
        refuse(
            *checks.action_item_problems(
                item.decision.meeting.regime,
                item.title_en,
                [s.code for s in item.owners.all()],
                item.decision.date,
                status,
                closed_on,
            )
        )
        before = {"status": item.status, "closed_on": item.closed_on}
        item.status, item.closed_on = status, closed_on
        if note:
            for column, value in text_columns("note", note).items():
                setattr(item, column, value)
        item.save()
        audit_record(
            acting_user=acting_user,
            action="action_item_update_status",
            object_type="action_item",
            object_id=item.id,
            before=before,
            after={"status": status, "closed_on": closed_on},
        )
    return item


# --- requests, events, fora ---------------------------------------------------------------


def extraordinary_request_record(
    *,
    regime: Regime,
    requesting_state: str,
    date: date,
    subject: Text,
    acting_user: Any,
    outcome: str = "pending",
    outcome_note: Text = "",
    meeting: Meeting | None = None,
    sources: Iterable[str] = (),
) -> ExtraordinaryMeetingRequest:
    """Article 10: any party may request an extraordinary meeting; the request and what
    came of it are recorded."""
    requesting_state = requesting_state.upper()
    with transaction.atomic():
        problems = checks.request_problems(regime, requesting_state, date, english(subject))
        if meeting is not None and meeting.start < date:
            problems.append(
                f"extraordinary meeting request {date}: its meeting of "
                f"{meeting.start} is before the request"
            )
        refuse(*problems)
        label = f"extraordinary meeting request {date}"
        req = ExtraordinaryMeetingRequest.objects.create(
            regime=regime,
            requesting_state=states_by_code([requesting_state], label)[0],
            date=date,
            **text_columns("subject", subject),
            outcome=outcome,
            **text_columns("outcome_note", outcome_note),
            meeting=meeting,
        )
        req.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="extraordinary_request_record",
            object_type="extraordinary_request",
            object_id=req.id,
            after={"state": requesting_state, "date": date, "outcome": outcome},
        )
    return req


def event_plan(
    *,
    regime: Regime,
    kind: str,
    title: Text,
    start: date,
    acting_user: Any,
    end: date | None = None,
    place: Text = "",
    description: Text = "",
    organiser_states: Iterable[str] = (),
    organiser_organisations: Iterable[str] = (),
    marks_key: str = "",
    marks_ordinal: int | None = None,
    status: str = "planned",
    sources: Iterable[str] = (),
) -> Event:
    """Plan (or record as held) a commemorative or thematic event."""
    label = f"event {start} ({english(title)})"
    with transaction.atomic():
        refuse(*checks.dated_problems(label, start, end))
        event = Event.objects.create(
            regime=regime,
            kind=kind,
            **text_columns("title", title),
            start=start,
            end=end,
            **text_columns("place", place),
            **text_columns("description", description),
            marks_key=marks_key,
            marks_ordinal=marks_ordinal,
            status=status,
        )
        event.organiser_states.set(states_by_code(organiser_states, label))
        event.organiser_organisations.set(organisations_by_slug(organiser_organisations, label))
        event.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="event_plan",
            object_type="event",
            object_id=event.id,
            after={"title": english(title), "start": start, "status": status},
        )
    return event


def forum_session_record(
    *,
    forum: str,
    title: Text,
    start: date,
    acting_user: Any,
    end: date | None = None,
    venue: Text = "",
    regimes: Iterable[Regime] = (),
    sources: Iterable[str] = (),
) -> ForumSession:
    label = f"forum session {start} ({english(title)})"
    with transaction.atomic():
        refuse(*checks.dated_problems(label, start, end))
        found = Forum.objects.filter(slug=forum).first()
        if found is None:
            known = ", ".join(Forum.objects.values_list("slug", flat=True))
            refuse(f"{label}: unknown forum {forum!r} (known: {known})")
        session = ForumSession.objects.create(
            forum=found,
            **text_columns("title", title),
            start=start,
            end=end,
            **text_columns("venue", venue),
        )
        session.regimes.set(list(regimes))
        session.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="forum_session_record",
            object_type="forum_session",
            object_id=session.id,
            after={"forum": forum, "title": english(title), "start": start},
        )
    return session


def coordination_item_record(
    *,
    session: ForumSession,
    regime: Regime,
    kind: str,
    title: Text,
    acting_user: Any,
    status: str = "planned",
    states: Iterable[str] = (),
    date: date | None = None,
    note: Text = "",
    sources: Iterable[str] = (),
) -> CoordinationItem:
    """A joint statement, working paper, co-sponsorship or side event at a forum session,
    with the parties that joined it."""
    label = f"coordination item {english(title)!r}"
    states = [s.upper() for s in states]
    with transaction.atomic():
        item = CoordinationItem.objects.create(
            session=session,
            regime=regime,
            position=session.items.count(),
            kind=kind,
            **text_columns("title", title),
            date=date,
            status=status,
            **text_columns("note", note),
        )
        item.states.set(states_by_code(states, label))
        item.sources.set(sources_by_key(sources, label))
        audit_record(
            acting_user=acting_user,
            action="coordination_item_record",
            object_type="coordination_item",
            object_id=item.id,
            after={"session": session.id, "kind": kind, "status": status, "states": states},
        )
    return item
