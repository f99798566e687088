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
        # frequent in the news, and unlike any Uzbek, Turkish, Turkmen or Azerbaijani word
        # read through a Kazakh Latin alphabet
        "елдері", "елдердің", "мемлекеттер", "мемлекеттердің", "қатысушы", "қатысты",
        "министрлігінің", "кездесуде", "өткен", "болып", "деді", "арқылы", "кезінде",
        "барысында", "шеңберінде", "аясында", "халықаралық", "ынтымақтастық", "бірлескен",
        "бірлесіп", "қазақстан", "қазақстанның", "республикасы", "шартқа", "шартына",
        "ядролық", "қарудан", "аймақ", "аймағы", "орталық", "азиядағы", "азияда",
        # the treaty's acts, anniversaries and plans, told in a line or two ('Семей шартына
        # 08.09.2005 қол қойылған', 'шарттың күшіне енгеніне 15 жыл толды')
        "шартын", "шарттың", "тараптар", "тараптары", "жылға", "жылдығы", "жылдығына",
        "мерейтойы", "толды", "толады", "күшіне", "қойылды", "қойылған", "қойылғанына",
        "арналды", "арналған", "өтеді", "жоспарлар", "жоспарларды",
        # and a memorandum's ('ОАЯҚАА мен ОПАНАЛ меморандумға қол қойды')
        "меморандумға", "қойды",
        # and an opening or a region's news ('... облысының музейінде көрмесі ашылды')
        "ашылды", "облысының", "облысында", "қаласында", "көрмесі",
        "тараптарының", "кезекті", "консультативтік", "кездесуін", "атты",
        # and a delegation's work at a forum ('... сессиясында делегацияны вице-министр
        # басқарды. Делегация ұлттық мәлімдеме жасады'): loanwords with Kazakh endings
        "жасады", "мәлімдеме", "мәлімдемесі", "ұлттық", "басқарды", "делегациясы",
        "делегациясын", "делегациясының", "сессиясында", "конференциясында",
        "конференциясының", "комитетінде", "өткізді", "ұйымдастырды",
        # and a year's results and plans in a line ('2025 жылдың қорытындысы шығарылды')
        "қорытындысы", "қорытындысын", "шығарылды", "жоспары", "жоспарын", "бекітілді",
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
# words of the zones' news that no other language read in the Latin alphabet writes so; with
# the function words they tell a headline or a one-line item, which holds few of those
ENGLISH_CONTENT_WORDS = frozenset(
    {
        "weapon", "weapons", "free", "treaty", "treaties", "meeting", "meetings", "meet",
        "meets", "ministers", "minister", "foreign", "ministry", "states", "held", "holds",
        "hold", "hosts", "host", "signed", "signs", "talks", "asian", "parties", "agreement",
        "statement", "joint", "anniversary", "chairmanship", "between", "about", "after",
        "marks", "consultative", "annual", "ambassador", "ambassadors", "disarmament",
        "non-proliferation", "nonproliferation", "memorandum", "understanding", "first",
        "committee", "review", "general", "assembly", "united", "nations", "countries",
        # a headline in title case: 'Kazakhstan Marks 30 Years Since Joining NPT, President Says'
        "years", "year", "since", "says", "president", "celebrates", "takes", "over",
    }
)  # fmt: skip
SHORT_TEXT_WORDS = 40  # a text of fewer words is told by function and content words together
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`´][^\W\d_]+)*")  # "ja'ne" is one word
ENGLISH_SURE = 0.2  # a share of English function words no Kazakh text reaches


def detect_language(text: str) -> str | None:
    """'kk' when Kazakh letters or words are frequent (in Cyrillic or in one of the Latin
    alphabets), 'ru' for other Cyrillic, 'en' for English."""
    sample = text[:50000]
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    letters = sum(1 for ch in sample if ch.isalpha())
    latin = letters - cyrillic
    if letters < 20:
        return _short_language(sample, cyrillic)
    if cyrillic >= latin and cyrillic / letters > 0.5:
        return _cyrillic_language(sample, cyrillic)
    if latin / letters > 0.7:
        words = [w.lower() for w in LATIN_WORD.findall(sample)]
        english = [w for w in words if w in ENGLISH_WORDS]
        if len(words) < SHORT_TEXT_WORDS:
            english += [w for w in words if w in ENGLISH_CONTENT_WORDS]
        english_share = len(english) / max(len(words), 1)
        is_english = len(set(english)) >= 2 and english_share >= 0.08
        if is_english and english_share >= ENGLISH_SURE:
            return "en"
        kazakh_share = kazakh_latin_share(sample)
        if kazakh_share is not None and kazakh_share > english_share:
            return "kk"
        if is_english:
            return "en"
    return None


# A headline of fewer than 20 letters is told, like the English one above, by the zones' own
# words when it names the zone or its treaty in words written so in one language only
# ('Договору о ЦАЗСЯО — 20 лет.', 'Семей шартына – 20 жыл.'); a Kazakh-only letter beside any
# of them makes it Kazakh. Anything else that short stays unread.
SHORT_ZONE_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("kk", re.compile(r"ОАЯҚАА|Семей\s+шарт\w*", re.IGNORECASE)),
    ("ru", re.compile(r"ЦАЗСЯО|ДЗСЯОЦА|Семипалатинск\w*\s+договор\w*|договор\w*\s+о\s+ЦАЗСЯО",
                      re.IGNORECASE)),
)  # fmt: skip


def _short_language(sample: str, cyrillic: int) -> str | None:
    """A text of fewer than 20 letters: the language of the zone's name it holds, if any (a
    Latin one is read through the Kazakh transliteration: 'Semei şartyna – 20 jyl.')."""
    if any(ch in TAJIK_ONLY or ch in OTHER_CYRILLIC for ch in sample):
        return None
    if not cyrillic:
        from .kk_latin import transliterate

        reading = transliterate(sample).reading.text
        return "kk" if SHORT_ZONE_NAMES[0][1].search(reading) else None
    named = [language for language, pattern in SHORT_ZONE_NAMES if pattern.search(sample)]
    if not named:
        return None
    if "kk" in named or any(ch in KAZAKH_ONLY for ch in sample):
        return "kk"
    if any(ch in KYRGYZ_SHARED for ch in sample):
        return None  # a Russian abbreviation in a Kyrgyz (or Tatar...) headline
    return "ru"


KAZAKH_LATIN_SAMPLE = 6000  # characters transliterated to decide


def kazakh_latin_share(text: str) -> float | None:
    """For a Latin text that reads as Kazakh once transliterated, the share of its words that
    are frequent Kazakh words; None when it does not read as Kazakh (Uzbek, Turkish, Turkmen
    or Azerbaijani share letters with Kazakh Latin, not these words)."""
    from .kk_latin import transliterate

    reading = transliterate(text[:KAZAKH_LATIN_SAMPLE]).reading.text
    words = [w.lower() for w in WORD.findall(reading)]
    # (or a word with ң, which only Kazakh's ñ, ń and n' give: 'тараптардың', 'Моңғолия';
    # Turkmen writes ň, Uzbek ng)
    kazakh = [w for w in words if w in KAZAKH_WORDS or "ң" in w]
    share = len(kazakh) / max(len(words), 1)
    return share if len(set(kazakh)) >= 2 and share >= 0.05 else None


# a name in quotes ('газета «Семей таңы»', '«Егемен Қазақстан» пишет'): another language's
# letters there do not make the text that language
QUOTED_NAME = re.compile(r"«[^«»]{1,80}»")
UNQUOTED_AT_LEAST = 20  # Cyrillic letters left outside the quotes to decide by them alone


def _cyrillic_language(sample: str, cyrillic: int) -> str | None:
    unquoted = QUOTED_NAME.sub(" ", sample)
    left = sum(1 for ch in unquoted if "\u0400" <= ch <= "\u04ff")
    if left >= UNQUOTED_AT_LEAST:
        sample, cyrillic = unquoted, left

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
