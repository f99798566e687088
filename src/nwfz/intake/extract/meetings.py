"""consultative_meeting, chair_transfer and review_and_plans: what the parties did at a meeting.

Each recipe walks the sentences, looks for an explicit trigger, then for its arguments in the
same sentence (dates, states, places); no trigger, no proposal.
"""

from __future__ import annotations

import re

from .common import (
    Context,
    Hit,
    first_hit,
    full_date_in,
    hits,
    merge,
    year_near,
)
from .proposals import Proposal, Span
from .rules import (
    REGIME,
    Rules,
    in_treaty_context,
    is_effective_date,
    lead_date,
    place_in,
    proposal,
)
from .states import StateMention
from .text import Sentence

# ---------------------------------------------------------------- consultative_meeting


def consultative_meetings(ctx: Context, rules: Rules) -> list[Proposal]:
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        trigger = first_hit(rules.meeting, sentence)
        if trigger is None or not ctx.mentions_regime:
            continue
        spans: list[Span] = [trigger.span]
        confidence = 0.7
        context = in_treaty_context(rules, ctx, sentence)
        if context:
            spans += context
            confidence += 0.15
        kind = "annual"
        marker = first_hit(rules.extraordinary, sentence)
        if marker:
            kind = "extraordinary"
            spans.append(marker.span)
        else:
            annual = first_hit(rules.annual, sentence)
            if annual:
                spans.append(annual.span)
                confidence += 0.05
        fields = {
            "kind": kind,
            "date": None,
            "place": None,
            "format": None,
            "chair": None,
            "regime": REGIME,
            "status": "planned" if first_hit(rules.future, sentence) else "held",
        }
        _meeting_details(ctx, rules, sentence, fields, spans)
        found.append(proposal("consultative_meeting", fields, spans, confidence))
    if not found:
        return []
    merged = merge(found, ("kind",))
    for meeting in merged:
        _meeting_details_nearby(ctx, rules, meeting)
    return merged


def _meeting_details(
    ctx: Context, rules: Rules, sentence: Sentence, fields: dict, spans: list[Span]
) -> None:
    when = full_date_in(ctx, sentence.start, sentence.end)
    if when is None and fields.get("status") == "held":
        when = lead_date(ctx, sentence)
    if when and when.value and not is_effective_date(rules, ctx, when):
        fields["date"] = when.value.isoformat()
        spans.append((when.start, when.end))
    video = first_hit(rules.video, sentence)
    if video:
        fields["format"] = "videoconference"
        spans.append(video.span)
    place = place_in(rules, ctx, sentence)
    if place:
        fields["place"] = place[0]
        fields["format"] = fields["format"] or "in_person"
        spans.append(place[1].span)
    chair = first_hit(rules.meeting_chair, sentence)
    if chair:
        near = [
            m
            for m in ctx.states_in(sentence.start, sentence.end)
            if m.is_party and abs(m.start - chair.end) < 40 or abs(chair.start - m.end) < 5
        ]
        if near:
            fields["chair"] = near[0].code
            spans += [chair.span, (near[0].start, near[0].end)]


def _meeting_details_nearby(ctx: Context, rules: Rules, meeting: Proposal) -> None:
    """'The meeting was held in Ashgabat': details in other sentences that name the meeting."""
    if meeting.fields["place"] and meeting.fields["date"]:
        return
    for sentence in ctx.sentences:
        if not first_hit(rules.meeting_generic, sentence):
            continue
        if first_hit(rules.chairmanship, sentence) and not first_hit(rules.meeting, sentence):
            continue
        spans: list[Span] = []
        fields = dict(meeting.fields)
        _meeting_details(ctx, rules, sentence, fields, spans)
        for key in ("date", "place", "format", "chair"):
            if meeting.fields.get(key) is None and fields.get(key) is not None:
                meeting.fields[key] = fields[key]
                meeting.spans.extend(spans)
    meeting.spans = sorted(set(meeting.spans))


# ---------------------------------------------------------------- chair_transfer


def chair_transfers(ctx: Context, rules: Rules) -> list[Proposal]:
    if not ctx.mentions_regime:
        return []
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        chair = first_hit(rules.chairmanship, sentence)
        if chair is None:
            continue
        verbs = [
            (role, hit)
            for role, pattern in (
                ("give", rules.transfer_give),
                ("receive", rules.transfer_receive),
                ("pass", rules.transfer_pass),
            )
            for hit in hits(pattern, sentence)
            if not _is_attribution(ctx, hit)
        ]
        if not verbs:
            continue
        role, verb = min(verbs, key=lambda rv: abs(rv[1].start - chair.start))
        give = verb if role == "give" else None
        receive = verb if role == "receive" else None
        passed = verb if role == "pass" else None
        parties = [m for m in ctx.states_in(sentence.start, sentence.end) if m.is_party]
        to, source = _recipient_and_giver(parties, give, receive, passed)
        if to is None:
            continue
        spans: list[Span] = [chair.span, verb.span, (to.start, to.end)]
        confidence = 0.75
        if source is not None:
            spans.append((source.start, source.end))
        effective = None
        for when in ctx.dates_in(sentence.start, sentence.end):
            if when.value is not None and is_effective_date(rules, ctx, when):
                effective = when
                spans.append((when.start, when.end))
                break
        year_mention = year_near(ctx, sentence.start, sentence.end, chair.start, rules.head_final)
        year = None
        if effective is not None:
            year = effective.value.year
        elif year_mention is not None and year_mention.year is not None:
            year = year_mention.year
            spans.append((year_mention.start, year_mention.end))
            confidence += 0.1
        elif ctx.published is not None:
            year = ctx.published.year
            confidence -= 0.15
        if in_treaty_context(rules, ctx, sentence):
            confidence += 0.1
        fields = {
            "from": source.code if source else None,
            "to": to.code,
            "year": year,
            "effective": effective.value.isoformat() if effective else None,
        }
        found.append(proposal("chair_transfer", fields, spans, confidence))
    return merge(found, ("to", "year"))


def _is_attribution(ctx: Context, verb: Hit) -> bool:
    """'..., передает DKNews.kz': the news agency's attribution, not a handover."""
    after = ctx.text[verb.end : verb.end + 30]
    return bool(
        re.match(r"\s+(?:[A-Z][\w.]*|«|МИА|ИА|агентств|корреспондент|Kazinform|ҚазАқпарат)", after)
    )


def _recipient_and_giver(
    parties: list[StateMention], give: Hit | None, receive: Hit | None, passed: Hit | None
) -> tuple[StateMention | None, StateMention | None]:
    to = next((m for m in parties if "dat" in m.cases and len(m.cases) <= 2), None)
    source = next((m for m in parties if m.cases == frozenset({"abl"})), None)
    nominative = [m for m in parties if "nom" in m.cases and m is not to and m is not source]
    if to is None and receive is not None and nominative:
        to = min(nominative, key=lambda m: abs(m.start - receive.start))
        nominative = [m for m in nominative if m is not to]
    if source is None and give is not None and nominative and to is not None:
        source = min(nominative, key=lambda m: abs(m.start - give.start))
    if to is not None and source is not None and to.code == source.code:
        source = None
    return to, source


# ---------------------------------------------------------------- review_and_plans


def reviews_and_plans(ctx: Context, rules: Rules) -> list[Proposal]:
    if not ctx.mentions_regime:
        return []
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        review = first_hit(rules.review, sentence)
        if review is None:
            continue
        spans: list[Span] = [review.span]
        confidence = 0.7
        plans = first_hit(rules.plans, sentence)
        reviewed, period = _review_years(ctx, rules, sentence, review, plans)
        plans_year = None
        if plans is not None:
            spans.append(plans.span)
            if period is not None:
                plans_year = period.year
                spans.append((period.start, period.end))
        year_reviewed = None
        if reviewed is not None and reviewed.year is not None:
            year_reviewed = reviewed.year
            spans.append((reviewed.start, reviewed.end))
            confidence += 0.15
        if plans is not None:
            confidence += 0.05
        fields = {"year_reviewed": year_reviewed, "plans_period": plans_year}
        found.append(proposal("review_and_plans", fields, spans, confidence))
    return merge(found, ("year_reviewed",))


def _review_years(ctx: Context, rules: Rules, sentence: Sentence, review: Hit, plans: Hit | None):  # noqa: ANN202
    """(year reviewed, plans period) mentions: 'итоги за 2025 год ... планы на 2026 год',
    '2025 жылғы жұмыс қорытындысын ... 2026 жылға арналған жоспарларын'."""
    lo, hi = sentence.start, sentence.end
    if plans is None:
        return year_near(ctx, lo, hi, review.start, rules.head_final), None
    if rules.head_final:
        first, second = (review, plans) if review.start < plans.start else (plans, review)
        early = year_near(ctx, lo, first.start, first.start, True)
        late = year_near(ctx, first.end, second.start, second.start, True)
        reviewed, period = (early, late) if first is review else (late, early)
        return reviewed, period
    if review.start < plans.start:
        reviewed = year_near(ctx, review.start, plans.start, review.start)
        period = year_near(ctx, plans.start, hi, plans.start)
    else:
        period = year_near(ctx, plans.start, review.start, plans.start)
        reviewed = year_near(ctx, review.start, hi, review.start)
    if period is not None and period.start < plans.start:
        period = None
    return reviewed, period
