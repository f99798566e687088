"""registry_conflict: stated facts that contradict the registry snapshot, flagged for review."""

from __future__ import annotations

from .common import Context, any_hit, first_hit, year_near
from .proposals import Proposal, Span
from .rules import Rules, in_treaty_context, place_in, proposal


def stated_fact_conflicts(ctx: Context, rules: Rules) -> list[Proposal]:
    """Signature and entry-into-force dates and place stated about the treaty."""
    if not ctx.mentions_regime:
        return []
    found: list[Proposal] = []
    registry = ctx.registry
    for sentence in ctx.sentences:
        if first_hit(rules.memorandum, sentence) or not in_treaty_context(rules, ctx, sentence):
            continue
        if any_hit(rules.anniversary, sentence):
            continue  # '15 years since the entry into force' is checked by the anniversary
        for field, pattern, known in (
            ("treaty.signed", rules.signed_fact, registry.signed),
            ("treaty.entry_into_force", rules.eif_fact, registry.entry_into_force),
        ):
            trigger = first_hit(pattern, sentence)
            if trigger is None:
                continue
            stated = _stated_date(ctx, sentence.start, sentence.end, trigger.start, trigger.end)
            if stated is not None:
                value, span = stated
                if _differs(value, known):
                    found.append(
                        proposal(
                            "registry_conflict",
                            {"field": field, "stated": value, "registry": known.isoformat()},
                            [trigger.span, span],
                            0.7,
                        )
                    )
            if field == "treaty.signed":
                place = place_in(rules, ctx, sentence)
                if (
                    place
                    and place[0] != registry.signed_place
                    and abs(place[1].start - trigger.end) < 60
                ):
                    found.append(
                        proposal(
                            "registry_conflict",
                            {
                                "field": "treaty.signed_place",
                                "stated": place[0],
                                "registry": registry.signed_place,
                            },
                            [trigger.span, place[1].span],
                            0.65,
                        )
                    )
    return found


def _stated_date(
    ctx: Context, start: int, end: int, trigger_start: int, trigger_end: int
) -> tuple[str, Span] | None:
    mention = year_near(ctx, trigger_end, end, trigger_end)
    if mention is None or mention.start - trigger_end > 50:
        mention = year_near(ctx, max(start, trigger_start - 50), trigger_start, trigger_start)
    if mention is None or mention.kind == "relative_year" or mention.year is None:
        return None
    if mention.value is not None:
        return mention.value.isoformat(), (mention.start, mention.end)
    return str(mention.year), (mention.start, mention.end)


def _differs(stated: str, known) -> bool:  # noqa: ANN001 - a date
    if len(stated) == 4:
        return int(stated) != known.year
    return stated != known.isoformat()


def proposal_conflicts(ctx: Context, proposals: list[Proposal]) -> list[Proposal]:
    """Chairs and anniversaries proposed from the text that disagree with the registry."""
    registry = ctx.registry
    found: list[Proposal] = []
    for item in proposals:
        if item.type == "chair_transfer" and item.fields.get("year"):
            year = item.fields["year"]
            known = registry.chair_for(year)
            if known and known != item.fields["to"]:
                found.append(
                    proposal(
                        "registry_conflict",
                        {"field": f"chair.{year}", "stated": item.fields["to"], "registry": known},
                        list(item.spans),
                        clamp_conf(item.confidence - 0.1),
                    )
                )
            previous = registry.chair_for(year - 1)
            stated_from = item.fields.get("from")
            if stated_from and previous and previous != stated_from:
                found.append(
                    proposal(
                        "registry_conflict",
                        {"field": f"chair.{year - 1}", "stated": stated_from, "registry": previous},
                        list(item.spans),
                        clamp_conf(item.confidence - 0.15),
                    )
                )
        if item.type == "anniversary" and "stated_year" in item.fields:
            field = (
                "treaty.signed" if item.fields["of"] == "signature" else "treaty.entry_into_force"
            )
            known = registry.signed if field == "treaty.signed" else registry.entry_into_force
            found.append(
                proposal(
                    "registry_conflict",
                    {
                        "field": field,
                        "stated": str(item.fields["stated_year"]),
                        "registry": known.isoformat(),
                    },
                    list(item.spans),
                    0.6,
                )
            )
    return found


def clamp_conf(value: float) -> float:
    return max(0.3, min(1.0, value))


def unique_conflicts(conflicts: list[Proposal]) -> list[Proposal]:
    seen: dict[tuple, Proposal] = {}
    for item in conflicts:
        key = (item.fields["field"], item.fields["stated"])
        if key in seen:
            seen[key].spans = sorted(set(seen[key].spans) | set(item.spans))
            continue
        seen[key] = item
    return list(seen.values())
