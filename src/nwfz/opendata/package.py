"""The public record as a Frictionless Data Package: `datapackage.json` (one tabular
resource per table, each with its Table Schema) beside one CSV file per table; the same
tables as JSON, and the whole package as one zip file.

In CSV a column holding several values (sources, participants) separates them by spaces;
in JSON it is a list, as in the API's and the CLI's JSON (`sources`: a list of URLs).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.translation import override

from nwfz.opendata.tables import TABLES, Table
from nwfz.read_cache import current_version

PACKAGE_NAME = "nwfz-public-record"
ZIP_NAME = "nwfz-public-record.zip"
DESCRIPTIONS = {
    "ref": "the record's key (or its number when it has none)",
    "sources": "URLs of the sources the row rests on, separated by spaces",
}


def table_csv(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=table.column_names, lineterminator="\r\n")
    writer.writeheader()
    for row in table.rows():
        writer.writerow({k: _csv_value(v) for k, v in row.items()})
    return out.getvalue().encode("utf-8")


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def table_json(table: Table) -> bytes:
    multiple = {c.name for c in table.columns if c.multiple}
    rows = [
        {k: (v.split() if k in multiple else (v if v != "" else None)) for k, v in row.items()}
        for row in table.rows()
    ]
    with override("en"):
        body = {"name": table.name, "title": str(table.title), "rows": rows}
    return json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")


def schema(table: Table) -> dict[str, Any]:
    fields = []
    for c in table.columns:
        field: dict[str, Any] = {"name": c.name, "type": c.type}
        if c.name in DESCRIPTIONS:
            field["description"] = DESCRIPTIONS[c.name]
        elif c.multiple:
            field["description"] = "several values separated by spaces"
        if c.name in table.primary_key:
            field["constraints"] = {"required": True}
        fields.append(field)
    out: dict[str, Any] = {"fields": fields, "primaryKey": table.primary_key}
    if table.foreign_keys:
        out["foreignKeys"] = [
            {"fields": col, "reference": {"resource": ref_table, "fields": ref_col}}
            for col, ref_table, ref_col in table.foreign_keys
        ]
    return out


def descriptor() -> dict[str, Any]:
    version = current_version()
    with override("en"):
        resources = [
            {
                "name": t.name,
                "title": str(t.title),
                "path": f"{t.name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema(t),
            }
            for t in TABLES
        ]
    return {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": "nwfz: the public record of nuclear-weapon-free-zone treaty regimes",
        "description": (
            "Regimes, instruments, states' participation events, chair terms, meetings, "
            "decisions, action items, events, fora and their sources, as published by nwfz. "
            "Every row cites the URLs of its sources."
        ),
        "version": version.key,
        "created": (version.at or timezone.now()).isoformat().replace("+00:00", "Z"),
        "homepage": settings.NWFZ_PUBLIC_URL + "/en/data/",
        "resources": resources,
    }


def descriptor_json() -> bytes:
    return json.dumps(descriptor(), ensure_ascii=False, indent=2).encode("utf-8")


def write_package(directory: Path) -> list[Path]:
    """Write datapackage.json and one CSV per table into `directory`; returns the files."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = directory / f"{table.name}.csv"
        path.write_bytes(table_csv(table))
        written.append(path)
    path = directory / "datapackage.json"
    path.write_bytes(descriptor_json())
    written.append(path)
    return written


def package_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("datapackage.json", descriptor_json())
        for table in TABLES:
            z.writestr(f"{table.name}.csv", table_csv(table))
    return out.getvalue()
