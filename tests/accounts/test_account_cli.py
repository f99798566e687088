"""`nwfz user`, `nwfz delegation`, `nwfz roles`, `nwfz token`, `nwfz demo-users`,
`nwfz audit`: what an administrator types."""

import json

import pytest
from django.contrib.auth import get_user_model

from nwfz.accounts.models import AuditEntry
from nwfz.cli import main

pytestmark = pytest.mark.django_db


def run(capsys, *argv, code=0):
    assert main(list(argv)) == code
    return capsys.readouterr()


def test_user_add_without_password_file_has_an_unusable_password(capsys):
    out = run(capsys, "user", "add", "aliya", "--delegation", "KZ", "--email", "a@mfa.example")
    assert "delegation KZ" in out.out and "no password yet" in out.out
    user = get_user_model().objects.get(username="aliya")
    assert not user.has_usable_password() and user.membership.delegation.state.code == "KZ"
    entry = AuditEntry.objects.filter(action="user_add").last()
    assert entry.object_id == "aliya" and entry.actor.username == "nwfz-system"


def test_user_add_with_a_password_file_uses_argon2_and_the_validators(capsys, tmp_path):
    weak = tmp_path / "weak.txt"
    weak.write_text("1\n")
    err = run(
        capsys, "user", "add", "bek", "--delegation", "UZ", "--password-file", str(weak), code=1
    )
    assert "password for bek" in err.err and "too short" in err.err
    assert not get_user_model().objects.filter(username="bek").exists()
    good = tmp_path / "good.txt"
    good.write_text("correct-horse-battery-staple\n")
    run(capsys, "user", "add", "bek", "--delegation", "UZ", "--password-file", str(good))
    user = get_user_model().objects.get(username="bek")
    assert user.check_password("correct-horse-battery-staple")


def test_an_unknown_delegation_is_refused_with_the_known_ones(capsys):
    err = run(capsys, "user", "add", "x", "--delegation", "nowhere", code=1)
    assert "no delegation 'nowhere'" in err.err


def test_observer_delegation_and_user_list_json(capsys):
    run(capsys, "delegation", "add", "iaea", "--observer", "--name", "IAEA liaison")
    run(capsys, "user", "add", "olga", "--delegation", "iaea")
    rows = json.loads(run(capsys, "user", "list", "--json").out)
    assert {"username": "olga", "delegation": "iaea"}.items() <= rows[-1].items()
    assert all(r["username"] != "nwfz-system" for r in rows)
    listed = json.loads(run(capsys, "delegation", "list", "--json").out)
    assert {"code": "iaea", "kind": "observer", "members": 1}.items() <= listed[-1].items()


def test_roles_json_contract(capsys):
    run(capsys, "user", "add", "aliya", "--delegation", "KZ")
    roles = json.loads(run(capsys, "roles", "aliya", "--on", "2026-03-01", "--json").out)
    assert [(r["role"], r["regime"]) for r in roles] == [
        ("delegate", "canwfz"),
        ("chair", "canwfz"),
    ]
    assert roles[1]["because"] == (
        "delegate of KZ, which chairs canwfz from 2026-01-01 to 2026-12-31 "
        "by the decision of 2026-01-30"
    )
    text = run(capsys, "roles", "aliya", "--on", "2027-01-01").out
    assert "previous_chair (canwfz): delegate of KZ, which chaired canwfz" in text


def test_roles_of_an_unknown_user_exits_2(capsys):
    assert "no user 'ghost'" in run(capsys, "roles", "ghost", code=2).err


def test_token_create_list_revoke(capsys):
    from nwfz.accounts.services import user_for_token

    run(capsys, "user", "add", "aliya", "--delegation", "KZ")
    raw = run(capsys, "token", "create", "aliya").out.strip()
    assert raw.startswith("nwfz_") and user_for_token(raw).username == "aliya"
    listed = json.loads(run(capsys, "token", "list", "--json").out)
    assert listed[-1]["prefix"] == raw[:12] and raw not in json.dumps(listed)
    run(capsys, "token", "revoke", raw[:12])
    assert user_for_token(raw) is None
    assert "already revoked" in run(capsys, "token", "revoke", raw[:12], code=1).err


def test_demo_users_one_per_role(capsys, tmp_path):
    pw = tmp_path / "pw"
    pw.write_text("try-the-workbench-2026\n")
    made = json.loads(
        run(capsys, "demo-users", "--on", "2026-06-01", "--password-file", str(pw), "--json").out
    )
    assert {(u["username"], u["delegation"]) for u in made} == {
        ("demo-chair", "KZ"),
        ("demo-previous-chair", "UZ"),
        ("demo-depositary", "KG"),
        ("demo-delegate", "TJ"),
        ("demo-observer", "unoda"),
        ("demo-staff", ""),
        ("demo-admin", ""),
    }
    roles = json.loads(run(capsys, "roles", "demo-observer", "--json").out)
    assert {r["role"] for r in roles} == {"observer"}  # of every regime (unoda's scope)
    assert "canwfz" in {r["regime"] for r in roles}
    assert json.loads(run(capsys, "demo-users", "--json").out) == []


def test_audit_verify_and_head(capsys):
    run(capsys, "user", "add", "aliya", "--delegation", "KZ")
    head = run(capsys, "audit", "head").out.strip()
    assert "audit trail intact" in run(capsys, "audit", "verify", "--head", head).out
    last = AuditEntry.objects.order_by("-id").first()
    AuditEntry.objects.filter(pk=last.pk).update(object_id="someone-else")
    out = run(capsys, "audit", "verify", code=1).out
    assert f"entry {last.id} was altered" in out
    report = json.loads(run(capsys, "audit", "verify", "--json", code=1).out)
    assert report["first_problem"]["entry"] == last.id
    assert report["first_problem"]["kind"] == "altered"
