"""Reading package files: YAML parsed into Python values, with a map back to line numbers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from nwfz.datapackage.problems import Problem


class PackageLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so that our own parser reports bad ones."""


PackageLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class PackageFile:
    path: Path
    display: str  # path as shown in messages
    name: str  # the package name (`package:` key)
    data: dict[str, Any]
    root: yaml.Node
    sha256: str

    def line_of(self, loc: tuple[Any, ...]) -> int:
        """1-based line of the value at `loc` (keys and list indexes), or its nearest parent."""
        node = self.root
        line = node.start_mark.line + 1
        for step in loc:
            child = None
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if key_node.value == str(step):
                        child = value_node
                        line = key_node.start_mark.line + 1
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
                if 0 <= step < len(node.value):
                    child = node.value[step]
                    line = child.start_mark.line + 1
            if child is None:
                break
            node = child
        return line


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def package_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.is_file())


def read_package(path: Path) -> tuple[PackageFile | None, list[Problem]]:
    shown = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, 0, "", f"cannot read the file: {exc.strerror}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [Problem(shown, 0, "", f"not UTF-8 text (byte {exc.start}); save it as UTF-8")]
    try:
        root = yaml.compose(text, Loader=PackageLoader)
        data = yaml.load(text, Loader=PackageLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else 0
        return None, [Problem(shown, line, "", f"invalid YAML: {exc.problem}")]
    if root is None or not isinstance(data, dict):
        return None, [Problem(shown, 1, "", "a package must be a mapping with a `package:` key")]
    name = data.get("package")
    if not isinstance(name, str) or not name.strip():
        return None, [Problem(shown, 1, "package", "missing: every file needs `package: <name>`")]
    digest = hashlib.sha256(raw).hexdigest()
    return PackageFile(path, shown, name, data, root, digest), []
