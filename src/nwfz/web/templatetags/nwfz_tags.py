"""Template filters and tags of the portal."""

from datetime import date

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import formats
from django.utils.html import conditional_escape, format_html

from nwfz.languages import LANGUAGE_MARKERS, active_language
from nwfz.registry.dates import partial_date
from nwfz.registry.languages import LangText, text_language
from nwfz.reports.dates import date_range, long_date, short_date, short_range
from nwfz.reports.labels import label

register = template.Library()


def _as_date(value):
    if isinstance(value, str) and value:
        return date.fromisoformat(value[:10])
    return value


@register.filter(name="marked")
def marked(value):
    """A record's text; when it is in another language than the page (no translation is
    recorded), it carries `lang` and a visible marker naming its language."""
    if value is None or value == "":
        return ""
    lang = text_language(value)
    if not lang or lang == active_language():
        return conditional_escape(value)
    return format_html(
        '<span lang="{}">{}</span> <small class="lang-marker">({})</small>',
        lang,
        value,
        LANGUAGE_MARKERS.get(lang, lang),
    )


@register.filter(name="in_lang")
def in_lang(value, lang):
    """Text whose language is known from elsewhere (a source's title): `lang` attribute
    when it differs from the page's, so readers and checkers know it is not UI text."""
    if not value:
        return ""
    if not lang or lang[:2] == active_language():
        return conditional_escape(value)
    return format_html('<span lang="{}">{}</span>', lang, value)


def _time(value: date, text: str, precision: str = "day"):
    """`<time datetime="2006-09-08">` around the text: the ISO date for machines."""
    return format_html('<time datetime="{}">{}</time>', partial_date(value, precision), text)


@register.filter(name="day")
def day_filter(value, precision="day"):
    """A date for tables, in the page's language and as precise as it is known:
    "20 Oct 2025" (en), "20.10.2025" (ru, kk); "2007" with precision year."""
    value = _as_date(value)
    if not value:
        return ""
    return _time(value, short_date(value, precision or "day"), precision)


@register.filter(name="long_day")
def long_day_filter(value, precision="day"):
    """A date written out: "30 January 2026", "30 января 2026 г.", "2026 ж. 30 қаңтар"."""
    value = _as_date(value)
    if not value:
        return ""
    return _time(value, long_date(value, precision or "day"), precision)


@register.simple_tag
def day_range(start, end=None, long=False):
    """A span of days ("19–20 Nov 2025"); `long` writes the months out."""
    start, end = _as_date(start), _as_date(end)
    if not start:
        return ""
    return _time(start, date_range(start, end) if long else short_range(start, end))


@register.filter(name="number")
def number_filter(value):
    """A number as the page's language writes it (grouping, decimal sign)."""
    if value is None or value == "":
        return ""
    return formats.number_format(value, force_grouping=True)


@register.filter(name="code_label")
def code_label_filter(code, group):
    """The translated label of a record's code, e.g. a deadline rule's slug (see
    nwfz.reports.labels): the code itself, spaced, when it has no label."""
    return label(group, code)


@register.simple_tag
def site_links():
    """Menu links other apps register (web.regime_links.register_site_link)."""
    from nwfz.web.regime_links import site_links as links

    return links()


@register.simple_tag(takes_context=True)
def language_links(context):
    """(code, name in its own language, this page's address in that language, current)."""
    request = context.get("request")
    path = request.path if request is not None else "/"
    current = active_language()
    return [
        (code, name, translate_url(path, code), code == current)
        for code, name in settings.LANGUAGES
    ]


@register.filter(name="get_item")
def get_item(mapping, key):
    """mapping[key] (e.g. a state's name by its code), or "" when it is not there."""
    return (mapping or {}).get(key, "")


@register.filter(name="as_english")
def as_english(value):
    """A record's text kept only in English (a field with no ru/kk column)."""
    return LangText(value, "en") if value else ""


@register.simple_tag(takes_context=True)
def copy_of(context, url):
    """The original a cited URL copies (publisher, address), or None for a non-copy.

    The map of copies is read once per rendering and shared by its included templates."""
    from nwfz.registry.selectors import copies_by_url

    root = context.dicts[0]
    if "_nwfz_copies" not in root:
        root["_nwfz_copies"] = copies_by_url()
    return root["_nwfz_copies"].get(url)
