"""One list of the system packages the suite needs: `make test` and `.ci/run` install it
through one script; where it cannot be installed the tests that need it skip and say so."""

import os
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.system_packages import LIST, ROOT, probe_holds, read_list

SCRIPT = ROOT / "scripts" / "ensure-system-packages"


def test_the_list_names_every_package_the_suite_needs():
    packages = read_list(LIST)
    assert {"chromium", "poppler-utils", "libpango-1.0-0", "fonts-dejavu-core"} <= set(packages)
    assert packages["poppler-utils"] == ["pdftoppm", "pdffonts", "pdftotext"]
    assert all(packages.values()), "every package needs a probe"


def test_make_test_and_ci_both_run_the_one_script():
    makefile = (ROOT / "Makefile").read_text()
    test_recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "scripts/ensure-system-packages" in test_recipe
    ci = (ROOT / ".ci" / "run").read_text()
    assert "scripts/ensure-system-packages" in ci
    assert "apt-get" not in ci, ".ci/run installs nothing that make test does not"
    assert not (ROOT / "scripts" / "ensure-chromium").exists()


def test_probes_find_commands_files_and_libraries():
    assert probe_holds("sh") and not probe_holds("nwfz-no-such-command")
    assert probe_holds("/bin/sh") and not probe_holds("/nonexistent/tool")
    assert probe_holds("lib:libc.so.6") and not probe_holds("lib:libnwfz-nothing.so.9")


def test_script_check_lists_only_what_is_missing(tmp_path):
    listed = tmp_path / "packages.txt"
    listed.write_text(
        "# comment line\npresent-tool sh /bin/sh\nabsent-tool sh /nonexistent/tool\n"
        "absent-lib lib:libnwfz-nothing.so.9\nlibc6 lib:libc.so.6\n"
    )
    out = subprocess.run(
        [SCRIPT, "--check", "--list", listed], capture_output=True, text=True, check=False
    )
    assert out.returncode == 1
    assert out.stdout.strip() == "missing: absent-tool absent-lib"
    listed.write_text("present-tool sh\n")
    out = subprocess.run([SCRIPT, "--check", "--list", listed], capture_output=True, check=False)
    assert out.returncode == 0 and out.stdout == b""


@pytest.mark.skipif(os.geteuid() != 0, reason="runs the script as another user (needs root)")
def test_script_without_root_installs_nothing_and_says_so():
    with tempfile.TemporaryDirectory() as folder:  # readable by the other user
        Path(folder).chmod(0o755)
        listed = Path(folder) / "packages.txt"
        listed.write_text("absent-tool /nonexistent/tool\n")
        listed.chmod(0o644)
        _as_nobody(f"{SCRIPT} --list {listed}")


def _as_nobody(command: str) -> None:
    out = subprocess.run(
        ["su", "nobody", "-s", "/bin/sh", "-c", command], capture_output=True, text=True
    )
    assert out.returncode == 0, "a missing package is never an error"
    assert "missing absent-tool" in out.stderr and "as root" in out.stderr
    quiet = subprocess.run(
        ["su", "nobody", "-s", "/bin/sh", "-c", command + " --quiet"], capture_output=True
    )
    assert quiet.returncode == 0 and quiet.stderr == b""


def test_a_test_needing_a_missing_package_is_skipped_with_one_summary_line(pytester):
    listed = pytester.path / "packages.txt"
    listed.write_text("absent-tool /nonexistent/tool\npresent-tool sh\n")
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.system_packages("absent-tool")
        def test_needs_absent():
            raise AssertionError("must not run")

        @pytest.mark.system_packages("absent-tool", "present-tool")
        def test_needs_both():
            raise AssertionError("must not run")

        @pytest.mark.system_packages("present-tool")
        def test_needs_present():
            pass
        """
    )
    result = pytester.runpytest(
        "-p", "no:django", "-p", "tests.system_packages", "-rs",
        f"--system-packages-list={listed}",
    )  # fmt: skip
    result.assert_outcomes(passed=1, skipped=2)
    result.stdout.fnmatch_lines(["*needs the system package(s) absent-tool*"])
    summary = [line for line in result.outlines if line.startswith("skipped 2 test(s)")]
    assert summary == [
        "skipped 2 test(s) needing missing system packages (absent-tool); "
        "install them with: scripts/ensure-system-packages (as root, with apt)"
    ]


def test_an_unlisted_package_in_a_marker_is_a_usage_error(pytester):
    listed = pytester.path / "packages.txt"
    listed.write_text("present-tool sh\n")
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.system_packages("typo-tool")
        def test_x():
            pass
        """
    )
    result = pytester.runpytest(
        "-p", "no:django", "-p", "tests.system_packages", f"--system-packages-list={listed}"
    )
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*typo-tool not in*"])


def test_every_marked_package_is_in_the_list():
    listed = set(read_list(LIST))
    marked = set()
    for path in Path(ROOT / "tests").rglob("*.py"):
        text = path.read_text()
        for chunk in text.split("system_packages(")[1:]:
            marked |= {
                word.strip().strip("\"'") for word in chunk.split(")", 1)[0].split(",") if word
            }
    marked = {m for m in marked if m and not m.startswith(("*", "absent", "present", "typo"))}
    assert marked and marked <= listed, marked - listed


def test_every_browser_test_module_needs_chromium():
    """A browser test without the mark errors (instead of skipping) where Chromium is absent."""
    e2e = Path(__file__).parent / "e2e"
    unmarked = [
        path.name
        for path in sorted(e2e.glob("test_*.py"))
        if 'system_packages("chromium")' not in path.read_text()
    ]
    assert unmarked == []
