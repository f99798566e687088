"""English rules: the words that find each record type in English press releases and news."""

from __future__ import annotations

import re

from . import chair_words, zone_words
from .common import Pattern, compile_words
from .places import Place, one_of, places_for
from .rules import Rules

NWFZ = r"[Nn]uclear[- ][Ww]eapons?[- ][Ff]ree\s+[Zz]one"
# the UN by its names: 'UN', 'U.N.', 'United Nations'
UN = r"(?:UN|U\.N\.|United\s+Nations)"
NPT = compile_words(
    r"NPT",
    r"Non-Proliferation\s+Treaty",
    r"Treaty\s+on\s+the\s+Non-Proliferation\s+of\s+Nuclear\s+Weapons",
    flags=0,
)
TPNW = compile_words(
    r"TPNW",
    r"Treaty\s+on\s+the\s+Prohibition\s+of\s+Nuclear\s+Weapons",
    r"Nuclear\s+Ban\s+Treaty",
    flags=0,
)

# 'in Phnom Penh', 'in the Cambodian capital Phnom Penh', 'in the city of Dushanbe'
# 'at the Philippine International Convention Center, Manila': a venue, then its city
# 'in the Turkmen capital', 'to the Kazakh capital': the party's capital by its adjective
CAPITAL_WORD = r"(?:'s|’s)?\s+capital"
CAPITAL = (
    r"(?:in\s+(?:the\s+[A-Z]\w+\s+capital,?\s+(?:city\s+of\s+)?|the\s+city\s+of\s+|city\s+)?|at\s+"
    r"|(?:Cent(?:er|re)|Hall|Hotel|Headquarters|Palace|House|Building),\s+)"
)
# 'Tashkent hosted the meeting', 'Ashgabat will host', 'the Tajik capital is hosting', 'the
# capital of Tajikistan played host to': the city as the one that hosts
HOSTING = (
    r"(?=,?\s+(?:(?:has\s+|had\s+)?hosted|hosts|played\s+host|plays\s+host|(?:will|would)\s+"
    r"(?:host|play\s+host)|(?:is|are|was)\s+(?:hosting|(?:set\s+|due\s+|scheduled\s+)?to\s+host)"
    r"|(?:is|was|became|will\s+be)\s+the\s+venue)\b)"
)


# ', inter alia,' between a verb and its object ('the Parties reviewed, inter alia, the ...')
INTER_ALIA = r"(?:,?\s+inter\s+alia,)?"


def _city(city: str, adjective: str | None = None, country: str | None = None) -> re.Pattern:
    """A city: 'in Tashkent', 'Tashkent hosted'; a party's capital also by its adjective or
    its country: 'in the Uzbek capital', 'the capital of Uzbekistan hosted'."""
    alternatives = [CAPITAL + city, city + HOSTING]
    if adjective and country:
        capital = (
            rf"(?:the\s+)?{adjective}{CAPITAL_WORD}"
            rf"|the\s+capital\s+(?:city\s+)?of\s+(?:the\s+Republic\s+of\s+)?{country}"
        )
        alternatives += [rf"(?:in|to)\s+(?:{capital})", rf"(?:{capital}){HOSTING}"]
    return compile_words(*alternatives)


def _place(place: Place) -> Pattern | None:
    if not place.en:
        return None
    return _city(one_of(place.en), place.en_adjective, place.en_country)


def _number_words() -> tuple[dict[str, int], dict[str, int]]:
    """English ordinals and cardinals from 1 to 60 ('first' ... 'sixtieth', 'forty-sixth';
    'one' ... 'sixty', 'twenty-five')."""
    units = "one two three four five six seven eight nine".split()
    unit_ordinals = "first second third fourth fifth sixth seventh eighth ninth".split()
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    teen_ordinals = (
        "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
        "eighteenth nineteenth"
    )
    tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
    ten_ordinals = {
        "twentieth": 20,
        "thirtieth": 30,
        "fortieth": 40,
        "fiftieth": 50,
        "sixtieth": 60,
    }
    ordinals = {w: i + 1 for i, w in enumerate(unit_ordinals)}
    ordinals |= {w: i + 10 for i, w in enumerate(teen_ordinals.split())}
    ordinals |= ten_ordinals
    cardinals = {w: i + 1 for i, w in enumerate(units)}
    cardinals |= {w: i + 10 for i, w in enumerate(teens.split())}
    cardinals |= tens
    for ten, value in tens.items():
        if value == 60:
            continue
        for i, unit in enumerate(units):
            cardinals[f"{ten}-{unit}"] = value + i + 1
            ordinals[f"{ten}-{unit_ordinals[i]}"] = value + i + 1
    return ordinals, cardinals


ORDINALS, CARDINALS = _number_words()


def _alternation(words: dict[str, int]) -> str:
    """The words as a regex alternation, longest first, a hyphen also written as a space."""
    return "|".join(w.replace("-", "[- ]") for w in sorted(words, key=len, reverse=True))


ORDINAL_WORD = r"\b(?P<w>" + _alternation(ORDINALS) + r")"
CARDINAL_WORD = r"\b(?P<w>" + _alternation(CARDINALS) + r")"
# a count of decades ('two decades since', 'a decade after')
DECADE_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
DECADES = "(?:" + "|".join(DECADE_WORDS) + ")"

RULES = Rules(
    **chair_words.EN,
    **zone_words.EN,
    language="en",
    regime=compile_words(
        r"CANWFZ",
        r"Semipalatinsk\s+Treaty",
        r"Treaty\s+of\s+Semipalatinsk",
        r"Treaty\s+on\s+(?:a|the)\s+" + NWFZ + r"\s+(?:\((?:CA)?NWFZ\)\s+)?in\s+Central\s+Asia",
        r"Central\s+Asian\s+" + NWFZ,
        NWFZ + r"\s+(?:\((?:CA)?NWFZ\)\s+)?in\s+Central\s+Asia",
        r"Central\s+Asian\s+NWFZ",
        r"NWFZ\s+in\s+Central\s+Asia",
        r"Central\s+Asian\s+(?:nuclear-free\s+)?zone",
        # 'Twenty Years of a Nuclear-Free Central Asia', 'a nuclear-weapon-free Central Asia'
        r"[Nn]uclear[- ](?:[Ww]eapons?[- ])?[Ff]ree\s+Central\s+Asia",
        # translated from Russian: 'Treaty on zone free from nuclear weapon in Central Asia'
        r"(?:(?:the\s+)?Treaty\s+on\s+(?:the\s+|a\s+)?)?(?:[Zz]one|[Tt]erritory)\s+free\s+(?:from|of)\s+"
        r"nuclear\s+weapons?\s+in\s+Central\s+Asia",
        r"Central\s+Asian\s+zone\s+free\s+(?:from|of)\s+nuclear\s+weapons?",
        # a title's 'Central Asia - a Zone Free of Nuclear Weapons'
        r"Central\s+Asia\s*[-–—:]\s*(?:a\s+)?[Zz]one\s+[Ff]ree\s+(?:[Ff]rom|[Oo]f)\s+[Nn]uclear\s+"
        r"[Ww]eapons?",
    ),
    treaty_word=compile_words(r"[Tt]reaty(?:['’]s)?", flags=0),
    # 'Central Asian nations ... their nuclear-weapon-free zone treaty', 'the five states of
    # Central Asia ... their nuclear-weapon-free zone'; 'Mongolia ... its nuclear-weapon-free
    # status', 'Mongolia's envoy ... his country's nuclear-weapon-free status'
    zone_owned=[
        (
            "canwfz",
            compile_words(
                r"Central\s+Asian\s+(?:states|nations|countries|republics|governments)",
                r"(?:states|nations|countries|republics)\s+of\s+Central\s+Asia",
                flags=0,
            ),
            compile_words(
                r"(?:their|the\s+region['’]s)\s+(?:own\s+)?(?:regional\s+)?" + NWFZ, flags=0
            ),
        ),
        (
            "mongolia-nwfs",
            compile_words(r"Mongolia(?:n|['’]s)?", flags=0),
            compile_words(
                r"(?:its|(?:his|her|the)\s+country(?:['’]s))\s+(?:own\s+)?(?:international\s+)?"
                r"[Nn]uclear[- ][Ww]eapons?[- ][Ff]ree\s+status",
                flags=0,
            ),
        ),
    ],
    meeting=compile_words(
        r"consultative\s+meetings?",
        # 'convened in Tashkent for their regular consultations' (in a sentence on the treaty)
        r"(?:their\s+)?(?:annual|regular|yearly)\s+consultations",
        r"met\s+for\s+(?:their\s+)?(?:annual\s+|regular\s+)?consultations",
        r"(?:round\s+of\s+)?consultations\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:[Ss]tates\s+)?[Pp]arties",
        r"(?:annual|regular|extraordinary)\s+meetings?\s+of\s+(?:the\s+)?(?:[Ss]tates\s+)?[Pp]arties",
        r"meetings?\s+of\s+(?:the\s+)?(?:(?:heads\s+of\s+)?delegations\s+of\s+(?:the\s+)?|"
        r"representatives\s+of\s+(?:the\s+)?)?(?:[Ss]tates\s+)?[Pp]arties\s+to\s+the\s+"
        r"(?:Treaty|CANWFZ|Semipalatinsk)",
        r"meetings?\s+of\s+(?:the\s+)?(?:CANWFZ|Semipalatinsk\s+Treaty)\s+(?:[Ss]tates\s+)?[Pp]arties",
        # informal: 'Astana hosted this year's CANWFZ consultations', 'Nur-Sultan played host to
        # the CANWFZ parties on January 30'
        r"(?:CANWFZ|Semipalatinsk\s+Treaty)\s+consultations",
        r"(?<=played\shost\sto\s)the\s+(?:CANWFZ|Semipalatinsk\s+Treaty)\s+(?:[Ss]tates\s+)?[Pp]arties",
        r"(?<=hosted\s)the\s+(?:CANWFZ|Semipalatinsk\s+Treaty)\s+(?:[Ss]tates\s+)?[Pp]arties",
        # the parties meeting told by its verb, online: 'the five signatories had met by video
        # link', 'The States Parties to the Semipalatinsk Treaty gathered online on 28 January'
        r"(?:signatories|[Ss]tates\s+[Pp]arties|(?:the\s+)?(?:five\s+)?parties|the\s+five)"
        r"(?:\s+to\s+the\s+(?:[\w-]+\s+){0,12}?(?:Treaty|CANWFZ|NWFZ|[Zz]one))?"
        r"\s+(?:had\s+|have\s+|has\s+)?(?:met|convened|gathered)(?=\s+(?:by\s+video|via\s+video|"
        r"online|virtually|by\s+videoconference|in\s+(?:a\s+)?video\s*-?conference|in\s+(?:Astana|"
        r"Nur-Sultan|Almaty|Bishkek|Dushanbe|Ashgabat|Tashkent)\b))",
    ),
    meeting_generic=compile_words(r"meetings?", r"consultations"),
    annual=compile_words(r"annual", r"regular", r"yearly"),
    extraordinary=compile_words(r"extraordinary", r"special\s+(?:meeting|session)", r"emergency"),
    future=compile_words(
        r"will\s+be\s+held",
        r"will\s+(?:run|stage)",
        r"(?:is|are)\s+set\s+to\s+(?:host|hold|convene|take\s+place|open|sign)",
        r"will\s+take\s+place",
        r"(?:is|are)\s+scheduled",
        r"will\s+convene",
        r"upcoming",
        r"to\s+be\s+held",
        r"shall\s+be\s+(?:held|convened)",
        r"will\s+sign",
        r"(?:are|is)\s+expected\s+to\s+sign",
        r"plan(?:s|ned)?\s+to\s+sign",
        r"for\s+(?:\S+\s+){1,6}to\s+sign",
        r"(?:would|will)\s+(?:hold|convene|host)",
        r"(?:intends?|plans?)\s+to\s+(?:hold|convene|host)",
        r"will\s+(?:meet|evaluate|review|discuss|consider|examine|attend|gather|sit\s+down)",
        # 'the modalities related to the Signature of the MoU', 'preparations for signing'
        r"(?:modalities|preparations?|formali[sz]ation)\s+(?:\w+\s+){0,3}(?:the\s+)?sign(?:ature|ing)",
        # 'Turkmenistan is to host', 'is set to convene'; 'the gathering, due in Dushanbe in May'
        r"(?:is|are)\s+(?:set\s+|due\s+|scheduled\s+|expected\s+)?to\s+(?:host|hold|convene)",
        r"due\s+(?:in|on|to)\b",
    ),
    video=compile_words(
        r"video\s*-?conferenc\w+", r"video\s+(?:link|format|mode)", r"virtual(?:ly)?", r"online"
    ),
    meeting_chair=compile_words(
        r"chaired\s+by",
        # 'Under Uzbekistan's chairmanship, the meeting ...': the state right after
        r"under(?=\s+[A-Z][\w-]*(?:'s|’s)\s+(?:\w+\s+)?(?:chairmanship|presidency)\b)",
        r"under\s+(?:the\s+)?chairmanship\s+of",
        r"presided\s+over\s+by",
        r"(?<=\s)presiding(?!\s+over)",  # 'with Uzbekistan presiding'
        # 'moderated by Kyrgyzstan's deputy minister', 'led by', 'hosted by': who led it chaired it
        r"moderated\s+by",
        r"(?<!co-)led\s+by",
        r"conducted\s+by",
        r"hosted\s+by",
        r"under\s+the\s+(?:leadership|guidance)\s+of",
        # 'the consultative meeting, which Kazakhstan chaired,': the state right after
        r"(?<=,\s)which(?=\s+[A-Z][\w-]+\s+(?:chaired|presided\s+over)\b)",
    ),
    places=[
        *places_for(_place),
        # only as a Turkmen city: 'in Mary' alone may be a person's name
        ("Mary", compile_words(r"(?:in|at)\s+(?:the\s+city\s+of\s+)?Mary(?=,?\s+Turkmenistan)")),
        ("Bali", compile_words(r"(?:in|on)\s+Bali")),
    ],
    chairmanship=compile_words(
        r"chairmanship",
        r"chairing",
        r"chair",
        r"presidency",
        r"helm",
        r"baton",
        r"gavel",  # 'The gavel of the Central Asian zone passes from Uzbekistan to Kazakhstan'
        r"reins",
        r"at\s+the\s+head\s+of(?=\s+the\s+(?:[\w-]+\s+){0,4}?(?:Treaty|NWFZ|CANWFZ|[Zz]one)\b)",
    ),
    transfer_give=compile_words(
        r"hand(?:ed|s|ing)?\s+over",
        # 'handed the chairmanship of the CANWFZ over to the Kazakh side'
        r"hand(?:ed|s|ing)?(?=\s+(?:the|its|their)\s+(?:\S+\s+){0,8}?over\s+to\b)",
        r"ced(?:ed|es|ing)",  # 'Uzbekistan ceded the chairmanship to Kazakhstan'
        # 'has handed the chair of the CANWFZ to Turkmenistan', a headline's 'Hands CANWFZ
        # Chairmanship to'
        r"hand(?:ed|s|ing)?(?=\s+(?:[\w-]+\s+){0,3}?(?:chairmanship|presidency)\s+to\b)",
        r"hand(?:ed|s|ing)(?=\s+(?:the|its|their)\s+(?:rotating\s+)?(?:chair(?:manship)?|presidency|"
        r"baton)\b)",
        r"handed(?=\s+by\s)",  # 'was handed by Kazakhstan to Kyrgyzstan': the passive's agent
        # a headline's 'Uzbekistan passes CANWFZ chairmanship to Kazakhstan'
        r"pass(?:es|ed|ing)?(?=\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:chairmanship|presidency)\s+to\b)",
        r"relinquish(?:ed|es|ing)?",
        r"hand-?over",
        r"transferr?(?:ed|ing|s)?",
        r"passed\s+on",
        r"passed\s+the",
    ),
    transfer_receive=compile_words(
        # every form, the base one after 'will' or 'to' too ('will take over', 'to assume')
        r"t(?:ook|akes?|aking|aken)\s+over",
        r"assum(?:ed|es|ing|e)",
        r"t(?:ook|akes?|aking|aken)\s+up",
        r"accept(?:ed|s|ing)?",
        r"t(?:ook|akes?|aking|aken)\s+the\s+(?:helm|reins)",
        # 'became the chair', 'began its chairmanship': named the chair, or starting the term
        r"bec(?:ame|omes|oming|ome)(?=\s+(?:the\s+)?(?:new\s+)?(?:rotating\s+)?chair)",
        r"(?:began|begins|beginning|started|starts|starting|commenced)"
        r"(?=\s+(?:its|the|her|their)\s+(?:\w+\s+)?(?:chairmanship|presidency))",
        # 'Kazakhstan's chairmanship of the Treaty began in 2026': the term began (its owner)
        r"(?:began|begins|started|starts|commenced)(?=\s+(?:in|on|from|as\s+of)\s)",
        # 'Kazakhstan has succeeded Uzbekistan as chair': the subject receives
        r"(?:has\s+|have\s+)?succeed(?:ed|ing|s)?(?=\s+[A-Z])",
        r"t(?:ook|akes|aking|aken)\s+(?:it|them)\s+over",
        r"receiv(?:ed|es|ing)",  # 'Kazakhstan received the chairmanship from Uzbekistan'
        # 'Turkmenistan was entrusted with the chairmanship of the CANWFZ Treaty for 2024'
        r"(?:was|were|has\s+been|is|will\s+be)\s+entrusted\s+with(?=\s+the\s+(?:\w+\s+)?chairmanship)",
        r"t(?:ook|akes|aking|aken)\s+(?:over\s+)?the\s+baton",  # 'which took it over from X'
        # 'Kazakhstan on Friday took the rotating chair of the ... zone from Uzbekistan'
        r"t(?:ook|akes?|aking|aken)(?=\s+(?:the|its)\s+(?:rotating\s+)?(?:chair|chairmanship|"
        r"presidency)\b)",
    ),
    transfer_pass=compile_words(
        r"pass(?:ed|es)\s+(?:from\s+[A-Z]\w+\s+)?to",
        r"went\s+to",
        r"go(?:es)?\s+to",  # a headline's 'Chairmanship of ... Treaty Goes to Kyrgyzstan'
        r"rotat(?:ed|es)\s+(?:from\s+[A-Z]\w+\s+)?to",
        r"mov(?:ed|es)\s+(?:from\s+[A-Z]\w+\s+)?to",
        # 'the chairmanship shall pass to Kazakhstan'
        r"(?:shall|will|would)\s+pass\s+(?:from\s+[A-Z]\w+\s+)?to",
    ),
    effective_from=re.compile(
        r"(?:from|as\s+of|effective|since|starting|beginning|(?:took|takes)\s+effect)"
        r"\s+(?:on\s+|from\s+)?@DATE@",
        re.IGNORECASE,
    ),
    review=compile_words(
        # 'shared its views on the progress in the implementation of the plan of action'
        r"(?:position|views?)\s+on\s+the\s+progress\s+(?:in|of)\s+(?:the\s+)?implementation",
        # 'reviewed the results', 'reviewed the Agency's activities', 'reviewing its work'
        r"review(?:ed|ing)" + INTER_ALIA + r"\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+|its\s+|their\s+)?"
        r"(?:\w+\s+)?(?:results|outcomes|work|progress|implementation|activities)",
        r"t(?:ook|aking)\s+stock",
        # 'the tasks set for last year were accomplished' (ru 'задачи, поставленные на ...,
        # решены')
        r"(?:tasks|goals|objectives)\s+set\s+for\s+[^.;!?]{0,50}?\s(?:were|have\s+been)\s+"
        r"(?:\w+\s+)?(?:accomplished|fulfilled|completed|achieved|met)",
        r"summ(?:ed|ing)\s+up",
        r"sums?\s+up(?=\s+(?:19|20)\d\d)",  # a headline's 'Parties ... Sum Up 2025, Adopt ...'
        # 'went over the implementation of the work plan for 2025'
        r"(?:went|go(?:es)?|going|gone)\s+over\s+(?:the\s+)?(?:results|outcomes|implementation|"
        r"progress|work|activities)",
        r"summari[sz]ed",
        r"(?:discussed|assessed)\s+the\s+(?:results|outcomes)",
        r"reviewed\s+how",
        r"(?:(?:discussed|assessed|reviewed|evaluated)\s+|discussions?\s+(?:regarding|on|about)\s+)"
        r"(?:the\s+)?(?:joint\s+|common\s+|collaborative\s+)?"
        r"(?:work|activities|cooperation|efforts)(?:\s+(?:done|carried\s+out|conducted|undertaken))?"
        r"(?=\s+(?:in|of|for|during|within|under|carried\s+out\s+in)\s)",
        # 'noted the results achieved in 2025', 'highlighted the results of the chairmanship'
        r"(?:noted|highlighted)\s+(?:with\s+(?:satisfaction|appreciation)\s+)?(?:the\s+)?"
        r"(?:results|achievements|progress|outcomes)",
        # 'assessed progress made during 2025'
        r"(?:assessed|reviewed|evaluated|noted)\s+(?:the\s+)?progress\s+(?:made|achieved)",
        # translated from Russian: 'discussed implementation of the Treaty in 2024 year', 'have
        # given positive assessment to the work done in 2025'
        r"discussed\s+(?:the\s+)?implementation\s+of(?=\s+(?:\S+\s+){0,10}?(?:19|20)\d\d)",
        r"(?:gave|given|giving|give)\s+(?:a\s+)?(?:positive|high)\s+assessment\s+(?:to|of)",
        # 'considered the report of the Chair on activities in 2025'
        r"(?:heard|considered|took\s+note\s+of|noted)\s+(?:the\s+)?reports?\s+of\s+(?:the\s+)?"
        r"(?:\S+\s+){1,3}?(?:on|about)\s+(?:the\s+)?(?:results|activities|work|implementation)",
        r"(?:reported|informed|presented|briefed)\s+(?:\w+\s+){0,3}(?:on|about)\s+the\s+"
        r"(?:results|outcomes)",
        # 'heard the Secretary-General's report on the implementation of the Plan of Action'
        r"(?:heard|considered|took\s+note\s+of|noted)\s+(?:the\s+)?(?:\S+\s+){0,4}reports?\s+"
        r"(?:on|of|about)\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+|its\s+|their\s+)?(?:results|outcomes|"
        r"progress|implementation|activities|work)",
        # 'presented information on the activities carried out during its chairmanship'
        r"(?:presented|provided|shared|gave)\s+(?:\w+\s+){0,2}?(?:information|an?\s+(?:report|"
        r"overview|briefing))\s+(?:on|about)\s+(?:the\s+)?(?:activities|work|results|events)\s+"
        r"(?:carried\s+out|conducted|held|implemented|done)",
        # 'positively assessed the level of cooperation achieved within the Treaty in 2025'
        r"(?:positively\s+|highly\s+)?(?:assessed|evaluated|appreciated)\s+(?:the\s+)?(?:level|state|"
        r"quality|dynamics)\s+of\s+(?:\w+\s+){0,2}?(?:cooperation|interaction|work)",
        # 'OPANAL's 2025 activity report, approved by the Council, was presented'
        r"(?:19|20)\d\d\s+(?:annual\s+|activity\s+|activities\s+|progress\s+)?reports?(?=[^.;]{0,80}?"
        r"\b(?:approved|presented|adopted|considered|submitted|endorsed)\b)",
        # 'considered the Commission's annual report for 2025'
        r"(?:heard|considered|took\s+note\s+of|noted|adopted|approved|endorsed)\s+(?:the\s+)?"
        r"(?:\S+\s+){0,3}?annual\s+reports?(?=\s+(?:for|on|of)\s+(?:the\s+year\s+)?(?:19|20)\d\d)",
        # 'provided a briefing to the Commission regarding the advancements in the implementation'
        r"(?:provided|gave|delivered|presented)\s+(?:\S+\s+){0,3}?(?:briefing|report|update)\s+"
        r"(?:\S+\s+){0,10}?(?:on|regarding|about)\s+(?:the\s+)?(?:ongoing\s+|latest\s+)?"
        r"(?:progress|advancements?)?\s*(?:in|of)?\s*(?:the\s+)?implementation",
        r"acknowledged\s+(?:the\s+)?(?:achievements|progress|results)",
        # 'hailed the important results achieved', 'followed up on progress', 'welcomed the
        # progress made in the implementation'
        r"(?:hailed|praised|commended|appreciated)\s+(?:the\s+)?(?:\w+\s+){0,2}"
        r"(?:results|achievements|progress)",
        r"welcomed\s+(?:the\s+)?(?:\w+\s+){0,2}(?:results|progress)\s+(?:\w+\s+){0,3}(?:in|on|of)\s+"
        r"(?:the\s+)?implementation",
        r"follow(?:ed|ing)?\s+up\s+on\s+(?:the\s+)?(?:progress|implementation|results|outcomes|"
        r"decisions)",
        # 'looked back on a busy 2025', 'looked back at everything we did together in 2024'
        r"look(?:ed|ing|s)?\s+back\s+(?:at|on|over)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:year|work|"
        r"results|months|(?:19|20)\d\d(?!\d))",
        r"look(?:ed|ing|s)?\s+back\s+(?:at|on|over)\s+(?:everything|all|what)\s+(?:\w+\s+){0,5}?"
        r"(?:did|done|achieved|accomplished)\b",
        # 'exchanged views on the results of', 'assessed the progress in implementing'
        r"(?:exchanged\s+views\s+on|assessed|evaluated|analy[sz]ed|considered|discussed|reviewed)"
        r"\s+(?:the\s+)?(?:\w+\s+){0,2}(?:results|outcomes?)(?=\s+of\s|\s+in\s)",
        r"(?:exchanged\s+views\s+on|assessed|evaluated|analy[sz]ed|considered|discussed)"
        r"\s+(?:the\s+)?(?:progress|implementation)\s+(?:of|in)\s+(?:\S+\s+){0,4}"
        r"(?:plans?|programmes?|roadmaps?|decisions|agreements)",
        r"(?:results|outcomes)\s+of\s+(?:\S+\s+){0,10}?(?:were|was)\s+(?:summ(?:ed|ari[sz]ed)|"
        r"reviewed)",
        # 'the 2025 action plan had been fully implemented': the plan of the year fulfilled
        r"(?:(?:19|20)\d\d\s+)?(?:\w+\s+){0,2}plans?\s+(?:\S+\s+){0,8}?(?:had|has|have|was|were)\s+"
        r"(?:\w+\s+)?(?:been\s+)?(?:\w+\s+)?(?:implemented|fulfilled|carried\s+out|completed)",
        # 'most of the measures planned for 2025 had been carried out'
        r"(?:measures|activities|events|tasks|steps)\s+(?:planned|envisaged|scheduled)\s+for\s+"
        r"(?:\S+\s+){0,4}?(?:had|has|have|was|were)\s+(?:been\s+)?(?:\w+\s+)?(?:implemented|"
        r"fulfilled|carried\s+out|completed|held)",
        # 'The 2025 results and the 2026 work plan were considered': the year's results, passive
        r"(?:19|20)\d\d\s+(?:results|outcomes)(?=[^.;]{0,80}?\b(?:were|was)\s+(?:considered|"
        r"discussed|reviewed|summ\w+|assessed|examined|analy[sz]ed))",
        # 'Work under the Treaty ... in 2025 was reviewed by the parties'
        # 'The implementation of the action plan for 2021 was reviewed at the meeting'
        r"(?:work|activities|cooperation|implementation|fulfil(?:l)?ment)\s+(?:under|within|of|in)\s+"
        r"(?:\S+\s+){0,14}?(?:was|were)\s+"
        r"(?:reviewed|assessed|evaluated|summ(?:ed|ari[sz]ed)(?:\s+up)?|analy[sz]ed)",
        # 'Following a review of the results for 2025', 'presented reports on 2024'
        r"(?:a|the)\s+(?:joint\s+|annual\s+|comprehensive\s+)?review\s+of\s+(?:the\s+)?"
        r"(?:results|outcomes|work|activities|progress|year|past\s+year)",
        # a quote's 'We have done a great deal in 2025', 'we achieved a lot last year'
        r"(?:we|they)\s+(?:have\s+|had\s+)?(?:done|achieved|accomplished)\s+(?:a\s+(?:great\s+deal|"
        r"lot)|much|a\s+great\s+many\s+things)",
        r"(?:presented|submitted|delivered)\s+(?:\w+\s+){0,2}reports?\s+on(?=\s+(?:the\s+)?"
        r"(?:year\s+)?(?:19|20)\d\d)",
        # 'Reviewing the year 2024, the parties ...'
        r"review(?:ed|ing)\s+(?:the\s+)?(?:past\s+|previous\s+)?year",
        # 'went through what had been achieved', 'assessed what was done in 2025'
        r"(?:went|go(?:es)?|going|gone)\s+through\s+(?:the\s+)?(?:results|outcomes|implementation|"
        r"progress|work|activities)",
        r"(?:went\s+(?:through|over)|reviewed|assessed|discussed|considered|analy[sz]ed|evaluated|"
        r"summ(?:ed|ari[sz]ed)(?:\s+up)?)\s+what\s+(?:had|has|have)?\s*(?:been\s+|was\s+|were\s+)?"
        r"(?:achieved|done|accomplished)\b",
        # 'They heard Kazakhstan's report on what was accomplished in 2021'
        r"(?:heard|considered|presented|received|delivered|gave)\s+(?:\S+\s+){0,3}?(?:report|account|"
        r"briefing)\s+(?:on|of|about)\s+what\s+(?:had\s+been\s+|has\s+been\s+|was\s+|were\s+)?"
        r"(?:accomplished|achieved|done)\b",
        # 'gave an account of the work done in 2025', 'heard the Secretary-General's account of'
        r"(?:gave|given|presented|provided|heard|delivered)\s+(?:\S+\s+){0,3}?(?:account|overview|"
        r"summary)\s+of\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+|its\s+|their\s+)?(?:\w+\s+)?(?:work|"
        r"activities|results|outcomes|implementation|performance)",
        # 'informed the partners about the fulfilment of the 2025 joint action plan'
        r"(?:informed|briefed|updated)\s+(?:\S+\s+){0,3}?(?:about|on)\s+(?:the\s+)?(?:fulfil(?:l)?ment|"
        r"implementation|execution|progress)\s+of",
        # 'appraised the Commission's performance in 2025'
        r"(?:apprais|assess|evaluat|review|analy[sz])(?:ed|ing)\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+|"
        r"its\s+|their\s+)?performance",
        # 'compared notes on how the 2025 plan had worked out'
        r"(?:compared\s+notes|exchanged\s+(?:views|information|experience))\s+on\s+how",
        # 'discussed the state of implementation of the decisions taken a year earlier'
        r"(?:exchanged\s+views\s+on|assessed|evaluated|analy[sz]ed|considered|discussed|reviewed)"
        r"\s+(?:the\s+)?(?:state|status|course|pace)\s+of\s+(?:the\s+)?implementation",
        # 'The results of the year 2025 were analysed in detail'
        r"(?:results|outcomes)\s+of\s+(?:\S+\s+){0,10}?(?:were|was)\s+(?:\w+\s+)?(?:analy[sz]ed|"
        r"assessed|evaluated|discussed|considered|examined)",
        # informal: 'took a hard look at how 2025 went', 'their annual stock-taking', 'giving
        # 2025 a passing grade', 'the partners' year in review', 'had a solid 2025', 'Wrapping
        # up 2025, ... reported most planned activities done'
        r"t(?:ook|aking|akes?)\s+(?:a\s+)?(?:hard\s+|close\s+|long\s+|fresh\s+)?look\s+(?:back\s+)?"
        r"at\s+(?:how|what|the\s+(?:results|work|year|past\s+year))",
        r"stock-?taking",
        r"(?:gave|giving|give[ns]?)\s+(?:\S+\s+){0,4}?(?:a\s+)?(?:passing\s+grade|thumbs-?up|"
        r"(?:good|high|top)\s+marks|clean\s+bill)",
        r"year\s+in\s+review",
        # 'gave Uzbekistan's 2025 chairmanship good reviews', 'signed off on the 2026 report'
        r"(?:gave|giving|give[ns]?)\s+(?:\S+\s+){0,4}?(?:good|positive|high|glowing|favou?rable)\s+"
        r"(?:reviews?|ratings?|assessments?)",
        r"(?:signed\s+off\s+on|approved|adopted|endorsed)\s+(?:the\s+)?(?:19|20)\d\d\s+(?:annual\s+)?"
        r"(?:report|review)",
        r"had\s+(?:a|an)\s+(?:good|solid|busy|productive|strong|fruitful|eventful)\s+(?:19|20)\d\d",
        r"wrapp(?:ed|ing)\s+up\s+(?:19|20)\d\d",
        r"(?:reported|said)\s+(?:that\s+)?(?:most|all|the\s+bulk)\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?"
        r"(?:planned\s+)?(?:activities|events|measures|tasks)\s+(?:\w+\s+){0,2}?(?:done|completed|"
        r"carried\s+out|implemented|delivered)",
        # 'the results achieved in 2025, which the parties rated highly'
        r"(?:results|achievements|progress)\s+(?:achieved|made|attained)\s+in\s+(?:19|20)\d\d,?\s+"
        r"which\s+(?:\S+\s+){0,3}?(?:rated|assessed|praised|welcomed|commended|appreciated)",
    ),
    plans=compile_words(
        # 'a plan of joint activities of the CANWFZ States Parties for 2026 was agreed', 'a work
        # plan for 2026 under the Treaty ... was signed off' (first: before 'work plan for')
        r"(?:(?:work|action)\s+)?plans?\s+(?:\S+\s+){0,14}?(?:were|was)\s+(?:agreed|approved|"
        r"adopted|outlined|signed\s+off)",
        r"agreed\s+(?:on\s+)?(?:\w+\s+){0,3}plans?",
        r"approved\s+(?:\w+\s+){0,3}plans?",
        r"coordinated\s+(?:\w+\s+){0,3}plans?",  # translated from Russian: 'согласовали план'
        # 'adopted the rules of procedure, structure, program of work and budget': a programme
        # (either spelling) among the things adopted; 'Member States approved the agency's
        # programme of work for 2026-2027'
        r"(?:approved|adopted|endorsed|agreed\s+on)\s+(?:[\w,'’-]+\s+){0,5}?program(?:me)?s?\b",
        # 'It closed with agreement on a programme of activities for 2026'
        r"agreement\s+on\s+(?:a|an|the|their|its)\s+(?:new\s+|joint\s+)?(?:plans?|programmes?|"
        r"timetable|calendar|schedule|road\s*-?map|priorities|list\s+of\s+(?:joint\s+)?"
        r"(?:events|activities))",
        # 'agreed what we will do in 2025'
        r"agreed\s+(?:on\s+)?what\s+(?:\w+\s+){0,3}?(?:will|would|should|are\s+to)\s+do",
        # 'before turning to the priorities of Kazakhstan's chairmanship in 2026'
        r"(?:turn(?:ed|ing)?\s+to|discussed|considered|outlined|presented)\s+(?:the\s+)?priorities\s+of\s+"
        r"(?:\S+\s+){0,3}?(?:chairmanship|presidency)",
        # 'the 2026 work plan', 'the 2026 action plan'
        r"(?:19|20)\d\d\s+(?:work|action)\s+plans?",
        r"(?:work|action)\s+plan\s+for",
        r"(?:outlined|discussed|set\s+out|presented|adopted|endorsed)\s+(?:\w+\s+){0,2}plans?",
        r"plans?\s+for\s+(?:the\s+)?(?:current|coming|next|upcoming|following)\s+(?:year|period)",
        r"plans?\s+for\s+(?:the\s+year\s+ahead|(?:19|20)\d\d)",
        # 'set the agenda for 2026', 'adopted a new one for 2025', 'agreed on their joint
        # activities for 2026'
        r"set\s+(?:(?:the|their|its|new)\s+)?(?:\w+\s+)?(?:agenda|tasks|goals|targets)\s+for",
        r"signed\s+off\s+on\s+(?:\w+\s+){0,3}?(?:plans?|programmes?|calendar|agenda)",
        r"agreed\s+(?:on\s+)?(?:their|the|a)\s+(?:(?:19|20)\d\d\s+)?(?:to-do\s+list|list\s+of\s+"
        r"(?:events|activities)|calendar|agenda)",
        r"(?:adopted|approved|agreed\s+on|endorsed)\s+a\s+new\s+one\s+for",
        r"agreed\s+(?:on\s+)?(?:their|the|key|main|major|priority)\s+(?:joint\s+|common\s+)?"
        r"(?:activities|events|measures|steps|tasks)\s+for",
        r"(?:mapped\s+out|drew\s+up|drawn\s+up|put\s+together|compiled)\s+(?:\w+\s+){0,3}?"
        r"(?:plans?|programmes?|road\s*-?maps?|(?:calendar|schedule|list)\s+of\s+(?:joint\s+)?"
        r"(?:events|activities|measures))",
        r"recommended\s+(?:\w+\s+){0,2}?(?:activities|events|measures|priorities|plans?)\s+for",
        r"(?:considered|discussed|agreed\s+on|approved|endorsed)\s+(?:\w+\s+){0,2}?proposals?\s+"
        r"(?:for|on)\s+(?:\w+\s+){0,2}?(?:events|activities|measures|plans?)",
        r"(?:agreed|decided)\s+to\s+hold,?\s+(?:[^.;]{0,40}?,\s+)?(?:a\s+)?(?:series|number|list|"
        r"programme)\s+of\s+(?:joint\s+)?(?:events|activities)",
        r"(?:tasked|instructed|mandated|requested)\s+(?:\S+\s+){1,5}?(?:with|to)\s+(?:preparing|"
        r"prepare|drafting|draft|developing|develop)\s+(?:the|a|its|their)\s+(?:\w+\s+){0,2}?"
        r"(?:plan|programme|calendar|schedule)",
        r"(?:outlined|agreed(?:\s+on)?|set\s+out|discussed|defined|identified|presented|"
        r"endorsed|approved|adopted|determined)\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:\w+\s+){0,2}priorities\s+for",
        # 'agreed that they would continue implementing the Plan for the 2018-2022 period'
        r"(?:agreed|decided)\s+(?:that\s+they\s+would\s+|to\s+)(?:continue\s+(?:implementing|to\s+"
        r"implement)|extend)",
        r"agreed\s+(?:on\s+)?(?:the\s+)?(?:next|further|future)\s+steps",
        # 'They then settled on the priorities for 2025'
        r"(?:settled|decided)\s+on\s+(?:the\s+|their\s+|a\s+)?(?:\w+\s+){0,2}?(?:priorities|plans?|"
        r"programmes?|calendar|agenda|road\s*-?map)",
        # 'adopted a roadmap for 2026', 'outlined the next steps for 2026'
        r"(?:agreed|approved|adopted|endorsed)\s+(?:on\s+|to\s+)?(?:\w+\s+){0,3}?(?:road\s*-?maps?|"
        r"work\s+programmes?|(?:calendar|schedule)\s+of\s+(?:joint\s+)?(?:events|activities))",
        # 'agreed on measures to be undertaken in 2026'
        r"agreed\s+(?:on\s+|to\s+)?(?:the\s+)?(?:\w+\s+)?(?:measures|activities|steps|events|tasks)\s+"
        r"to\s+be\s+(?:undertaken|taken|carried\s+out|implemented|held)",
        r"(?:outlined|mapped\s+out|charted|identified|set\s+out|defined)\s+(?:the\s+)?"
        r"(?:next|further|future)\s+steps",
        r"(?:list|calendar|schedule|programme)\s+of\s+(?:joint\s+)?(?:events|activities|measures)\s+"
        r"(?:to\s+be\s+(?:held|carried\s+out|implemented)|planned|scheduled)\s+(?:in|for)",
        # 'Priority areas for 2026, including the twentieth anniversary events, were agreed'
        r"[Pp]riority\s+(?:areas|tasks|directions)\s+(?:\S+\s+){0,10}?(?:were|was)\s+(?:also\s+)?"
        r"(?:agreed|approved|adopted|endorsed|identified|defined|determined|set|outlined)\b",
        # 'charted their course for 2020'
        r"chart(?:ed|s|ing)?\s+(?:their|its|the)\s+(?:\w+\s+)?course\s+for",
        # 'A calendar of joint events for 2026 was also approved', 'Priorities for 2026 were also
        # identified', 'A fresh set of joint steps for 2026 was agreed upon'
        r"(?:calendar|schedule|timetable|list|programme|road\s*-?map|priorities|set\s+of\s+(?:\w+\s+)?"
        r"(?:steps|measures|events|activities|tasks))(?!\s+of\s+which)\s+(?:\S+\s+){0,10}?(?:were|was)\s+"
        r"(?:also\s+|then\s+|further\s+|subsequently\s+|jointly\s+)?(?:agreed|approved|adopted|"
        r"endorsed|identified|defined|determined|set|outlined)\b",
        # informal: 'Next year's game plan ... got the nod', 'A leaner work programme for 2026
        # was rubber-stamped', 'Their 2026 wish-list ... was adopted', 'have pencilled in a
        # bigger calendar', 'locked in their priorities for 2026', 'signed off a 2026 programme'
        r"(?:game\s+plan|wish-?list|blueprint|programme|plans?|calendar|road\s*-?map|priorities)\s+"
        r"(?:\S+\s+){0,12}?(?:got|received|was\s+given|were\s+given|won)\s+(?:the\s+|a\s+)?(?:nod|"
        r"green\s+light|go-ahead|thumbs-?up)",
        r"(?:game\s+plan|wish-?list|blueprint|programme|plans?|calendar|road\s*-?map|priorities)\s+"
        r"(?:\S+\s+){0,12}?(?:was|were)\s+(?:rubber-?stamped|green-?lit|okayed|signed\s+off|adopted|"
        r"approved|agreed|endorsed)",
        r"pencil(?:l)?ed\s+in\s+(?:\w+\s+){0,3}?(?:calendar|plans?|programme|schedule|events|"
        r"activities|list)",
        r"(?:locked|nailed|firmed)\s+(?:in|down|up)\s+(?:\w+\s+){0,3}?(?:priorities|plans?|"
        r"programme|calendar|schedule|agenda)",
        r"signed\s+off\s+(?:on\s+)?(?:\w+\s+){0,3}?(?:(?:19|20)\d\d\s+)?(?:plans?|programmes?|"
        r"calendar|agenda)",
        # 'An agreement was reached on the timetable of joint events for 2026'
        r"agreement\s+was\s+reached\s+on\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:plans?|programmes?|"
        r"timetable|calendar|schedule|list|road\s*-?map|priorities)",
        # 'endorsed the list of priorities proposed by Kazakhstan for 2026'
        r"(?:agreed(?:\s+on)?|endorsed|approved|adopted|supported|backed)\s+(?:the\s+)?list\s+of\s+"
        r"priorities\s+(?:(?:proposed|put\s+forward|suggested|presented|set\s+out)\s+by\s+"
        r"(?:\S+\s+){1,3}?)?for",
        # 'presented its roadmap for 2026', 'mapped out a schedule of seminars and exhibitions'
        r"(?:outlined|presented|set\s+out|unveiled|adopted|endorsed|approved)\s+(?:\w+\s+){0,2}?"
        r"(?:road\s*-?maps?|programmes?|timetable)\s+for",
        r"(?:mapped\s+out|drew\s+up|drawn\s+up|agreed(?:\s+on)?|approved|adopted)\s+(?:\w+\s+){0,3}?"
        r"(?:calendar|schedule|timetable)\s+of\s+(?:\w+\s+){0,4}?(?:events|activities|seminars|"
        r"conferences|exhibitions|measures|meetings)",
        # 'went on to agree the main lines of cooperation for 2026'
        r"agree[ds]?\s+(?:on\s+)?(?:the\s+)?(?:main\s+|key\s+|priority\s+|principal\s+)?(?:lines|"
        r"directions|areas|avenues)\s+of\s+(?:\w+\s+)?(?:cooperation|work|interaction)\s+for",
        # a quote's 'next year we intend to focus on', 'in 2026 we plan to'
        r"(?:next\s+year|(?:in|for)\s+(?:19|20)\d\d),?\s+(?:we|the\s+parties|they)\s+(?:intend|plan|"
        r"are\s+going|(?:have\s+)?agreed|will\s+(?:focus|concentrate|continue|hold|organi[sz]e))",
    ),
    anniversary=[
        re.compile(r"(?<!\d)(?P<n>\d{1,2})-?(?:st|nd|rd|th)\s+anniversary", re.IGNORECASE),
        # translated from Russian: '17 years from the moment of entry into force', '20 years
        # from the day of signing'
        re.compile(
            r"(?<!\d)(?P<n>\d{1,2})\s+years\s+(?:from|since)\s+the\s+(?:day|moment|date)\s+of", re.I
        ),
        re.compile(ORDINAL_WORD + r"\s+anniversary", re.IGNORECASE),
        re.compile(r"(?<!\d)(?P<n>\d{1,2})\s+years\s+(?:since|ha(?:ve|d)\s+passed\s+since)", re.I),
        # 'recalled that twenty years had passed since the Treaty was signed'
        re.compile(
            CARDINAL_WORD + r"\s+years\s+ha(?:ve|d)\s+(?:passed|elapsed|gone\s+by)\s+since", re.I
        ),
        re.compile(r"turns\s+(?P<n>\d{1,2})(?!\d)", re.IGNORECASE),
        re.compile(r"turns\s+" + CARDINAL_WORD[len(r"\b") :] + r"(?![\w-])", re.IGNORECASE),
        # 'twenty years since', 'thirty years after the signing' (not 'sixty years after the
        # project of urban modernity')
        re.compile(
            CARDINAL_WORD + r"\s+years\s+(?:since|after\s+(?:the\s+|its\s+)?(?:sign|adopt|"
            r"entry|entered|conclu|declar|[Tt]reaty))",
            re.I,
        ),
        re.compile(r"(?<!\d)(?P<n>\d{1,2})-years?\s+anniversary", re.IGNORECASE),  # '20-years'
        # 'Twenty years on: the Treaty ...' (not 'within 5 years on the implementation'), 'its
        # twentieth birthday', 'its 20th birthday'
        re.compile(
            r"(?:(?<!\d)(?P<n>\d{1,2})|"
            + CARDINAL_WORD[len(r"\b") :]
            + r")\s+years\s+on(?=\s*[:,;.—–])",
            re.I,
        ),
        re.compile(r"(?<!\d)(?P<n>\d{1,2})(?:st|nd|rd|th)\s+birthday", re.IGNORECASE),
        # informal: 'Happy 20th, Semipalatinsk Treaty!', 'Seventeen years and counting: the ...'
        re.compile(r"\b[Hh]appy\s+(?P<n>\d{1,2})(?:st|nd|rd|th)\b"),
        re.compile(
            r"(?:(?<!\d)(?P<n>\d{1,2})|"
            + CARDINAL_WORD[len(r"\b") :]
            + r")\s+years\s+and\s+counting",
            re.I,
        ),
        # 'will be 20 years old', 'the 15th year since the Treaty entered into force'
        re.compile(
            r"(?:(?<!\d)(?P<n>\d{1,2})|" + CARDINAL_WORD[len(r"\b") :] + r")\s+years\s+old\b", re.I
        ),
        re.compile(r"(?<!\d)(?P<n>\d{1,2})(?:st|nd|rd|th)\s+year\s+since", re.IGNORECASE),
        re.compile(ORDINAL_WORD + r"\s+year\s+since", re.IGNORECASE),
        re.compile(ORDINAL_WORD + r"\s+birthday", re.IGNORECASE),
        # 'This year is a jubilee one for the zone, which has been functioning for 10 years'
        re.compile(
            r"jubilee\b[^.;]{0,80}?\b(?:for|of)\s+(?:(?P<n>\d{1,2})|"
            + CARDINAL_WORD[len(r"\b") :]
            + r")\s+years",
            re.IGNORECASE,
        ),
        # 'marks 30 years of the Treaty', 'celebrating forty years of the Treaty of Rarotonga'
        re.compile(
            r"(?:marks?|marking|marked|celebrat\w+|commemorat\w+)\s+(?:(?P<n>\d{1,2})|"
            + CARDINAL_WORD[len(r"\b") :]
            + r")\s+years\s+(?:of|since)\b",
            re.IGNORECASE,
        ),
        # 'Thirty years after it was opened for signature in Cairo, the Pelindaba Treaty was
        # celebrated', '15 years after the Treaty entered into force'
        re.compile(
            r"(?:(?<!\d)(?P<n>\d{1,2})|" + CARDINAL_WORD[len(r"\b") :] + r")\s+years\s+after"
            r"(?=\s+(?:it|the\s+(?:[\w-]+\s+){0,10}?Treaty|its)\s+(?:was\s+|were\s+)?(?:signed|opened|"
            r"entered|came|went|signing|signature|entry))",
            re.IGNORECASE,
        ),
        # 'marks two decades since the Treaty was signed', 'a decade after its entry into force'
        re.compile(
            r"(?<![\w-])(?P<d>" + DECADES + r")\s+decades?\s+"
            r"(?:ha(?:ve|d|s)\s+(?:passed|elapsed|gone\s+by)\s+)?(?:since|after|of)\b"
            # 'celebrates two decades this year'
            r"|(?:celebrat\w+|marks?|marking|marked|turns?|turned)\s+(?:its\s+)?"
            r"(?P<d2>" + DECADES + r")\s+decades?\b",
            re.IGNORECASE,
        ),
    ],
    ordinal_words=ORDINALS | CARDINALS,
    decade_words=DECADE_WORDS,
    # 'the 50th Anniversary of the adoption of the Treaty': a treaty is adopted and opened for
    # signature on one day
    signature=compile_words(
        r"sign(?:ed|ing|ature)", r"adoption\s+of\s+the\s+(?:[\w-]+\s+){0,10}?Treaty"
    ),
    entry_into_force=compile_words(
        r"entry\s+into\s+force", r"(?:entered|came|went)\s+into\s+force"
    ),
    founding=compile_words(
        r"adopt(?:ed|ion)",
        r"conclu(?:ded|ding|sion)",
        r"declar(?:ed|ing|ation)",
        r"establish(?:ed|ing|ment)",
    ),
    years_ago=re.compile(
        r"(?:(?<!\d)(?P<n>\d{1,2})|" + CARDINAL_WORD[len(r"\b") :] + r")\s+years\s+ago", re.I
    ),
    since_year=re.compile(r"\b[Ss]ince\s+(?P<y>(?:19|20)\d\d)\b"),
    marked_now=compile_words(
        r"today",
        r"this\s+day",
        r"(?:marks|celebrates|commemorates|observes)",
        r"(?:is|are)\s+(?:celebrating|marking|commemorating|observing)",
        r"in\s+(?:celebrating|marking|commemorating|observing)",
        # 'The visit coincided with the 30th anniversary', 'on the occasion of the 57th'
        r"coincid(?:es|ed|ing)\s+with",
        r"on\s+the\s+occasion\s+of",
    ),
    not_the_treaty=compile_words(
        r"test(?:ing)?\s+site",
        r"polygon",
        r"closure",
        r"nuclear\s+tests?",
        r"resolutions?",
        # 'the first anniversary of their memorandum of understanding'
        r"memorand(?:um|a)",
        r"MoU",
        # 'the 10th anniversary of the U.S. signature on the protocol to the Treaty': the
        # nuclear-weapon states' Protocol, signed in 2014, not the Treaty
        r"protocols?",
    ),
    event_noun=compile_words(
        r"events?",
        r"conferences?",
        r"round\s*-?tables?",
        r"seminars?",
        r"exhibitions?",
        r"briefings?",
        r"lectures?",
        r"ceremon(?:y|ies)",
        r"symposi(?:um|a)",
        r"webinars?",
        r"meetings?\s+of\s+(?:the\s+)?representatives",
        r"presentations?",
        r"model\s+(?:UN|United\s+Nations)(?:\s+(?:sessions?|conferences?|simulations?))?",
        # 'a simulation of a consultative meeting', 'a mock session': a meeting played
        r"simulations?(?=\s+of\s)",
        r"(?:mock|simulated|model)\s+(?:sessions?|meetings?|conferences?|negotiations?)",
        # a meeting that marks or discusses, not the parties' consultative one
        r"(?:anniversary|commemorative|thematic|jubilee|solemn|memorial)\s+meetings?",
        r"(?:cultural|commemorative|memorial)\s+days?",
        r"panel\s+discussions?",
        r"panels?(?=\s+(?:on|about)\s)",  # 'co-hosted a panel on the zone's verification record'
        # 'will gather in Semey on 29 August for a forum on the legacy of nuclear testing'
        r"(?<=a\s)forums?(?=\s+(?:on|about|dedicated\s+to|devoted\s+to)\s)",
        r"discussion\s+panels?",
        r"gala(?:\s+(?:event|dinner|reception|evening))?",
        r"receptions?",
        r"film\s+screenings?",
        r"(?:new\s+)?books?(?=\s+(?:on|about|dedicated\s+to)\b)",
        r"documentar(?:y|ies)(?:\s+films?)?",
        r"(?:commemorative|gala|official|working)\s+(?:breakfast|lunch(?:eon)?|dinner)s?",
        r"(?<!in\s)commemorations?",
        r"(?:commemorative\s+)?plaques?",
        r"workshops?",
        r"(?:one|two|three|four|five|\d)-day\s+(?:programme|program|forum)",
        # fora, contests and courses of experts, youth and students ('the Nuclear Discussion
        # Forum', 'a youth essay contest', 'a regional dialogue', 'a summer school')
        r"(?:discussion|expert|youth|academic|public|scientific|international|regional|student|"
        r"virtual|online|policy)\s+(?:forums?|dialogues?|clubs?)",
        r"(?:youth|student|students['’]|essay|drawing|art|photo|poster|video)\s+"
        r"(?:contests?|competitions?)",
        r"(?:contests?|competitions?)(?=,?\s+(?:run|organi[sz]ed|held|launched|put\s+on)\s)",
        r"olympiads?",
        r"quiz(?:zes)?",
        # 'a debate tournament', 'The tournament, held on the theme of ...'
        r"(?:debate|debating|intellectual|quiz)\s+(?:tournaments?|competitions?|clubs?)",
        r"tournaments?(?=,?\s+(?:held|run|organi[sz]ed|on\s+the\s+theme|devoted|dedicated)\b)",
        # 'its annual disarmament education course', 'The screening was arranged by'
        r"(?:education|training|disarmament|diplomatic)\s+courses?",
        # informal: 'got a crash course on', 'a film night', 'an expert panel', 'a masterclass'
        r"crash\s+courses?",
        r"(?:film|movie)\s+nights?",
        r"expert\s+panels?",
        r"master\s*-?class(?:es)?",
        r"screenings?(?=\s+(?:was|were|took|of|is|will)\b)",
        r"hackathons?",
        r"(?:summer|winter|youth)\s+schools?",
        r"training\s+(?:courses?|sessions?)",
        r"(?:online|e-learning|short|intensive|(?:week|day|month)-long)\s+courses?",
        r"(?:photo|poster|art|documentary)\s+(?:displays?|exhibits?)",
        r"(?:documentary\s+)?(?:film|movie)\s+(?:shows?|showings?|premieres?)",
        r"screenings?\s+of\s+(?:the\s+|a\s+)?(?:documentary|film|movie)",
        r"concerts?",
        r"flash\s*-?mobs?",
        # the zones' representatives meeting ('Representatives of all nuclear-weapon-free zones
        # to meet in Nur-Sultan', 'the next meeting of countries participating in nuclear-free
        # zones')
        r"[Rr]epresentatives\s+of\s+(?:all\s+|the\s+)?(?:existing\s+|five\s+)?nuclear[- ]"
        r"(?:weapons?[- ])?free[- ]zones(?=\s+(?:to|will|have|has|had)?\s*(?:meet|met|gather))",
        r"meetings?\s+of\s+(?:the\s+)?(?:countries|states|representatives)\s+(?:participating\s+in|"
        r"of)\s+(?:the\s+|all\s+)?(?:existing\s+)?nuclear[- ](?:weapons?[- ])?free[- ]zones",
        # 'agreed to begin preparations for the 50th anniversary': its commemoration, planned
        r"preparations?\s+for\s+the\s+(?:\d{1,2}(?:st|nd|rd|th)|[a-z-]+)\s+anniversary",
        # 'a meeting devoted to ...', 'a meeting on the theme ...'
        r"meetings?(?=,?\s+(?:(?:devoted|dedicated)\s+to|on\s+the\s+(?:theme|topic)|"
        r"(?:held\s+)?to\s+(?:mark|commemorate)))",
    ),
    event_qualifier=compile_words(
        r"commemorative",
        r"thematic",
        r"anniversary",
        r"dedicated\s+to",
        r"to\s+mark",
        r"marking",
        r"in\s+honou?r\s+of",
        r"celebrat\w+",
        r"jubilee",
        r"devoted\s+to",
        r"(?:in\s+)?commemorat\w+",
    ),
    event_excluded=compile_words(
        r"Review\s+Conference",
        r"General\s+Conference",
        r"consultative",
        # a venue, a treaty body's session, the thing an anniversary marks: not an event
        r"Conference\s+(?:Centre|Center|Hall|Room)",
        r"Conferences?\s+of\s+(?:the\s+|all\s+)?(?:States?\s+)?[Pp]arties",
        # what an official says to the press; the signing of a treaty or protocol is its act
        r"(?:press|media|news)\s+(?:briefings?|conferences?)",
        # 'its Executive Secretary told a briefing in Pretoria', 'at the weekly briefing'
        r"(?<=told\s)(?:a|an|the)\s+(?:\w+\s+)?briefings?",
        r"(?:weekly|daily|regular)\s+briefings?",
        r"sign(?:ing|ature)\s+ceremon(?:y|ies)",
        r"hand-?over\s+ceremon(?:y|ies)",
        r"ceremon(?:y|ies)\s+of\s+(?:the\s+)?hand(?:ing)?[\s-]*over",
        r"anniversary\s+of\s+(?:a|an|the)\s+(?:\w+\s+){0,2}events?",
        # bodies named 'Forum', not an event
        r"ASEAN\s+Regional\s+Forum",
        r"Pacific\s+Islands?\s+Forum",
    ),
    planned=compile_words(
        r"(?:will|shall)\s+be\s+(?:held|organi[sz]ed|hosted|convened|conducted)",
        # 'will run a webinar', 'is set to host', 'goes on show ... next month'
        r"will\s+(?:run|stage)",
        r"(?:is|are)\s+set\s+to\s+(?:host|hold|open|take\s+place)",
        r"goe?s\s+on\s+(?:show|display)(?=[^.;]{0,60}?\b(?:next|coming|upcoming)\b)",
        r"(?:is|are)\s+envisaged",
        # informal: 'Coming up: a photo exhibition', '... are all on the Ministry's programme
        # for September'
        r"[Cc]oming\s+up\b",
        r"(?:is|are)\s+(?:all\s+)?on\s+(?:\S+\s+){0,5}?(?:programme|agenda|calendar|schedule)\s+for",
        r"will\s+take\s+place",
        r"(?:is|are)\s+planned",
        r"plan(?:s|ned)?\s+to",
        r"scheduled",
        r"will\s+host",
        r"will\s+organi[sz]e",
        # 'The event, to be hosted by Kazakhstan's Foreign Ministry on 8 September'
        r"to\s+be\s+(?:held|hosted|organi[sz]ed|co-?organi[sz]ed|convened|staged)",
        r"intend(?:s)?\s+to\s+hold",
        r"agreed\s+to\s+(?:hold|organi[sz]e|host|stage)",
        r"(?:is|are)\s+expected\s+to\s+(?:hold|organi[sz]e|host|stage|take\s+place)",
        r"upcoming",
        r"planned",
        r"will\s+hold",
        r"will\s+convene",
        r"preparations?\s+(?:of|for)",
        r"ahead\s+of\s+(?:the|a|an|its|their)\b",
        r"(?:is|are)\s+set\s+to\s+(?:host|hold|organi[sz]e|stage|take\s+place)",
        r"will\s+(?:stage|launch|open)",
        # 'Kazakhstan is organising a seminar', 'is to host', 'will be launched'
        r"(?:is|are)\s+(?:organi[sz]ing|preparing)",
        # 'Young people ... will gather in Semey on 29 August for a forum on'
        r"will\s+(?:gather|assemble|come\s+together)",
        # 'are teaming up for a summer school ... next month', 'a webinar next week'
        r"(?<!the\s)next\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b",
        r"(?:is|are)\s+to\s+(?:host|hold|organi[sz]e|stage)",
        r"will\s+be\s+(?:launched|opened|staged|presented|screened|convened)",
        r"will\s+be\s+(?:marked|celebrated|commemorated|observed)",
        r"(?:is|are)\s+ready\s+to\s+(?:host|hold|organi[sz]e)",
        r"offer(?:ed|s)?\s+to\s+(?:host|hold|organi[sz]e)",
        r"will\s+(?:take\s+part|participate)\s+in",
        r"(?<=zones\s)to\s+meet",  # a headline's infinitive: 'Representatives ... to meet in'
        # 'will jointly organise', 'will also host', 'will co-organise', 'will also be held'
        r"will\s+(?:also\s+|\w+ly\s+)?(?:co-?)?(?:host|hold|organi[sz]e|convene|stage|launch|open)",
        r"will\s+(?:also\s+|\w+ly\s+)be\s+(?:held|organi[sz]ed|hosted|co-?organi[sz]ed)",
        # 'is due to open', 'are due to be held'
        # 'plan a joint reception'; a headline's 'Uzbekistan to hold a conference'
        r"plan(?:s|ned)?\s+(?:a|an)(?=\s)",
        r"[A-Z][\w-]+\s+to\s+(?:hold|host|organi[sz]e|stage|launch)",
        r"(?:is|are)\s+due\s+to\s+(?:open|start|begin|take\s+place|be\s+held|host|hold|"
        r"be\s+(?:staged|launched|opened))",
    ),
    held=compile_words(
        r"(?:was|were)\s+held",
        r"staged",
        # 'presented a book on the Treaty'
        r"presented(?=\s+(?:a|an|the)\s+(?:new\s+)?(?:book|film|documentary|publication|collection))",
        r"(?:was|were)\s+(?:screened|shown)",
        r"took\s+place",
        r"hosted",
        r"organi[sz]ed",
        r"opened",
        r"convened",
        r"held",
        r"gathered",
        r"brought\s+together",
        # 'a course ... that ended on 9 May', 'the winners were announced'
        r"(?:ended|concluded|closed|wrapped\s+up)(?=\s+(?:on|in|with)\s)",
        r"winners\s+were\s+(?:announced|named|awarded)",
        # 'Mongolia marked the 32nd anniversary of ... with a roundtable'
        r"(?:marked|celebrated|commemorated)(?=[^.;]{0,120}?\bwith\s+(?:a|an)\s)",
        r"won(?=\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:contests?|competitions?|olympiads?|quiz))",
        r"hosts",
        r"unveiled",
        r"(?:was|were)\s+(?:commemorated|celebrated|marked)",
        r"participated\s+in",
        r"took\s+part\s+in",
        r"(?:was|were)\s+attended",
        r"conducted(?=\s+(?:the|a|an)\s)",  # 'The Ministry ... conducted the round table'
        r"(?:was|were)\s+(?:given|delivered)(?=\s+by\b)",  # 'a briefing ... was given by the MFA'
        r"(?:have|has)\s+met",
        r"having\s+met",
        r"(?:was|were)\s+(?:launched|staged|screened|presented|conducted)",
        r"co-(?:organi[sz]ed|hosted)",
        r"(?:is|are)\s+being\s+held",
        r"(?:is|are)\s+taking\s+place",
        r"kicked\s+off",
        r"premiered",
        # informal: 'OPANAL wraps up its summer school', 'teamed up with a local NGO for a
        # public lecture', 'got a crash course', '... drew 40 teams'
        r"wraps\s+up",
        r"teamed\s+up(?=\s+with\b)",
        r"got(?=\s+(?:a|an)\s+(?:\w+\s+)?(?:course|lecture|briefing|master\s*-?class|tour)\b)",
        r"drew(?=\s+(?:\d+|some|more\s+than|over|about|dozens|hundreds|a\s+crowd)\b)",
        # 'They gave a lecture to students on ...'
        r"(?:gave|delivered|read)(?=\s+(?:a|an)\s+(?:\w+\s+)?(?:lecture|presentation|talk|briefing)s?\b)",
        r"got\s+under\s*way",
        r"wrapped\s+up",
    ),
    mfa_plural=compile_words(
        r"foreign\s+ministries",
        r"ministries\s+of\s+foreign\s+affairs",
        r"foreign\s+policy\s+(?:agencies|departments|offices)",
        r"foreign\s+offices",
    ),
    mfa_single=compile_words(
        r"[Ff]oreign\s+[Mm]inistry",
        r"Ministry\s+of\s+Foreign\s+Affairs",
        r"[Ff]oreign\s+[Mm]inister",
        r"Minister\s+of\s+Foreign\s+Affairs",
        r"MFA",
        r"[Ee]mbassy",
        r"Permanent\s+Mission",
        r"Government\s+of",
    ),
    joint=compile_words(
        r"on\s+behalf\s+of\s+(?:all|the\s+(?:five|countries|states|[Mm]ember\s+[Ss]tates|"
        r"[Ss]tates\s+[Pp]arties|parties))",
        # 'on behalf of ASEAN', 'on behalf of the Association', 'on behalf of the group': a
        # zone's states as their regional body
        r"on\s+behalf\s+of\s+(?:ASEAN|the\s+(?:Association|[Gg]roup|bloc|[Rr]egion)\b)",
        r"joint\s+statements?",
        r"the\s+group['’]s\s+statement",  # 'will deliver the group's statement'
        r"joint\s+(?:working\s+)?papers?",  # 'They intend to present a joint working paper'
        # 'reading a common text on their zone', 'line up a common message for the Conference'
        r"common\s+(?:text|message|statement|position)s?",
        # 'Speaking for the CANWFZ States Parties', 'spoke for all five'
        r"(?:speaking|spoke|speaks)\s+for\s+(?:all\s+|the\s+)(?:\S+\s+){0,3}?(?:[Ss]tates\s+[Pp]arties|"
        r"parties|states|countries|five)",
    ),
    theme=compile_words(r"on\s+the\s+(?:theme|topic)", r"themed", r"entitled", r"titled"),
    dedicated=compile_words(
        r"dedicated\s+to",
        r"devoted\s+to",
        r"in\s+hono(?:u)?r\s+of",
        r"to\s+(?:mark|commemorate)",
        # 'The programme includes a module on the Treaty', 'the course covered the obligations'
        r"includes?\s+(?:a|an)\s+(?:\w+\s+)?(?:module|session|panel|lecture|section)\s+on",
        r"(?:covered|covers|focused\s+on|focuses\s+on)",
        # 'The conference will focus on the Treaty's role', 'The discussion marked the
        # anniversary of ...', 'held on the theme of the zone'
        r"(?:will|would|is\s+to)\s+(?:focus|concentrate)\s+on",
        # 'The event, timed to the twentieth anniversary' (Russian 'приуроченный к')
        r"timed\s+to(?=\s+(?:the|its)\s)",
        # '... which is organising the display, said it would also mark twenty years since'
        r"(?:will|would)\s+(?:also\s+)?(?:mark|commemorate)",
        r"marked(?=\s+the\s+(?:\w+\s+){0,2}anniversary)",
        r"on\s+the\s+(?:theme|topic|subject)\s+of",
        # 'it is part of the celebrations of the twentieth anniversary of the Treaty'
        r"(?:part|one)\s+of\s+the\s+(?:\w+\s+)?(?:celebrations|commemorations|events|programme)\s+"
        r"(?:of|for|marking|to\s+mark|on|dedicated\s+to)",
    ),
    chair_framework=compile_words(
        r"(?:as\s+(?:a\s+)?part|became\s+a\s+part|within\s+the\s+framework)\s+of\s+"
        r"(?:the\s+|its\s+)?(?:\w+(?:'s|’s)\s+)?(?:country's\s+|country’s\s+)?chairmanship"
    ),
    quoted_title=re.compile(
        r"[\"“](?P<title>[^\"”]{3,120})[\"”]|‘(?P<single>[^‘’]{3,120}?)’(?!\w)|«(?P<angle>[^»]{3,120})»"
    ),
    memorandum=compile_words(
        r"memorand(?:um|a)(?:\s+of\s+(?:understanding|cooperation))?",
        r"MoUs?",
        r"MoCs?",
        r"(?:document|agreement)\s+(?:of|on)\s+co-?operation",
        r"co-?operation\s+agreement",
    ),
    # 'signed', 'inked a memorandum', 'put their signatures to'
    signed=compile_words(
        r"sign(?:ed|ing|s|ature|atures)?",
        r"conclud(?:ed|ing)",
        r"ink(?:ed|ing|s)?(?=\s+(?:a|an|the)\s)",
        r"put(?:s|ting)?\s+pen\s+to\s+paper",
    ),
    organisations=[
        (
            "OPANAL",
            compile_words(
                r"OPANAL",
                r"Agency\s+for\s+the\s+Prohibition\s+of\s+Nuclear\s+Weapons\s+in\s+Latin",
                # 'between the Central Asian zone and its Latin American counterpart'
                r"(?<=its\s)Latin\s+American\s+counterpart",
            ),
        ),
        (
            "AFCONE",
            compile_words(
                r"AFCONE",
                r"African\s+Commission\s+on\s+Nuclear\s+Energy",
                r"(?<=its\s)African\s+counterpart",
            ),
        ),
        (
            "ASEAN",
            compile_words(
                r"ASEAN",
                r"SEANWFZ\s+Commission",
                # 'the Commission for the SEANWFZ Treaty', 'the Bangkok Treaty Commission'
                r"Commission\s+(?:of|for)\s+the\s+(?:SEANWFZ|Bangkok)\s+Treaty",
                r"(?:SEANWFZ|Bangkok)\s+Treaty\s+Commission",
                r"(?<=its\s)South\s*-?\s*[Ee]ast\s+Asian\s+counterpart",
                r"Commission\s+for\s+the\s+(?:Treaty\s+on\s+the\s+)?South\s*-?\s*[Ee]ast\s+Asia(?:n)?\s+"
                r"[Nn]uclear[- ][Ww]eapons?[- ][Ff]ree\s+Zone",
            ),
        ),
        ("AU", compile_words(r"African\s+Union(?:\s+Commission)?")),
        ("EU", compile_words(r"EU", r"European\s+Union", flags=0)),
        (
            "UNRCCA",
            compile_words(
                r"UNRCCA",
                r"(?:UN|United\s+Nations)\s+Regional\s+Cent(?:re|er)\s+for\s+Preventive\s+Diplomacy",
            ),
        ),
        (
            "UNODA",
            compile_words(
                r"UNODA",
                r"(?:UN|United\s+Nations)\s+Office\s+for\s+Disarmament\s+Affairs",
            ),
        ),
        ("IAEA", compile_words(r"IAEA")),
        ("MN", compile_words(r"Mongolia(?:['’]s)?")),  # a state: its code
    ],
    forums=[
        (
            "unga-first-committee",
            compile_words(
                r"A/C\.1/\d+(?:/[\w.]+)?",  # a First Committee document's symbol
                # informal: 'the UN's disarmament committee', 'the UN disarmament committee'
                r"(?:UN|U\.N\.|United\s+Nations)(?:['’]s)?\s+(?:main\s+)?disarmament\s+committee",
                r"(?:First|1st)\s+[Cc]ommittee(?:\s+of\s+the(?:\s+\d+(?:st|nd|rd|th)\s+[Ss]ession\s+of\s+the)?"
                r"\s+(?:UN\s+|United\s+Nations\s+)?General\s+Assembly)?",
                flags=0,
            ),
            None,
        ),
        (
            "unga",
            compile_words(
                r"(?:UN\s+|United\s+Nations\s+)?General\s+Assembly(?:\s+of\s+the\s+United\s+Nations)?",
                r"UNGA",
                flags=0,
            ),
            None,
        ),
        ("npt-prepcom", compile_words(r"Preparatory\s+Committee", r"PrepCom", flags=0), NPT),
        (
            "npt-revcon",
            # the NPT's 1995 'Review and Extension Conference' is one of its review conferences
            compile_words(
                r"Review(?:\s+and\s+Extension)?\s+Conferences?",
                r"RevCon",
                r"review\s+(?:process|cycle)",  # 'the NPT review process': its conferences
                flags=re.I,
            ),
            NPT,
        ),
        ("tpnw-revcon", compile_words(r"Review\s+Conferences?", r"RevCon", flags=re.I), TPNW),
        (
            "tpnw-msp",
            compile_words(r"Meetings?\s+of\s+(?:the\s+)?States\s+Parties", r"\dMSP", flags=0),
            TPNW,
        ),
        (
            "iaea-gc",
            compile_words(
                r"IAEA(?:['’]s)?\s+(?:annual\s+|\d+(?:st|nd|rd|th)\s+)?General\s+Conference",
                r"General\s+Conference\s+of\s+(?:the\s+)?(?:IAEA|International\s+Atomic\s+Energy\s+Agency)",
                # the IAEA as the place where the parties act ('cooperation ... at the IAEA'),
                # not a partner ('with the IAEA') nor one of its organs or officials
                r"(?:(?<=\bat\s)|(?<=\bwithin\s))(?:the\s+)?IAEA(?!['’]s|\s+(?:[A-Z]|safeguards|s\w+\s+agreement))",
                flags=0,
            ),
            None,
        ),
        (
            "ctbto",
            compile_words(
                # the CTBT's conference on its entry into force (Article XIV)
                r"Article\s+XIV\s+Conference",
                r"Conference\s+on\s+[Ff]acilitating\s+the\s+[Ee]ntry\s+into\s+[Ff]orce\s+of\s+the\s+"
                r"(?:CTBT|Comprehensive)",
                # 'the Preparatory Commission for the CTBTO': the body's own name, no context word
                r"(?:Preparatory\s+Commission\s+for\s+the\s+)?(?:CTBTO(?:\s+PrepCom)?|"
                r"Comprehensive\s+Nuclear-Test-Ban\s+Treaty\s+Organi[sz]ation)",
                flags=0,
            ),
            None,
        ),
        # the Conference on Disarmament, the UN's negotiating forum in Geneva: work at the UN
        ("un", compile_words(r"Conference\s+on\s+Disarmament", flags=0), None),
        ("un", compile_words(r"United\s+Nations", r"UN", r"U\.N\.", flags=0), None),
    ],
    forum_context=compile_words(
        r"coordinat\w+",
        r"common\s+(?:text|message|statement|position)s?",  # 'line up a common message for
        r"cooperat\w+",
        r"co-operat\w+",
        r"positions?",
        r"joint(?:ly)?",
        r"statements?",
        r"resolutions?",
        r"platforms?",
        r"framework",
        r"(?:on|in)\s+(?:the|its)\s+(?:margins|fringes)",
        r"on\s+its\s+sidelines",
        # 'pledged to keep working together in the IAEA, ...', 'act in concert'
        r"(?:work\w*|act\w*|speak\w*)\s+together",
        r"in\s+(?:concert|unison)",
        # 'its five parties briefed member states' (not 'told a briefing': a spokesman's)
        r"brief(?:ed|ing)(?=\s+(?:the\s+)?(?:[Mm]ember|UN\b|delegat|states|diplomats|participants))",
        # 'during the General Assembly's high-level week'
        r"during(?=\s+(?:the\s+)?(?:\d+\w*\s+)?(?:UN\b|United|General|First|NPT|IAEA|CTBTO|TPNW|"
        r"Review|Preparatory|Meeting))",
        r"as\s+(?:a\s+(?:group|bloc)|one)\b",
        r"with\s+(?:one|a\s+single)\s+voice",
        r"side\s+events?",
        r"promot\w+",
        r"interact\w+",
        r"within",
        r"initiatives?",
        r"speak(?:ing|s)?",
        r"spoke",
        r"on\s+behalf",
        r"deliver(?:ed|ing)?",
        r"prepar\w+",
        r"approach\w*",
        r"on\s+the\s+sidelines",
        r"working\s+papers?",
        # 'is submitting this memorandum to the ... Conference': a body's document there
        r"submit(?:s|ted|ting)?",
        r"debates?",
        # 'Mongolia's foreign minister told the UN General Assembly that'
        r"told(?=\s+(?:the|a)\s+(?:\S+\s+){0,3}?(?:General\s+Assembly|Conference|Committee|Meeting|"
        r"[Ss]ession)\b)",
    ),
    not_forum=compile_words(
        r"(?:Member\s+States|members)\s+of\s+the\s+(?:UN|United\s+Nations)",
        r"(?:UN|United\s+Nations)\s+(?:[Mm]ember\s+[Ss]tates|members)",
        r"(?:Representatives?|Missions?|Ambassadors?)\s+(?:of\s+(?:the\s+)?(?:\w+\s+){1,4})?(?:to|at)\s+the\s+(?:UN|United\s+Nations)(?!\s+General)",
        UN + r"\s+(?:Resident\s+Coordinator|Secretary[-\s]General|"
        r"Under-Secretary-General|High\s+Representative)",
        # a UN official as the speaker, not the parties at the UN: 'a senior U.N. disarmament
        # official said', 'UN officials', 'the UN envoy told reporters'
        UN + r"(?:\s+[a-z][\w-]*){0,2}\s+(?:officials?|envoys?|diplomats?|experts?|chief)\b",
        # the UN acting, not the parties at it: 'a statement from the UN Department of
        # Disarmament Affairs', 'a UN spokesman', 'the UN's active involvement'
        UN + r"\s+(?:Department|[Ss]pokes(?:man|person|woman)|Secretariat)",
        UN + r"(?:'s|’s)(?!\s+(?:General\s+Assembly|Security\s+Council|"
        r"First\s+Committee))",
        # a day the UN proclaimed, the UN's agencies, a partner the UN is for a state
        UN + r"(?:\s+\(UN\))?\s+(?:International\s+)?Day",
        # 'held at UN Headquarters': the place of another forum's session
        UN + r"\s+[Hh]eadquarters",
        r"[Hh]eadquarters\s+of\s+the\s+(?:UN|United\s+Nations)",
        r"(?:UN|United\s+Nations)\s+(?:system|Treaty|Convention|Charter|Institute|University)",
        # the UN's founding and other documents: the UN Charter, the UN Convention on ...
        r"(?:Charter|Convention)\s+of\s+the\s+(?:UN|United\s+Nations)",
        r"\d{4}\s+(?:UN|United\s+Nations)\s+Convention",
        r"(?:CTBTO|IAEA)(?:['’]s)?\s+(?:Executive\s+Secretary|Director[-\s]General)",
        r"(?:with|between\s+\w+\s+and)\s+the\s+(?:UN|United\s+Nations)(?!\s+(?:General|Security))",
        r"UN\s+(?:Regional\s+Cent(?:re|er)|Office|Development\s+Programme|Children's\s+Fund)",
        r"United\s+Nations\s+(?:Regional\s+Cent(?:re|er)|Office|Development\s+Programme)",
        flags=0,
    ),
    organised_by=compile_words(
        r"organi[sz]ed",
        r"hosted",
        r"co-organi[sz]ed",
        r"co-hosted",
        r"team(?:ed|ing|s)?\s+up",  # 'Uzbekistan's Foreign Ministry and UNODA are teaming up for'
        r"convened",
        r"at\s+the\s+initiative\s+of",
        r"run(?=\s+by\b)",  # 'a contest run by the Tajik Foreign Ministry'
        r"courtesy\s+of",  # '... goes on show next month, courtesy of Kazakhstan's Mission'
        r"arranged(?=\s+by\b)",  # 'The screening was arranged by the Kazakh Foreign Ministry'
        r"put\s+on(?=\s+by\b)",  # 'The contest, put on by the Turkmen Foreign Ministry'
    ),
    forum_actors=compile_words(
        r"(?:the\s+)?parties",
        r"participants",
        r"participating\s+(?:countries|states)",
        r"(?:Central\s+Asian|the\s+five|five|all|signatory|[Mm]ember)\s+(?:\w+\s+)?(?:states|"
        r"countries|nations)",
        r"(?:States|countries|nations)\s+of\s+(?:the\s+)?Central\s+Asia",
        r"States\s+Parties",
        r"delegations",
        r"(?:states|countries|nations)\s+of\s+the\s+region",
        r"regional\s+(?:states|countries)",
        r"as\s+(?:the\s+)?(?:new(?:ly\s+appointed)?\s+)?(?:chair|chairman|chairperson|coordinator)",
        # 'Kazakhstan chairs the CANWFZ this year and will deliver ...'
        r"(?:chairs|chairing|currently\s+chairing)\s+(?:the\s+)?(?:CANWFZ|CA-?NWFZ|Central\s+Asian|"
        r"Semipalatinsk|Treaty)",
        r"on\s+behalf\s+of",
        r"joint(?:ly)?",
        r"together",
        # 'The group also intends to table its regular resolution' (not 'the Group of 77')
        r"(?:[Tt]he|[Tt]his)\s+(?-i:group)(?!\s+of)",
    ),
    single_actor=compile_words(
        r"(?:our|my)\s+(?:country|delegation|government)",
        # 'delivering Malaysia's National Statement at the General Debate': a state's own
        r"(?:\w+(?:'s|’s)\s+)?[Nn]ational\s+[Ss]tatements?",
        r"in\s+(?:its|his|her|their|a)\s+national\s+capacity",
        # an official of the UN or an agency speaking there: 'the UN High Representative for
        # Disarmament Affairs told the Review Conference' (not one met: 'met with the CTBTO
        # Executive Secretary')
        r"(?<!with\s)(?<!with\sthe\s)(?<!met\sthe\s)(?<!to\sthe\s)(?<!by\sthe\s)"
        r"(?:UN|U\.N\.|United\s+Nations|IAEA|CTBTO)(?:['’]s)?\s+(?:Secretary[-\s]General|High\s+"
        r"Representative|Under-Secretary-General|Director[-\s]General|Executive\s+Secretary|chief)",
        r"(?<!with\sthe\s)(?<!met\sthe\s)(?<!to\sthe\s)(?<!by\sthe\s)"
        r"(?:Secretary[-\s]General|Director[-\s]General|Executive\s+Secretary)\s+of\s+the\s+"
        r"(?:UN|United\s+Nations|IAEA|CTBTO)\b",
    ),
    forum_anaphor=compile_words(
        r"(?:the|this)\s+(?:conference|session|committee|assembly|meeting)",
        # 'The IAEA General Conference met in Vienna. On its sidelines the Central Asian states
        # organised a side event'
        r"(?:on|at)\s+its\s+(?:sidelines|margins)",
    ),
    un_missions=compile_words(
        UN + r"\s+(?:[Aa]mbassadors|[Pp]ermanent\s+[Rr]epresentatives)",
        # one representative speaking for the parties ('on behalf of the Member States')
        r"Permanent\s+Representative\s+of\s+(?:the\s+)?(?:\w+\s+){1,4}to\s+the\s+(?:UN|United\s+Nations)"
        r"(?!\s+General)",
        r"(?:Permanent\s+)?(?:Missions|Representatives|Ambassadors)\s+(?:of\s+(?:the\s+)?"
        r"(?:\w+\s+){1,4})?(?:to|at)\s+the\s+" + UN + r"(?!\s+General)",
        flags=0,
    ),
    # not 'a work plan ... was signed off by the parties'
    signed_fact=compile_words(
        r"(?:was\s+)?signed(?!\s+off)",
        r"was\s+concluded",
        r"opened\s+for\s+signature",
        # a treaty body's 'done at Almaty on 8 September 2006', a list's 'Date of signature:'
        r"done\s+at(?=\s+[A-Z])",
        r"[Dd]ate\s+of\s+signature",
        # 'The Treaty, whose signing on 8 September 2004 was hailed': the act's noun, dated
        r"(?:whose|its)\s+sign(?:ing|ature)(?=\s+(?:on|in)\s)",
    ),
    # 'entered into force', 'went into force', 'which took effect on 21 March 2009'
    eif_fact=compile_words(
        r"(?:entered|came|went)\s+into\s+force",
        r"took\s+effect",
        r"became\s+effective",
        # 'has been in force since 21 March', 'in effect since', 'The Treaty, in force since 2010'
        r"(?:(?:has|have|had)\s+been\s+)?in\s+(?:force|effect)\s+since",
    ),
)
