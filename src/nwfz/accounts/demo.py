"""`nwfz demo-users`: one user per role, for trying the workbench. Which state's delegation
each joins follows from the record on the day (who chairs, who chaired before, who is the
depositary), so the demo chair is the real chair of the reference regime that day."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from nwfz.accounts.models import Delegation
from nwfz.accounts.services import (
    AccountRefused,
    delegation_create,
    delegation_for,
    totp_setup,
    user_add,
)

REFERENCE_REGIME = "canwfz"


@dataclass
class DemoUser:
    username: str
    role: str
    delegation: str
    password: str
    otp_uri: str = ""  # the administrator's authenticator (their powers need its code)

    def as_json(self) -> dict[str, Any]:
        return {
            "username": self.username,
            "role": self.role,
            "delegation": self.delegation,
            "password": self.password,
            "otp_uri": self.otp_uri or None,
        }


def demo_delegations(on: date, regime_slug: str = REFERENCE_REGIME) -> dict[str, str]:
    """role -> state code (or observer slug) for the demo users on `on`."""
    from nwfz.accounts.roles import regime_facts
    from nwfz.registry.selectors import parties_on, regime_by_slug

    regime = regime_by_slug(regime_slug)
    parties = [s.code for s in parties_on(regime, on)]
    if not parties:
        raise AccountRefused(f"{regime_slug} has no parties on {on}; run `nwfz load` first")
    facts = regime_facts(regime, parties[0], on)
    chair = facts.chair.state if facts.chair else ""
    previous = facts.previous_chair.state if facts.previous_chair else ""
    taken = {chair, previous}
    depositary = facts.depositary_state if facts.depositary_state not in taken else ""
    taken.add(depositary)
    delegate = next((p for p in parties if p not in taken), "")
    out = {
        "chair": chair,
        "previous_chair": previous,
        "depositary": depositary,
        "delegate": delegate,
        "observer": "unoda",
    }
    return {role: code for role, code in out.items() if code}


def demo_users_create(*, acting_user: Any, on: date, password: str | None = None) -> list[DemoUser]:
    """Create demo-chair, demo-previous-chair, demo-depositary, demo-delegate,
    demo-observer, demo-staff (staff without permissions) and demo-admin (with an
    authenticator: its otpauth:// URI is printed); users that exist are left as they are.
    Each gets `password`, or a random one (printed once)."""
    created: list[DemoUser] = []
    user_model = get_user_model()
    plan = [(role, code) for role, code in demo_delegations(on).items()]
    plan += [("staff", ""), ("administrator", "")]
    with transaction.atomic():
        for role, code in plan:
            username = "demo-" + role.replace("_", "-").replace("administrator", "admin")
            if user_model.objects.filter(username=username).exists():
                continue
            delegation = None
            if role == "observer":
                delegation = Delegation.objects.filter(code=code).first() or delegation_create(
                    code=code,
                    kind="observer",
                    name="UNODA liaison (demo)",
                    acting_user=acting_user,
                )
            elif code:
                delegation = delegation_for(code, acting_user=acting_user)
            secret = password or secrets.token_urlsafe(12)
            user = user_add(
                username=username,
                delegation=delegation,
                password=secret,
                is_superuser=role == "administrator",
                is_staff=role == "staff",
                acting_user=acting_user,
            )
            otp_uri = ""
            if role == "administrator":
                otp_uri = totp_setup(user=user, acting_user=acting_user).config_url
            created.append(DemoUser(username, role, code, secret, otp_uri))
    return created
