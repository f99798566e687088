"""Kazakh written in the Latin alphabet, read as Cyrillic.

Kazakhstan has published three Latin alphabets, and the news uses all three:

- 2017 (decree of 26 October 2017): apostrophes, a' g' n' o' u' y' i' s' c' (ә ғ ң ө ү у и/й ш ч);
- 2018 (decree of 19 February 2018, Kazinform's Latin edition): acute accents, á ǵ ń ó ú ý,
  the dotless ı for и and й, and the digraphs sh and ch (ш ч);
  informal Latin writes gh for ғ and types a letter the keyboard lacks in Cyrillic ("jәne"),
  both read in the 2018 and 2021 alphabets;
- 2021 (the alphabet presented in January 2021): Turkic letters ä ğ ñ ö ü ū ş ç; here ı is і,
  i is и and й, u is у and ū is ұ.

Where the alphabets agree a letter reads the same (q қ, j ж, y ы, ...); where they differ
(i, ı, u, y') the variant is chosen once per text from the letters only one alphabet has.
The Kazakh rules then read the Cyrillic text; `transliterate` returns it with the map back to
the Latin original, so every span points at the text as published.

What Latin cannot say is restored where the rules need it: я and ю from ıa/ia and ıý/iu, й or
и from the neighbouring vowel, ц in loanwords ("konferensııa" -> конференция), МАГАТЭ. A word
holding a letter no Kazakh alphabet has (c, w, x: CTBTO, AFCONE, a web address) is kept as it
is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .textmap import TextBuilder, TextMap

IY = "\0"  # the letter that is и or й, decided by its neighbours
CYRILLIC_VOWELS = frozenset("аәеиоөұүыіуэюяАӘЕИОӨҰҮЫІУЭЮЯ")
APOSTROPHES = "'’ʼ`´‘"

COMMON = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "j": "ж", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т",
    "v": "в", "z": "з", "y": "ы",
}  # fmt: skip
TABLES: dict[str, dict[str, str]] = {
    "2018": {
        **COMMON, "á": "ә", "ǵ": "ғ", "i": "і", "ı": IY, "ń": "ң", "ó": "ө", "u": "ұ",
        "ú": "ү", "ý": "у", "sh": "ш", "ch": "ч", "gh": "ғ",
    },
    "2021": {
        **COMMON, "ä": "ә", "ğ": "ғ", "ı": "і", "i": IY, "ñ": "ң", "ö": "ө", "u": "у",
        "ū": "ұ", "ü": "ү", "ş": "ш", "ç": "ч", "sh": "ш", "ch": "ч", "gh": "ғ",
    },
    "2017": {
        **COMMON, "a'": "ә", "g'": "ғ", "i": "і", "i'": IY, "n'": "ң", "o'": "ө", "u": "ұ",
        "u'": "ү", "y'": "у", "s'": "ш", "c'": "ч", "sh": "ш", "ch": "ч",
    },
}  # fmt: skip
# after the и/й letter: the vowel that makes it я or ю
IOTATED = {
    "2018": {"a": "я", "ý": "ю"},
    "2021": {"a": "я", "u": "ю"},
    "2017": {"a": "я", "y'": "ю"},
}
MARKERS = {
    "2018": frozenset("áǵńóúýÁǴŃÓÚÝ"),
    "2021": frozenset("äğñöüūşçÄĞÑÖÜŪŞÇİ"),
}
APOSTROPHE_LETTER = re.compile(r"[AaGgIiNnOoSsCcUuYy][" + APOSTROPHES + r"](?=[^\W\d_]|\b)")
VARIANT_NAMES = {
    "2017": "kk-latn-2017",
    "2018": "kk-latn-2018",
    "2021": "kk-latn-2021",
}
WORD = re.compile(r"[^\W\d_]+(?:[" + APOSTROPHES + r"][^\W\d_]*)*")
FOREIGN_LETTERS = {
    "2018": frozenset("cwxCWX"),
    "2021": frozenset("cwxCWX"),
    "2017": frozenset("wxWX"),
}
NOT_A_WORD = re.compile(r"\S*(?:://|www\.|@)\S*|\S+\.(?:kz|com|org|net|ru|int|gov)\S*", re.I)
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# the Kazakh letters a Latin keyboard lacks, typed in Cyrillic inside a Latin word ("jәne")
KAZAKH_CYRILLIC = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
LOANWORD_TS = re.compile(r"(?<=[аеиоуюнкрлАЕИОУЮНКРЛ])(?:тс|с)(?=ия)")
# words of Russian origin whose ь, э or ю no Latin alphabet writes, as the rules spell them
LOANWORDS = [
    (re.compile(r"(?<!\w)консултатив", re.I), "консультатив"),
    (re.compile(r"(?<!\w)Ню-?[ІИЙ]орк", re.I), "Нью-Йорк"),
    (re.compile(r"(?<!\w)МАГАТЕ"), "МАГАТЭ"),
    (re.compile(r"(?<!\w)ЕАЕО"), "ЕАЭО"),
    # Latin e is э at the head of loanwords: 'energiia', 'ekspert', 'ekspozitsiia', 'elektr'
    # (also after 'foto', 'gidro': 'fotoekspozitsiia', 'gidroelektr')
    (
        re.compile(
            r"(?:(?<!\w)|(?<=фото)|(?<=гидро))е(?=нерги|кс|коном|колог|лектр|мбарго|ссе)", re.I
        ),
        "э",
    ),
]


@dataclass(frozen=True)
class Transliteration:
    variant: str  # "2017", "2018", "2021"
    reading: TextMap

    @property
    def name(self) -> str:
        return VARIANT_NAMES[self.variant]


def latin_share(text: str) -> float:
    """The share of the letters that are not Cyrillic (0 for a text without letters)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return 1 - sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff") / len(letters)


def variant_of(text: str) -> str:
    """The alphabet a Kazakh Latin text is written in, from the letters only it has; the
    2018 alphabet (the state news agency's) when nothing tells."""
    scores = {name: sum(1 for ch in text if ch in letters) for name, letters in MARKERS.items()}
    scores["2017"] = len(APOSTROPHE_LETTER.findall(text))
    best = max(scores, key=lambda name: (scores[name], name == "2018"))
    return best if scores[best] > 0 else "2018"


def transliterate(text: str, variant: str | None = None) -> Transliteration:
    """The Cyrillic reading of a Kazakh Latin text, with the map back to it."""
    variant = variant or variant_of(text)
    builder = TextBuilder(text)
    position = 0
    skipped = [(m.start(), m.end()) for m in NOT_A_WORD.finditer(text)]
    for m in WORD.finditer(text):
        for i in range(position, m.start()):
            builder.add(text[i], i, i + 1)
        if _foreign(m.group(0), variant) or any(s <= m.start() < e for s, e in skipped):
            for i in range(m.start(), m.end()):
                builder.add(text[i], i, i + 1)
        else:
            _word(builder, text, m.start(), m.end(), variant)
        position = m.end()
    for i in range(position, len(text)):
        builder.add(text[i], i, i + 1)
    reading = builder.build()
    reading = reading.substitute(LOANWORD_TS, lambda m: "ц")
    for pattern, spelling in LOANWORDS:
        reading = reading.substitute(pattern, lambda m, s=spelling: _same_case(m.group(0), s))
    return Transliteration(variant, reading)


def _same_case(found: str, spelling: str) -> str:
    if found.isupper():
        return spelling.upper()
    if found[:1].isupper():
        return spelling[:1].upper() + spelling[1:]
    return spelling


def _foreign(word: str, variant: str) -> bool:
    """A word no Kazakh alphabet writes: a letter it lacks (c, w, x outside ch), or Cyrillic
    (but a Latin word holding only the Kazakh letters a Latin keyboard lacks, "jәne", is
    Kazakh Latin: its Latin letters are read and the Cyrillic ones kept)."""
    cyrillic = CYRILLIC.findall(word)
    if cyrillic and (len(cyrillic) == len(word) or not set(cyrillic) <= KAZAKH_CYRILLIC):
        return True
    letters = FOREIGN_LETTERS[variant]
    rest = word.replace("ch", "").replace("Ch", "").replace("CH", "")
    if variant == "2017":
        rest = re.sub(r"[cC][" + APOSTROPHES + r"]", "", rest)
    return any(ch in letters for ch in rest)


def _lower(ch: str, variant: str, following: str) -> str:
    if variant == "2021":
        if ch == "İ":
            return "i"
        if ch == "I":
            return "ı"
    if variant == "2018" and ch == "I" and following[:1] in ("a", "A", "ý", "Ý", "o", "O"):
        return "ı"  # 'Iadrolyq' is ядролық: the capital of ı before a vowel
    if ch in APOSTROPHES:
        return "'"
    return ch.lower()


def _word(builder: TextBuilder, text: str, start: int, end: int, variant: str) -> None:
    table = TABLES[variant]
    iotated = IOTATED[variant]
    i = start
    previous = ""
    while i < end:
        unit, letter = _unit(text, i, end, variant, table)
        upper = text[i].isupper()
        if letter == IY:
            after = i + len(unit)
            vowel, vowel_len = _iotated(text, after, end, variant, iotated)
            if vowel == "я" and previous.isalpha() and previous not in CYRILLIC_VOWELS:
                # after a consonant 'ia' is и and а, the loanwords' spelling ('olimpiada',
                # 'material', 'dialog', 'radiatsiia'); я follows a vowel or starts a word
                vowel = ""
            if vowel:
                out = vowel
                unit_end = after + vowel_len
            else:
                out = "й" if previous in CYRILLIC_VOWELS else "и"
                unit_end = after
        else:
            out = letter
            unit_end = i + len(unit)
        if upper:
            out = out.upper()
        builder.add(out, i, unit_end)
        previous = out[-1:].lower() if out else previous
        i = unit_end


def _unit(text: str, i: int, end: int, variant: str, table: dict[str, str]) -> tuple[str, str]:
    """The longest unit of the alphabet at i (a letter, a digraph, a letter and apostrophe)."""
    if i + 1 < end:
        pair = _lower(text[i], variant, text[i + 1 : i + 2]) + _lower(
            text[i + 1], variant, text[i + 2 : i + 3]
        )
        if pair in table:
            return text[i : i + 2], table[pair]
    ch = _lower(text[i], variant, text[i + 1 : i + 2])
    if ch in table:
        return text[i], table[ch]
    return text[i], text[i]  # not a letter of the alphabet (an apostrophe as a quote mark)


def _iotated(text: str, i: int, end: int, variant: str, iotated: dict[str, str]) -> tuple[str, int]:
    """The я or ю that the и/й letter and the vowel at i make, and the vowel's length."""
    for vowel, cyrillic in iotated.items():
        got = "".join(_lower(ch, variant, "") for ch in text[i : i + len(vowel)])
        if i + len(vowel) <= end and got == vowel:
            return cyrillic, len(vowel)
    return "", 0
