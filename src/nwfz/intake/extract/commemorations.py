"""anniversary and event: anniversaries of the treaty and the events that mark or discuss it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .common import (
    AGREED,
    Context,
    DateMention,
    Hit,
    explicit_years,
    first_hit,
    framed_by,
    hits,
    merge,
    year_near,
)
from .places import party_cities
from .proposals import Proposal, Span
from .regimes import BOTH_ZONES, named_as_a_partner, regime_at
from .rules import (
    REGIME,
    Rules,
    a_treaty_acts_date,
    body_date,
    in_treaty_context,
    lead_date,
    names_another_treaty,
    place_in,
    places_in,
    proposal,
)
from .states import PARTIES, StateMention
from .text import Sentence
from .zone_words import zone_states_en

# ---------------------------------------------------------------- anniversary


def anniversaries(ctx: Context, rules: Rules) -> list[Proposal]:
    if not ctx.mentions_regime:
        return []
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        trigger = _treaty_anniversary(ctx, rules, sentence) or _counted_back(ctx, rules, sentence)
        if trigger is None:
            continue
        ordinal = _count(trigger, rules)
        if ordinal is None:
            continue
        window = ctx.neighbours(sentence, before=1, after=0)
        context = in_treaty_context(rules, ctx, sentence)
        partners = named_as_a_partner(ctx)
        if context and all(span in partners for span in context):
            # ('подписали меморандум с Агентством по запрещению ядерного оружия в Латинской
            # Америке ..., а также провели серию мероприятий к 20-летию Договора')
            context = [
                h.span
                for h in hits(rules.treaty_word, sentence)
                if not names_another_treaty(ctx.text, h)
                and not any(s <= h.start < e for s, e in partners)
            ]
        if not context and len(window) > 1:
            context = in_treaty_context(rules, ctx, window[0])
        if not context:
            context = _act_of_the_treaty(ctx, rules, sentence, trigger)
        if not context:
            continue
        excluded = first_hit(rules.not_the_treaty, sentence)
        if excluded and not ctx.regime_in(sentence.start, sentence.end):
            if not first_hit(rules.treaty_word, sentence):
                continue
        owner = _zone_of_the_anniversary(ctx, rules, sentence, trigger)
        if owner is not None:
            context = [owner]  # 'From Rarotonga to Pelindaba: ... anniversary of the African ...'
        spans: list[Span] = [trigger.span] + context
        confidence = 0.75
        regime = regime_at(ctx, spans)
        facts = ctx.facts(regime)
        of, act_hit = _anniversary_of(rules, sentence)
        if act_hit is not None and _act_of_another_treaty(ctx, rules, sentence, act_hit):
            continue  # '30 лет с момента подписания Договора о коллективной безопасности'
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
                latest = (ctx.published or _far()).year
                # 'the 50th Anniversary of the adoption ..., which was unveiled in 2017': a
                # year giving an anniversary years after the report is some other date
                if stated.year + ordinal <= min(2100, latest + 5) and stated.year < latest:
                    act_year = stated.year
                    spans.append((stated.start, stated.end))
        if of is None and facts is not None:
            of = _guess_act(ctx, facts, ordinal)
            confidence -= 0.15
        registry_year = None
        if facts is not None:
            registry_year = facts.signed.year if of == "signature" else facts.entry_into_force.year
            if (
                act_year is None
                and ctx.published is not None
                and registry_year + ordinal > ctx.published.year + 5
            ):
                continue  # 'the 30th anniversary of the process launch', in 2023: not the treaty's
        if act_year is None and act_hit is not None and registry_year is not None:
            # 'В 2026 году исполняется 20 лет со дня вступления в силу': the year marked, told
            # here, counts back to the act's year; another than the registry's is stated
            here = _year_marked(ctx, rules, sentence, ordinal)
            if (
                here is not None
                and here.kind in ("year", "date", "day_month")
                and here.year - ordinal != registry_year  # type: ignore[operator]
            ):
                act_year = here.year - ordinal  # type: ignore[operator]
                spans.append((here.start, here.end))
        year = act_year or registry_year
        marked = None if year else _year_marked(ctx, rules, sentence, ordinal)
        if marked is not None:
            spans.append((marked.start, marked.end))
        told = None
        if year is None and (marked is not None or ctx.published is not None):
            target = marked.year if marked is not None else ctx.published.year  # type: ignore[union-attr]
            told = _act_told_elsewhere(ctx, rules, ordinal, target - ordinal)  # type: ignore[operator]
            if told is not None:
                year = act_year = told.year
                spans += told.spans
                if of is None:
                    of = told.of
        elif year is not None and of == "signature":
            told = _act_told_elsewhere(ctx, rules, ordinal, year, signing=True)
        fields = {
            "ordinal": ordinal,
            "of": of,
            "year": year,
            "anniversary_year": year + ordinal if year else (marked.year if marked else None),
            "place": None,
            "regime": regime,
        }
        place = place_in(rules, ctx, sentence)
        if place is not None and not _place_of_the_act(ctx, rules, act_hit, place[1]):
            # '..., the meeting held in Nur-Sultan in 2019': not where it was signed; another city
            # may be ('opened for signature in Cairo, ... celebrated ... in Pretoria')
            acts = [
                p
                for p in places_in(rules, sentence)
                if _place_of_the_act(ctx, rules, act_hit, p[1])
            ]
            place = acts[0] if len(acts) == 1 else None
        if place is None and told is not None and told.of == "signature":
            place = place_in(rules, ctx, told.sentence)  # 'signed ... in Semipalatinsk'
        if place and of == "signature":
            fields["place"] = place[0]
            spans.append(place[1].span)
        if act_year is not None and registry_year is not None and act_year != registry_year:
            fields["stated_year"] = act_year
        found.append(proposal("anniversary", fields, spans, confidence))
    return _fold_unnamed_act(merge(found, ("ordinal", "of", "regime")))


def _treaty_anniversary(ctx: Context, rules: Rules, sentence: Sentence) -> Hit | None:
    """The first anniversary in the sentence that is not another thing's ('the 30th
    anniversary of the closure of the test site and the 15th anniversary of the zone': the
    15th): the words right after it (before it, in Kazakh) do not name the test site, its
    closure or nuclear tests before they name the zone or a treaty."""
    triggers = sorted(
        (h for pattern in rules.anniversary for h in hits(pattern, sentence)),
        key=lambda h: (h.start, -h.end),
    )
    if len(triggers) > 1 and not rules.head_final:
        # 'the 20th anniversary of its participation in UN peacekeeping and the 30th
        # anniversary of the declaration of its territory as a nuclear-weapon-free zone': the
        # one whose words (up to the next) name the zone, a treaty, its act or the status
        owned = [
            t for i, t in enumerate(triggers) if _names_the_zone(ctx, rules, t, triggers[i + 1 :])
        ]
        triggers = owned + [t for t in triggers if t not in owned]
    for trigger in triggers:
        if rules.head_final:
            lo, hi = max(sentence.start, trigger.start - 60), trigger.start
        else:
            lo, hi = trigger.end, min(sentence.end, trigger.end + 60)
        named = [s for s, e in ctx.regime_in(lo, hi)] + [
            h.start for h in hits(rules.treaty_word, sentence) if lo <= h.start < hi
        ]
        if named and not rules.head_final:
            hi = min(named)
        elif named:
            lo = max(named)
        excluded = [h for h in hits(rules.not_the_treaty, sentence) if lo <= h.start < hi]
        if not excluded:
            return trigger
    return None


def _counted_back(ctx: Context, rules: Rules, sentence: Sentence) -> Hit | None:
    """'20 лет назад, 8 сентября 2006 года, ... был подписан Договор', '20 жыл бұрын ... қол
    қойылды': an anniversary told by counting back from the report, when the sentence tells
    the act with the very year the count gives (the arithmetic is the check), or tells no
    date at all ('Ровно двадцать лет назад ... подписали Договор')."""
    if rules.years_ago is None or ctx.published is None:
        return None
    _, act = _anniversary_of(rules, sentence)
    if act is None:
        return None
    told = ctx.dates_in(sentence.start, sentence.end)
    years = {d.year for d in told if d.kind != "relative_year"}
    for ago in hits(rules.years_ago, sentence):
        count = _count(ago, rules)
        # no year told ('Ровно двадцать лет назад ... подписали Договор'): the count alone,
        # unless hedged ('signed nearly 40 years ago' tells no anniversary)
        alone = not told and not HEDGED.search(ctx.text, max(0, ago.start - 20), ago.start)
        if count is not None and (alone or ctx.published.year - count in years):
            return ago
    return None


# 'nearly 40 years ago', 'почти 20 лет назад', 'шамамен 20 жыл бұрын': an approximate count
HEDGED = re.compile(
    r"(?<!\w)(?:nearly|almost|about|around|over|some|more\s+than|почти|около|более|свыше|"
    r"больше|порядка|примерно|шамамен|жуық|астам)\s+$",
    re.IGNORECASE,
)


def _names_the_zone(ctx: Context, rules: Rules, trigger: Hit, later: list[Hit]) -> bool:
    end = min([trigger.end + 100] + [t.start for t in later if t.start >= trigger.end])
    words = ctx.text[trigger.end : end]
    if ctx.regime_in(trigger.end, end) or NUCLEAR_FREE.search(words):
        return True
    return any(
        p is not None and p.search(words)
        for p in (rules.treaty_word, rules.signature, rules.entry_into_force)
    )


OTHER_TREATY = re.compile(
    r"(?:договор|treaty|шарт|agreement|convention|конвенци|келісім)\w*", re.IGNORECASE
)


def _act_of_the_treaty(ctx: Context, rules: Rules, sentence: Sentence, trigger: Hit) -> list[Span]:
    """'данный год является юбилейным – 20 лет с момента подписания (в 2006 г.)': the
    anniversary of a signing or an entry into force in a text about the treaty that names no
    other treaty there is the treaty's."""
    if not ctx.mentions_regime:
        return []
    _, act = _anniversary_of(rules, sentence)
    if act is None:
        # 'the 30th anniversary of the declaration of its territory as a nuclear-weapon-free
        # zone': a founding act of a nuclear-weapon-free zone or status
        act = first_hit(rules.founding, sentence)
        if act is None or not NUCLEAR_FREE.search(ctx.text, act.end, act.end + 80):
            return []
    if abs(act.start - trigger.start) > 40:
        return []
    lo = min(act.start, trigger.start)
    for word in OTHER_TREATY.finditer(ctx.text, lo, act.end + 40):
        if names_another_treaty(ctx.text, Hit(word.start(), word.end(), word.group(0), {})):
            return []
    if first_hit(rules.not_the_treaty, sentence):
        return []
    return [act.span]


def _act_of_another_treaty(ctx: Context, rules: Rules, sentence: Sentence, act: Hit) -> bool:
    """The signing or entry into force of a treaty the words right after it name as another
    (not 'signed the Semipalatinsk Treaty': the zone's name ends at the treaty word)."""
    return any(
        0 <= hit.start - act.end < 25
        and names_another_treaty(ctx.text, hit)
        and not ctx.regime_in(hit.start, sentence.end)
        and not any(e >= hit.start for _, e in ctx.regime_in(act.end, hit.end))
        for hit in hits(rules.treaty_word, sentence)
    )


def _year_marked(
    ctx: Context, rules: Rules, sentence: Sentence, ordinal: int
) -> DateMention | None:
    """The year an anniversary is marked when the act's year is not known: a date or 'this
    year' in its sentence, near the publication ('on this day, 15 July 2022, the 13th
    anniversary'); else the year of publication when the sentence marks it now ('Today
    marks', 'Commemorate this day', 'Mongolia celebrates', 'сегодня исполняется'), not in a
    plan ('will celebrate')."""
    if ctx.published is None:
        return None
    planned = first_hit(rules.planned, sentence) or first_hit(rules.future, sentence)
    for mention in ctx.dates_in(sentence.start, sentence.end):
        if mention.year is None or mention.kind in ("year_range", "bare_year"):
            continue
        if mention.kind == "relative_year" and mention.relative != 0:
            continue
        if abs(mention.year - ctx.published.year) <= 1:
            return mention
        if planned is not None and 0 < mention.year - ctx.published.year <= 5:
            return mention  # 'an anniversary that will be marked on February 14, 2017'
    now = first_hit(rules.marked_now, sentence)
    if now is None or planned is not None:
        return None
    return DateMention(now.start, now.end, now.text, "relative_day", None, ctx.published.year, 0)


@dataclass(frozen=True)
class ActTold:
    """The act an anniversary counts from, told in a sentence of its own: its year, which act
    (None for a declaration), the evidence and that sentence."""

    year: int
    of: str | None
    spans: list[Span]
    sentence: Sentence


# words telling of another occasion between a signing and a city ('the signing ..., recalling
# the meeting held in Astana')
# ('в Астане запланированы торжественные мероприятия к 20-летию подписания': the events' city)
ANOTHER_OCCASION = re.compile(
    r"\b(?:held|meeting|met|hosted|conference|session|events?|celebrations?|ceremony)\b|встреч|"
    r"заседани|совещани|прош[её]дш|мероприяти|торжеств|церемони|конференци|"
    r"кездесу|өткен\s+(?!жыл)|іс-шара",
    re.IGNORECASE,
)


def _place_of_the_act(ctx: Context, rules: Rules, act: Hit | None, place: Hit) -> bool:
    """The city is where the act took place: near its words (within 100 characters, either
    side; in Kazakh before them, '2006 жылы Семейде қол қойылған'), with no other occasion
    told between them ('қол қойылғанына 20 жыл толуына орай Астанада конференция өтеді' is
    the conference's city)."""
    if act is None or abs(place.start - act.end) > 100:
        return False
    if rules.head_final and place.start > act.start:
        return False
    lo, hi = sorted((act.end, place.start))
    return not ANOTHER_OCCASION.search(ctx.text, lo, hi)


def _act_told_elsewhere(
    ctx: Context, rules: Rules, ordinal: int, base: int, signing: bool = False
) -> ActTold | None:
    """'Today marks the 46th anniversary ...' and, elsewhere, 'on February 14, 1967 the Treaty
    was opened for signing': the first sentence naming a founding act (signed, adopted,
    concluded, entered into force, declared) with the year the ordinal counts back to ('30
    years ago' counts too), or 'since' that year beside the zone's name. The arithmetic is
    the check: another year, or another count, is another act. With `signing`, only a
    signature in the year (for its place)."""
    for other in ctx.sentences:
        signature = first_hit(rules.signature, other) or first_hit(rules.signed_fact, other)
        force = first_hit(rules.entry_into_force, other) or first_hit(rules.eif_fact, other)
        founding = first_hit(rules.founding, other)
        acts = [h for h in (signature, force, founding) if h is not None]
        if signing:
            acts = [signature] if signature is not None else []
        named = ctx.regime_in(other.start, other.end)
        if not acts and (signing or not named):
            continue
        if named and not signing:
            for since in hits(rules.since_year, other):
                if since.groups.get("y") == str(base) and not acts:
                    return ActTold(
                        base, None, [since.span], other
                    )  # 'Since 1992, Mongolia's status'
        found: Span | None = None
        for mention in explicit_years(ctx, other.start, other.end):
            if mention.year == base:
                found = (mention.start, mention.end)
                break
        if found is None and not signing:
            for ago in hits(rules.years_ago, other):
                if _count(ago, rules) == ordinal:
                    found = ago.span
                    break
        if found is None or not acts:
            continue
        # 'Adopted in Cairo on 11 April 1996 and entered into force on 15 July 2009': the act
        # nearest to the year
        act = min(acts, key=lambda h: max(0, h.start - found[1], found[0] - h.end))
        of = None
        if act is signature or (act is founding and FOUNDING_SIGNED.match(act.text)):
            of = "signature"
        elif act is force:
            of = "entry_into_force"
        return ActTold(base, of, [act.span, found], other)
    return None


# founding words that date the treaty from its signing: adopted (opened for signature the
# same day) or concluded; a declaration (Mongolia's status) is its own act
FOUNDING_SIGNED = re.compile(r"(?i)adopt|conclu|заключ")


def _zone_of_the_anniversary(
    ctx: Context, rules: Rules, sentence: Sentence, trigger: Hit
) -> Span | None:
    """The zone an anniversary is of when the sentence names several: the one named right
    after 'anniversary of' (before the anniversary, in Kazakh)."""
    mentions = ctx.regime_in(sentence.start, sentence.end)
    if len({ctx.regime_slugs.get(m, REGIME) for m in mentions}) < 2:
        return None
    if rules.head_final:
        before = [m for m in mentions if 0 <= trigger.start - m[1] <= 80]
        return before[-1] if before else None
    after = [m for m in mentions if 0 <= m[0] - trigger.end <= 120]
    return after[0] if after else None


def _fold_unnamed_act(found: list[Proposal]) -> list[Proposal]:
    """A headline's '13th Anniversary of the Entry into Force' and the body's 'the 13th
    anniversary of the Treaty': one anniversary, the act the headline names."""
    kept: list[Proposal] = []
    for item in found:
        named = [
            p
            for p in found
            if p is not item
            and p.fields["of"] is not None
            and p.fields["ordinal"] == item.fields["ordinal"]
            and p.fields["regime"] == item.fields["regime"]
        ]
        if item.fields["of"] is None and len(named) == 1:
            other = named[0]
            other.join_spans(item.spans)
            for key, value in item.fields.items():
                if other.fields.get(key) is None and value is not None:
                    other.fields[key] = value
            continue
        kept.append(item)
    return kept


def _far():  # noqa: ANN202 - a date object far in the future for comparisons
    from datetime import date

    return date(9999, 1, 1)


def _count(found: Hit, rules: Rules) -> int | None:
    """The number a match states, in digits (group n) or words (group w: 'thirtieth',
    'forty-sixth', 'двадцатилетие', 'жиырма бес'), from 1 to 60."""
    decades = rules.decade_words.get(
        (found.groups.get("d") or found.groups.get("d2") or "").lower()
    )
    if decades is not None:
        return 10 * decades  # 'two decades since'
    number = found.groups.get("n")
    if number and number.isdigit():
        value = int(number)
        return value if 1 <= value <= 60 else None
    word = SPACES.sub(" ", (found.groups.get("w") or found.groups.get("w2") or "").lower())
    for stem in sorted(rules.ordinal_words, key=len, reverse=True):
        if word.startswith(SPACES.sub(" ", stem)):
            return rules.ordinal_words[stem]
    return None


SPACES = re.compile(r"[\s-]+")


def _anniversary_of(rules: Rules, sentence: Sentence) -> tuple[str | None, Hit | None]:
    # (not the signing of a memorandum: 'стороны подписали меморандум ..., а также провели
    # мероприятия к 20-летию Договора')
    signature = next(
        (h for h in hits(rules.signature, sentence) if not _signs_a_memorandum(rules, sentence, h)),
        None,
    )
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


def _signs_a_memorandum(rules: Rules, sentence: Sentence, signed: Hit) -> bool:
    """A memorandum named within MEMO_AFTER characters after the signing word."""
    if rules.memorandum is None:
        return False
    at = signed.end - sentence.start
    return rules.memorandum.search(sentence.text[at : at + MEMO_AFTER]) is not None


MEMO_AFTER = 30


def _guess_act(ctx: Context, facts, ordinal: int) -> str:  # noqa: ANN001 - RegistryFacts
    if ctx.published is not None:
        if facts.entry_into_force.year + ordinal == ctx.published.year:
            return "entry_into_force"
    return "signature"


# ---------------------------------------------------------------- event


def events(ctx: Context, rules: Rules) -> list[Proposal]:
    found: list[Proposal] = []
    for sentence in (part for whole in ctx.sentences for part in _event_parts(rules, whole)):
        thematic = thematic_meeting(rules, sentence, ctx)
        excluded = hits(rules.event_excluded, sentence)
        if thematic is None:
            excluded += hits(rules.meeting, sentence)
        for _, pattern in rules.zone_meetings + rules.zone_meetings_in_context:
            excluded += hits(pattern, sentence)  # 'the Conference of States Parties to ...'
        excluded += _back_reference(ctx, rules, sentence)
        nouns = [
            n
            for n in hits(rules.event_noun, sentence)
            if not any(n.start < x.end and n.end > x.start for x in excluded)
            and not _session_of_a_zone_body(ctx, n)
            and not _the_parties_meeting(ctx, rules, n)
            and not _a_plans_name(ctx, n)
        ]
        if thematic is not None:
            nouns.insert(0, thematic)  # 'a meeting of the States parties on the theme "..."'
        if not nouns:
            continue
        noun = nouns[0]
        if any(not _a_supporter(ctx, h) for h in hits(rules.other_bodies, sentence)):
            continue  # 'a conference of NGOs in the CSTO states on the zone': another body's
        if _a_part_devoted_to_the_zone(ctx, rules, sentence):
            continue  # 'an exhibition on the history of the diplomatic service; one stand is
            # devoted to the Semipalatinsk Treaty'
        if _organised_by_another_body(ctx, rules, sentence):
            continue  # 'AFCONE's staff completed a training course organised by the African Union'
        qualifier = first_hit(rules.event_qualifier, sentence)
        context = _event_context(ctx, rules, sentence)
        included = _included_in_the_plans(ctx, rules, sentence, noun)
        if not context and included is not None:
            context = included[1]
        if qualifier is None and not context:
            qualifier, context = _told_next(ctx, rules, sentence)
        if qualifier is None and not context:
            continue
        if not context and _dedicated_to_another_thing(ctx, rules, sentence, qualifier):
            continue  # 'a conference dedicated to the International Day for Disarmament ...'
        if not ctx.mentions_regime and not context:
            continue
        if (
            not context
            and first_hit(rules.not_the_treaty, sentence)
            and not NUCLEAR_FREE.search(sentence.text)
        ):
            continue  # 'посвящённая 35-летию закрытия полигона': the test site's, not the zone's
        if context and _the_zone_only_after_a_semicolon(ctx, rules, sentence, noun, context):
            continue  # 'A documentary about the nuclear tests at Semipalatinsk premiered ...;
            # its director said the closure ... paved the way for the Central Asian zone'
        if _held_by_an_agency(ctx, rules, sentence):
            continue  # 'The IAEA held a seminar on nuclear safety ...'
        planned = first_hit(rules.planned, sentence) or _a_plans_item(ctx, sentence, noun)
        if planned is None and included is not None:
            planned = included[0]
        held = first_hit(rules.held, sentence)
        if planned is None and held is None:
            planned, held = _the_shared_verb(ctx, rules, sentence)
        if planned is None and held is None:
            held = _status_nearby(ctx, rules, sentence) if context and qualifier else None
        named_head = None
        if planned is None and held is None and context:
            named_head = _headline_named_event(ctx, rules, sentence)  # 'AFCONE ... Webinar on ...'
            if named_head is not None:
                day_hit = Hit(named_head.start, named_head.end, named_head.text, {})
                if (
                    named_head.value is not None
                    and ctx.published
                    and named_head.value > ctx.published
                ):
                    planned = day_hit
                else:
                    held = day_hit
        if planned is None and held is None:
            continue
        status = (
            "planned"
            if planned is not None
            and (held is None or planned.start < held.start or _attributive(ctx, held))
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
        told_next: list[Span] = []
        listed_next = _organisers_next_sentence(ctx, rules, sentence, told_next)
        if not organisers or (set(organisers) < set(listed_next)):
            # ('в постпредстве Туркменистана ... Его организаторами выступили постпредства
            # Туркменистана, Казахстана и Узбекистана': the whole list told next)
            organisers = organisers + [c for c in listed_next if c not in organisers]
            spans += told_next
        if organisers:
            confidence += 0.05
        when = body_date(ctx, rules, sentence, noun)
        if when is not None and when.kind == "relative_day" and status != "held":
            when = None  # 'today' in a plan is when it was said, not the event's day
        if when is None and status == "held":
            when = lead_date(ctx, sentence) or _headline_date(ctx, rules, sentence)
        if when is None and not ctx.dates_in(sentence.start, sentence.end):
            when = _date_told_next(ctx, rules, sentence)  # '... The exercise, held on 5 March ...'
        day = when.value if when is not None else None
        if status == "held" and day is not None and _a_day_to_come(ctx, rules, when):
            # ('... к председательству, которое перейдёт к Таджикистану 1 января 2028 года'
            # in a report of 15 December 2027): a day to come is not a held event's
            when, day = None, None
        if status == "planned" and when is not None and when.kind == "day_month" and day:
            if ctx.published and day < ctx.published and (day.month, day.day) != (2, 29):
                day = day.replace(year=ctx.published.year)  # 'on 8 September', said in February
                if day < ctx.published:
                    day = day.replace(year=ctx.published.year + 1)
        # (an event the plans include: the plans' year, not the year they reviewed before them)
        lo = included[0].start if included is not None else sentence.start
        year_mention = year_near(ctx, lo, sentence.end, noun.start, rules.head_final)
        if year_mention is not None and (
            a_treaty_acts_date(ctx, year_mention) or _a_forums_year(ctx, year_mention)
        ):
            year_mention = None  # '2006 жылы ... қол қойылған шарттың 20 жылдығына арналды'
        if (
            status == "held"
            and year_mention is not None
            and _a_day_to_come(ctx, rules, year_mention)
        ):
            year_mention = None  # (a year to come is not a held event's)
        year = None
        if when is not None and day is not None:
            year = day.year
            spans.append((when.start, when.end))
        elif year_mention is not None and year_mention.year is not None:
            year = year_mention.year
            spans.append((year_mention.start, year_mention.end))
        elif status == "planned" and (plans := _the_plans_year_before(ctx, sentence)):
            year = plans.year  # 'План мероприятий на 2028 год одобрен. В нём предусмотрены ...'
            spans.append((plans.start, plans.end))
        elif ctx.published is not None:
            year = ctx.published.year  # planned 'during the year', or held and just reported
            confidence -= 0.05
        title_hit = _title_of(rules, sentence, noun) or _title_next(ctx, rules, sentence)
        title_span = _title_span(ctx, title_hit) if title_hit else None
        if named_head is not None and title_span is None:
            name_end = named_head.start if named_head.start > sentence.start else sentence.end
            name = ctx.text[sentence.start : name_end].rstrip(" .,-–—\n")
            title_span = (sentence.start, sentence.start + len(name))
        if title_span is None and not title_hit:
            # of several named ('the Astana International Forum, the Second Meeting of
            # Representatives of Nuclear Weapon-Free Zones'), the one naming the zones
            named = [s for n in nouns if (s := _named_event(ctx, rules, n)) is not None]
            zonal = [s for s in named if NUCLEAR_FREE.search(ctx.text, s[0], s[1])]
            title_span = (zonal or named or [None])[0]
        fields = {
            "status": status,
            "organisers": organisers,
            "year": year,
            "date": day.isoformat() if day is not None else None,
            "title": ctx.text[title_span[0] : title_span[1]] if title_span else None,
        }
        if any(code in PARTIES for code in organisers):
            fields["regime"] = REGIME  # the zones' seminar a party hosts is the Central Asian's
        else:
            host = _zones_event_in_a_party(ctx, rules, sentence)
            if host is not None:
                fields["regime"] = REGIME
                spans += host
        item = proposal("event", fields, spans, confidence)
        if title_span:
            item.join_spans({title_hit.span if title_hit else title_span})
            item.text_spans["title"] = title_span
        found.append(item)
    return _fold_undated(merge(found, ("status", "date", "title")))


def _a_day_to_come(ctx: Context, rules: Rules, when: DateMention) -> bool:
    """A day or year after the report's, in a sentence telling something to come ('which will
    pass to Tajikistan on 1 January 2028', 'are expected to contribute to ... on April 24,
    2020')."""
    if ctx.published is None or when.year is None:
        return False
    later = when.value > ctx.published if when.value else when.year > ctx.published.year
    if not later:
        return False
    sentence = next((s for s in ctx.sentences if s.start <= when.start < s.end), None)
    return sentence is not None and bool(
        first_hit(rules.future, sentence) or first_hit(rules.planned, sentence)
    )


# a plan's contents told in the sentence after the plan: 'В нём предусмотрены ...', 'It
# includes ...'
PLAN_CONTENTS = re.compile(r"^\W*(?:В\s+н[её]м|В\s+него|It\s+(?:includes|provides\s+for))\b")
PLAN_FOR_YEAR = re.compile(
    r"(?:план|программ|календар|plan|programme|calendar)\w*[^.;]{0,40}?"
    r"(?:на|for)\s+(?P<year>(?:19|20)\d\d)(?:\s+год|\b)",
    re.IGNORECASE,
)


def _the_plans_year_before(ctx: Context, sentence: Sentence) -> DateMention | None:
    """The year of the plan the sentence before names when this one tells its contents."""
    before = ctx.sentence_before(sentence)
    if before is None or not PLAN_CONTENTS.match(sentence.text):
        return None
    told = PLAN_FOR_YEAR.search(before.text)
    if told is None:
        return None
    at = before.start + told.start("year")
    years = [d for d in ctx.dates_in(before.start, before.end) if d.start == at and d.year]
    return years[0] if years else None


def _the_zone_only_after_a_semicolon(
    ctx: Context, rules: Rules, sentence: Sentence, noun: Hit, context: list[Span]
) -> bool:
    """The event's part of the sentence is about the test site (another thing than the
    treaty) and the zone is named only after a semicolon that follows it."""
    semi = ctx.text.find(";", noun.end, sentence.end)
    if semi < 0 or any(start < semi for start, _ in context):
        return False
    other = first_hit(rules.not_the_treaty, sentence)
    return (
        other is not None
        and other.start < semi
        and not NUCLEAR_FREE.search(ctx.text, sentence.start, semi)
    )


# nuclear-weapon-free zones or states named, in any language: an event about them
NUCLEAR_FREE = re.compile(
    r"nuclear[- ]weapons?[- ]free|безъядерн|свободн\w*\s+от\s+ядерного|"
    r"ядролық\s+қару(?:дан\s+азат|сыз)",
    re.IGNORECASE,
)
# agencies whose own events are their routine, not the zone's (the IAEA, the CTBTO)
AGENCY = re.compile(r"\b(?:IAEA|CTBTO|МАГАТЭ|ОДВЗЯИ|ЯСЖТШҰ)\b")


# ', organised by the Ministry ..., will take place': a participle set off by commas describes
# the event; the clause's finite verb tells its status
ATTRIBUTIVE = re.compile(r"\s+by\b")


def _attributive(ctx: Context, held: Hit) -> bool:
    return bool(
        ATTRIBUTIVE.match(ctx.text, held.end) and ctx.text[: held.start].rstrip().endswith(",")
    )


def _dedicated_to_another_thing(
    ctx: Context, rules: Rules, sentence: Sentence, qualifier: Hit | None
) -> bool:
    """An event of a text about the zone, dedicated to something its words do not tie to the
    zone ('a conference dedicated to the International Day for Disarmament'): the words after
    'dedicated to' name no zone, treaty, anniversary or nuclear-weapon-free zone."""
    dedicated = first_hit(rules.dedicated, sentence)
    if qualifier is None or dedicated is None or dedicated.start != qualifier.start:
        return False
    if rules.head_final:
        lo, hi = max(sentence.start, dedicated.start - 100), dedicated.start
    else:
        lo, hi = dedicated.end, min(sentence.end, dedicated.end + 100)
    words = ctx.text[lo:hi]
    # 'Осыған орай': the pointing word with the qualifier itself
    pointing = ctx.text[min(lo, dedicated.start) : max(hi, dedicated.end)]
    before = ctx.sentence_before(sentence)
    if BACK_TO_IT.search(pointing) and before is not None:
        lo, words = before.start, ctx.text[before.start : hi]  # 'Осы күнге орай', 'this date'
    if ctx.regime_in(lo, hi) or NUCLEAR_FREE.search(words):
        return False
    if rules.treaty_word.search(words) or ANNIVERSARY_WORD.search(words):
        return False
    return True


# words pointing back to what the sentence before told ('this date', 'этой дате', 'осы күнге')
# ('Осыған орай', 'По этому случаю', 'on this occasion': the whole of what was just told)
BACK_TO_IT = re.compile(
    r"\b(?:this|that|the)\s+(?:date|day|occasion|event)\b|\b(?:эт|данн|указанн)\w*\s+"
    r"(?:дат|д[ен]|событи|случа)\w*|\b(?:осы|сол)\s+(?:күн|дата|оқиға)\w*"
    r"|(?<!\w)(?:осыған|соған)\s+(?:орай|байланысты)|(?<!\w)осы\s+орайда"
    r"|\bв\s+связи\s+с\s+этим\b",
    re.IGNORECASE,
)
ANNIVERSARY_WORD = re.compile(r"anniversar|jubilee|годовщин|лети|юбиле|жылдығ|мерейто", re.I)


def _held_by_an_agency(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """An event the sentence says an agency holds, with no party as an organiser: the
    agency named before the verb of holding ('The IAEA held a seminar ...')."""
    verbs = hits(rules.held, sentence) + hits(rules.planned, sentence)
    if not verbs:
        return False
    first = min(v.start for v in verbs)
    agencies = list(AGENCY.finditer(ctx.text, sentence.start, first))
    if not agencies or first - agencies[-1].end() > 30:
        return False  # 'On the margins of the IAEA General Conference, the CANWFZ states held'
    if ctx.regime_in(agencies[-1].end(), first):
        return False
    return not any(
        m.is_party and "nom" in m.cases for m in ctx.states_in(agencies[-1].end(), first)
    )


def _the_parties_meeting(ctx: Context, rules: Rules, noun: Hit) -> bool:
    """'the consultative meeting, dedicated to ...', 'the annual meeting devoted to ...': a
    meeting named by the words before it as the parties' own, not an event."""
    if not rules.meeting_generic.match(noun.text):
        return False
    before = ctx.text[max(0, noun.start - 30) : noun.start]
    return bool(
        CONSULTATIVE.search(before)
        or rules.annual.search(before)
        or rules.extraordinary.search(before)
    )


BODY_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?")


def _session_of_a_zone_body(ctx: Context, noun: Hit) -> bool:
    """'the 29th Conference of the Agency for the Prohibition of Nuclear Weapons in Latin
    America', 'Конференции ОПАНАЛ': another zone's treaty body in session, not an event."""
    for span in ctx.regime_spans:
        if not noun.end < span[0] <= noun.end + 12:
            continue
        if ctx.regime_slugs.get(span, REGIME) == REGIME:
            continue
        if BODY_AFTER.fullmatch(ctx.text[noun.end : span[0]]):
            return True
    return False


def _headline_named_event(ctx: Context, rules: Rules, sentence: Sentence) -> DateMention | None:
    """A headline that is an event's name ('AFCONE IAEA ... Webinar on Nuclear Safeguards'), no
    verb, with the next line a bare date ('23 November 2020'): that event, on that day."""
    if sentence.index != 0 or len(sentence.text) > 160:
        return None
    dated = [d for d in ctx.dates_in(sentence.start, sentence.end) if d.kind == "date"]
    if len(dated) == 1 and not ctx.text[dated[0].end : sentence.end].strip(" ."):
        if "\n" in ctx.text[sentence.start : dated[0].start]:  # its own line under the name
            return dated[0]
        return None
    if len(ctx.sentences) < 2:
        return None
    following = ctx.sentences[1]
    dated = [d for d in ctx.dates_in(following.start, following.end) if d.kind == "date"]
    if len(dated) != 1 or len(following.text.strip(" .")) > len(dated[0].text) + 3:
        return None
    return dated[0]


def _headline_date(ctx: Context, rules: Rules, sentence: Sentence) -> DateMention | None:
    """A held event told without its day, under a headline or caption that names an event and
    gives a full date ('Delegates at the 16th Anniversary Commemoration of the Treaty ...,
    Pretoria – 30 July 2025'): that date."""
    if sentence.index == 0 or not ctx.sentences:
        return None
    head = ctx.sentences[0]
    if first_hit(rules.event_noun, head) is None:
        return None
    dated = [d for d in ctx.dates_in(head.start, head.end) if d.kind == "date" and d.value]
    return dated[0] if len(dated) == 1 else None


# ('Мероприятие пройдёт 14 октября. Речь идёт о конференции «...»': what the event is)
SAME_EVENT = re.compile(
    r"^\W*(?:It|This|Оно|Она|Ол|Оны|Её|Ее|Его|Ей|Ему|(?:В|На)\s+н(?:ей|ём|ем)|Организатор\w*"
    r"|(?:The\s+|Its\s+)?[Oo]rgani[sz]ers|(?:One\s+of\s+)?[Ii]ts\s+\w+"
    r"|Речь\s+(?:ид[её]т|шла)\s+об?"
    # 'Их центральным событием станет конференция «...»': the events' main one named
    r"|(?:Их|Его|Её|Ее)\s+(?:центральн|главн|ключев)\w*\s+событием)(?!\w)"
)
# the event as the object of the next sentence's verb: 'The Uzbek Foreign Ministry organised it
# to mark ...' (Russian and Kazakh front it: 'Его организовал МИД', 'Оны ... ұйымдастырды')
EVENT_OBJECT = re.compile(
    r"\b(?:organi[sz]ed|co-organi[sz]ed|hosted|arranged|staged|convened|ran)\s+it\b"
)
# the event's participants named in the sentence after it ('В ней участвовали команды из
# пяти стран — участниц Договора'): the event is the treaty's
PARTICIPATED = re.compile(
    r"участвовал\w*|принял\w*\s+участие|стал\w*\s+участник\w*|собрал\w*"
    # or what was said there: 'На нём обсудят роль Договора', 'Её участники говорили о ...'
    r"|обсуд\w*|обсужд\w*|говорил\w*\s+о|расска[зж]\w*\s+об?|речь\s+шла\s+о",
    re.IGNORECASE,
)
# the event again by a plain noun early in the next sentence ('Organised by ..., the course
# covered', 'The programme includes a module on the Treaty')
EVENT_AGAIN = re.compile(
    r"\b[Tt]he\s+(?:course|programme|program|exercise|school|training|event|conference|seminar|"
    r"discussion|tournament|screening|lecture|exhibition|round\s*-?table|webinar|briefing|contest|"
    r"competition|workshop|symposium|gathering|quiz|display|concert|forum|olympiad)\b"
)


def _date_told_next(ctx: Context, rules: Rules, sentence: Sentence) -> DateMention | None:
    """The one date of the next sentence when it tells the same event again ('Students took
    part in a simulation ... The exercise, held on 5 March 2026, was organised by ...'); a day
    and month alone when it heads with the event's noun again ('... олимпиада өтпек.
    Олимпиада 15 сәуірде басталады')."""
    following = ctx.sentence_after(sentence)
    if following is None:
        return None
    kinds = ["date"] if _the_same_event(following) else []
    if _its_head_noun_again(ctx, rules, sentence, following):
        kinds = ["date", "day_month"]
    dated = [d for d in ctx.dates_in(following.start, following.end) if d.kind in kinds and d.value]
    return dated[0] if len(dated) == 1 else None


def _the_same_event(sentence: Sentence) -> bool:
    return bool(
        SAME_EVENT.match(sentence.text)
        or EVENT_AGAIN.search(sentence.text[:100])
        or EVENT_OBJECT.search(sentence.text[:100])
    )


def _told_next(ctx: Context, rules: Rules, sentence: Sentence) -> tuple[Hit | None, list[Span]]:
    """'A conference was held in Astana. It was dedicated to the anniversary of the
    Semipalatinsk Treaty.': what the event marks, and that it is the treaty's, told in one of
    the next TOLD_NEXT_WITHIN sentences about the same event (each telling it again: 'It',
    'The course', an event's noun at its head)."""
    # sentences on the same event in a row ('Форумды ... ұйымдастырды. Форум ... арналды.'):
    # what it marks may come in the second
    # (a sentence on something else between: 'Applications are open ... The course covers
    # the Treaty of Tlatelolco', when the later one names the event again by its noun)
    for following in ctx.sentences_after(sentence, TOLD_NEXT_WITHIN):
        noun = first_hit(rules.event_noun, following)
        opens = _the_same_event(following) or (noun and noun.start - following.start < 25)
        again = _its_head_noun_again(ctx, rules, sentence, following)
        if not (opens or again):
            if following.index == sentence.index + 1:
                continue
            break
        qualifier = first_hit(rules.dedicated, following)
        if qualifier is None and again is not None:
            qualifier = again  # 'в деловой игре. Игра ... моделировала работу сторон Договора'

        if qualifier is None and opens:
            # ('Экспозиция рассказывает об истории создания зоны': the event's noun heading it)
            took_part = PARTICIPATED.search(following.text)
            if took_part is not None:
                at = following.start + took_part.start()
                qualifier = Hit(at, following.start + took_part.end(), took_part.group(), {})
        context = in_treaty_context(rules, ctx, following)
        if qualifier is not None and context:
            return qualifier, context
    return None, []


TOLD_NEXT_WITHIN = 2  # sentences


def _its_head_noun_again(
    ctx: Context, rules: Rules, sentence: Sentence, following: Sentence
) -> Hit | None:
    """The next sentence opens with the last word of the event's noun again, in any case
    ('приняли участие в деловой игре. Игра, проведённая в Ташкенте, ...')."""
    noun = first_hit(rules.event_noun, sentence)
    first = FIRST_WORD.match(following.text)
    if noun is None or first is None:
        return None
    head = noun.text.split()[-1].lower()
    word = first.group(1).lower()
    # a short head whole, then its case ending ('салтанатты кеш ... Кешті'); else all but the
    # last letter of the shorter
    stem = len(head) if word.startswith(head) else min(len(head), len(word)) - 1
    if stem < 3 or abs(len(head) - len(word)) > 2 or head[:stem] != word[:stem]:
        return None
    at = following.start + first.start(1)
    return Hit(at, at + len(word), first.group(1), {})


FIRST_WORD = re.compile(r"\W*(\w+)")


def _title_of(rules: Rules, sentence: Sentence, noun: Hit) -> Hit | None:
    """The event's title: the quoted words just after its noun ('a seminar on “...”',
    'конференция на тему «...»'), or, in Kazakh, just before it ('«...» атты конференция');
    not a quoted name elsewhere (a news agency's «Азия-Плюс»)."""
    themes = hits(rules.theme, sentence)
    for title in hits(rules.quoted_title, sentence):
        if 0 <= title.start - noun.end <= 80:
            return title
        if any(0 <= title.start - t.end <= 6 for t in themes):
            return title  # '..., focused on the theme of “...”'
        if any(0 <= t.start - title.end <= 3 for t in themes) and rules.head_final:
            return title  # '«...» атты', '«...» тақырыбында'

        if rules.head_final and 0 <= noun.start - title.end <= 30:
            return title
        if title.start <= noun.start < title.end:
            return title  # the noun inside the title: '“International Seminar of ...”'
    return None


def _title_next(ctx: Context, rules: Rules, sentence: Sentence) -> Hit | None:
    """'... co-organized a workshop ... During the “Workshop on Fostering Cooperation ...”,
    representatives discussed': the quoted name holding an event noun at the head of the next
    sentence."""
    following = ctx.sentence_after(sentence)
    if following is None:
        return None
    again = AGAIN.match(following.text) is not None
    themes = hits(rules.theme, following)
    if SAME_EVENT.match(following.text):  # 'Речь идёт о конференции «...»'
        noun = first_hit(rules.event_noun, following)
        if noun is not None and noun.start - following.start < 60:
            told = _title_of(rules, following, noun)
            if told is not None:
                return told
    for title in hits(rules.quoted_title, following):
        # 'The conference, titled “...”, brought together ...': the event named again, its
        # title after a word of naming
        if again and title.start - following.start <= 60:
            if any(0 <= title.start - t.end <= 6 for t in themes):
                return title
        if title.start - following.start > 30:
            break
        if any(title.start <= n.start < title.end for n in hits(rules.event_noun, following)):
            return title
    return None


CAPITALISED = re.compile(r"[A-Z][\w’'-]*")
CONNECTORS = frozenset({"of", "on", "for", "among", "between", "and", "the", "in", "to"})


def _named_event(ctx: Context, rules: Rules, noun: Hit) -> Span | None:
    """An English event named in capitals without quotes ('the Second Meeting of
    Representatives of Nuclear Weapon-Free Zones', 'the Workshop of Fostering Cooperation ...
    Among Nuclear-Weapon-Free Zones', 'the Nuclear Discussion Forum'): the capitalised words
    around its noun, with the small words between them; at least four capitalised words, or
    three with one before the noun."""
    if rules.language != "en" or not noun.text[:1].isupper():
        return None
    start = noun.start
    before = re.search(
        r"\bthe[ \t]+((?:[A-Z][\w’'-]*[ \t]+){0,2})$",
        ctx.text[max(0, noun.start - 40) : noun.start],
    )
    if before is None:
        return None  # 'the Workshop of ...': a name; a headline in capitals is not
    start = noun.start - len(before.group(1))
    end, capitals, position = noun.end, 0, noun.end
    for word in re.finditer(r"[ \t]+([\w’'-]+)", ctx.text[noun.end : noun.end + 160]):
        if word.start() != position - noun.end:
            break  # punctuation: the name ends
        token = word.group(1)
        position = noun.end + word.end()
        if CAPITALISED.fullmatch(token):
            end, capitals = position, capitals + 1
        elif token not in CONNECTORS:
            break
    words = CAPITALISED.findall(ctx.text[start:end])
    if before.group(1) and len(words) >= 3:
        return (start, end)  # 'the Nuclear Discussion Forum': named before and at its noun
    if capitals < 2 or len(words) < 4:
        return None
    return (start, end)


def _title_span(ctx: Context, title: Hit) -> Span | None:
    """The title inside its quotation marks, without a full stop or comma closing it inside
    them ('‘Developing ... zones.’')."""
    start, end = title.start + 1, title.end - 1
    while end > start and ctx.text[end - 1] in ".,;: ":
        end -= 1
    return (start, end) if end - start >= 3 else None


def _zones_event_in_a_party(ctx: Context, rules: Rules, sentence: Sentence) -> list[Span] | None:
    """An event about the zones in general held in a party's city ('the International Seminar
    of Representatives of Nuclear-Weapon-Free Zones', with 'Nur-Sultan, August 28-29' heading
    the report) is the Central Asian zone's, whichever zone's body tells it."""
    topic = first_hit(rules.topic, sentence)
    if topic is None:
        return None
    for where in (sentence, *ctx.neighbours(sentence, 1, 1), *ctx.sentences[:2]):
        place = place_in(rules, ctx, where) or _bare_city(ctx, where)
        if place is not None and place[0] in party_cities():
            return [topic.span, place[1].span]
        city = PARTY_CITY.search(where.text)  # 'to the capital of Kazakhstan'
        if city is not None:
            return [topic.span, (where.start + city.start(), where.start + city.end())]
    return None


DATELINE_CITY = re.compile(
    r"^\W*(Astana|Nur-Sultan|Almaty|Bishkek|Dushanbe|Ashgabat|Tashkent|Астана|Нур-Султан|"
    r"Алматы|Бишкек|Душанбе|Ашхабад|Ташкент)\b",
    re.IGNORECASE,
)
CITY_NAMES = {"nur-sultan": "Astana", "астана": "Astana", "нур-султан": "Astana",
              "алматы": "Almaty", "бишкек": "Bishkek", "душанбе": "Dushanbe",
              "ашхабад": "Ashgabat", "ташкент": "Tashkent"}  # fmt: skip


def _bare_city(ctx: Context, sentence: Sentence) -> tuple[str, Hit] | None:
    """A city heading a sentence as its dateline ('Nur-Sultan, August 28-29, 2019.')."""
    match = DATELINE_CITY.search(sentence.text)
    if match is None:
        return None
    word = match.group(1)
    name = CITY_NAMES.get(word.lower(), word.capitalize())
    start = sentence.start + match.start(1)
    return name, Hit(start, start + len(word), word, {})


BACK_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(Conference|Session|[Mm]eeting)\b|"
    r"\b(?:[Дд]анн|[Ээ]т|[Уу]казанн)\w*\s+(конференци\w*|сесси\w*|встреч\w*|заседани\w*)"
)


# a conference of a treaty's states parties however written ('the inaugural Conference of State
# Parties (CSP)', 'Конференция государств-участников')
TREATY_BODY_SESSION = re.compile(
    r"Conference\s+of\s+(?:the\s+)?(?:States?\s+)?[Pp]arties|\(CSP\)|"
    r"[Кк]онференци\w*\s+государств[-\s]участни|қатысушы\s+мемлекеттер\w*\s+конференция"
)


def _back_reference(ctx: Context, rules: Rules, sentence: Sentence) -> list[Hit]:
    """'The Conference was held in accordance with ...' after a sentence naming a zone's
    treaty body ('the First Conference of States Parties to ...'): that session again, not
    an event of its own."""
    again = hits(BACK_REFERENCE, sentence)
    if not again:
        return []
    earlier = ctx.sentences[: sentence.index]
    named = any(
        first_hit(pattern, s)
        for s in earlier
        for _, pattern in rules.zone_meetings + rules.zone_meetings_in_context
    ) or any(TREATY_BODY_SESSION.search(s.text) for s in earlier)
    return again if named else []


def thematic_meeting(rules: Rules, sentence: Sentence, ctx: Context | None = None) -> Hit | None:
    """'A meeting of the States parties on the theme "..."', '... dedicated to the 15th
    anniversary' (here, or in the next sentence: 'The event, dedicated to ...'): a thematic
    or commemorative event of the parties, not their consultative meeting (the words say
    neither consultative, annual nor extraordinary)."""
    if not (first_hit(rules.theme, sentence) or first_hit(rules.dedicated, sentence)):
        following = ctx.sentence_after(sentence) if ctx is not None else None
        if following is None or not (
            (first_hit(rules.dedicated, following) or first_hit(rules.theme, following))
            and (
                first_hit(rules.event_noun, following)
                or first_hit(rules.meeting, following)
                or _named_again(rules, following)
            )
        ):
            return None
    meeting = first_hit(rules.meeting, sentence)
    if meeting is None or CONSULTATIVE.search(meeting.text):
        return None
    if first_hit(rules.annual, sentence) or first_hit(rules.extraordinary, sentence):
        return None
    return meeting


CONSULTATIVE = re.compile(r"consult|консульт|кеңес", re.IGNORECASE)


def _named_again(rules: Rules, sentence: Sentence) -> bool:
    """'The meeting, held to mark ...', 'Встреча, посвящённая ...': the meeting named again at
    the head of the next sentence."""
    hit = first_hit(rules.meeting_generic, sentence)
    return hit is not None and hit.start - sentence.start < 25


# 'ЕҚЫҰ бағдарламалық кеңсесінің қолдауымен', 'при поддержке ОБСЕ', 'with the support of the
# OSCE': another body supporting the event, not holding it
SUPPORT_AFTER = re.compile(r"^(?:\s+\S+){0,3}?\s+(?:қолдауымен|демеушілігімен)", re.IGNORECASE)
SUPPORT_BEFORE = re.compile(
    # (and a partner beside the organiser: 'The Kyrgyz Foreign Ministry, together with the
    # OSCE Programme Office, is preparing a round table')
    r"(?:при\s+(?:поддержке|содействии)|with\s+the\s+support\s+of|supported\s+by|"
    r"(?:together|jointly|in\s+(?:cooperation|partnership))\s+with|"
    r"(?:совместно|вместе|в\s+сотрудничестве|в\s+партн[её]рстве)\s+со?)"
    r"(?:\s+\S+){0,3}?\s*$",
    re.IGNORECASE,
)


# a union of states organising: another body's event, whoever attends ('a course organised by
# the African Union', 'проведённый Евросоюзом')
UNION_OF_STATES = re.compile(
    r"(?:the\s+)?(?:African|European|Eurasian\s+Economic)\s+Union|\bEU\b|Евросоюз\w*|"
    r"Африканск\w+\s+союз\w*|Еуропалық\s+одақ\w*"
)


# 'one stand is devoted to', 'a section dedicated to': a part of an event on something else
PART_DEVOTED = re.compile(
    r"\b(?:one|a|an|another)\s+(?:\w+\s+)?(?:stand|section|panel|corner|part|display|showcase)s?\s+"
    r"(?:(?:is|was|are|were)\s+)?(?:devoted|dedicated)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _a_part_devoted_to_the_zone(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """Every zone the sentence names is named only as what one part of the event is devoted
    to, and the sentence speaks of no nuclear-weapon-free zones as its topic."""
    named = ctx.regime_in(sentence.start, sentence.end)
    if not named or (rules.topic is not None and first_hit(rules.topic, sentence)):
        return False
    return all(PART_DEVOTED.search(ctx.text[max(sentence.start, s - 60) : s]) for s, _ in named)


def _organised_by_another_body(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """The organiser named after 'organised by' is another body or a union of states, and no
    party or zone body is named beside it."""
    for by in hits(rules.organised_by, sentence):
        after = ctx.text[by.end : min(sentence.end, by.end + 60)]
        by_words = re.match(r"\s+by\s+(?:the\s+)?", after)
        if by_words is None:
            continue
        head = after[by_words.end() :]
        body = UNION_OF_STATES.match(head) or (
            rules.other_bodies is not None and rules.other_bodies.match(head)
        )
        if (
            body
            and not ctx.regime_in(by.end, by.end + 60)
            and not any(m.is_party for m in ctx.states_in(by.end, by.end + 60))
        ):
            return True
    return False


def _a_supporter(ctx: Context, body: Hit) -> bool:
    return framed_by(ctx, body, SUPPORT_BEFORE, SUPPORT_AFTER, 60)


def _event_context(ctx: Context, rules: Rules, sentence: Sentence) -> list[Span]:
    """Why an event is the zone's: the treaty named here (or 'the Treaty' in a text naming
    it); zones in general near a mention of the treaty; the parties' foreign ministries as
    its organisers in a text about the treaty; or, in a text naming no zone, zones in general
    at an event a party's foreign ministry holds ('a conference on cooperation between
    nuclear-weapon-free zones at the Ministry of Foreign Affairs of Kazakhstan')."""
    context = in_treaty_context(rules, ctx, sentence) or _topic_context(ctx, rules, sentence)
    if context:
        return context
    before = ctx.sentence_before(sentence)
    if before is not None and AGAIN.match(sentence.text):
        # 'The Treaty ... was the subject of a seminar. The seminar was convened by ...': the
        # event the sentence before names, on the treaty, with no status there (else it is
        # that sentence's event, told again)
        if (
            first_hit(rules.event_noun, before)
            and first_hit(rules.held, before) is None
            and first_hit(rules.planned, before) is None
        ):
            context = in_treaty_context(rules, ctx, before)
            if context:
                return context
    if ctx.mentions_regime:
        plural = first_hit(rules.mfa_plural, sentence)
        if plural is not None:
            return [plural.span]
        joint = _the_parties_joint_event(ctx, rules, sentence)
        if joint:
            return joint
        marked = _the_anniversary_just_told(ctx, rules, sentence)
        if marked:
            return marked
        # 'Төрағалық аясында Қырғызстан СІМ ... жазғы мектеп ұйымдастыруды жоспарлап отыр': the
        # chairmanship of the treaty the text is about
        framework = first_hit(rules.chair_framework, sentence)
        if framework is not None and not first_hit(rules.other_bodies, sentence):
            return [framework.span]
    topic = first_hit(rules.topic, sentence) or _topic_told_next(ctx, rules, sentence)
    if topic is None:
        return []
    # (the organiser told next: '... атты өңірлік семинар өтті. Семинарды Тәжікстан СІМ ...
    # ұйымдастырды')
    organisers = _organisers(ctx, rules, sentence, []) or _organisers_next_sentence(
        ctx, rules, sentence, []
    )
    if any(o in PARTIES for o in organisers):
        return [topic.span]
    city = PARTY_CITY.search(sentence.text)  # 'a conference on the zones' cooperation in Astana'
    if city is not None:
        return [topic.span, (sentence.start + city.start(), sentence.start + city.end())]
    return []


# 'Подготовительного комитета Обзорной конференции 2020 года', 'the Preparatory Committee for
# the 2020 Review Conference', '2020 жылғы Шолу конференциясының дайындық комитеті': the year
# of the conference a preparatory committee prepares, not the year of an event beside it (an
# event at the 2026 Review Conference itself is in 2026)
PREPCOM_BEFORE = re.compile(r"(?:Подготовительн\w*\s+комитет\w*|Preparatory\s+Committee)[^.;]*$")
PREPCOM_AFTER = re.compile(r"^[^.;]{0,50}?[Дд]айындық\s+комитет")


def _a_forums_year(ctx: Context, year: DateMention) -> bool:
    return framed_by(ctx, year, PREPCOM_BEFORE, PREPCOM_AFTER, 60)


# 'План мероприятий на 2020 год', 'the plan of events', 'іс-шаралар жоспары': the plan's name,
# not an event
PLAN_OF_BEFORE = re.compile(
    r"(?<!\w)(?:[Пп]лан(?:а|ом|е|у|ы|ов)?\s+(?:основных\s+|совместных\s+)?"
    r"|\b(?:[Pp]lan|[Pp]rogramme|[Cc]alendar|[Ss]chedule|[Tt]imetable|[Ll]ist)\s+of\s+(?:\w+\s+)?)$"
)
# (the noun, not the verb: 'ұйымдастыру жоспарлануда')
PLAN_OF_AFTER = re.compile(r"^\s+жоспар(?:ы|ын|ына|ында|ының)?(?!\w)")


def _a_plans_name(ctx: Context, noun: Hit) -> bool:
    return framed_by(ctx, noun, PLAN_OF_BEFORE, PLAN_OF_AFTER, 30)


# a clause boundary between two events of one sentence: 'мы проведём конференцию, а 29 августа
# в Семее пройдёт молодёжный форум', '..., ал Семейде форум өтеді', '; a youth forum will ...'
EVENT_PART_CUT = re.compile(r",\s+(?:а|ал|while|whereas)\s+(?!также\b)|;\s+")


def _the_shared_verb(ctx: Context, rules: Rules, part: Sentence) -> tuple[Hit | None, Hit | None]:
    """'Қыркүйекте Астанада халықаралық конференция, ал тамызда Семейде жастар форумы өтеді':
    in Kazakh the verb ending the sentence tells each event its clauses name, the first
    clause (cut off by ', ал') having none of its own: (planned, held) of the rest."""
    whole = ctx.sentences[part.index]
    if not rules.head_final or part.end >= whole.end:
        return None, None
    rest = Sentence(part.end, whole.end, ctx.text[part.end : whole.end], whole.index)
    return first_hit(rules.planned, rest), first_hit(rules.held, rest)


def _event_parts(rules: Rules, sentence: Sentence) -> list[Sentence]:
    """The sentence, or its clauses when two of them each name an event (each read alone);
    the items of a list of planned events ('Among them are a youth forum in Semey in August
    and an exhibition in Vienna') each apart."""
    cuts = list(EVENT_PART_CUT.finditer(sentence.text))
    opener = LIST_OPENER.match(sentence.text) or _plans_including(rules, sentence)
    if opener is not None:
        cuts = [c for c in cuts if c.start() < opener.end()] + list(
            LIST_ITEM_CUT.finditer(sentence.text, opener.end())
        )
    if not cuts:
        return [sentence]
    bounds, lo = [], 0
    for cut in cuts:
        bounds.append((lo, cut.start()))
        lo = cut.end()
    bounds.append((lo, len(sentence.text)))
    parts = [
        Sentence(sentence.start + a, sentence.start + b, sentence.text[a:b], sentence.index)
        for a, b in bounds
    ]
    if sum(1 for p in parts if first_hit(rules.event_noun, p)) < 2:
        return [sentence]
    return parts


# the events a plan includes: told after the plan in its sentence ('endorsed a calendar of events
# for the anniversary year, including a high-level conference in September') or in the next
# ('... drawn up a list of joint activities for 2026. Among them are a youth forum ...')
INCLUDING = re.compile(r"\b(?:including|such\s+as|among\s+them|among\s+which)\b")
LIST_OPENER = re.compile(
    r"^\W*(?:Among\s+(?:them|these|those|the\s+(?:events|activities|measures))\s+(?:are|is|will\s+be)"
    r"|(?:They|These|It|The\s+(?:plan|list|calendar|programme))\s+(?:also\s+)?includes?)\b"
)
LIST_ITEM_CUT = re.compile(r"(?:,\s*|\s+)and\s+(?=(?:a|an)\s)|,\s+(?=(?:a|an)\s)")


def _plans_including(rules: Rules, sentence: Sentence) -> re.Match[str] | None:
    """'including' after the agreed plans' words ('endorsed a calendar of events ..., including
    a conference'), not after any list ('Uzbekistan's upcoming events, including ...')."""
    including = INCLUDING.search(sentence.text)
    if including is None:
        return None
    plans = [p for p in hits(rules.plans, sentence) if p.end <= sentence.start + including.start()]
    return including if any(AGREED.search(p.text) for p in plans) else None


def _included_in_the_plans(
    ctx: Context, rules: Rules, sentence: Sentence, noun: Hit
) -> tuple[Hit, list[Span]] | None:
    """The plans that include the event (their words stand for its planned status) and why it
    is the zone's: the plans' sentence on the treaty, or one of the two before it."""
    whole = ctx.sentences[sentence.index]
    plans = [p for p in hits(rules.plans, whole) if p.end <= noun.start]
    if plans:
        included = INCLUDING.search(ctx.text, plans[-1].end, noun.start)
        if included is None or not AGREED.search(plans[-1].text):
            return None
        for told in (whole, *reversed(ctx.sentences[max(0, whole.index - 2) : whole.index])):
            context = ctx.regime_in(told.start, told.end)
            if context:
                return plans[-1], context
        return None
    before = ctx.sentence_before(whole)
    if before is None or not LIST_OPENER.match(whole.text):
        return None
    plans = hits(rules.plans, before)
    context = in_treaty_context(rules, ctx, before)
    if not plans or not context:
        return None
    return plans[-1], context


# a list item ('• проведение памятного мероприятия ...;') under a heading that plans ('План
# действий на 2022 год ... предусматривает:', 'The programme includes:', 'жоспар ... көздейді:')
BULLET = r"(?:[•·▪‣◦*–—-]|\d{1,2}[.)])"  # a list item's mark: '•', '–', '1.', '2)'
LIST_ITEM = re.compile(r"^\s*" + BULLET + r"\s*")  # a sentence that is an item
LIST_ITEM_IN = re.compile(r"\n[^\S\n]*" + BULLET + r"[^\S\n]*")  # an item inside a sentence
PLAN_HEADING = re.compile(
    r"(?:предусматрива\w*|включа\w*|запланирован\w*|планиру\w*|includ\w*|provid\w*\s+for|"
    r"envisag\w*|plann\w*|көзде\w*|қамти\w*|қарастыр\w*|жоспарла\w*)[^:]{0,40}:\s*\n?$",
    re.IGNORECASE,
)


def _a_plans_item(ctx: Context, sentence: Sentence, noun: Hit) -> Hit | None:
    """The planning words of the heading over the list the event's noun is an item of: the
    heading in the same sentence before the first item, or the sentence before the items."""
    items = list(LIST_ITEM_IN.finditer(ctx.text, sentence.start, noun.start))
    if items:
        heading_end = items[0].start()
        heading = PLAN_HEADING.search(ctx.text, sentence.start, heading_end + 1)
        if heading is None:
            return None
        return Hit(heading.start(), heading.end(), heading.group(0), {})
    if not LIST_ITEM.match(sentence.text):
        return None
    for before in reversed(ctx.sentences[max(0, sentence.index - 8) : sentence.index]):
        if LIST_ITEM.match(before.text):
            continue  # an earlier item of the same list
        heading = PLAN_HEADING.search(before.text)
        if heading is None:
            return None
        start = before.start + heading.start()
        return Hit(start, before.start + heading.end(), heading.group(0), {})
    return None


def _the_anniversary_just_told(ctx: Context, rules: Rules, sentence: Sentence) -> list[Span]:
    """'В этом году исполняется 20 лет со дня подписания Договора. В сентябре мы проведём
    конференцию': the treaty's anniversary told in the sentence just before the event's, in the
    same paragraph (no line break between)."""
    before = ctx.sentence_before(sentence)
    if before is None or "\n" in ctx.text[before.end : sentence.start]:
        return []
    trigger = _treaty_anniversary(ctx, rules, before) or _counted_back(ctx, rules, before)
    context = in_treaty_context(rules, ctx, before)
    if trigger is None or not context:
        return []
    return [trigger.span, *context]


# 'совместное мероприятие', 'a joint side event', 'бірлескен іс-шара': the parties' own
JOINT = re.compile(r"(?<!\w)(?:совместн\w*|joint|бірлескен)\s+(?:[\w-]+\s+){0,2}?$", re.I)


JOINT_WORD = re.compile(r"совместн|joint|бірлескен", re.IGNORECASE)
# 'The document provides for ... joint side events': what a memorandum covers, not a plan
A_DOCUMENTS_TERMS = re.compile(
    r"\W*(?:(?:The|This)\s+(?:document|memorandum|agreement)|(?:Данный\s+|Этот\s+)?"
    r"(?:[Дд]окумент|[Мм]еморандум|[Сс]оглашение)|(?:Бұл\s+)?(?:[Құқ]ұжат|[Мм]еморандум))\b"
)


def _the_parties_joint_event(ctx: Context, rules: Rules, sentence: Sentence) -> list[Span]:
    """A joint event of the parties in a text about the zone: 'Стороны условились ... провести
    совместное мероприятие', 'The parties will hold a joint side event'; the parties named as
    such in the sentence (not one state, not another body)."""
    if rules.forum_actors is None or first_hit(rules.other_bodies, sentence):
        return []
    for noun in hits(rules.event_noun, sentence):
        joint = JOINT.search(ctx.text[max(sentence.start, noun.start - 40) : noun.start])
        if joint is None:
            continue
        lo = noun.start - (len(joint.string) - joint.start())
        actors = [
            a for a in hits(rules.forum_actors, sentence) if a.end <= lo or a.start >= noun.end
        ]
        both = BOTH_ZONES.search(sentence.text)
        if both is not None:  # 'Both zones agreed to hold a joint event'
            actors.append(Hit(sentence.start + both.start(), sentence.start + both.end(), "", {}))
        if not actors and not A_DOCUMENTS_TERMS.match(sentence.text):
            # 'Тараптар ... бекітті. ... аясында бірлескен іс-шара өткізу жоспарланып отыр': the
            # parties named as such in the two sentences before
            for before in ctx.sentences[max(0, sentence.index - 2) : sentence.index]:
                actors += [
                    a for a in hits(rules.forum_actors, before) if not JOINT_WORD.search(a.text)
                ]
        if actors:  # the parties named apart from the word 'joint' itself
            return [actors[0].span, noun.span]
    return []


# the same event named again at the head of the next sentence ('This gathering', 'The workshop',
# 'Мероприятие', 'Іс-шара'; not 'It', which opens any remark)
AGAIN = re.compile(
    r"^\W*(?:(?:This|The|That)\s+(?:\w+\s+){0,2}?(?:gathering|event|workshop|seminar|"
    r"conference|forum|meeting|round\s*table)|(?:Это|Данное|Указанное)?\s*(?:мероприятие|"
    r"встреча|семинар|конференция|форум)|(?:Бұл\s+)?(?:іс-шара|кездесу|семинар|конференция|"
    r"форум))\b",
    re.IGNORECASE,
)


def _topic_told_next(ctx: Context, rules: Rules, sentence: Sentence) -> Hit | None:
    """'Kazakhstan will host a workshop in Astana. This gathering ... is set to reinvigorate
    the five existing Nuclear-Weapon-Free Zones': the zones in general, told in the next
    sentence about the same event."""
    following = ctx.sentence_after(sentence)
    if following is None or not AGAIN.match(following.text):
        return None
    return first_hit(rules.topic, following)


# the parties' cities by name, in any case or language (a dateline writes 'NUR-SULTAN')
PARTY_CITY = re.compile(
    r"(?<![\w-])(?:Astana|Nur-Sultan|Almaty|Bishkek|Dushanbe|Ashgabat|Ashkhabad|Tashkent|"
    r"Samarkand|Semey|Semipalatinsk|Астан\w*|Нур-Султан\w*|Алматы|Бишкек\w*|Душанбе|"
    r"Ашхабад\w*|Ашгабат\w*|Ташкент\w*|Самарканд\w*|Семе[йе]|Семипалатинск\w*|Бішкек\w*|"
    r"Ашғабат\w*|Самарқанд\w*|capital\s+of\s+(?:the\s+Republic\s+of\s+)?(?:Kazakhstan|Kyrgyzstan|"
    r"Tajikistan|Turkmenistan|Uzbekistan)|столиц\w+\s+(?:Казахстана|Кыргызстана|Таджикистана|"
    r"Туркменистана|Узбекистана))(?![\w-])",
    re.IGNORECASE,
)


def _status_nearby(ctx: Context, rules: Rules, sentence: Sentence) -> Hit | None:
    """An event sentence with no verb ('the event was dedicated to ...'): held, when the
    headline or a neighbouring sentence says an event was held."""
    for other in [ctx.sentences[0], *ctx.neighbours(sentence, 1, 1)]:
        if other.index == sentence.index:
            continue
        if first_hit(rules.event_noun, other) and first_hit(rules.planned, other) is None:
            held = first_hit(rules.held, other)
            if held is not None:
                return held
    return None


def _topic_context(ctx: Context, rules: Rules, sentence: Sentence) -> list[Span]:
    """'a seminar on nuclear-weapon-free zones' within two sentences of one naming the treaty."""
    topic = first_hit(rules.topic, sentence)
    if topic is None:
        return []
    neighbours = ctx.neighbours(sentence, 2, 2)
    if any(ctx.regime_in(s.start, s.end) for s in neighbours):
        return [topic.span]
    return []


def _fold_undated(found: list[Proposal]) -> list[Proposal]:
    """An undated event (a headline: 'Astana hosts conference') is the dated one of the same
    status and year when there is exactly one; an untitled one of the same day ('The event was
    attended by ...') is the titled one of that day when there is exactly one."""
    kept: list[Proposal] = []
    folded: set[int] = set()
    for item in found:
        if item.fields["title"] is not None:
            kept.append(item)
            continue
        same = [
            p
            for p in found
            if p is not item
            and id(p) not in folded
            and p.fields["status"] == item.fields["status"]
            and p.fields["year"] == item.fields["year"]
        ]
        if item.fields["date"] is None:
            into = [p for p in same if p.fields["date"] is not None]
            if len(into) != 1:
                into = [p for p in same if p.fields["title"] and p.fields["date"] is None]
        else:
            into = [
                p
                for p in same
                if p.fields["title"] and p.fields["date"] in (item.fields["date"], None)
            ]
        if len(into) == 1:
            folded.add(id(item))
            into[0].join_spans(item.spans)
            for key, value in item.fields.items():
                if key != "regime" and not into[0].fields.get(key) and value:
                    into[0].fields[key] = value
            continue
        kept.append(item)
    return kept


JOINED = re.compile(r"\s*(?:,\s*(?:and\s+|и\s+)?|\s+(?:and|и|және)\s+|(?:мен|бен|пен)\s+)\s*")


def _organisers(ctx: Context, rules: Rules, sentence: Sentence, spans: list[Span]) -> list[str]:
    organisers: list[str] = []
    plural = first_hit(rules.mfa_plural, sentence)
    if plural is not None:
        organisers.append("ministries_of_foreign_affairs")
        spans.append(plural.span)
    for framework in hits(rules.chair_framework, sentence):
        near = [
            m
            for m in ctx.states_in(sentence.start, sentence.end)
            if m.is_party and -80 < m.start - framework.end < 30
        ]
        for mention in near[-1:] if near and near[-1].start < framework.start else near[:1]:
            if mention.code not in organisers:
                organisers.append(mention.code)
                spans += [framework.span, (mention.start, mention.end)]
    states = _organising_states(ctx, sentence)  # (and, about another zone, its states)
    for by in hits(rules.organised_by, sentence):  # 'convened by ... the States Parties – A, B'
        named = [m for m in states if by.end <= m.start and m.start - by.end < 200]
        for mention in named:
            if mention.code not in organisers:
                organisers.append(mention.code)
                spans += [by.span, (mention.start, mention.end)]
    # the verb ends a Kazakh sentence, its subject may head it: 'Қырғызстан 2026 жылы ...
    # конференция өткізеді'
    reach = 120 if rules.head_final else 40
    for verb in hits(rules.meeting_host, sentence) + hits(rules.organised_by, sentence):
        # 'Kazakhstan will host a conference', 'Туркменистан проводит совещание', in a text
        # about another zone its state ('Mongolia will host a workshop')
        subjects = [
            m
            for m in states
            if m.end <= verb.start and "nom" in m.cases and verb.start - m.end < reach
        ]
        # 'Kazakhstan and Kyrgyzstan co-organized', 'Казахстан и Кыргызстан провели': the
        # subjects joined to the last one
        joined = subjects[-1:]
        for m in reversed(subjects[:-1]):
            if not JOINED.fullmatch(ctx.text[m.end : joined[0].start]):
                break
            joined.insert(0, m)
        for m in joined:
            if m.code not in organisers:
                organisers.append(m.code)
                spans += [verb.span, (m.start, m.end)]
    for noun in hits(rules.event_noun, sentence):  # 'Kazakhstan’s upcoming international events'
        owners = [
            m
            for m in ctx.states_in(max(sentence.start, noun.start - 40), noun.start)
            if m.is_party and POSSESSOR.fullmatch(ctx.text[m.end - 2 : noun.start])
        ]
        if owners and owners[-1].code not in organisers:
            organisers.append(owners[-1].code)
            spans += [noun.span, (owners[-1].start, owners[-1].end)]
    for single in hits(rules.mfa_single, sentence):
        near = [
            m for m in states if 0 <= m.start - single.end < 30 or 0 <= single.start - m.end < 30
        ]
        if not near and BARE_MINISTRY.match(single.text):
            near = _the_ministrys_state(ctx, rules)  # 'the Foreign Ministry' of a party's report
        for mention in near[:1]:
            if mention.code not in organisers:
                organisers.append(mention.code)
                spans += [single.span, (mention.start, mention.end)]
    named = _ministries_named(ctx, plural) if plural is not None else []
    if named and {m.code for m in named} != set(PARTIES):
        # 'the foreign ministries of A and B': those states, in the order named
        codes = [m.code for m in named]
        rest = [c for c in organisers if c not in codes and c != "ministries_of_foreign_affairs"]
        organisers[:] = codes + rest
        spans += [(m.start, m.end) for m in named]
    elif named:  # 'the foreign ministries of A, B, C, D and E ... will hold': all of them, the
        # last named being no subject of its own
        organisers[:] = [code for code in organisers if code not in {m.code for m in named}]
    return organisers


MINISTRIES_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _ministries_named(ctx: Context, plural: Hit) -> list[StateMention]:
    """'the foreign ministries of Kyrgyzstan and Tajikistan': the parties whose ministries
    are named, in a list right after 'of' (none when the ministries are not named by state);
    in Kazakh the list comes before ('Тәжікстан мен Қазақстан сыртқы істер министрліктері')."""
    of = MINISTRIES_OF.match(ctx.text, plural.end)
    if of is None:
        return _ministries_named_before(ctx, plural) if ctx.language == "kk" else []
    named: list[StateMention] = []
    end = of.end()
    for m in ctx.states_in(end, end + 200):
        if not m.is_party or m.start != end and not LIST_JOINT.fullmatch(ctx.text[end : m.start]):
            break
        named.append(m)
        end = m.end
    return named


LIST_JOINT = re.compile(r",?\s+(?:and\s+)?|,\s*")
LIST_JOINT_KK = re.compile(r",\s*|\s+(?:мен|бен|пен|және)\s+|\s+")


def _ministries_named_before(ctx: Context, plural: Hit) -> list[StateMention]:
    """The parties listed right before the ministries' word, in the order named."""
    named: list[StateMention] = []
    start = plural.start
    for m in reversed(ctx.states_in(max(0, plural.start - 200), plural.start)):
        if not m.is_party or not LIST_JOINT_KK.fullmatch(ctx.text[m.end : start]):
            break
        named.insert(0, m)
        start = m.start
    return named


def _organising_states(ctx: Context, sentence: Sentence) -> list[StateMention]:
    """The states whose ministry may organise an event told here: the parties, and, in an
    English text about another zone there, that zone's states ('the Ministry of Foreign Affairs
    of the Kingdom of Thailand')."""
    parties = [m for m in ctx.states_in(sentence.start, sentence.end) if m.is_party]
    if ctx.language != "en" or regime_at(ctx, [(sentence.start, sentence.end)]) == REGIME:
        return parties
    others = [
        StateMention(code, s, e, ctx.text[s:e], frozenset({"nom"}))
        for code, s, e in zone_states_en(ctx.text, sentence.start, sentence.end)
    ]
    return sorted(parties + others, key=lambda m: m.start)


# 'Kazakhstan’s upcoming international events': the owner, then at most two words, no article
POSSESSOR = re.compile(r".?.?['’]s?\s+(?:(?!the\b|a\b|an\b)[a-z-]+\s+){0,2}")
BARE_MINISTRY = re.compile(r"(?:foreign\s+ministry|МИД|СІМ)$", re.IGNORECASE)


def _the_ministrys_state(ctx: Context, rules: Rules) -> list:
    """The one party whose foreign ministry the text names ('the Ministry of Foreign Affairs of
    the Republic of Kazakhstan'): the state of 'the Foreign Ministry' named bare elsewhere."""
    found = {}
    for sentence in ctx.sentences:
        for single in hits(rules.mfa_single, sentence):
            for m in ctx.states_in(sentence.start, sentence.end):
                if m.is_party and (
                    0 <= m.start - single.end < 30 or 0 <= single.start - m.end < 30
                ):
                    found.setdefault(m.code, m)
    return list(found.values()) if len(found) == 1 else []


def _organisers_next_sentence(
    ctx: Context, rules: Rules, sentence: Sentence, spans: list[Span]
) -> list[str]:
    """'The event was organised by the Foreign Ministry of ...' right after the event."""
    if rules.organised_by is None:
        return []
    # the sentences after it that tell the same event again, one after another ('Экспозиция
    # была посвящена Договору ... Её организовало Министерство ...')
    for following in ctx.sentences_after(sentence, TOLD_NEXT_WITHIN):
        if first_hit(rules.chair_framework, following):  # 'The meeting ... became a part of
            pass  # Turkmenistan's chairmanship': the chair organised it
        elif not (
            first_hit(rules.event_noun, following)
            or _the_same_event(following)
            or _its_head_noun_again(ctx, rules, sentence, following)
        ):
            return []
        elif not (
            first_hit(rules.organised_by, following) or first_hit(rules.meeting_host, following)
        ):
            continue  # ('It was organised by the Ministry ...': the event again; 'Речь идёт о
            # конференции, которую МИД Узбекистана проводит ...')
        found: list[Span] = []
        organisers = _organisers(ctx, rules, following, found)
        if organisers:
            spans.extend(found)
        return organisers
    return []
