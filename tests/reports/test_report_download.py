"""The annual report from the portal: /reports/<slug>/<year>.<fmt>, kept per data version."""

import pytest

from tests.reports.pdf_tools import NEEDS_PANGO

pytestmark = pytest.mark.django_db


@NEEDS_PANGO
def test_pdf_download_is_a_pdf_and_a_second_one_comes_from_the_store(client, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    response = client.get("/reports/canwfz/2024.pdf?lang=kk")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    stored = list((tmp_path / "reports").glob("canwfz-2024-kk-*.pdf"))
    assert len(stored) == 1
    stored[0].write_bytes(b"%PDF-from-the-store")
    assert client.get("/reports/canwfz/2024.pdf?lang=kk").content == b"%PDF-from-the-store"


def test_a_write_makes_a_new_report(client, settings, tmp_path):
    from django.db import transaction

    from nwfz.accounts.audit import audit_record

    settings.DATA_DIR = tmp_path
    first = client.get("/reports/canwfz/2024.html").content
    with transaction.atomic():
        audit_record(acting_user="test", action="touch", object_type="test")
    client.get("/reports/canwfz/2024.html")
    assert len(list((tmp_path / "reports").glob("canwfz-2024-en-*.html"))) == 1
    assert b"Turkmenistan" in first


def test_docx_is_an_attachment(client, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    response = client.get("/reports/canwfz/2022.docx?lang=ru")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response.content[:2] == b"PK"


@pytest.mark.parametrize(
    "url, status",
    [
        ("/reports/nowhere/2024.pdf", 404),
        ("/reports/canwfz/2024.odt", 404),
        ("/reports/canwfz/1066.pdf", 404),
        ("/reports/canwfz/2024.pdf?lang=fr", 400),
    ],
)
def test_bad_report_requests(client, url, status):
    assert client.get(url).status_code == status
