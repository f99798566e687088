"""HTML to PDF with WeasyPrint. Fonts are found by fontconfig from the stylesheet's
font-family ("DejaVu Sans", then "Noto Sans"); nothing is fetched from the network."""

from __future__ import annotations

from weasyprint import HTML
from weasyprint.urls import URLFetcher


def pdf_bytes(html: str) -> bytes:
    fetcher = URLFetcher(allowed_protocols=("data",))
    return HTML(string=html, url_fetcher=fetcher).write_pdf()
