"""The public pages as a reader uses them, in Chromium."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.system_packages("chromium")]


def test_reader_picks_a_date_and_sees_who_had_ratified(page, server_url):
    page.goto(server_url + "/en/regimes/canwfz/")
    assert "Nuclear-Weapon-Free Zone" in page.locator("h1").inner_text()
    page.fill("input[name=on]", "2008-06-01")
    page.click("form.on-date button")
    page.wait_for_url("**on=2008-06-01")
    kz = page.locator('tr[data-state="KZ"] .badge').inner_text()
    kg = page.locator('tr[data-state="KG"] .badge').inner_text()
    assert (kz, kg) == ("signed", "ratified")
    assert page.locator('tr[data-state="KZ"] a[href^="http"]').count() >= 1


def test_reader_switches_to_kazakh_and_back_to_russian(page, server_url):
    page.goto(server_url + "/en/regimes/canwfz/")
    page.click("nav.lang a[hreflang=kk]")
    page.wait_for_url("**/kk/regimes/canwfz/")
    assert "Қазақстан" in page.locator("table.status").inner_text()
    page.click("nav.lang a[hreflang=ru]")
    page.wait_for_url("**/ru/regimes/canwfz/")
    assert "Казахстан" in page.locator("table.status").inner_text()


def test_state_page_links_each_fact_to_its_source(page, server_url):
    page.goto(server_url + "/en/states/KZ/")
    row = page.locator('tr[data-instrument="canwfz"]')
    assert "in force" in row.inner_text()
    assert row.locator('a[href^="http"]').count() >= 1


def test_api_docs_render_offline(page, server_url):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server_url + "/api/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert all(u.startswith(server_url) or u.startswith("data:") for u in requests), requests
