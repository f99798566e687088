"""Every public page, walked through its links in each language: no UI string is left
untranslated and no record's text appears in another language without its marker."""

import pytest

from tests.web.crawl import crawl
from tests.web.language_check import foreign_text

pytestmark = pytest.mark.django_db


def _portal_page(lang):
    def keep(url: str) -> bool:
        return url.startswith(f"/{lang}/") and "/intake/" not in url and "?" not in url

    return keep


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_public_page_is_in_its_language(client, lang):
    pages = crawl(client, f"/{lang}/", _portal_page(lang))
    html_pages = {url: r for url, r in pages.items() if r["Content-Type"].startswith("text/html")}
    assert len(html_pages) > 30
    broken = [url for url, r in pages.items() if r.status_code != 200]
    assert broken == []
    kinds = {url.split("/")[2] for url in html_pages if url.count("/") > 2}
    assert {"regimes", "states", "instruments", "meetings", "sources", "changes", "data"} <= kinds
    problems = {
        url: found for url, r in html_pages.items() if (found := foreign_text(r.content.decode()))
    }
    assert problems == {}


def test_the_check_finds_an_english_string_on_a_russian_page():
    html = '<html lang="ru"><body><h1>Статус</h1><p>Upcoming anniversaries</p></body></html>'
    assert foreign_text(html) == ["<p> 'Upcoming anniversaries'"]


def test_the_check_accepts_marked_texts_acronyms_and_code():
    html = (
        '<html lang="kk"><body><p>Шарт <span lang="en">Treaty text</span> (ағылшынша)</p>'
        "<p>PDF DOCX KZ</p><code>name_en</code><p>iCalendar</p></body></html>"
    )
    assert foreign_text(html) == []


def test_the_check_finds_russian_text_without_its_marker_on_an_english_page():
    html = '<html lang="en"><body><p>Meeting: Очередная встреча</p></body></html>'
    assert len(foreign_text(html)) == 1
