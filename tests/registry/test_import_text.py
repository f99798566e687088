"""`nwfz import-text`: official texts split into articles (a text written for the test)."""

import pytest

from nwfz.cli import main
from nwfz.registry.models import ArticleText
from nwfz.registry.text_import import split_articles

pytestmark = pytest.mark.django_db

RUSSIAN_TEXT = """ДОГОВОР О ТЕСТОВОЙ ЗОНЕ
Стороны договорились о следующем.

Статья 1
Определения
Для целей настоящего Договора используются понятия.

Статья 2. Сфера применения
Договор применяется ко всей территории.

Статья 3
Основные обязательства
Каждая Сторона обязуется соблюдать Договор.
"""

HTML_TEXT = """<html><head><script>alert('x')</script><style>p{}</style></head><body>
<h2>ARTICLE I</h2><p>Definitions</p><p>Terms are defined here &amp; there.</p>
<h2>Article II</h2><p>Application</p><p>It applies everywhere.</p>
</body></html>"""


def test_russian_headings_split_into_articles_with_titles():
    chunks = split_articles(RUSSIAN_TEXT)
    assert [c.number for c in chunks] == ["preamble", "1", "2", "3"]
    assert chunks[1].heading == "Определения"
    assert chunks[2].heading == "Сфера применения"
    assert chunks[3].text == "Каждая Сторона обязуется соблюдать Договор."


def test_html_roman_numerals_and_scripts_dropped():
    chunks = split_articles(HTML_TEXT)
    assert [c.number for c in chunks] == ["1", "2"]
    assert chunks[0].text == "Terms are defined here & there."
    assert all("alert" not in c.text for c in chunks)


def test_kazakh_headings():
    chunks = split_articles("Кіріспе.\n1-бап. Анықтамалар\nМәтін.\n2 бап\nҚолданылуы\nМәтін екі.")
    assert [(c.number, c.heading) for c in chunks] == [
        ("preamble", ""),
        ("1", "Анықтамалар"),
        ("2", "Қолданылуы"),
    ]


def test_import_text_stores_each_article_in_its_language(tmp_path, capsys):
    path = tmp_path / "treaty-ru.txt"
    path.write_text(RUSSIAN_TEXT, encoding="utf-8")
    assert main(["import-text", "canwfz", "ru", str(path), "--json"]) == 0
    texts = ArticleText.objects.filter(article__instrument__slug="canwfz", language="ru")
    by_number = {t.article.number: t for t in texts}
    assert by_number["2"].text == "Договор применяется ко всей территории."
    assert by_number["preamble"].text.startswith("ДОГОВОР О ТЕСТОВОЙ ЗОНЕ")


def test_import_text_refuses_a_file_without_articles_and_stores_nothing(tmp_path, capsys):
    path = tmp_path / "nothing.txt"
    path.write_text("Just a letter with no articles.", encoding="utf-8")
    assert main(["import-text", "canwfz", "en", str(path)]) == 1
    assert "no article headings found" in capsys.readouterr().err
    assert not ArticleText.objects.filter(language="en").exists()


def test_import_text_refuses_non_utf8(tmp_path, capsys):
    path = tmp_path / "cp1251.txt"
    path.write_bytes("Статья 1\nТекст".encode("cp1251"))
    assert main(["import-text", "canwfz", "ru", str(path)]) == 1
    assert "not UTF-8" in capsys.readouterr().err
