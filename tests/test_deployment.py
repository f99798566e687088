"""Deployment settings: NWFZ_ENV=production passes Django's deploy check with no issue, a
Content-Security-Policy and X-Frame-Options on every page (/api/docs too), and the files
holding secrets (the SQLite database, the secret key) are the owner's alone (0600)."""

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.wsgi_app import wsgi_get

NWFZ = str(Path(sys.executable).parent / "nwfz")


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NWFZ_")}
    env.update(NWFZ_HOME=str(home), DJANGO_SETTINGS_MODULE="nwfz.settings", **extra)
    return env


def test_production_passes_the_deploy_check_with_no_warnings(tmp_path):
    result = subprocess.run(
        [NWFZ, "manage", "check", "--deploy"],
        env=_env(tmp_path, NWFZ_ENV="production"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues (0 silenced)." in output
    assert "WARNING" not in output


def test_development_is_what_the_deploy_check_warns_about(tmp_path):
    result = subprocess.run(
        [NWFZ, "manage", "check", "--deploy"], env=_env(tmp_path),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert "security.W004" in result.stderr and "security.W008" in result.stderr


def test_an_unknown_environment_is_refused_with_a_sentence(tmp_path):
    result = subprocess.run(
        [NWFZ, "manage", "check"], env=_env(tmp_path, NWFZ_ENV="prod"),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0
    assert "NWFZ_ENV='prod': write development or production" in result.stderr


PRODUCTION_PROBE = textwrap.dedent(
    """
    import json, django
    django.setup()
    from django.conf import settings
    from django.test import Client
    plain = Client().get("/en/")
    health = Client().get("/healthz")
    secure = Client().get("/healthz", secure=True)
    print(json.dumps({
        "cookies": [settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE],
        "redirect": [plain.status_code, plain.headers.get("Location")],
        "health": health.status_code,
        "hsts": secure.headers.get("Strict-Transport-Security"),
    }))
    """
)


def test_production_sends_http_to_https_with_hsts_and_secure_cookies(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_PROBE],
        env=_env(tmp_path, NWFZ_ENV="production"),
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["cookies"] == [True, True]
    assert seen["redirect"] == [301, "https://testserver/en/"]
    assert seen["health"] == 200  # a load balancer's plain-HTTP check is not redirected
    assert seen["hsts"] == "max-age=31536000; includeSubDomains; preload"


def test_api_docs_carry_csp_and_x_frame_options_on_the_api_chain():
    status, headers, _ = wsgi_get("/api/docs")
    assert status.startswith("200")
    assert headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/ru/regimes/canwfz/",
        "/kk/regimes/canwfz/governance/",
        "/en/states/KZ/",
        "/admin/login/",
        "/calendar/canwfz.ics",
        "/api/regimes",
        "/en/no-such-page/",
    ],
)
def test_every_page_carries_the_content_security_policy(client, url):
    response = client.get(url)
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "script-src 'self';" in policy + ";"  # no inline scripts anywhere


@pytest.mark.django_db
def test_the_original_of_an_intake_item_keeps_its_own_stricter_policy(
    client, admin_user, verified_login
):
    from nwfz.intake.services import intake_item_receive

    admin_client = verified_login(client, admin_user)
    item = intake_item_receive(
        raw="Астана, 30 января 2026 года. Текст.".encode(), filename="a.txt", acting_user="cli"
    ).item
    response = admin_client.get(f"/en/intake/items/{item.id}/original")
    assert response.headers["Content-Security-Policy"] == "default-src 'none'; sandbox"


MODES_PROBE = textwrap.dedent(
    """
    import os
    os.umask(0o022)
    import django
    django.setup()
    from django.db import connection
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE probe (x integer)")
        cursor.execute("INSERT INTO probe VALUES (1)")
    """
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_and_the_secret_key_are_created_0600(tmp_path):
    subprocess.run([sys.executable, "-c", MODES_PROBE], env=_env(tmp_path), check=True, timeout=120)
    assert _mode(tmp_path / "secret_key") == 0o600
    assert _mode(tmp_path / "nwfz.sqlite3") == 0o600
    for companion in tmp_path.glob("nwfz.sqlite3-*"):  # -wal, -shm
        assert _mode(companion) == 0o600, companion


def test_an_existing_database_readable_by_others_is_tightened(tmp_path):
    database = tmp_path / "nwfz.sqlite3"
    database.touch(mode=0o644)
    database.chmod(0o644)
    subprocess.run([sys.executable, "-c", MODES_PROBE], env=_env(tmp_path), check=True, timeout=120)
    assert _mode(database) == 0o600
