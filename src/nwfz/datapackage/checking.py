"""Validating a set of data packages: schema, references across files, conflicts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from nwfz.datapackage.problems import Problem
from nwfz.datapackage.reading import PackageFile, package_files, read_package
from nwfz.datapackage.sections import Item, Ref, Section, all_sections


@dataclass
class CheckedPackages:
    files: list[PackageFile] = field(default_factory=list)
    items: dict[str, list[Item]] = field(default_factory=dict)  # section name -> items
    problems: list[Problem] = field(default_factory=list)
    invalid_keys: set = field(default_factory=set)  # keys of items that failed validation

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def conflicts(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "conflict"]


def _field_path(loc: Iterable) -> str:
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _problem(item_or_file: Item | PackageFile, loc: tuple, message: str, severity="error"):
    package = item_or_file.package if isinstance(item_or_file, Item) else item_or_file
    return Problem(package.display, package.line_of(loc), _field_path(loc), message, severity)


def _schema_items(section: Section, package: PackageFile, out: CheckedPackages) -> None:
    raw = package.data.get(section.name)
    if raw is None:
        return
    if section.keyed:
        if not isinstance(raw, dict):
            out.problems.append(
                _problem(package, (section.name,), "must be a mapping of id: {...}")
            )
            return
        entries = [
            ((section.name, key), {"key": key, **(value or {})})
            for key, value in raw.items()
            if isinstance(value, dict) or value is None
        ]
        for key, value in raw.items():
            if not (isinstance(value, dict) or value is None):
                out.problems.append(_problem(package, (section.name, key), "must be a mapping"))
    else:
        if not isinstance(raw, list):
            out.problems.append(_problem(package, (section.name,), "must be a list"))
            return
        entries = [((section.name, i), value) for i, value in enumerate(raw)]
    for loc, value in entries:
        try:
            model = section.schema.model_validate(value)
        except ValidationError as exc:
            out.invalid_keys |= set(section.raw_defines(value))
            for err in exc.errors():
                err_loc = tuple(err["loc"])
                if section.keyed and err_loc[:1] == ("key",):
                    err_loc = ()
                message = err["msg"].removeprefix("Value error, ")
                if (
                    err["type"] == "extra_forbidden"
                    and err.get("input") is None
                    and " " in str(err_loc[-1] if err_loc else "")
                ):
                    message = (
                        "stray text: a comma inside {...} splits the value; "
                        "put the whole text in quotes"
                    )
                elif err["type"] == "extra_forbidden":
                    message = "unknown field (check the spelling; see docs/data-format.md)"
                elif err["type"] == "missing":
                    message = "required field is missing"
                out.problems.append(_problem(package, loc + err_loc, message))
            continue
        out.items.setdefault(section.name, []).append(Item(package, loc, model))


def check_files(
    files: list[PackageFile],
    *,
    known: set[Ref] | None = None,
    sections: list[Section] | None = None,
) -> CheckedPackages:
    """Validate packages already read. `known` holds keys defined outside these files."""
    sections = sections or all_sections()
    out = CheckedPackages(files=files)
    by_name: dict[str, PackageFile] = {}
    section_names = {s.name for s in sections} | {"package", "description"}
    for package in files:
        if package.name in by_name:
            first = by_name[package.name]
            out.problems.append(
                _problem(
                    package,
                    ("package",),
                    f"package {package.name!r} is also defined in {first.display}",
                )
            )
        by_name[package.name] = package
        for key in package.data:
            if key not in section_names:
                out.problems.append(
                    _problem(
                        package,
                        (key,),
                        f"unknown section (expected one of: {', '.join(sorted(section_names))})",
                    )
                )
        for section in sections:
            _schema_items(section, package, out)

    defined: dict[Ref, Item] = {}
    for section in sections:
        for item in out.items.get(section.name, []):
            for ref in section.defines(item):
                if ref in defined:
                    first = defined[ref]
                    out.problems.append(
                        _problem(
                            item,
                            item.loc,
                            f"{ref[0]} {ref[1]!r} is defined twice (also at "
                            f"{first.package.display}:{first.line})",
                        )
                    )
                else:
                    defined[ref] = item
    resolvable = set(defined) | (known or set()) | out.invalid_keys
    for section in sections:
        items = out.items.get(section.name, [])
        for item in items:
            for ref in section.references(item):
                if (ref.kind, ref.key) not in resolvable:
                    out.problems.append(
                        _problem(
                            item,
                            item.loc + ref.loc,
                            f"unknown {ref.kind} {ref.key!r} (not defined in any package)",
                        )
                    )
            for loc, message in section.conflicts(item):
                out.problems.append(_problem(item, item.loc + loc, message, "conflict"))
        for item, loc, message in section.validate(items, resolvable):
            out.problems.append(_problem(item, item.loc + loc, message))
    out.problems.sort(key=lambda p: (p.severity != "error", p.path, p.line))
    return out


def read_directory(directory: Path) -> tuple[list[PackageFile], list[Problem]]:
    files: list[PackageFile] = []
    problems: list[Problem] = []
    if not directory.is_dir():
        return [], [Problem(str(directory), 0, "", "no such directory")]
    paths = package_files(directory)
    if not paths:
        return [], [Problem(str(directory), 0, "", "no *.yaml data packages in this directory")]
    for path in paths:
        package, found = read_package(path)
        problems.extend(found)
        if package is not None:
            files.append(package)
    return files, problems


def check_directory(directory: Path, *, known: set[Ref] | None = None) -> CheckedPackages:
    files, problems = read_directory(directory)
    checked = check_files(files, known=known)
    checked.problems = sorted(
        problems + checked.problems, key=lambda p: (p.severity != "error", p.path, p.line)
    )
    return checked
