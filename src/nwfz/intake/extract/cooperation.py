"""memorandum and forum: documents signed with partners, and fora where the parties act."""

from __future__ import annotations

import re

from .common import (
    QUOTED,
    WITH_BEFORE,
    Context,
    Hit,
    Pattern,
    act_date_in,
    first_hit,
    framed_by,
    full_date_in,
    full_dates_in,
    hits,
    merge,
)
from .proposals import Proposal, Span
from .rules import (
    REGIME,
    SUPPRESSED_BY,
    Rules,
    lead_date,
    proposal,
)
from .states import PARTIES
from .text import Sentence

# ---------------------------------------------------------------- memorandum


def memoranda(ctx: Context, rules: Rules) -> list[Proposal]:
    if not ctx.mentions_regime:
        return []
    found: list[Proposal] = []
    by_the_dateline: set[int] = set()  # dated only by the report's dateline
    for joined in _memo_sentences(ctx, rules):
        sentence = _with_its_parties(ctx, rules, joined)
        noun = first_hit(rules.memorandum, sentence)
        signed = first_hit(rules.signed, sentence) or first_hit(MEMO_PLANNED, sentence)
        if noun is not None and signed is None:
            signed = _signed_just_before(ctx, rules, sentence)  # 'Подписали! Меморандум ...'
        if noun is not None and signed is None:
            signed = _document_signed_next(ctx, rules, sentence)
        if noun is None or signed is None:
            continue
        spans: list[Span] = [noun.span, signed.span]
        parties: list[str] = []
        bodies: list[Span] = []
        repeats: list[Span] = []
        clause = _the_clause_of(sentence, noun)
        for name, pattern in rules.organisations:
            named = [
                h
                for h in hits(pattern, sentence)
                if not _the_bodys_forum(ctx, h) and clause[0] <= h.start < clause[1]
            ]
            if named and name not in parties:
                parties.append(name)
                spans.append(named[0].span)
                bodies.append(named[0].span)
                # (named again: 'Африканской комиссией по ядерной энергии (АФКОНЕ)')
                repeats += [h.span for h in named[1:]]
        for acronym in _acronym_parties(sentence):
            if acronym.text not in parties and not any(s <= acronym.start < e for s, e in bodies):
                parties.append(acronym.text)
                spans.append(acronym.span)
                bodies.append(acronym.span)
        partner = _partner_by_its_initials(ctx, sentence, noun)
        if partner is not None and partner.text not in parties:
            parties.append(partner.text)
            spans.append(partner.span)
            bodies.append(partner.span)
        if set(parties) & BODIES:
            for signer in _signers_listed(ctx, sentence, signed):
                if signer.text not in parties and not any(
                    signer.start < e and s < signer.end for s, e in bodies
                ):
                    parties.append(signer.text)
                    spans.append(signer.span)
                    bodies.append(signer.span)
        # a zone named apart from a party's own name ('OPANAL' names both its zone and itself),
        # in the memorandum's part of the sentence ('The Treaty ... was signed in 2006; the IAEA
        # and Kazakhstan signed a memorandum in 2024' is no memorandum of the zone)
        lo, hi = _the_part_of(ctx, sentence, noun)
        regime = [
            (s, e)
            for s, e in ctx.regime_in(lo, hi)
            if not any(s < be and bs < e for bs, be in bodies)
        ]
        ours = [s for s in regime if ctx.regime_slugs.get(s) == REGIME]
        # (a zone named only as a body again is no zone of its own here)
        zones = [(s, e) for s, e in regime if not any(s < re and rs < e for rs, re in repeats)]
        if not zones:
            ours = _parties_of_the_zone_before(ctx, sentence, lo, hi)
            spans += ours
        if not ours:
            ours = _the_treatys_parties(ctx, lo, hi)
            spans += ours
        if not ours and not zones:
            ours = _with_a_body_after_the_zone(ctx, sentence, bodies, parties)
            spans += ours
        if ours and REGIME.upper() not in parties:
            parties.insert(0, REGIME.upper())
        if parties == [REGIME.upper()]:  # 'X-тің делегациясы келді. Қонақтар ... меморандум'
            parties += _the_guests_body(ctx, rules, sentence, spans)
        # 'Семей шарты мен Пелиндаба шарты арасындағы меморандум': another zone named as the
        # other party is its body (AFCONE, OPANAL) when one party alone is named
        if len(parties) == 1:
            for span in regime:
                code = ZONE_PARTY.get(ctx.regime_slugs.get(span, ""))
                if code is not None and code not in parties:
                    parties.append(code)
                    break
        spans += regime
        for mention in ctx.states_in(sentence.start, sentence.end):
            if (
                ON_BEHALF.match(ctx.text, mention.end)
                or AS_CHAIR.search(ctx.text, max(sentence.start, mention.start - 60), mention.start)
                or CHAIRS_ENVOY.match(ctx.text, mention.end)
            ):
                continue  # 'Казахстан от имени государств — участников ЦАЗСЯО подписал'
            if regime and SPEAKER.match(ctx.text, mention.end):
                continue  # '..., a Kazakh diplomat said': the speaker's state, no party
            if _the_speaker_or_source(ctx, sentence, mention.start):
                continue  # '«...», — сообщил представитель МИД Кыргызстана'; '— МИД РК.'
            if mention.code not in parties:
                parties.append(mention.code)
                spans.append((mention.start, mention.end))
        if not parties:  # 'Екі тарап ... меморандумға қол қойды': the sides named before
            parties, regime = _the_sides_before(ctx, rules, sentence, spans)
        if parties == [REGIME.upper()]:
            partner = _talks_with_a_body_before(ctx, rules, sentence)
            if partner is not None:
                parties.append(partner[0])
                spans.append(partner[1])
        parties, spans = _one_state_for_the_zone(ctx, sentence, parties, spans)
        if len(parties) < 2 and not regime:
            parties, zones = _the_two_zones(ctx, sentence)
            if not parties:
                continue
            spans += zones
            regime = zones[1:]
        if not MEMO_WORD.search(noun.text) and not set(parties) & BODIES:
            continue  # 'a cooperation agreement' of states is not one with a zone's body
        if not _a_zone_signs(parties):
            continue  # 'Kazakhstan and the IAEA signed a memorandum': a state's own
        planned = first_hit(rules.future, sentence) or first_hit(MEMO_PLANNED, sentence)
        status = "planned" if planned else "signed"
        when = act_date_in(ctx, sentence.start, sentence.end)
        if when is None and status == "signed":
            # 'был подписан сегодня в Джакарте': the report's day
            today = [
                d
                for d in ctx.dates_in(sentence.start, sentence.end)
                if d.kind == "relative_day" and d.value is not None
            ]
            when = today[0] if len(today) == 1 else None
        if when is None and status == "signed":
            when = _the_ceremonys_day(ctx, sentence)
        if when is None and status == "signed":
            when = lead_date(ctx, sentence)
            if when is not None:
                by_the_dateline.add(len(found))
        if when is not None:
            spans.append((when.start, when.end))
        if when is None and status == "signed" and not ctx.dates_in(sentence.start, sentence.end):
            when = _the_meetings_day(ctx, rules, sentence) or _the_signings_day(ctx, sentence)
            if when is not None:
                spans.append((when.start, when.end))
        fields = {
            "parties": parties,
            "date": when.value.isoformat() if when is not None and when.value else None,
            "status": status,
        }
        if MONGOLIA in parties and REGIME.upper() not in parties:
            fields["regime"] = "mongolia-nwfs"  # Mongolia's status: its own memoranda
        if _told_again(ctx, sentence, noun, found):
            continue  # 'The memorandum was signed by ... and the Secretary-General of OPANAL'
        for each in _one_per_partner(noun, fields):
            found.append(proposal("memorandum", each, spans, 0.8 if regime else 0.7))
    # a headline's memorandum dated by the dateline, the body's by its own day: the body's
    # day wins ('... sign memorandum' over '... signed a memorandum on 29 April')
    order = sorted(range(len(found)), key=lambda i: i in by_the_dateline)
    return merge([found[i] for i in order], ("parties",))


# the document told again by a pronoun or a plain noun opening the next sentence: 'Документ
# заключён между ...', 'Он был подписан 15 мая'
# ('Речь идёт о проекте меморандума ...' after the sentence naming its other side; 'Со
# стороны ЦАЗСЯО документ подписал ..., со стороны АФКОНЕ — ...' after the signing)
DOCUMENT_AGAIN = re.compile(
    r"\W*(?:Документ|Текст|Он|Она|Его|Её|Ее|Речь\s+(?:ид[её]т|шла)\s+об?|Со\s+стороны"
    # ('Меморандум готов к подписанию. Об этом сообщили в секретариате ОПАНАЛ, который ...';
    # '... скрепили подписями меморандум. Церемония прошла 3 июня в Бангкоке')
    r"|Об\s+этом|Церемони[яюи])(?!\w)"
)


# 'Церемония состоялась 3 мая 2024 года', 'The signing took place on ...', 'Қол қою рәсімі ...':
# the signing told next, with its day
CEREMONY_NEXT = re.compile(
    r"\W*(?:Церемони\w*|Подписани\w*|(?:The\s+)?(?:signing|ceremony)|Рәсім\w*|Қол\s+қою\s+рәсім\w*)"
    r"(?!\w)",
    re.IGNORECASE,
)


def _the_ceremonys_day(ctx: Context, sentence: Sentence):  # noqa: ANN202
    """The day of the signing the next sentence tells ('В Женеве подписан Меморандум ...
    Церемония состоялась 3 мая 2024 года')."""
    following = ctx.sentence_after(sentence)
    if following is None or not CEREMONY_NEXT.match(following.text):
        return None
    return act_date_in(ctx, following.start, following.end)


WITH_AFTER_KK = re.compile(r"-?(?:мен|бен|пен)(?!\w)")  # 'АФКОНЕ-мен': with AFCONE


def _with_a_body_after_the_zone(
    ctx: Context, sentence: Sentence, bodies: list[Span], parties: list[str]
) -> list[Span]:
    """'... в рамках Договора о ЦАЗСЯО. Сенаторам сообщили, что меморандум с АСЕАН уже
    подписан': a memorandum 'with' another zone's body, its other side unnamed, after the
    Central Asian zone was the last zone named (in the sentence before, or further back with
    no other zone named since: a chair's review of its year, then 'a memorandum with AFCONE
    was signed in April'): the zone's."""
    if len(parties) != 1:
        return []
    start, end = bodies[0]
    # ('АФКОНЕ-мен ... меморандумға қол қою жоспарланып отыр': Kazakh's 'with' follows)
    if not (
        WITH_BEFORE.search(ctx.text[max(0, start - 10) : start])
        or WITH_AFTER_KK.match(ctx.text, end)
    ):
        return []
    before = [s for s in ctx.regime_in(0, sentence.start)]
    if not before or ctx.regime_slugs.get(before[-1]) != REGIME:
        return []
    return before[-1:]


def _talks_with_a_body_before(
    ctx: Context, rules: Rules, sentence: Sentence
) -> tuple[str, Span] | None:
    """'Переговоры с ОПАНАЛ близки к завершению. В ближайшее время государства ЦАЗСЯО и
    латиноамериканское агентство подпишут меморандум': the zone's one partner, named 'with'
    in the sentence before, the memorandum naming no other."""
    before = ctx.sentence_before(sentence)
    if before is None:
        return None
    named = [
        (name, h)
        for name, pattern in rules.organisations
        if name in BODIES
        for h in hits(pattern, before)
    ]
    if len({name for name, _ in named}) != 1:
        return None
    name, hit = named[0]
    if not WITH_BEFORE.search(ctx.text[max(0, hit.start - 10) : hit.start]):
        return None
    return name, hit.span


def _memo_sentences(ctx: Context, rules: Rules) -> list[Sentence]:
    """The sentences, a memorandum's joined to the next that tells the same document again
    ('В Ташкенте состоялась церемония подписания меморандума. Документ заключён между
    сторонами Договора о ЦАЗСЯО и АСЕАН'): its parties, signing or day may be told there."""
    out: list[Sentence] = []
    skip = False
    for sentence, following in zip(ctx.sentences, [*ctx.sentences[1:], None], strict=True):
        if skip:
            skip = False
            continue
        if (
            following is not None
            and DOCUMENT_AGAIN.match(following.text)
            and (first_hit(rules.memorandum, sentence) or first_hit(rules.memorandum, following))
        ):
            text = ctx.text[sentence.start : following.end]
            out.append(Sentence(sentence.start, following.end, text, sentence.index))
            skip = True
            continue
        out.append(sentence)
    return out


# the memorandum's parties told in the sentence before ('The CANWFZ and AFCONE have moved
# closer. A draft memorandum between them was circulated', 'UNRCCA and the CANWFZ parties
# agreed to put their cooperation on paper. A memorandum is being drafted.') or after ('A
# memorandum was signed in New York. Its parties are ...', '... Kyrgyzstan signed on behalf of
# the CANWFZ parties.')
BETWEEN_THEM = re.compile(
    r"\bbetween\s+(?:them|the\s+two(?!\s+(?:nuclear|zones))(?:\s+(?:sides|bodies|organi[sz]ations|"
    r"institutions|parties))?|"
    r"both\s+sides)\b",
    re.IGNORECASE,
)
A_MEMORANDUM_FIRST = re.compile(
    r"^\W*(?:A|The)\s+(?:draft\s+|new\s+|joint\s+)?(?:memorandum|MoU)\b"
    # 'Монголия и пятёрка стран ЦАЗСЯО договорились оформить сотрудничество. Соответствующий
    # меморандум планируется подписать ...'
    r"|^\W*(?:Соответствующ|Так|Эт|Данн)\w*\s+(?:проект\w*\s+)?меморандум"
)
ITS_PARTIES_NEXT = re.compile(
    r"^\W*(?:(?:Its|The)\s+(?:parties|signatories|signers)\b|It\s+was\s+signed\s+by\b)"
    r"|\bsigned\s+(?:it\s+)?on\s+behalf\s+of\b",
)


def _with_its_parties(ctx: Context, rules: Rules, sentence: Sentence) -> Sentence:
    """The memorandum's sentence, joined to the one before or after that names its parties
    when it names them only so ('between them', 'Its parties are'), or names none."""
    if rules.memorandum is None or not first_hit(rules.memorandum, sentence):
        return sentence
    named = len(ctx.states_in(sentence.start, sentence.end)) + sum(
        1 for _, pattern in rules.organisations if first_hit(pattern, sentence)
    )
    if any(ctx.regime_slugs.get(s) == REGIME for s in ctx.regime_in(sentence.start, sentence.end)):
        named += 1  # (another zone's name is its body's, counted above)
    joined = None
    before, following = ctx.sentence_before(sentence), ctx.sentence_after(sentence)
    if before is not None and (
        BETWEEN_THEM.search(sentence.text)
        or (named == 0 and A_MEMORANDUM_FIRST.match(sentence.text))
    ):
        joined = before, sentence
    elif named < 2 and following is not None:
        if (
            following.start >= sentence.end
            and ITS_PARTIES_NEXT.search(following.text)
            and not first_hit(rules.memorandum, following)
        ):
            joined = sentence, following
    if joined is None:
        return sentence
    first, last = joined
    return Sentence(first.start, last.end, ctx.text[first.start : last.end], sentence.index)


# memoranda in the plural: 'in discussions with Russia, India, the EU and China to sign MoUs'
PLURAL_MEMO = re.compile(r"memoranda|MoUs|MoCs|меморандум(?:ы|ов|ах|ами)", re.IGNORECASE)


def _one_per_partner(noun: Hit, fields: dict) -> list[dict]:
    """Memoranda in the plural between one zone's body and several partners: one memorandum
    with each partner; else the one memorandum as found."""
    parties = fields["parties"]
    zone_sides = [p for p in parties if p in BODIES or p == REGIME.upper()]
    partners = [p for p in parties if p not in zone_sides]
    if not PLURAL_MEMO.match(noun.text) or len(zone_sides) != 1 or len(partners) < 2:
        return [fields]
    return [{**fields, "parties": [zone_sides[0], partner]} for partner in partners]


# 'The memorandum was signed by ...', 'Документ подписали ...', 'Бұл меморандум ...': the
# memorandum of the sentence before, told again
MEMO_AGAIN = re.compile(
    r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:\w+\s+)?$|^(?:[Дд]анн|[Ээ]т|[Уу]казанн|[Нн]астоящ)\w*\s+$"
    r"|^(?:[Бб]ұл|[Аа]талған|[Оо]сы)\s+$|^$",
)
AGAIN_WITHIN = 2  # sentences


def _told_again(ctx: Context, sentence: Sentence, noun: Hit, found: list[Proposal]) -> bool:
    """The memorandum named again by its bare noun ('The memorandum', 'Меморандум' opening
    the sentence, 'данный меморандум') in the sentences just after one already found: the same
    record, its spans joined to it."""
    if not MEMO_AGAIN.match(ctx.text[sentence.start : noun.start].lstrip()):
        return False
    after = noun.end
    if re.match(r"\s+(?:о|on|of|туралы)\b", ctx.text[after : after + 12], re.IGNORECASE):
        return False  # 'Memorandum of understanding on ...': a memorandum named in full
    for earlier in reversed(found):
        start = min(s for s, _ in earlier.spans)
        told = next((s for s in ctx.sentences if s.start <= start < s.end), None)
        if told is not None and 0 < sentence.index - told.index <= AGAIN_WITHIN:
            # with the partner's name there ('... and the Secretary-General of OPANAL')
            named = ctx.regime_in(sentence.start, sentence.end)
            earlier.join_spans({noun.span, *named})
            return True
    return False


# 'между государствами — участниками Договора и ОПАНАЛ', 'the States Parties to the Treaty and
# OPANAL', 'Шартқа қатысушы мемлекеттер мен ...': the parties of the bare 'Treaty' the text is
# about (the Central Asian zone named in it, no other zone's treaty named by that word)
THE_TREATYS_PARTIES = re.compile(
    r"(?:государств\w*\s*[—–-]\s*)?участник\w*\s+Договора(?!\s+(?:о\s|[А-ЯЁA-Z]))"
    r"|сторон\w*\s+Договора(?!\s+(?:о\s|[А-ЯЁA-Z]))"
    r"|\b(?:States\s+)?Parties\s+to\s+the\s+Treaty\b(?!\s+(?:on|of|for)\b|\s+[A-Z])"
    r"|(?<!\w)Шартқа\s+қатысушы\s+(?:мемлекеттер|елдер)\w*|(?<!\w)Шарт(?:тың)?\s+тараптар\w*"
)


def _the_treatys_parties(ctx: Context, lo: int, hi: int) -> list[Span]:
    word = THE_TREATYS_PARTIES.search(ctx.text, lo, hi)
    if word is None or REGIME not in ctx.regime_slugs.values():
        return []
    return [word.span()]


# 'On the margins of the IAEA General Conference, Mongolia and the parties signed ...',
# 'на полях Генеральной конференции МАГАТЭ', 'МАГАТЭ Бас конференциясы': the body's forum is
# where it was signed, the body no party
BODYS_FORUM_AFTER = re.compile(
    r"^(?:['’]s)?(?:-?[а-яәғқңөұүһі]{1,5})?\s+(?:(?:annual\s+)?(?:General\s+)?[Cc]onference|"
    r"Board\s+of\s+Governors|"
    r"General\s+Assembly|Security\s+Council|Бас\s+(?:конференция|Ассамблея)\w*|"
    r"Басқарушылар\s+кеңес\w*)"
)
BODYS_FORUM_BEFORE = re.compile(
    r"(?:sidelines|margins)\s+of\s+(?:the\s+)?$|"  # 'sign MoU on sidelines of IAEA conference'
    r"(?:[Кк]онференци\w*|[Аа]ссамбле\w*|[Сс]овета?\s+управляющих|[Сс]овета?\s+Безопасности)"
    r"\s+$"
)


def _the_bodys_forum(ctx: Context, hit: Hit) -> bool:
    return framed_by(ctx, hit, BODYS_FORUM_BEFORE, BODYS_FORUM_AFTER, 40)


# a treaty body's 'the Parties', 'the States Parties' (capitalised: a treaty's own parties),
# Kazakh 'Тараптар'
THE_PARTIES_WORD = re.compile(
    r"\b(?:the\s+)?(?:States\s+)?Parties\b|(?<!\w)Тараптар\w*"
    r"|\bbetween\s+the\s+zone\b"  # 'a memorandum between the zone and UNODA'
)
# 'Осы мақсатта', 'Осыған орай' heading a Kazakh sentence: to the end the one before told
TO_THAT_END = re.compile(
    r"\s*(?:Осы\s+мақсатта|Осыған\s+орай|Бұл\s+(?:үшін|мақсатта)|To\s+that\s+end)(?!\w)"
)


def _parties_of_the_zone_before(ctx: Context, sentence: Sentence, lo: int, hi: int) -> list[Span]:
    """'The Semipalatinsk Treaty is open to cooperation. To that end, the Parties are
    negotiating a memorandum with AFCONE': 'the Parties' of the zone the sentence before (or
    the sentence's other part) names (that name and the word, as the evidence); nothing when it
    names another zone."""
    word = THE_PARTIES_WORD.search(ctx.text, lo, hi) or TO_THAT_END.match(ctx.text, sentence.start)
    if word is None:
        return []
    # '...; бұл туралы Семей шарты бойынша кездесуден кейін хабарланды': the sentence's other part
    named = ctx.regime_in(sentence.start, lo) + ctx.regime_in(hi, sentence.end)
    before = ctx.sentence_before(sentence)
    if not named and before is not None:
        named = ctx.regime_in(before.start, before.end)
    if not named or any(ctx.regime_slugs.get(s) != REGIME for s in named):
        return []
    return [named[0], word.span()]


MONGOLIA = "MN"
# a state signing for the parties is not a party of its own
# a person named by a state's adjective ('a Kazakh diplomat', 'the Uzbek envoy'): who speaks
SPEAKER = re.compile(
    r"\s+(?:(?:senior|deputy|foreign)\s+)?(?:diplomat|official|envoy|source|spokes(?:man|woman|"
    r"person)|minister|ambassador)s?\b",
    re.IGNORECASE,
)
ON_BEHALF = re.compile(r",?\s*(?:от\s+имени|on\s+behalf\s+of)\b", re.IGNORECASE)
# 'шартқа төрағалық етуші ел ретінде Қазақстан ...': a state acting as the parties' chair
AS_CHAIR = re.compile(r"(?<!\w)(?:төраға\w*|төрағалық\s+етуші\s+\w+)\s+ретінде\s+$", re.IGNORECASE)
# 'Қазақстанның Семей шартына төрағалығы өкілі': the chair's envoy signs for the parties
CHAIRS_ENVOY = re.compile(
    r"\s+(?:[^\s.,;]+\s+){0,3}?төрағалығы(?:ның)?\s+(?:өкілі|атынан)", re.IGNORECASE
)
PART_CUT = re.compile(r";")  # not a dash: "государства — участники" is one noun


EXCLAMATION_WORDS = 3


# 'Құжатқа ... қол қойды', 'The document was signed by ...': the memorandum signed, told next
THE_DOCUMENT = re.compile(r"\W*(?:Құжат(?:қа|ты)?|Документ\w*|The\s+document)(?!\w)")
# 'Екі тарап ...', 'Both sides ...', 'Обе стороны ...': the two the sentence before named
THE_SIDES = re.compile(
    r"(?<!\w)(?:[Ее]кі\s+тарап\w*|[Тт]араптар\w*|[Bb]oth\s+sides|[Tt]he\s+two\s+sides|"
    r"[Оо]бе\s+стороны)(?!\w)"
)


def _document_signed_next(ctx: Context, rules: Rules, sentence: Sentence) -> Hit | None:
    """'ОАЯҚАА мен ОПАНАЛ арасындағы меморандум Нью-Йоркте бекітілді. Құжатқа екі тараптың
    өкілдері қол қойды': the next sentence, headed by the document, signs it."""
    after = ctx.sentence_after(sentence)
    if after is None or not THE_DOCUMENT.match(after.text) or first_hit(rules.memorandum, after):
        return None
    return first_hit(rules.signed, after)


def _the_sides_before(
    ctx: Context, rules: Rules, sentence: Sentence, spans: list[Span]
) -> tuple[list[str], list[Span]]:
    """'Семей шарты тараптары мен АФКОНЕ арасындағы байланыстар нығайып келеді. Екі тарап ...
    меморандумға қол қойды': a memorandum naming no party, its sides the zone and the one
    other zone's body the sentence before names."""
    before = ctx.sentence_before(sentence)
    if before is None or not THE_SIDES.search(sentence.text):
        return [], []
    zone = [s for s in ctx.regime_in(before.start, before.end) if ctx.regime_slugs.get(s) == REGIME]
    body = _the_one_body(rules, before)
    if not zone or body is None:
        return [], []
    spans += [zone[0], body[1].span]
    return [REGIME.upper(), body[0]], [zone[0]]


def _the_one_body(rules: Rules, sentence: Sentence) -> tuple[str, Hit] | None:
    """The one other zone's body (or Mongolia) a sentence names, with its first mention."""
    bodies = [
        (name, hit)
        for name, pattern in rules.organisations
        if name in BODIES
        for hit in hits(pattern, sentence)
    ]
    return bodies[0] if len({name for name, _ in bodies}) == 1 else None


# the visitors the sentence before named, opening the memorandum's sentence: 'Қонақтар',
# 'Гости', 'The guests', 'The delegation'
THE_GUESTS = re.compile(
    r"\W*(?:Қонақтар\w*|Делегация\w*|Гост(?:и|ей|ям)|The\s+(?:guests|visitors|delegation))(?!\w)"
)


def _the_guests_body(
    ctx: Context, rules: Rules, sentence: Sentence, spans: list[Span]
) -> list[str]:
    """'АФКОНЕ делегациясы Астанаға келді. Қонақтар ОАЯҚАА тараптарымен ... меморандум
    жасасу мүмкіндігін талқылады': the zone's memorandum with the body whose delegation the
    sentence before brought, the guests opening this one."""
    before = ctx.sentence_before(sentence)
    if before is None or not THE_GUESTS.match(sentence.text):
        return []
    body = _the_one_body(rules, before)
    if body is None:
        return []
    spans.append(body[1].span)
    return [body[0]]


def _signed_just_before(ctx: Context, rules: Rules, sentence: Sentence) -> Hit | None:
    """'Подписали! Меморандум между ЦАЗСЯО и АСЕАН.': a signing verb exclaimed alone (a few
    words) in the sentence just before tells the memorandum's signing."""
    before = ctx.sentence_before(sentence)
    if before is None:
        return None
    if len(before.text.split()) > EXCLAMATION_WORDS or not before.text.rstrip().endswith("!"):
        return None
    return first_hit(rules.signed, before)


def _one_state_for_the_zone(
    ctx: Context, sentence: Sentence, parties: list[str], spans: list[Span]
) -> tuple[list[str], list[Span]]:
    """The zone and another zone's body as the parties: one party state named beside them
    signs, chairs or speaks for the zone ('председатель ЦАЗСЯО (Казахстан)', 'подписан от
    имени сторон ... заместителем министра Казахстана', 'сообщили в МИД РК'), it is no party
    of its own."""
    states = [code for code in parties if code in PARTIES]
    if REGIME.upper() not in parties or not set(parties) & BODIES or len(states) != 1:
        return parties, spans
    own = {
        (m.start, m.end) for m in ctx.states_in(sentence.start, sentence.end) if m.code == states[0]
    }
    return [p for p in parties if p != states[0]], [s for s in spans if s not in own]


# a clause of contrast: 'государства ЦАЗСЯО и АФКОНЕ подписали меморандум, а с ОПАНАЛ
# договорились ...' (another body's business, not this memorandum's party)
CONTRAST = re.compile(r",\s+(?:а|while|whereas)\s+(?!также\b)")


def _the_clause_of(sentence: Sentence, hit: Hit) -> tuple[int, int]:
    """The part of the sentence holding the hit, between clauses of contrast."""
    lo, hi = sentence.start, sentence.end
    for cut in CONTRAST.finditer(sentence.text):
        at = sentence.start + cut.start()
        if at < hit.start:
            lo = at
        elif at >= hit.end:
            hi = at
            break
    return lo, hi


def _the_part_of(ctx: Context, sentence: Sentence, hit: Hit) -> tuple[int, int]:
    """The part of the sentence holding the hit, between semicolons."""
    lo, hi = sentence.start, sentence.end
    for cut in PART_CUT.finditer(sentence.text):
        at = sentence.start + cut.start()
        if at < hit.start:
            lo = sentence.start + cut.end()
        elif at >= hit.end:
            hi = at
            break
    return lo, hi


# 'a cooperation agreement between the two zones', 'между двумя зонами', 'екі аймақ
# арасындағы': the zones named just before are the parties, each by its body
TWO_ZONES = re.compile(
    r"\bbetween\s+(?:the\s+|our\s+)?two\s+(?:nuclear[- ]weapons?[- ]free\s+)?zones\b"
    r"|(?<!\w)между\s+(?:этими\s+|нашими\s+)?(?:двумя|обеими)\s+(?:безъядерными\s+)?зонами"
    r"|(?<!\w)екі\s+аймақ\s+арасында\w*",
    re.IGNORECASE,
)
ZONE_PARTY = {REGIME: REGIME.upper(), "pelindaba": "AFCONE", "tlatelolco": "OPANAL",
              "mongolia-nwfs": MONGOLIA}  # fmt: skip
TWO_ZONES_BEFORE = 3  # sentences


def _the_two_zones(ctx: Context, sentence: Sentence) -> tuple[list[str], list[Span]]:
    """The two zones 'between the two zones' means: the last two named in the sentence or the
    few before it, each as its party (the Central Asian zone first, a zone's body: AFCONE,
    OPANAL), with the phrase's and the zones' spans; nothing when two are not named."""
    match = TWO_ZONES.search(sentence.text)
    if match is None:
        return [], []
    named: dict[str, Span] = {}
    for near in reversed(ctx.neighbours(sentence, before=TWO_ZONES_BEFORE)):
        for span in reversed(ctx.regime_in(near.start, near.end)):
            code = ZONE_PARTY.get(ctx.regime_slugs.get(span, ""))
            if code is not None and code not in named and len(named) < 2:
                named[code] = span
    if len(named) < 2:
        return [], []
    parties = sorted(named, key=lambda code: code != REGIME.upper())
    phrase = (sentence.start + match.start(), sentence.start + match.end())
    return parties, [phrase, *named.values()]


# a body's name in capitals: its first word, and each next one (after 'of', 'for', 'the' ...)
NAME_FIRST = r"[A-Z][\w’'-]*"
NAME_NEXT = r"(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w’'-]*)"
# 'a Cooperation MoU with the Global Centre for Nuclear Energy Partnership (...)': a partner
# the lists do not hold, by its name in capitals
PARTNER_NAME = re.compile(r"\bwith\s+(?:the\s+)?((?:" + NAME_FIRST + r")" + NAME_NEXT + r"+)")


# 'the AU, the OECD Nuclear Energy Agency, and the African Commission on Nuclear Energy
# (AFCONE) signed': the bodies listed as the signers, each by its acronym
ITEM = re.compile(r"(?:the\s+)?(" + NAME_FIRST + NAME_NEXT + r"*)(?:\s+\(([A-Z]{2,8})\))?")
LIST_SEPARATORS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")  # a name's capitalised word
SIGNERS_AT_LEAST = 3


# after a closing quote and a dash: who said it; a dash and a ministry ending the sentence: the
# news's source
QUOTE_SPEAKER = re.compile(r"[»\"]\s*,?\s*[—–-]\s*[^«»\"]*$")
SOURCE = re.compile(r"\s[—–]\s*(?:МИД|СІМ|пресс-служб\w*)\s+$")


def _the_speaker_or_source(ctx: Context, sentence: Sentence, at: int) -> bool:
    before = ctx.text[sentence.start : at]
    return bool(QUOTE_SPEAKER.search(before) or SOURCE.search(before))


def _signers_listed(ctx: Context, sentence: Sentence, signed: Hit) -> list[Hit]:
    """The bodies listed right before 'signed' (three or more, a zone's body among them):
    each by its acronym in brackets, else by its capitals' initials when the text uses them."""
    before = ctx.text[sentence.start : signed.start].rstrip()
    pieces: list[tuple[int, str]] = []
    end = len(before)
    separators = list(LIST_SEPARATORS.finditer(before))
    for cut in reversed(separators):
        if cut.end() > end:
            continue
        pieces.append((cut.end(), before[cut.end() : end]))
        end = cut.start()
    pieces.append((0, before[:end]))
    listed: list[tuple[int, re.Match[str]]] = []
    for offset, piece in pieces:
        match = ITEM.fullmatch(piece.strip())
        if match is None:
            break  # the list ends where an item is not a name
        listed.append((offset + (len(piece) - len(piece.lstrip())), match))
    if len(listed) < SIGNERS_AT_LEAST:
        return []
    found: list[Hit] = []
    for offset, match in listed:
        name, acronym = match.group(1), match.group(2)
        code = acronym or (name if name.isupper() and 2 <= len(name) <= 8 else "")
        if not code:
            words = [w for w in CAPITALISED.findall(name) if not w.isupper()]
            code = _initials_used(words, ctx.text)
        if code and code not in NOT_A_PARTY:
            start = sentence.start + offset
            found.append(Hit(start, start + len(match.group(0)), code, {}))
    return found


def _initials_used(words: list[str], text: str) -> str:
    """The initials of a name's capitalised words (three or more) when the text uses them as
    an acronym, else ''."""
    initials = "".join(w[0] for w in words)
    used = len(initials) >= 3 and re.search(r"(?<![\w-])" + initials + r"(?![\w-])", text)
    return initials if used else ""


def _partner_by_its_initials(ctx: Context, sentence: Sentence, noun: Hit) -> Hit | None:
    """The partner named in full after the memorandum ('with the Global Centre for Nuclear
    Energy Partnership'), as the acronym of its capitalised words when the text uses that
    acronym too ('GCNEP'); the acronym stands for it, its full name is the evidence."""
    for match in PARTNER_NAME.finditer(sentence.text, max(0, noun.end - sentence.start)):
        initials = _initials_used(CAPITALISED.findall(match.group(1)), ctx.text)
        if initials and initials not in NOT_A_PARTY:
            start = sentence.start + match.start(1)
            return Hit(start, start + len(match.group(1)), initials, {})
    return None


def _a_zone_signs(parties: list[str]) -> bool:
    """A zone's memorandum has a zone among its parties: the Central Asian zone (or its five
    parties together, three named at least), another zone's body, Mongolia."""
    if set(parties) & (BODIES | {REGIME.upper()}):
        return True
    return len({p for p in parties if p in PARTIES}) >= 3


MEMO_WORD = re.compile(r"memorandum|MoU|MoC|меморандум", re.IGNORECASE)
BODIES = frozenset({"OPANAL", "AFCONE", "ASEAN", MONGOLIA})  # the other zones' bodies
# 'negotiations towards a memorandum', 'переговоры о меморандуме': one yet to be signed
# 'to be signed', 'agreed to conclude', 'договорились подписать', 'қол қою жоспарлануда': the
# infinitive of signing, a memorandum not signed yet
MEMO_PLANNED = re.compile(
    # (not talks that ended: 'по итогам переговоров', 'келіссөздер қорытындысы бойынша')
    r"(?<!\w)(?:negotiat\w*|towards\s+(?:a|the)\s+(?:memorandum|MoU)|(?<!итогам\s)переговор\w*"
    r"|келіссөз\w*(?!\w)(?!\s+қорытынды)"
    r"|to\s+be\s+signed|(?:may|might|could|should)\s+be\s+signed|"
    r"(?:hopes?|hoping|expects?|aims?|seeks?|wants?)\s+to\s+(?:sign|ink|conclude)\b|"
    # 'is currently in discussions with Russia, India, the EU and China to sign MoUs'
    r"(?:talks|discussions|negotiations)\s+with\s+[^.;]{0,80}?\bto\s+(?:sign|conclude)\b|"
    # 'noted the importance of concluding a memorandum ... and instructed experts to finalise
    # its text'
    r"(?:importance|necessity|need)\s+(?:of|for)\s+(?:concluding|signing)|"
    r"finali[sz]e\s+(?:its|the)\s+(?:text|draft)|"
    # 'has proposed that the zone and the SEANWFZ Commission conclude a memorandum', 'proposed
    # to sign'
    r"propos(?:ed|es|ing)\s+(?:that\s+[^.;]{0,80}?\s|to\s+)(?:sign|conclude)\b|"
    # 'has been in the works since 2024', 'is under discussion', 'is being drafted'
    r"(?:has\s+been|is|are|remains?)\s+(?:in\s+the\s+works|under\s+discussion|in\s+preparation|"
    r"being\s+(?:drafted|prepared|negotiated|discussed))|(?:agreed|decided|plan(?:s|ned)?|intend(?:s|ed)?)\s+to\s+(?:sign|conclude|formali[sz]e)"
    # a headline's infinitive: 'Central Asian zone to sign MoU with AFCONE'
    r"|(?<=[a-z]\s)to\s+(?:sign|conclude)\b"
    # (not 'қол қою рәсімі өтті': the signing ceremony took place)
    r"|подписать|заключить|қол\s+қою\w*(?!\s+рәсімі\s+(?:өтті|болды|болып\s+өтті))"
    # 'договорились подготовить меморандум', 'разработка меморандума': a text still to be drafted
    r"|(?:подготов(?:ить|ке|ка|ку)|разработ(?:ать|ке|ка|ку))\s+(?:\w+\s+){0,3}?меморандум\w*"
    # 'рассматривают возможность заключения меморандума': one considered, not signed
    r"|возможност\w*\s+(?:заключени|подписани)\w*"
    # 'находится в стадии согласования / разработки'
    r"|(?:в|на)\s+стадии\s+(?:согласования|разработки|подготовки|доработки)"
    # 'текст меморандума прорабатывается / согласовывается / разрабатывается'
    r"|(?:прорабатыва|согласовыва|разрабатыва|дорабатыва)\w*"
    # 'стороны согласовали текст (меморандума)': agreed, not yet signed
    r"|согласовал\w*\s+(?:\w+\s+)?текст\w*"
    # 'условились / договорились о подписании меморандума'
    r"|(?:условил|договорил|решил)\w*\s+о\s+(?:подписании|заключении)"
    # 'is expected to be the signing of', 'ожидается подписание', 'намечено подписание',
    # 'қол қойылмақ': a signing yet to come
    r"|expected\s+to\s+(?:be\s+)?(?:the\s+)?sign\w*|ожидается\s+подписани\w*"
    # 'The signing of a memorandum between ... is expected', '... is planned'; 'Talks on a
    # memorandum', 'are preparing a memorandum', 'are discussing a memorandum'
    r"|(?:(?:is|are|were)\s+(?:preparing|discussing|drafting|negotiating|developing|working\s+on|"
    r"finali[sz]ing)|"
    r"(?:talks|discussions|consultations)\s+(?:on|about|towards)|"
    # 'talks between OPANAL and the CANWFZ parties on a memorandum', 'very close to a memorandum'
    r"(?:talks|discussions|negotiations|consultations)\s+between\s+[^.;]{0,80}?\s+(?:on|about|over)|"
    r"close['’\"]?\s+to|"
    # 'The sides discussed a memorandum between the zone and UNODA': talked of, not signed
    r"(?:discussed|considered|exchanged\s+views\s+on))\s+(?:a|an|the)\s+"
    r"(?:draft\s+)?(?:\w+\s+){0,2}?(?:memorandum|MoU)"
    r"|(?:signing|conclusion)\s+of\s+[^.;]{0,120}?\b(?:is|are)\s+(?:expected|planned|envisaged|scheduled|foreseen|"
    r"anticipated)"
    r"|(?:намечено|планируется|предстоит)\s+подписани\w*|қол\s+қойылмақ\w*"
    # 'пока не подписан': not signed yet
    r"|(?:пока|ещ[её])?\s*не\s+(?:был\s+)?подписан\w*|not\s+(?:yet\s+)?(?:been\s+)?signed"
    # 'Работа над меморандумом продолжается', 'предложение о заключении меморандума'
    r"|работ\w*\s+над\s+(?:\w+\s+){0,2}?(?:меморандум|документ|соглашени)\w*"
    r"|(?:предложени|инициатив|запрос)\w*\s+о\s+(?:заключении|подписании)"
    # a draft still being agreed: 'проект меморандума ... на согласовании', 'меморандум жобасы'
    r"|draft\s+(?:memorandum|MoU)|project\s+of\s+(?:the\s+)?(?:memorandum|MoU)|planned\s+the\s+signing"
    r"|проект\w*\s+(?:меморандум|документ|соглашени)\w*|на\s+согласовании"
    # 'was nearing completion', 'is being finalised'
    r"|(?:nearing|close\s+to)\s+(?:completion|finali[sz]ation|signature)"
    r"|being\s+(?:finali[sz]ed|drafted|negotiated)"
    r"|меморандум\w*\s+жоба\w*|жасасу\w*"
    # 'меморандум жасау мәселесі талқыланды', 'меморандумды келісу жұмысын жалғастыруда': the
    # verbal noun of making or agreeing one, a memorandum not signed yet
    r"|меморандум\w*\s+(?:жасау|келісу|әзірлеу|дайындау)\w*"
    r"|қол\s+қояды"  # '... меморандумға қол қояды': will sign
    # 'меморандум дайындап жатыр', '... меморандумның мәтіні әзірленуде', '... мәтінін
    # келісіп жатыр': being prepared or agreed
    r"|меморандум\w*\s+(?:\w+\s+)?(?:(?:дайындап|әзірлеп|пысықтап|келісіп)\s+(?:жатыр|отыр)\w*|"
    r"дайындалуда|әзірленуде|пысықталуда|келісілуде)"
    # 'Меморандум готов к подписанию', 'ready for signature', 'қол қоюға дайын'
    r"|готов\w*\s+к\s+подписанию|ready\s+(?:for\s+signature|to\s+be\s+signed)"
    r"|қол\s+қоюға\s+дайын"
    r"|парафир\w*|initial(?:l)?ed)(?!\w)",  # a text initialled, not yet signed
    re.IGNORECASE,
)


VISIT = re.compile(r"(?<!\w)(?:visit(?:ed|s|ing)?|визит\w*|сапар\w*)(?!\w)", re.IGNORECASE)


# the signing told again at the head of the next sentence ('The signing took place in
# Ulaanbaatar on 10 June 2026', 'Подписание состоялось 10 июня', 'Қол қою рәсімі ... өтті'); the
# signers as the two sides met the sentence before ('... met in Vienna on 15 September 2025. The
# two sides signed a memorandum', 'Стороны подписали', 'Екі тарап ... қол қойды')
SIGNING_AGAIN = re.compile(
    r"^\W*(?:The\s+(?:signing(?:\s+ceremony)?|ceremony|document|memorandum)|It\s+was\s+signed"
    r"|Подписание|Церемония\s+подписания|Документ\s+(?:был\s+)?подписан|Қол\s+қою\s+рәсімі"
    r"|Құжатқа)(?!\w)"
)
SIDES_MET_BEFORE = re.compile(
    r"^\W*(?:The\s+two\s+sides|Both\s+sides|They|Стороны|Обе\s+стороны|Екі\s+тарап|Тараптар)(?!\w)"
)


def _the_signings_day(ctx: Context, sentence: Sentence):  # noqa: ANN202
    """The memorandum's day told in the next sentence that tells the signing again, or in the
    sentence before whose meeting the 'two sides' of this one held (its one full date)."""
    following = ctx.sentence_after(sentence)
    if following is not None and SIGNING_AGAIN.match(following.text):
        dated = full_dates_in(ctx, following.start, following.end)
        if len(dated) == 1:
            return dated[0]
    before = ctx.sentence_before(sentence)
    if before is not None and SIDES_MET_BEFORE.match(sentence.text):
        dated = full_dates_in(ctx, before.start, before.end)
        if len(dated) == 1:
            return dated[0]
    return None


def _the_meetings_day(ctx: Context, rules: Rules, sentence: Sentence):  # noqa: ANN202
    """'The meeting concluded with the signing of a Memorandum', 'В рамках конференции ...
    подписали Меморандум', 'During the visit, ... signed': signed at the meeting the text
    told, on its day (the nearest sentence before that names a meeting, an event or a visit
    with a full date)."""

    def told(s: Sentence) -> bool:  # a meeting, an event or a visit ('During the visit, ...')
        return bool(
            first_hit(rules.meeting_generic, s)
            or first_hit(rules.event_noun, s)
            or VISIT.search(s.text)
        )

    if not told(sentence):
        return None
    for earlier in reversed(ctx.sentences[: sentence.index]):
        if told(earlier):
            when = full_date_in(ctx, earlier.start, earlier.end)
            if when is not None:
                return when
    return None


# ---------------------------------------------------------------- forum


def fora(ctx: Context, rules: Rules) -> list[Proposal]:
    if not ctx.mentions_regime and not _the_zone_unnamed(ctx):
        return []
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        named = [t.span for _, pattern, _ in rules.forums for t in hits(pattern, sentence)]
        named += [h.span for h in hits(rules.not_forum, sentence)]
        # a context word is not the forum's own name ('the Preparatory Committee') nor an
        # official's title ('UN Resident Coordinator')
        contexts = [
            c
            for c in hits(rules.forum_context, sentence)
            if not any(c.start < e and s < c.end for s, e in named)
        ]
        context = contexts[0] if contexts else None
        following = ctx.sentence_after(sentence)
        if context is None and following is not None:
            # 'took part in the First Committee. He delivered a joint statement on behalf of all'
            context = (
                first_hit(rules.joint, following)
                or _told_of_it_next(rules, following)
                or _after_its_heading(rules, sentence, following)
            )
        header = None
        if context is None and sentence.index == 0:
            header = _submitted_to_the_conference(ctx)
            context = header
        if context is None or _another_resolution(ctx, rules, sentence, context):
            continue
        if header is None and not _the_parties_act(ctx, rules, sentence):
            continue
        if TOLD.match(context.text) and not (
            first_hit(rules.joint, sentence)
            or first_hit(rules.forum_actors, sentence)
            or _mongolia_acts(ctx, sentence)
        ):
            continue  # 'the Foreign Minister of Kazakhstan told the General Assembly': his own
        taken: list[Span] = [h.span for h in hits(rules.not_forum, sentence)]
        seen_here: set[str] = set()
        for code, span in _listed_fora(ctx, sentence):
            found.append(proposal("forum", {"forum": code}, [span, context.span], 0.7))
        # every treaty a forum may belong to (NPT, TPNW): a trigger takes the nearest one
        all_objects = [
            o
            for _, _, pattern in rules.forums
            if pattern is not None
            for o in hits(pattern, sentence)
        ]
        for code, trigger_pattern, object_pattern in rules.forums:
            if code in SUPPRESSED_BY and SUPPRESSED_BY[code] & seen_here:
                continue  # 'Preparatory Committee for the NPT Review Conference' is the PrepCom
            for trigger in hits(trigger_pattern, sentence):
                overlaps = any(trigger.start < e and trigger.end > s for s, e in taken)
                if overlaps and object_pattern is None:
                    continue  # 'ООН' inside 'Генеральной Ассамблеи ООН' is not the UN in general
                if _told_as_history(ctx, sentence, trigger):
                    continue  # '... the General Assembly, which welcomed it in 1967'
                if _the_body_itself_acts(ctx, rules, sentence, trigger):
                    continue  # 'The UN General Assembly proclaimed 29 August the ... Day'
                if _its_resolution(ctx, rules, sentence, trigger):
                    # 'implementing the UN resolution': the body's act, not the parties'; nor
                    # is the 'UN' of 'the UN General Assembly resolution' the UN in general
                    taken.append(trigger.span)
                    continue
                spans: list[Span] = [trigger.span]
                if object_pattern is not None:
                    objects = [
                        o
                        for o in hits(object_pattern, sentence)
                        if -160 < o.start - trigger.end < 160 or -160 < trigger.start - o.end < 160
                    ]
                    if not objects:
                        objects = _named_the_sentence_before(ctx, sentence, trigger_pattern,
                                                             object_pattern)  # fmt: skip
                    if not objects:
                        continue
                    obj = min(objects, key=lambda o: _gap(o, trigger))
                    if _belongs_elsewhere(ctx, rules, trigger, obj, objects, all_objects):
                        continue  # 'the TPNW review conference' in a sentence on the NPT too
                    spans.append(obj.span)
                    # the object's words belong to this forum, not to the generic UN
                    taken.append(obj.span)
                taken.append(trigger.span)
                spans.append(context.span)
                seen_here.add(code)
                found.append(proposal("forum", {"forum": code}, spans, 0.75))
    found += _parties_missions_at_the_un(ctx, rules)
    found = _the_assemblys_committee(ctx, rules, merge(found, ("forum",)))
    return _specific_un_body_first(found)


# 'the Review Conference itself', 'the Conference': the forum the sentence before named in full
FORUM_AGAIN = re.compile(r"(?:the|that|this)\s+$", re.IGNORECASE)


def _named_the_sentence_before(
    ctx: Context, sentence: Sentence, trigger_pattern: Pattern, object_pattern: Pattern
) -> list[Hit]:
    """'... at the third session of the Preparatory Committee for the 2026 NPT Review
    Conference. The five states plan to present a joint working paper to the Review Conference
    itself': a forum's words with 'the' and no treaty, the sentence before naming the treaty
    beside the same words; that treaty is the object."""
    before = ctx.sentence_before(sentence)
    if before is None:
        return []
    for trigger in hits(trigger_pattern, sentence):
        if not FORUM_AGAIN.search(ctx.text[max(sentence.start, trigger.start - 6) : trigger.start]):
            continue
        for earlier in hits(trigger_pattern, before):
            near = [
                o
                for o in hits(object_pattern, before)
                if -40 < o.start - earlier.end < 40 or -40 < earlier.start - o.end < 40
            ]
            if near:
                return near
    return []


TOLD = re.compile(r"told\b")  # a speaker's verb: one state's words unless said for all


def _told_as_history(ctx: Context, sentence: Sentence, trigger: Hit) -> bool:
    """'presented the text to the UN General Assembly, which welcomed it in a resolution in
    1967': a year right after the forum, HISTORY_YEARS or more before the report's, and no
    later one in the sentence ('this year' included): the zone's past there, not a session
    to record."""
    if ctx.published is None:
        return False
    old = ctx.published.year - HISTORY_YEARS
    told = [d for d in ctx.dates_in(sentence.start, sentence.end) if d.year is not None]
    if not told or any(d.year > old for d in told):
        return False
    return any(trigger.end <= d.start < trigger.end + 100 for d in told)


HISTORY_YEARS = 3
SUBJECT_FIRST = re.compile(r"^\W*(?:[Tt]he\s+)?$")


def _the_body_itself_acts(ctx: Context, rules: Rules, sentence: Sentence, trigger: Hit) -> bool:
    """'The UN General Assembly proclaimed 29 August the International Day ...; the zone was
    mentioned in the debate': the forum heading the sentence acts itself, the parties not
    named acting there nor in the next sentence (no party, no parties as such, no joint
    words, no resolution on the zone: not 'The First Committee concluded its debate. Among
    the drafts was one ..., tabled by Turkmenistan on behalf of the five parties'). Not in
    Kazakh, where a forum heading the sentence is mostly where ('БҰҰ Бас Ассамблеясының
    80-сессиясында ...')."""
    if rules.head_final or not SUBJECT_FIRST.match(ctx.text[sentence.start : trigger.start]):
        return False
    return not any(
        any(m.is_party for m in ctx.states_in(s.start, s.end))
        or first_hit(rules.forum_actors, s)
        or first_hit(rules.joint, s)
        or _a_resolution_on_the_zone(ctx, s)
        for s in ctx.neighbours(sentence, before=0, after=1)
    )


FORUM_PRONOUN = re.compile(
    r"(?<!\w)(?:(?:на|в)\s+н(?:ей|[её]м)|в\s+(?:е[её]|его)\s+рамках)(?!\w)", re.IGNORECASE
)
# or the forum's noun after a preposition anywhere in it ('Первый комитет ГА ООН завершил
# работу. От имени пятёрки стран ... в ходе сессии выступила казахстанская делегация'), when
# that sentence names no forum of its own
FORUM_NOUN_AGAIN = re.compile(
    r"(?<!\w)(?:(?:в\s+ходе|на\s+полях|в\s+рамках|на)\s+(?:(?:эт|данн|текущ)\w+\s+)?"
    r"(?:сесси|конференци|заседани|совещани)\w*"
    r"|(?:сессия|конференция|отырыс|жиын)\w*\s+(?:барысында|аясында|шеңберінде|кезінде)"
    r"|\b(?:during|at|on\s+the\s+(?:sidelines|margins)\s+of)\s+the\s+(?:session|conference|"
    r"meeting)s?\b)(?!\w)",
    re.IGNORECASE,
)
THERE = re.compile(r"\b\w+ed\s+(?:\w+\s+){0,3}?there\b")
# a Kazakh pronoun of place the forum's anaphors hold ('онда'), or the forum's noun in the
# dative or locative ('бес ел сессияға ... ұсынды'): it may follow the subject
PLACE_PRONOUN = re.compile(
    r"(?:онда|алаңда|(?:конференция|сессия|комитет|ассамблея|кеңес|отырыс)\w*"
    r"(?:ға|ге|қа|ке|да|де|та|те))$",
    re.IGNORECASE,
)


def _told_of_it_next(rules: Rules, following: Sentence) -> Hit | None:
    """'МАГАТЭ Бас конференциясының 70-сессиясы басталды. Сессия аясында Орталық Азия елдері
    ... жанама іс-шара өткізеді': the next sentence, headed by the forum's noun, tells the
    parties acting there (its context word)."""
    anaphor = first_hit(rules.forum_anaphor, following)
    # (a pronoun of place may come after the subject: 'тараптары онда ...')
    if anaphor is None or (
        anaphor.start - following.start > 12 and not PLACE_PRONOUN.match(anaphor.text)
    ):
        # or a pronoun anywhere: 'Государства — участники ... представят на ней общую позицию'
        pronoun = FORUM_PRONOUN.search(following.text)
        if pronoun is None and not _names_a_forum(rules, following):
            pronoun = FORUM_NOUN_AGAIN.search(following.text)
        if pronoun is None:
            return _there(rules, following)
        at = following.start + pronoun.start()
        anaphor = Hit(at, following.start + pronoun.end(), pronoun.group(), {})
    if not first_hit(rules.forum_actors, following):
        return None
    # (the anaphor may be the context word itself: 'On its margins, the parties ...')
    return next((c for c in hits(rules.forum_context, following) if c.start >= anaphor.start), None)


HEADING_WORDS = 8  # a line naming the forum alone: 'МАГАТЭ Бас конференциясының 69-сессиясы.'
# or a sentence telling only that the forum opened or goes on: '... Бірінші комитеттің
# сессиясы басталды', 'The session opened', 'Сессия началась'
UNDER_WAY = re.compile(
    r"(?<!\w)(?:басталды|ашылды|жалғасуда|өтуде|began|opened|(?:is|are)\s+under\s+way|"
    r"началась|начал(?:а|ся)\s+работу|открылась|продолжается|проходит)(?!\w)",
    re.IGNORECASE,
)


def _after_its_heading(rules: Rules, sentence: Sentence, following: Sentence) -> Hit | None:
    """'Вена. МАГАТЭ Бас конференциясының 69-сессиясы. ОАЯҚАА-ға қатысушы мемлекеттер атынан
    ... сөз сөйледі': a short line naming the forum (or one telling it opened), then the parties
    acting in the next sentence, which names no forum of its own."""
    short = len(sentence.text.split()) <= HEADING_WORDS
    if not (short or UNDER_WAY.search(sentence.text)) or _names_a_forum(rules, following):
        return None
    if not first_hit(rules.forum_actors, following):
        return None
    return first_hit(rules.forum_context, following)


def _names_a_forum(rules: Rules, sentence: Sentence) -> bool:
    return any(first_hit(trigger, sentence) for _, trigger, _ in rules.forums)


def _there(rules: Rules, following: Sentence) -> Hit | None:
    """'The NPT Preparatory Committee met in Geneva. The Central Asian parties coordinated
    their positions there': the forum by 'there' after the parties' verb and its context."""
    there = THERE.search(following.text)
    if there is None or not first_hit(rules.forum_actors, following):
        return None
    before = [
        c for c in hits(rules.forum_context, following) if c.end <= following.start + there.start()
    ]
    return before[0] if before else None


# 'a nuclear-free zone in the region', 'безъядерная зона', 'ядролық қарудан азат аймақ': a
# zone named by its kind only; the Central Asian one when the text is about Central Asia
ZONE_UNNAMED = {
    # ('the Central Asian zone', 'центральноазиатская зона': the zone by its region's name)
    "en": re.compile(
        r"\bnuclear(?:[- ]weapons?)?[- ]free\s+zones?\b|\bCentral\s+Asian\s+zone\b", re.IGNORECASE
    ),
    "ru": re.compile(
        r"(?<!\w)(?:безъядерн\w*\s+зон\w*|зон\w*,?\s+свободн\w*\s+от\s+ядерного\s+оружия"
        r"|центральноазиатск\w*\s+зон\w*)",
        re.IGNORECASE,
    ),
    "kk": re.compile(r"(?<!\w)ядролық\s+(?:қарудан\s+азат|қарусыз)\s+айма[қғ]\w*", re.IGNORECASE),
}
CENTRAL_ASIA = {
    "en": re.compile(r"\bCentral\s+Asian?\b"),
    "ru": re.compile(r"(?<!\w)(?:Центральн\w*\s+Ази\w*|центральноазиатск\w*)"),
    "kk": re.compile(r"(?<!\w)Орталық\s+Азия\w*"),
}
# a zone of another region named right after the kind ('... zone in the Middle East')
OTHER_REGION = re.compile(
    r"[^.;]{0,40}?(?:Middle\s+East|Ближн\w*\s+Восток\w*|Таяу\s+Шығыс\w*|Africa|Африк\w*"
    r"|Korean|Корейск\w*|Корея\w*|South\s+Asia|Южн\w*\s+Ази\w*|Arctic|Арктик\w*|Europe|Европ\w*)",
    re.IGNORECASE,
)


def _the_zone_unnamed(ctx: Context) -> bool:
    """The text names no zone by its words but speaks of a nuclear-weapon-free zone and of
    Central Asia ('speaking on behalf of five Central Asian states, she recalled that the
    Treaty establishing a nuclear-free zone in the region came into force'): fora only, and
    only where the parties are named acting (no zone is there to stand for them)."""
    kind = ZONE_UNNAMED.get(ctx.language)
    region = CENTRAL_ASIA.get(ctx.language)
    if kind is None or region is None or not region.search(ctx.text):
        return False
    return any(
        not OTHER_REGION.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 60))
        for m in kind.finditer(ctx.text)
    )


# 'в рамках ООН, ДНЯО, ДЗЯО, МАГАТЭ и ОДВЗЯИ': fora listed by their short names, each one
# where the parties act; a treaty or an agency stands for its regular forum (the NPT's review
# conference, the TPNW's meeting of states parties, the IAEA's General Conference). A list may
# hold fora by their fuller names too ('at the UN General Assembly, the NPT review process and
# the IAEA', 'в ГА ООН, ПК ОК ДНЯО и МАГАТЭ'): the longer name is tried first
LISTED_FORA = {
    "ru": {"unga_first_committee": r"Перв\w+\s+комитет\w*(?:\s+ГА\s+ООН)?",
           "unga": r"ГА\s+ООН|Генассамбле\w*(?:\s+ООН)?", "un": r"ООН",
           "npt_prepcom": r"ПК\s+(?:к\s+)?ОК\s+ДНЯО",
           "npt_revcon": r"(?:ОК\s+|обзорн\w+\s+(?:процесс|цикл)\w*\s+)?ДНЯО",
           "tpnw_msp": r"ДЗЯО",
           "iaea_gc": r"(?:Генконференци\w+\s+)?МАГАТЭ", "ctbto": r"ОДВЗЯИ"},
    "kk": {"unga_first_committee": r"(?:БҰҰ\s+Бас\s+Ассамблеясының\s+)?Бірінші\s+комитет",
           "unga": r"(?:БҰҰ\s+)?Бас\s+Ассамблея", "un": r"БҰҰ",
           "npt_revcon": r"ЯҚТШ(?:-?\w{1,5}\s+шолу\s+(?:конференция|процес|протсес|цикл)\w*)?",
           "tpnw_msp": r"ЯҚТСШ",
           "iaea_gc": r"МАГАТЭ(?:\s+Бас\s+конференция)?", "ctbto": r"ЯСЖТШҰ|CTBTO"},
    "en": {"unga_first_committee": r"(?:UNGA\s+)?First\s+Committee",
           "unga": r"(?:UN\s+|United\s+Nations\s+)?General\s+Assembly|UNGA",
           "un": r"UN|United\s+Nations",
           "npt_prepcom": r"NPT\s+(?:PrepCom|Preparatory\s+Committee)",
           "npt_revcon": r"NPT(?:\s+(?:[Rr]eview\s+(?:[Pp]rocess|[Cc]ycle|[Cc]onference)|RevCon))?",
           "tpnw_msp": r"TPNW", "iaea_gc": r"IAEA(?:\s+General\s+Conference)?",
           "ctbto": r"CTBTO"},
}  # fmt: skip
LIST_SEPARATOR = r"(?:\s*,\s*(?:and\s+|и\s+)?|\s+(?:and|и|және|мен|бен|пен)\s+)(?:the\s+)?"
LISTED_AT_LEAST = 3


KAZAKH_ENDING = r"(?:-?[а-яәғқңөұүһі]{1,6})?"  # 'ЯСЖТШҰ-ның', 'МАГАТЭ-нің'


def _item_pattern(items: dict[str, str], ending: str, prefix: str = "") -> str:
    alternatives = "|".join(f"(?P<{prefix}{code}>{word})" for code, word in items.items())
    return r"(?<![\w-])(?:" + alternatives + r")" + ending + r"(?!\w)"


def _list_pattern(items: dict[str, str], ending: str) -> re.Pattern[str]:
    first, then = _item_pattern(items, ending), _item_pattern(items, ending, "next_")
    return re.compile(first + r"(?:" + LIST_SEPARATOR + then + r")+")


ENDINGS = {"ru": "", "kk": KAZAKH_ENDING, "en": ""}
LIST_PATTERNS = {
    language: _list_pattern(items, ENDINGS[language]) for language, items in LISTED_FORA.items()
}
ONE_ITEM = {
    language: re.compile(_item_pattern(items, ENDINGS[language]))
    for language, items in LISTED_FORA.items()
}


def _listed_fora(ctx: Context, sentence: Sentence) -> list[tuple[str, Span]]:
    """Each forum of a list of three or more named by their short names, with its span."""
    pattern, one = LIST_PATTERNS.get(ctx.language), ONE_ITEM.get(ctx.language)
    if pattern is None or one is None:
        return []
    found: list[tuple[str, Span]] = []
    for listed in pattern.finditer(sentence.text):
        items = [
            (next(code for code, v in m.groupdict().items() if v), m)
            for m in one.finditer(listed.group(0))
        ]
        if len({code for code, _ in items}) < LISTED_AT_LEAST:
            continue
        base = sentence.start + listed.start()
        found += [(code.replace("_", "-"), (base + m.start(), base + m.end())) for code, m in items]
    return found


SPOKEN_FOR_AFTER = 4


def _parties_missions_at_the_un(ctx: Context, rules: Rules) -> list[Proposal]:
    """'The UN ambassadors of Kazakhstan, Kyrgyzstan, ... said', 'the Permanent Missions to
    the UN of the States Parties convened': the parties' representatives acting at the UN
    together (two parties or more named, or the parties as such); 'the Permanent
    Representative of X to the UN ... on behalf of the Member States of ASEAN' a few lines
    on. The zone is named there or in the sentence before."""
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        if _the_nuclear_powers_act(ctx, rules, sentence):
            continue  # 'the Permanent Representatives to the UN of the five nuclear weapon states'
        if _another_forum_named(rules, sentence):
            continue  # 'the Permanent Representative ... to the UN ... at the PrepCom': its title
        for phrase in hits(rules.un_missions, sentence):
            parties = [m for m in ctx.states_in(sentence.start, sentence.end) if m.is_party]
            told = ctx.neighbours(sentence, before=0, after=SPOKEN_FOR_AFTER)
            if len({m.code for m in parties}) >= 2:
                who = [(m.start, m.end) for m in parties[:5]]
            else:
                # 'experts of the UN Member States': the UN's members, not the parties
                members = [h.span for h in hits(rules.not_forum, sentence)]
                actor = next(
                    (
                        h
                        for h in hits(rules.forum_actors, sentence)
                        if not any(h.start < e and s < h.end for s, e in members)
                    ),
                    None,
                ) or next((h for s in told if (h := first_hit(rules.joint, s)) is not None), None)
                if actor is None:
                    continue
                who = [actor.span]
            window = ctx.neighbours(sentence, before=1) + told[1:]
            if not any(ctx.regime_in(s.start, s.end) for s in window):
                continue
            found.append(proposal("forum", {"forum": "un"}, [phrase.span, *who], 0.7))
            break
    return found


def _another_forum_named(rules: Rules, sentence: Sentence) -> bool:
    """The sentence names a forum other than the UN itself (the PrepCom, the IAEA General
    Conference): a representative to the UN speaking there acts at that forum."""
    return any(code != "un" and first_hit(trigger, sentence) for code, trigger, _ in rules.forums)


# 'the plenary', 'adopted', 'resolution': the Assembly's own act, not its committee's
PLENARY = re.compile(
    r"plenary|adopt\w*|resolution|пленарн\w*|принят\w*|резолюци\w*|пленарлық|қабылда\w*|қарар\w*",
    re.IGNORECASE,
)


def _the_assemblys_committee(ctx: Context, rules: Rules, found: list[Proposal]) -> list[Proposal]:
    """'speaks at a debate of the UN General Assembly ... The First Committee is one of its
    main committees': the parties' work at the Assembly that the text places in its First
    Committee (named there, no plenary, adoption or resolution beside the Assembly) is the
    committee's."""
    codes = {p.fields["forum"] for p in found}
    if "unga" not in codes or "unga-first-committee" in codes:
        return found
    committee_pattern = next(
        (pattern for code, pattern, _ in rules.forums if code == "unga-first-committee"), None
    )
    committee = None
    if committee_pattern is not None:
        match = committee_pattern.search(ctx.text)
        if match is not None:
            committee = Hit(match.start(), match.end(), match.group(0), {})
    if committee is None:
        return found
    kept: list[Proposal] = []
    for p in found:
        if p.fields["forum"] == "unga":
            sentences = [s for s in ctx.sentences if any(s.start <= a < s.end for a, _ in p.spans)]
            if not any(PLENARY.search(s.text) for s in sentences):
                p = proposal("forum", {"forum": "unga-first-committee"},
                             [*p.spans, committee.span], p.confidence)  # fmt: skip
        kept.append(p)
    return kept


UN_BODIES = frozenset({"unga", "unga-first-committee"})


def _specific_un_body_first(found: list[Proposal]) -> list[Proposal]:
    """The parties' work at the General Assembly or its First Committee is their work at the
    UN: the general 'un' is not proposed beside it ('the Permanent Missions to the UN ...
    convened a briefing in the framework of the First Committee')."""
    if not any(p.fields["forum"] in UN_BODIES for p in found):
        return found
    return [p for p in found if p.fields["forum"] != "un"]


# 'Working paper submitted by ...', 'Memorandum ... Submitted by the Pacific Islands Forum
# secretariat', 'представлен ...': a conference document under the conference's heading
SUBMITTED = re.compile(
    r"^[^\w\n]*(?:(?:[Ww]orking\s+paper\s+|[Mm]emorandum\s+)?[Ss]ubmitted\s+by\b|[Пп]редставлен\w*\s+)",
    re.MULTILINE,
)
HEADER_LINES = 5


def _submitted_to_the_conference(ctx: Context) -> Hit | None:
    """A document's header: the forum named in its first line, 'Submitted by' a zone's body
    in the lines under it, and the zone named there (its title)."""
    lines = ctx.sentences[1 : 1 + HEADER_LINES]
    if not any(ctx.regime_in(s.start, s.end) for s in lines):
        return None
    for line in lines:
        # a line of its own, as in a document's header
        match = SUBMITTED.search(ctx.text, line.start, line.end)
        if match is not None:
            return Hit(match.start(), match.end(), match.group(0), {})
    return None


# the five with a partner ('C5+1', 'Central Asia + Japan', 'Центральная Азия + Китай'): their
# joint statements are the format's, not the zone's parties'
DIALOGUE_FORMAT = re.compile(
    r"\bC5\s*\+\s*\w+|(?:Central\s+Asia|Центральная\s+Азия|Орталық\s+Азия)\s*\+\s*\w+"
)


def _the_parties_act(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """The parties act at the forum, not one state for itself nor another body's members:
    the sentence or the one before names a zone, the parties together ('the parties',
    'Central Asian states', 'on behalf of all', 'as chair', 'стороны', 'тараптар'), or the
    next sentence says they spoke jointly; a sentence on 'our country' is a state's own."""
    if rules.forum_actors is None:
        return True
    if first_hit(rules.single_actor, sentence) and not first_hit(rules.joint, sentence):
        return False
    if SUGGESTION.search(sentence.text) and not first_hit(rules.joint, sentence):
        return False
    if _the_nuclear_powers_act(ctx, rules, sentence) and not _a_resolution_on_the_zone(
        ctx, sentence
    ):
        return False  # ('sponsored by Mongolia in coordination with the P5' is the zone's own)
    if not first_hit(rules.joint, sentence) and any(
        first_hit(rules.meeting_excluded, s) or first_hit(rules.other_bodies, s)
        for s in ctx.neighbours(sentence, before=1)
    ):
        return False  # the heads of state's meeting, the CSTO's ministers: another format
    if any(DIALOGUE_FORMAT.search(s.text) for s in ctx.neighbours(sentence, before=1)):
        return False  # 'The C5+1 foreign ministers ... adopted a joint statement': with a partner
    if _another_bodys_joint_words(ctx, rules, sentence):
        return False  # 'Министры ... СНГ приняли совместное заявление к Обзорной конференции'
    if _our_words_on_the_zone(ctx, sentence):
        return True
    # one party acting ('Kyrgyzstan signed the TPNW on the margins of the Assembly') speaks
    # for the parties only as their chair or on their behalf, here or in the sentence before
    one_state = len(
        {m.code for m in ctx.states_in(sentence.start, sentence.end) if m.is_party}
    ) == 1 and not (first_hit(rules.forum_actors, sentence) or first_hit(rules.joint, sentence))
    for near in ctx.neighbours(sentence, before=1):
        if _the_parties_named(ctx, rules, near):
            return True
        if ctx.regime_in(near.start, near.end) and not one_state:
            return True
        if _mongolia_acts(ctx, near):
            return True
    if _a_resolution_on_the_zone(ctx, sentence):
        return True
    after = ctx.neighbours(sentence, before=0, after=FORUM_TOLD_AFTER)[1:]
    # 'She spoke on behalf of the five states – Kazakhstan, ...', 'Sponsors: Kazakhstan, ...'
    if after and (first_hit(rules.joint, after[0]) or _the_parties_named(ctx, rules, after[0])):
        return True
    # 'At the conference, the delegations of the five states ...', 'The committee approved
    # ... resolutions on the Southeast Asia nuclear weapon free zone', a few sentences on
    return any(
        (first_hit(rules.forum_anaphor, s) or THERE.search(s.text))
        and (
            (first_hit(rules.forum_actors, s) and first_hit(rules.forum_context, s))
            or _a_resolution_on_the_zone(ctx, s)
        )
        for s in after
    )


BODY_AND_ACTOR_GAP = 3  # 'CSTO member states', 'государств — членов СНГ'


def _another_bodys_joint_words(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """Another body named in the sentence (the CIS, the CSTO) with joint words ('приняли
    совместное заявление'): the joint words are that body's members', unless the parties are
    named as such apart from the body ('от имени пяти государств — участников ...'). A body
    that is itself a forum (the Conference on Disarmament) is where they speak, not who."""
    fora = [t for _, trigger, _ in rules.forums for t in hits(trigger, sentence)]
    bodies = [
        b
        for b in hits(rules.other_bodies, sentence)
        if not any(b.start < f.end and f.start < b.end for f in fora)
    ]
    joint = hits(rules.joint, sentence)
    if not bodies or not joint:
        return False
    # (in the joint words' part of the sentence: '...; в нём участвовали и государства ЦА')
    parts = [_the_part_of(ctx, sentence, j) for j in joint]
    actors = [
        a
        for a in hits(rules.forum_actors, sentence)
        if not any(a.start < j.end and j.start < a.end for j in joint)
        and any(lo <= a.start < hi for lo, hi in parts)
    ]
    return not any(all(_gap(a, body) > BODY_AND_ACTOR_GAP for body in bodies) for a in actors)


# a first person plural in a quote: 'мы', 'наши подходы', 'we', 'our', 'біз'
# (or a first person plural verb: 'Будем и дальше координировать ...', 'Продолжим ...')
OUR = re.compile(r"(?<!\w)(?:мы|нас|наш\w*|будем|продолжим|we|our|біз\w*)(?!\w)", re.IGNORECASE)


def _our_words_on_the_zone(ctx: Context, sentence: Sentence) -> bool:
    """'«Мы продолжим согласовывать наши подходы на площадке ОК ДНЯО», — подчеркнул
    представитель МИД Узбекистана, говоря о сотрудничестве в рамках ЦАЗСЯО': a quoted 'we'
    about the zone the reporting words name is the parties together, not the speaker's state."""
    return any(
        OUR.search(quote.text) and ctx.regime_in(quote.end, sentence.end)
        for quote in hits(QUOTED, sentence)
    )


def _the_nuclear_powers_act(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """'the P5 reaffirmed the joint statement they made at the UN General Assembly', 'said
    Ulyanov (Russia), speaking at the NPT Review Conference': the nuclear powers, or one of
    them, at the forum, with no party named there (nor the parties as such)."""
    states = ctx.states_in(sentence.start, sentence.end)
    if any(m.is_party for m in states):
        return False
    if rules.nuclear_powers is not None and any(
        not (ctx.language == "kk" and OBJECT_CASE_KK.search(h.text))
        for h in hits(rules.nuclear_powers, sentence)
    ):
        return True  # (not 'ядролық державаларды ... шақырды': the powers called upon)
    if not states:
        return False
    return not (first_hit(rules.forum_actors, sentence) or first_hit(rules.joint, sentence))


OBJECT_CASE_KK = re.compile(r"(?:ды|ді|ны|ні|ты|ті|ға|ге|қа|ке)$", re.IGNORECASE)

MONGOLIA_NAMED = {
    "en": re.compile(r"\bMongolia\b"),
    "ru": re.compile(r"(?<!\w)Монголи\w*"),
    "kk": re.compile(r"(?<!\w)Моңғолия\w*"),
}


def _mongolia_acts(ctx: Context, sentence: Sentence) -> bool:
    """Mongolia is its status's only party: in a text about Mongolia's nuclear-weapon-free
    status, Mongolia named acting ('introduced by Mongolia') is the zone acting."""
    named = MONGOLIA_NAMED.get(ctx.language)
    return (
        named is not None
        and ctx.mentions("mongolia-nwfs")
        and named.search(sentence.text) is not None
    )


def _a_resolution_on_the_zone(ctx: Context, sentence: Sentence) -> bool:
    """'adopted the resolution "Treaty on a Nuclear-Weapon-Free Zone in Central Asia"',
    'resolutions on the Southeast Asia nuclear weapon free zone': the zone's own resolution
    (the zone named just after the word)."""
    if not ADOPTED.search(sentence.text):
        return False  # 'prepare and submit a resolution on ...': not yet the body's act
    for match in RESOLUTION.finditer(sentence.text):
        start = sentence.start + match.end()
        if ctx.regime_in(start, min(sentence.end, start + 80)):
            return True
    return False


ADOPTED = re.compile(
    r"\b(?:adopt\w*|approv\w*|introduc\w*|sponsor\w*)|принят\w*|принял\w*|одобр\w*|қабылда\w*",
    re.IGNORECASE,
)
# 'suggesting ASEAN soon prepare and submit a resolution', 'предложил ...': one state's
# suggestion, not the parties' work
SUGGESTION = re.compile(
    r"\b(?:suggest\w*|propos\w*|urg(?:ed|es|ing)|call(?:ed|s|ing)?\s+on|recommend\w*)"
    r"|предлож\w*|призв\w*",
    re.IGNORECASE,
)


FORUM_TOLD_AFTER = 5
PARTIES_LISTED = 3  # 'Kazakhstan, Kyrgyzstan, Tajikistan ...': the parties together


def _the_parties_named(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    if first_hit(rules.forum_actors, sentence):
        return True
    codes = {m.code for m in ctx.states_in(sentence.start, sentence.end) if m.is_party}
    return len(codes) >= PARTIES_LISTED


# the parties' own act on a body's resolution: they sponsor, table or introduce it, or it is
# their initiative ('В текст резолюции Первого комитета ... по инициативе стран региона')
SPONSORED = re.compile(
    r"\b(?:co-?sponsor\w*|sponsor\w*|tabl(?:ed|es|ing)|introduc\w*|initiative)|соавтор\w*"
    r"|внес(?:ли|ла|ут|ено|ены)|внёс|инициатив\w*|авторлар\w*|енгіз\w*|бастама\w*",
    re.IGNORECASE,
)
INSTRUMENT_AFTER = re.compile(
    r"^\s*(?:'s\s+|’s\s+)?resolutions?\b|^\s+қарар", re.IGNORECASE
)  # ('БҰҰ Бас Ассамблеясының қарары')
# 'резолюция ГА ООН', 'резолюции Генеральной Ассамблеи': the body named after its instrument
INSTRUMENT_BEFORE = re.compile(r"(?<!\w)резолюци\w*\s+$", re.IGNORECASE)


def _its_resolution(ctx: Context, rules: Rules, sentence: Sentence, trigger: Hit) -> bool:
    """'the first General Assembly resolution on ...', 'implementing the UN resolution': the
    forum names a resolution it adopted, not work the parties did there (unless the sentence
    says they acted together: 'a joint statement on the UN resolution')."""
    if not (
        INSTRUMENT_AFTER.match(ctx.text[trigger.end : trigger.end + 16])
        or INSTRUMENT_BEFORE.search(ctx.text[max(0, trigger.start - 16) : trigger.start])
    ):
        return False
    if SPONSORED.search(sentence.text) and _the_parties_named(ctx, rules, sentence):
        return False  # 'Kazakhstan, Kyrgyzstan, ... co-sponsor the UNGA resolution on the zone'
    return first_hit(rules.joint, sentence) is None


def _gap(a: Hit, b: Hit) -> int:
    """Characters between two hits (0 when they touch or overlap)."""
    return max(0, a.start - b.end, b.start - a.end)


ATTACHED = 12  # 'конференции ДНЯО', 'NPT Review Conference', 'шарттың бірінші шолу конференциясы'
COORDINATED = re.compile(
    r"^\s*\)?\s*(?:\([^)]{1,20}\)\s*)?(?:,|и|and|және|мен|бен|пен)\s*(?:the\s+)?$", re.IGNORECASE
)


def _attached(rules: Rules, obj: Hit, trigger: Hit) -> bool:
    if rules.head_final and obj.start > trigger.start:
        return False  # Kazakh names the treaty before the conference
    return _gap(obj, trigger) <= ATTACHED


def _belongs_elsewhere(
    ctx: Context, rules: Rules, trigger: Hit, obj: Hit, own: list[Hit], every: list[Hit]
) -> bool:
    """Another treaty is attached to the trigger and this one is not, nor coordinated with
    it ('обзорные конференции ДНЯО и ДЗЯО' is both). A treaty written with its abbreviation
    ('... туралы шарт (ЯҚТШ) пен ... туралы шарттың (ЯҚТСШ) Шолу конференцияларын') is
    coordinated with the nearest words of the attached one, not with its abbreviation."""
    if any(_attached(rules, o, trigger) for o in own):
        return False
    own_spans = {o.span for o in own}
    rivals = [r for r in every if r.span not in own_spans and _attached(rules, r, trigger)]
    if not rivals:
        return False
    rival = min(rivals, key=lambda r: _gap(r, obj))
    lo, hi = (rival.end, obj.start) if rival.end <= obj.start else (obj.end, rival.start)
    return not COORDINATED.match(ctx.text[lo:hi])


RESOLUTION = re.compile(r"resolution|резолюци|қарар", re.IGNORECASE)


def _another_resolution(ctx: Context, rules: Rules, sentence: Sentence, context: Hit) -> bool:
    """'the draft resolution "Zone of Peace, Trust and Cooperation of Central Asia"': a
    resolution whose title names no zone is another matter than the parties' work."""
    if not RESOLUTION.search(context.text):
        return False
    titles = [t for t in hits(rules.quoted_title, sentence) if 0 <= t.start - context.end < 40]
    return bool(titles) and not any(ctx.regime_in(t.start, t.end) for t in titles)


# 'AFCONE and AFRA signed', 'between the ABC and the XYZ': bodies the word lists do not hold,
# by the capitals they sign with (treaties' and documents' abbreviations are not parties)
COORDINATED_ACRONYMS = re.compile(
    r"\b(?:between\s+(?:the\s+)?)?([A-Z]{3,8})\s+and\s+(?:the\s+)?([A-Z]{3,8})\b"
)
NOT_A_PARTY = frozenset({"MOU", "MOC", "NPT", "TPNW", "CTBT", "NWFZ", "NWFZS", "WMD", "THE"})


def _acronym_parties(sentence: Sentence) -> list[Hit]:
    found: list[Hit] = []
    for match in COORDINATED_ACRONYMS.finditer(sentence.text):
        for group in (1, 2):
            word = match.group(group)
            if word in NOT_A_PARTY:
                continue
            start = sentence.start + match.start(group)
            found.append(Hit(start, start + len(word), word, {}))
    return found
