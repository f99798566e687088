"""The words of a language (Rules) and the helpers every record recipe shares.

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
    clamp,
    first_hit,
    framed_by,
    full_dates_in,
    hits,
)
from .proposals import Proposal, Span
from .text import Sentence

REGIME = "canwfz"
SPAN_OF_DAYS = re.compile(r"\d\s*(?:[-–—]|\s(?:to|and|until|through|по|до|и)\s)\s*\d")
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
    # other formats and bodies, never the zone's: SCO, CICA, the Conference on Disarmament...
    other_bodies: Pattern | None = None
    meeting_excluded: Pattern | None = None  # 'Консультативная встреча глав государств'
    chair_before: Pattern | None = None  # 'Tajikistan ... presided': the chair comes first
    meeting_host: Pattern | None = None  # 'The Kyrgyz side intends to convene the meeting'
    transfer_hold: Pattern | None = None  # 'Казахстан председательствует с 1 января'
    predecessor: Pattern | None = None  # 'succeeding Tajikistan'
    chair_completed: Pattern | None = None  # 'Kyrgyzstan completed its chairmanship': the giver
    # 'elected ... as Chairperson', 'Thailand as the first chairman', 'избран председателем'
    chair_elected: Pattern | None = None
    chair_named: Pattern | None = None
    rotation: Pattern | None = None  # 'The rotation took effect on 1 January.'
    chair_holder: Pattern | None = None  # 'Tajikistan, which holds the chairmanship this year'
    # 'Ол бұл міндетті Өзбекстаннан қабылдады', 'өкілеттікті ... берді': the chair the sentence
    # before names, told again by a word of duty
    chair_anaphor: Pattern | None = None
    topic: Pattern | None = None  # nuclear-weapon-free zones in general
    # the other zones and Mongolia's status (zone_words.py): (slug, words naming it), and the
    # meetings of their treaty bodies (OPANAL General Conference, SEANWFZ Commission...)
    joint: Pattern | None = None  # 'on behalf of all', 'joint statement': the parties together
    theme: Pattern | None = None  # 'on the theme', 'на тему', 'тақырыбында': a thematic event
    # 'посвящённое 15-летию', 'dedicated to', 'арналған': what a meeting that is not the
    # consultative one marks or discusses (an event)
    dedicated: Pattern | None = None
    # 'в рамках председательства Туркменистана', 'as part of Turkmenistan's chairmanship':
    # the chair organises the event
    chair_framework: Pattern | None = None
    zones: list[tuple[str, Pattern]] = field(default_factory=list)
    # a zone named by its owners: 'the five Central Asian states ... their nuclear-weapon-free
    # zone treaty', 'Mongolia ... its nuclear-weapon-free status' (the owners, then the zone by
    # a possessive, in one sentence): (slug, owners, possessive)
    zone_owned: list[tuple[str, Pattern, Pattern]] = field(default_factory=list)
    zone_meetings: list[tuple[str, Pattern]] = field(default_factory=list)
    zone_meetings_in_context: list[tuple[str, Pattern]] = field(default_factory=list)
    extra: dict[str, Pattern] = field(default_factory=dict)
    # forum: who acts there. The parties together ('the parties', 'Central Asian states',
    # 'as chair', 'стороны', 'тараптар') in the sentence or the one before; not a single
    # state speaking for itself ('our country', 'наша страна')
    forum_actors: Pattern | None = None
    single_actor: Pattern | None = None
    # 'the P5', 'the nuclear-weapon States', 'ядерная пятёрка', 'ядролық державалар': the
    # nuclear powers acting at a forum (their joint statement, their declarations) are not
    # the zone's parties
    nuclear_powers: Pattern | None = None
    # 'in a hybrid format', 'в гибридном формате', 'гибридті форматта': in person and online
    hybrid: Pattern | None = None
    # 'the UN ambassadors of Kazakhstan, Kyrgyzstan, ...', 'the Permanent Missions to the UN of
    # the States Parties': the parties' representatives at the UN, together (plural)
    un_missions: Pattern | None = None
    # 'On the margins of the conference, the five delegations ...': the forum named before,
    # the parties acting there told in a later sentence
    forum_anaphor: Pattern | None = None
    # the act an anniversary counts from, told apart from the anniversary ('adopted in Cairo on
    # 11 April 1996', 'Mongolia declared its territory ... in 1992', 'concluded ... 30 years
    # ago', 'since 1992'): the founding words beside signing and entry into force, a year
    # counted back ('30 years ago') and 'since' a year
    founding: Pattern | None = None
    years_ago: Pattern | None = None
    since_year: Pattern | None = None
    # the anniversary marked now, in the year of publication ('today', 'this day', 'Mongolia
    # celebrates the thirtieth anniversary', 'сегодня отмечается', 'бүгін ... толып отыр')
    marked_now: Pattern | None = None
    # a count of decades in words and its number ('two decades since', 'два десятилетия'),
    # as an anniversary pattern's group d or d2 captures it
    decade_words: dict[str, int] = field(default_factory=dict)


def proposal(kind: str, fields: dict, spans: list[Span], confidence: float) -> Proposal:
    return Proposal(kind, fields, sorted(set(spans)), clamp(confidence))


def places_in(rules: Rules, sentence: Sentence) -> list[tuple[str, Hit]]:
    """Every place the rules know in the sentence (the first mention of each), in text order."""
    found = [(name, hit) for name, pattern in rules.places if (hit := first_hit(pattern, sentence))]
    return sorted(found, key=lambda f: f[1].start)


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
        for hit in hits(rules.treaty_word, sentence):
            if not names_another_treaty(ctx.text, hit):
                return [hit.span]
    return []


# 'Договора о коллективной безопасности', 'the Treaty on the Non-Proliferation ...', 'the
# Collective Security Treaty Organization': the word 'treaty' naming another treaty
ANOTHER_TREATY_AFTER = re.compile(
    r"^\s+(?:(?:о|об)\s+(?!зон|ЦА)|(?:on|for)\s+(?:the\s+)?"
    r"(?!(?:a\s+)?[Nn]uclear[- ][Ww]eapon|CA|Central)|Organi[sz]ation)"
)
ANOTHER_TREATY_BEFORE = re.compile(
    r"(?:Security|Proliferation|Test[- ]Ban|Ban|Trade|Friendship|Space)\s+$", re.IGNORECASE
)


def names_another_treaty(text: str, hit: Hit) -> bool:
    return bool(
        ANOTHER_TREATY_AFTER.search(text[hit.end : hit.end + 40])
        or ANOTHER_TREATY_BEFORE.search(text[max(0, hit.start - 30) : hit.start])
    )


def lead_date(ctx: Context, sentence: Sentence) -> DateMention | None:
    """The dateline's date for the lead sentences of a report ('ASHGABAT, 13 February 2024.
    In Ashgabat the meeting was held...'): a held meeting or signing reported the same day."""
    if ctx.dateline is None or sentence.index > ctx.dateline_sentence + 1:
        return None
    return ctx.dateline


def is_effective_date(rules: Rules, ctx: Context, when) -> bool:  # noqa: ANN001
    """A date marked as a start: 'с 1 января', 'as of 1 January', '1 қаңтардан бастап'; not
    a span of days ('from 12 to 13 November': the first day of a meeting)."""
    if SPAN_OF_DAYS.search(when.text):
        return False
    before = ctx.text[max(0, when.start - 16) : when.start]
    after = ctx.text[when.end : when.end + 16]
    return bool(rules.effective_from.search(before + "@DATE@" + after))


# 'Договор, подписанный 8 сентября 2006 года', 'signed on 8 September 2006', '2006 жылы 8
# қыркүйекте Семейде қол қойылған шарт': the day of a treaty's act told beside an event or a
# meeting, not the day of what the sentence reports
ACT_BEFORE_DATE = re.compile(
    r"(?:подписан\w*|вступ\w+\s+в\s+силу|signed|entered\s+into\s+force|opened\s+for\s+"
    r"signature)\s+(?:\S+\s+){0,3}?$",
    re.IGNORECASE,
)
ACT_AFTER_DATE = re.compile(r"^(?:\s*[^\s.;]+){0,3}?\s+(?:қол\s+қойыл|күшіне\s+ен)", re.IGNORECASE)


def a_treaty_acts_date(ctx: Context, when: DateMention) -> bool:
    return framed_by(
        ctx, when, ACT_BEFORE_DATE, ACT_AFTER_DATE if ctx.language == "kk" else None, 40
    )


def body_date(ctx: Context, rules: Rules, sentence: Sentence, anchor: Hit) -> DateMention | None:
    """The day the sentence gives for what it reports: a date in the body (not the dateline
    heading it, not a 'from 1 January' start), the one nearest the anchor; else 'yesterday',
    'today'. None when the sentence gives no day."""
    dateline = ctx.dateline.start if ctx.dateline is not None else -1
    candidates = [
        d
        for d in full_dates_in(ctx, sentence.start, sentence.end)
        if d.start != dateline
        and not is_effective_date(rules, ctx, d)
        and not a_treaty_acts_date(ctx, d)
    ]
    if not candidates:
        candidates = [
            d for d in ctx.dates_in(sentence.start, sentence.end) if d.kind == "relative_day"
        ]
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs(d.start - anchor.start))
