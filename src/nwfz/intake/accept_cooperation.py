"""Accepting memorandum, forum and registry_conflict proposals.

A memorandum becomes an outcome document; coordination at a forum links the recorded forum
session, or the plan already on the item's meeting, or becomes an action item of that
meeting's work plan; a registry conflict is recorded for the registry's editors (an audit
entry they can list) and never changes the registry.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nwfz.accounts.audit import audit_record
from nwfz.governance import services as governance
from nwfz.governance.models import (
    Decision,
    ForumSession,
    Meeting,
    Organisation,
    OutcomeDocument,
)
from nwfz.intake.accept_meetings import item_meeting
from nwfz.intake.acceptance import Acceptance, AcceptContext, IntakeRefused, as_date, regime_of
from nwfz.intake.sources import source_link
from nwfz.registry.selectors import parties_on

FORUM_NAMES = {
    "un": "the United Nations",
    "unga": "the UN General Assembly",
    "unga-first-committee": "the UN General Assembly First Committee",
    "npt-revcon": "the NPT Review Conference",
    "npt-prepcom": "the NPT Review Conference Preparatory Committee",
    "tpnw-revcon": "the TPNW Review Conference",
    "tpnw-msp": "the TPNW Meeting of States Parties",
    "iaea-gc": "the IAEA General Conference",
    "ctbto": "the CTBTO Preparatory Commission",
}
# words that show an existing English text already speaks of the forum
FORUM_WORDS = {
    "un": ("United Nations",),
    "unga": ("General Assembly",),
    "unga-first-committee": ("First Committee",),
    "npt-revcon": ("NPT Review Conference",),
    "npt-prepcom": ("NPT Preparatory Committee", "Preparatory Committee"),
    "tpnw-revcon": ("TPNW Review Conference",),
    "tpnw-msp": ("TPNW Meeting of States Parties",),
    "iaea-gc": ("IAEA General Conference",),
    "ctbto": ("CTBTO",),
}


# ---------------------------------------------------------------- memorandum


def accept_memorandum(fields: dict[str, Any], ctx: AcceptContext) -> Acceptance:
    regime = regime_of(fields)
    day = as_date(fields.get("date"), "date")
    parties = [str(p) for p in fields.get("parties") or []]
    slugs = [p.lower() for p in parties]
    organisations = list(Organisation.objects.filter(slug__in=slugs))
    existing = OutcomeDocument.objects.filter(regime=regime, kind="memorandum")
    for organisation in organisations:
        existing = existing.filter(organisations=organisation)
    if day is not None:
        existing = existing.filter(date__year=day.year)
    document = existing.first() if organisations else None
    if document is not None:
        source_link(document, ctx.source, acting_user=ctx.acting_user)
        return Acceptance(document, f"linked to the recorded {document.title_en!r}")
    names = [o.short_name for o in organisations] + [
        p for p in parties if p.lower() not in {o.slug for o in organisations}
    ]
    partners = [n for n in names if n.upper() != regime.slug.upper()]
    title = f"Memorandum between the {regime.slug.upper()} and {', '.join(partners) or '?'}"
    document = governance.outcome_document_record(
        regime=regime,
        kind="memorandum",
        title=title,
        date=day,
        parties=", ".join(parties),
        organisations=[o.slug for o in organisations],
        note="Planned; not yet signed." if fields.get("status") == "planned" else "",
        sources=[ctx.source.key],
        acting_user=ctx.acting_user,
    )
    return Acceptance(document, f"recorded {title!r}")


# ---------------------------------------------------------------- forum


def _forum_year(fields: dict[str, Any], ctx: AcceptContext) -> int | None:
    if fields.get("year"):
        return int(fields["year"])
    for proposal in ctx.item.proposals.filter(type="review_and_plans").exclude(status="rejected"):
        if proposal.current_fields.get("plans_period"):
            return int(proposal.current_fields["plans_period"])
    return ctx.item.published.year if ctx.item.published else None


def _plan_mentioning(meeting: Meeting, code: str) -> tuple[str, Any] | None:
    """An agenda item, decision or action item of the meeting that already names the forum."""
    words = FORUM_WORDS.get(code, ())

    def names(text: str) -> bool:
        return any(w.lower() in text.lower() for w in words)

    for decision in meeting.decisions.all():
        for action in decision.action_items.all():
            if names(action.title_en):
                return "action_item", action
    for agenda in meeting.agenda.all():
        if names(agenda.text_en):
            return "agenda_item", agenda
    for decision in meeting.decisions.all():
        if names(decision.text_en):
            return "decision", decision
    return None


def _work_plan(meeting: Meeting, ctx: AcceptContext) -> Decision:
    found = meeting.decisions.filter(kind="work_plan").first()
    if found is not None:
        return found
    return governance.decision_record(
        meeting=meeting,
        date=meeting.start,
        kind="work_plan",
        text="Plans agreed at the meeting.",
        sources=[ctx.source.key],
        acting_user=ctx.acting_user,
    )


def accept_forum(fields: dict[str, Any], ctx: AcceptContext) -> Acceptance:
    code = fields.get("forum") or ""
    if code not in FORUM_NAMES:
        raise IntakeRefused(f"forum: {code!r} is not one of {', '.join(FORUM_NAMES)}")
    year = _forum_year(fields, ctx)
    if year is not None:
        session = ForumSession.objects.filter(forum__slug=code, start__year=year).first()
        if session is not None:
            source_link(session, ctx.source, acting_user=ctx.acting_user)
            return Acceptance(session, f"linked to the forum session {session.title_en!r}")
    meeting = item_meeting(ctx, regime_of(fields))
    if meeting is None:
        raise IntakeRefused(
            f"no session of {FORUM_NAMES[code]} is recorded for {year or 'that year'}, and the "
            "item reports no meeting to attach the plan to: record the forum session first, "
            "or reject this proposal"
        )
    found = _plan_mentioning(meeting, code)
    if found is not None:
        kind, record = found
        if kind == "action_item":
            source_link(record, ctx.source, acting_user=ctx.acting_user)
        else:
            source_link(meeting, ctx.source, acting_user=ctx.acting_user)
        return Acceptance(
            record,
            f"confirms the record: the meeting of {meeting.start.isoformat()} already plans "
            f"coordination at {FORUM_NAMES[code]}",
        )
    name = FORUM_NAMES[code]
    owners = sorted(s.code for s in parties_on(meeting.regime, meeting.start))
    action = governance.action_item_create(
        decision=_work_plan(meeting, ctx),
        title=f"Coordinate the parties' positions at {name}" + (f" ({year})" if year else ""),
        owners=owners,
        due=date(year, 12, 31) if year else None,
        sources=[ctx.source.key],
        acting_user=ctx.acting_user,
    )
    return Acceptance(action, f"recorded the action item {action.title_en!r}")


# ---------------------------------------------------------------- registry_conflict


def accept_registry_conflict(fields: dict[str, Any], ctx: AcceptContext) -> Acceptance:
    """Record the conflicting statement for the registry's editors; the registry is unchanged."""
    regime = regime_of(fields)
    field = fields.get("field") or "?"
    entry = audit_record(
        acting_user=ctx.acting_user,
        action="registry_conflict_note",
        object_type="regime",
        object_id=regime.slug,
        before={"field": field, "registry": fields.get("registry")},
        after={
            "field": field,
            "stated": fields.get("stated"),
            "source": ctx.source.key,
            "url": ctx.source.url,
            "intake_item": ctx.item.id,
        },
    )
    return Acceptance(
        entry,
        f"noted for the registry's editors: {field} stated as {fields.get('stated')!r}, "
        f"registry has {fields.get('registry')!r} (the registry is unchanged)",
    )
