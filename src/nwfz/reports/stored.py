"""Rendered annual reports kept on disk per data version, so a second download of the
same report (same regime, year, language, format and data) is instant.

A PDF of a busy year takes seconds to lay out (WeasyPrint); the data changes rarely. The
file name carries the data version (the newest audit entry), so any write makes a new one;
older files of the same report are removed when a new one is written.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings

from nwfz.read_cache import data_version
from nwfz.registry.models import Regime
from nwfz.registry.selectors import copies_by_url, state_names
from nwfz.reports import reads
from nwfz.reports.annual import render_annual_report


def _store() -> Path:
    path = Path(settings.DATA_DIR) / "reports"
    path.mkdir(parents=True, exist_ok=True)
    return path


@cache
def renderer_fingerprint() -> str:
    """A hash of the report code and templates: a new nwfz renders anew."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".html", ".css"}:
            digest.update(path.read_bytes())
    return digest.hexdigest()


def annual_report(regime: Regime, year: int, *, lang: str, fmt: str) -> bytes:
    """The rendered report, from the store when the data has not changed since."""
    version = hashlib.sha256((data_version() + renderer_fingerprint()).encode()).hexdigest()[:16]
    stem = f"{regime.slug}-{year}-{lang}"
    target = _store() / f"{stem}-{version}.{fmt}"
    if target.exists():
        return target.read_bytes()
    record = reads.year_record(regime, year, lang)
    copies = {url: c.publisher for url, c in copies_by_url().items()}
    body = render_annual_report(
        record, lang=lang, fmt=fmt, state_names=state_names(lang), copies=copies
    )
    for old in _store().glob(f"{stem}-*.{fmt}"):
        old.unlink(missing_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    partial.write_bytes(body)
    partial.replace(target)
    return body
