"""Governance sections of the data packages: the bundled CANWFZ record, and refusals that
name the file, line and reason and leave the database unchanged."""

import textwrap
from datetime import date

import pytest

from nwfz.datapackage.checking import check_directory
from nwfz.datapackage.loading import known_in_database, load_directory
from nwfz.datapackage.problems import PackageError
from nwfz.governance.models import ActionItem, ChairTerm, Decision, Meeting
from nwfz.governance.selectors import chair_timeline

pytestmark = pytest.mark.django_db

HEADER = """\
package: zz-governance
sources:
  zz-source:
    url: https://example.org/zz
    accessed: 2026-11-25
"""


def check(directory):
    return check_directory(directory, known=known_in_database(set()))


def write(tmp_path, body: str):
    (tmp_path / "zz-governance.yaml").write_text(HEADER + textwrap.dedent(body))
    return tmp_path


def test_bundled_chair_history_2022_to_2026_is_recorded_except_2025(canwfz):
    terms = {t.start.year: (t.state, t.basis) for t in chair_timeline(canwfz, 2022, 2026)}
    assert terms == {
        2022: ("KG", "recorded"),
        2023: ("TJ", "recorded"),
        2024: ("TM", "recorded"),
        2025: ("UZ", "predicted"),
        2026: ("KZ", "recorded"),
    }


def test_bundled_earlier_chairs_depart_from_the_rule(canwfz):
    flagged = {t.start.year: t.reason for t in chair_timeline(canwfz, 2009, 2021)}
    assert set(flagged) == {2010, 2011, 2014}
    assert flagged[2014].startswith("rule gives Turkmenistan for 2014; recorded Kazakhstan")


def test_bundled_handover_decisions_are_linked_to_the_terms_they_created(canwfz):
    tj = ChairTerm.objects.get(regime=canwfz, start=date(2023, 1, 1))
    assert tj.created_by_decision.meeting.key == "canwfz-2022-12-22-consultative"
    kz = ChairTerm.objects.get(regime=canwfz, start=date(2026, 1, 1))
    assert kz.created_by_decision.kind == "chair_handover"


def test_every_bundled_governance_row_cites_a_source():
    for model in (ChairTerm, Meeting, Decision, ActionItem):
        assert not model.objects.filter(sources=None).exists(), model.__name__


def test_reloading_the_bundled_package_keeps_ids_and_changes_nothing(canwfz):
    ids = sorted(Meeting.objects.values_list("id", flat=True))
    actions = sorted(ActionItem.objects.values_list("id", flat=True))
    load_directory(force=True)
    assert sorted(Meeting.objects.values_list("id", flat=True)) == ids
    assert sorted(ActionItem.objects.values_list("id", flat=True)) == actions
    assert ChairTerm.objects.filter(regime=canwfz).count() == 7


def test_check_reports_overlapping_terms_with_file_and_line(tmp_path):
    write(
        tmp_path,
        """\
        chair_terms:
          - {regime: canwfz, state: KG, start: 2040-01-01, end: 2040-12-31, sources: [zz-source]}
          - {regime: canwfz, state: TJ, start: 2040-06-01, end: 2041-05-31, sources: [zz-source]}
        """,
    )
    errors = [str(p) for p in check(tmp_path).errors]
    assert errors == [
        f"{tmp_path / 'zz-governance.yaml'}:8: chair_terms[1].start: chair term TJ "
        "2040-06-01–2041-05-31 overlaps the term of KG 2040-01-01–2040-12-31; end that term "
        "first or change the dates"
    ]


def test_check_reports_a_decision_dated_before_its_meeting(tmp_path):
    write(
        tmp_path,
        """\
        meetings:
          - key: zz-meeting
            regime: canwfz
            kind: annual_consultative
            start: 2040-03-10
            sources: [zz-source]
            decisions:
              - date: 2040-03-09
                kind: other
                text: too early
                sources: [zz-source]
        """,
    )
    [error] = check(tmp_path).errors
    assert error.field == "meetings[0].decisions[0].date"
    assert "decision 2040-03-09 of meeting 2040-03-10: dated before its meeting" in error.message


def test_check_reports_an_end_before_the_start(tmp_path):
    write(
        tmp_path,
        """\
        events:
          - {key: zz-event, regime: canwfz, kind: thematic, title: Seminar, start: 2040-05-02,
             end: 2040-05-01, sources: [zz-source]}
        """,
    )
    [error] = check(tmp_path).errors
    assert "event 2040-05-02 (Seminar): ends on 2040-05-01, before it starts" in error.message


def test_load_refuses_a_meeting_chaired_by_a_non_party_and_writes_nothing(tmp_path):
    write(
        tmp_path,
        """\
        meetings:
          - key: zz-meeting
            regime: canwfz
            kind: annual_consultative
            start: 2040-03-10
            chair: MN
            sources: [zz-source]
        """,
    )
    before = Meeting.objects.count()
    with pytest.raises(PackageError) as exc:
        load_directory(tmp_path)
    [problem] = exc.value.problems
    assert problem.line == 7
    assert problem.message == "meeting 2040-03-10: chair MN was not a party to canwfz on 2040-03-10"
    assert Meeting.objects.count() == before


def test_load_refuses_a_term_overlapping_a_bundled_one(tmp_path):
    write(
        tmp_path,
        """\
        chair_terms:
          - {regime: canwfz, state: TJ, start: 2026-06-01, end: 2026-12-31, sources: [zz-source]}
        """,
    )
    with pytest.raises(
        PackageError,
        match="chair term TJ 2026-06-01–2026-12-31 overlaps the term of KZ 2026-01-01–2026-12-31",
    ):
        load_directory(tmp_path)
    assert not ChairTerm.objects.filter(start=date(2026, 6, 1)).exists()


def test_load_refuses_an_action_item_owned_by_a_non_party(tmp_path):
    write(
        tmp_path,
        """\
        meetings:
          - key: zz-meeting
            regime: canwfz
            kind: annual_consultative
            start: 2040-03-10
            sources: [zz-source]
            decisions:
              - date: 2040-03-10
                kind: work_plan
                text: plan
                sources: [zz-source]
                action_items:
                  - {key: zz-action, title: Do it, owners: [KZ, CN], sources: [zz-source]}
        """,
    )
    with pytest.raises(PackageError, match="action item 'zz-action': owner CN was not a party"):
        load_directory(tmp_path)
    assert not Meeting.objects.filter(key="zz-meeting").exists()
    assert not ActionItem.objects.filter(key="zz-action").exists()


def test_a_package_handover_creates_the_next_term(tmp_path, canwfz):
    write(
        tmp_path,
        """\
        meetings:
          - key: zz-meeting
            regime: canwfz
            kind: annual_consultative
            start: 2026-12-15
            chair: KZ
            sources: [zz-source]
            decisions:
              - date: 2026-12-15
                kind: chair_handover
                text: Kyrgyzstan chairs in 2027.
                handover_to: KG
                effective: 2027-01-01
                sources: [zz-source]
        """,
    )
    load_directory(tmp_path)
    term = ChairTerm.objects.get(regime=canwfz, start=date(2027, 1, 1))
    assert (term.state.code, term.end, term.package) == ("KG", date(2027, 12, 31), "zz-governance")
    assert [s.key for s in term.sources.all()] == ["zz-source"]


def test_a_meeting_known_only_by_its_report_and_inferred_or_partial_dates_load(tmp_path, client):
    write(
        tmp_path,
        """\
        meetings:
          - key: zz-reported
            regime: canwfz
            kind: annual_consultative
            reported_on: 2040-01-30
            sources: [zz-source]
            decisions:
              - date: 2040-01-30
                kind: chair_handover
                text: The chair passes to Kyrgyzstan.
                handover_to: KG
                effective: 2041-01-01
                effective_inferred: the rotation rule's handover day, 1 January
                sources: [zz-source]
                action_items:
                  - {key: zz-report-due, title: Report, owners: [KG], due: "2040-06",
                     sources: [zz-source]}
        """,
    )
    load_directory(tmp_path)
    meeting = Meeting.objects.get(key="zz-reported")
    assert (meeting.date_known, meeting.reported_on, meeting.start) == (
        False,
        date(2040, 1, 30),
        date(2040, 1, 30),
    )
    decision = meeting.decisions.get()
    assert decision.effective_inferred == "the rotation rule's handover day, 1 January"
    term = ChairTerm.objects.get(created_by_decision=decision)
    assert term.inferred == decision.effective_inferred  # the term takes the decision's rule
    item = ActionItem.objects.get(key="zz-report-due")
    assert (item.due, item.due_precision) == (date(2040, 6, 1), "month")
    page = client.get(f"/en/meetings/{meeting.key}/").content.decode()
    assert "date is not known; a source reported it on" in page
    assert "(inferred: " in page


def test_a_meeting_needs_a_start_or_the_day_it_was_reported(tmp_path):
    write(
        tmp_path,
        """\
        meetings:
          - {key: zz-undated, regime: canwfz, kind: thematic, sources: [zz-source]}
        """,
    )
    [error] = check(tmp_path).errors
    assert "a meeting needs `start`, or `reported_on` when its date is unknown" in error.message


def test_load_refuses_a_meeting_whose_chair_disagrees_with_the_chair_term(tmp_path):
    write(
        tmp_path,
        """\
        chair_terms:
          - regime: canwfz
            state: KG
            start: 2040-01-01
            end: 2040-12-31
            sources: [zz-source]
        meetings:
          - key: zz-meeting
            regime: canwfz
            kind: annual_consultative
            start: 2040-03-10
            chair: TJ
            sources: [zz-source]
        """,
    )
    with pytest.raises(PackageError) as exc:
        load_directory(tmp_path)
    [problem] = exc.value.problems
    assert problem.line == 13
    assert problem.message == (
        "meeting 2040-03-10: chair TJ disagrees with the chair term KG 2040-01-01–2040-12-31, "
        "which covers 2040-03-10; correct one of them"
    )
    assert not Meeting.objects.filter(key="zz-meeting").exists()
    assert not ChairTerm.objects.filter(start=date(2040, 1, 1)).exists()


def test_load_refuses_a_chair_term_covering_a_recorded_meeting_of_another_chair(tmp_path, canwfz):
    from nwfz.governance import services

    services.meeting_record(
        regime=canwfz,
        kind="annual_consultative",
        start=date(2040, 3, 10),
        chair="TJ",
        sources=["gov-kz-mfa-2026-chair"],
        acting_user="test",
    )
    write(
        tmp_path,
        """\
        chair_terms:
          - regime: canwfz
            state: KG
            start: 2040-01-01
            end: 2040-12-31
            sources: [zz-source]
        """,
    )
    with pytest.raises(PackageError) as exc:
        load_directory(tmp_path)
    [problem] = exc.value.problems
    assert problem.line == 7
    assert problem.message == (
        "chair term KG 2040-01-01–2040-12-31: the term covers meeting 2040-03-10, whose "
        "recorded chair is TJ; correct one of them"
    )
    assert not ChairTerm.objects.filter(start=date(2040, 1, 1)).exists()


def test_a_package_changing_a_term_and_its_meetings_chair_together_reloads(tmp_path):
    body = """\
        chair_terms:
          - {regime: canwfz, state: STATE, start: 2040-01-01, end: 2040-12-31, sources: [zz-source]}
        meetings:
          - key: zz-meeting
            regime: canwfz
            kind: annual_consultative
            start: 2040-03-10
            chair: STATE
            sources: [zz-source]
        """
    write(tmp_path, body.replace("STATE", "KG"))
    load_directory(tmp_path)
    write(tmp_path, body.replace("STATE", "TJ"))
    load_directory(tmp_path)
    assert Meeting.objects.get(key="zz-meeting").chair.code == "TJ"
    assert ChairTerm.objects.get(start=date(2040, 1, 1)).state.code == "TJ"
