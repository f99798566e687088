"""An instrument's three dates and the statements made with an event: load, read, show,
export."""

import csv
import io
import json
from datetime import date

import pytest

from nwfz.cli import main
from nwfz.datapackage.loading import load_directory
from nwfz.datapackage.problems import PackageError
from nwfz.registry.models import Instrument
from nwfz.registry.selectors import instrument_dates, status_table

pytestmark = pytest.mark.django_db

PACKAGE = """\
package: zz-dates
sources:
  zz-a:
    url: https://example.org/adopted
    accessed: 2026-11-25
  zz-o:
    url: https://example.org/opened
    accessed: 2026-11-25
  zz-r:
    url: https://example.org/reservation
    accessed: 2026-11-25
states:
  - code: XA
    names: {en: Alphaland}
    sources: [zz-a]
instruments:
  - slug: zz-accord
    kind: treaty
    titles: {en: Test Accord}
    adopted: {date: 1996-09-10, place: New York, sources: [zz-a]}
    opened_for_signature:
      date: 1996-09-24
      place: {en: New York, ru: Нью-Йорк}
      inferred: two weeks after adoption, as the resolution asked
      sources: [zz-o]
    entry_into_force: "2001-05"
    depositary: {en: The Secretary-General}
    depositary_sources: [zz-o]
    sources: [zz-a]
participation:
  - instrument: zz-accord
    state: XA
    action: ratified
    date: 2000-03-01
    sources: [zz-a]
    statements:
      - kind: reservation
        summary: Keeps its right to leave if its interests are threatened.
        sources: [zz-r]
      - kind: interpretive_statement
        summary: {en: Reads article 2 narrowly., ru: Толкует статью 2 узко.}
        sources: [zz-r]
"""


@pytest.fixture
def loaded(tmp_path):
    (tmp_path / "zz-dates.yaml").write_text(PACKAGE)
    load_directory(tmp_path)
    return Instrument.objects.get(slug="zz-accord")


def test_adoption_opening_and_entry_into_force_are_three_dates_with_their_own_facts(loaded):
    dates = {d["kind"]: d for d in instrument_dates(loaded)}
    assert list(dates) == ["adopted", "opened_for_signature", "entry_into_force"]
    assert (dates["adopted"]["date"], dates["adopted"]["place"]) == ("1996-09-10", "New York")
    opened = dates["opened_for_signature"]
    assert opened["sources"] == ["https://example.org/opened"]
    assert opened["inferred"] == "two weeks after adoption, as the resolution asked"
    assert instrument_dates(loaded, "ru")[1]["place"] == "Нью-Йорк"
    # the older bare-date form: month precision, the instrument's own sources
    eif = dates["entry_into_force"]
    assert (eif["date"], eif["precision"], eif["sources"]) == (
        "2001-05-01",
        "month",
        ["https://example.org/adopted"],
    )


def test_states_are_not_signed_before_the_opening_for_signature_not_the_adoption(loaded):
    rows = {r["state"]: r for r in status_table(loaded, date(1996, 9, 20))}
    assert (rows["XA"]["status"], rows["XA"]["basis"]) == ("not_signed", "before_opening")
    rows = {r["state"]: r for r in status_table(loaded, date(1996, 9, 24))}
    assert rows["XA"]["status"] == "unknown"


def test_an_opening_before_the_adoption_is_refused_with_file_and_line(tmp_path):
    (tmp_path / "zz-dates.yaml").write_text(PACKAGE.replace("date: 1996-09-24", "date: 1996-09-01"))
    with pytest.raises(
        PackageError,
        match=r"zz-dates.yaml:\d+: instruments\[0\].opened_for_signature.date: it was opened "
        r"for signature is before the instrument was adopted",
    ):
        load_directory(tmp_path)


def test_statements_are_shown_with_their_event_in_the_cli_api_and_page(loaded, client, capsys):
    rows = {r["state"]: r for r in status_table(loaded, date(2026, 1, 1))}
    statements = rows["XA"]["events"][0]["statements"]
    assert [(s["kind"], s["sources"]) for s in statements] == [
        ("reservation", ["https://example.org/reservation"]),
        ("interpretive_statement", ["https://example.org/reservation"]),
    ]
    assert main(["state", "XA", "--on", "2026-01-01"]) == 0
    out = capsys.readouterr().out
    assert "reservation: Keeps its right to leave if its interests are threatened." in out
    api = client.get("/api/instruments/zz-accord/status?on=2026-01-01").json()
    assert api[0]["events"][0]["statements"][1]["summary"] == "Reads article 2 narrowly."
    page = client.get("/en/instruments/zz-accord/").content.decode()
    assert 'data-kind="reservation"' in page and "Keeps its right to leave" in page
    assert 'data-date="opened_for_signature"' in page and "two weeks after adoption" in page


def test_the_instrument_command_and_endpoint_give_the_three_dates(loaded, client, capsys):
    assert main(["instrument", "zz-accord", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["kind"] for d in data["dates"]] == [
        "adopted",
        "opened_for_signature",
        "entry_into_force",
    ]
    assert data["depositary_sources"] == ["https://example.org/opened"]
    assert main(["instrument", "zz-accord"]) == 0
    out = capsys.readouterr().out
    assert "opened for signature: 1996-09-24, New York" in out
    assert "entry into force:     2001-05" in out
    api = client.get("/api/instruments/zz-accord").json()
    assert api["dates"][2]["precision"] == "month"


def test_statements_are_exported_with_their_event(loaded, client):
    text = client.get("/data/event_statements.csv").content.decode()
    rows = [r for r in csv.DictReader(io.StringIO(text)) if r["instrument"] == "zz-accord"]
    assert [(r["state"], r["action"], r["date"], r["kind"]) for r in rows] == [
        ("XA", "ratified", "2000-03-01", "reservation"),
        ("XA", "ratified", "2000-03-01", "interpretive_statement"),
    ]
    assert rows[1]["summary_ru"] == "Толкует статью 2 узко."


def test_an_adopted_date_in_the_older_form_stands_for_the_opening_too(tmp_path):
    old_form = PACKAGE.replace("    opened_for_signature:\n", "    zz-cut:\n")
    old_form = (
        old_form.split("    zz-cut:\n")[0]
        + "    entry_into_force:"
        + (old_form.split("    entry_into_force:")[1])
    )
    (tmp_path / "zz-dates.yaml").write_text(old_form)
    load_directory(tmp_path)
    instrument = Instrument.objects.get(slug="zz-accord")
    dates = {d["kind"]: d["date"] for d in instrument_dates(instrument)}
    assert dates["adopted"] == dates["opened_for_signature"] == "1996-09-10"

    (tmp_path / "zz-dates.yaml").write_text(
        old_form.replace(
            "    entry_into_force:", "    opened_for_signature: null\n    entry_into_force:"
        )
    )
    load_directory(tmp_path)
    instrument = Instrument.objects.get(slug="zz-accord")
    assert [d["kind"] for d in instrument_dates(instrument)] == ["adopted", "entry_into_force"]
