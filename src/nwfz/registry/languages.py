"""Which language a record's text is in.

Records keep their texts in `<field>_en`, `<field>_ru` and `<field>_kk` columns; a text
may exist in only one of them. `pick_text` returns the text in the language asked for or,
failing that, in the first language that has it, as a `LangText`: a `str` that also says
which language it is written in, so a page or a report can mark a text shown in another
language instead of passing it off as a translation.
"""

from __future__ import annotations

from collections.abc import Mapping

# the suffixes of the record's text columns; settings.LANGUAGES names the same languages
# (tests/test_one_copy.py checks), in the order a missing text falls back through
LANGUAGE_CODES = ("en", "ru", "kk")


class LangText(str):
    """A text and the language it is written in (`lang`; "" for an empty text)."""

    __slots__ = ("lang",)

    def __new__(cls, value: str, lang: str) -> LangText:
        text = super().__new__(cls, value)
        text.lang = lang if value else ""
        return text

    def __reduce__(self):  # keeps `lang` through pickling (caches, copies)
        return (LangText, (str(self), self.lang))


def pick_text(texts: Mapping[str, str | None], lang: str) -> LangText:
    """`texts[lang]` if it is there, else the first of English, Russian, Kazakh that is."""
    for code in (lang, *LANGUAGE_CODES):
        value = texts.get(code)
        if value:
            return LangText(value, code)
    return LangText("", "")


def text_language(value: object) -> str:
    """The language a text is written in, when it says so ("" otherwise)."""
    return getattr(value, "lang", "") or ""
