"""The chair's delegate at work, in Chromium: signs in on the login page, convenes a
meeting, records a decision with an action item, and sees the item on the dashboard."""

from __future__ import annotations

import json
import subprocess
from datetime import date

import pytest

from .conftest import NWFZ, server_env

pytestmark = [pytest.mark.e2e, pytest.mark.system_packages("chromium")]

PASSWORD = "e2e-Workbench-2026!"


@pytest.fixture(scope="module")
def demo_chair(server_url, server_home):
    """`nwfz demo-users` beside the running server (its database): the demo chair."""
    secret = server_home / "demo-password.txt"
    secret.write_text(PASSWORD + "\n")
    out = subprocess.run(
        [NWFZ, "demo-users", "--password-file", str(secret), "--json"],
        env=server_env(server_home),
        capture_output=True,
        text=True,
        check=True,
    )
    users = {u["role"]: u for u in json.loads(out.stdout)}
    return users["chair"]


def test_the_chairs_delegate_convenes_decides_and_sees_the_action_item(
    page, server_url, demo_chair
):
    page.goto(server_url + "/en/workbench/")
    assert "login" in page.url  # the workbench is for members: sign in first
    page.fill("input[name=username]", demo_chair["username"])
    page.fill("input[name=password]", PASSWORD)
    page.click("form.account button[type=submit]")
    page.wait_for_url("**/en/workbench/canwfz/")
    assert f"delegate of {demo_chair['delegation']}" in page.content()

    page.click("text=Convene a meeting")
    page.wait_for_url("**/meetings/new/")
    page.select_option("select[name=kind]", "extraordinary")
    page.fill("input[name=start]", date.today().isoformat())
    page.fill("input[name=title]", "Extraordinary consultation on the e2e test")
    page.fill("textarea[name=agenda]", "Opening\nNuclear security")
    page.click("form.workbench button[type=submit]")
    page.wait_for_url("**/workbench/meetings/*/")
    assert "Nuclear security" in page.locator("#agenda-items").inner_text()

    decision = page.locator("#decision-form")
    decision.locator("select[name=kind]").select_option("work_plan")
    decision.locator("textarea[name=text]").fill("The parties agree a joint statement.")
    decision.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert "The decision is recorded." in page.content()

    page.click("text=Open an action item from this decision")
    form = page.locator("li.decision form.workbench").last
    form.locator("input[name=title]").fill("Draft the joint statement")
    form.locator("input[name=owners]").fill(demo_chair["delegation"])
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert "The action item is open." in page.content()

    page.click("text=Chair's dashboard")
    page.wait_for_url("**/en/workbench/canwfz/")
    rows = page.locator("tr.action-item").all_inner_texts()
    assert any("Draft the joint statement" in row for row in rows)
