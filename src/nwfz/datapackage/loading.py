"""Loading data packages into the database: idempotent and in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, transaction
from django.db.models import ProtectedError

from nwfz.datapackage.checking import CheckedPackages, check_directory
from nwfz.datapackage.problems import PackageError, Problem
from nwfz.datapackage.sections import ApplyStats, Ref, all_sections
from nwfz.paths import BUNDLED_DATA_DIR

Progress = Callable[[str], None]


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    stats: ApplyStats = field(default_factory=ApplyStats)
    conflicts: list[Problem] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "loaded": self.loaded,
            "unchanged": self.unchanged,
            "written": self.stats.written,
            "removed": self.stats.removed,
            "conflicts": [c.as_json() for c in self.conflicts],
        }


def ensure_schema(progress: Progress | None = None) -> bool:
    """Create or migrate the database if needed; True when migrations ran."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if not plan:
        return False
    if progress:
        progress(f"migrating the database ({len(plan)} migrations)")
    call_command("migrate", verbosity=0, interactive=False)
    return True


def known_in_database(exclude_packages: set[str]) -> set[Ref]:
    known: set[Ref] = set()
    for section in all_sections():
        known |= section.existing()
    return known


def _packages_label(names: set[str]) -> str:
    """The loaded packages' names for the audit entry's record id (80 characters at most;
    the entry's `packages` lists them all)."""
    joined = ",".join(sorted(names))
    return joined if len(joined) <= 80 else f"{len(names)} packages"


def load_directory(
    directory: Path = BUNDLED_DATA_DIR, *, force: bool = False, progress: Progress | None = None
) -> LoadReport:
    """Load every package in `directory` whose content changed since it was last loaded."""
    from nwfz.accounts.audit import audit_record
    from nwfz.registry.models import PackageLoad

    ensure_schema(progress)
    checked: CheckedPackages = check_directory(directory, known=known_in_database(set()))
    if checked.errors:
        raise PackageError(checked.errors)
    report = LoadReport(conflicts=checked.conflicts)
    previous = {p.name: p.sha256 for p in PackageLoad.objects.all()}
    changed = {f.name for f in checked.files if force or previous.get(f.name) != f.sha256}
    report.unchanged = sorted({f.name for f in checked.files} - changed)
    if not changed:
        return report
    from nwfz.accounts.records import RecordBatch
    from nwfz.datapackage.package_rows import CURRENT_LOAD

    batch = RecordBatch("loader")
    token = CURRENT_LOAD.set(batch)
    try:
        with transaction.atomic():
            for section in all_sections():
                items = [
                    i for i in checked.items.get(section.name, []) if i.package.name in changed
                ]
                if progress and items:
                    progress(f"{section.name}: {len(items)} rows")
                section.apply(items, changed, report.stats)
            for package in checked.files:
                if package.name in changed:
                    PackageLoad.objects.update_or_create(
                        name=package.name,
                        defaults={"path": str(package.path), "sha256": package.sha256},
                    )
            audit_record(
                acting_user="loader",
                action="package_load",
                object_type="data_package",
                object_id=_packages_label(changed),
                after={
                    "packages": sorted(changed),
                    "written": report.stats.written,
                    "removed": report.stats.removed,
                    "changes": batch.changes,  # one per row: what changed, its sources
                },
            )
    except ProtectedError as exc:
        raise PackageError([Problem(str(directory), 0, "", protected_message(exc))]) from exc
    except DatabaseError as exc:
        raise PackageError(
            [Problem(str(directory), 0, "", f"database refused the load: {exc}")]
        ) from exc
    finally:
        CURRENT_LOAD.reset(token)
    report.loaded = sorted(changed)
    return report


def protected_message(exc: ProtectedError) -> str:
    """Why a load that would delete a record something else links to was refused."""
    holders = sorted({f"{type(o).__name__.lower()} {o}" for o in exc.protected_objects})
    shown = "; ".join(holders[:5]) + (f"; and {len(holders) - 5} more" if len(holders) > 5 else "")
    return (
        "the load would delete a record that other records link to and was refused "
        f"(nothing was loaded): {shown}. Keep the record in the package, or first remove "
        "or re-link what points to it (an accepted intake proposal: reject or edit it)"
    )


def database_is_loaded() -> bool:
    from nwfz.registry.models import PackageLoad

    return PackageLoad.objects.exists()
