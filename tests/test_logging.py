"""Errors are logged: one line per request error with the request's id, the traceback for a
5xx; to stderr, and to a file under the data directory when NWFZ_LOG_FILE names one."""

import logging.config
import re

import pytest
from django.conf import settings as django_settings
from django.test import Client

from nwfz.logs import log_file_path, logging_config

pytestmark = pytest.mark.django_db


@pytest.fixture
def log_as_a_server(tmp_path):
    """Set up the project's logging as a server runs it, with a file in tmp_path; call it in
    the test (so stderr is the captured one), the test's settings come back afterwards."""

    def configure():
        log_file = log_file_path(tmp_path, "logs/nwfz.log")
        logging.config.dictConfig(logging_config(log_file=log_file))
        return log_file

    yield configure
    logging.config.dictConfig(django_settings.LOGGING)


def test_the_log_file_is_under_the_data_directory_unless_absolute(tmp_path):
    assert log_file_path(tmp_path, "") is None
    assert log_file_path(tmp_path, "nwfz.log") == tmp_path / "nwfz.log"
    assert log_file_path(tmp_path, "/var/log/nwfz.log").as_posix() == "/var/log/nwfz.log"


def test_a_server_error_is_logged_with_its_request_id_and_traceback(
    log_as_a_server, monkeypatch, capsys
):
    logged_to = log_as_a_server()
    from nwfz import read_cache
    from nwfz.registry import selectors

    def broken(*args, **kwargs):
        raise RuntimeError("the status rules broke")

    read_cache.clear()
    monkeypatch.setattr(selectors, "status_table", broken)
    client = Client(raise_request_exception=False)
    response = client.get("/api/instruments/canwfz/status?on=2011-01-01")
    assert response.status_code == 500
    request_id = response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{16}", request_id)
    for text in (logged_to.read_text(), capsys.readouterr().err):
        line = next(x for x in text.splitlines() if f"[{request_id}]" in x)
        assert "ERROR" in line and "Internal Server Error: /api/instruments/canwfz/status" in line
        assert "Traceback (most recent call last)" in text
        assert "RuntimeError: the status rules broke" in text


def test_a_client_error_is_one_line_with_the_id_a_proxy_gave(log_as_a_server, capsys):
    logged_to = log_as_a_server()
    response = Client().get("/api/regimes/atlantis", HTTP_X_REQUEST_ID="proxy-42")
    assert response.status_code == 404 and response["X-Request-ID"] == "proxy-42"
    lines = [x for x in logged_to.read_text().splitlines() if "[proxy-42]" in x]
    assert (
        len(lines) == 1 and "WARNING" in lines[0] and "Not Found: /api/regimes/atlantis" in lines[0]
    )
    assert "Traceback" not in logged_to.read_text()
    assert "[proxy-42]" in capsys.readouterr().err


def test_an_unusable_request_id_from_outside_is_replaced(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="bad id\nwith a newline")
    assert re.fullmatch(r"[0-9a-f]{16}", response["X-Request-ID"])


def test_logging_is_configured_for_stderr_by_default():
    handlers = django_settings.LOGGING["handlers"]
    assert handlers["stderr"]["stream"] == "ext://sys.stderr"
    assert "django.request" in django_settings.LOGGING["loggers"]
