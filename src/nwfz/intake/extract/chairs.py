"""chair_transfer, and the chair a text says holds the chairmanship in a year.

A transfer needs the chairmanship and a verb of giving, receiving or passing in one sentence
('передал председательство', 'handed over the chairmanship', 'төрағалықты қабылдады'), or a
state holding the chair from a date ('С 1 января 2026 года Казахстан председательствует').
The sentence or a neighbour must be about the treaty, and a sentence naming another body
(SCO, CICA, the Conference on Disarmament...) but not the treaty is left alone.

The year and the start of the term come from the verb's own clause ('Узбекистан,
руководивший ... в 2025 году, передал эстафету' is not a handover for 2025); a term starts on
1 January, so a 1 January date with the verb is its start ('assumed the chairmanship on
January 1, 2022'), as is a 'took effect on ...' in the next sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .clauses import clause_of, clauses
from .common import QUOTED, Context, Hit, first_hit, hits, merge, year_near
from .dates import DateMention
from .proposals import Proposal, Span
from .regimes import regime_at
from .rules import (
    REGIME,
    Rules,
    in_treaty_context,
    is_effective_date,
    names_another_treaty,
    proposal,
)
from .states import StateMention, find_capitals
from .text import Sentence
from .zone_words import zone_states_en


def about_the_treaty(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """The sentence, one of the two before it or the one after it is about the treaty, and it
    does not name another body (SCO, CICA...) instead of the treaty."""
    if not ctx.mentions_regime:
        return False
    here = ctx.regime_in(sentence.start, sentence.end)
    if first_hit(rules.other_bodies, sentence) and not here:
        return False
    # a release's handover may follow the meeting's sentence after one on the delegations
    if any(in_treaty_context(rules, ctx, s) for s in ctx.neighbours(sentence, 2, 1)):
        return True
    return _at_the_parties_meeting(ctx, rules, sentence)


# the meeting told again heading the sentence: 'Жиын соңында', 'Кездесу қорытындысында', 'По
# итогам встречи', 'В завершение заседания', 'At the end of the meeting'
AT_THE_MEETING = re.compile(
    r"\W*(?:(?:Жиын|Кездесу|Басқосу|Отырыс)\w*\s+(?:соңында|аяғында|барысында|қорытындысында)"
    r"|(?:По\s+итогам|В\s+завершение|В\s+конце|По\s+окончании|В\s+ходе)\s+"
    r"(?:встречи|заседания|совещания)"
    r"|(?:At\s+the\s+(?:end|close|conclusion)|In\s+the\s+course)\s+of\s+the\s+(?:meeting|session))"
    r"(?!\w)"
)


def _at_the_parties_meeting(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """'Жиын соңында төрағалық Қазақстанға табысталды' a few sentences after the parties'
    meeting the text names with the zone: the handover is at that meeting."""
    if rules.meeting is None or not AT_THE_MEETING.match(sentence.text):
        return False
    return any(
        first_hit(rules.meeting, s) and in_treaty_context(rules, ctx, s)
        for s in ctx.sentences[: sentence.index]
    )


def _chair_of_another_body(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """'Uzbekistan took over the SCO presidency ..., while the Semipalatinsk Treaty remains in
    force': another body named in the clause of the chairmanship, the treaty not."""
    spans = clauses(ctx, sentence)
    for word in hits(rules.chairmanship, sentence) + hits(rules.transfer_hold, sentence):
        lo, hi = clause_of(spans, word.start)
        body = [h for h in hits(rules.other_bodies, sentence) if lo <= h.start < hi]
        if body and not ctx.regime_in(lo, hi):
            return True
    return False


def chair_transfers(ctx: Context, rules: Rules) -> list[Proposal]:
    found: list[Proposal] = []
    for sentence in ctx.sentences:
        if _chair_told_again(ctx, rules, sentence):
            item = _transfer(ctx, _with_the_anaphor(rules), sentence)
            if item is not None:
                found.append(item)
            continue
        if not first_hit(rules.chairmanship, sentence) and not first_hit(
            rules.transfer_hold, sentence
        ):
            named = _named_chair(ctx, rules, sentence)
            if named is not None:
                found.append(named)
            continue
        if not about_the_treaty(ctx, rules, sentence):
            continue
        if _chair_of_another_body(ctx, rules, sentence):
            continue
        item = (
            _transfer(ctx, rules, sentence)
            or _holding(ctx, rules, sentence)
            or _named_chair(ctx, rules, sentence)
        )
        if item is not None:
            if item.fields.get("to") and not item.fields.get("from"):
                giver = _giver_told_beside(ctx, sentence, item.fields["to"])
                if giver is None:
                    giver = _the_reviewed_terms_holder(ctx, rules, item)
                if giver is not None:
                    item.fields["from"] = giver.code
                    item.join_spans({(giver.start, giver.end)})
            found.append(item)
    return _fold_told_again(merge(found, ("to", "year")))


def _fold_told_again(found: list[Proposal]) -> list[Proposal]:
    """A handover told again in the next sentence by a pronoun ('Қырғызстан ... 2027 жылдың
    басында бастайды. Оған төрағалықты Қазақстан береді'): one record, the first's, with the
    giver the second names."""
    kept: list[Proposal] = []
    for item in found:
        if "told_again" in item.stated:
            item.stated.discard("told_again")
            first = [k for k in kept if k.fields.get("to") == item.fields.get("to")]
            if len(first) == 1:
                if not first[0].fields.get("from"):
                    first[0].fields["from"] = item.fields.get("from")
                first[0].join_spans(item.spans)
                continue
        kept.append(item)
    return kept


def _chair_told_again(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """'Семей шарты бойынша төрағалық кезегі Қазақстанға келді. Ол бұл міндетті Өзбекстаннан
    қабылдап алды': no chair's word, a word of duty standing for the one the sentence before
    names, about the treaty and no other body."""
    before = ctx.sentence_before(sentence)
    if rules.chair_anaphor is None or before is None:
        return False
    if first_hit(rules.chairmanship, sentence) or not first_hit(rules.chair_anaphor, sentence):
        return False
    return (
        first_hit(rules.chairmanship, before) is not None
        and about_the_treaty(ctx, rules, before)
        and not _chair_of_another_body(ctx, rules, before)
        and not (rules.other_bodies is not None and first_hit(rules.other_bodies, sentence))
    )


_ANAPHOR_RULES: dict[int, Rules] = {}


def _with_the_anaphor(rules: Rules) -> Rules:
    """The rules with the words of duty read as the chair's."""
    key = id(rules)
    if key not in _ANAPHOR_RULES:
        both = re.compile(
            rules.chairmanship.pattern + "|" + rules.chair_anaphor.pattern,  # type: ignore[union-attr]
            rules.chairmanship.flags,
        )
        _ANAPHOR_RULES[key] = replace(rules, chairmanship=both)
    return _ANAPHOR_RULES[key]


# the giver in the sentence after the taker's ('Kazakhstan began its chairmanship ... It took
# over the rotating post from Uzbekistan.', '... It succeeds Tajikistan.') or before it
# ('... closed the year of Uzbekistan's chairmanship. From 1 January 2026, the chairmanship
# ... is with Kazakhstan.', 'Kyrgyzstan's year at the head of the zone has come to an end.')
GIVER_NEXT = re.compile(
    r"^\W*(?:It|This|The\s+country|[A-Z][\w-]+stan)\b[^.;]{0,40}?\b(?:t(?:ook|akes|aking)\s+over\s+"
    r"(?:\S+\s+){0,4}?from|succeed(?:s|ed|ing)?|replac(?:es|ed|ing))\s+(?P<giver>[A-Z][\w-]+stan)\b"
)
GIVER_BEFORE = re.compile(
    r"\b(?:clos|end|conclud|complet|wrapp)(?:ed|es|ing)\s+(?:up\s+)?the\s+(?:\w+\s+)?(?:year|term)\s+"
    r"of\s+(?P<giver>[A-Z][\w-]+stan)(?:'s|’s)\s+(?:chairmanship|presidency)"
    r"|(?P<owner>[A-Z][\w-]+stan)(?:'s|’s)\s+(?:\w+\s+)?(?:year|term|chairmanship|presidency)\b"
    r"[^.;]{0,100}?\b(?:ended|expired|concluded|came\s+to\s+an\s+end|ha(?:s|d)\s+come\s+to\s+an\s+"
    r"end|is\s+over|drew\s+to\s+a\s+close)"
)


# a year between a chair's holder and its chairmanship: 'Қазақстанның 2026 жылғы төрағалығы'
HOLDERS_YEAR = re.compile(r"\s+(?P<y>(?:19|20)\d\d)\s+жылғы\s+")


def _the_reviewed_terms_holder(ctx: Context, rules: Rules, item: Proposal) -> StateMention | None:
    """'Қазақстанның 2026 жылғы төрағалығының қорытындылары шығарылды ... 2027 жылдың 1
    қаңтарынан бастап Шартқа төрағалық Қырғыз Республикасына өтеді': the party whose term of
    the year before the transfer's the text reviews is the one the chair passes from."""
    year, to = item.fields.get("year"), item.fields["to"]
    if not year or rules.review is None:
        return None
    for sentence in ctx.sentences:
        if not first_hit(rules.review, sentence):
            continue
        parties = [m for m in ctx.states_in(sentence.start, sentence.end) if m.is_party]
        for chair in hits(rules.chairmanship, sentence):
            for m in parties:
                between = HOLDERS_YEAR.fullmatch(ctx.text, m.end, chair.start)
                if "gen" in m.cases and m.code != to and between and int(between["y"]) == year - 1:
                    return m
    return None


def _giver_told_beside(ctx: Context, sentence: Sentence, to: str) -> StateMention | None:
    """The party the chair passed from, told in the next sentence by 'It took over from X' /
    'It succeeds X' or in the one before by the end of X's term; not the taker itself."""
    near = [
        (GIVER_NEXT, ctx.sentence_after(sentence)),
        (GIVER_BEFORE, ctx.sentence_before(sentence)),
    ]
    for pattern, other in near:
        if other is None:
            continue
        match = pattern.search(other.text)
        if match is None:
            continue
        group = "giver" if match.group("giver") else "owner"
        lo, hi = other.start + match.start(group), other.start + match.end(group)
        for mention in ctx.states_in(lo - 1, hi + 3):
            if mention.is_party and mention.code != to and lo <= mention.start < hi:
                return mention
    return None


def _transfer(ctx: Context, rules: Rules, sentence: Sentence) -> Proposal | None:
    # 'Таджикская сторона, председательствовавшая в 2023 году, передала полномочия
    # председателя ...': the giver's participle is not the chairmanship handed over
    chairs = hits(rules.chairmanship, sentence)
    chair = next((h for h in chairs if not HELD_BEFORE.match(h.text)), None) or (
        chairs[0] if chairs else None
    )
    if chair is None:
        return None
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
        return None
    # 'приняла эстафету': the baton is a noun; the verb beside it tells the role
    verbs = [rv for rv in verbs if not BATON.match(rv[1].text)] or verbs
    role, verb = min(verbs, key=lambda rv: abs(rv[1].start - chair.start))
    parties = [m for m in ctx.states_in(sentence.start, sentence.end) if m.is_party]
    give, receive = (verb if role == "give" else None), (verb if role == "receive" else None)
    to, source = _recipient_and_giver(parties, give, receive)
    if role == "receive" and SUCCEEDED.match(verb.text):
        subjects = [m for m in parties if "nom" in m.cases and m.end <= verb.start]
        to = subjects[-1] if subjects else None  # 'Kazakhstan has succeeded Uzbekistan'
    owner = _owner(ctx, parties, chair) if role == "receive" else None
    if owner is not None and (to is None or to.start > verb.start):
        to = owner  # 'Kazakhstan's chairmanship ... began in 2026, after Uzbekistan ...'
    if to is None or source is None:
        # 'Ташкент принял эстафету председательства в ЦАЗСЯО у Ашхабада': capitals for states
        capitals = [
            StateMention(m.code, m.start + sentence.start, m.end + sentence.start, m.text, m.cases)
            for m in find_capitals(sentence.text, ctx.language)
        ]
        if capitals:
            both = sorted(parties + capitals, key=lambda m: m.start)
            by_capital = _recipient_and_giver(both, give, receive)
            to = to or by_capital[0]
            source = source or (by_capital[1] if by_capital[1] is not to else None)
            if source is not None and to is not None and source.code == to.code:
                source = None
    if to is None:
        to, source = _recipient_by_its_words(ctx, parties, verb, source)
    if to is None:
        to, source = _arrowed(ctx, parties, source)
    if to is None:
        to, source = _holder_after_a_dash(ctx, parties, give, source)
    if to is None:
        to = _the_speakers_state(ctx, sentence, verb, parties)
    if source is None and give is not None:
        source = _the_pronoun_giver(ctx, sentence, give, to)
    told_again = False
    if to is None:
        to = _the_pronouns_state(ctx, sentence, source)
        told_again = to is not None
        if told_again and source is None and give is not None:
            # 'Оған төрағалықты Қазақстан береді': the subject gives to it
            subjects = [m for m in parties if "nom" in m.cases and m.code != to.code]  # type: ignore[union-attr]
            source = subjects[0] if len(subjects) == 1 else None
    if to is None:
        return None
    spans: list[Span] = [chair.span, verb.span, (to.start, to.end)]
    if source is None and role != "receive":
        source = _relative_giver(ctx, parties, verb, to)
    source = source or _former_holder(ctx, parties, to)
    source = source or _predecessor(ctx, rules, sentence, to, spans)
    source = source or _predecessor_told_next(ctx, rules, sentence, to, spans)
    source = source or _giver_named_next(ctx, sentence, to, spans, HELD_EARLIER)
    source = source or _giver_named_next(ctx, sentence, to, spans, GIVEN_TO_IT)
    source = source or _giver_named_next(ctx, sentence, to, spans, PREVIOUS_CHAIR)
    source = source or _giver_named_next(ctx, sentence, to, spans, HELD_IT)
    source = source or _completed_chair(ctx, rules, to, spans)
    if source is not None:
        spans.append((source.start, source.end))
    item = _term(ctx, rules, sentence, to, source, [verb, chair], spans, 0.75)
    if item is not None and told_again:
        item.stated.add("told_again")
    return item


# 'The meeting was chaired by Uzbekistan, which then passed the chairmanship ... to
# Kazakhstan', 'Узбекистан, который передал ...': the relative's antecedent gives
RELATIVE_GIVER = re.compile(
    r"\s*,\s*(?:which|who|that|котор(?:ый|ая|ое))\s+(?:[^\s,.;]+\s+){0,2}", re.IGNORECASE
)


def _relative_giver(
    ctx: Context, parties: list[StateMention], verb: Hit, to: StateMention
) -> StateMention | None:
    for m in parties:
        if m.code != to.code and m.end <= verb.start:
            if RELATIVE_GIVER.fullmatch(ctx.text[m.end : verb.start]):
                return m
    return None


# 'Узбекистан → Казахстан: передача председательства': a headline's arrow between two states
ARROW = re.compile(r"\s*(?:→|->|—>|⇒|➡)\s*")


def _arrowed(
    ctx: Context, parties: list[StateMention], source: StateMention | None
) -> tuple[StateMention | None, StateMention | None]:
    for giver, taker in zip(parties, parties[1:], strict=False):
        if giver.code != taker.code and ARROW.fullmatch(ctx.text[giver.end : taker.start]):
            return taker, source or giver
    return None, source


# 'возложено на Республику Казахстан': the state after 'на' is entrusted with the chair
ENTRUSTED_TO = re.compile(r"(?:возлож|возлага)\w*\s+(?:[^\s.;]+\s+){0,4}?на\s+$", re.IGNORECASE)
# 'будет Кыргызстан, которому Казахстан передаст полномочия': the relative's antecedent
RELATIVE_RECIPIENT = re.compile(r"\s*,\s*котор(?:ому|ой)(?!\w)", re.IGNORECASE)
# 'сдал полномочия председателя, которые принял Туркменистан': the relative's receiver
RELATIVE_RECEIVER = re.compile(
    r",\s*котор(?:ые|ое|ую|ый)\s+(?:принял|приняла|примет|принимает|взял|взяла)\s+$", re.IGNORECASE
)


def _recipient_by_its_words(
    ctx: Context, parties: list[StateMention], verb: Hit, source: StateMention | None
) -> tuple[StateMention | None, StateMention | None]:
    """The recipient no case names: the state the chair is 'возложено на', or the one a
    relative 'которому' (the giving verb's indirect object) stands for, the giver being the
    relative clause's subject."""
    for m in parties:
        if m.start >= verb.end and ENTRUSTED_TO.search(ctx.text[verb.start : m.start]):
            return m, source
        if m.start >= verb.end and RELATIVE_RECEIVER.search(ctx.text[verb.end : m.start]):
            givers = [g for g in parties if "nom" in g.cases and g.end <= verb.start]
            return m, source or (givers[-1] if givers and givers[-1].code != m.code else None)
        relative = RELATIVE_RECIPIENT.match(ctx.text, m.end)
        if relative is not None and relative.end() <= verb.start:
            givers = [
                g
                for g in parties
                if "nom" in g.cases and relative.end() <= g.start and g.end <= verb.start
            ]
            return m, source or (givers[-1] if givers and givers[-1].code != m.code else None)
    return None, source


def _the_years_chair(ctx: Context, rules: Rules, when, verb: Hit) -> bool:  # noqa: ANN001
    """'Семей шартына 2027 жылы Қырғызстан төрағалық етеді': in Kazakh a year before the
    present or future verb of chairing names the year the state chairs; in Russian a year
    after it ('будет председательствовать в течение 2027 года', '... в 2027 году')."""
    if when.kind != "year":
        return False
    if rules.head_final:
        return when.end <= verb.start
    before = ctx.text[max(verb.end, when.start - 12) : when.start]
    return verb.end <= when.start and bool(IN_THE_YEAR.search(before))


IN_THE_YEAR = re.compile(r"(?<!\w)(?:в|в\s+течение|на)\s+$")


# 'Узбекистан передал эстафету: председательство в ЦАЗСЯО — у Казахстана': after a dash, 'у X'
# is who holds it now, not who it was taken from
HOLDER_NOW = re.compile(r"[—–]\s*у\s+$")


def _holder_after_a_dash(
    ctx: Context, parties: list[StateMention], give: Hit | None, source: StateMention | None
) -> tuple[StateMention | None, StateMention | None]:
    held = next(
        (m for m in parties if HOLDER_NOW.search(ctx.text[max(0, m.start - 6) : m.start])), None
    )
    if held is None:
        return None, source
    subjects = [m for m in parties if give is not None and "nom" in m.cases and m.end <= give.start]
    giver = subjects[-1] if subjects else (source if source is not held else None)
    return held, giver


# '«Мы принимаем председательство ...», — заявил замминистра ... Таджикистана', '«...
# қабылдап отырмыз», – деді Қазақстан СІМ өкілі': a quoted 'we' is the speaker's state, the
# party named in the words after the quote
WE = re.compile(r"(?<!\w)(?:мы|біз|we)(?!\w)|\w+(?:мыз|міз|быз|біз|пыз|піз)(?!\w)", re.I)
SAID_AFTER = re.compile(r"\s*,?\s*[—–-]\s*\w+")


def _the_speakers_state(
    ctx: Context, sentence: Sentence, verb: Hit, parties: list[StateMention]
) -> StateMention | None:
    quote = next((q for q in hits(QUOTED, sentence) if q.start <= verb.start < q.end), None)
    if quote is None or not WE.search(quote.text) or SAID_AFTER.match(ctx.text, quote.end) is None:
        return None
    return next((m for m in parties if m.start >= quote.end), None)


# a Kazakh sentence headed by 'Ол' (it, he, she): its subject is the sentence before's
PRONOUN_SUBJECT = re.compile(r"\s*Ол\s")
PRONOUN_DATIVE = re.compile(r"\s*Оған\s")  # 'Оған төрағалықты Қазақстан береді': to it


def _the_pronouns_state(
    ctx: Context, sentence: Sentence, source: StateMention | None
) -> StateMention | None:
    """'Қазақстан жаңа міндетке кірісті. Ол ... төрағалықты Өзбекстаннан қабылдады': 'Ол'
    receiving is the one party the sentence before names as its subject."""
    before = ctx.sentence_before(sentence)
    if before is None or not (
        PRONOUN_SUBJECT.match(ctx.text, sentence.start)
        or PRONOUN_DATIVE.match(ctx.text, sentence.start)
    ):
        return None
    named = [m for m in ctx.states_in(before.start, before.end) if m.is_party]
    # its subject, or the recipient the sentence before names ('... кезегі Қазақстанға келді')
    if len({m.code for m in named}) != 1 or not {"nom", "dat"} & named[0].cases:
        return None
    if source is not None and source.code == named[0].code:
        return None
    return named[0]


# 'Председательство ..., осуществлявшееся в 2022 году Кыргызской Республикой, перешло к ...':
# the agent of the holding participle held it before
FORMER_HOLDER = re.compile(r"(?:осуществлявш|исполнявш)\w*", re.IGNORECASE)
# 'Узбекистан, председательствовавший в 2020 году, передал ...', 'Uzbekistan, which chaired
# the Treaty in 2025, passed ...', '2025 жылы төрағалық еткен Өзбекстан': a participle (or
# relative) of having held the chair, whose year is the giver's term, not the transfer's
HELD_BEFORE = re.compile(
    r"(?:председательствовавш|осуществлявш|исполнявш|возглавлявш|руководивш)\w*"
    r"|(?:which|that|who)\s+(?:had\s+)?(?:chaired|held\s+the\s+chair)|having\s+chaired"
    r"|төрағалық\s+еткен",
    re.IGNORECASE,
)


# 'Ранее эти функции выполнял Туркменистан', 'До этого председательствовал Узбекистан': the
# next sentence names who held the chair before
HELD_EARLIER = re.compile(
    r"\W*(?:Ранее|До\s+этого|Прежде|До\s+него|До\s+нее|До\s+неё|Previously|Before\s+that)"
    r"[^.;]{0,60}?(?:выполнял|осуществлял|исполнял|председательствовал|возглавлял|занимал"
    r"|held|chaired)",
    re.IGNORECASE,
)


# 'Предыдущий председатель — Туркменистан — передал ему дела': the giver named next by its
# former role
PREVIOUS_CHAIR = re.compile(
    r"\W*(?:(?:Предыдущ|Прежн|Бывш)\w*\s+председател\w*"
    r"|(?:The\s+)?(?:previous|outgoing|former)\s+(?:chair|chairman|chairperson)\b)",
    re.IGNORECASE,
)
# '... has been assumed by Turkmenistan for 2024. Tajikistan held the post in 2023.': the next
# sentence opens with the one who held it ('had chaired the treaty', 'held the chairmanship')
HELD_IT = re.compile(
    r"\W*(?=[A-Z][\w-]+\s+(?:had\s+)?(?:held|chaired)\s+the\s+(?:post|chair|chairmanship|"
    r"rotating\s+chair(?:manship)?|treaty|Treaty)\b)"
)


# 'Функции председателя ему передал Узбекистан': the next sentence names the giver, the
# recipient there by a pronoun
GIVEN_TO_IT = re.compile(
    r"[^.;]{0,50}?(?<!\w)(?:ему|ей)\s+(?:\w+\s+)?(?:переда|уступи|сда)(?:л|ла|ло)(?!\w)",
    re.IGNORECASE,
)


def _giver_named_next(
    ctx: Context, sentence: Sentence, to: StateMention, spans: list[Span], opening: re.Pattern
) -> StateMention | None:
    """The giver told by the next sentence when it opens with `opening` ('Ранее ... выполнял
    X', 'Функции председателя ему передал X')."""
    following = ctx.sentence_after(sentence)
    if following is None:
        return None
    told = opening.match(following.text)
    if told is None:
        return None
    return _the_one_other_party(ctx, following, following.start + told.end(), told, to, spans)


def _the_one_other_party(
    ctx: Context,
    following: Sentence,
    after: int,
    held: re.Match[str],
    to: StateMention,
    spans: list[Span],
) -> StateMention | None:
    named = [
        m
        for m in ctx.states_in(after, following.end)
        if m.is_party and m.code != to.code and m.start - after < 25
    ]
    if len({m.code for m in named}) != 1:
        return None
    spans.append((following.start + held.start(), after))
    return named[0]


def _former_holder(
    ctx: Context, parties: list[StateMention], to: StateMention
) -> StateMention | None:
    for m in parties:
        if m.cases == frozenset({"ins"}) and m.code != to.code and m.start < to.start:
            if FORMER_HOLDER.search(ctx.text[max(0, m.start - 40) : m.start]):
                return m
    return None


def _former_holders_year(ctx: Context, sentence: Sentence, anchor: Hit):  # noqa: ANN202
    """'Председательство, осуществлявшееся в 2022 году Кыргызстаном, перешло к Таджикистану':
    the one bare year of the holding participle's phrase (up to its comma or the anchor) is
    the giver's, so the recipient's term is the year after it."""
    participle = HELD_BEFORE.search(ctx.text, sentence.start, anchor.start)
    if participle is None:
        return None
    comma = ctx.text.find(",", participle.end(), anchor.start)
    return _the_one_year(ctx, participle.start(), comma if comma != -1 else anchor.start)


def _the_one_year(ctx: Context, start: int, end: int):  # noqa: ANN202
    """The year the span tells, when it tells exactly one ('в 2022 году')."""
    years = [d for d in ctx.dates_in(start, end) if d.kind == "year" and d.year is not None]
    return years[0] if len(years) == 1 else None


SUCCEEDED = re.compile(r"(?:ha(?:s|ve)\s+)?succeed(?:ed|ing|s)?\b", re.IGNORECASE)
OWNER_OF = re.compile(r"\s+of\s+(?:the\s+)?$")


def _owner(ctx: Context, parties: list[StateMention], chair: Hit) -> StateMention | None:
    """The party whose chairmanship it is: 'Kazakhstan's chairmanship', 'the chairmanship of
    Kazakhstan' (a term beginning is its holder's)."""
    for m in parties:
        if "gen" not in m.cases:
            continue
        if m.end <= chair.start and not ctx.text[m.end : chair.start].strip():
            return m
        # 'Қазақстанның Семей шартына төрағалығы': the treaty's name between
        if 0 < chair.start - m.end < 40 and ctx.regime_in(m.end, chair.start):
            return m
        if m.start >= chair.end and OWNER_OF.fullmatch(ctx.text[chair.end : m.start]):
            return m
    return None


def _holding(ctx: Context, rules: Rules, sentence: Sentence) -> Proposal | None:
    """'С 1 января 2026 года Казахстан председательствует в Договоре': a term from a date."""
    for verb in hits(rules.transfer_hold, sentence):
        home = clause_of(clauses(ctx, sentence), verb.start)
        if HOLD_ALONE.fullmatch(verb.text) and not any(
            home[0] <= h.start < verb.start for h in hits(rules.chairmanship, sentence)
        ):
            continue  # 'атқарады' holds the chair only after the chairmanship's word
        # 'с 1 января 2026 года', '2026 жылдан бастап': the start in the verb's clause, else
        # one fronted before it ('As of January 1, 2025, Uzbekistan chairs the Treaty')
        starts = [
            d
            for d in ctx.dates_in(home[0], home[1]) or ctx.dates_in(sentence.start, verb.start)
            if (d.value is not None or d.kind in ("year", "relative_year"))
            and d.year is not None
            and (is_effective_date(rules, ctx, d) or _the_years_chair(ctx, rules, d, verb))
        ]
        named = [m for m in ctx.states_in(home[0], home[1]) if m.is_party and "nom" in m.cases]
        subjects = [m for m in named if m.end <= verb.start]
        if not subjects:  # 'С 2026 года функции председателя ... исполняет Республика Казахстан',
            # 'the chairmanship ... is held by Kazakhstan' (the passive's agent)
            after = named if not BY_END.search(verb.text) else ctx.states_in(home[0], home[1])
            subjects = [m for m in after if m.is_party and 0 <= m.start - verb.end < 20][:1]
        if not subjects:
            continue
        to = subjects[-1]
        before: list[Span] = []
        source = _predecessor(ctx, rules, sentence, to, before) if not starts else None
        if (
            not starts
            and source is None
            and not NOW.search(ctx.text, max(home[0], verb.start - 8), verb.start)
        ):
            continue  # (but 'Kazakhstan now holds the chair': the holder named as the chair now)
        if source is not None:
            # 'Отныне председательствует ... Кыргызстан, сменивший на этом посту Казахстан'
            spans = [verb.span, (to.start, to.end), *before, (source.start, source.end)]
            return _term(ctx, rules, sentence, to, source, [verb], spans, 0.7)
        spans: list[Span] = [verb.span, (to.start, to.end)]
        spans += [
            h.span
            for h in hits(rules.chairmanship, sentence)
            if home[0] <= h.start < verb.start and not verb.start <= h.start < verb.end
        ][:1]
        source = _predecessor(ctx, rules, sentence, to, spans)  # '..., бұған дейін ... X атқарған'
        # ('С 1 января 2027 года ... председательствует Кыргызстан. Полномочия ей передал X')
        source = source or _giver_named_next(ctx, sentence, to, spans, HELD_EARLIER)
        source = source or _giver_named_next(ctx, sentence, to, spans, GIVEN_TO_IT)
        source = source or _giver_named_next(ctx, sentence, to, spans, HELD_IT)
        if source is not None:
            spans.append((source.start, source.end))
        return _term(ctx, rules, sentence, to, source, [verb], spans, 0.7)
    return None


BY_END = re.compile(r"\bby$")
NOW = re.compile(r"\b(?:now|currently)\s+$|(?<!\w)(?:ныне|сейчас|қазір)\s+$", re.IGNORECASE)


def _term(
    ctx: Context,
    rules: Rules,
    sentence: Sentence,
    to: StateMention,
    source: StateMention | None,
    anchors: list[Hit],
    spans: list[Span],
    confidence: float,
) -> Proposal:
    """The year and start of the recipient's term, from the anchors' clauses."""
    spans_of_clauses = clauses(ctx, sentence)
    homes = {clause_of(spans_of_clauses, a.start) for a in anchors}
    start = _start_date(ctx, rules, sentence, homes)
    stated: set[str] = set()
    year = None
    if start is not None:
        year = start.value.year  # type: ignore[union-attr]
        spans.append((start.start, start.end))
        stated.add("year")
    else:
        verb_home = clause_of(spans_of_clauses, anchors[0].start)
        for lo, hi in sorted(homes, key=lambda home: (home != verb_home, home)):
            if HELD_BEFORE.search(ctx.text, lo, hi) and (lo, hi) != verb_home:
                continue  # the giver's own term ('..., председательствовавшая в 2023 году,')
            mention = year_near(ctx, lo, hi, anchors[0].start, rules.head_final)
            if mention is not None and mention.year is not None:
                year = mention.year
                spans.append((mention.start, mention.end))
                month = _month_of(ctx, mention)
                if month is None:
                    stated.add("year")
                    confidence += 0.1
                elif month >= 7:
                    year += 1  # handed over at the autumn meeting: the term starts next January
                break
    if year is None:
        fronted = _fronted_year(ctx, spans_of_clauses, anchors[0])
        if fronted is not None and _month_of(ctx, fronted) is None:
            year = fronted.year
            spans.append((fronted.start, fronted.end))
            stated.add("year")
    if year is None:
        held = _former_holders_year(ctx, sentence, anchors[0])
        if held is not None:
            year = held.year + 1  # type: ignore[operator]
            spans.append((held.start, held.end))
    if year is None and ctx.published is not None:
        year = ctx.published.year
        confidence -= 0.15
    if in_treaty_context(rules, ctx, sentence):
        confidence += 0.1
    fields = {
        "from": source.code if source else None,
        "to": to.code,
        "year": year,
        "effective": start.value.isoformat() if start is not None else None,  # type: ignore[union-attr]
    }
    item = proposal("chair_transfer", fields, spans, confidence)
    item.stated = stated
    return item


def _fronted_year(ctx: Context, spans_of_clauses: list[Span], anchor: Hit):  # noqa: ANN202
    """'In 2026, the chairmanship ... passed to Tajikistan', '...; for 2025 it belongs to
    Uzbekistan, which took it over from ...': the one bare year of the clause opening the
    sentence, or its part after a semicolon, before the anchor's clause (not a clause inside
    it: 'Казахстан, возглавлявший Договор в 2026 году, передал' tells the giver's year)."""
    openers = [
        (lo, hi)
        for i, (lo, hi) in enumerate(spans_of_clauses)
        if hi <= anchor.start
        and (i == 0 or ";" in ctx.text[spans_of_clauses[i - 1][1] - 1 : lo + 1])
    ]
    if not openers:
        return None
    return _the_one_year(ctx, *openers[-1])


MONTH_BEFORE = re.compile(
    r"(?:январ|феврал|март|апрел|ма[йея]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)"
    r"[\w.]*,?\s+$",
    re.IGNORECASE,
)


def _month_of(ctx: Context, mention: DateMention) -> int | None:
    """The month of a dated act ('on 4 December 2025', 'in December 2024'): the day of a
    ceremony, not the year of the term. None for a bare year."""
    if mention.value is not None and mention.kind != "relative_day":
        return mention.value.month
    before = MONTH_BEFORE.search(ctx.text[max(0, mention.start - 14) : mention.start])
    if before is None:
        return None
    from .dates import EN_MONTHS, KK_MONTHS, RU_MONTHS

    word = before.group(0).strip().lower()
    for table in (KK_MONTHS, EN_MONTHS, RU_MONTHS):
        for stem in sorted(table, key=len, reverse=True):
            if word.startswith(stem):
                return table[stem]
    return None


def _start_date(
    ctx: Context, rules: Rules, sentence: Sentence, homes: set[Span]
) -> DateMention | None:
    """A date marked as a start in the sentence ('с 1 января', 'from 1 January 2026'); else
    1 January with the verb; else 'The rotation took effect on 1 January.' just after."""
    for when in ctx.dates_in(sentence.start, sentence.end):
        if when.value is not None and is_effective_date(rules, ctx, when):
            return when
    for lo, hi in homes:
        for when in ctx.dates_in(lo, hi):
            if when.value is not None and (when.value.month, when.value.day) == (1, 1):
                return when
    following = ctx.sentence_after(sentence)
    if following is not None:
        if first_hit(rules.rotation, following) and not [
            m for m in ctx.states_in(following.start, following.end) if m.is_party
        ]:
            for when in ctx.dates_in(following.start, following.end):
                if when.value is not None and is_effective_date(rules, ctx, when):
                    return when
    return None


# 'сменивший на этом посту Казахстан', 'succeeding in that role Uzbekistan': words between
ON_THE_POST = re.compile(
    r"\s*(?:на\s+(?:этом|данном|своём|своем|посту)\s+(?:посту\s+)?|in\s+th(?:is|at)\s+"
    r"(?:post|role|capacity)\s+)?",
    re.IGNORECASE,
)


def _predecessor(
    ctx: Context, rules: Rules, sentence: Sentence, to: StateMention, spans: list[Span]
) -> StateMention | None:
    """'..., succeeding Tajikistan', 'сменив Таджикистан': the state the chair passes from."""
    for hit in hits(rules.predecessor, sentence):
        after = [
            m
            for m in ctx.states_in(hit.end, sentence.end)
            if m.is_party
            and m.code != to.code
            and (m.start - hit.end < 5 or ON_THE_POST.fullmatch(ctx.text[hit.end : m.start]))
        ]
        if after:
            spans.append(hit.span)
            return after[0]
    return None


def _predecessor_told_next(
    ctx: Context, rules: Rules, sentence: Sentence, to: StateMention, spans: list[Span]
) -> StateMention | None:
    """'... төрағалық Қазақстанға өтті. Бұған дейін бұл қызметті Өзбекстан атқарған болатын':
    the one who held it before, told in the next sentence by the chair's word of duty."""
    after = ctx.sentence_after(sentence)
    if after is None or rules.chair_anaphor is None or not first_hit(rules.chair_anaphor, after):
        return None
    return _predecessor(ctx, rules, after, to, spans)


# 'ол' (it, he) as a word of the sentence: its subject told before
PRONOUN_WORD = re.compile(r"(?<!\w)[Оо]л(?!\w)")


def _the_pronoun_giver(
    ctx: Context, sentence: Sentence, give: Hit, to: StateMention | None
) -> StateMention | None:
    """'Өткен жылы Семей шартына Өзбекстан төрағалық етті. Жыл басында ол өз өкілеттігін
    Қазақстанға тапсырды': 'ол' giving is the one party the sentence before names as its
    subject."""
    before = ctx.sentence_before(sentence)
    pronoun = PRONOUN_WORD.search(ctx.text, sentence.start, give.start)
    if before is None or pronoun is None:
        return None
    named = [m for m in ctx.states_in(before.start, before.end) if m.is_party]
    if len({m.code for m in named}) != 1 or "nom" not in named[0].cases:
        return None
    if to is not None and to.code == named[0].code:
        return None
    return named[0]


def _named_chair(ctx: Context, rules: Rules, sentence: Sentence) -> Proposal | None:
    """A state elected or named its treaty body's chair: 'the Session elected ... of Kenya and
    ... of Zimbabwe as Chairperson and Vice-Chairperson, respectively' (the first named after
    the verb), 'Thailand as the first chairman of the Executive Committee' (new or first: the
    one named just before), 'Кыргызстан избран председателем'. A party for the Central Asian
    zone; for another zone's body, one of that zone's states."""
    named = first_hit(rules.chair_named, sentence)
    if named is None or not about_the_treaty(ctx, rules, sentence):
        return None
    if _chair_of_another_body(ctx, rules, sentence) or first_hit(rules.other_bodies, sentence):
        return None
    states = _states_for_chairs(ctx, sentence)
    elected = next((h for h in hits(rules.chair_elected, sentence) if h.end <= named.start), None)
    if elected is not None:
        after = [m for m in states if elected.end <= m.start < named.start]
        to = after[0] if after else None
        if to is None and _chair_of_the_zone(ctx, rules, named):
            # 'Кыргызстан избран председателем Договора': the state just before the verb
            before = [m for m in states if 0 <= elected.start - m.end < 40 and "nom" in m.cases]
            to = before[-1] if before else _the_subjects_state(ctx, sentence, states, elected)
        anchor = elected
    elif re.search(r"first|new|incoming|перв|нов|бірінші|жаңа", named.text, re.IGNORECASE):
        before = [m for m in states if 0 <= named.start - m.end < 60]
        after = [m for m in states if 0 <= m.start - named.end < 20]
        to = before[-1] if before else (after[0] if after else None)
        anchor = named
    else:
        return None
    if to is None:
        return None
    spans: list[Span] = [anchor.span, named.span, (to.start, to.end)]
    source = _predecessor(ctx, rules, sentence, to, spans)  # '..., the outgoing chair, X'
    if source is not None:
        spans.append((source.start, source.end))
    return _term(ctx, rules, sentence, to, source, [anchor], spans, 0.6)


def _the_subjects_state(
    ctx: Context, sentence: Sentence, states: list[StateMention], elected: Hit
) -> StateMention | None:
    """'The Director General, Nigerian Nuclear Regulatory Authority, Dr. Yau Idris, has been
    elected Chairperson of ...': the one state the subject names, the sentence opening with it
    (no clause of its own between: no full stop, semicolon or other verb of electing)."""
    subject = [m for m in states if sentence.start <= m.start and m.end <= elected.start]
    if len(subject) != 1 or elected.start - subject[0].end > 90:
        return None
    if re.search(r"[;:]|\b(?:and|while|after|when)\b", ctx.text[subject[0].end : elected.start]):
        return None
    return subject[0]


def _chair_of_the_zone(ctx: Context, rules: Rules, named: Hit) -> bool:
    """The chair named is the zone's: its treaty or body right after ('председателем Договора
    о ЦАЗСЯО', 'chair of the CANWFZ'), not another conference's."""
    after = ctx.text[named.end : named.end + 60]
    if ctx.regime_in(named.end, named.end + 60):
        return True
    word = rules.treaty_word.search(after)
    if word is None or word.start() > 12:
        return False
    hit = Hit(named.end + word.start(), named.end + word.end(), word.group(0), {})
    return not names_another_treaty(ctx.text, hit)


def _states_for_chairs(ctx: Context, sentence: Sentence) -> list[StateMention]:
    """The parties named in the sentence, and, where it is about another zone, that zone's
    states (zone_words: their names in English)."""
    parties = [m for m in ctx.states_in(sentence.start, sentence.end) if m.is_party]
    if regime_at(ctx, [(sentence.start, sentence.end)]) == REGIME or ctx.language != "en":
        return parties
    others = [
        StateMention(code, s, e, ctx.text[s:e], frozenset({"nom"}))
        for code, s, e in zone_states_en(ctx.text, sentence.start, sentence.end)
    ]
    return sorted(parties + others, key=lambda m: m.start)


# a verb of holding that names no chair itself ('атқарады': performs)
HOLD_ALONE = re.compile(r"атқар\w*(?:\s+бастады)?", re.IGNORECASE)

BATON = re.compile(r"эстафет", re.IGNORECASE)


def _completed_chair(
    ctx: Context, rules: Rules, to: StateMention, spans: list[Span]
) -> StateMention | None:
    """'Kyrgyzstan has completed its chairmanship in the Treaty' told anywhere in the text:
    the state the chair passes from (one such state, not the recipient)."""
    found: list[tuple[StateMention, Hit]] = []
    for sentence in ctx.sentences:
        if not about_the_treaty(ctx, rules, sentence):
            continue
        for hit in hits(rules.chair_completed, sentence):
            subjects = [
                m
                for m in ctx.states_in(sentence.start, hit.start)
                if m.is_party and "nom" in m.cases and hit.start - m.end < 40
            ]
            if not subjects:  # 'Председательство Кыргызстана ... завершилось': its owner
                subjects = [
                    m for m in ctx.states_in(hit.start, hit.end) if m.is_party and "gen" in m.cases
                ][:1]
            if subjects:
                found.append((subjects[-1], hit))
    codes = {m.code for m, _ in found}
    if len(codes) != 1 or to.code in codes:
        return None
    state, hit = found[0]
    spans.append(hit.span)
    return state


def _is_attribution(ctx: Context, verb: Hit) -> bool:
    """'..., передает DKNews.kz': the news agency's attribution, not a handover."""
    if not re.search(r"[,–—-]\s*$", ctx.text[max(0, verb.start - 4) : verb.start]):
        return False
    after = ctx.text[verb.end : verb.end + 30]
    return bool(
        re.match(r"\s+(?:[A-Z][\w.]*|«|МИА|ИА|агентств|корреспондент|Kazinform|ҚазАқпарат)", after)
    )


# a passive participle of giving ('передано', 'передан', 'was transferred to Kazakhstan by
# Uzbekistan', 'handed over ... by'): its agent is the giver
PASSIVE_GIVE = re.compile(r"передан|transferred|handed(?:\s+over)?|passed\s+on", re.IGNORECASE)


def _recipient_and_giver(
    parties: list[StateMention], give: Hit | None, receive: Hit | None
) -> tuple[StateMention | None, StateMention | None]:
    to = next((m for m in parties if "dat" in m.cases and len(m.cases) <= 2), None)
    source = next((m for m in parties if m.cases == frozenset({"abl"})), None)
    if source is None and receive is not None:  # 'приняв эстафету у Узбекистана'
        source = next((m for m in parties if "abl" in m.cases), None)
    nominative = [m for m in parties if "nom" in m.cases and m is not to and m is not source]
    if to is None and receive is not None:
        # 'the chairmanship was assumed by Kazakhstan': the passive's agent received it
        to = next((m for m in parties if "ins" in m.cases and 0 < m.start - receive.end <= 5), None)
        nominative = [m for m in nominative if m is not to]
    if to is None and receive is not None and nominative:
        to = min(nominative, key=lambda m: abs(m.start - receive.start))
        nominative = [m for m in nominative if m is not to]
    if source is None and give is not None and to is not None and PASSIVE_GIVE.match(give.text):
        # 'было передано Казахстану узбекской стороной': the passive's agent gave it
        agents = [m for m in parties if m.cases == frozenset({"ins"})]
        source = agents[0] if agents else None
    if source is None and give is not None and nominative and to is not None:
        subjects = [m for m in nominative if m.end <= give.start] or nominative
        source = min(subjects, key=lambda m: abs(m.start - give.start))
    if to is not None and source is not None and to.code == source.code:
        source = None
    return to, source


# ---------------------------------------------------------------- the chair a text names


@dataclass(frozen=True)
class StatedChair:
    code: str
    year: int
    spans: tuple[Span, ...]


def stated_chairs(ctx: Context, rules: Rules) -> list[StatedChair]:
    """'Tajikistan, which holds the chairmanship this year', 'биыл ... төрағалық етіп отырған
    Тәжікстан', 'в 2023 году председательство осуществлял Таджикистан': a chair and its year,
    both in the clause of the words saying it holds the chair."""
    found: list[StatedChair] = []
    for sentence in ctx.sentences:
        holders = hits(rules.chair_holder, sentence)
        if not holders or not about_the_treaty(ctx, rules, sentence):
            continue
        spans_of_clauses = clauses(ctx, sentence)
        for holder in holders:
            home = clause_of(spans_of_clauses, holder.start)
            if first_hit_in(rules.other_bodies, sentence, home):
                continue
            state = _holder_state(ctx, sentence, holder, home)
            if state is None:
                continue
            when = year_near(ctx, home[0], home[1], holder.start, rules.head_final)
            if when is None and ctx.published is not None and NOW_HOLDING.search(holder.text):
                # 'Tajikistan, the current chair of the Treaty, ...': the year of the report
                spans = (holder.span, (state.start, state.end))
                found.append(StatedChair(state.code, ctx.published.year, spans))
                continue
            if when is None or when.year is None or abs(when.start - holder.start) > 80:
                continue
            spans = (holder.span, (state.start, state.end), (when.start, when.end))
            found.append(StatedChair(state.code, when.year, spans))
    return found


# the chair held now, in the words themselves: 'the current chair', 'currently chairs'
NOW_HOLDING = re.compile(r"\b(?:current|currently|presently)\b", re.IGNORECASE)


def first_hit_in(pattern, sentence: Sentence, span: Span) -> Hit | None:  # noqa: ANN001
    return next((h for h in hits(pattern, sentence) if span[0] <= h.start < span[1]), None)


def _holder_state(ctx: Context, sentence: Sentence, holder: Hit, home: Span) -> StateMention | None:
    """The one party named next to the words: in their clause, or just before it ('X, which
    holds the chairmanship')."""
    parties = [m for m in ctx.states_in(sentence.start, sentence.end) if m.is_party]
    local = [m for m in parties if home[0] <= m.start < home[1]]
    if not local:
        local = [m for m in parties if m.end <= home[0] and home[0] - m.end <= 3]
    if len({m.code for m in local}) != 1:
        return None
    return min(local, key=lambda m: abs(m.start - holder.start))
