"""Documentation drifts unless a test holds it: every command and setting is documented."""

import re
from pathlib import Path

from nwfz.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def test_every_cli_command_is_documented():
    text = (DOCS / "cli.md").read_text()
    commands = build_parser()._subparsers._group_actions[0].choices
    missing = [name for name in commands if f"nwfz {name}" not in text]
    assert missing == [], f"add these commands to docs/cli.md: {missing}"


def test_every_setting_is_documented():
    text = (DOCS / "settings.md").read_text()
    found = set()
    for path in (ROOT / "src" / "nwfz").rglob("*.py"):
        found |= set(re.findall(r"environ(?:\.get)?\(\s*[\"'](NWFZ_[A-Z_]+)", path.read_text()))
        found |= set(re.findall(r"environ\[[\"'](NWFZ_[A-Z_]+)", path.read_text()))
    missing = sorted(name for name in found if f"`{name}`" not in text)
    assert found and missing == [], f"add these settings to docs/settings.md: {missing}"


def test_readme_opens_with_the_two_commands():
    lines = (ROOT / "README.md").read_text().splitlines()
    block = "\n".join(lines[:8])
    assert "make run" in block and "make test" in block


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
