"""Fixtures for the intake workflow tests: the seed as a file, a staff user, the seed taken in."""

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
def staff_user(django_user_model):
    return django_user_model.objects.create_user(
        username="reviewer", password="x-review-1", is_staff=True, is_superuser=True
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
