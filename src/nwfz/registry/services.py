"""Writes to the registry. Each service runs in one transaction and leaves an audit entry."""

from __future__ import annotations

import hashlib
from typing import Any

from django.db import transaction

from nwfz.accounts.audit import audit_record
from nwfz.languages import language_codes, one_of
from nwfz.registry.models import Article, ArticleText, Instrument
from nwfz.registry.text_import import ArticleChunk


class ImportRefused(ValueError):
    pass


def article_texts_import(
    *,
    instrument: Instrument,
    language: str,
    chunks: list[ArticleChunk],
    filename: str,
    acting_user: Any,
) -> dict[str, list[str]]:
    """Store an official text, article by article. Articles the registry lacks are created."""
    if language not in language_codes():
        raise ImportRefused(f"language {language!r} is not one of {one_of()}")
    numbered = [c for c in chunks if c.number != "preamble"]
    if not numbered:
        raise ImportRefused(
            f"{filename}: no article headings found (expected lines such as 'Article 1', "
            "'Статья 1' or '1-бап')"
        )
    seen: set[str] = set()
    for chunk in numbered:
        if chunk.number in seen:
            raise ImportRefused(f"{filename}: article {chunk.number} appears twice")
        seen.add(chunk.number)
    report: dict[str, list[str]] = {"stored": [], "created": []}
    with transaction.atomic():
        existing = {a.number: a for a in instrument.articles.all()}
        next_position = max((a.position for a in existing.values()), default=-1) + 1
        for chunk in chunks:
            article = existing.get(chunk.number)
            if article is None:
                article = Article.objects.create(
                    instrument=instrument,
                    number=chunk.number,
                    position=-1 if chunk.number == "preamble" else next_position,
                    **{f"title_{language}": chunk.heading[:300]},
                )
                next_position += 1
                report["created"].append(chunk.number)
            ArticleText.objects.update_or_create(
                article=article,
                language=language,
                defaults={
                    "heading": chunk.heading[:500],
                    "text": chunk.text,
                    "imported_from": filename[:500],
                    "sha256": hashlib.sha256(chunk.text.encode()).hexdigest(),
                },
            )
            report["stored"].append(chunk.number)
        audit_record(
            acting_user=acting_user,
            action="official_text_import",
            object_type="instrument",
            object_id=instrument.slug,
            after={"language": language, "file": filename, **report},
        )
    return report
