"""Writes to accounts: delegations, users and their membership, API tokens. Each checks
`can(acting_user, "manage_accounts")`, runs in one transaction and leaves an audit entry;
no password or token ever goes into the trail."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from nwfz.accounts.audit import audit_record
from nwfz.accounts.models import ApiToken, Delegation, Membership
from nwfz.accounts.permissions import require
from nwfz.accounts.roles import SYSTEM_USERNAME

TOKEN_PREFIX = "nwfz_"


class AccountRefused(ValueError):
    """Bad input for an account write; the message says what is wrong."""


def token_digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def _delegation_json(d: Delegation) -> dict[str, Any]:
    return {
        "code": d.code,
        "kind": d.kind,
        "state": d.state.code if d.state_id else None,
        "name": d.name_en,
        "regimes": d.regimes,
    }


def delegation_create(
    *,
    code: str,
    kind: str,
    acting_user: Any,
    state: str | None = None,
    name: str = "",
    name_ru: str = "",
    name_kk: str = "",
    regimes: str = "",
) -> Delegation:
    """A party's delegation (`state` its ISO code) or an observer organisation's office."""
    from nwfz.registry.models import State

    require(acting_user, "manage_accounts")
    code = code.strip()
    if kind not in ("party", "observer"):
        raise AccountRefused(f"kind {kind!r}: use party or observer")
    if not code:
        raise AccountRefused("a delegation needs a code (a state's ISO code, or a slug)")
    state_row = None
    if kind == "party":
        state_code = (state or code).upper()
        state_row = State.objects.filter(code=state_code).first()
        if state_row is None:
            raise AccountRefused(
                f"delegation {code}: unknown state {state_code!r} (use an ISO code; run "
                "`nwfz load` first)"
            )
        code = state_code if not state else code
    with transaction.atomic():
        if Delegation.objects.filter(code=code).exists():
            raise AccountRefused(f"delegation {code} already exists")
        delegation = Delegation.objects.create(
            code=code,
            kind=kind,
            state=state_row,
            name_en=name or (f"Delegation of {state_row.name_en}" if state_row else code),
            name_ru=name_ru or (f"Делегация: {state_row.name_ru}" if state_row else ""),
            name_kk=name_kk or (f"Делегация: {state_row.name_kk}" if state_row else ""),
            regimes=regimes,
        )
        audit_record(
            acting_user=acting_user,
            action="delegation_create",
            object_type="delegation",
            object_id=delegation.code,
            after=_delegation_json(delegation),
        )
    return delegation


def delegation_for(code: str, *, acting_user: Any) -> Delegation:
    """The delegation with this code; a state's ISO code names that state's delegation,
    created on first use."""
    found = Delegation.objects.filter(code__iexact=code.strip()).first()
    if found is not None:
        return found
    from nwfz.registry.models import State

    if State.objects.filter(code=code.strip().upper()).exists():
        return delegation_create(code=code, kind="party", acting_user=acting_user)
    known = ", ".join(Delegation.objects.values_list("code", flat=True)) or "none yet"
    raise AccountRefused(
        f"no delegation {code!r} (known: {known}); a state's ISO code creates its delegation, "
        "an observer's with `nwfz delegation add CODE --observer --name NAME`"
    )


def user_add(
    *,
    username: str,
    acting_user: Any,
    delegation: Delegation | None = None,
    email: str = "",
    password: str | None = None,
    is_superuser: bool = False,
    is_staff: bool = False,
):
    """A user, member of `delegation`. Without a password the account has an unusable one
    until it is reset; a given password must pass the password validators."""
    require(acting_user, "manage_accounts")
    user_model = get_user_model()
    username = username.strip()
    if not username:
        raise AccountRefused("a user needs a name")
    if username == SYSTEM_USERNAME:
        raise AccountRefused(f"{SYSTEM_USERNAME!r} is the system user's name; choose another")
    with transaction.atomic():
        if user_model.objects.filter(username=username).exists():
            raise AccountRefused(f"user {username!r} already exists")
        user = user_model(
            username=username,
            email=email,
            is_superuser=is_superuser,
            is_staff=is_staff or is_superuser,
        )
        if password:
            try:
                validate_password(password, user)
            except ValidationError as exc:
                raise AccountRefused(f"password for {username}: {' '.join(exc.messages)}") from None
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
        if delegation is not None:
            Membership.objects.create(user=user, delegation=delegation)
        audit_record(
            acting_user=acting_user,
            action="user_add",
            object_type="user",
            object_id=username,
            after={
                "delegation": delegation.code if delegation else None,
                "email": email,
                "administrator": is_superuser,
                "staff": user.is_staff,
                "password_set": bool(password),
            },
        )
    return user


def token_create(*, user: Any, acting_user: Any, name: str = "") -> tuple[ApiToken, str]:
    """A new API token for `user`; returns (the row, the token text shown once)."""
    require(acting_user, "manage_accounts")
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(
            user=user, name=name[:100], prefix=raw[:12], digest=token_digest(raw)
        )
        audit_record(
            acting_user=acting_user,
            action="token_create",
            object_type="api_token",
            object_id=token.id,
            after={"user": user.get_username(), "prefix": token.prefix, "name": token.name},
        )
    return token, raw


def token_revoke(*, token: ApiToken, acting_user: Any) -> ApiToken:
    require(acting_user, "manage_accounts")
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.revoked_at is not None:
            raise AccountRefused(f"token {token.prefix}… was already revoked")
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit_record(
            acting_user=acting_user,
            action="token_revoke",
            object_type="api_token",
            object_id=token.id,
            before={"revoked": False},
            after={"revoked": True, "user": token.user.get_username(), "prefix": token.prefix},
        )
    return token


def _totp_replace(user: Any, acting_user: Any, *, add: bool):
    """Remove `user`'s authenticators and, with `add`, make a new one, in one transaction
    with its audit entry (the secret never enters the trail)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    require(acting_user, "manage_accounts")
    device = None
    with transaction.atomic():
        removed = TOTPDevice.objects.filter(user=user).delete()[0]
        if not add and not removed:
            raise AccountRefused(f"{user.get_username()} has no authenticator to remove")
        if add:
            device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
        audit_record(
            acting_user=acting_user,
            action="totp_setup" if add else "totp_remove",
            object_type="user",
            object_id=user.get_username(),
            before={"authenticators": removed},
            after={"authenticators": int(add)},
        )
    return device


def totp_setup(*, user: Any, acting_user: Any):
    """A new authenticator (TOTP) for `user`, replacing any earlier one; returns the device,
    whose `config_url` (otpauth://…) the user's app scans."""
    return _totp_replace(user, acting_user, add=True)


def totp_remove(*, user: Any, acting_user: Any) -> None:
    """Remove `user`'s authenticator (they sign in with the password alone again)."""
    _totp_replace(user, acting_user, add=False)


def user_for_token(raw: str):
    """The active user a bearer token belongs to, or None (unknown, revoked, inactive)."""
    if not raw or not raw.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=token_digest(raw), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
