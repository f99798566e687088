"""One copy of each helper: copies had drifted apart (issue 8, section 6). Each test fails
when a second copy of a piece of logic reappears in the source."""

from __future__ import annotations

import ast
from pathlib import Path

from django.conf import settings

import nwfz
from nwfz.registry.languages import LANGUAGE_CODES

ROOT = Path(nwfz.__file__).parent


def modules():
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" not in path.parts:
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_languages_are_listed_once():
    """settings.LANGUAGES (and the text columns' suffixes) are the only lists of en, ru, kk;
    everything else asks nwfz.languages."""
    assert [code for code, _name in settings.LANGUAGES] == list(LANGUAGE_CODES)
    allowed = {"registry/languages.py", "intake/extract/language.py"}  # columns; what is read
    found = []
    for name, tree in modules():
        for node in ast.walk(tree):
            literal = isinstance(node, (ast.Tuple, ast.List, ast.Set)) and {
                getattr(e, "value", None) for e in node.elts
            } == {"en", "ru", "kk"}
            pattern = isinstance(node, ast.Constant) and "en|ru|kk" in str(node.value)
            if (literal or pattern) and name not in allowed:
                found.append(f"{name}:{node.lineno}")
    assert not found


def _calls(tree, name: str):
    return [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and getattr(n.func, "id", getattr(n.func, "attr", "")) == name
    ]


def _defs(name: str) -> list[str]:
    return [
        f"{module}:{node.name}"
        for module, tree in modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name == name
    ]


def test_the_pages_language_is_read_in_one_place():
    users = [module for module, tree in modules() if _calls(tree, "get_language")]
    assert users == ["languages.py"]


def test_one_state_name_map():
    """A map of state codes to names is built by registry.selectors.state_names only."""
    found = []
    for module, tree in modules():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.DictComp)
                and isinstance(node.key, ast.Attribute)
                and node.key.attr == "code"
                and _calls(node.value, "localized")
            ):
                found.append(module)
    assert found == ["registry/selectors.py"]
    assert _defs("state_names") == ["registry/selectors.py:state_names"]


def test_one_data_version():
    assert _defs("data_version") == ["read_cache.py:data_version"]
    assert _defs("current_version") == ["read_cache.py:current_version"]


def test_one_partial_date_formatter():
    """A date cut to its precision ("2007", "2007-04") is written by registry.dates only."""
    found = []
    for module, tree in modules():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Subscript)
                and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "attr", "") == "isoformat"
            ):
                found.append(f"{module}:{node.lineno}")
    assert not found
    assert _defs("partial_date") == ["registry/dates.py:partial_date"]


def test_one_request_date_parser():
    """`?on=` is read (and bounded) by web.views.on_date only."""
    found = []
    for module, tree in modules():
        for call in _calls(tree, "get"):
            if call.args and getattr(call.args[0], "value", None) == "on":
                found.append(module)
    assert found == ["web/views.py"]


def test_no_optional_import_scaffolding():
    """Every module of nwfz is installed with it: nothing is imported 'if present'."""
    found = []
    for module, tree in modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ExceptHandler) and getattr(node.type, "id", "") in {
                "ImportError",
                "ModuleNotFoundError",
            }:
                found.append(f"{module}:{node.lineno}")
    assert not found


def _top_level_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            names += [node.target.id] if isinstance(node.target, ast.Name) else []
    return names


def test_no_module_defines_a_name_twice():
    """A second top-level definition of a name silently replaces the first (a rule helper in
    meetings.py and a list of strict xfails in a test suite had done so): every module of the
    package, the tests and the benchmarks defines each top-level name once."""
    tests = Path(__file__).resolve().parent
    paths = [*ROOT.rglob("*.py"), *tests.rglob("*.py"), *(tests.parent / "bench").rglob("*.py")]
    twice = []
    for path in sorted(paths):
        if "migrations" in path.parts:
            continue
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        twice += [f"{path.name}: {n}" for n in sorted(set(names)) if names.count(n) > 1]
    assert twice == []
