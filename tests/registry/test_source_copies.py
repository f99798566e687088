"""A source that reproduces another is recorded as a copy naming its original, and every
page, the CLI and the API say so next to it."""

import pytest

from nwfz.datapackage.checking import check_directory

UN_PROTOCOLS = "https://www.un.org/nwfz/content/protocols-nuclear-weapon-free-zone-treaties"
SG_COPY = "https://totalwonkerr.net/2009/03/24/central-asia-nwfz/"
SG_ORIGINAL = "http://www.un.org/News/Press/docs/2009/sgsm12143.doc.htm"


def _package(tmp_path, source_yaml: str):
    (tmp_path / "p.yaml").write_text(
        "package: p\nsources:\n  a:\n    url: https://a.example\n    accessed: 2026-01-01\n"
        + source_yaml
    )
    return [str(p) for p in check_directory(tmp_path).errors]


def test_a_copy_must_name_its_original(tmp_path):
    errors = _package(tmp_path, "    kind: copy\n")
    assert len(errors) == 1 and "a source of kind copy needs `original" in errors[0]
    assert ":3: sources.a:" in errors[0]


def test_only_a_copy_has_an_original(tmp_path):
    errors = _package(tmp_path, "    original: {publisher: X}\n")
    assert len(errors) == 1 and "`original` is only for a source of kind copy" in errors[0]


def test_a_copy_with_its_original_is_valid(tmp_path):
    original = "    original: {publisher: X, url: https://x.example}\n"
    assert _package(tmp_path, "    kind: copy\n" + original) == []


@pytest.mark.django_db
def test_the_unoda_protocol_table_is_cited_from_un_org_not_a_mirror():
    from nwfz.registry.models import Source

    assert Source.objects.get(key="unoda-nwfz-protocols").url == UN_PROTOCOLS
    assert not Source.objects.filter(url__contains="dd-floors").exists()


@pytest.mark.django_db
def test_the_copies_the_errata_name_are_recorded_with_their_originals():
    from nwfz.registry.models import Source

    copies = {s.key: s for s in Source.objects.filter(kind="copy")}
    assert copies["totalwonkerr-2009-03-24-un-sg"].original_url == SG_ORIGINAL
    assert "Department of State" in copies["state-dept-2014-05-06"].original_publisher
    assert "1540 Committee" in copies["kg-1540-matrix-2019"].original_publisher
    assert copies["enzyklopadie-semipalatinsk"].original_url.startswith("https://fr.wikipedia.org/")
    assert copies["piglix-npt-parties"].original_url.startswith("https://en.wikipedia.org/")
    assert copies["wikibrief-ru-tpnw"].original_url.startswith("https://en.wikipedia.org/")
    assert all(s.original_publisher for s in copies.values())


@pytest.mark.django_db
def test_the_sources_page_says_copy_of_the_original_publisher(client):
    html = client.get("/en/sources/").content.decode()
    start = html.index('id="source-totalwonkerr-2009-03-24-un-sg"')
    entry = html[start : html.index("</article>", start)]
    assert 'A copy of <span translate="no">United Nations, Department of Public' in entry
    assert f'href="{SG_ORIGINAL}"' in entry


@pytest.mark.django_db
def test_a_page_citing_a_copy_says_copy_of_next_to_it(client):
    html = client.get("/en/states/KZ/").content.decode()
    assert 'copy of <span translate="no">Wikipedia (French)' in html


@pytest.mark.django_db
def test_the_api_gives_the_original_of_a_copy(api_client):
    data = api_client.get("/api/sources/totalwonkerr-2009-03-24-un-sg").json()
    assert data["kind"] == "copy"
    assert data["original_url"] == SG_ORIGINAL
    assert data["original_publisher"].startswith("United Nations")
    plain = api_client.get("/api/sources/govuk-2015-03-05").json()
    assert plain["original_url"] == "" and plain["original_publisher"] == ""


@pytest.mark.django_db
def test_the_cli_footnotes_say_copy_of(capsys):
    from nwfz.cli import main

    assert main(["state", "KG", "--on", "2020-01-01"]) == 0
    out = capsys.readouterr().out
    assert f"{SG_COPY} (copy of United Nations" in out and SG_ORIGINAL in out
