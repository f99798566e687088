"""Where nwfz logs: stderr always, and a file under the data directory when
`NWFZ_LOG_FILE` names one (docs/settings.md).

Every request gets an id (`nwfz.middleware.RequestId`; a sane `X-Request-ID` from a proxy is
kept, otherwise a new one) that each log line carries and the response repeats in its
`X-Request-ID` header. Django logs one line per request error: a warning for a 4xx, an error
with the traceback for a 5xx.
"""

from __future__ import annotations

import contextvars
import logging
from pathlib import Path
from typing import Any

current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar(
    "nwfz_request_id", default="-"
)

FORMAT = "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"


class RequestIdFilter(logging.Filter):
    """Puts the id of the request being answered on each record ("-" outside requests).
    Django logs a request's error after the middleware has returned, with the request on
    the record, so the id is read from there first."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "request_id", None) or current_request_id.get()
        return True


def log_file_path(data_dir: Path, setting: str) -> Path | None:
    """The log file for `NWFZ_LOG_FILE`: empty means none; a relative name is under the
    data directory."""
    setting = setting.strip()
    if not setting:
        return None
    path = Path(setting).expanduser()
    return path if path.is_absolute() else data_dir / path


def logging_config(*, level: str = "INFO", log_file: Path | None = None) -> dict[str, Any]:
    """The LOGGING setting (logging.config.dictConfig)."""
    handlers: dict[str, dict[str, Any]] = {
        "stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": "line",
            "filters": ["request_id"],
        }
    }
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers["file"] = {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": str(log_file),
            "maxBytes": 10 * 1024 * 1024,
            "backupCount": 5,
            "encoding": "utf-8",
            "formatter": "line",
            "filters": ["request_id"],
        }
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": RequestIdFilter}},
        "formatters": {"line": {"format": FORMAT}},
        "handlers": handlers,
        "loggers": {
            "django": {"handlers": list(handlers), "level": "INFO", "propagate": False},
            "django.request": {"handlers": list(handlers), "level": "WARNING", "propagate": False},
            "django.security": {"handlers": list(handlers), "level": "WARNING", "propagate": False},
            "nwfz": {"handlers": list(handlers), "level": level, "propagate": False},
        },
    }
