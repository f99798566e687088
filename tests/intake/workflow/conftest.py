"""Fixtures for the intake workflow tests: the seed as a file, a reviewer, the seed taken in."""

from __future__ import annotations

from pathlib import Path

import pytest

from .samples import SEED_PUBLISHED, SEED_TEXT


@pytest.fixture
def seed_file(tmp_path) -> Path:
    path = tmp_path / "dknews-2026-01-31.txt"
    path.write_text(SEED_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def staff_user(db):
    """The reviewer (the name is historical: review was for Django staff): a delegate of the
    state that chairs CANWFZ today, whom `can(user, "review_intake")` allows for CANWFZ's
    proposals; also an administrator, whose powers (other zones' proposals) hold in direct
    service calls, and on the web only after a one-time code."""
    from django.utils import timezone

    from nwfz.accounts.demo import demo_delegations
    from nwfz.accounts.services import delegation_for, user_add

    chair = demo_delegations(timezone.localdate())["chair"]
    return user_add(
        username="reviewer",
        delegation=delegation_for(chair, acting_user="test"),
        password="x-review-1-long",
        is_superuser=True,
        acting_user="test",
    )


@pytest.fixture
def seed_item(staff_user):
    from nwfz.intake.services import intake_item_receive

    receipt = intake_item_receive(
        raw=SEED_TEXT.encode("utf-8"),
        filename="dknews.txt",
        published=SEED_PUBLISHED,
        acting_user=staff_user,
    )
    return receipt.item
