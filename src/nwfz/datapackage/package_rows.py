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
