"""Which zone a text and each of its proposals are about.

A text may name several zones ('the Central Asian zone and OPANAL signed...', 'the Treaty of
Tlatelolco, the first of the zones'). Each mention of a zone is found with its words (the
Central Asian zone's in ru.py, kk.py, en.py; the others' in zone_words.py), and a proposal
belongs to the zone its evidence names; else to the one named in its sentence, nearest to its
evidence; else to the last one named before it; else to the first named after it.
"""

from __future__ import annotations

import re

from .common import WITH_BEFORE, Context
from .proposals import Proposal, Span
from .rules import REGIME, Rules


def zone_mentions(rules: Rules, text: str) -> list[tuple[int, int, str]]:
    """Every mention of a zone, (start, end, slug), sorted, without overlaps (the longer
    mention wins)."""
    found = [(m.start(), m.end(), REGIME) for m in rules.regime.finditer(text)]
    found += _owned_by_the_region(rules, text)
    for slug, pattern in rules.zones:
        found += [(m.start(), m.end(), slug) for m in pattern.finditer(text)]
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str]] = []
    for mention in found:
        if kept and mention[0] < kept[-1][1]:
            continue
        kept.append(mention)
    return kept


OWNERS_BEFORE = 160  # the owners named this far before the possessive, in its sentence
SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]|\n")


def _owned_by_the_region(rules: Rules, text: str) -> list[tuple[int, int, str]]:
    """'Central Asian nations ... reviewed how they had implemented their nuclear-weapon-free
    zone treaty', 'Mongolia marked the 32nd anniversary of the declaration of its
    nuclear-weapon-free status': a zone named by a possessive whose owners (the region's states,
    Mongolia) are named before it in the same sentence."""
    found = []
    for slug, owners, owned in rules.zone_owned:
        for match in owned.finditer(text):
            before = text[max(0, match.start() - OWNERS_BEFORE) : match.start()]
            ends = list(SENTENCE_END.finditer(before))
            if ends:
                before = before[ends[-1].end() - 1 :]
            if owners.search(before):
                found.append((match.start(), match.end(), slug))
    return found


def regime_at(
    ctx: Context,
    spans: list[Span],
    prefer: str | None = None,
    partners: frozenset = frozenset(),
    signing: frozenset = frozenset(),
) -> str:
    """The zone a piece of evidence is about (see the module's docstring). `prefer` wins when
    the evidence names it among others (a memorandum the Central Asian zone is party to);
    `partners`, another zone's mentions as the Central Asian zone's partner in a memorandum,
    are not the zone of evidence after them in other sentences; `signing`, those named as its
    party, nor of other evidence in their sentence."""
    if not ctx.regime_slugs:
        return REGIME
    mentions = sorted(ctx.regime_slugs.items())
    named = [slug for (s, e), slug in mentions if any(a <= s and e <= b for a, b in spans)]
    if named:
        if prefer in named:
            return prefer  # type: ignore[return-value]
        return named[0]
    if not spans:
        return mentions[0][1]
    first = min(s for s, _ in spans)
    last = max(e for _, e in spans)
    with_us = named_as_a_partner(ctx)
    partners = partners | with_us
    sentences = [s for s in ctx.sentences if s.start <= last and first < s.end]
    if sentences:
        lo, hi = sentences[0].start, sentences[-1].end
        # (not the zone's partner: '... coordinate at the TPNW Review Conference and finalize
        # the memorandum with AFCONE')
        local = [
            (span, slug) for span, slug in mentions if lo <= span[0] < hi and span not in with_us
        ]
        # the Central Asian zone's memorandum partner, named as its party and no other zone
        # besides, is not the zone of what else its sentence tells ('... and OPANAL was signed
        # on the sidelines of the PrepCom')
        if all(span in signing for span, slug in local if slug != REGIME):
            local = [m for m in local if m[0] not in signing] or local
        if local:
            nearest = min(local, key=lambda m: _gap(m[0], first, last))
            return nearest[1]
    before = [slug for (s, e), slug in mentions if s < first and (s, e) not in partners]
    if before:
        return before[-1]
    return mentions[0][1]


# another zone's body named as the one the Central Asian zone works 'with' ('подписан
# меморандум с Африканской комиссией по ядерной энергии (АФКОНЕ)', 'a memorandum with
# OPANAL'): not the zone of what later sentences tell ('празднование 20-летия Договора')
SAME_BODY_AGAIN = re.compile(r"\s*[(«\"]?\s*$")


def named_as_a_partner(ctx: Context) -> frozenset:
    """Other zones' mentions named as the Central Asian zone's partner ('с X', 'with X'),
    and the same body named again right after ('... (АФКОНЕ)')."""
    if REGIME not in ctx.regime_slugs.values():
        return frozenset()
    mentions = sorted(ctx.regime_slugs.items())
    out: set[Span] = set()
    last_end = -10
    for (s, e), slug in mentions:
        if slug == REGIME:
            continue
        if WITH_BEFORE.search(ctx.text, max(0, s - 8), s) or (
            0 <= s - last_end <= 3 and SAME_BODY_AGAIN.fullmatch(ctx.text[last_end:s])
        ):
            out.add((s, e))
            last_end = e
    return frozenset(out)


def _gap(span: Span, first: int, last: int) -> int:
    return max(0, span[0] - last, first - span[1])


PARTY_NEAR = 150  # characters from a memorandum's first words to a party named in it


def assign_regimes(ctx: Context, proposals: list[Proposal]) -> None:
    """Give every proposal its `regime` field (a meeting of a zone's body already has it)."""
    ours = [
        p
        for p in proposals
        if p.type == "memorandum" and REGIME.upper() in (p.fields.get("parties") or [])
    ]
    # 'the CANWFZ and OPANAL signed ... The document provides for consultations ahead of the
    # First Committee': OPANAL, the zone's partner, is not the zone of what follows
    partner_mentions = [
        (span, slug)
        for span, slug in ctx.regime_slugs.items()
        if slug != REGIME and any(a < span[1] and span[0] < b for p in ours for a, b in p.spans)
    ]
    # and the partner named again after it ('Құжатқа ... ОПАНАЛ Бас хатшысы қол қойды')
    partners = frozenset(
        span
        for span, slug in ctx.regime_slugs.items()
        if any(slug == other and span[0] >= first[0] for first, other in partner_mentions)
    )
    # those named as the memorandum's party, near its first words ('A memorandum ... between
    # the Central Asian zone and OPANAL')
    starts = [min(a for a, _ in p.spans) for p in ours if p.spans]
    signing = frozenset(
        span for span, _ in partner_mentions if any(0 <= span[0] - a <= PARTY_NEAR for a in starts)
    )
    for proposal in proposals:
        if proposal.fields.get("regime"):
            continue
        if proposal in ours:
            proposal.fields["regime"] = REGIME  # the zone a party: its own memorandum
            continue
        prefer = None
        if proposal.type == "consultative_meeting":
            # another zone's body meeting has its zone already: this is the parties'
            # consultative meeting, a guest's body named beside it ('OPANAL ... attends')
            prefer = REGIME
        elif REGIME in ctx.regime_slugs.values() and _both_zones(ctx, proposal.spans):
            proposal.fields["regime"] = REGIME  # 'Both zones agreed to ...': the zone's too
            continue
        proposal.fields["regime"] = regime_at(ctx, proposal.spans, prefer, partners, signing)
    for proposal in proposals:
        if proposal.type == "forum":
            _the_memorandums_forum(ctx, proposal, proposals)


MARGINS = re.compile(r"margins|sidelines|полях|кулуарах", re.IGNORECASE)


def _the_memorandums_forum(ctx: Context, forum: Proposal, proposals: list[Proposal]) -> None:
    """'OPANAL's Secretary-General and the AFCONE Executive Secretary signed a memorandum ...
    on the margins of the IAEA General Conference': the forum where the memorandum was signed
    is the memorandum's zone's (the first-named body's), not the nearest body's."""
    if not any(MARGINS.search(ctx.text, a, b) for a, b in forum.spans):
        return
    home = {s.index for s in ctx.sentences for a, b in forum.spans if s.start <= a < s.end}
    zones = {
        p.fields.get("regime")
        for p in proposals
        if p.type == "memorandum"
        and any(s.index in home for s in ctx.sentences for a, b in p.spans if s.start <= a < s.end)
    }
    if len(zones) == 1 and None not in zones:
        forum.fields["regime"] = zones.pop()


# 'Both zones agreed', 'the two zones will', 'обе зоны', 'екі аймақ': the Central Asian zone
# and the other one named, acting together
BOTH_ZONES = re.compile(
    r"\b(?:[Bb]oth|[Tt]he\s+two)\s+zones\b|(?<!\w)(?:[Оо]бе|[Дд]ве)\s+зоны(?!\w)|"
    r"(?<!\w)[Ее]кі\s+аймақ",
)


def _both_zones(ctx: Context, spans: list[Span]) -> bool:
    if not spans:
        return False
    first = min(s for s, _ in spans)
    sentence = next((s for s in ctx.sentences if s.start <= first < s.end), None)
    return sentence is not None and BOTH_ZONES.search(sentence.text) is not None
