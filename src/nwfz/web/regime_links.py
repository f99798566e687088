"""Links other apps add to a regime's page and the home page, and to the site's menu
(e.g. the atlas).

An app registers a link in its AppConfig.ready():

    from nwfz.web.regime_links import register_regime_link
    register_regime_link("atlas:regime", gettext_lazy("Map and comparisons"))

The URL name is reversed with the regime's slug in the page's language; the label is a
lazy translation. Links whose URL does not resolve are left out. A page of the whole site
goes in the menu the same way, with no argument:

    register_site_link("atlas:index", gettext_lazy("Atlas"))
"""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse

_links: list[tuple[str, object]] = []
_site_links: list[tuple[str, object]] = []


def register_regime_link(url_name: str, label: object) -> None:
    if (url_name, label) not in _links:
        _links.append((url_name, label))


def regime_links(regime) -> list[tuple[str, str]]:
    """(url, label) of every registered link for this regime."""
    out = []
    for url_name, label in _links:
        try:
            out.append((reverse(url_name, args=[regime.slug]), str(label)))
        except NoReverseMatch:
            continue
    return out


def register_site_link(url_name: str, label: object) -> None:
    if (url_name, label) not in _site_links:
        _site_links.append((url_name, label))


def site_links() -> list[tuple[str, str]]:
    """(url, label) of every registered menu link, in the page's language."""
    out = []
    for url_name, label in _site_links:
        try:
            out.append((reverse(url_name), str(label)))
        except NoReverseMatch:
            continue
    return out
