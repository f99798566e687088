"""Dates, years and relative years in Russian, Kazakh and English, and datelines.

Relative expressions ("в текущем году", "биыл", "next year") and dates without a year
("30 января") are resolved against the publication date; without one they stay unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

RU_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10,
    "ноя": 11, "нояб": 11, "дек": 12,
}  # fmt: skip
RU_MONTH_RE = (
    r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"янв\.|февр?\.|мар\.|апр\.|авг\.|сент?\.|окт\.|нояб?\.|дек\.)"
)
KK_MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
    "тамыз": 8, "қыркүйек": 9, "қыркүйег": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}  # fmt: skip
KK_MONTH_RE = r"(" + "|".join(KK_MONTHS) + r")\w*"
EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
EN_MONTH_RE = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
YEAR = r"((?:19|20)\d\d)"
DAY = r"(\d{1,2})"
TO_DAY = r"\s*[-–—]\s*\d{1,2}"  # '28-29 August': the second day of a span
TO_DAY_RU = r"(?:\s*[-–—]\s*|\s+(?:по|до|и)\s+)\d{1,2}"  # 'с 12 по 13 ноября'
ORDINAL_OF_EN = r"(?:st|nd|rd|th)?(?:\s+of)?\s+"  # 'the 3rd of April'
TO_DAY_EN = r"(?:\s*[-–—]\s*|\s+(?:to|and|until|through)\s+)\d{1,2}"  # 'from 12 to 13 November'

RELATIVE_YEAR: dict[str, list[tuple[str, int | None]]] = {
    "ru": [
        (r"в\s+(?:текущем|этом|нынешнем|наступившем|уходящем)\s+году", 0),
        (r"(?:текущ|эт|нынешн|наступивш|уходящ)(?:ий|ого|его|ему|им|ем|от|ом)\s+год(?:а|у|ом)?", 0),
        (r"на\s+текущий\s+период", 0),
        (r"в\s+течение\s+(?:этого\s+|текущего\s+)?года", 0),
        (r"в\s+(?:следующем|будущем)\s+году", 1),
        (r"(?:следующ|будущ)(?:ий|его|ем|им)\s+год(?:а|у)?", 1),
        # 'the coming year': this year early in it (a January meeting), else the next
        (r"в\s+(?:наступающем|предстоящем)\s+году", None),
        (r"(?:наступающ|предстоящ)(?:ий|его|ем|им)\s+год(?:а|у)?", None),
        (r"в\s+(?:прошлом|минувшем|истекшем)\s+году", -1),
        (r"(?:за\s+)?(?:прошл|минувш|прошедш|истекш)(?:ый|ого|его|ий|ем|ом|им)\s+год(?:а|у)?", -1),
    ],
    "kk": [
        (r"биыл(?:ғы|дан|ға)?", 0),  # 'биылдан бастап': from this year
        (r"(?:осы|ағымдағы)\s+жыл\w*", 0),
        (r"жыл\s+бойы", 0),
        (r"(?:келесі|келер)\s+жыл\w*", 1),  # 'келер жылға': next year
        (r"алдағы\s+жыл\w*", None),
        (r"жаңа\s+жыл(?:дан|да|ға)", None),  # 'Жаңа жылдан бастап': the coming year
        (r"(?:өткен|былтырғы)\s+жыл\w*", -1),
        (r"былтыр(?:ғы)?", -1),
    ],
    "en": [
        (r"this\s+year(?:'s)?", 0),
        (r"(?:the\s+)?current\s+year", 0),
        (r"(?:during|over|throughout)\s+the\s+year", 0),
        (r"next\s+year(?:'s)?", 1),
        (r"(?:the\s+)?year\s+ahead", None),
        (r"(?:the\s+)?(?:coming|upcoming)\s+year", None),
        (r"last\s+year(?:'s)?", -1),
        (r"(?:the\s+)?(?:past|previous)\s+year", -1),
    ],
}


RELATIVE_DAY: dict[str, list[tuple[str, int]]] = {
    "ru": [(r"сегодня", 0), (r"вчера", -1), (r"позавчера", -2)],
    "kk": [(r"бүгін", 0), (r"кеше", -1)],
    "en": [(r"today", 0), (r"this\s+(?:morning|afternoon|evening)", 0), (r"yesterday", -1)],
}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    # 'date' | 'day_month' | 'year' | 'bare_year' | 'relative_year' | 'relative_day' |
    # 'year_range' ('2023–2027': no single year; its year is None)
    kind: str
    value: date | None = None
    year: int | None = None
    relative: int | None = None

    @property
    def resolved(self) -> bool:
        return self.year is not None


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _ru_month(word: str) -> int:
    word = word.lower().rstrip(".")
    for stem in sorted(RU_MONTHS, key=len, reverse=True):
        if word.startswith(stem):
            return RU_MONTHS[stem]
    return 0


# '2026 жылғы', '2026 жылдың', '2007 жылы', '2026 ж.' before the day and month
KK_YEAR_WORD = r"\s*(?:жылғы|жылдың|жылы|ж\.)\s*"
KK_MONTH_OF = r"(" + "|".join(KK_MONTHS) + r")(?:дың|дің|тың|тің|ның|нің)\s+"
KK_DAY_ORDINAL = r"\s*-\s*(?:сы|сі|ы|і|ші|шы|ны|ні)\w*"


def _kk_month(word: str) -> int:
    return KK_MONTHS.get(word.lower(), 0)


def _en_month(word: str) -> int:
    return EN_MONTHS[word.lower()[:3]]


def _patterns(language: str) -> list[tuple[re.Pattern[str], str]]:
    """(regex, layout) pairs; the layout names which group holds day, month and year."""
    if language == "ru":
        return [
            (  # a span of days: its first day ('28–29 августа 2019 года')
                re.compile(
                    DAY + TO_DAY_RU + r"\s+" + RU_MONTH_RE + r"\s+" + YEAR + r"(?:\s*(?:года|г\.))?"
                ),
                "dmy",
            ),
            (
                re.compile(DAY + r"\s+" + RU_MONTH_RE + r"\s+" + YEAR + r"(?:\s*(?:года|г\.))?"),
                "dmy",
            ),
            (re.compile(r"(?<![\w.])" + DAY + TO_DAY_RU + r"\s+" + RU_MONTH_RE + r"(?!\w)"), "dm"),
            (re.compile(r"(?<![\w.])" + DAY + r"\s+" + RU_MONTH_RE + r"(?!\w)"), "dm"),
        ]
    if language == "kk":
        return [
            (
                re.compile(YEAR + KK_YEAR_WORD + DAY + TO_DAY + r"[-\s]*" + KK_MONTH_RE),
                "ydm",
            ),
            (
                re.compile(YEAR + KK_YEAR_WORD + DAY + r"[-\s]*" + KK_MONTH_RE),
                "ydm",
            ),
            (
                re.compile(DAY + r"\s+" + KK_MONTH_RE + r"\s+" + YEAR + r"(?:\s*(?:жыл\w*|ж\.))?"),
                "dmy",
            ),
            (re.compile(r"(?<![\w.])" + DAY + r"[-\s]+" + KK_MONTH_RE), "dm"),
            # the month in the genitive, then the day's ordinal: '2026 жылғы наурыздың 20-сы',
            # 'қыркүйектің 8-інде'
            (re.compile(YEAR + KK_YEAR_WORD + KK_MONTH_OF + DAY + KK_DAY_ORDINAL), "ymd"),
            (re.compile(r"(?<!\w)" + KK_MONTH_OF + DAY + KK_DAY_ORDINAL), "md"),
        ]
    return [
        (re.compile(DAY + TO_DAY_EN + r"\s+" + EN_MONTH_RE + r",?\s+" + YEAR), "dmy"),
        (re.compile(EN_MONTH_RE + r"\s+" + DAY + TO_DAY_EN + r",?\s+" + YEAR), "mdy"),
        # '3 April 2026', 'the 3rd of April, 2026'
        (re.compile(DAY + ORDINAL_OF_EN + EN_MONTH_RE + r",?\s+" + YEAR), "dmy"),
        (re.compile(EN_MONTH_RE + r"\s+" + DAY + r"(?:st|nd|rd|th)?,?\s+" + YEAR), "mdy"),
        (re.compile(EN_MONTH_RE + r"\s+" + DAY + TO_DAY_EN + r"(?!\d)"), "md"),
        (re.compile(EN_MONTH_RE + r"\s+" + DAY + r"(?:st|nd|rd|th)?(?!\d)"), "md"),
        (re.compile(r"(?<![\w.])" + DAY + TO_DAY_EN + r"\s+" + EN_MONTH_RE), "dm"),
        (re.compile(r"(?<![\w.])" + DAY + ORDINAL_OF_EN + EN_MONTH_RE), "dm"),
    ]


NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d])")
# '03/04/2026': day first in Russian and Kazakh; in English only when one number cannot be a
# month ('14/03/2026', '03/14/2026'), else the order is unknown and no date is read
SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
ISO_DATE = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d{2})-(\d{2})(?![\d])")
YEAR_WORD = {
    "ru": re.compile(r"(?<!\d)" + YEAR + r"\s*(?:-?\s*)(?:год\w*|г\.|гг\.)"),
    "kk": re.compile(r"(?<!\d)" + YEAR + r"\s*(?:-?\s*)(?:жыл\w*|ж\.)"),
    "en": re.compile(r"(?<!\d)" + YEAR + r"(?!\d)(?=\s*(?:year|\b))"),
}
YEAR_RANGE = re.compile(r"(?<![\d.,])" + YEAR + r"\s*[-–—]\s*" + YEAR + r"(?![\d])")
# (a year hyphened to a word is one: 'итоги-2025', 'ЦАЗСЯО-2025', 'ДНЯО-2026')
BARE_YEAR = re.compile(r"(?:(?<![\d.,\-])|(?<=[^\W\d_]-))" + YEAR + r"(?![\d])")


def find_dates(text: str, language: str, published: date | None = None) -> list[DateMention]:
    """All date, year and relative-year mentions, resolved where the publication date allows."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(mention: DateMention) -> None:
        found.append(mention)
        taken.append((mention.start, mention.end))

    month_of = {"ru": _ru_month, "kk": _kk_month, "en": _en_month}.get(language, _en_month)
    for m in ISO_DATE.finditer(text):
        value = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if value:
            add(DateMention(m.start(), m.end(), m.group(0), "date", value, value.year))
    for m in NUMERIC_DATE.finditer(text):
        value = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if value and free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), m.group(0), "date", value, value.year))
    for m in SLASH_DATE.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if language in ("ru", "kk") or first > 12:
            day, month = first, second
        elif second > 12:
            day, month = second, first
        else:
            continue
        value = _safe_date(int(m.group(3)), month, day)
        if value and free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), m.group(0), "date", value, value.year))
    for pattern, layout in _patterns(language):
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            groups = dict(zip(_layout_keys(layout), m.groups(), strict=False))
            month = month_of(groups["m"])
            day = int(groups["d"])
            if not month or not 1 <= day <= 31:
                continue
            if "y" in groups:
                value = _safe_date(int(groups["y"]), month, day)
                if value:
                    add(DateMention(m.start(), m.end(), m.group(0), "date", value, value.year))
            else:
                value = resolve_day_month(day, month, published)
                year = value.year if value else None
                add(DateMention(m.start(), m.end(), m.group(0), "day_month", value, year))
    for m in YEAR_RANGE.finditer(text):
        if free(m.start(), m.end()) and int(m.group(1)) < int(m.group(2)):
            add(DateMention(m.start(), m.end(), m.group(0), "year_range"))
    for m in YEAR_WORD.get(language, YEAR_WORD["en"]).finditer(text):
        if free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), m.group(0), "year", None, int(m.group(1))))
    for m in BARE_YEAR.finditer(text):
        if free(m.start(), m.end()):
            add(DateMention(m.start(), m.end(), m.group(0), "bare_year", None, int(m.group(1))))
    for pattern_text, offset in RELATIVE_YEAR.get(language, []):
        for m in re.finditer(r"(?<!\w)" + pattern_text + r"(?!\w)", text, re.IGNORECASE):
            if free(m.start(), m.end()):
                if offset is None:  # 'the year ahead': this year early in it, else the next
                    offset = 0 if published is not None and published.month <= 3 else 1
                year = published.year + offset if published else None
                add(
                    DateMention(m.start(), m.end(), m.group(0), "relative_year", None, year, offset)
                )
    for pattern_text, offset in RELATIVE_DAY.get(language, []):
        for m in re.finditer(r"(?<!\w)" + pattern_text + r"(?!\w)", text, re.IGNORECASE):
            if free(m.start(), m.end()) and published is not None:
                value = published + timedelta(days=offset)
                add(DateMention(m.start(), m.end(), m.group(0), "relative_day", value, value.year))
    weekdays = WEEKDAY.get(language)
    if weekdays is not None and published is not None:
        for m in weekdays.finditer(text):
            if free(m.start(), m.end()):
                day = _weekday_of(m.group("day"), language)
                back = (published.weekday() - day) % 7  # 'on Wednesday': the last one
                value = published - timedelta(days=back)
                add(
                    DateMention(
                        m.start(), m.end(), m.group(0), "relative_day", value, value.year, -back
                    )
                )
    return sorted(found, key=lambda d: d.start)


# 'on Wednesday', 'last Tuesday', 'в среду': the last such day up to the publication (a news
# report's past week); 'next Wednesday' is not read
WEEKDAY_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "ru": ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"),
}
WEEKDAY: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        # 'on Monday', 'last Monday', a wire's 'said here Monday'
        r"(?<![\w-])(?:on|last|here)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"(?![\w])"
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:в|во|в\s+прошл\w+)\s+(?P<day>понедельник|вторник|среду|четверг|пятницу|"
        r"субботу|воскресенье)(?![\w])",
        re.IGNORECASE,
    ),
}


def _weekday_of(word: str, language: str) -> int:
    word = word.lower()
    return next(i for i, name in enumerate(WEEKDAY_NAMES[language]) if word.startswith(name))


def _layout_keys(layout: str) -> list[str]:
    return list(layout)


def resolve_day_month(day: int, month: int, published: date | None) -> date | None:
    """A day and month without a year: the publication year, or the one before when that
    would put the date more than half a year after publication."""
    if published is None:
        return None
    value = _safe_date(published.year, month, day)
    if value and value > published + timedelta(days=183):
        value = _safe_date(published.year - 1, month, day)
    return value


# ---------------------------------------------------------------- datelines

DATELINE_PREFIX = re.compile(
    r"^[\s\W]*(?:[^\W\d][\w\-]*(?:\s+[^\W\d][\w\-]*)?)?[\s,.:|/–—-]*$"
    # a wire's 'CITY, Country, date': 'ADDIS ABABA, Ethiopia, November 9, 2012/APO/'
    r"|^[\s\W]*[^\W\d][\w\-]*(?:\s+[^\W\d][\w\-]*)?,\s+[^\W\d][\w\-]*(?:\s+[^\W\d][\w\-]*)?,\s*$"
)


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    text: str
    value: date | None  # None when the dateline has no year
    day: int
    month: int


def find_dateline(text: str, language: str) -> Dateline | None:
    """A date at the very start of the text: 'Астана, 30 января. /Kazinform/', 'ASTANA, Jan. 30 –',
    'Астана. 30 қаңтар. ҚазАқпарат', or a first line holding only a date; or the same at the
    start of the second or third line, under a headline, when punctuation or the agency's
    name follows it ('DUSHANBE, November 15 (Khovar) –')."""
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text[:400])]
    for number, offset in enumerate(starts[:3]):
        found = _dateline_at(text, offset, language, strict=number > 0)
        if found is not None:
            return found
    return None


DATELINE_END = re.compile(r"\s*(?:[.,(–—/|-]|$)", re.MULTILINE)


def _dateline_at(text: str, offset: int, language: str, strict: bool) -> Dateline | None:
    head = text[offset : offset + 240]
    for mention in find_dates(head, language, None):
        if mention.kind not in ("date", "day_month"):
            continue
        if mention.start > 60:
            break
        if not DATELINE_PREFIX.match(head[: mention.start]):
            continue
        if strict and not DATELINE_END.match(head, mention.end):
            continue
        start, end = offset + mention.start, offset + mention.end
        if mention.value is not None:
            return Dateline(
                start, end, mention.text, mention.value, mention.value.day, mention.value.month
            )
        day, month = _day_month_of(mention.text, language)
        return Dateline(start, end, mention.text, None, day, month)
    return None


def _day_month_of(fragment: str, language: str) -> tuple[int, int]:
    day_match = re.search(r"\d{1,2}", fragment)
    day = int(day_match.group(0)) if day_match else 1
    words = re.findall(r"[^\W\d_]+\.?", fragment)
    for word in words:
        if language == "ru" and _ru_month(word):
            return day, _ru_month(word)
        if language == "kk":
            for stem, number in KK_MONTHS.items():
                if word.lower().startswith(stem):
                    return day, number
        if language == "en" and word.lower()[:3] in EN_MONTHS:
            return day, EN_MONTHS[word.lower()[:3]]
    return day, 1
