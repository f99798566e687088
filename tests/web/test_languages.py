"""Record texts in the reader's language where the data has them, otherwise shown with a
visible marker of their language; dates written per language."""

import pytest

from nwfz.registry.languages import LangText, pick_text

pytestmark = pytest.mark.django_db


def test_a_text_in_the_language_asked_for_says_so():
    text = pick_text({"en": "Treaty", "ru": "Договор", "kk": ""}, "ru")
    assert (text, text.lang) == ("Договор", "ru")


def test_a_missing_translation_falls_back_and_keeps_its_language():
    text = pick_text({"en": "Treaty", "ru": "", "kk": ""}, "kk")
    assert (text, text.lang) == ("Treaty", "en")
    only_russian = pick_text({"en": "", "ru": "Встреча", "kk": ""}, "en")
    assert only_russian.lang == "ru"
    assert pick_text({}, "en").lang == ""


def test_the_language_survives_a_copy():
    import pickle

    assert pickle.loads(pickle.dumps(LangText("x", "en"))).lang == "en"


def test_an_english_only_meeting_title_on_a_kazakh_page_is_marked(client):
    html = client.get("/kk/meetings/canwfz-2024-12-05-ashgabat/").content.decode()
    assert '<span lang="en">Strengthening cooperation' in html
    assert '<small class="lang-marker">(ағылшынша)</small>' in html


def test_a_translated_meeting_title_on_a_russian_page_has_no_marker(client):
    html = client.get("/ru/meetings/canwfz-2022-12-22-consultative/").content.decode()
    assert "Очередная консультативная встреча государств-участников" in html
    assert '<span lang="en">Regular consultative' not in html


def test_dates_are_written_in_the_pages_language(client):
    ru = client.get("/ru/states/KZ/?on=2010-01-01").content.decode()
    en = client.get("/en/states/KZ/?on=2010-01-01").content.decode()
    assert '<time datetime="2006-09-08">08.09.2006</time>' in ru
    assert '<time datetime="2006-09-08">8 Sep 2006</time>' in en
    assert "1 января 2010 г." in ru


def test_the_annual_report_marks_english_texts_in_kazakh(client):
    html = client.get("/reports/canwfz/2024.html?lang=kk").content.decode()
    assert 'lang="en"' in html and "(ағылшынша)" in html


@pytest.mark.django_db
def test_no_double_period_after_a_russian_date(client):
    """'… 2026 г.' ended a sentence that added its own period: 'г..' on the home page."""
    for url in ("/ru/", "/ru/regimes/canwfz/", "/ru/regimes/canwfz/governance/"):
        html = client.get(url).content.decode()
        assert "г.." not in html and "ж.." not in html, url
