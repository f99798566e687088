"""How a section writes its rows: upsert each by its natural key, link it to its sources,
then remove the rows the loaded packages held before and no longer hold.

Rows written in the workbench carry no package name, so `remove_stale` never touches them.
Every row is written through the record service (`accounts.records.record_save`, acting as
the named system user): the permission (load_data) is checked once per load, and the
load's own audit entry describes the rows (`loading.py`).
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from django.db import models

from nwfz.accounts.records import RecordBatch, record_delete, record_save
from nwfz.registry.models import Source


def source_objects(keys: list[str]) -> list[Source]:
    """The sources with these keys, in the order given (the keys are checked beforehand)."""
    found = {s.key: s for s in Source.objects.filter(key__in=keys)}
    return [found[k] for k in keys]


def upsert_sourced(
    model: type[models.Model],
    key: dict[str, Any],
    values: dict[str, Any],
    sources: list[str] | None = None,
    links: dict[str, Any] | None = None,
) -> Any:
    """Update the row with this natural key (or create it), set its `links` to many
    (field → rows) and, unless `sources` is None, its sources to exactly these keys."""
    row = model.objects.filter(**key).first() or model(**key)
    return _write_sourced(row, values, sources, links)


def _write_sourced(
    row: models.Model, values: dict[str, Any], sources: list[str] | None, links: dict | None
) -> Any:
    links = dict(links or {})
    if sources is not None:
        links["sources"] = source_objects(sources)
    return add_row(row, values, links)


def add_row(
    record: models.Model, values: dict[str, Any] | None = None, links: dict | None = None
) -> Any:
    """Write one row of the load (a new row, or `values` on an existing one)."""
    return record_save(
        record=record, values=values, links=links, acting_user="loader", batch=load_batch()
    )


def remove_rows(rows: Any) -> int:
    """Delete these rows of the load (a queryset); returns how many went, cascades included."""
    batch = load_batch()
    return sum(record_delete(record=row, acting_user="loader", batch=batch) for row in rows)


CURRENT_LOAD: ContextVar[RecordBatch | None] = ContextVar("nwfz_current_load", default=None)


def load_batch() -> RecordBatch:
    """The load being applied (one per `load_directory`), or a new one for a lone write."""
    return CURRENT_LOAD.get() or RecordBatch("loader")


class PackageRows:
    """The rows of one table that a section writes from the packages being loaded."""

    def __init__(self, model: type[models.Model]) -> None:
        self.model = model
        self.kept_ids: list[int] = []

    def upsert(
        self,
        key: dict[str, Any],
        values: dict[str, Any],
        sources: list[str] | None = None,
        links: dict[str, Any] | None = None,
    ) -> Any:
        row = upsert_sourced(self.model, key, values, sources, links)
        self.kept_ids.append(row.id)
        return row

    def remove_stale(self, packages: set[str], **within: Any) -> int:
        """Delete the packages' rows (those matching `within`, if given) not written in this
        load; returns how many rows went, cascades included."""
        stale = self.model.objects.filter(package__in=packages, **within)
        return remove_rows(stale.exclude(id__in=self.kept_ids))


class ChildRows(PackageRows):
    """The rows under parent rows (instruments' articles, regimes' links to their
    instruments, events' date alternatives and statements), written by the load through
    the record service like any other row. Each is matched by `key` among its parent's rows
    not yet written in this load (so two equal keys stay two rows, and a reload changes
    nothing); `remove_stale` deletes, in one query, the parents' rows this load did not
    write."""

    def __init__(self, model: type[models.Model], parent: str) -> None:
        super().__init__(model)
        self.parent = parent
        self.parent_ids: list[int] = []
        self.current: models.Model | None = None

    def under(self, parent: models.Model) -> ChildRows:
        """Write the next rows under `parent` (its old rows become stale unless written)."""
        self.current = parent
        self.parent_ids.append(parent.pk)
        return self

    def upsert(
        self,
        key: dict[str, Any],
        values: dict[str, Any],
        sources: list[str] | None = None,
        links: dict[str, Any] | None = None,
    ) -> Any:
        key = {self.parent: self.current, **key}
        mine = self.model.objects.filter(**key).exclude(id__in=self.kept_ids)
        row = mine.order_by("id").first() or self.model(**key)
        row = _write_sourced(row, values, sources, links)
        self.kept_ids.append(row.id)
        return row

    def remove_stale(self, packages: set[str] | None = None, **within: Any) -> int:
        stale = self.model.objects.filter(**{f"{self.parent}__in": self.parent_ids}, **within)
        return remove_rows(stale.exclude(id__in=self.kept_ids))
