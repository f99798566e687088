"""Which of the three read languages (ru, kk, en) a text is in; None for anything else."""

from __future__ import annotations

import re

SUPPORTED_LANGUAGES: tuple[str, ...] = ("ru", "kk", "en")

KAZAKH_WORDS = frozenset(
    {
        "және", "мен", "бен", "пен", "туралы", "бойынша", "үшін", "жылы", "жылғы", "биыл",
        "арасындағы", "елдер", "елдерінің", "шарт", "шарты", "шартының", "сыртқы", "істер",
        "министрлігі", "кездесу", "кездесуі", "төрағалық", "өтті", "болды", "бұл", "осы",
        "сондай-ақ", "деп", "жөніндегі", "ретінде", "атап",
    }
)  # fmt: skip
ENGLISH_WORDS = frozenset(
    {
        "the",
        "and",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "that",
        "was",
        "is",
        "by",
        "as",
        "at",
        "its",
        "has",
        "have",
        "will",
        "were",
        "from",
        "said",
        "a",
        "an",
        "this",
    }
)
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str) -> str | None:
    """'kk' when Kazakh letters or words are frequent, 'ru' for other Cyrillic, 'en' for Latin."""
    sample = text[:50000]
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < 20:
        return None
    if cyrillic >= latin and cyrillic / letters > 0.5:
        return _cyrillic_language(sample, cyrillic)
    if latin / letters > 0.7:
        words = [w.lower() for w in WORD.findall(sample)]
        english = [w for w in words if w in ENGLISH_WORDS]
        if len(set(english)) >= 2 and len(english) / max(len(words), 1) >= 0.08:
            return "en"
    return None


def _cyrillic_language(sample: str, cyrillic: int) -> str | None:
    def share(chars: str) -> float:
        return sum(1 for ch in sample if ch in chars) / max(cyrillic, 1)

    if share(TAJIK_ONLY) > 0.005 or share(OTHER_CYRILLIC) > 0.005:
        return None
    words = [w.lower() for w in WORD.findall(sample)]
    kazakh_words = sum(1 for w in words if w in KAZAKH_WORDS) / max(len(words), 1)
    if share(KAZAKH_ONLY) > 0.005:
        return "kk"
    if share(KYRGYZ_SHARED) > 0.005:
        return None  # ө ү ң without the Kazakh-only letters: Kyrgyz, Tatar, Bashkir...
    if kazakh_words > 0.05:
        return "kk"
    return "ru"


KAZAKH_ONLY = "әғқұһіӘҒҚҰҺІ"
KYRGYZ_SHARED = "өүңӨҮҢ"
TAJIK_ONLY = "ӣӯҳҷӢӮҲҶ"
OTHER_CYRILLIC = "їєґўјљњћџђѓќѕЇЄҐЎЈЉЊЋЏЂЃЌЅ"
