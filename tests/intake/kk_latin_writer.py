"""Kazakh Cyrillic written in each Latin alphabet, the way the alphabets' tables spell it, for
tests: the whole Kazakh corpus can then be read in the Latin scripts too. Written from the
published tables (2017 apostrophes, 2018 acute accents, 2021), independently of the reader
in src/ (which goes the other way and has to guess what Latin leaves out)."""

from __future__ import annotations

import re

BASE = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "j", "з": "z", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f",
    "х": "h", "һ": "h", "қ": "q", "ы": "y", "ь": "", "ъ": "", "э": "e",
}  # fmt: skip
ALPHABETS = {
    "2018": {
        **BASE, "ә": "á", "ғ": "ǵ", "і": "i", "и": "ı", "й": "ı", "ң": "ń", "ө": "ó", "ұ": "u",
        "ү": "ú", "у": "ý", "ш": "sh", "ч": "ch", "щ": "sh", "ц": "s", "я": "ıa", "ю": "ıý",
        "ё": "ıo",
    },
    "2021": {
        **BASE, "ә": "ä", "ғ": "ğ", "і": "ı", "и": "i", "й": "i", "ң": "ñ", "ө": "ö", "ұ": "ū",
        "ү": "ü", "у": "u", "ш": "ş", "ч": "ç", "щ": "ş", "ц": "ts", "я": "ia", "ю": "iu",
        "ё": "io",
    },
    "2017": {
        **BASE, "ә": "a'", "ғ": "g'", "і": "i", "и": "i'", "й": "i'", "ң": "n'", "ө": "o'",
        "ұ": "u", "ү": "u'", "у": "y'", "ш": "s'", "ч": "c'", "щ": "s'", "ц": "s", "я": "i'a",
        "ю": "i'y'", "ё": "i'o",
    },
}  # fmt: skip
CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
UPPER_I = {"2018": {"ı": "I", "i": "I"}, "2021": {"i": "İ", "ı": "I"}, "2017": {}}


def to_latin(text: str, variant: str) -> str:
    """The Cyrillic words of a text written in a Latin alphabet (other text unchanged)."""
    table = ALPHABETS[variant]

    def word(m: re.Match[str]) -> str:
        out: list[str] = []
        for ch in m.group(0):
            latin = table.get(ch.lower(), ch)
            if ch.isupper() and latin:
                first = UPPER_I[variant].get(latin[0], latin[0].upper())
                latin = first + (latin[1:].upper() if m.group(0).isupper() else latin[1:])
            out.append(latin)
        return "".join(out)

    return CYRILLIC_WORD.sub(word, text)
