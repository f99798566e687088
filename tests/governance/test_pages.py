"""The public governance page of a regime."""

import pytest

pytestmark = pytest.mark.django_db


def test_governance_page_shows_every_part(client):
    html = client.get("/en/regimes/canwfz/governance/?on=2026-06-01").content.decode()
    for text in (
        "Kazakhstan",
        "Chair timeline",
        "predicted",
        "Departs from the rule",
        "Open action items",
        "Meetings and decisions",
        "Upcoming anniversaries",
        "20th anniversary of the signature",
        "Fora and coordination",
        "Treaty deadlines",
        "art8-additional-protocol",
        "Memorandum of Understanding between the CANWFZ and OPANAL",
    ):
        assert text in html, text


def test_governance_page_in_russian_and_with_a_bad_date(client):
    response = client.get("/ru/regimes/canwfz/governance/?on=not-a-date")
    assert response.status_code == 200
    assert "not-a-date" in response.content.decode()


def test_governance_page_of_an_unknown_regime_is_404(client):
    assert client.get("/en/regimes/atlantis/governance/").status_code == 404


@pytest.mark.parametrize(
    "lang, word", [("en", "inferred"), ("ru", "выведено"), ("kk", "шығарылған")]
)
def test_the_chair_and_timeline_show_an_inferred_handover_and_its_rule(client, lang, word):
    """The rule's own text stays in English (the record keeps it in one language)."""
    html = client.get(f"/{lang}/regimes/canwfz/governance/?on=2026-06-01").content.decode()
    html = html.replace('<span lang="en">', "").replace("</span>)", ")")  # marked as English
    rule = f"({word}: first day: the rotation rule&#x27;s handover day, 1 January)"
    chair = html.split('class="chair-now"')[1].split("</p>")[0]
    assert rule in chair
    timeline = html.split('id="timeline"')[1].split("</section>")[0]
    kz_2026 = next(row for row in timeline.split("<tr") if "2026" in row and "(KZ)" in row)
    assert rule in kz_2026 and 'class="badge inferred"' in kz_2026


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_deadline_met_late_in_a_year_only_shows_the_range_of_days_late(client, lang):
    """Kyrgyzstan's Additional Protocol is dated only by its year (2011): late by 102 days at
    least (1 January) and 466 at most (31 December), as `nwfz deadlines` prints it."""
    html = client.get(f"/{lang}/regimes/canwfz/governance/?on=2026-06-01").content.decode()
    row = html[html.index('data-rule="art8-additional-protocol"') :]
    row = row[row.index("<td>KG</td>") :]
    row = row[: row.index("</tr>")]
    assert '<td class="days-late">102–466 <small>' in row
