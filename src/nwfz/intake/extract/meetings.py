"""consultative_meeting and review_and_plans: what the parties did at a meeting.

Each recipe walks the sentences, looks for an explicit trigger, then for its arguments in the
same sentence (dates, states, places); no trigger, no proposal.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import clause_of, clauses, with_its_participle
from .commemorations import thematic_meeting
from .common import (
    AGREED,
    QUOTED,
    Context,
    Hit,
    first_hit,
    hits,
    merge,
    year_near,
)
from .places import party_capitals
from .proposals import Proposal, Span
from .regimes import regime_at
from .rules import (
    REGIME,
    Rules,
    body_date,
    in_treaty_context,
    is_effective_date,
    lead_date,
    place_in,
    proposal,
)
from .states import StateMention
from .text import Sentence
from .zone_words import zone_states_en, zone_states_ru

# ---------------------------------------------------------------- consultative_meeting

# 'Эстафету председательства в Договоре о зоне ... принял ... на встрече государств —
# участников Договора в Бишкеке', 'at the meeting of the States Parties to the Treaty in
# Bishkek', 'Шартқа қатысушы мемлекеттердің кездесуінде': the parties' meeting, the treaty named
# bare after the zone's treaty was named earlier in the same sentence
BARE_TREATYS_MEETING = re.compile(
    r"(?<!\w)(?:встреч|совещани|заседани)\w*\s+(?:государств|стран|сторон)\w*(?:\s*[—–-]\s*"
    r"|\s+)участник\w*\s+Договора(?!\s+о\s)(?!\s+[А-ЯЁ])"
    r"|\bmeeting\s+of\s+the\s+States\s+Parties\s+to\s+the\s+Treaty\b(?!\s+(?:on|of)\b)"
    r"|(?<!\w)Шартқа\s+қатысушы\s+мемлекеттер\w*\s+кездесу\w*"
)


def _the_bare_treatys_meeting(ctx: Context, sentence: Sentence) -> Hit | None:
    match = BARE_TREATYS_MEETING.search(sentence.text)
    if match is None:
        return None
    start = sentence.start + match.start()
    named = [
        span
        for span in ctx.regime_in(sentence.start, start)
        if ctx.regime_slugs.get(span) == REGIME
    ]
    if not named:
        return None
    return Hit(start, sentence.start + match.end(), match.group(0), {})


def consultative_meetings(ctx: Context, rules: Rules) -> list[Proposal]:
    found: list[Proposal] = []
    where: dict[tuple[str, str], list[int]] = {}
    unmarked: list[tuple[Proposal, int]] = []  # no word says annual or extraordinary
    for sentence in ctx.sentences:
        trigger, body = first_hit(rules.meeting, sentence), None
        if trigger is None:
            trigger, body = _zone_meeting(ctx, rules, sentence)
        if trigger is None:
            trigger = _the_parties_will_meet(ctx, rules, sentence)
        if trigger is None:
            trigger = _the_bare_treatys_meeting(ctx, sentence)
        if trigger is None or not ctx.mentions_regime or _other_format(ctx, rules, sentence, body):
            continue
        if body is None and thematic_meeting(rules, sentence, ctx) is not None:
            continue  # a meeting on a theme: an event (commemorations.events)
        if SIMULATED.search(ctx.text[max(sentence.start, trigger.start - 40) : trigger.start]):
            continue  # 'students took part in a simulation of a consultative meeting': an event
        if body is None and _another_treatys_parties(ctx, rules, sentence, trigger):
            continue  # 'Ядролық қаруға тыйым салу туралы шартқа қатысушы мемлекеттердің кездесуі'
        spans: list[Span] = [trigger.span]
        confidence = 0.7
        context = in_treaty_context(rules, ctx, sentence)
        if context:
            spans += context
            confidence += 0.15
        kind, marked = "annual", True
        marker = first_hit(rules.extraordinary, sentence)
        if marker is None and body is not None and SPECIAL.search(trigger.text):
            marker = trigger  # 'the XXVI Special Session of the General Conference'
        if marker:
            kind = "extraordinary"
            spans.append(marker.span)
        else:
            annual = first_hit(rules.annual, sentence)
            marked = annual is not None
            if annual:
                spans.append(annual.span)
                confidence += 0.05
        fields = {
            "kind": kind,
            "date": None,
            "place": None,
            "format": None,
            "chair": None,
            "regime": body,
            "status": _meeting_status(rules, sentence),
        }
        again = MEET_AGAIN.get(ctx.language)
        if again is not None and again.fullmatch(trigger.text):
            fields["status"] = "planned"  # 'they will meet again in Dushanbe'
        following = NEXT.search(ctx.text[max(sentence.start, trigger.start - 12) : trigger.start])
        if following:
            fields["status"] = "planned"  # 'at the next States Parties Meeting'
        _meeting_details(ctx, rules, sentence, fields, spans, trigger)
        # the parties' own consultative meeting (no zone body's): the Central Asian zone when
        # its evidence names it, another zone's body beside it being a guest ('The
        # Secretary-General of OPANAL took part as a guest in the ... consultative meeting')
        fields["regime"] = body or regime_at(ctx, spans, REGIME)
        fields[BODY] = _body_of(trigger.text) if body else ""
        if body and following:
            fields[BODY] += "-next"  # 'agreed to hold the next CSP': another session
        found.append(proposal("consultative_meeting", fields, spans, confidence))
        where.setdefault((kind, fields["regime"], fields[BODY]), []).append(sentence.index)
        if not marked:
            unmarked.append((found[-1], sentence.index))
    if not found:
        return []
    _fold_unmarked_kind(found, unmarked, where)
    merged = merge(found, ("kind", "regime", BODY))
    every_trigger = {i for indices in where.values() for i in indices}
    for meeting in merged:
        meeting.fields["status"] = meeting.fields["status"] or "held"
        key = (meeting.fields["kind"], meeting.fields["regime"], meeting.fields.pop(BODY))
        others = every_trigger - set(where[key])
        _meeting_details_nearby(ctx, rules, meeting, where[key], others)
    return merged


def _fold_unmarked_kind(
    found: list[Proposal], unmarked: list[tuple[Proposal, int]], where: dict
) -> None:
    """'Туркменистан принял участие в 28-й сессии Генеральной конференции ОПАНАЛ' (the
    headline), '... в 28-й специальной сессии Генеральной конференции ...' (the text): a
    meeting no word calls annual is the extraordinary one the text tells of the same body,
    where the text tells of no other (annual) one of it."""
    for meeting, index in unmarked:
        key = ("annual", meeting.fields["regime"], meeting.fields[BODY])
        special = ("extraordinary", key[1], key[2])
        if special not in where or where[key] != [index]:
            continue
        meeting.fields["kind"] = "extraordinary"
        where[special].append(where.pop(key)[0])


# a meeting played, not held: 'a simulation of a consultative meeting', 'a mock session',
# 'деловая игра — имитация заседания'
SIMULATED = re.compile(
    r"(?:simulat\w*|mock|model|role-?play\w*|imitation|симуляци\w*|имитаци\w*|модел\w*)\s+"
    r"(?:of\s+)?(?:(?:a|an|the)\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# 'the foreign ministers of the five ... will meet again in Dushanbe', 'стороны вновь
# встретятся в Ташкенте', 'тараптар Бішкекте қайта кездеседі': the parties' next meeting
MEET_AGAIN = {
    "en": re.compile(r"will\s+meet(?:\s+again)?|(?:are|is)\s+to\s+meet(?:\s+again)?"),
    "ru": re.compile(r"(?:вновь\s+|снова\s+)?(?:встретятся|соберутся)(?:\s+вновь|\s+снова)?"),
    "kk": re.compile(r"(?:қайта\s+|тағы\s+)?(?:кездеседі|жиналады)"),
}


def _the_parties_will_meet(ctx: Context, rules: Rules, sentence: Sentence) -> Hit | None:
    """The parties' next meeting told by its verb: the treaty's context here, the parties
    named as such or three of them (or their ministers), and a place the rules know."""
    pattern = MEET_AGAIN.get(ctx.language)
    if pattern is None or not in_treaty_context(rules, ctx, sentence):
        return None
    verb = first_hit(pattern, sentence)
    if verb is None or place_in(rules, ctx, sentence) is None:
        return None
    # who meets is told before the verb: the parties as such, or three of them
    parties = {m.code for m in ctx.states_in(sentence.start, verb.start) if m.is_party}
    if (
        not any(a.end <= verb.start for a in hits(rules.forum_actors, sentence))
        and len(parties) < 3
    ):
        return None
    return verb


ZONE_STATES = {"en": zone_states_en, "ru": zone_states_ru}
# Another zone's treaty bodies meet apart: the AFCONE session and the Conference of States
# Parties that elected it, the SEANWFZ Commission and its Executive Committee, are two meetings
BODY = "_body"
BODIES = (
    ("excom", re.compile(r"executive\s+committee|исполнительн|атқарушы", re.IGNORECASE)),
    ("council", re.compile(r"council|совет|кеңес", re.IGNORECASE)),
    ("afcone", re.compile(r"afcone|афконе|commission\s+on\s+nuclear\s+energy", re.IGNORECASE)),
    ("conference", re.compile(r"conference|\bCSP\b|конференци", re.IGNORECASE)),
    ("commission", re.compile(r"commission|комисси", re.IGNORECASE)),
)


def _body_of(words: str) -> str:
    return next((name for name, pattern in BODIES if pattern.search(words)), "")


# 'chaired by X, and attended by Brazil': a state further on names the chair only when no
# other clause stands between
BEYOND_THE_CHAIR = re.compile(
    r"\b(?:and|with|attended|participat\w*|while|whereas)\b|[;:]", re.IGNORECASE
)
TITLE_REACH = 90
OFFICIALS_TITLE = re.compile(
    r"^\s*(?:(?:the|H\.?E\.?|Mr\.?|Ms\.?|Mrs\.?|[Ff]irst|[Dd]eputy|[Vv]ice|[Aa]cting|"
    r"[Mm]inister|[Aa]mbassador|[Pp]ermanent|[Rr]epresentative|[Hh]ead|[Dd]irector|of|for|"
    r"[Ff]oreign|[Aa]ffairs|[Mm]inistry|[Ss]ecretary|[Gg]eneral|[Ss]pecial|[Ee]nvoy|"
    r"перв\w*|заместител\w*|министр\w*|посол|посл\w*|постоянн\w*|представител\w*|"
    r"руководител\w*|директор\w*|иностранных|дел|МИД|статс-секретар\w*|"
    r"сыртқы|істер|орынбасар\w*|елші\w*|өкіл\w*)[\s,.]*)+$"  # ('министр\w*' serves Kazakh too)
)
# 'the Deputy Foreign Minister of Kyrgyzstan said after chairing': an official's state
# ('the Deputy Minister of Foreign Affairs of the Kyrgyz Republic, who chaired the meeting')
OFFICIAL_OF = re.compile(
    r"(?:[Mm]inister|[Aa]mbassador|[Rr]epresentative|[Ss]ecretary|[Ee]nvoy|[Dd]elegation)\s+"
    r"(?:(?:of|for)\s+Foreign\s+Affairs\s+)?of\s+(?:the\s+(?:Republic\s+of\s+)?)?$"
)


def _officials_state(ctx: Context, mention) -> bool:  # noqa: ANN001 - a StateMention
    return bool(OFFICIAL_OF.search(ctx.text[max(0, mention.start - 40) : mention.start]))


NEXT = re.compile(r"\b(?:next|следующ\w*|келесі)\s+$", re.IGNORECASE)
# a zone's body named again in the sentences around ('The Session started on 18 May')
OTHER_BODY_AGAIN = re.compile(
    r"\b(?:[Ss]ession|[Cc]onference|[Cc]ommission|[Cc]ommittee)\b|сесси|конференци|комисси",
)
# 'concluded its session on 19 May': the last day, not the meeting's date (its first day)
CLOSING = re.compile(
    r"\b(?:concluded|closed|ended|wrapped\s+up|завершил\w*|закрыл\w*|аяқтал\w*)\b(?![^.]*\b(?:from|с)\s)",
    re.IGNORECASE,
)


SPECIAL = re.compile(r"special|extraordinary", re.IGNORECASE)


def _meeting_status(rules: Rules, sentence: Sentence) -> str | None:
    """Planned when the sentence says so; held when it says so or gives a date; None for a
    headline naming the meeting alone ('Second Conference of the ... Treaty'), so that the
    sentence telling it decides (held when none does)."""
    if first_hit(rules.future, sentence):
        return "planned"
    if first_hit(rules.held, sentence) or len(sentence.text.split()) > 12:
        return "held"
    return None


def _zone_meeting(ctx: Context, rules: Rules, sentence: Sentence) -> tuple[Hit | None, str | None]:
    """A session of another zone's treaty body ('the XXIX General Conference of OPANAL',
    'the SEANWFZ Commission meeting'): the words, and the zone. Words that do not name the
    zone ('the 6th Conference of States Parties (CSP)') count where the zone they stand for
    is the one the text is about there."""
    for slug, pattern in rules.zone_meetings:
        hit = next(
            (
                h
                for h in hits(pattern, sentence)
                if not _an_office(ctx, h)
                and not _the_body_acts(ctx, h)
                and not _a_partner(ctx, h)
                and not _a_signatory(rules, sentence, h)
            ),
            None,
        )
        if hit is not None:
            return hit, slug
    for slug, pattern in rules.zone_meetings_in_context:
        hit = first_hit(pattern, sentence)
        if hit is not None and ctx.regime_slugs and regime_at(ctx, [hit.span]) == slug:
            return hit, slug
    return None, None


# 'The SEANWFZ Commission is leading discussions', '... decided to postpone', 'Комиссия
# продолжает работу': the body acting (its work between sessions), not a session of it
MEETING_WORD = re.compile(
    r"meeting|session|conference|встреч|сесси|конференци|заседани|совещани|кездесу|отырыс",
    re.IGNORECASE,
)
BODY_ACTS = re.compile(
    r"^\s*(?:(?:is|are)\s+(?:\w+ing)\b|(?:has|have)\s+(?:been\s+)?\w+ed\b|continues|"
    r"continued|decided|decides|leads|led|urged|urges|called|calls|"
    r"продолжа\w*|решил\w*|вед[её]т|рассматрива\w*|призвал\w*|жалғастыр\w*|шешті)\b",
    re.IGNORECASE,
)


def _the_body_acts(ctx: Context, hit: Hit) -> bool:
    """The body named without a meeting word, its verb right after: the body acting."""
    if MEETING_WORD.search(hit.text):
        return False
    return bool(BODY_ACTS.match(ctx.text[hit.end : hit.end + 40]))


OFFICE_OF = re.compile(
    r"(?:President|Chair(?:man|person)?|Secretary(?:-General)?|Vice-President|Members?|"
    r"Председател\w*|[Чч]лен\w*)\s+(?:of\s+)?(?:the\s+)?$"
)


# 'a memorandum between the CANWFZ and the SEANWFZ Commission', 'cooperation with the
# Commission': the body named as a partner (no meeting word), not a session of it
PARTNER_OF = re.compile(
    r"\b(?:between|with|между|с|со)\s+(?:[^.;:]{0,60}?\s(?:and|и)\s+)?(?:the\s+)?$", re.IGNORECASE
)


def _a_partner(ctx: Context, hit: Hit) -> bool:
    """(Not 'convened in a meeting with the Executive Committee': a meeting with the body.)"""
    if MEETING_WORD.search(hit.text):
        return False
    lo = max(0, hit.start - 80)
    partner = PARTNER_OF.search(ctx.text[lo : hit.start])
    return partner is not None and not MEETING_WORD.search(
        ctx.text[max(0, lo + partner.start() - 12) : lo + partner.start()]
    )


# a session told by its verb: 'The SEANWFZ Commission met and signed a memorandum'
MET = re.compile(r"\b(?:met|meets|convened|gathered)\b|собрал\w*|встретил\w*|жиналды", re.I)


def _a_signatory(rules: Rules, sentence: Sentence, hit: Hit) -> bool:
    """'Kazakhstan has proposed that the Central Asian zone and the SEANWFZ Commission
    conclude a memorandum': the body named without a meeting word in a sentence on a
    memorandum that tells no meeting is a party to it, not a session of it."""
    if MEETING_WORD.search(hit.text) or first_hit(rules.memorandum, sentence) is None:
        return False
    return not (MEETING_WORD.search(sentence.text) or MET.search(sentence.text))


ANOTHER_TREATYS_GAP = 30  # 'ЯҚТСШ-ға қатысушы мемлекеттердің ...', its dative and 'қатысушы'
AFTER_ITS_TO = 8  # '... States Parties to the TPNW': 'to the' between


def _another_treatys_parties(ctx: Context, rules: Rules, sentence: Sentence, trigger: Hit) -> bool:
    """Another treaty's name (the NPT's, the TPNW's, the CTBT's) beside the parties' meeting's
    words, the zone not named between nor in them, makes it that treaty's meeting (a forum), not
    the parties' consultative one: Kazakh names the treaty just before them, English and Russian
    just after ('the third Meeting of States Parties to the Treaty on the Prohibition of Nuclear
    Weapons', whose 'Treaty' the meeting's words end with)."""
    if rules.head_final:
        lo = max(sentence.start, trigger.start - ANOTHER_TREATYS_GAP)
        for _, _, treaty in rules.forums:
            if treaty is None:
                continue
            for match in treaty.finditer(ctx.text, sentence.start, trigger.end):
                if lo <= match.end() <= trigger.start + len(trigger.text) and not ctx.regime_in(
                    match.end(), trigger.end
                ):
                    return True
        return False
    for _, _, treaty in rules.forums:
        if treaty is None:
            continue
        for match in treaty.finditer(ctx.text, trigger.start, sentence.end):
            if match.start() > trigger.end + AFTER_ITS_TO:
                break
            if not ctx.regime_in(trigger.start, match.end()):
                return True
    return False


def _an_office(ctx: Context, hit: Hit) -> bool:
    """'the President of the OPANAL Council': an office of the body, not its meeting."""
    return bool(OFFICE_OF.search(ctx.text[max(0, hit.start - 30) : hit.start]))


def _other_format(ctx: Context, rules: Rules, sentence: Sentence, body: str | None = None) -> bool:
    """The Consultative Meeting of the Heads of State of Central Asia, a meeting of the SCO:
    another format, whatever the text says about the treaty elsewhere. (Leaders who agree to
    go on at another zone's named body do not make that body another format.)"""
    if body is None and first_hit(rules.meeting_excluded, sentence):
        return True
    return bool(
        first_hit(rules.other_bodies, sentence) and not ctx.regime_in(sentence.start, sentence.end)
    )


def _meeting_details(
    ctx: Context,
    rules: Rules,
    sentence: Sentence,
    fields: dict,
    spans: list[Span],
    anchor: Hit,
) -> None:
    when = body_date(ctx, rules, sentence, anchor)
    if when is not None and CLOSING.search(
        ctx.text[max(sentence.start, when.start - 80) : when.start]
    ):
        when = None  # the session's last day; its first may be told nearby
    elif when is None and fields.get("status") == "held":
        when = lead_date(ctx, sentence)
    if when and when.value and not is_effective_date(rules, ctx, when):
        value = when.value
        if fields.get("status") == "planned" and when.kind == "day_month" and ctx.published:
            if value < ctx.published and (value.month, value.day) != (2, 29):
                value = value.replace(year=ctx.published.year)  # 'for 10 December', said in June
        if fields.get("status") == "held" and when.kind == "day_month" and ctx.published:
            if value > ctx.published and (value.month, value.day) != (2, 29):
                value = value.replace(year=value.year - 1)  # 'held on 20 January', told on the 10th
        fields["date"] = value.isoformat()
        spans.append((when.start, when.end))
    video = first_hit(rules.video, sentence)
    if video:
        fields["format"] = "videoconference"
        spans.append(video.span)
    place = place_in(rules, ctx, sentence)
    here = _here(ctx, rules, sentence) if place is None else None
    if here is not None:
        place = here[0], here[1]
        spans.append(here[2])  # the dateline's city
    if place is None:
        place = (
            _at_the_ministry(ctx, sentence)
            or _place_told_before(ctx, rules, sentence)
            or _place_told_after(ctx, rules, sentence)
        )
    if place:
        fields["place"] = place[0]
        fields["format"] = fields["format"] or "in_person"
        spans.append(place[1].span)
    hybrid = first_hit(rules.hybrid, sentence) if rules.hybrid is not None else None
    if hybrid:
        fields["format"] = "hybrid"  # 'in Ashgabat in a hybrid format': in person and online
        spans.append(hybrid.span)
    other_zone = fields.get("regime") not in (None, REGIME)
    chair = meeting_chair(ctx, rules, sentence, other_zone)
    if chair is not None:
        fields["chair"] = chair[0]
        spans += chair[1]


# 'в Министерстве иностранных дел Туркменистана', 'at the Ministry of Foreign Affairs of
# Uzbekistan', 'Қырғызстан Сыртқы істер министрлігінде': held at a party's foreign ministry,
# so in its capital
MINISTRY_BEFORE_STATE = re.compile(
    r"(?<!\w)в\s+(?:Министерстве\s+иностранных\s+дел|МИД(?:е)?)\s+$"
    r"|\b(?:at|in)\s+the\s+(?:Ministry\s+of\s+Foreign\s+Affairs|Foreign\s+Ministry)\s+of\s+"
    r"(?:the\s+)?$"
)
MINISTRY_AFTER_STATE = re.compile(
    r"^(?:\s+Республикасы(?:ның)?)?\s+Сыртқы\s+істер\s+министрлігінде(?!\w)"
)


def _at_the_ministry(ctx: Context, sentence: Sentence) -> tuple[str, Hit] | None:
    capital_of = party_capitals()
    for m in ctx.states_in(sentence.start, sentence.end):
        if m.code not in capital_of:
            continue
        before = MINISTRY_BEFORE_STATE.search(ctx.text[max(0, m.start - 60) : m.start])
        after = MINISTRY_AFTER_STATE.match(ctx.text[m.end : m.end + 60])
        if before is not None:
            start = m.start - len(before.group(0))
            return capital_of[m.code], Hit(start, m.end, ctx.text[start : m.end], {})
        if after is not None:
            end = m.end + after.end()
            return capital_of[m.code], Hit(m.start, end, ctx.text[m.start : end], {})
    return None


def _place_told_before(ctx: Context, rules: Rules, sentence: Sentence):  # noqa: ANN202
    """'Семей шартына қатысушы ... делегациялары Душанбеге жиналды. Консультативтік кездесу
    ... өтті': the place the sentence before gives, where it names the zone and no meeting of
    its own."""
    before = ctx.sentence_before(sentence)
    if before is None:
        return None
    gatherings = [rules.meeting_generic, rules.meeting, rules.event_noun]
    gatherings += [pattern for _, pattern in rules.zone_meetings + rules.zone_meetings_in_context]
    if any(first_hit(p, before) for p in gatherings if p is not None):
        return None  # that sentence's place is its own gathering's
    if not ctx.regime_in(before.start, before.end):
        return None
    return place_in(rules, ctx, before)


# 'X has been elected Chairperson ... at the fifth CSP ... The election took place at the AU
# Headquarters in Addis Ababa': a later sentence that tells, of the meeting (or what it did),
# only where it took place
TOOK_PLACE = {
    "en": re.compile(
        r"\s*(?:The|This|That|It)\s+(?:(?:election|meeting|session|conference|vote|gathering)\s+)?"
        r"(?:took\s+place|was\s+held)\b"
    ),
    "ru": re.compile(
        r"\s*(?:Выборы|Встреча|Заседание|Сессия|Конференция|Голосование|Она|Оно|Они)\s+"
        r"(?:прошл[аио]|состоял[аио]сь|проходил[аио])\b"
    ),
    "kk": re.compile(r"\s*(?:Сайлау|Кездесу|Отырыс|Сессия|Конференция)\s+(?:\S+\s+){0,6}?өтті\b"),
}


def _place_told_after(ctx: Context, rules: Rules, sentence: Sentence):  # noqa: ANN202
    """The place a sentence among the next three gives, where it opens by saying that the
    meeting (or its election) took place there."""
    opening = TOOK_PLACE.get(ctx.language)
    if opening is None:
        return None
    for later in ctx.sentences_after(sentence, 3):
        if opening.match(later.text):
            return place_in(rules, ctx, later)
    return None


# 'KUALA LUMPUR, July 12 — ... concluded here yesterday': 'here' is the dateline's city
HERE = {"en": re.compile(r"(?<![\w-])here(?![\w-])")}
DATELINE_CITY = re.compile(
    r"\A(?:[^\n]*\n){0,2}?[^\S\n]*([A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,2}),"
)


def _here(ctx: Context, rules: Rules, sentence: Sentence) -> tuple[str, Hit, Span] | None:
    """The dateline's city (a place the rules know) for a sentence that says 'here': its
    name, the 'here' and the city's span in the dateline."""
    found = first_hit(HERE.get(ctx.language), sentence)
    city = DATELINE_CITY.match(ctx.text) if found is not None else None
    if city is None:
        return None
    name = " ".join(city.group(1).split()).title()
    if name not in {known for known, _ in rules.places}:
        return None
    return name, found, city.span(1)


SAID = (
    r"\b(?:said|says|told|stated|noted|added|stressed|remarked)\b|"
    r"(?<!\w)(?:сказал\w*|заявил\w*|отметил\w*|подчеркнул\w*)(?!\w)"
)
SAYING = re.compile(SAID + r"|(?<!\w)(?:деді|атап\s+өтті|мәлімдеді)(?!\w)", re.IGNORECASE)
SAID_THEN_DAY = re.compile(r"(?:" + SAID + r")[^.;:]{0,40}$", re.IGNORECASE)


def _the_speakers_day(ctx: Context, triggers: list[int]):  # noqa: ANN202
    """'At the opening of the Commission Meeting, Retno said ... . "...," said Retno, Tuesday,
    July 11, 2023': a speaker at the meeting, whose next words are dated, spoke on its day
    (the meeting's sentence says someone spoke; the next one is the saying with a full date)."""
    for index in triggers:
        if index + 1 >= len(ctx.sentences) or not SAYING.search(ctx.sentences[index].text):
            continue
        after = ctx.sentences[index + 1]
        for mention in ctx.dates_in(after.start, after.end):
            if mention.kind != "date" or mention.value is None:
                continue
            if SAID_THEN_DAY.search(ctx.text[max(after.start, mention.start - 60) : mention.start]):
                return mention
    return None


# a release's quote a few sentences on: '"...," said the Deputy Minister of Foreign Affairs of
# the Kyrgyz Republic, who chaired the meeting'
CHAIR_TOLD_WITHIN = 3  # sentences
THE_MEETING = re.compile(
    r"\b(?:the|this)\s+meeting\b|(?<!\w)(?:встреч[уиейа]|заседани[еяю])(?!\w)|кездесу\w*",
    re.IGNORECASE,
)


def _chaired_the_meeting(rules: Rules, sentence: Sentence) -> bool:
    """Beyond the next sentences, only 'chaired the meeting' itself (the meeting named by its
    bare noun, no other meeting) tells the meeting's chair."""
    return (
        bool(THE_MEETING.search(sentence.text))
        and first_hit(rules.meeting_generic, sentence) is not None
    )


def _meeting_details_nearby(
    ctx: Context,
    rules: Rules,
    meeting: Proposal,
    triggers: list[int],
    others: set[int] | None = None,
) -> None:
    """'The meeting was held in Ashgabat', 'Tajikistan ... presided': details in the sentences
    around the ones that name the meeting (not in a sentence naming another meeting)."""
    other_zone = meeting.fields.get("regime") not in (None, REGIME)
    if meeting.fields.get("date") is None and meeting.fields.get("status") == "held":
        said = _the_speakers_day(ctx, triggers)
        if said is not None:
            meeting.fields["date"] = said.value.isoformat()  # type: ignore[union-attr]
            meeting.spans.append((said.start, said.end))
    for sentence in ctx.sentences:
        distance = min(abs(sentence.index - i) for i in triggers)
        if distance == 0 or distance > CHAIR_TOLD_WITHIN or sentence.index in (others or ()):
            continue
        chair_words = first_hit(rules.meeting_chair, sentence) or first_hit(
            rules.chair_before, sentence
        )
        if distance > 2 and not (chair_words and _chaired_the_meeting(rules, sentence)):
            continue
        anchor = first_hit(rules.meeting_generic, sentence)
        if anchor is None and other_zone:
            again = OTHER_BODY_AGAIN.search(sentence.text)
            if again is not None:
                start = sentence.start + again.start()
                anchor = Hit(start, sentence.start + again.end(), again.group(0), {})
        if anchor is None and not (chair_words and distance == 1):
            continue
        if first_hit(rules.chairmanship, sentence) and not chair_words:
            continue  # a handover, not the meeting
        spans: list[Span] = []
        fields = dict(meeting.fields)
        _meeting_details(ctx, rules, sentence, fields, spans, anchor or chair_words)  # type: ignore[arg-type]
        keys = ("date", "place", "format", "chair")
        if meeting.fields.get("status") == "held" and _tells_what_is_to_come(ctx, rules, sentence):
            # 'The session agreed to prepare the anniversary, to be marked in Mexico City on
            # 14 February 2017': a day and place to come are not the held meeting's
            keys = ("chair",)
        for key in keys:
            if meeting.fields.get(key) is None and fields.get(key) is not None:
                meeting.fields[key] = fields[key]
                meeting.spans.extend(spans)
    meeting.spans = sorted(set(meeting.spans))


def _tells_what_is_to_come(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """The sentence speaks of the future: its words, or a day after the report's."""
    if first_hit(rules.future, sentence):
        return True
    if ctx.published is None:
        return False
    return any(
        d.value is not None and d.value > ctx.published
        for d in ctx.dates_in(sentence.start, sentence.end)
    )


# the chair of a time the clause tells, not of the meeting: 'итоги прошлого года, когда
# председательствовал Узбекистан', 'в котором председательствовал'
PAST_CHAIR = re.compile(r"(?<!\w)(?:когда|в\s+котором|в\s+течение\s+которого)\s+$")


def meeting_chair(
    ctx: Context, rules: Rules, sentence: Sentence, other_zone: bool = False
) -> tuple[str, list[Span]] | None:
    """Who chaired: 'под председательством X', 'chaired by X', 'X төрағалығымен'; 'X presided',
    'X тарапы төрағалық етті'; 'X intends to convene the meeting' (the host chairs it). A
    party of the Central Asian zone; for another zone's body (`other_zone`), any state."""
    parties = [m for m in ctx.states_in(sentence.start, sentence.end) if m.is_party or other_zone]
    reach = 40
    if other_zone and ctx.language in ("en", "ru"):
        # 'chaired by His Excellency Mr. ..., representative of Chile'
        parties = sorted(
            parties
            + [
                StateMention(code, s, e, ctx.text[s:e], frozenset({"nom"}))
                for code, s, e in ZONE_STATES[ctx.language](ctx.text, sentence.start, sentence.end)
            ],
            key=lambda m: m.start,
        )
        reach = 110  # '..., Permanent Secretary, Ministry of Foreign Affairs of the Kingdom of X'
    for phrase in hits(rules.meeting_chair, sentence):
        if PAST_CHAIR.search(ctx.text, max(sentence.start, phrase.start - 30), phrase.start):
            continue  # 'итоги прошлого года, когда председательствовал Узбекистан'
        near = [
            m
            for m in parties
            if (0 <= m.start - phrase.end < 40 or 0 <= phrase.start - m.end < 5)
            or (
                0 <= m.start - phrase.end < reach
                and not BEYOND_THE_CHAIR.search(ctx.text[phrase.end : m.start])
            )
            # 'presided over by the Deputy Minister of Foreign Affairs of Uzbekistan': an
            # official's title between the words and the state
            or (
                0 <= m.start - phrase.end < TITLE_REACH
                and OFFICIALS_TITLE.match(ctx.text[phrase.end : m.start]) is not None
            )
        ]
        if near:
            return near[0].code, [phrase.span, (near[0].start, near[0].end)]
    for pattern, reach in ((rules.chair_before, 100), (rules.meeting_host, 120)):
        for phrase in hits(pattern, sentence):
            subjects = [
                m
                for m in parties
                if ("nom" in m.cases or _officials_state(ctx, m))
                and 0 <= phrase.start - m.end < reach
            ]
            if subjects and not _listed_after(ctx, parties, subjects[-1]):
                subject = subjects[-1]
                return subject.code, [phrase.span, (subject.start, subject.end)]
    return None


# 'Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan convened', 'Казахстан и Узбекистан
# провели': the last of a list of states
LIST_JOINT = re.compile(r"^\s*(?:,|and|и|және|,\s*and)\s*$")


def _listed_after(ctx: Context, parties: list[StateMention], subject: StateMention) -> bool:
    """The subject closes a list of states: they convened together, none of them chaired."""
    return any(
        m.end <= subject.start and LIST_JOINT.match(ctx.text[m.end : subject.start])
        for m in parties
    )


# ---------------------------------------------------------------- review_and_plans


def reviews_and_plans(ctx: Context, rules: Rules) -> list[Proposal]:
    if not ctx.mentions_regime:
        return []
    found: list[Proposal] = []
    reviewed_at: set[int] = set()
    pending: list[tuple[Sentence, Hit]] = []
    planned_at: set[int] = set()  # the parties' plans alone
    unsaid: list[tuple[Sentence, Hit]] = []  # a review said of no party
    for sentence in ctx.sentences:
        plans = _agreed_plans(rules, sentence)
        review = first_hit(rules.review, sentence)
        if review is not None and _a_documents_implementation(ctx, rules, review):
            continue  # 'reviewed the implementation of the memorandum ... and agreed to extend it'
        if review is None and (
            plans is None
            or not (_agreed(ctx, plans) or _discussed_at_the_meeting(ctx, plans, sentence))
            or not _plans_of_the_parties(ctx, rules, sentence)
        ):
            if plans is not None and (_agreed(ctx, plans) or not PLAN_NOUN.search(plans.text)):
                pending.append((sentence, plans))  # agreed, or told by a verb of its own
            continue
        item = _review_item(ctx, rules, sentence, review, plans)
        if item is not None:
            found.append(item)
            if review is not None:
                reviewed_at.add(sentence.index)
            else:
                planned_at.add(sentence.index)
        elif review is not None and plans is None:
            unsaid.append((sentence, review))
    # plans agreed in a sentence of their own two sentences or less from the parties' review
    # ('... summed up the implementation of the Treaty in 2025. A calendar of joint events for
    # 2026 was also approved.'): the parties' plans, whoever the sentence names
    for sentence, plans in pending:
        if any(abs(sentence.index - at) <= 2 for at in reviewed_at):
            item = _review_item(ctx, rules, sentence, None, plans, of_the_parties=True)
            if item is not None:
                found.append(item)
    # a review said of no party just before the parties' plans ('Қазақстан тарабы 2026 жылғы
    # төрағалық кезеңінде атқарылған жұмыс туралы баяндады. Тараптар ОАЯҚАА аясында 2027 жылға
    # арналған ... кестесін мақұлдады'): the parties' review, the plans' sentence telling whose
    for sentence, review in unsaid:
        if sentence.index + 1 in planned_at:
            item = _review_item(ctx, rules, sentence, review, None, of_the_parties=True)
            if item is not None:
                found.append(item)
    return _fold_undated_review(_fold_yearless(_fold_plans(merge(found, ("year_reviewed",)))))


def _fold_undated_review(found: list[Proposal]) -> list[Proposal]:
    """A review naming no year with the plans' period ('В отчёте отражены итоги работы и
    задачи на 2026 год') beside the one review dated with no plans ('получил отчёт о
    председательстве ... в 2025 году'): one record, the year reviewed and the plans' period."""
    dated = [p for p in found if p.fields["year_reviewed"] and not p.fields["plans_period"]]
    planned = [p for p in found if not p.fields["year_reviewed"] and p.fields["plans_period"]]
    if len(dated) != 1 or len(planned) != 1 or len(found) != 2:
        return found
    kept, other = dated[0], planned[0]
    if other.fields["plans_period"] <= kept.fields["year_reviewed"]:
        return found
    kept.fields["plans_period"] = other.fields["plans_period"]
    kept.join_spans(other.spans)
    return [kept]


def _review_item(
    ctx: Context,
    rules: Rules,
    sentence: Sentence,
    review: Hit | None,
    plans: Hit | None,
    of_the_parties: bool = False,
) -> Proposal | None:
    """The sentence's review of the year and plans agreed, unless another body's or said of
    no party (`of_the_parties`: known from the review near it)."""
    if _other_format(ctx, rules, sentence) or _another_bodys_review(ctx, rules, sentence, review):
        return None  # 'подвели итоги председательства в ОДКБ': another body's year
    if not of_the_parties and not _said_of_the_parties(sentence, ctx, review or plans, rules):
        return None  # a parliament discussing the results of a budget
    spans: list[Span] = [review.span if review is not None else plans.span]  # type: ignore[union-attr]
    confidence = 0.7 if review is not None else 0.6
    if review is not None and plans is not None and _plan_reviewed(ctx, review, plans):
        plans = None  # 'discussed the implementation of the action plan for 2025'
    if review is not None:
        reviewed, period = _review_years(ctx, rules, sentence, review, plans)
    else:
        reviewed, period = None, _plans_year(ctx, rules, sentence, plans)  # type: ignore[arg-type]
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
    elif review is not None:
        term = _chairs_term_reviewed(ctx, rules, sentence, review)
        if term is not None:
            year_reviewed, chair_span = term
            spans.append(chair_span)
    if plans is not None:
        confidence += 0.05
    fields = {"year_reviewed": year_reviewed, "plans_period": plans_year}
    item = proposal("review_and_plans", fields, spans, confidence)
    if review is None:
        item.stated.add("plans_only")
    return item


def _fold_yearless(found: list[Proposal]) -> list[Proposal]:
    """A review naming no year beside one that names them (a headline's 'обсудили
    сотрудничество в рамках Договора' over the body's 'подвели итоги работы за 2024 год'):
    one record, the dated one's."""
    dated = [p for p in found if p.fields["year_reviewed"] or p.fields["plans_period"]]
    if len(dated) != 1:
        return found
    kept = dated[0]
    for item in found:
        if item is not kept and not (item.fields["year_reviewed"] or item.fields["plans_period"]):
            kept.join_spans(item.spans)
    return [kept]


def _a_documents_implementation(ctx: Context, rules: Rules, review: Hit) -> bool:
    """The review's object is a memorandum or an agreement (its words right after the
    review's): that document's implementation, not a year's work."""
    if rules.memorandum is None:
        return False
    memo = rules.memorandum.search(ctx.text, review.end, review.end + 30)
    return memo is not None and len(ctx.text[review.end : memo.start()].split()) <= 3


def _fold_plans(found: list[Proposal]) -> list[Proposal]:
    """Plans agreed in their own sentence ('По итогам встречи участники одобрили план на 2024
    год') after the review of the year: one record, the review's, with the plans' period."""
    reviews = [p for p in found if "plans_only" not in p.stated]
    kept: list[Proposal] = []
    for item in found:
        if "plans_only" in item.stated:
            item.stated.discard("plans_only")
            into = [
                r
                for r in reviews
                if r.fields["plans_period"] in (None, item.fields["plans_period"])
            ]
            if len(reviews) == 1 and into:
                into[0].fields["plans_period"] = item.fields["plans_period"]
                into[0].join_spans(item.spans)
                continue
        kept.append(item)
    return kept


# the plan's noun, no verb ('plan for 2026', 'the 2026 work plan')
PLAN_NOUN = re.compile(
    r"^(?:(?:19|20)\d\d\s+(?:work\s+|action\s+)?)?(?:план|plan|жоспар)", re.IGNORECASE
)


def _agreed_plans(rules: Rules, sentence: Sentence) -> Hit | None:
    """The plans the parties agreed: of several ('рассмотрели ход выполнения Плана на 2025 год
    и утвердили план на 2026 год'), the one a verb of agreeing opens, else the last (a review
    comes before the plans)."""
    found = hits(rules.plans, sentence)
    if len(found) <= 1:
        return found[0] if found else None
    if rules.head_final:
        return found[-1]
    agreed = [h for h in found if not PLAN_NOUN.search(h.text)]
    return agreed[-1] if agreed else found[-1]


IMPLEMENTING = re.compile(
    r"implement|progress|выполнени|выполня|реализаци|реализу|ход|іске\s+асыр", re.IGNORECASE
)


# plans told by an English verb of their own ('recommended activities', 'mapped out a
# calendar'), not a plan's noun ('the joint action plan for 2025')
OWN_VERB = re.compile(r"(?:\w+ed|set|drew|drawn|put)\b", re.IGNORECASE)


def _plan_reviewed(ctx: Context, review: Hit, plans: Hit) -> bool:
    """The plan is what was reviewed, not one agreed: right after 'the implementation of',
    'ход выполнения' ('discussed the implementation of the action plan for 2025'), with no
    word of agreeing."""
    if _agreed(ctx, plans) or not review.start <= plans.start < review.end + 40:
        return False
    if OWN_VERB.match(plans.text):
        return False  # a verb of its own: '... in 2025 and recommended activities for 2026'
    return bool(IMPLEMENTING.search(ctx.text[review.start : max(plans.start, review.end)]))


def _agreed(ctx: Context, plans: Hit) -> bool:
    """The plans' words, or the rest of their clause, say they were agreed ('approved a plan',
    'план работы на 2026 год был согласован', 'жоспарын бекітті')."""
    rest = re.split(r"[,.;]", ctx.text[plans.end : plans.end + 40], maxsplit=1)[0]
    chain = CONVERB_CHAIN.match(ctx.text, plans.start)  # (the converb may end the plans' words)
    if chain is not None:
        rest += chain.group("next")  # 'жоспары әзірленіп, тараптармен келісілді'
    before = re.split(r"[,.;]", ctx.text[max(0, plans.start - 25) : plans.start])[-1]
    return bool(
        AGREED.search(plans.text)
        or AGREED.search(rest)
        or AGREED.search(before)
        or WHICH_AGREED.match(ctx.text, plans.end)
        or AGREED_NEXT.match(ctx.text, plans.end)
    )


# the plans put forward, agreed in the next sentence that names them again ('вынесло на
# рассмотрение проект графика мероприятий на 2026 год. После обсуждения документ одобрен
# всеми сторонами', 'It was approved by the parties')
AGREED_NEXT = re.compile(
    r"[^.;]{0,60}\.\s+(?:[^\s.;]+\s+){0,3}?(?:документ|проект|план|он|она|it|the\s+(?:document|draft"
    r"|plan))\s+(?:был[аио]?\s+|was\s+)?(?:\w+\s+)?(?:одобрен|утвержд[её]н|утвержден|согласован"
    r"|принят|поддержан|approved|adopted|endorsed|agreed)",
    re.IGNORECASE,
)


# a Kazakh converb ends its clause with a comma and the chain goes on: 'әзірленіп, келісілді'
CONVERB_CHAIN = re.compile(r"[^,.;]{0,80}?\w\w(?:ып|іп|п),\s+(?P<next>[^,.;]{0,40})")


# 'presented its priorities for 2026, which were endorsed': agreed in the relative clause
WHICH_AGREED = re.compile(
    r"[^.;,]{0,30},\s+(?:which|that)\s+(?:was|were)\s+(?:\w+\s+)?(?:endorsed|approved|agreed|adopted|"
    r"supported)\b"
    # 'о приоритетах ... на 2026 год, которые были поддержаны участниками'
    r"|[^.;,]{0,60},\s+котор\w+\s+(?:был[аио]?\s+)?(?:\w+\s+)?(?:поддержа|одобр|согласова|утвер"
    r"ж?д|принят)\w*"
    # '..., которые получили поддержку партнёров', 'нашли одобрение'
    r"|[^.;,]{0,60},\s+котор\w+\s+(?:получил|нашл)\w*\s+(?:\w+\s+)?(?:поддержк|одобрени)\w*",
    re.IGNORECASE,
)


# plans discussed at the parties' meeting ('кездесуде 2026 жылға арналған жоспарлар
# талқыланды', 'на встрече обсуждены планы на 2026 год'): the meeting's plans, not one
# delegation's presented
DISCUSSED = re.compile(r"discuss|обсу[жд]|талқыла", re.IGNORECASE)


def _discussed_at_the_meeting(ctx: Context, plans: Hit, sentence: Sentence) -> bool:
    near = ctx.text[max(sentence.start, plans.start - 25) : min(sentence.end, plans.end + 40)]
    return bool(DISCUSSED.search(near) and MEETING_WORDS.search(sentence.text)) or (
        _discussed_of_the_zone(ctx, plans, sentence)
    )


def _discussed_of_the_zone(ctx: Context, plans: Hit, sentence: Sentence) -> bool:
    """'Plans for 2027 under the Central Asian zone treaty were discussed': the plans' own
    clause names the zone and says they were discussed."""
    lo, hi = clause_of(clauses(ctx, sentence), plans.start)
    return bool(ctx.regime_in(lo, hi) and DISCUSSED.search(ctx.text[plans.end : hi]))


# the words of a meeting or a treaty body: the review is its work ('During the meeting, ...')
MEETING_WORDS = re.compile(
    r"meeting|session|commission|committee|conference|consultations|встреч|заседани|совещани|"
    r"консультаци|кездесу|отырыс|кеңес|комиссия|жиын|жиналыс|басқосу",
    re.IGNORECASE,
)


def _said_of_the_parties(
    sentence: Sentence, ctx: Context, review: Hit | None, rules: Rules
) -> bool:
    """A review is the parties' (or their body's): the sentence, or the one before it, names
    the parties or a meeting ('the parties reviewed', 'at the meeting ...') or the one before
    hands the zone's chair from one party to another, or the review's
    (or, told alone, the plans') own clause names the zone ('the results of the CANWFZ's
    work', 'шарт бойынша ... жоспары бекітілді'); not one state's parliament discussing its
    budget."""
    if any(
        THE_PARTIES.search(s.text) or MEETING_WORDS.search(s.text)
        for s in ctx.neighbours(sentence, 1, 0)
    ):
        return True
    before = ctx.sentence_before(sentence)
    if before is not None and _the_chair_handed_over(ctx, rules, before):
        return True  # '... передала председательство Таджикистану. Были подведены итоги ...'
    if before is not None and _the_parties_review(ctx, rules, before):
        return True  # 'получил отчёт о председательстве ... в ЦАЗСЯО. В отчёте отражены итоги'
    if review is None:
        return False
    spans = clauses(ctx, sentence)
    return any(
        ctx.regime_in(*with_its_participle(ctx, spans, clause_of(spans, at)))
        for at in (review.start, review.end - 1)
    ) or _quoted_about_the_zone(ctx, sentence, review)


def _the_chair_handed_over(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """The sentence hands the zone's chair from one party to another (two parties and the
    chairmanship named, no other body): the business of the parties' meeting."""
    if first_hit(rules.chairmanship, sentence) is None or (
        rules.other_bodies is not None and first_hit(rules.other_bodies, sentence)
    ):
        return False
    parties = {m.code for m in ctx.states_in(sentence.start, sentence.end) if m.is_party}
    return len(parties) >= 2


def _quoted_about_the_zone(ctx: Context, sentence: Sentence, review: Hit) -> bool:
    """'«План на 2025 год выполнен полностью», — отметили в МИД, говоря о работе в рамках
    ДЗСЯОЦА': a quote is about what its reporting words after it name."""
    quote = next((q for q in hits(QUOTED, sentence) if q.start <= review.start < q.end), None)
    return quote is not None and bool(ctx.regime_in(quote.end, sentence.end))


def _another_bodys_review(
    ctx: Context, rules: Rules, sentence: Sentence, review: Hit | None
) -> bool:
    """'The CSTO summit summed up the results of ...': another body named in the review's
    clause, the zone not."""
    if review is None or rules.other_bodies is None:
        return False
    spans = clauses(ctx, sentence)
    lo, hi = clause_of(spans, review.start)
    if FRONTED.match(review.text) and lo == sentence.start:
        # 'Looking back at 2025, the CSTO counted ...': the fronted phrase's subject is in the
        # next clause
        hi = next((e for s, e in spans if s >= hi), hi)
    if ctx.regime_in(lo, hi):
        return False
    if any(lo <= h.start < hi for h in hits(rules.other_bodies, sentence)):
        return True
    # 'Kazakhstan took over the presidency of the Conference on Disarmament ... The Kazakh
    # Ambassador reviewed the work of the Conference in 2025': that body named again
    before = ctx.sentence_before(sentence)
    if before is not None and BODY_AGAIN.search(ctx.text, lo, hi):
        return bool(first_hit(rules.other_bodies, before)) and not ctx.regime_in(
            before.start, before.end
        )
    return False


# a review fronted as a participle ('Looking back at 2025, ...', 'Reviewing the year, ...')
FRONTED = re.compile(r"(?:look|review|summ|tak)\w*ing\b", re.IGNORECASE)


# a body named again by its bare noun: 'the Conference', 'the Organisation', 'Организации'
BODY_AGAIN = re.compile(
    r"\bthe\s+(?:Conference|Organi[sz]ation|Council|Commission|Assembly|Forum)\b"
    r"|(?<!\w)(?:Конференци|Организаци|Совет|Комисси)\w*(?!\s+(?:министров|по\s+Договору))"
    r"|(?<!\w)(?:Конференция|Ұйым|Кеңес)\w*"
)


# the parties together, not one state: 'стороны', 'участники', 'the parties', 'тараптар'
THE_PARTIES = re.compile(
    r"сторон|участни|делегаци|государств|стран|parties|sides|delegations|states|countries|partners|"
    r"ministers|министр|diplomats|дипломат|"
    r"тарап|қатысушы|делегация|мемлекеттер|елдер|"
    r"(?<!\w)олар(?!\w)",  # 'Олар ...': they, the parties the sentence before named
    re.IGNORECASE,
)


# the parties again as a pronoun opening the sentence: 'They also approved a plan', 'Они ...'
THEY = re.compile(r"\W*(?:They|Они|Олар)\b")
# 'Сондай-ақ ...', 'Также ...', 'Also, ...' heading a sentence: it goes on with the one before
ALSO = re.compile(r"\W*(?:Сондай-ақ|Сонымен\s+қатар|Бұған\s+қоса|Также|Кроме\s+того|Also)\b")


def _plans_of_the_parties(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """Plans told without a review ('стороны согласовали план мероприятий на 2026 год'): only
    where the sentence is about the treaty and its parties, or follows the one naming their
    meeting."""
    if (
        THE_PARTIES.search(sentence.text)
        or MEETING_WORDS.search(sentence.text)
        or THEY.match(sentence.text)
    ) and any(in_treaty_context(rules, ctx, s) for s in ctx.neighbours(sentence, 1, 0)):
        return True  # 'ASEAN countries agreed ...', 'They also approved ...' after the treaty
    plans = _agreed_plans(rules, sentence)
    if plans is not None and (_agreed(ctx, plans) or _discussed_of_the_zone(ctx, plans, sentence)):
        spans = clauses(ctx, sentence)
        # the clause of the plans' first word or of their noun ('Согласован и подписан План
        # мероприятий ДЗСЯО ЦА на 2026 год')
        if any(ctx.regime_in(*clause_of(spans, at)) for at in (plans.start, plans.end - 1)):
            return True  # 'по Договору ... утверждён план', 'шарт бойынша ... жоспары бекітілді'
    before = ctx.sentence_before(sentence)
    if before is None:
        return False
    if ALSO.match(sentence.text) and _the_parties_review(ctx, rules, before):
        return True  # '... нәтижелері сараланды. Сондай-ақ 2026 жылға ... міндеттер айқындалды'
    # after the meeting, or after the parties' review ('заслушали отчёт о выполнении плана в
    # рамках Договора ... По его итогам принят план на 2026 год')
    return bool(
        (first_hit(rules.meeting, before) or first_hit(rules.review, before))
        and in_treaty_context(rules, ctx, before)
    )


def _the_parties_review(ctx: Context, rules: Rules, sentence: Sentence) -> bool:
    """The sentence tells the parties' review of their work (not another body's)."""
    review = first_hit(rules.review, sentence)
    return (
        review is not None
        and not _other_format(ctx, rules, sentence)
        and not _another_bodys_review(ctx, rules, sentence, review)
        and _said_of_the_parties(sentence, ctx, review, rules)
    )


def _chairs_term_reviewed(
    ctx: Context, rules: Rules, sentence: Sentence, review: Hit
) -> tuple[int, Span] | None:
    """'presented the results of its activities as chairman' with no year: the chair's year
    under review, the one the report is published in when it is the handover meeting of late
    autumn (from July on), else the year before (the January meeting reviews the last year)."""
    if ctx.published is None or ctx.dates_in(sentence.start, sentence.end):
        return None
    chair = CHAIR_TERM.search(ctx.text, review.end, min(sentence.end, review.end + 80))
    if chair is None and rules.head_final:  # 'төрағалық еткен жылдың қорытындысын шығарды'
        chair = CHAIRS_YEAR_BEFORE.search(
            ctx.text, max(sentence.start, review.start - 60), review.start
        )
    if chair is None:
        return None
    year = ctx.published.year if ctx.published.month >= 7 else ctx.published.year - 1
    return year, chair.span()


CHAIR_TERM = re.compile(r"\b(?:chair\w*|председател\w*|төраға\w*)", re.IGNORECASE)
# the year of chairing named just before the review's words ('төрағалық еткен жылдың
# қорытындысын', 'төрағалық жылының қорытындылары'), not a term of two years
CHAIRS_YEAR_BEFORE = re.compile(r"(?<!\w)төраға\w*\s+(?:еткен\s+)?жыл(?:ы|дың|ының)\s+$")


def _plans_year(ctx: Context, rules: Rules, sentence: Sentence, plans: Hit):  # noqa: ANN202
    """The period of plans told alone: the year after the words ('план на 2026 год'), before
    them in Kazakh ('2026 жылға арналған жоспар')."""
    if rules.head_final:
        return year_near(ctx, sentence.start, plans.end, plans.end, True)
    after = year_near(ctx, plans.start, sentence.end, plans.start)
    if after is not None:
        return None if _a_span_first(ctx, plans.start, after.start) else after
    # 'На 2026 год стороны наметили проведение мероприятий': the year 'на' fronts is theirs
    before = year_near(ctx, sentence.start, plans.start, plans.start)
    if before is not None and FOR_THE_YEAR.search(
        ctx.text[max(sentence.start, before.start - 6) : before.start]
    ):
        return before
    return _plans_year_next(ctx, sentence)


def _a_span_first(ctx: Context, start: int, end: int) -> bool:
    """A span of years ('programme of work for 2026-2027') told before the year found after
    the plans: the plans' period is the span (no single year), the later year another's ('...
    and agreed to present a common position at the 2026 Review Conference')."""
    return any(d.kind == "year_range" for d in ctx.dates_in(start, end))


# the plan named again opening the next sentence: 'Календарь охватывает 2027 год', 'План
# рассчитан на 2026 год', 'The plan covers 2026'
PLAN_AGAIN = re.compile(
    r"\W*(?:(?:Этот|Данный|Новый)\s+)?(?:План|Календарь|График|Перечень|Программа|Дорожная\s+карта"
    r"|Документ|The\s+(?:plan|calendar|roadmap|programme|document))(?!\w)",
    re.IGNORECASE,
)


def _plans_year_next(ctx: Context, sentence: Sentence):  # noqa: ANN202
    following = ctx.sentence_after(sentence)
    if following is None or not PLAN_AGAIN.match(following.text):
        return None
    years = [d for d in ctx.dates_in(following.start, following.end) if d.year is not None]
    return years[0] if len(years) == 1 and years[0].kind in ("year", "relative_year") else None


def _review_years(ctx: Context, rules: Rules, sentence: Sentence, review: Hit, plans: Hit | None):  # noqa: ANN202
    """(year reviewed, plans period) mentions: 'итоги за 2025 год ... планы на 2026 год',
    '2025 жылғы жұмыс қорытындысын ... 2026 жылға арналған жоспарларын'."""
    lo, hi = sentence.start, sentence.end
    if plans is None:
        return year_near(ctx, lo, hi, review.start, rules.head_final), None
    if rules.head_final:
        first, second = (review, plans) if review.start < plans.start else (plans, review)
        early = year_near(ctx, lo, first.start, first.start, True)
        if early is None and first is review:  # '2025 жылғы ынтымақтастықты оң бағалап': its own
            early = year_near(ctx, review.start, review.end, review.start)
        late = year_near(ctx, first.end, second.start, second.start, True)
        reviewed, period = (early, late) if first is review else (late, early)
        return reviewed, _the_year_after(reviewed, period)
    if review.start < plans.start:
        reviewed = year_near(ctx, review.start, plans.start, review.start)
        period = year_near(ctx, plans.start, hi, plans.start)
        if period is not None and _a_span_first(ctx, plans.start, period.start):
            return reviewed, None
        if reviewed is None:
            reviewed = _year_fronted(ctx, lo, review, period)
        between = [
            d
            for d in ctx.dates_in(review.start, plans.start)
            if d.year is not None and d.value is None
        ]
        if period is None and len({d.year for d in between}) >= 2:
            # 'пункты карты на 2025 год реализованы, а на 2026 год согласован перечень': the
            # first year is the one done, the last the plans'
            return between[0], between[-1]
        if (
            period is None
            and reviewed is not None
            and FOR_THE_YEAR.search(ctx.text[max(lo, reviewed.start - 6) : reviewed.start])
        ):
            # 'в 2025 году была признана результативной, а на 2026 год намечены шаги': the
            # year 'на' fronts is the plans', the one before the review its own
            return year_near(ctx, lo, review.start, review.start, True), reviewed
    else:
        period = year_near(ctx, plans.start, review.start, plans.start)
        reviewed = year_near(ctx, review.start, hi, review.start)
    if period is not None and period.start < plans.start:
        period = None
    return reviewed, _the_year_after(reviewed, period)


def _year_fronted(ctx: Context, lo: int, review: Hit, period):  # noqa: ANN001, ANN202
    """'The Uzbek side, which chaired the CANWFZ in 2025, presented information on the
    activities carried out during its chairmanship, while ... the priorities ... in 2026': no
    year between the review and the plans, the one before the review (earlier than the plans')
    is the year reviewed."""
    earlier = year_near(ctx, lo, review.start, review.start, True)
    if earlier is None or earlier.kind == "relative_year" or earlier.year is None:
        return None
    if period is not None and (period.year is None or earlier.year >= period.year):
        return None
    return earlier


def _the_year_after(reviewed, period):  # noqa: ANN001, ANN202
    """'2025 жылы жүзеге асырылған бастамаларды талқылап, келесі жылдың басымдықтарын',
    'evaluated the 2025 work plan and endorsed the plan for the next year': 'the next year'
    after a year the review names is that year's next, not the publication's."""
    if (
        reviewed is not None
        and period is not None
        and reviewed.kind != "relative_year"
        and reviewed.year is not None
        and period.kind == "relative_year"
        and period.relative == 1
    ):
        return replace(period, year=reviewed.year + 1)
    return period


FOR_THE_YEAR = re.compile(r"(?<!\w)(?:на|for)\s+$", re.IGNORECASE)
