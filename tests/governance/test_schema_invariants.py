"""The database itself refuses rows that break the record's invariants, whatever writes
them: an end before its start, a closed action item without its closing day (or an open
one with one)."""

from datetime import date

import pytest
from django.db import IntegrityError, transaction

from nwfz.governance import models as gov
from nwfz.registry.models import State

pytestmark = pytest.mark.django_db


def refused(make) -> bool:
    try:
        with transaction.atomic():
            make()
    except IntegrityError:
        return True
    return False


def test_a_chair_term_ending_before_it_starts_is_refused_by_the_database(canwfz):
    kz = State.objects.get(code="KZ")
    assert refused(
        lambda: gov.ChairTerm.objects.create(
            regime=canwfz, state=kz, start=date(2040, 1, 1), end=date(2039, 12, 31)
        )
    )
    gov.ChairTerm.objects.create(
        regime=canwfz, state=kz, start=date(2040, 1, 1), end=date(2040, 1, 1)
    )


@pytest.mark.parametrize(
    "model, extra",
    [
        (gov.Meeting, {"kind": "thematic"}),
        (gov.Event, {"kind": "thematic", "title_en": "x"}),
    ],
)
def test_meetings_and_events_ending_before_they_start_are_refused(canwfz, model, extra):
    make = lambda end: model.objects.create(  # noqa: E731
        regime=canwfz, start=date(2040, 5, 2), end=end, **extra
    )
    assert refused(lambda: make(date(2040, 5, 1)))
    make(None)
    make(date(2040, 5, 2))


def test_a_forum_session_ending_before_it_starts_is_refused(db):
    forum = gov.Forum.objects.first()
    make = lambda end: gov.ForumSession.objects.create(  # noqa: E731
        forum=forum, title_en="x", start=date(2040, 5, 2), end=end
    )
    assert refused(lambda: make(date(2040, 5, 1)))
    make(date(2040, 5, 3))


def test_an_action_items_status_and_closing_day_go_together(db):
    decision = gov.Decision.objects.first()
    make = lambda status, closed: gov.ActionItem.objects.create(  # noqa: E731
        decision=decision, title_en="x", status=status, closed_on=closed
    )
    assert refused(lambda: make("done", None))
    assert refused(lambda: make("open", date(2040, 1, 1)))
    make("dropped", date(2040, 1, 1))
    make("in_progress", None)
