"""Who a write is done by. Services take `acting_user`: a user, or the name of a system
process ("cli", "loader"), which acts as the named system user (roles.SYSTEM_USERNAME)."""

from __future__ import annotations

from typing import Any

from nwfz.accounts.roles import system_user


def actor_user(acting_user: Any) -> Any:
    """The user object behind `acting_user` (a process name becomes the system user)."""
    if isinstance(acting_user, str):
        return system_user()
    return acting_user
