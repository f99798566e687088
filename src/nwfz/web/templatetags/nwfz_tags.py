"""Template filters of the portal."""

from django import template
from django.conf import settings

from nwfz.registry.dates import partial_date
from nwfz.reports.labels import label

register = template.Library()


@register.filter(name="partial_date")
def partial_date_filter(value, precision="day"):
    return partial_date(value, precision or "day")


@register.filter(name="code_label")
def code_label_filter(code, group):
    """The translated label of a record's code, e.g. a deadline rule's slug (see
    nwfz.reports.labels): the code itself, spaced, when it has no label."""
    return label(group, code)


@register.simple_tag
def language_choices():
    """The languages as settings names them, each in its own language ("English",
    "Русский", "Қазақша"), for the language switcher: unlike `get_available_languages`,
    not translated into the page's language."""
    return settings.LANGUAGES
