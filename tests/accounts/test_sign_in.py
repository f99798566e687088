"""Sign-in for every user on the portal's own pages: sign in and out, change and reset the
password (en/ru/kk), the password validators, the lockout after repeated failures
(django-axes), the one-time code (django-otp), required for administrators' powers."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from django.core import mail
from django.test import Client
from django_otp.oath import TOTP

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-pass-phrase-9"


@pytest.fixture
def alice(member):
    user = member("KZ")
    user.set_password(PASSWORD)
    user.email = "alice@mfa.example"
    user.save()
    return user


def sign_in(client: Client, username: str, password: str, **extra) -> object:
    return client.post("/en/account/login/", {"username": username, "password": password, **extra})


def code_for(device) -> str:
    device.refresh_from_db()
    return f"{TOTP(device.bin_key, device.step, device.t0, device.digits).token():06d}"


@pytest.mark.parametrize(("lang", "title"), [("en", "Sign in"), ("ru", "Вход"), ("kk", "Кіру")])
def test_the_sign_in_page_is_the_portals_in_each_language(client, lang, title):
    html = client.get(f"/{lang}/account/login/").content.decode()
    assert f"<h1>{title}</h1>" in html and 'name="username"' in html
    assert 'class="site"' in html  # the portal's header, not the admin's


def test_the_header_links_to_sign_in_and_a_signed_in_user_can_sign_out(client, alice):
    assert 'href="/en/account/login/"' in client.get("/en/").content.decode()
    response = sign_in(client, alice.username, PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/en/"
    html = client.get("/en/").content.decode()
    assert alice.username in html and 'action="/en/account/logout/"' in html
    assert client.post("/en/account/logout/").status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_wrong_password_is_refused_with_a_message(client, alice):
    response = sign_in(client, alice.username, "not-the-password")
    assert response.status_code == 200
    assert "correct username and password" in response.content.decode()


def test_the_admin_sends_its_sign_in_to_the_portals(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    follow = client.get(response["Location"])
    assert follow.status_code == 302
    assert follow["Location"].startswith("/en/account/login/?next=/admin/")


def test_password_change_refuses_weak_passwords(client, alice):
    client.force_login(alice)
    url = "/en/account/password/"
    weak = {"old_password": PASSWORD, "new_password1": "1", "new_password2": "1"}
    html = client.post(url, weak).content.decode()
    assert "too short" in html and "entirely numeric" in html
    new = "another-pass-9x"
    good = {"old_password": PASSWORD, "new_password1": new, "new_password2": new}
    assert client.post(url, good)["Location"] == "/en/account/password/done/"
    alice.refresh_from_db()
    assert alice.check_password("another-pass-9x")
    assert alice.password.startswith("argon2")


def test_password_reset_by_mail_in_russian(client, alice):
    response = client.post("/ru/account/password/reset/", {"email": alice.email})
    assert response["Location"] == "/ru/account/password/reset/sent/"
    (message,) = mail.outbox
    assert message.to == [alice.email] and "nwfz" in message.subject
    link = re.search(r"http://testserver(/ru/account/password/reset/\S+/)", message.body)[1]
    form = client.get(link, follow=True)
    assert form.status_code == 200 and "new_password1" in form.content.decode()
    url = form.redirect_chain[-1][0]
    weak = client.post(url, {"new_password1": "1", "new_password2": "1"})
    assert weak.status_code == 200
    done = client.post(url, {"new_password1": "reset-pass-77x", "new_password2": "reset-pass-77x"})
    assert done["Location"] == "/ru/account/password/reset/complete/"
    alice.refresh_from_db()
    assert alice.check_password("reset-pass-77x")


def test_repeated_failures_lock_the_account_with_a_clear_message(client, alice, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, alice.username, "wrong-one").status_code == 200
    locked = sign_in(client, alice.username, "wrong-one")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "locked" in text and f"{settings.AXES_FAILURE_LIMIT} failed sign-ins" in text
    assert "15 minutes" in text
    # while locked, even the right password does not sign in
    assert sign_in(client, alice.username, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_user_with_an_authenticator_needs_its_code(client, alice, settings):
    from nwfz.accounts.services import totp_setup

    settings.OTP_TOTP_THROTTLE_FACTOR = 600  # after a wrong code, wait 10 minutes

    device = totp_setup(user=alice, acting_user="test")
    html = sign_in(client, alice.username, PASSWORD).content.decode()
    assert "Enter the one-time code" in html and "_auth_user_id" not in client.session
    wrong = "000000" if code_for(device) != "000000" else "111111"
    html = sign_in(client, alice.username, PASSWORD, otp_token=wrong).content.decode()
    assert "wrong or has expired" in html
    html = sign_in(client, alice.username, PASSWORD, otp_token=code_for(device)).content.decode()
    assert "Too many wrong codes" in html and "_auth_user_id" not in client.session
    device.refresh_from_db()
    device.throttle_reset()
    response = sign_in(client, alice.username, PASSWORD, otp_token=code_for(device))
    assert response.status_code == 302 and client.session["otp_device_id"]


def test_administrators_powers_need_the_one_time_code(client, member):
    from nwfz.accounts.services import totp_setup

    admin = member(None, admin=True)
    admin.set_password(PASSWORD)
    admin.save()
    response = sign_in(client, admin.username, PASSWORD)
    assert response.status_code == 302  # signed in, but no administrator powers
    refused = client.get("/admin/")
    assert refused.status_code == 403
    assert "one-time code" in refused.content.decode()
    assert client.get("/en/intake/").status_code == 403
    client.post("/en/account/logout/")
    device = totp_setup(user=admin, acting_user="test")
    sign_in(client, admin.username, PASSWORD, otp_token=code_for(device))
    assert client.get("/admin/").status_code == 200
    assert client.get("/en/intake/").status_code == 200


def test_staff_without_permissions_may_not_use_the_admin(client, django_user_model):
    staff = django_user_model.objects.create_user(username="staff", is_staff=True)
    client.force_login(staff)
    response = client.get("/admin/governance/meeting/add/")
    assert response.status_code == 403 and "administrators" in response.content.decode()


def test_the_otp_command_prints_the_provisioning_uri(alice, capsys):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from nwfz.accounts.models import AuditEntry
    from nwfz.cli import main

    assert main(["user", "otp", alice.username]) == 0
    uri = capsys.readouterr().out.splitlines()[0]
    device = TOTPDevice.objects.get(user=alice)
    assert uri == device.config_url
    assert uri.startswith(f"otpauth://totp/nwfz%3A{alice.username}?secret=")
    entry = AuditEntry.objects.filter(action="totp_setup").last()
    assert entry.object_id == alice.username and device.key not in str(entry.after)
    assert main(["user", "otp", alice.username, "--qr"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] != uri and lines[0].startswith("otpauth://")  # a new secret
    assert any("█" in line or "▀" in line for line in lines[1:])  # the QR code
    assert main(["user", "otp", alice.username, "--remove"]) == 0
    assert not TOTPDevice.objects.filter(user=alice).exists()


@pytest.mark.parametrize(
    ("value", "backend"),
    [
        ("console", "django.core.mail.backends.console.EmailBackend"),
        ("file", "django.core.mail.backends.filebased.EmailBackend"),
    ],
)
def test_the_mail_backend_setting(tmp_path, value, backend):
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("NWFZ_")}
    env.update(NWFZ_HOME=str(tmp_path), NWFZ_EMAIL_BACKEND=value)
    probe = (
        "import django; django.setup(); "
        "from django.conf import settings; print(settings.EMAIL_BACKEND)"
    )
    env["DJANGO_SETTINGS_MODULE"] = "nwfz.settings"
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.strip() == backend, out.stderr
