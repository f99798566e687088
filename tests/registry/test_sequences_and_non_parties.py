"""Repeated events and "not a party as of" assertions through load, status and export."""

import csv
import io
from datetime import date

import pytest

from nwfz.datapackage.loading import load_directory
from nwfz.datapackage.problems import PackageError
from nwfz.registry.models import Instrument, NonPartyAssertion, ParticipationEvent
from nwfz.registry.selectors import state_by_code, state_participation, status_table

pytestmark = pytest.mark.django_db

PACKAGE = """\
package: zz-seq
sources:
  zz-src:
    url: https://example.org/seq
    accessed: 2026-11-25
states:
  - code: XA
    names: {en: Alphaland}
    sources: [zz-src]
  - code: XB
    names: {en: Betaland}
    sources: [zz-src]
  - code: XC
    names: {en: Gammaland}
    sources: [zz-src]
instruments:
  - slug: zz-pact
    kind: treaty
    titles: {en: Test Pact}
    adopted: {date: 1980-01-01, sources: [zz-src]}
    entry_into_force: {date: 1981-01-01, sources: [zz-src]}
    scope: [XA, XB, XC]
    sources: [zz-src]
participation:
  - {instrument: zz-pact, state: XA, action: acceded, date: 1985-01-10, sources: [zz-src]}
  - {instrument: zz-pact, state: XA, action: withdrew, date: 2003-01-10, sources: [zz-src]}
  - {instrument: zz-pact, state: XA, action: withdrawal_effective, date: 2003-04-10,
     sources: [zz-src]}
  - {instrument: zz-pact, state: XA, action: acceded, date: 2012-05-01, sources: [zz-src],
     inferred: deposit assumed on the day the law was published}
  - {instrument: zz-pact, state: XB, action: approved_domestically, date: 1994-01-12,
     sources: [zz-src]}
non_parties:
  - instrument: zz-pact
    as_of: 2020-06-30
    states: [XC]
    sources: [zz-src]
"""


@pytest.fixture
def seq_dir(tmp_path):
    (tmp_path / "zz-seq.yaml").write_text(PACKAGE)
    return tmp_path


def statuses(on):
    rows = status_table(Instrument.objects.get(slug="zz-pact"), on)
    return {r["state"]: r for r in rows}


def test_a_withdrawal_and_a_re_accession_round_trip_through_load_status_and_export(seq_dir, client):
    report = load_directory(seq_dir)
    assert report.stats.written["participation events"] == 5
    xa = ParticipationEvent.objects.filter(state__code="XA", action="acceded")
    assert list(xa.order_by("date").values_list("date", flat=True)) == [
        date(1985, 1, 10),
        date(2012, 5, 1),
    ]
    assert statuses(date(2010, 1, 1))["XA"]["status"] == "withdrawn"
    now = statuses(date(2013, 1, 1))["XA"]
    assert (now["status"], now["since"], now["basis"]) == ("in_force", "2012-05-01", "acceded")
    assert now["events"][-1]["inferred"] == "deposit assumed on the day the law was published"

    exported = client.get("/data/participation_events.csv").content.decode()
    mine = [r for r in csv.DictReader(io.StringIO(exported)) if r["instrument"] == "zz-pact"]
    assert [(r["state"], r["action"], r["date"]) for r in mine[:4]] == [
        ("XA", "acceded", "1985-01-10"),
        ("XA", "withdrew", "2003-01-10"),
        ("XA", "withdrawal_effective", "2003-04-10"),
        ("XA", "acceded", "2012-05-01"),
    ]

    again = load_directory(seq_dir, force=True)
    assert again.loaded == ["zz-seq"]
    assert ParticipationEvent.objects.filter(instrument__slug="zz-pact").count() == 5


def test_a_domestic_approval_is_listed_but_leaves_the_status_unknown(seq_dir):
    load_directory(seq_dir)
    xb = statuses(date(2000, 1, 1))["XB"]
    assert (xb["status"], [e["action"] for e in xb["events"]]) == (
        "unknown",
        ["approved_domestically"],
    )


def test_a_non_party_list_loads_one_row_per_state_and_covers_days_up_to_its_date(seq_dir):
    load_directory(seq_dir)
    assert NonPartyAssertion.objects.filter(state__code="XC").count() == 1
    xc = statuses(date(2020, 6, 30))["XC"]
    assert (xc["status"], xc["basis"], xc["as_of"], xc["sources"]) == (
        "not_signed",
        "not_a_party_as_of",
        "2020-06-30",
        ["https://example.org/seq"],
    )
    assert statuses(date(2021, 1, 1))["XC"]["status"] == "unknown"
    assert statuses(date(1979, 12, 31))["XC"]["basis"] == "before_opening"
    data = state_participation(state_by_code("XC"), date(2020, 1, 1))
    assert [(i["instrument"], i["status"]) for i in data["instruments"]] == [
        ("zz-pact", "not_signed")
    ]


def test_the_same_act_twice_on_the_same_day_is_refused_with_file_and_line(seq_dir):
    path = seq_dir / "zz-seq.yaml"
    path.write_text(
        path.read_text().replace(
            "non_parties:",
            "  - {instrument: zz-pact, state: XA, action: acceded, date: 1985-01-10,\n"
            "     sources: [zz-src]}\nnon_parties:",
        )
    )
    with pytest.raises(PackageError, match=r"zz-seq.yaml:\d+: participation\[5\].action: XA"):
        load_directory(seq_dir)


def test_a_non_party_assertion_naming_an_unknown_state_is_refused(seq_dir):
    path = seq_dir / "zz-seq.yaml"
    path.write_text(path.read_text().replace("states: [XC]", "states: [XC, XQ]"))
    with pytest.raises(PackageError, match=r"non_parties\[0\].states\[1\]: unknown state 'XQ'"):
        load_directory(seq_dir)
