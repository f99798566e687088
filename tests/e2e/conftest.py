"""Browser tests: a real `nwfz serve` on a temporary SQLite database, driven in Debian's
Chromium through Playwright (never a downloaded browser)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


NWFZ = str(Path(sys.executable).parent / "nwfz")


@pytest.fixture(scope="session")
def server_home(tmp_path_factory):
    """The server's NWFZ_HOME (its database), for commands run beside it."""
    home = tmp_path_factory.mktemp("nwfz-e2e")
    yield home
    shutil.rmtree(home, ignore_errors=True)


def server_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, NWFZ_HOME=str(home))
    env.pop("NWFZ_DATABASE_URL", None)
    return env


@pytest.fixture(scope="session")
def server_url(server_home):
    home = server_home
    env = server_env(home)
    nwfz = NWFZ
    port = _free_port()
    proc = subprocess.Popen(
        [nwfz, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url + "/healthz", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode()) from None
            time.sleep(0.3)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, tmp_path):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
