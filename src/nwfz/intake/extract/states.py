"""The five parties and the nuclear-weapon states in all their forms, with spans and codes.

Russian: pymorphy3 lemmas (Казахстану -> казахстан, казахстанская -> казахстанский), exact
abbreviations (РК, КР, РТ, РУз); Kazakh: stems with the endings kk_morph generates
(Қазақстанға, Өзбекстаннан); English: patterns (Kazakhstan's, Kazakh side, Kyrgyz Republic).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .kk_morph import case_of, forms_regex, voiced
from .text import ru_cases, ru_lemma, tokenize

PARTIES: tuple[str, ...] = ("KZ", "KG", "TJ", "TM", "UZ")
RU_CASE = {"nomn": "nom", "gent": "gen", "datv": "dat", "accs": "acc", "ablt": "ins", "loct": "loc"}


@dataclass(frozen=True)
class StateMention:
    code: str
    start: int
    end: int
    text: str
    cases: frozenset[str] = frozenset()

    @property
    def is_party(self) -> bool:
        return self.code in PARTIES


# ---------------------------------------------------------------- Russian

RU_LEMMAS: dict[str, str] = {
    "казахстан": "KZ", "казахстанский": "KZ", "казахский": "KZ",
    "кыргызстан": "KG", "киргизия": "KG", "кыргызский": "KG", "киргизский": "KG",
    "кыргызия": "KG",
    "таджикистан": "TJ", "таджикский": "TJ",
    "туркменистан": "TM", "туркмения": "TM", "туркменский": "TM",
    "узбекистан": "UZ", "узбекский": "UZ",
    "россия": "RU", "российский": "RU", "китай": "CN", "китайский": "CN",
    "великобритания": "GB", "британский": "GB", "франция": "FR", "французский": "FR",
}  # fmt: skip
RU_ABBREVIATIONS: dict[str, str] = {
    "РК": "KZ", "КР": "KG", "РТ": "TJ", "РУз": "UZ", "РФ": "RU", "КНР": "CN", "США": "US",
}  # fmt: skip
RU_SIDE_WORDS = frozenset({"сторона", "делегация", "председательство", "республика"})


def _ru_word_cases(word: str) -> frozenset[str]:
    return frozenset(RU_CASE[c] for c in ru_cases(word) if c in RU_CASE)


def _ru_cases_after(preposition: str, cases: frozenset[str]) -> frozenset[str]:
    """The case a preposition gives the Russian word after it ('от', 'у', 'к'); else its own."""
    if preposition == "от":
        return frozenset({"abl"})
    if preposition == "у":  # 'у Узбекистана': whose, or, with a verb of taking, from whom
        return frozenset({"gen", "abl"})
    if preposition in ("к", "ко"):
        return frozenset({"dat"})
    return cases


def find_states_ru(text: str) -> list[StateMention]:
    tokens = tokenize(text)
    found: list[StateMention] = []
    for i, token in enumerate(tokens):
        code = RU_ABBREVIATIONS.get(token.text)
        if code is None and token.text[:1].isalpha():
            code = RU_LEMMAS.get(ru_lemma(token.text))
        if code is None:
            continue
        start, end, case_word = token.start, token.end, token.text
        if i > 0 and ru_lemma(tokens[i - 1].text) == "республика":
            start, case_word = tokens[i - 1].start, tokens[i - 1].text
        elif (
            i + 1 < len(tokens)
            and ru_lemma(tokens[i + 1].text) in RU_SIDE_WORDS
            and ru_lemma(token.text).endswith("ий")
        ):
            # 'узбекская сторона', 'казахстанское председательство': the adjective takes the
            # noun's case; a name is its own word ('передал Казахстану председательство')
            end, case_word = tokens[i + 1].end, tokens[i + 1].text
        cases = _ru_word_cases(case_word)
        if token.text in RU_ABBREVIATIONS and case_word == token.text:
            cases = frozenset({"nom", "gen", "dat", "acc", "ins", "loc"})
        first = i - 1 if start < token.start else i
        preposition = tokens[first - 1].text.lower() if first > 0 else ""
        cases = _ru_cases_after(preposition, cases)
        found.append(StateMention(code, start, end, text[start:end], cases))
    return found


# ---------------------------------------------------------------- Kazakh

KK_STEMS: dict[str, str] = {
    "қазақстан": "KZ", "қырғызстан": "KG", "қырғызия": "KG", "тәжікстан": "TJ",
    "тажикстан": "TJ", "түрікменстан": "TM", "түркменстан": "TM", "түркіменстан": "TM",
    "өзбекстан": "UZ", "ресей": "RU", "қытай": "CN", "ұлыбритания": "GB", "франция": "FR",
}  # fmt: skip
KK_ETHNONYMS: dict[str, str] = {
    "қазақ": "KZ", "қырғыз": "KG", "тәжік": "TJ", "түрікмен": "TM", "түркімен": "TM",
    "өзбек": "UZ",
}  # fmt: skip
KK_ABBREVIATIONS: dict[str, str] = {"ҚР": "KZ", "АҚШ": "US", "ҚХР": "CN", "РФ": "RU"}
KK_SIDE_WORDS = ("тарап", "делегация", "республика", "елі", "ел")
_KK_STEM_RES = [(stem, code, forms_regex(stem)) for stem, code in KK_STEMS.items()]
_KK_SIDE_RE = forms_regex(*KK_SIDE_WORDS)
_KK_ETHNONYM_RE = re.compile(
    r"(?<!\w)(" + "|".join(KK_ETHNONYMS) + r")\s+(" + _KK_SIDE_RE.pattern + ")",
    re.IGNORECASE,
)
_KK_ABBR_RE = re.compile(r"(?<!\w)(ҚР|АҚШ|ҚХР|РФ)(?:-?(\w+))?(?!\w)")


_KK_FOLLOW_RE = re.compile(r"\s+(Республикасы\w*|тара[пб]\w*|делегация\w*)", re.IGNORECASE)


def _kk_side_case(word: str) -> frozenset[str]:
    for stem in ("тарап", "делегация", "республика", "ел"):
        if word.lower().startswith((stem, voiced(stem))):
            return frozenset({case_of(word, stem)})
    return frozenset({"nom"})


def find_states_kk(text: str) -> list[StateMention]:
    found: list[StateMention] = []
    for stem, code, pattern in _KK_STEM_RES:
        for m in pattern.finditer(text):
            start, end, cases = m.start(), m.end(), frozenset({case_of(m.group(0), stem)})
            follow = _KK_FOLLOW_RE.match(text, end)
            if follow:
                end = follow.end()
                cases = _kk_side_case(follow.group(1))
            found.append(StateMention(code, start, end, text[start:end], cases))
    for m in _KK_ETHNONYM_RE.finditer(text):
        code = KK_ETHNONYMS[m.group(1).lower()]
        side = m.group(0)[m.start(2) - m.start() :]
        found.append(StateMention(code, m.start(), m.end(), m.group(0), _kk_side_case(side)))
    for m in _KK_ABBR_RE.finditer(text):
        case = case_of(m.group(2) or "", "") if m.group(2) else "nom"
        if m.group(2) and case == "other":
            continue
        found.append(
            StateMention(
                KK_ABBREVIATIONS[m.group(1)], m.start(), m.end(), m.group(0), frozenset({case})
            )
        )
    return _without_overlaps(found)


# ---------------------------------------------------------------- English

EN_PATTERNS: list[tuple[str, str]] = [
    ("KZ", r"Republic\s+of\s+Kazakhstan|Kazakhstan(?:i)?(?:'s)?|Kazakh"),
    ("KG", r"Kyrgyz\s+Republic|Kyrgyzstan(?:'s)?|Kyrgyz|Kirghizia|Kirgizia|Kirghiz"),
    ("TJ", r"Republic\s+of\s+Tajikistan|Tajikistan(?:'s)?|Tajik|Tadjikistan|Tadjik"),
    ("TM", r"Turkmenistan(?:'s)?|Turkmen"),
    ("UZ", r"Republic\s+of\s+Uzbekistan|Uzbekistan(?:'s)?|Uzbek"),
    ("RU", r"Russian\s+Federation|Russia(?:'s)?|Russian"),
    ("US", r"United\s+States(?:\s+of\s+America)?|U\.S\.(?:A\.)?|USA"),
    ("CN", r"People's\s+Republic\s+of\s+China|China(?:'s)?|Chinese"),
    ("GB", r"United\s+Kingdom|Britain|British|UK"),
    ("FR", r"France(?:'s)?|French"),
]
_EN_RES = [(code, re.compile(r"(?<![\w.])(?:" + p + r")(?![\w])")) for code, p in EN_PATTERNS]
_EN_PREPOSITION = re.compile(r"(\w+)(?:\s+the)?\s*$")  # "to the Republic of ..."
EN_CASE_OF_PREPOSITION = {"to": "dat", "from": "abl", "by": "ins", "of": "gen", "in": "loc"}


def find_states_en(text: str) -> list[StateMention]:
    found: list[StateMention] = []
    for code, pattern in _EN_RES:
        for m in pattern.finditer(text):
            before = _EN_PREPOSITION.search(text[max(0, m.start() - 12) : m.start()])
            preposition = before.group(1).lower() if before else ""
            case = EN_CASE_OF_PREPOSITION.get(preposition, "nom")
            if m.group(0).endswith("'s"):
                case = "gen"
            found.append(StateMention(code, m.start(), m.end(), m.group(0), frozenset({case})))
    return _without_overlaps(found)


# ---------------------------------------------------------------- capitals for their states

# the parties' capitals, which the news lets stand for their states in a handover ('Ташкент
# принял эстафету у Ашхабада', 'Астана Ташкенттен қабылдады'); not a place ('в Ташкенте')
RU_CAPITALS = {
    "ташкент": "UZ", "ашхабад": "TM", "ашгабат": "TM", "душанбе": "TJ", "бишкек": "KG",
    "астана": "KZ",
}  # fmt: skip
KK_CAPITALS = {"ташкент": "UZ", "ашхабад": "TM", "душанбе": "TJ", "бішкек": "KG", "астана": "KZ"}
_KK_CAPITAL_RES = [(stem, code, forms_regex(stem)) for stem, code in KK_CAPITALS.items()]
PLACE_BEFORE = frozenset({"в", "во", "г", "городе", "город", "из"})


def find_capitals(text: str, language: str) -> list[StateMention]:
    """The parties' capitals standing for their states (Russian and Kazakh), with their case;
    a capital after 'в', 'г.', 'городе' is where something happens, and left out."""
    found: list[StateMention] = []
    if language == "ru":
        tokens = tokenize(text)
        for i, token in enumerate(tokens):
            code = RU_CAPITALS.get(ru_lemma(token.text)) if token.text[:1].isupper() else None
            if code is None:
                continue
            before = tokens[i - 1].text.lower().rstrip(".") if i > 0 else ""
            if before in PLACE_BEFORE:
                continue
            cases = _ru_cases_after(before, _ru_word_cases(token.text))
            found.append(StateMention(code, token.start, token.end, token.text, cases))
    elif language == "kk":
        for stem, code, pattern in _KK_CAPITAL_RES:
            for m in pattern.finditer(text):
                case = case_of(m.group(0), stem)
                if case not in ("loc", "other") and m.group(0)[:1].isupper():
                    found.append(
                        StateMention(code, m.start(), m.end(), m.group(0), frozenset({case}))
                    )
    return sorted(found, key=lambda m: m.start)


# ---------------------------------------------------------------- all


def find_states(text: str, language: str) -> list[StateMention]:
    """State mentions in a text of the given language, sorted, without overlaps."""
    if language == "ru":
        return _without_overlaps(find_states_ru(text))
    if language == "kk":
        return find_states_kk(text)
    if language == "en":
        return find_states_en(text)
    return []


def _without_overlaps(mentions: list[StateMention]) -> list[StateMention]:
    ordered = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[StateMention] = []
    for mention in ordered:
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out
