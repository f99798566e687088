"""Users in delegations, for tests that need a role."""

from __future__ import annotations

import pytest


@pytest.fixture
def member(db):
    """member("KZ") -> a new user in KZ's delegation; member(None, admin=True) -> an admin."""
    from nwfz.accounts.services import delegation_create, delegation_for, user_add

    made = {"n": 0}

    def make(code: str | None, *, admin: bool = False, staff: bool = False, observer=False):
        made["n"] += 1
        delegation = None
        if observer:
            from nwfz.accounts.models import Delegation

            delegation = Delegation.objects.filter(code=code).first() or delegation_create(
                code=code, kind="observer", name=f"{code} office", acting_user="test"
            )
        elif code:
            delegation = delegation_for(code, acting_user="test")
        return user_add(
            username=f"u{made['n']}-{code or 'none'}",
            delegation=delegation,
            is_superuser=admin,
            is_staff=staff,
            acting_user="test",
        )

    return make


@pytest.fixture
def reload_bundled_data():
    """A transactional test empties the database when it ends: load the bundled data again
    so the tests after it find the record."""
    yield
    from nwfz.datapackage.loading import load_directory

    load_directory(force=True)
