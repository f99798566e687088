"""The Russian and Kazakh catalogues: complete, placeholders kept, compiled, and in use.

The .po files are read with a small reader of our own (the format is simple and polib is
not a dependency); the .mo files with the standard library's gettext.
"""

from __future__ import annotations

import ast
import gettext
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import nwfz

LOCALE = Path(nwfz.__file__).parent / "locale"
LANGUAGES = ("ru", "kk")
PLURAL_FORMS = {
    "ru": (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);"
    ),
    "kk": "nplurals=2; plural=(n!=1);",
}
PLACEHOLDER = re.compile(r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[sdifreEgGxXoc]")


@dataclass
class Entry:
    msgid: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: str = ""
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    line: int = 0

    @property
    def translations(self) -> list[str]:
        if self.msgid_plural is None:
            return [self.msgstr]
        return [self.msgstr_plural[k] for k in sorted(self.msgstr_plural)]

    @property
    def key(self) -> str:
        return f"{self.msgctxt}\x04{self.msgid}" if self.msgctxt is not None else self.msgid


def read_po(path: Path) -> tuple[dict[str, str], list[Entry]]:
    """(header fields, entries) of a .po file; obsolete (#~) entries are left out."""
    entries: list[Entry] = []
    entry = Entry()
    target: tuple[str, int | None] | None = None

    def finish():
        nonlocal entry, target
        if target is not None:
            entries.append(entry)
        entry, target = Entry(), None

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
        elif line.startswith("#,"):
            if target is not None and target[0] != "msgctxt":
                finish()
            entry.flags |= {f.strip() for f in line[2:].split(",")}
        elif line.startswith("#"):
            continue  # comments, references, obsolete entries
        elif line.startswith('"'):
            assert target is not None, f"{path}:{number}: string outside an entry"
            _append(entry, target, ast.literal_eval(line))
        else:
            keyword, _, rest = line.partition(" ")
            if keyword in ("msgctxt", "msgid") and target is not None and target[0] != "msgctxt":
                finish()
            match = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
            if match:
                target = ("msgstr_plural", int(match.group(1)))
                entry.msgstr_plural[target[1]] = ""
            else:
                assert keyword in ("msgctxt", "msgid", "msgid_plural", "msgstr"), (
                    f"{path}:{number}: {keyword}"
                )
                target = (keyword, None)
                setattr(entry, keyword, "")
            if keyword == "msgid":
                entry.line = number
            _append(entry, target, ast.literal_eval(rest))
    finish()
    header, body = entries[0], entries[1:]
    assert header.msgid == "", f"{path}: the header comes first"
    fields = dict(line.split(": ", 1) for line in header.msgstr.splitlines() if ": " in line)
    if "fuzzy" in header.flags:
        fields["#fuzzy"] = "yes"
    return fields, body


def _append(entry: Entry, target: tuple[str, int | None], text: str) -> None:
    name, index = target
    if name == "msgstr_plural":
        entry.msgstr_plural[index] += text
    else:
        setattr(entry, name, getattr(entry, name) + text)


def _po(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "django.po"


def _mo(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "django.mo"


@pytest.fixture(scope="module", params=LANGUAGES)
def catalogue(request):
    header, entries = read_po(_po(request.param))
    return request.param, header, entries


# --- (a) complete ------------------------------------------------------------------------


def test_catalogues_cover_the_package(catalogue):
    lang, header, entries = catalogue
    assert len(entries) > 250
    msgids = {e.msgid for e in entries}
    # templates of web/, intake/ and reports/, and gettext calls in Python
    for text in (
        "Instruments",  # web/templates/web/regime.html
        "Take in a file",  # intake/templates
        "Contents",  # reports/templates/reports/annual.html
        "Annual report of the chair",  # reports/annual_content.py
        "Not accepted: %(reason)s",  # intake/views.py
        "non-nuclear-weapon state",  # registry/models.py
        "rule gives %(expected)s for %(period)s; recorded %(recorded)s",  # governance
        "%(n)sth anniversary of the signature of the %(treaty)s",  # governance
    ):
        assert text in msgids, text


def test_headers_name_the_language_and_its_plural_forms(catalogue):
    lang, header, _ = catalogue
    assert header["Language"] == lang
    assert header["Plural-Forms"] == PLURAL_FORMS[lang]
    assert header["Content-Type"] == "text/plain; charset=UTF-8"
    assert "#fuzzy" not in header


def test_every_entry_is_translated_and_none_is_fuzzy(catalogue):
    lang, header, entries = catalogue
    nplurals = int(re.search(r"nplurals=(\d+)", header["Plural-Forms"]).group(1))
    untranslated = [e.msgid for e in entries if not all(t.strip() for t in e.translations)]
    assert untranslated == []
    assert [e.msgid for e in entries if "fuzzy" in e.flags] == []
    for e in entries:
        if e.msgid_plural is not None:
            assert sorted(e.msgstr_plural) == list(range(nplurals)), e.msgid


def test_kazakh_is_written_in_kazakh_letters():
    _, entries = read_po(_po("kk"))
    text = " ".join(t for e in entries for t in e.translations)
    for letter in "әғқңөұүі":
        assert letter in text, letter


# --- (b) placeholders --------------------------------------------------------------------


def test_every_placeholder_is_kept(catalogue):
    lang, _, entries = catalogue
    wrong = []
    for e in entries:
        wanted = set(PLACEHOLDER.findall(e.msgid))
        if e.msgid_plural is not None:
            wanted |= set(PLACEHOLDER.findall(e.msgid_plural))
        for text in e.translations:
            if set(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((e.msgid, text))
    assert wrong == []


def test_python_format_entries_are_flagged(catalogue):
    _, _, entries = catalogue
    unflagged = [
        e.msgid for e in entries if PLACEHOLDER.search(e.msgid) and "python-format" not in e.flags
    ]
    assert unflagged == []


def test_markup_is_kept():
    for lang in LANGUAGES:
        _, entries = read_po(_po(lang))
        for e in entries:
            for tag in re.findall(r"</?\w+>", e.msgid):
                assert all(tag in t for t in e.translations), (lang, e.msgid)


@pytest.mark.system_packages("gettext")
def test_msgfmt_accepts_the_catalogues(tmp_path):
    for lang in LANGUAGES:
        result = subprocess.run(
            ["msgfmt", "--check", "-o", str(tmp_path / f"{lang}.mo"), str(_po(lang))],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr


# --- (c) the .mo files are compiled from the .po files as they are ------------------------


def test_mo_files_hold_exactly_the_po_files_translations(catalogue):
    lang, _, entries = catalogue
    with _mo(lang).open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    catalog = compiled._catalog
    expected = {}
    for e in entries:
        if e.msgid_plural is None:
            expected[e.key] = e.msgstr
        else:
            for index, text in e.msgstr_plural.items():
                expected[(e.key, index)] = text
    found = {k: v for k, v in catalog.items() if k != ""}
    assert found == expected, "run: django-admin compilemessages (see tests/test_translations.py)"


def test_mo_files_choose_the_right_plural_form():
    with _mo("ru").open("rb") as f:
        ru = gettext.GNUTranslations(f)
    singular = "Rotation rule: %(order)s, terms of %(months)s month, from %(start)s."
    plural = "Rotation rule: %(order)s, terms of %(months)s months, from %(start)s."
    words = [
        ru.ngettext(singular, plural, n).split("— %(months)s ")[1].split(";")[0]
        for n in (1, 2, 5, 11, 21, 24)
    ]
    assert words == ["месяц", "месяца", "месяцев", "месяцев", "месяц", "месяца"]
    with _mo("kk").open("rb") as f:
        kk = gettext.GNUTranslations(f)
    assert "12 ай" in kk.ngettext(singular, plural, 12) % {"order": "", "months": 12, "start": ""}


# --- (d) the pages speak the language -----------------------------------------------------


def _page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "lang, words",
    [
        ("ru", ["Статус", "Источники", "Документы", "Участники Договора на", "подписание"]),
        ("kk", ["Мәртебесі", "Дереккөздер", "Құжаттар", "Шартқа қатысушылар", "қол қою"]),
    ],
)
def test_regime_page_in_russian_and_kazakh(client, lang, words):
    html = _page(client, f"/{lang}/regimes/canwfz/?on=2010-01-01")
    for word in words:
        assert word in html, word
    for english in ("Status", "Sources", "Instruments", "Parties to the treaty", "Since"):
        assert f">{english}<" not in html and f"{english} on" not in html, english


@pytest.mark.django_db
def test_governance_page_in_kazakh(client):
    html = _page(client, "/kk/regimes/canwfz/governance/?on=2026-06-01")
    for heading in (
        "Төрағалық хронологиясы",
        "Орындалмаған тапсырмалар",
        "Кездесулер мен шешімдер",
        "Алдағы атаулы күндер",
        "Халықаралық форумдар және үйлестіру",
        "Шарт бойынша мерзімдер",
        "Шартқа (Семей шарты) қол қойылғанына 20 жыл",
        "ереже тек 2022-01-01 күнінен бастап тіркелген",
        "8-бап: Қосымша хаттаманың",
    ):
        assert heading in html, heading
    for english in (
        "Chair timeline",
        "Upcoming anniversaries",
        "anniversary of the signature of the",
        "rule gives",
    ):
        assert english not in html, english


@pytest.mark.django_db
def test_governance_page_in_russian_writes_anniversaries_in_russian(client):
    html = _page(client, "/ru/regimes/canwfz/governance/?on=2026-06-01")
    assert "20-летие подписания Договора (Семипалатинский договор)" in html
    assert "35-летие закрытия Семипалатинского ядерного полигона" in html
    assert "Правило ротации: KG,TJ,TM,UZ,KZ; срок председательства — 12 месяцев" in html


@pytest.mark.django_db
def test_state_and_instrument_pages_in_kazakh(client):
    state = _page(client, "/kk/states/KZ/")
    assert "Кезеңдері мен дереккөздер" in state and "ратификациялау" in state
    instrument = _page(client, "/kk/instruments/canwfz/")
    assert "Күшіне енуі" in instrument and "Қол қою үшін ашылды" in instrument


@pytest.mark.django_db
def test_language_switcher_names_each_language_in_itself(client):
    html = _page(client, "/kk/")
    assert ">English<" in html and ">Русский<" in html and ">Қазақша<" in html


@pytest.mark.django_db
def test_annual_report_in_kazakh_has_kazakh_headings(client):
    html = _page(client, "/reports/canwfz/2024.html?lang=kk")
    for heading in (
        "Төрағаның жылдық баяндамасы",
        "Мазмұны",
        "Жыл қорытындысы қысқаша",
        "Кездесулер мен шешімдер",
        "Халықаралық форумдар",
        "Төрағалықты тапсыру",
        "Дереккөздер",
    ):
        assert heading in html, heading
    assert "The year at a glance" not in html and "Contents" not in html
