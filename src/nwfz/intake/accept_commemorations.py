"""Accepting anniversary and event proposals.

An anniversary is a fact the registry already derives (the Treaty's signature or entry into
force): accepting it confirms the record, or is refused when the text disagrees (the
registry_conflict proposal is the way to flag that). An event is planned through
`event_plan`, unless the registry already holds it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from nwfz.governance import services as governance
from nwfz.governance.models import Event
from nwfz.intake.acceptance import Acceptance, AcceptContext, IntakeRefused, as_date, regime_of
from nwfz.intake.registry_facts import registry_facts
from nwfz.intake.sources import source_link
from nwfz.registry.selectors import parties_on

ACTS = {"signature": "signature", "entry_into_force": "entry into force"}
MARKS_KEYS = {"signature": "signature", "entry_into_force": "entry-into-force"}


def anniversary_problems(fields: dict[str, Any], regime_slug: str) -> list[str]:
    """How the stated anniversary departs from the registry (empty when it agrees)."""
    facts = registry_facts(regime_slug)
    of = fields.get("of")
    if of not in ACTS:
        return [f"of: {of!r} is not one of {', '.join(ACTS)}"]
    known = facts.signed if of == "signature" else facts.entry_into_force
    problems: list[str] = []
    year, ordinal = fields.get("year"), fields.get("ordinal")
    if year and int(year) != known.year:
        problems.append(f"the text dates the {ACTS[of]} {year}; the registry has {known}")
    if ordinal and fields.get("anniversary_year"):
        if int(fields["anniversary_year"]) != known.year + int(ordinal):
            problems.append(
                f"the {ordinal}th anniversary of the {ACTS[of]} falls in "
                f"{known.year + int(ordinal)}, not {fields['anniversary_year']}"
            )
    place = fields.get("place")
    if of == "signature" and place and place != facts.signed_place:
        problems.append(f"the text places the signature in {place}; the registry has "
                        f"{facts.signed_place}")  # fmt: skip
    return problems


def accept_anniversary(fields: dict[str, Any], ctx: AcceptContext) -> Acceptance:
    regime = regime_of(fields)
    problems = anniversary_problems(fields, regime.slug)
    if problems:
        raise IntakeRefused(
            "; ".join(problems)
            + ". The registry is not changed from intake: accept the registry_conflict "
            "proposal (or reject this one) so its editors can check"
        )
    facts = registry_facts(regime.slug)
    known = facts.signed if fields["of"] == "signature" else facts.entry_into_force
    return Acceptance(
        regime,
        f"confirms the record: {ACTS[fields['of']]} {known.isoformat()}"
        + (
            f", {fields['ordinal']}th anniversary in {fields.get('anniversary_year')}"
            if fields.get("ordinal")
            else ""
        ),  # fmt: skip
    )


def _item_anniversary(ctx: AcceptContext, year: int) -> dict[str, Any] | None:
    """The anniversary the same item names for the event's year, if any (not rejected)."""
    for proposal in ctx.item.proposals.filter(type="anniversary").exclude(status="rejected"):
        fields = proposal.current_fields
        if fields.get("anniversary_year") == year:
            return fields
    return None


def _organiser_states(organisers: list[str], regime, day: date) -> list[str]:
    codes: list[str] = []
    for organiser in organisers or []:
        if organiser in ("ministries_of_foreign_affairs", "parties"):
            codes += sorted(s.code for s in parties_on(regime, day))
        elif len(organiser) == 2 and organiser.isalpha():
            codes.append(organiser.upper())
    return list(dict.fromkeys(codes))


def accept_event(fields: dict[str, Any], ctx: AcceptContext) -> Acceptance:
    regime = regime_of(fields)
    day = as_date(fields.get("date"), "date")
    year = day.year if day else fields.get("year")
    if not year:
        raise IntakeRefused("the event's year is not stated: edit the year or date field")
    year = int(year)
    anniversary = _item_anniversary(ctx, year)
    existing = Event.objects.filter(regime=regime, start__year=year)
    if day is not None:
        existing = existing.filter(start=day)
    if anniversary is not None:
        existing = existing.filter(marks_ordinal=anniversary.get("ordinal"))
    elif day is None:
        existing = existing.filter(marks_ordinal__isnull=True, status=fields.get("status"))
    event = existing.order_by("start").first()
    if event is not None:
        source_link(event, ctx.source, acting_user=ctx.acting_user)
        return Acceptance(event, f"linked to the recorded event {event.title_en!r}")
    start = day or date(year, 1, 1)
    title = fields.get("title") or (
        f"Events for the {anniversary['ordinal']}th anniversary of the Treaty's "
        f"{ACTS.get(anniversary.get('of'), 'signature')}"
        if anniversary
        else f"Events planned by the parties in {year}"
    )
    event = governance.event_plan(
        regime=regime,
        kind="commemorative" if anniversary else "thematic",
        title=title,
        start=start,
        end=None if day else date(year, 12, 31),
        description="" if day else f"During {year}; the text gives no exact date.",
        organiser_states=_organiser_states(fields.get("organisers") or [], regime, start),
        marks_key=MARKS_KEYS.get(anniversary.get("of"), "") if anniversary else "",
        marks_ordinal=anniversary.get("ordinal") if anniversary else None,
        status="held" if fields.get("status") == "held" else "planned",
        sources=[ctx.source.key],
        acting_user=ctx.acting_user,
    )
    return Acceptance(event, f"planned the event {title!r} ({event.status})")
