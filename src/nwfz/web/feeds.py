"""The Atom feed of changes to the public record (Django syndication), one per language:
/<lang>/changes/feed.atom. One entry per change: what changed, its sources (also as
`related` links) and its date; the regime's equivalent of a depositary notification."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from nwfz.languages import active_language
from nwfz.web.changes import Change, public_changes


class SourcedAtomFeed(Atom1Feed):
    """Atom with a `<link rel="related">` per source of an entry."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for url in item.get("sources", []):
            handler.addQuickElement("link", "", {"rel": "related", "href": url})


class ChangesFeed(Feed):
    feed_type = SourcedAtomFeed

    def title(self):
        return _("nwfz: changes to the public record")

    def subtitle(self):
        return _("Every change to the record of the nuclear-weapon-free zones, with its sources.")

    def link(self):
        return reverse("web:changes")

    def feed_url(self):
        return reverse("web:feed")

    def items(self):
        return public_changes(active_language())

    def item_title(self, item: Change) -> str:
        return item.headline

    def item_description(self, item: Change) -> str:
        from django.utils.html import conditional_escape, escape

        lines = "".join(f"<li>{conditional_escape(line)}</li>" for line in item.details)
        sources = "".join(f'<li><a href="{escape(u)}">{escape(u)}</a></li>' for u in item.sources)
        html = f"<ul>{lines}</ul>" if lines else ""
        if sources:
            html += f"<p>{escape(_('Sources'))}:</p><ul>{sources}</ul>"
        return html

    def item_link(self, item: Change) -> str:
        return reverse("web:change", args=[item.id])

    def item_guid(self, item: Change) -> str:
        return f"nwfz-change-{item.ref}"

    def item_guid_is_permalink(self, item: Change) -> bool:
        return False

    def item_pubdate(self, item: Change):
        return item.at

    def item_updateddate(self, item: Change):
        return item.at

    def item_extra_kwargs(self, item: Change) -> dict:
        return {"sources": item.sources}
