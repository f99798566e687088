"""Roles and permissions as plain rules over plain values (no database)."""

from datetime import date

import pytest

from nwfz.accounts.permissions import ACTIONS, GRANTS, decide
from nwfz.accounts.roles import (
    ChairFacts,
    MemberFacts,
    RegimeFacts,
    Role,
    depositary_state,
    roles_from,
)

KZ_CHAIR = ChairFacts("KZ", date(2026, 1, 1), date(2026, 12, 31), "recorded", date(2026, 1, 30))
UZ_BEFORE = ChairFacts("UZ", date(2025, 1, 1), date(2025, 12, 31), "predicted")


def party(state: str, **regime) -> MemberFacts:
    facts = RegimeFacts("canwfz", "CANWFZ", party=True, party_since=date(2009, 3, 21), **regime)
    return MemberFacts(username="x", delegation_kind="party", state=state, regimes=(facts,))


def names(roles: list[Role]) -> list[str]:
    return [r.role for r in roles]


def test_a_party_delegation_member_is_a_delegate_with_the_reason():
    roles = roles_from(party("TJ", chair=KZ_CHAIR, previous_chair=UZ_BEFORE))
    assert names(roles) == ["delegate"]
    assert roles[0].because == (
        "delegate of TJ, a party to canwfz (in force for it since 2009-03-21)"
    )


def test_the_chair_states_delegate_is_chair_by_the_decision_that_made_the_term():
    roles = roles_from(party("KZ", chair=KZ_CHAIR, previous_chair=UZ_BEFORE))
    assert names(roles) == ["delegate", "chair"]
    assert roles[1].because == (
        "delegate of KZ, which chairs canwfz from 2026-01-01 to 2026-12-31 "
        "by the decision of 2026-01-30"
    )


def test_a_predicted_term_says_the_rule_gives_it():
    chair = ChairFacts("KG", date(2027, 1, 1), date(2027, 12, 31), "predicted")
    roles = roles_from(party("KG", chair=chair))
    assert "as the rotation rule gives (no term recorded)" in roles[1].because


def test_previous_chair_and_depositary():
    roles = roles_from(
        party(
            "UZ",
            chair=KZ_CHAIR,
            previous_chair=UZ_BEFORE,
            depositary_state="UZ",
            depositary_name="Government of Uzbekistan",
        )
    )
    assert names(roles) == ["delegate", "previous_chair", "depositary"]


def test_a_state_that_is_not_a_party_gives_no_role_even_if_it_would_chair():
    facts = MemberFacts(
        username="x",
        delegation_kind="party",
        state="KZ",
        regimes=(RegimeFacts("canwfz", "CANWFZ", party=False, chair=KZ_CHAIR),),
    )
    assert roles_from(facts) == []


def test_observers_observe_only_the_regimes_in_their_scope():
    regimes = (RegimeFacts("canwfz", "CANWFZ"), RegimeFacts("pelindaba", "AFNWFZ"))
    facts = MemberFacts("o", delegation_kind="observer", delegation_name="UNODA", regimes=regimes)
    assert [(r.role, r.regime) for r in roles_from(facts)] == [
        ("observer", "canwfz"),
        ("observer", "pelindaba"),
    ]
    scoped = MemberFacts(
        "o", delegation_kind="observer", delegation_name="IAEA", observed=("canwfz",),
        regimes=regimes,
    )  # fmt: skip
    assert [(r.role, r.regime) for r in roles_from(scoped)] == [("observer", "canwfz")]


def test_administrator_and_system_user():
    assert names(roles_from(MemberFacts("root", is_admin=True))) == ["administrator"]
    assert names(roles_from(MemberFacts("nwfz-system", is_system=True))) == ["system"]


def test_depositary_state_is_found_from_the_depositary_text():
    states = [
        ("KZ", ("Kazakhstan", "Казахстан", "Қазақстан")),
        ("KG", ("Kyrgyzstan", "Кыргызстан", "Қырғызстан")),
    ]
    assert depositary_state("Government of the Kyrgyz Republic", states) == "KG"
    assert depositary_state("Правительство Кыргызской Республики", states) == "KG"
    assert depositary_state("the Secretary-General of the United Nations", states) == ""


CHAIR = Role("chair", "canwfz", "delegate of KZ, which chairs canwfz")
DELEGATE = Role("delegate", "canwfz", "delegate of TJ")
OBSERVER = Role("observer", "canwfz", "member of UNODA")
ADMIN = Role("administrator", "", "administrator of this nwfz installation")


@pytest.mark.parametrize(
    ("roles", "action", "allowed"),
    [
        ([], "view_public", True),
        ([], "use_workbench", False),
        ([OBSERVER], "use_workbench", True),
        ([OBSERVER], "view_members", False),
        ([DELEGATE], "view_members", True),
        ([DELEGATE], "propose_agenda_item", True),
        ([DELEGATE], "convene_meeting", False),
        ([DELEGATE, CHAIR], "convene_meeting", True),
        ([CHAIR], "review_intake", True),
        ([CHAIR], "manage_accounts", False),
        ([ADMIN], "manage_accounts", True),
        ([ADMIN], "convene_meeting", True),
    ],
)
def test_who_may_do_what(roles, action, allowed):
    assert decide(roles, action, "canwfz").allowed is allowed


def test_roles_count_only_for_their_own_regime():
    assert not decide([CHAIR], "convene_meeting", "pelindaba").allowed
    assert decide([ADMIN], "convene_meeting", "pelindaba").allowed


def test_a_verdict_says_why():
    assert decide([CHAIR], "convene_meeting", "canwfz").because == (
        "you are delegate of KZ, which chairs canwfz"
    )
    assert decide([DELEGATE], "convene_meeting", "canwfz").because == (
        "only the chair's delegates of canwfz may convene meetings"
    )


def test_every_action_is_granted_to_someone_and_unknown_actions_are_an_error():
    assert all(GRANTS[a] for a in ACTIONS)
    with pytest.raises(ValueError, match="unknown action 'fly'"):
        decide([ADMIN], "fly", None)
