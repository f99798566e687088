"""`nwfz export site DIR`: the public portal as static files.

The export crawls the portal through Django's test client, from the home page of each
language, following every internal link and stylesheet; it writes each answer to the file
a static web server would serve for its path (`/en/regimes/canwfz/` becomes
`en/regimes/canwfz/index.html`). Pages are rendered for a static copy (no date form, no
link to the live API). Only the portal's public pages, the open data, the calendars, the
annual reports and the feeds are followed: never the intake desk, the admin or the API.
"""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

from django.conf import settings
from django.test import Client

from nwfz.web.context import STATIC_EXPORT

LINK = re.compile(r'(?:href|src)="([^"]+)"')
NOT_PUBLIC = ("/admin/", "/api/", "/i18n/")


def is_public_path(path: str) -> bool:
    """Worth asking for: not the admin, the API or a form's target (the export links to
    the live API instead), nor a query (a static server cannot answer one)."""
    return not path.startswith(NOT_PUBLIC) and "?" not in path


def is_public_answer(path: str, response) -> bool:
    """Anyone may see it: a page the portal marks public (`public_page`, which asks
    `can()`), or a static file. Anything else (the intake desk, the workbench, a sign-in
    page) is not written."""
    return getattr(response, "nwfz_public", False) or path.startswith(settings.STATIC_URL)


def file_for(path: str) -> str:
    """The file a static server answers `path` with."""
    path = path.lstrip("/")
    return path + "index.html" if path == "" or path.endswith("/") else path


def links(body: str) -> list[str]:
    out = []
    for raw in LINK.findall(body):
        url = urldefrag(raw.replace("&amp;", "&"))[0]
        parts = urlsplit(url)
        if url.startswith("/") and not parts.netloc and not parts.scheme:
            out.append(url)
    return out


def export_site(directory: Path, progress=None) -> list[str]:
    """Write the public portal to `directory`; returns the paths written."""
    host = urlsplit(settings.NWFZ_PUBLIC_URL).netloc or "localhost"
    client = Client(HTTP_HOST=host, **{STATIC_EXPORT: "1"})
    starts = [f"/{code}/" for code, _ in settings.LANGUAGES] + ["/data/datapackage.json"]
    queue, seen, written = deque(starts), set(starts), []
    while queue:
        path = queue.popleft()
        response = client.get(path)
        if response.status_code in (301, 302, 403) or (
            response.status_code == 200 and not is_public_answer(path, response)
        ):
            continue  # not public: left out, and not followed
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
        body = b"".join(response) if response.streaming else response.content
        target = directory / file_for(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        written.append(path)
        if progress and len(written) % 50 == 0:
            progress(f"{len(written)} files")
        if response.get("Content-Type", "").startswith("text/html"):
            for link in links(body.decode()):
                if link not in seen and is_public_path(link):
                    seen.add(link)
                    queue.append(link)
    (directory / "index.html").write_text(
        '<!DOCTYPE html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=en/">'
        '<title>nwfz</title><a href="en/">nwfz</a>\n'
    )
    return written
