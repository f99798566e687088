"""Clauses within a sentence, and which verb a date belongs to.

A sentence often states two facts: 'подписан 8 сентября 2006 года и вступил в силу 21 марта
2009 года', '2006 жылы қол қойылып, ол 2009 жылы күшіне енген'. A date belongs to the verb of
its own clause; a clause is cut at a semicolon, a comma or a coordinating conjunction
(и/and/және, а также/as well as), never inside a date ('January 1, 2022') or inside the
name of the treaty ('зоне, свободной от ядерного оружия, в Центральной Азии').
"""

from __future__ import annotations

import re

from .common import Context, Hit
from .dates import DateMention
from .proposals import Span
from .text import Sentence

CUTS = {
    "ru": re.compile(r";|,|\s[–—]\s|\s(?:и|а\s+также|а|но)\s", re.IGNORECASE),
    "kk": re.compile(r";|,|\s[–—]\s|\s(?:және|әрі|ал|бірақ)\s", re.IGNORECASE),
    "en": re.compile(r";|,|\s[–—]\s|\s(?:and|as\s+well\s+as|but|while)\s", re.IGNORECASE),
}

INTER_ALIA = re.compile(r",\s*inter\s+alia\s*,", re.IGNORECASE)


def clauses(ctx: Context, sentence: Sentence) -> list[Span]:
    """The sentence cut into clauses, as spans into the text."""
    protected = [(d.start, d.end) for d in ctx.dates_in(sentence.start, sentence.end)]
    protected += ctx.regime_in(sentence.start, sentence.end)
    protected += [  # ', inter alia,' is an aside inside the clause, not a cut
        (sentence.start + m.start(), sentence.start + m.end())
        for m in INTER_ALIA.finditer(sentence.text)
    ]
    cuts = [sentence.start]
    for m in CUTS.get(ctx.language, CUTS["en"]).finditer(sentence.text):
        at = sentence.start + m.start()
        if any(s <= at < e for s, e in protected):
            continue
        cuts.append(at)
    cuts.append(sentence.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def joined_between(ctx: Context, start: int, end: int) -> bool:
    """A semicolon, a dash or a coordinating conjunction between the two positions: what
    follows it is another clause's ('signed in 2006, and hosts the fuel bank in Oskemen'),
    not a comma's aside ('signed on 8 September 2006, in Semipalatinsk')."""
    pattern = CUTS.get(ctx.language, CUTS["en"])
    return any(m.group(0) != "," for m in pattern.finditer(ctx.text, start, end))


def clause_of(spans: list[Span], position: int) -> Span:
    for start, end in spans:
        if start <= position < end:
            return (start, end)
    return spans[-1] if spans else (position, position)


# ', достигнутых в 2025 году в рамках ЦАЗСЯО': a Russian participle opening the next clause
# describes a noun of this one (passive -нн-/-т-, active -вш-/-ущ-/-ащ-, present passive -ем-/-им-)
PARTICIPLE_NEXT = re.compile(
    r",\s*[а-яё]+(?:вш|нн|ённ|т|ущ|ющ|ащ|ящ|ем|им)(?:ий|ый|ая|ое|ие|ые|ого|ой|ому|ую|ым|ыми"
    r"|ых|их|ей|ими|ем)(?![а-яё])"
)


def with_its_participle(ctx: Context, spans: list[Span], home: Span) -> Span:
    """The clause with the participial clause after it that describes one of its nouns
    ('выполнению договорённостей, достигнутых в 2025 году в рамках ЦАЗСЯО')."""
    following = [s for s in spans if s[0] == home[1]]
    if following and PARTICIPLE_NEXT.match(ctx.text, following[0][0]):
        return (home[0], following[0][1])
    return home


def dates_of_verbs(
    ctx: Context,
    sentence: Sentence,
    verbs: list[Hit],
    dates: list[DateMention],
    head_final: bool = False,
    reach: int = 50,
) -> dict[Span, DateMention]:
    """Each verb's date: a date belongs to the verb in its own clause (the nearest one there;
    for head-final Kazakh, the first verb after it); a date in a clause without a verb goes
    to the nearest verb within `reach` characters. A verb keeps the date closest to it.
    The result is keyed by the verb's span."""
    spans = clauses(ctx, sentence)
    owned: dict[Span, list[DateMention]] = {v.span: [] for v in verbs}
    for mention in dates:
        home = clause_of(spans, mention.start)
        local = [v for v in verbs if home[0] <= v.start < home[1]]
        owner = _nearest_verb(local, mention, head_final) if local else None
        if owner is None:
            near = [v for v in verbs if _distance(v, mention) <= reach]
            owner = _nearest_verb(near, mention, head_final) if near else None
        if owner is not None:
            owned[owner.span].append(mention)
    return {
        verb.span: min(owned[verb.span], key=lambda d: _distance(verb, d))
        for verb in verbs
        if owned[verb.span]
    }


def _distance(verb: Hit, mention: DateMention) -> int:
    if mention.end <= verb.start:
        return verb.start - mention.end
    return max(0, mention.start - verb.end)


def _nearest_verb(verbs: list[Hit], mention: DateMention, head_final: bool) -> Hit | None:
    if head_final:
        after = [v for v in verbs if v.start >= mention.end]
        if after:
            return min(after, key=lambda v: v.start)
    return min(verbs, key=lambda v: _distance(v, mention)) if verbs else None
