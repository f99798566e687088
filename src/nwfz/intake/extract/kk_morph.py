"""Kazakh noun endings with vowel harmony and consonant assimilation, written as plain rules.

Kazakh has no analyser in the environment, so a name is matched as its stem followed by an
ending this module generates for that stem: case endings (genitive, dative, accusative,
locative, ablative, instrumental), the plural, the 3rd-person possessive, the attributive
-дағы and the adjectival -лық, and one ending stacked on another (Қазақстандағы,
Қазақстанның, шартының, Республикасына). A stem's final п, к, қ voices before a vowel
(тарап: тарабы, тарабына; аймақ: аймағы).
"""

from __future__ import annotations

import re
from functools import lru_cache

BACK_VOWELS = frozenset("аоұыя")
FRONT_VOWELS = frozenset("әөүіеэ")
VOWELS = BACK_VOWELS | FRONT_VOWELS | frozenset("юё")
VOICELESS = frozenset("пфкқтсшщхцчһ")
SONORANT_SOFT = frozenset("руйи")  # like vowels for -лар and -лық, like consonants elsewhere
NASAL = frozenset("мнң")


def is_front(stem: str) -> bool:
    for ch in reversed(stem.lower()):
        if ch in FRONT_VOWELS:
            return True
        if ch in BACK_VOWELS:
            return False
    return False


MUTATION = {"п": "б", "к": "г", "қ": "ғ"}


def voiced(stem: str) -> str:
    """The stem as it stands before a vowel: a final п, к, қ voiced ('тарап': 'тараб')."""
    last = stem[-1:].lower()
    return stem[:-1] + MUTATION[last] if last in MUTATION else stem


def _final(stem: str) -> str:
    letters = [ch for ch in stem.lower() if ch.isalpha()]
    return letters[-1] if letters else "а"


def _pick(front: bool, back_form: str, front_form: str) -> str:
    return front_form if front else back_form


def case_endings(stem: str) -> list[str]:
    """One layer of endings for a stem (no stacking)."""
    front = is_front(stem)
    last = _final(stem)
    vowel = last in VOWELS
    out: list[str] = []
    # genitive
    if vowel or last in NASAL:
        out.append(_pick(front, "ның", "нің"))
    elif last not in VOICELESS:
        out.append(_pick(front, "дың", "дің"))
    else:
        out.append(_pick(front, "тың", "тің"))
    # accusative
    if vowel:
        out.append(_pick(front, "ны", "ні"))
    elif last in VOICELESS:
        out.append(_pick(front, "ты", "ті"))
    else:
        out.append(_pick(front, "ды", "ді"))
    # dative
    if last in VOICELESS:
        out.append(_pick(front, "қа", "ке"))
    else:
        out.append(_pick(front, "ға", "ге"))
    # locative and attributive locative
    if last in VOICELESS:
        out += [_pick(front, "та", "те"), _pick(front, "тағы", "тегі")]
    else:
        out += [_pick(front, "да", "де"), _pick(front, "дағы", "дегі")]
    # ablative
    if last in NASAL:
        out.append(_pick(front, "нан", "нен"))
    elif last in VOICELESS:
        out.append(_pick(front, "тан", "тен"))
    else:
        out.append(_pick(front, "дан", "ден"))
    # instrumental
    if last in VOICELESS:
        out.append("пен")
    elif last in "зж":
        out.append("бен")
    else:
        out.append("мен")
    # plural
    if vowel or last in SONORANT_SOFT:
        out.append(_pick(front, "лар", "лер"))
    elif last in NASAL or last in "лзж":
        out.append(_pick(front, "дар", "дер"))
    else:
        out.append(_pick(front, "тар", "тер"))
    # 3rd person possessive
    out.append(_pick(front, "сы", "сі") if vowel else _pick(front, "ы", "і"))
    # adjectival -лық / -дық / -тық
    if vowel or last in SONORANT_SOFT:
        out.append(_pick(front, "лық", "лік"))
    elif last in NASAL or last in "лзж":
        out.append(_pick(front, "дық", "дік"))
    else:
        out.append(_pick(front, "тық", "тік"))
    return out


def possessive_case_endings(stem_with_possessive: str) -> list[str]:
    """After the 3rd-person possessive the dative, locative, ablative and accusative take -н-."""
    front = is_front(stem_with_possessive)
    return [
        _pick(front, "на", "не"),
        _pick(front, "нда", "нде"),
        _pick(front, "ндағы", "ндегі"),
        _pick(front, "нан", "нен"),
        "н",
        _pick(front, "ның", "нің"),
        "мен",
    ]


@lru_cache(maxsize=4096)
def word_forms(stem: str) -> frozenset[str]:
    """The stem and its forms with one or two endings, lower-cased."""
    stem = stem.lower()
    forms = {stem}
    for first in case_endings(stem):
        word = stem + first
        forms.add(word)
        if first in ("ы", "і", "сы", "сі"):
            forms.update(word + ending for ending in possessive_case_endings(word))
            if first in ("ы", "і") and voiced(stem) != stem:  # 'тарабы', 'тарабына'
                mutated = voiced(stem) + first
                forms.add(mutated)
                forms.update(mutated + ending for ending in possessive_case_endings(mutated))
        elif first.endswith(("лар", "лер", "дар", "дер", "тар", "тер")):
            forms.update(word + ending for ending in case_endings(word))
        elif first.endswith(("лық", "лік", "дық", "дік", "тық", "тік")):
            forms.update(word + ending for ending in case_endings(word))
    return frozenset(forms)


def stem_pattern(stem: str) -> str:
    """A regex alternative matching the stem in any generated form (longest first)."""
    forms = sorted(word_forms(stem), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")"


def forms_regex(*stems: str) -> re.Pattern[str]:
    """A case-insensitive regex matching any form of any of the stems as a whole word."""
    body = "|".join(stem_pattern(s) for s in stems)
    return re.compile(r"(?<![\w])(?:" + body + r")(?![\w])", re.IGNORECASE)


CASE_OF_ENDING = {
    "ға": "dat", "ге": "dat", "қа": "dat", "ке": "dat", "на": "dat", "не": "dat",
    "ның": "gen", "нің": "gen", "дың": "gen", "дің": "gen", "тың": "gen", "тің": "gen",
    "нан": "abl", "нен": "abl", "дан": "abl", "ден": "abl", "тан": "abl", "тен": "abl",
    "да": "loc", "де": "loc", "та": "loc", "те": "loc", "нда": "loc", "нде": "loc",
    "ны": "acc", "ні": "acc", "ды": "acc", "ді": "acc", "ты": "acc", "ті": "acc",
    "мен": "ins", "бен": "ins", "пен": "ins",
    "ы": "nom", "і": "nom", "сы": "nom", "сі": "nom", "н": "acc",
}  # fmt: skip


def case_of(word: str, stem: str) -> str:
    """The grammatical case a form of the stem carries ('nom' when bare)."""
    lower = word.lower()
    rest = ""
    for form in (stem.lower(), voiced(stem.lower())):  # 'тарабына' of 'тарап'
        if lower.startswith(form):
            rest = lower[len(form) :]
            break
    if not rest:
        return "nom"
    for ending in sorted(CASE_OF_ENDING, key=len, reverse=True):
        if rest.endswith(ending):
            return CASE_OF_ENDING[ending]
    return "other"
