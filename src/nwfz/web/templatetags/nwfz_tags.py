"""Template filters of the portal."""

from django import template

from nwfz.registry.dates import partial_date

register = template.Library()


@register.filter(name="partial_date")
def partial_date_filter(value, precision="day"):
    return partial_date(value, precision or "day")
