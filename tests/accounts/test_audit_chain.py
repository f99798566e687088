"""The audit trail: every entry hashes its predecessor, time, actor and values; tampering
with rows in the database is found and the first bad entry named; appends from concurrent
writers never fork the chain (PostgreSQL: real threads and connections)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, transaction

from nwfz.accounts.audit import audit_head, audit_record, chain_report
from nwfz.accounts.models import AuditEntry, AuditHead

pytestmark = pytest.mark.django_db


def append(n: int, actor="test") -> list[AuditEntry]:
    out = []
    for i in range(n):
        with transaction.atomic():
            out.append(
                audit_record(
                    acting_user=actor,
                    action="note",
                    object_type="thing",
                    object_id=i,
                    before={"n": i},
                    after={"n": i + 1},
                )
            )
    return out


def test_an_untouched_trail_verifies_and_the_head_is_the_newest_entry():
    entries = append(3)
    report = chain_report()
    assert report.ok, report.problems
    assert report.head == entries[-1].hash == audit_head().hash
    assert entries[1].prev_hash == entries[0].hash


def test_editing_an_entrys_values_is_found_and_named():
    entries = append(4)
    AuditEntry.objects.filter(pk=entries[1].pk).update(after={"n": 99})
    problem = chain_report().problems[0]
    assert (problem.kind, problem.entry_id) == ("altered", entries[1].id)


@pytest.mark.parametrize("column", ["at", "actor_label", "actor"])
def test_time_and_actor_are_covered_by_the_hash(column, member):
    entries = append(2)
    values = {
        "at": entries[0].at.replace(year=2020),
        "actor_label": "someone-else",
        "actor": member("TJ"),
    }
    AuditEntry.objects.filter(pk=entries[0].pk).update(**{column: values[column]})
    assert chain_report().problems[0].entry_id == entries[0].id


def test_deleting_an_entry_in_the_middle_is_found():
    entries = append(4)
    AuditEntry.objects.filter(pk=entries[1].pk).delete()
    problem = chain_report().problems[0]
    assert (problem.kind, problem.entry_id) == ("removed", entries[2].id)
    assert f"after entry {entries[0].id}" in problem.message


def test_deleting_the_newest_entries_is_found_from_the_head_row():
    entries = append(3)
    AuditEntry.objects.filter(pk__in=[entries[1].pk, entries[2].pk]).delete()
    problem = chain_report().problems[0]
    assert problem.kind == "truncated"
    assert f"now ends at entry {entries[0].id}" in problem.message


def test_a_truncation_that_also_rewrote_the_head_row_is_found_with_a_saved_head():
    entries = append(3)
    saved = audit_head().hash
    AuditEntry.objects.filter(pk=entries[2].pk).delete()
    AuditHead.objects.filter(pk=1).update(hash=entries[1].hash, last_id=entries[1].id)
    assert chain_report().ok  # the head row alone cannot tell
    report = chain_report(saved_head=saved)
    assert report.problems[0].kind == "truncated"
    assert saved[:12] in report.problems[0].message


def test_reordering_rows_is_found():
    entries = append(3)
    a, b = entries[0], entries[1]
    top = AuditEntry.objects.order_by("-id").first().id
    AuditEntry.objects.filter(pk=a.pk).update(id=top + 10)
    AuditEntry.objects.filter(pk=b.pk).update(id=a.pk)
    AuditEntry.objects.filter(pk=top + 10).update(id=b.pk)
    problems = chain_report().problems
    assert problems and problems[0].kind == "moved"


def test_an_inserted_entry_is_named_even_when_its_own_hash_was_computed():
    from nwfz.accounts.audit import digest_of

    entries = append(3)
    newest = entries[2]
    AuditEntry.objects.filter(pk=newest.pk).update(id=newest.pk + 100)
    forged = AuditEntry(
        pk=newest.pk,
        at=newest.at,
        actor_label="intruder",
        action="forged",
        object_type="thing",
        object_id="x",
        prev_hash=entries[1].hash,
    )
    forged.hash = digest_of(forged)
    forged.save(force_insert=True)
    problem = chain_report().problems[0]
    assert (problem.kind, problem.entry_id) == ("inserted", forged.pk)


def test_the_first_entry_chains_to_nothing():
    AuditEntry.objects.all().delete()
    AuditHead.objects.all().delete()
    first = append(1)[0]
    assert first.prev_hash == "" and chain_report().ok


WRITERS, EACH = 4, 20


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_never_fork_the_chain(reload_bundled_data):
    if connection.vendor != "postgresql":
        pytest.skip("threads need separate connections to a server database (PostgreSQL)")
    start = threading.Barrier(WRITERS)
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            start.wait()
            append(EACH, actor=f"writer-{n}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    before = AuditEntry.objects.count()
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert AuditEntry.objects.count() == before + WRITERS * EACH
    prevs = list(AuditEntry.objects.values_list("prev_hash", flat=True))
    assert len(prevs) == len(set(prevs)), "two entries chained onto the same predecessor"
    report = chain_report()
    assert report.ok, report.problems[:3]
    assert audit_head().count == report.count
