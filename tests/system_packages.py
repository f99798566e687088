"""System packages the suite needs (scripts/system-packages.txt, the list that
scripts/ensure-system-packages installs).

A test that needs one says so: `@pytest.mark.system_packages("poppler-utils")`. Where a
package is missing the test is skipped with the reason, and the run ends with one line that
names what was skipped and the command that installs it: a missing system tool is never a
failure of the suite.
"""

from __future__ import annotations

import ctypes
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LIST = ROOT / "scripts" / "system-packages.txt"
INSTALL_COMMAND = "scripts/ensure-system-packages (as root, with apt)"


def read_list(path: Path) -> dict[str, list[str]]:
    """package -> its probes, in the order of the file."""
    packages: dict[str, list[str]] = {}
    for line in path.read_text().splitlines():
        words = line.split("#", 1)[0].split()
        if words:
            packages[words[0]] = words[1:]
    return packages


def probe_holds(probe: str) -> bool:
    if probe.startswith("lib:"):
        try:
            ctypes.CDLL(probe.removeprefix("lib:"))
        except OSError:
            return False
        return True
    if probe.startswith("/"):
        return os.path.exists(probe)
    return shutil.which(probe) is not None


def missing_packages(packages: dict[str, list[str]]) -> list[str]:
    return [name for name, probes in packages.items() if not all(map(probe_holds, probes))]


def skipped_line(tests: int, packages: set[str]) -> str:
    """The one line a run ends with when tests were skipped for missing packages."""
    return (
        f"skipped {tests} test(s) needing missing system packages "
        f"({', '.join(sorted(packages))}); install them with: {INSTALL_COMMAND}"
    )


_packages = pytest.StashKey[dict[str, list[str]]]()
_missing = pytest.StashKey[set[str]]()
_skipped = pytest.StashKey[tuple[list[str], set[str]]]()


def pytest_addoption(parser):
    parser.addoption(
        "--system-packages-list",
        default=str(LIST),
        help="the list of system packages the tests need (default: scripts/system-packages.txt)",
    )


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "system_packages(*names): the test needs these Debian packages "
        "(scripts/system-packages.txt); skipped where one is missing",
    )
    packages = read_list(Path(config.getoption("--system-packages-list")))
    config.stash[_packages] = packages
    config.stash[_missing] = set(missing_packages(packages))
    config.stash[_skipped] = ([], set())


def _needed(item) -> list[str]:
    return [name for mark in item.iter_markers("system_packages") for name in mark.args]


def pytest_collection_modifyitems(config, items):
    packages = config.stash[_packages]
    for item in items:
        unknown = [name for name in _needed(item) if name not in packages]
        if unknown:
            listed = config.getoption("--system-packages-list")
            raise pytest.UsageError(f"{item.nodeid}: {', '.join(unknown)} not in {listed}")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    absent = sorted(set(_needed(item)) & item.config.stash[_missing])
    if absent:
        tests, packages = item.config.stash[_skipped]
        tests.append(item.nodeid)
        packages.update(absent)
        pytest.skip(f"needs the system package(s) {', '.join(absent)}: {INSTALL_COMMAND}")


def pytest_terminal_summary(terminalreporter, config):
    tests, packages = config.stash.get(_skipped, ([], set()))
    if tests:
        terminalreporter.write_line(skipped_line(len(tests), packages))
