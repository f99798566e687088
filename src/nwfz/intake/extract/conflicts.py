"""registry_conflict: stated facts that contradict the registry snapshot, flagged for review."""

from __future__ import annotations

import re

from .chairs import stated_chairs
from .clauses import clause_of, clauses, dates_of_verbs, joined_between
from .common import Context, any_hit, explicit_years, first_hit, hits
from .proposals import Proposal
from .regimes import regime_at
from .rules import Rules, in_treaty_context, place_in, proposal


def stated_fact_conflicts(ctx: Context, rules: Rules) -> list[Proposal]:
    """Signature and entry-into-force dates and place stated about the treaty."""
    if not ctx.mentions_regime:
        return []
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        context = in_treaty_context(rules, ctx, sentence)
        if first_hit(rules.memorandum, sentence) or not context:
            continue
        if any_hit(rules.anniversary, sentence):
            continue  # '15 years since the entry into force' is checked by the anniversary
        regime = regime_at(ctx, context)
        registry = ctx.facts(regime)
        if registry is None:
            continue  # a zone whose facts the registry does not hold
        facts = [
            (field, hit, known)
            for field, pattern, known in (
                ("treaty.signed", rules.signed_fact, registry.signed),
                ("treaty.entry_into_force", rules.eif_fact, registry.entry_into_force),
            )
            for hit in hits(pattern, sentence)[:1]
            if not _about_another_treaty(ctx, rules, sentence, hit)
            and not _about_a_protocol(ctx, sentence, hit)
            and not _a_plans_signing(ctx, rules, sentence, hit)
        ]
        stated_dates = [  # a day and month without a year states no year
            d
            for d in explicit_years(ctx, sentence.start, sentence.end)
            if d.year is not None and d.kind != "day_month"
        ]
        owned = dates_of_verbs(
            ctx, sentence, [hit for _, hit, _ in facts], stated_dates, rules.head_final
        )
        spans = clauses(ctx, sentence)
        for field, trigger, known in facts:
            mention = owned.get(trigger.span)
            if mention is not None and _another_clauses_date(ctx, spans, trigger, mention):
                mention = None
            if mention is not None:
                value = mention.value.isoformat() if mention.value else str(mention.year)
                if _differs(value, known):
                    found.append(
                        proposal(
                            "registry_conflict",
                            {
                                "field": field,
                                "stated": value,
                                "registry": known.isoformat(),
                                "regime": regime,
                            },  # fmt: skip
                            [trigger.span, (mention.start, mention.end)],
                            0.7,
                        )
                    )
            if field == "treaty.signed":
                place = place_in(rules, ctx, sentence)
                if (
                    place
                    and place[0] != registry.signed_place
                    and abs(place[1].start - trigger.end) < 60
                    and not joined_between(ctx, trigger.end, place[1].start)
                ):
                    found.append(
                        proposal(
                            "registry_conflict",
                            {
                                "field": "treaty.signed_place",
                                "stated": place[0],
                                "registry": registry.signed_place,
                                "regime": regime,
                            },
                            [trigger.span, place[1].span],
                            0.65,
                        )
                    )
    return found


def _a_plans_signing(ctx: Context, rules: Rules, sentence, hit) -> bool:  # noqa: ANN001
    """'Согласован и подписан План мероприятий ДЗСЯО ЦА на 2026 год': the verb's clause
    tells the parties' plans, signed; the treaty named there is the plans', not signed then."""
    lo, hi = clause_of(clauses(ctx, sentence), hit.start)
    return any(p.start < hi and lo < p.end for p in hits(rules.plans, sentence))


# 'ранее был подписан', 'had earlier been signed', 'бұрын қол қойылған': the act told as past,
# its date not given there
EARLIER = re.compile(
    r"(?<!\w)(?:ранее|прежде|уже|когда-то|earlier|previously|already|once|бұрын|бұған\s+дейін"
    r"|әлдеқашан)(?!\w)",
    re.IGNORECASE,
)
# the words a date's own clause may hold besides the date and still be the date of a fact
# told in the clause next to it ('подписан в Семипалатинске, 8 сентября 2006 года')
DATE_CLAUSE_WORDS = 2
# 'сообщили в 2015 году', 'said in 2015', '2015 жылы хабарлады': the date of the saying
SAYING = re.compile(
    r"(?<!\w)(?:сообщ\w*|заяв\w*|отмет\w*|рассказ\w*|said|says|reported|announced|stated"
    r"|noted|told|хабарла\w*|мәлімде\w*|атап\s+өт\w*)(?!\w)",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W\d_]{3,}")


def _another_clauses_date(ctx: Context, spans, trigger, mention) -> bool:  # noqa: ANN001
    """The date stands in another clause than the fact's verb and belongs to that clause's
    own act ('ранее был подписан, а в 2024 году стороны провели встречу'): the verb says the
    act is past ('ранее', 'earlier', 'бұрын'), or the date's clause says more than the date
    or is a saying's ('сообщили в 2015 году')."""
    home = clause_of(spans, trigger.start)
    if home[0] <= mention.start < home[1]:
        return False
    if EARLIER.search(ctx.text, home[0], home[1]):
        return True
    start, end = clause_of(spans, mention.start)
    rest = ctx.text[start : mention.start] + " " + ctx.text[mention.end : end]
    return len(WORD.findall(rest)) > DATE_CLAUSE_WORDS or SAYING.search(rest) is not None


def _about_another_treaty(ctx: Context, rules: Rules, sentence, verb) -> bool:  # noqa: ANN001
    """'the TPNW enters into force on 22 January 2021' in a text about the zone: the treaty
    named nearest the verb is another one (the NPT, the TPNW)."""
    others = [
        o.span
        for _, _, pattern in rules.forums
        if pattern is not None
        for o in hits(pattern, sentence)
    ]
    if not others:
        return False
    ours = ctx.regime_in(sentence.start, sentence.end)
    named = [(span, False) for span in ours] + [(span, True) for span in others]
    before = [n for n in named if n[0][1] <= verb.start]  # the subject names the treaty first
    pool = before or named
    nearest = min(pool, key=lambda n: max(0, n[0][0] - verb.end, verb.start - n[0][1]))
    return nearest[1]


PROTOCOL = re.compile(r"(?<!\w)(?:[Пп]ротокол\w*|[Pp]rotocols?|[Хх]аттама\w*|[Aa]mendments?)(?!\w)")


OF_THE_TREATY = re.compile(r"^\s*(?:[^,.;]{0,40}?\s)?(?:to|of|к|ко)\s+(?:the\s+)?$")


def _about_a_protocol(ctx: Context, sentence, verb) -> bool:  # noqa: ANN001
    """'вступил в силу Протокол о гарантиях ... к Договору', 'its Protocol was signed': the
    act is the protocol's when the word stands nearer the verb than the zone's name."""
    protocols = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in PROTOCOL.finditer(sentence.text)
    ]
    if not protocols:
        return False
    # 'the Protocol to the Treaty on ...', 'Протокол о гарантиях к Договору о ...': the zone's
    # name there is part of the protocol's
    ours = [
        o
        for o in ctx.regime_in(sentence.start, sentence.end)
        if not any(p[1] <= o[0] and OF_THE_TREATY.match(ctx.text[p[1] : o[0]]) for p in protocols)
    ]

    def gap(span: tuple[int, int]) -> int:
        return max(0, span[0] - verb.end, verb.start - span[1])

    nearest_protocol = min(gap(p) for p in protocols)
    return not ours or nearest_protocol < min(gap(o) for o in ours)


def _differs(stated: str, known) -> bool:  # noqa: ANN001 - a date
    if len(stated) == 4:
        return int(stated) != known.year
    return stated != known.isoformat()


def proposal_conflicts(ctx: Context, proposals: list[Proposal]) -> list[Proposal]:
    """Chairs and anniversaries proposed from the text that disagree with the registry."""
    found: list[Proposal] = []
    for item in proposals:
        regime = item.fields.get("regime") or ctx.registry.regime
        registry = ctx.facts(regime)
        if registry is None:
            continue
        if item.type == "chair_transfer" and item.fields.get("year") and "year" in item.stated:
            year = item.fields["year"]
            known = registry.chair_for(year)
            if known and known != item.fields["to"]:
                found.append(
                    proposal(
                        "registry_conflict",
                        {
                            "field": f"chair.{year}",
                            "stated": item.fields["to"],
                            "registry": known,
                            "regime": regime,
                        },  # fmt: skip
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
                        {
                            "field": f"chair.{year - 1}",
                            "stated": stated_from,
                            "registry": previous,
                            "regime": regime,
                        },  # fmt: skip
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
                        "regime": regime,
                    },
                    list(item.spans),
                    0.6,
                )
            )
    return found


def stated_chair_conflicts(ctx: Context, rules: Rules) -> list[Proposal]:
    """'Tajikistan, which holds the chairmanship this year' when the registry has another
    chair for that year."""
    found: list[Proposal] = []
    for stated in stated_chairs(ctx, rules):
        regime = regime_at(ctx, list(stated.spans))
        registry = ctx.facts(regime)
        known = registry.chair_for(stated.year) if registry is not None else None
        if known and known != stated.code:
            found.append(
                proposal(
                    "registry_conflict",
                    {
                        "field": f"chair.{stated.year}",
                        "stated": stated.code,
                        "registry": known,
                        "regime": regime,
                    },  # fmt: skip
                    list(stated.spans),
                    0.6,
                )
            )
    return found


def clamp_conf(value: float) -> float:
    return max(0.3, min(1.0, value))


def unique_conflicts(conflicts: list[Proposal]) -> list[Proposal]:
    seen: dict[tuple, Proposal] = {}
    for item in conflicts:
        key = (item.fields["field"], item.fields["stated"], item.fields.get("regime"))
        if key in seen:
            seen[key].join_spans(item.spans)
            continue
        seen[key] = item
    return list(seen.values())
