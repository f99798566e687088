"""What every rule sees (the analysed text) and small helpers the per-language rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .dates import DateMention
from .proposals import Proposal, Span
from .registry import RegistryFacts
from .states import StateMention
from .text import Sentence

# a quotation: «...», “...”, "..."
QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
# 'с / со / with (the)' right before a name: the body a zone works with ('меморандум с АФКОНЕ',
# 'a memorandum with the OPANAL'), searched in the few characters before the name
WITH_BEFORE = re.compile(r"(?<!\w)(?:с|со|with)\s+(?:the\s+)?$", re.IGNORECASE)

Pattern = re.Pattern[str]

# plans agreed, not one delegation's presented: 'согласовали', 'утвердили', 'adopted', 'бекітті'
AGREED = re.compile(
    r"согласова|утверд|утвержд|одобр|намети|намечен(?!н)|приня|определ|обознач|выработа|договорил|условил|"
    r"решено|решил|"
    r"agreed|approved|drawn\s+up|drew\s+up|agreement\s+on|settled\s+on|decided\s+on|"
    r"adopted|endorsed|coordinated|signed\s+off|\badopts?\b|\bapproves?\b|\bendorses?\b|бекіт|келіс|айқында|белгіле|мақұлда|құрды|құрылды|"
    r"қабылда|қол\s+қой|нақтыла|пысықта|әзірле",
    re.IGNORECASE,
)


@dataclass
class Context:
    """The analysed text: sentences, state and date mentions, mentions of the regime."""

    text: str
    language: str
    published: date | None
    registry: RegistryFacts
    sentences: list[Sentence]
    states: list[StateMention]
    dates: list[DateMention]
    regime_spans: list[Span]  # the mentions of every zone (the Central Asian one and others)
    warnings: list[str] = field(default_factory=list)
    regime_slugs: dict[Span, str] = field(default_factory=dict)  # which zone each mention names
    registries: dict[str, RegistryFacts] = field(default_factory=dict)  # facts per zone known
    dateline: DateMention | None = None  # the resolved date at the head of the text
    dateline_sentence: int = -1

    def states_in(self, start: int, end: int) -> list[StateMention]:
        return [m for m in self.states if m.start >= start and m.end <= end]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        return [d for d in self.dates if d.start >= start and d.end <= end]

    def regime_in(self, start: int, end: int) -> list[Span]:
        return [(s, e) for s, e in self.regime_spans if s >= start and e <= end]

    @property
    def mentions_regime(self) -> bool:
        return bool(self.regime_spans)

    def mentions(self, slug: str) -> bool:
        return slug in self.regime_slugs.values()

    def facts(self, slug: str) -> RegistryFacts | None:
        """The registry's facts of a zone, when known (the Central Asian zone's always)."""
        if slug == self.registry.regime:
            return self.registry
        return self.registries.get(slug)

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The sentence just before this one (None for the text's first)."""
        return self.sentences[sentence.index - 1] if sentence.index > 0 else None

    def sentence_after(self, sentence: Sentence) -> Sentence | None:
        """The sentence just after this one (None for the text's last)."""
        following = sentence.index + 1
        return self.sentences[following] if following < len(self.sentences) else None

    def sentences_after(self, sentence: Sentence, count: int) -> list[Sentence]:
        """Up to `count` sentences just after this one, in order."""
        return self.sentences[sentence.index + 1 : sentence.index + 1 + count]

    def neighbours(self, sentence: Sentence, before: int = 1, after: int = 0) -> list[Sentence]:
        lo = max(0, sentence.index - before)
        hi = min(len(self.sentences), sentence.index + after + 1)
        return self.sentences[lo:hi]


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    groups: dict[str, str | None]

    @property
    def span(self) -> Span:
        return (self.start, self.end)


def hits(pattern: Pattern | None, sentence: Sentence) -> list[Hit]:
    """All matches of a pattern in a sentence, with offsets into the whole text."""
    if pattern is None:
        return []
    return list(_hits(pattern, sentence))


def forget_hits() -> None:
    """Drop the hits of the previous text (the cache lives for one text)."""
    _hits.cache_clear()


@lru_cache(maxsize=8192)
def _hits(pattern: Pattern, sentence: Sentence) -> tuple[Hit, ...]:
    """The recipes ask for the same words in the same sentence many times: found once."""
    return tuple(
        Hit(sentence.start + m.start(), sentence.start + m.end(), m.group(0), m.groupdict())
        for m in pattern.finditer(sentence.text)
    )


def first_hit(pattern: Pattern | None, sentence: Sentence) -> Hit | None:
    found = hits(pattern, sentence)
    return found[0] if found else None


def any_hit(patterns: list[Pattern], sentence: Sentence) -> Hit | None:
    for pattern in patterns:
        hit = first_hit(pattern, sentence)
        if hit:
            return hit
    return None


def compile_words(*alternatives: str, flags: int = re.IGNORECASE) -> Pattern:
    """A regex of alternatives that must start and end on word boundaries."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w])", flags)


def clamp(value: float) -> float:
    return max(0.0, min(1.0, round(value, 3)))


def nearest_after(items: list, position: int) -> object | None:
    after = [i for i in items if i.start >= position]
    if after:
        return min(after, key=lambda i: i.start - position)
    return min(items, key=lambda i: abs(i.start - position)) if items else None


def explicit_years(ctx: Context, start: int, end: int) -> list[DateMention]:
    return [
        d for d in ctx.dates_in(start, end) if d.kind in ("date", "year", "bare_year", "day_month")
    ]


def nearest_before(items: list, position: int) -> object | None:
    before = [i for i in items if i.end <= position]
    if before:
        return min(before, key=lambda i: position - i.end)
    return nearest_after(items, position)


def year_near(
    ctx: Context, start: int, end: int, position: int, before: bool = False
) -> DateMention | None:
    """The explicit year closest after a position in the span (before it, for head-final
    Kazakh: '2025 жылғы жұмыс қорытындысы'), else a relative one ('в текущем году')."""
    pick = nearest_before if before else nearest_after
    explicit = [d for d in explicit_years(ctx, start, end) if d.year is not None]
    if explicit:
        return pick(explicit, position)  # type: ignore[return-value]
    relative = [d for d in ctx.dates_in(start, end) if d.kind == "relative_year"]
    if relative:
        return pick(relative, position)  # type: ignore[return-value]
    return None


def full_dates_in(ctx: Context, start: int, end: int) -> list[DateMention]:
    """The span's dates that name a day ('8 September 2006', '29 April')."""
    return [
        d
        for d in ctx.dates_in(start, end)
        if d.kind in ("date", "day_month") and d.value is not None
    ]


def full_date_in(ctx: Context, start: int, end: int) -> DateMention | None:
    found = full_dates_in(ctx, start, end)
    return found[0] if found else None


def act_date_in(ctx: Context, start: int, end: int) -> DateMention | None:
    """The day of the act a span tells: its first full date other than the dateline's ('New
    York, April 30 (UzDaily) – ... signed a memorandum on 29 April'), else the dateline's."""
    found = full_dates_in(ctx, start, end)
    apart = [d for d in found if ctx.dateline is None or d.start != ctx.dateline.start]
    return (apart or found or [None])[0]


def framed_by(
    ctx: Context, item: Hit | DateMention, before: Pattern, after: Pattern | None, reach: int
) -> bool:
    """The words just before a hit or a date (up to `reach` characters) end as `before` reads
    them (a search, '$' at the hit), or those just after it begin as `after` reads them (a
    match): 'при поддержке ОБСЕ', 'МАГАТЭ Бас конференциясы', 'signed on 8 September 2006'."""
    if before.search(ctx.text[max(0, item.start - reach) : item.start]):
        return True
    return after is not None and after.match(ctx.text[item.end : item.end + reach]) is not None


def merge(proposals: list[Proposal], key_fields: tuple[str, ...]) -> list[Proposal]:
    """One proposal per distinct key: spans are joined, empty fields filled, confidence raised."""
    merged: dict[tuple, Proposal] = {}
    for proposal in proposals:
        key = (proposal.type,) + tuple(_hashable(proposal.fields.get(k)) for k in key_fields)
        if key not in merged:
            merged[key] = Proposal(
                proposal.type,
                dict(proposal.fields),
                list(proposal.spans),
                proposal.confidence,
                set(proposal.stated),
                dict(proposal.text_spans),
            )
            continue
        kept = merged[key]
        kept.stated |= proposal.stated
        for name, span in proposal.text_spans.items():
            kept.text_spans.setdefault(name, span)
        for name, value in proposal.fields.items():
            if kept.fields.get(name) in (None, [], "") and value not in (None, [], ""):
                kept.fields[name] = value
        kept.spans.extend(s for s in proposal.spans if s not in kept.spans)
        kept.confidence = clamp(max(kept.confidence, proposal.confidence) + 0.02)
    return list(merged.values())


def _hashable(value: object) -> object:
    if isinstance(value, list):
        return tuple(value)
    return value
