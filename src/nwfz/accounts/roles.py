"""Who a user is on a date, derived from the record and never set by hand.

The rules (`roles_from`) are a plain function over plain values; `roles_of` gathers those
values from the database:

- **delegate**: a member of a state's delegation, for each regime whose treaty is in force
  for that state on the date (registry status rule);
- **chair**: a delegate of the state whose chair term covers the date (`chair_on`: a
  recorded term, or the term the rotation rule gives where none is recorded);
- **previous_chair**: a delegate of the state whose term ended the day before the current
  chair's began;
- **depositary**: a delegate of the state whose government the regime's treaty names as its
  depositary;
- **observer**: a member of an observer organisation's office, for the regimes it observes;
- **administrator**: a superuser of this installation; in a web or API request only when
  the session was verified with a second factor (django-otp sets `user.is_verified()`);
  outside a request (the command line, tests) the flag alone counts;
- **system**: the named system user the command line and the package loader act as.

On the handover day the chair's powers pass with no one doing anything: the date decides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.utils.translation import gettext as _

ROLE_NAMES = (
    "delegate",
    "chair",
    "previous_chair",
    "depositary",
    "observer",
    "administrator",
    "system",
)
SYSTEM_USERNAME = "nwfz-system"


@dataclass(frozen=True)
class Role:
    role: str
    regime: str  # regime slug; "" for roles that hold everywhere (administrator, system)
    because: str
    state: str = ""
    start: date | None = None
    end: date | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "regime": self.regime,
            "because": self.because,
            "state": self.state,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


@dataclass(frozen=True)
class ChairFacts:
    state: str
    start: date
    end: date
    basis: str = "recorded"  # recorded | predicted
    decision_date: date | None = None


@dataclass(frozen=True)
class RegimeFacts:
    """What the record says about one regime on the date, for one delegation's state."""

    slug: str
    name: str
    party_since: date | None = None  # the state's treaty in force since; None: not a party
    party: bool = False
    chair: ChairFacts | None = None
    previous_chair: ChairFacts | None = None
    depositary_state: str = ""
    depositary_name: str = ""


@dataclass(frozen=True)
class MemberFacts:
    username: str
    is_admin: bool = False
    is_system: bool = False
    delegation_kind: str = ""  # party | observer | "" (no delegation)
    delegation_name: str = ""
    state: str = ""  # the party delegation's state code
    state_name: str = ""
    observed: tuple[str, ...] = ()  # observer: regime slugs in scope
    regimes: tuple[RegimeFacts, ...] = field(default=())


def _chair_basis(chair: ChairFacts) -> str:
    if chair.decision_date is not None:
        return _("by the decision of %(day)s") % {"day": chair.decision_date.isoformat()}
    if chair.basis == "predicted":
        return _("as the rotation rule gives (no term recorded)")
    return _("as recorded")


def roles_from(facts: MemberFacts) -> list[Role]:
    """Each role the facts give, with the sentence that says why."""
    out: list[Role] = []
    if facts.is_system:
        out.append(Role("system", "", _("the nwfz system user (command line and data loader)")))
    if facts.is_admin:
        out.append(Role("administrator", "", _("administrator of this nwfz installation")))
    for regime in facts.regimes:
        if facts.delegation_kind == "observer":
            if not facts.observed or regime.slug in facts.observed:
                out.append(
                    Role(
                        "observer",
                        regime.slug,
                        _("member of %(delegation)s, an observer of %(regime)s")
                        % {"delegation": facts.delegation_name, "regime": regime.slug},
                    )
                )
            continue
        if facts.delegation_kind != "party" or not regime.party:
            continue
        values = {"state": facts.state, "regime": regime.slug}
        since = regime.party_since.isoformat() if regime.party_since else _("a date not recorded")
        out.append(
            Role(
                "delegate",
                regime.slug,
                _("delegate of %(state)s, a party to %(regime)s (in force for it since %(since)s)")
                % {**values, "since": since},
                facts.state,
            )
        )
        chair = regime.chair
        if chair is not None and chair.state == facts.state:
            out.append(
                Role(
                    "chair",
                    regime.slug,
                    _(
                        "delegate of %(state)s, which chairs %(regime)s from "
                        "%(start)s to %(end)s %(basis)s"
                    )
                    % {
                        **values,
                        "start": chair.start.isoformat(),
                        "end": chair.end.isoformat(),
                        "basis": _chair_basis(chair),
                    },
                    facts.state,
                    chair.start,
                    chair.end,
                )
            )
        previous = regime.previous_chair
        if previous is not None and previous.state == facts.state:
            out.append(
                Role(
                    "previous_chair",
                    regime.slug,
                    _(
                        "delegate of %(state)s, which chaired %(regime)s from "
                        "%(start)s to %(end)s, the term before the current one"
                    )
                    % {
                        **values,
                        "start": previous.start.isoformat(),
                        "end": previous.end.isoformat(),
                    },
                    facts.state,
                    previous.start,
                    previous.end,
                )
            )
        if regime.depositary_state and regime.depositary_state == facts.state:
            out.append(
                Role(
                    "depositary",
                    regime.slug,
                    _(
                        "delegate of %(state)s, whose government is the depositary of "
                        "the treaty of %(regime)s (the record names: %(depositary)s)"
                    )
                    % {**values, "depositary": regime.depositary_name},
                    facts.state,
                )
            )
    return out


# --- the adapter: plain facts from the database -------------------------------------------


def is_system_user(user: Any) -> bool:
    return (
        getattr(user, "username", None) == SYSTEM_USERNAME
        and not user.is_active
        and not user.has_usable_password()
    )


def system_user():
    """The named user the command line and the package loader act as (cannot log in)."""
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    user = user_model.objects.filter(username=SYSTEM_USERNAME).first()
    if user is None:
        user = user_model(username=SYSTEM_USERNAME, is_active=False)
        user.set_unusable_password()
        user.save()
    return user


def depositary_state(depositary_text: str, states: list[tuple[str, tuple[str, ...]]]) -> str:
    """The state a treaty's depositary text names ("Government of the Kyrgyz Republic"
    names Kyrgyzstan): the state among `states` (code, names) whose name's stem (its first
    five letters) starts a word of the text. Empty when none or more than one match."""
    words = [w.strip("(),.").lower() for w in depositary_text.split()]
    found = {
        code
        for code, names in states
        for name in names
        if len(name) >= 5 and any(w.startswith(name[:5].lower()) for w in words)
    }
    return found.pop() if len(found) == 1 else ""


def _chair_facts(term) -> ChairFacts | None:
    if term is None:
        return None
    decision_date = None
    if term.id is not None:
        from nwfz.governance.models import ChairTerm

        decision_date = (
            ChairTerm.objects.filter(pk=term.id)
            .values_list("created_by_decision__date", flat=True)
            .first()
        )
    return ChairFacts(term.state, term.start, term.end, term.basis, decision_date)


def regime_facts(regime, state_code: str, on: date) -> RegimeFacts:
    from nwfz.governance.selectors import chair_on
    from nwfz.registry.selectors import status_table

    treaty = regime.treaty
    party, since = False, None
    if state_code:
        row = next((r for r in status_table(treaty, on) if r["state"] == state_code), None)
        party = row is not None and row["status"] == "in_force"
        since = date.fromisoformat(row["since"]) if party and row["since"] else None
    current = chair_on(regime, on) if party else None
    previous = None
    if current is not None:
        previous = chair_on(regime, current.start - timedelta(days=1))
    scope = [(s.code, (s.name_en, s.name_ru, s.name_kk)) for s in treaty.scope.all()]
    return RegimeFacts(
        slug=regime.slug,
        name=regime.localized("short_name") or regime.slug,
        party_since=since,
        party=party,
        chair=_chair_facts(current),
        previous_chair=_chair_facts(previous),
        depositary_state=depositary_state(
            " ".join((treaty.depositary_en, treaty.depositary_ru)), scope
        ),
        depositary_name=treaty.depositary_en,
    )


def second_factor_ok(user: Any) -> bool:
    """False for a request's user not verified with a one-time code (OTPMiddleware gives
    every request's user `is_verified`; a bearer token's user is never verified)."""
    verified = getattr(user, "is_verified", None)
    return not callable(verified) or bool(verified())


def _all_regimes(state_code: str, on: date) -> tuple[RegimeFacts, ...]:
    from nwfz.registry.models import Regime

    rows = Regime.objects.select_related("treaty").filter(treaty__isnull=False)
    return tuple(regime_facts(r, state_code, on) for r in rows)


def member_facts(user: Any, on: date) -> MemberFacts:
    """The facts about `user` on `on`. What the record says about a state's regimes is kept
    until the data changes (read_cache.memoized): it is the same for every member."""
    from nwfz.read_cache import memoized

    if user is None or not getattr(user, "is_authenticated", False):
        return MemberFacts(username="")
    if is_system_user(user):
        return MemberFacts(username=user.username, is_system=True)
    membership = getattr(user, "membership", None) if user.pk else None
    delegation = membership.delegation if membership else None
    kind = delegation.kind if delegation else ""
    state_code = delegation.state.code if delegation and delegation.state_id else ""
    regimes: tuple[RegimeFacts, ...] = ()
    if delegation is not None:
        regimes = memoized(
            ("roles.regime_facts", state_code, on), lambda: _all_regimes(state_code, on)
        )
    return MemberFacts(
        username=user.get_username(),
        is_admin=bool(user.is_active and user.is_superuser and second_factor_ok(user)),
        delegation_kind=kind,
        delegation_name=delegation.name_en if delegation else "",
        state=state_code,
        state_name=delegation.state.name_en if delegation and delegation.state_id else "",
        observed=delegation.regime_slugs if delegation else (),
        regimes=regimes,
    )


def roles_of(user: Any, on: date) -> list[Role]:
    """The user's roles on `on`, remembered on the user object for the request."""
    if user is None or not getattr(user, "is_authenticated", False):
        return []
    memo = user.__dict__.setdefault("_nwfz_roles", {})
    if on not in memo:
        memo[on] = roles_from(member_facts(user, on))
    return memo[on]
