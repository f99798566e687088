"""The atlas's portal pages: the comparison, the claims, the maps and the figures, in each
language, served from results kept per data version."""

import textwrap

import pytest

from nwfz import read_cache
from nwfz.atlas import comparison
from nwfz.datapackage.loading import load_directory
from nwfz.registry.models import Regime
from nwfz.web import page_cache
from tests.web.language_check import foreign_text

pytestmark = pytest.mark.django_db


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_atlas_page_shows_the_table_claims_map_and_figures_with_the_scale(client):
    html = page(client, "/en/atlas/")
    for zone in ("canwfz", "tlatelolco", "rarotonga", "bangkok", "pelindaba", "antarctic"):
        assert f'href="/en/atlas/{zone}/"' in html
    assert "<svg" in html and "<script" not in html
    assert "Natural Earth 4.1.0" in html and "scale 1:50m (1:50,000,000)" in html
    assert "Semipalatinsk Test Site (456)" in html
    assert "“The longest land border with two nuclear-weapon states”" in html
    assert "holds only with a qualification" in html and "supported" in html
    # measured beside published: Kazakhstan-Russia, 7,644 km published, 5,459 km measured
    assert "7,644" in html and "5,459" in html


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_atlas_pages_speak_the_page_language(client, lang):
    for url in (f"/{lang}/atlas/", f"/{lang}/atlas/canwfz/", f"/{lang}/atlas/rarotonga/"):
        assert foreign_text(page(client, url)) == [], url


def test_every_zone_has_a_page_with_its_map_and_an_unknown_one_is_404(client):
    for regime in Regime.objects.exclude(treaty=None):
        html = page(client, f"/en/atlas/{regime.slug}/")
        assert "<svg" in html and f'href="/en/regimes/{regime.slug}/"' in html
    assert client.get("/en/atlas/nowhere/").status_code == 404


def test_home_and_regime_pages_link_every_zone_to_its_atlas_page(client):
    home = page(client, "/en/")
    for regime in Regime.objects.exclude(treaty=None):
        assert f'href="/en/regimes/{regime.slug}/"' in home
        assert f'href="/en/atlas/{regime.slug}/"' in home
    assert 'href="/ru/atlas/pelindaba/"' in page(client, "/ru/regimes/pelindaba/")


def test_the_site_menu_leads_to_the_atlas_in_each_language(client):
    assert '<a href="/en/atlas/">Atlas</a>' in page(client, "/en/")
    assert '<a href="/kk/atlas/">Атлас</a>' in page(client, "/kk/sources/")


def test_the_table_is_computed_once_per_data_version_not_per_request(client, monkeypatch, tmp_path):
    calls = []
    real = comparison.compute_table
    monkeypatch.setattr(comparison, "compute_table", lambda *a: calls.append(a) or real(*a))
    for _ in range(2):
        page_cache.clear()
        read_cache.clear()  # a new process: only the stored file is left
        page(client, "/en/atlas/")
    assert len(calls) == 1
    (tmp_path / "zz.yaml").write_text(
        textwrap.dedent(
            """\
            package: zz-atlas-page
            sources:
              zz-source: {url: "https://example.org/zz", accessed: 2026-11-28}
            test_sites:
              - key: zz-site
                names: {en: A new site}
                location: {lat: 48.0, lon: 68.0}
                tested_by: [RU]
                tests: 1
                sources: [zz-source]
            """
        )
    )
    load_directory(tmp_path)  # a data change
    page_cache.clear()
    assert "A new site" in page(client, "/en/atlas/")
    assert len(calls) == 2
