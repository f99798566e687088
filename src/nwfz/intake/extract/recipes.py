"""How each record type is found, written once; the languages supply the words (Rules).

Every recipe walks the sentences, looks for a trigger, then for its arguments in the same
sentence (dates, states, places), and proposes a record only when the trigger is explicit:
precision matters more than recall.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .common import (
    Context,
    DateMention,
    Hit,
    Pattern,
    any_hit,
    clamp,
    first_hit,
    full_date_in,
    hits,
    merge,
    year_near,
)
from .proposals import Proposal, Span
from .states import PARTIES, StateMention
from .text import Sentence

REGIME = "canwfz"
SUPPRESSED_BY: dict[str, set[str]] = {
    "npt-revcon": {"npt-prepcom"},
    "unga": {"unga-first-committee"},
}


@dataclass
class Rules:
    """The words of one language, as compiled patterns (see ru.py, kk.py, en.py)."""

    language: str
    regime: Pattern
    treaty_word: Pattern
    # consultative_meeting
    meeting: Pattern
    meeting_generic: Pattern
    annual: Pattern
    extraordinary: Pattern
    future: Pattern
    video: Pattern
    meeting_chair: Pattern
    places: list[tuple[str, Pattern]]
    # chair_transfer
    chairmanship: Pattern
    transfer_give: Pattern
    transfer_receive: Pattern
    transfer_pass: Pattern
    effective_from: Pattern  # around '@DATE@': "с @DATE@", "as of @DATE@", "@DATE@ бастап"
    # review_and_plans
    review: Pattern
    plans: Pattern
    # anniversary
    anniversary: list[Pattern]
    ordinal_words: dict[str, int]
    signature: Pattern
    entry_into_force: Pattern
    not_the_treaty: Pattern
    # event
    event_noun: Pattern
    event_qualifier: Pattern
    event_excluded: Pattern
    planned: Pattern
    held: Pattern
    mfa_plural: Pattern
    mfa_single: Pattern
    quoted_title: Pattern
    # memorandum
    memorandum: Pattern
    signed: Pattern
    organisations: list[tuple[str, Pattern]]
    # forum
    forums: list[tuple[str, Pattern, Pattern | None]]
    forum_context: Pattern
    # facts checked against the registry
    signed_fact: Pattern
    eif_fact: Pattern
    not_forum: Pattern | None = None  # 'Региональный центр ООН' names a body, not a forum
    organised_by: Pattern | None = None  # 'The event was organised by ...' in the next sentence
    head_final: bool = False  # Kazakh: the year comes before the word it qualifies
    extra: dict[str, Pattern] = field(default_factory=dict)


def proposal(kind: str, fields: dict, spans: list[Span], confidence: float) -> Proposal:
    return Proposal(kind, fields, sorted(set(spans)), clamp(confidence))


def place_in(rules: Rules, ctx: Context, sentence: Sentence) -> tuple[str, Hit] | None:
    for name, pattern in rules.places:
        hit = first_hit(pattern, sentence)
        if hit:
            return name, hit
    return None


def in_treaty_context(rules: Rules, ctx: Context, sentence: Sentence) -> list[Span]:
    """Spans showing the sentence is about the treaty: the regime named here, or 'the Treaty'
    here while the text names the regime somewhere."""
    spans = ctx.regime_in(sentence.start, sentence.end)
    if spans:
        return spans
    if ctx.mentions_regime:
        hit = first_hit(rules.treaty_word, sentence)
        if hit:
            return [hit.span]
    return []


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


def lead_date(ctx: Context, sentence: Sentence) -> DateMention | None:
    """The dateline's date for the lead sentences of a report ('ASHGABAT, 13 February 2024.
    In Ashgabat the meeting was held...'): a held meeting or signing reported the same day."""
    if ctx.dateline is None or sentence.index > ctx.dateline_sentence + 1:
        return None
    return ctx.dateline


def _meeting_details(
    ctx: Context, rules: Rules, sentence: Sentence, fields: dict, spans: list[Span]
) -> None:
    when = full_date_in(ctx, sentence.start, sentence.end)
    if when is None and fields.get("status") == "held":
        when = lead_date(ctx, sentence)
    if when and when.value and not _is_effective_date(rules, ctx, when):
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


def _is_effective_date(rules: Rules, ctx: Context, when) -> bool:  # noqa: ANN001
    """A date marked as a start: 'с 1 января', 'as of 1 January', '1 қаңтардан бастап'."""
    before = ctx.text[max(0, when.start - 16) : when.start]
    after = ctx.text[when.end : when.end + 16]
    return bool(rules.effective_from.search(before + "@DATE@" + after))


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
            if when.value is not None and _is_effective_date(rules, ctx, when):
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


# ---------------------------------------------------------------- anniversary


def anniversaries(ctx: Context, rules: Rules) -> list[Proposal]:
    if not ctx.mentions_regime:
        return []
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        trigger = any_hit(rules.anniversary, sentence)
        if trigger is None:
            continue
        ordinal = _ordinal(trigger, rules)
        if ordinal is None:
            continue
        window = ctx.neighbours(sentence, before=1, after=0)
        context = in_treaty_context(rules, ctx, sentence)
        if not context and len(window) > 1:
            context = in_treaty_context(rules, ctx, window[0])
        if not context:
            continue
        excluded = first_hit(rules.not_the_treaty, sentence)
        if excluded and not ctx.regime_in(sentence.start, sentence.end):
            if not first_hit(rules.treaty_word, sentence):
                continue
        spans: list[Span] = [trigger.span] + context
        confidence = 0.75
        of, act_hit = _anniversary_of(rules, sentence)
        if act_hit is not None:
            spans.append(act_hit.span)
            confidence += 0.1
        act_year = None
        if act_hit is not None:
            stated = None
            if not rules.head_final:
                stated = year_near(ctx, act_hit.start, sentence.end, act_hit.end)
            stated = stated or year_near(
                ctx, sentence.start, sentence.end, act_hit.start, rules.head_final
            )
            if stated is not None and stated.kind != "relative_year" and stated.year is not None:
                if stated.year + ordinal <= 2100 and stated.year < (ctx.published or _far()).year:
                    act_year = stated.year
                    spans.append((stated.start, stated.end))
        if of is None:
            of = _guess_act(ctx, ordinal)
            confidence -= 0.15
        registry_year = (
            ctx.registry.signed.year if of == "signature" else ctx.registry.entry_into_force.year
        )
        year = act_year or registry_year
        fields = {
            "ordinal": ordinal,
            "of": of,
            "year": year,
            "anniversary_year": year + ordinal,
            "place": None,
        }
        place = place_in(rules, ctx, sentence)
        if place and of == "signature":
            fields["place"] = place[0]
            spans.append(place[1].span)
        if act_year is not None and act_year != registry_year:
            fields["stated_year"] = act_year
        found.append(proposal("anniversary", fields, spans, confidence))
    return merge(found, ("ordinal", "of"))


def _far():  # noqa: ANN202 - a date object far in the future for comparisons
    from datetime import date

    return date(9999, 1, 1)


def _ordinal(trigger: Hit, rules: Rules) -> int | None:
    number = trigger.groups.get("n")
    if number and number.isdigit():
        value = int(number)
        return value if 1 <= value <= 60 else None
    word = (trigger.groups.get("w") or "").lower()
    for stem in sorted(rules.ordinal_words, key=len, reverse=True):
        if word.startswith(stem):
            return rules.ordinal_words[stem]
    return None


def _anniversary_of(rules: Rules, sentence: Sentence) -> tuple[str | None, Hit | None]:
    signature = first_hit(rules.signature, sentence)
    force = first_hit(rules.entry_into_force, sentence)
    if signature and not force:
        return "signature", signature
    if force and not signature:
        return "entry_into_force", force
    if signature and force:
        return (
            ("signature", signature)
            if signature.start < force.start
            else (
                "entry_into_force",
                force,
            )
        )
    return None, None


def _guess_act(ctx: Context, ordinal: int) -> str:
    if ctx.published is not None:
        if ctx.registry.entry_into_force.year + ordinal == ctx.published.year:
            return "entry_into_force"
    return "signature"


# ---------------------------------------------------------------- event


def events(ctx: Context, rules: Rules) -> list[Proposal]:
    if not ctx.mentions_regime:
        return []
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        excluded = hits(rules.event_excluded, sentence)
        nouns = [
            n
            for n in hits(rules.event_noun, sentence)
            if not any(n.start < x.end and n.end > x.start for x in excluded)
        ]
        if not nouns:
            continue
        noun = nouns[0]
        qualifier = first_hit(rules.event_qualifier, sentence)
        context = in_treaty_context(rules, ctx, sentence)
        if qualifier is None and not context:
            continue
        planned = first_hit(rules.planned, sentence)
        held = first_hit(rules.held, sentence)
        if planned is None and held is None:
            continue
        status = (
            "planned"
            if planned is not None and (held is None or planned.start < held.start)
            else "held"
        )
        status_hit = planned if status == "planned" else held
        spans: list[Span] = [noun.span, status_hit.span]  # type: ignore[union-attr]
        confidence = 0.65
        if qualifier is not None:
            spans.append(qualifier.span)
            confidence += 0.1
        if context:
            spans += context
            confidence += 0.05
        organisers = _organisers(ctx, rules, sentence, spans)
        if not organisers:
            organisers = _organisers_next_sentence(ctx, rules, sentence, spans)
        if organisers:
            confidence += 0.05
        when = full_date_in(ctx, sentence.start, sentence.end)
        if when is None and status == "held":
            when = lead_date(ctx, sentence)
        year_mention = year_near(ctx, sentence.start, sentence.end, noun.start, rules.head_final)
        year = None
        if when is not None and when.value is not None:
            year = when.value.year
            spans.append((when.start, when.end))
        elif year_mention is not None and year_mention.year is not None:
            year = year_mention.year
            spans.append((year_mention.start, year_mention.end))
        elif ctx.published is not None:
            year = ctx.published.year  # planned 'during the year', or held and just reported
            confidence -= 0.05
        title_hit = first_hit(rules.quoted_title, sentence)
        fields = {
            "status": status,
            "organisers": organisers,
            "year": year,
            "date": when.value.isoformat() if when is not None and when.value else None,
            "title": title_hit.groups.get("title") if title_hit else None,
        }
        if title_hit:
            spans.append(title_hit.span)
        found.append(proposal("event", fields, spans, confidence))
    return merge(found, ("status", "date", "title"))


def _organisers(ctx: Context, rules: Rules, sentence: Sentence, spans: list[Span]) -> list[str]:
    organisers: list[str] = []
    plural = first_hit(rules.mfa_plural, sentence)
    if plural is not None:
        organisers.append("ministries_of_foreign_affairs")
        spans.append(plural.span)
    for single in hits(rules.mfa_single, sentence):
        near = [
            m
            for m in ctx.states_in(sentence.start, sentence.end)
            if m.is_party and -30 < m.start - single.end < 30
        ]
        for mention in near[:1]:
            if mention.code not in organisers:
                organisers.append(mention.code)
                spans += [single.span, (mention.start, mention.end)]
    return organisers


def _organisers_next_sentence(
    ctx: Context, rules: Rules, sentence: Sentence, spans: list[Span]
) -> list[str]:
    """'The event was organised by the Foreign Ministry of ...' right after the event."""
    if sentence.index + 1 >= len(ctx.sentences) or rules.organised_by is None:
        return []
    following = ctx.sentences[sentence.index + 1]
    if not first_hit(rules.event_noun, following) or not first_hit(rules.organised_by, following):
        return []
    found: list[Span] = []
    organisers = _organisers(ctx, rules, following, found)
    if organisers:
        spans.extend(found)
    return organisers


# ---------------------------------------------------------------- memorandum


def memoranda(ctx: Context, rules: Rules) -> list[Proposal]:
    if not ctx.mentions_regime:
        return []
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        noun = first_hit(rules.memorandum, sentence)
        signed = first_hit(rules.signed, sentence)
        if noun is None or signed is None:
            continue
        spans: list[Span] = [noun.span, signed.span]
        parties: list[str] = []
        for name, pattern in rules.organisations:
            hit = first_hit(pattern, sentence)
            if hit and name not in parties:
                parties.append(name)
                spans.append(hit.span)
        regime = ctx.regime_in(sentence.start, sentence.end)
        if regime and REGIME.upper() not in parties:
            parties.insert(0, REGIME.upper())
            spans += regime
        for mention in ctx.states_in(sentence.start, sentence.end):
            if mention.is_party and mention.code not in parties:
                parties.append(mention.code)
                spans.append((mention.start, mention.end))
        if len(parties) < 2 and not regime:
            continue
        status = "planned" if first_hit(rules.future, sentence) else "signed"
        when = full_date_in(ctx, sentence.start, sentence.end)
        if when is None and status == "signed":
            when = lead_date(ctx, sentence)
        if when is not None:
            spans.append((when.start, when.end))
        fields = {
            "parties": parties,
            "date": when.value.isoformat() if when is not None and when.value else None,
            "status": status,
        }
        found.append(proposal("memorandum", fields, spans, 0.8 if regime else 0.7))
    return merge(found, ("parties",))


# ---------------------------------------------------------------- forum


def fora(ctx: Context, rules: Rules) -> list[Proposal]:
    if not ctx.mentions_regime:
        return []
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        context = first_hit(rules.forum_context, sentence)
        if context is None:
            continue
        taken: list[Span] = [h.span for h in hits(rules.not_forum, sentence)]
        seen_here: set[str] = set()
        for code, trigger_pattern, object_pattern in rules.forums:
            if code in SUPPRESSED_BY and SUPPRESSED_BY[code] & seen_here:
                continue  # 'Preparatory Committee for the NPT Review Conference' is the PrepCom
            for trigger in hits(trigger_pattern, sentence):
                overlaps = any(trigger.start < e and trigger.end > s for s, e in taken)
                if overlaps and object_pattern is None:
                    continue  # 'ООН' inside 'Генеральной Ассамблеи ООН' is not the UN in general
                spans: list[Span] = [trigger.span]
                if object_pattern is not None:
                    objects = [
                        o
                        for o in hits(object_pattern, sentence)
                        if -160 < o.start - trigger.end < 160 or -160 < trigger.start - o.end < 160
                    ]
                    if not objects:
                        continue
                    obj = min(objects, key=lambda o: abs(o.start - trigger.start))
                    spans.append(obj.span)
                    # the object's words belong to this forum, not to the generic UN
                    taken.append(obj.span)
                taken.append(trigger.span)
                spans.append(context.span)
                seen_here.add(code)
                found.append(proposal("forum", {"forum": code}, spans, 0.75))
    return merge(found, ("forum",))


def party_codes(mentions: list[StateMention]) -> list[str]:
    out: list[str] = []
    for m in mentions:
        if m.code in PARTIES and m.code not in out:
            out.append(m.code)
    return out


def compile_any(words: list[str]) -> Pattern:
    return re.compile("|".join(words), re.IGNORECASE)
