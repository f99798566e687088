"""A reader walks the portal in each language in Chromium: home → regime → state →
instrument → meeting; downloads a CSV and the calendar; follows the feed; axe-core finds
no serious or critical violation on any page type; screenshots at 1280 and 375 px are
saved as test artefacts (NWFZ_SCREENSHOT_DIR, default var/screenshots)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.system_packages("chromium")]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("NWFZ_SCREENSHOT_DIR", ROOT / "var" / "screenshots"))
PAGE_TYPES = {
    "home": "/{lang}/",
    "regime": "/{lang}/regimes/canwfz/",
    "governance": "/{lang}/regimes/canwfz/governance/",
    "state": "/{lang}/states/KZ/",
    "instrument": "/{lang}/instruments/canwfz/",
    "meeting": "/{lang}/meetings/canwfz-2024-12-05-ashgabat/",
    "calendar": "/{lang}/regimes/canwfz/calendar/2026/",
    "sources": "/{lang}/sources/",
    "changes": "/{lang}/changes/",
    "data": "/{lang}/data/",
}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_reader_walks_home_regime_state_instrument_meeting(page, server_url, lang):
    page.goto(f"{server_url}/{lang}/")
    page.click('section.regime-now h2 a[href$="/regimes/canwfz/"]')
    page.wait_for_url(f"**/{lang}/regimes/canwfz/")
    page.click('table.status tr[data-state="KZ"] th a')
    page.wait_for_url(f"**/{lang}/states/KZ/")
    page.click('tr[data-instrument="canwfz"] th a')
    page.wait_for_url(f"**/{lang}/instruments/canwfz/")
    assert page.locator("ol.articles li").count() >= 10
    page.goto(f"{server_url}/{lang}/regimes/canwfz/governance/")
    page.click("article.meeting h3 a >> nth=0")
    page.wait_for_url(f"**/{lang}/meetings/**")
    assert page.locator("h1").inner_text().strip()
    assert page.locator("html").get_attribute("lang") == lang


def test_reader_downloads_a_csv_and_the_calendar_and_follows_the_feed(page, server_url):
    page.goto(server_url + "/en/data/")
    with page.expect_download() as info:
        page.click('a[href="/data/participation_events.csv"]')
    path = info.value.path()
    assert Path(path).read_text(encoding="utf-8").startswith("instrument,state,action,date")
    page.goto(server_url + "/ru/regimes/canwfz/calendar/")
    with page.expect_download() as info:
        page.click('a[href="/ru/regimes/canwfz/calendar.ics"]')
    assert "BEGIN:VCALENDAR" in Path(info.value.path()).read_text(encoding="utf-8")
    feed = page.locator('head link[type="application/atom+xml"]').get_attribute("href")
    response = page.request.get(server_url + feed)
    assert response.ok and "<feed" in response.text()


@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_axe_finds_no_serious_or_critical_violation(page, server_url, kind):
    from axe_playwright_python.sync_playwright import Axe

    for lang in ("en", "kk"):
        page.goto(server_url + PAGE_TYPES[kind].format(lang=lang))
        results = Axe().run(page)
        bad = [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == [], (kind, lang)


@pytest.mark.parametrize("width", [1280, 375])
def test_screenshots_of_every_page_type(browser, server_url, width):
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        for kind, path in PAGE_TYPES.items():
            page.goto(server_url + path.format(lang="ru"))
            page.screenshot(path=str(SHOTS / f"{kind}-ru-{width}.png"), full_page=False)
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= width + 1, (kind, width, scroll)  # no sideways scrolling
    finally:
        context.close()


@pytest.mark.parametrize(
    "path", ["/ru/states/KZ/", "/kk/regimes/canwfz/", "/en/instruments/canwfz/"]
)
def test_status_tables_read_as_cards_on_a_phone(browser, server_url, path):
    """At 375 px a status table does not scroll sideways, and each row's events cell takes
    the card's width with its column's name shown before it (it was one word wide)."""
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": 375, "height": 900})
    page = context.new_page()
    try:
        page.goto(server_url + path)
        wrap = page.locator(".table-wrap").first
        assert wrap.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
        events = page.locator("table.status td:has(ul.events)").first
        assert events.evaluate("e => e.getBoundingClientRect().width") >= 300
        label = events.evaluate("e => getComputedStyle(e, '::before').content")
        assert label.strip('"').rstrip(": ") == events.get_attribute("data-label")
        bad = [
            v["id"]
            for v in Axe().run(page).response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == []
    finally:
        context.close()
