"""Following the links of public pages with the test client."""

from __future__ import annotations

import re
from collections import deque
from urllib.parse import urldefrag, urlsplit

HREF = re.compile(r'(?:href|src)="([^"]+)"')


def internal_links(html: str) -> list[str]:
    out = []
    for raw in HREF.findall(html):
        url = urldefrag(raw.replace("&amp;", "&"))[0]
        parts = urlsplit(url)
        if parts.scheme or parts.netloc or not url.startswith("/"):
            continue
        out.append(url)
    return out


def crawl(client, start: str, keep) -> dict[str, object]:
    """Every page reachable from `start` through links for which `keep(url)` holds."""
    seen: dict[str, object] = {}
    queue = deque([start])
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response
        if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            for link in internal_links(response.content.decode()):
                if link not in seen and keep(link):
                    queue.append(link)
    return seen
