"""Users of the workbench on today's date: the chair's delegate (whoever chairs canwfz
today by the record or the rotation rule) and a delegate of another party."""

from __future__ import annotations

import pytest
from django.utils import timezone


@pytest.fixture
def canwfz(db):
    from nwfz.registry.selectors import regime_by_slug

    return regime_by_slug("canwfz")


@pytest.fixture
def chair_state(canwfz):
    from nwfz.governance.selectors import chair_on

    return chair_on(canwfz, timezone.localdate()).state


@pytest.fixture
def make_user(db):
    from nwfz.accounts.services import delegation_for, user_add

    def make(username: str, code: str | None):
        delegation = delegation_for(code, acting_user="test") if code else None
        return user_add(username=username, delegation=delegation, acting_user="test")

    return make


@pytest.fixture
def chair_client(client, make_user, chair_state):
    client.force_login(make_user("chair-delegate", chair_state))
    return client


@pytest.fixture
def delegate_code(canwfz, chair_state):
    """A party that neither chairs nor chaired the term before."""
    from datetime import timedelta

    from nwfz.governance.selectors import chair_on
    from nwfz.registry.selectors import parties_on

    today = timezone.localdate()
    term = chair_on(canwfz, today)
    previous = chair_on(canwfz, term.start - timedelta(days=1))
    skip = {chair_state, previous.state if previous else ""}
    return next(s.code for s in parties_on(canwfz, today) if s.code not in skip)


@pytest.fixture
def delegate_client(client, make_user, delegate_code):
    client.force_login(make_user("party-delegate", delegate_code))
    return client
