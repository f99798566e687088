"""`nwfz calendar` and `nwfz report` from the command line."""

import pytest
from icalendar import Calendar

from nwfz.cli import main
from nwfz.reports import reads
from tests.reports.pdf_tools import NEEDS_PANGO
from tests.reports.samples import calendar_items, year_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(monkeypatch) -> list:
    seen: list = []

    def fake_items(regime, start, end, lang):
        seen.append(("calendar", regime.slug, start, end, lang))
        return calendar_items()

    def fake_record(regime, year, lang):
        seen.append(("report", regime.slug, year, lang))
        return year_record(lang)

    monkeypatch.setattr(reads, "calendar_items", fake_items)
    monkeypatch.setattr(reads, "year_record", fake_record)
    return seen


def test_calendar_writes_icalendar_to_stdout(records, capsysbinary):
    assert main(["calendar", "canwfz", "--from", "2025-01-01", "--to", "2026-12-31"]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b"BEGIN:VCALENDAR\r\n")
    assert len(Calendar.from_ical(out).walk("VEVENT")) == 3
    assert records[0][1:] == ("canwfz", *records[0][2:4], "en")


def test_calendar_output_file_and_base_url(records, tmp_path):
    target = tmp_path / "feeds" / "canwfz-ru.ics"
    code = main(["calendar", "canwfz", "--lang", "ru", "--base-url", "https://x.org", "-o",
                 str(target)])  # fmt: skip
    assert code == 0
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert all(str(e["URL"]).startswith("https://x.org/") for e in events)


def test_calendar_of_an_unknown_regime_fails_with_the_known_ones(records, capsys):
    assert main(["calendar", "atlantis"]) == 2
    err = capsys.readouterr().err
    assert "unknown regime 'atlantis' (known: " in err
    assert "canwfz" in err.split("(known: ")[1]


def test_calendar_refuses_a_period_that_ends_before_it_starts(records, capsys):
    assert main(["calendar", "canwfz", "--from", "2026-01-01", "--to", "2025-01-01"]) == 2
    assert "before" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", [pytest.param("pdf", marks=NEEDS_PANGO), "html", "docx"])
def test_report_writes_the_file(records, tmp_path, fmt):
    target = tmp_path / f"report.{fmt}"
    argv = ["report", "canwfz", "--year", "2025", "--lang", "kk", "--format", fmt,
            "--output", str(target)]  # fmt: skip
    assert main(argv) == 0
    assert records == [("report", "canwfz", 2025, "kk")]
    magic = {"pdf": b"%PDF-", "html": b"<!DOCTYPE html>", "docx": b"PK"}[fmt]
    assert target.read_bytes().startswith(magic)


def test_report_format_follows_the_output_suffix(records, tmp_path):
    target = tmp_path / "report-2025.docx"
    assert main(["report", "canwfz", "--year", "2025", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"PK")


def test_html_report_goes_to_stdout_and_state_names_come_from_the_registry(records, capsys):
    assert main(["report", "canwfz", "--year", "2025", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert "<!DOCTYPE html>" in out
    assert "Узбекистан" in out  # an owner's code turned into its Russian name


def test_pdf_report_without_output_says_to_add_output(records, capsys):
    assert main(["report", "canwfz", "--year", "2025", "--format", "pdf"]) == 2
    assert "add --output FILE" in capsys.readouterr().err
    assert records == []
