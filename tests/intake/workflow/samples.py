"""Shared samples for the intake storage and review tests (the seed item, the
same story re-worded by another outlet, bad files)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

CORPUS = Path(__file__).parent.parent / "corpus"
SEED_TEXT: str = yaml.safe_load((CORPUS / "ru-00-seed.yaml").read_text(encoding="utf-8"))["text"]
SEED_PUBLISHED = date(2026, 1, 31)
OTHER_STORY: str = yaml.safe_load(
    (CORPUS / "ru-02-dushanbe-2023.yaml").read_text(encoding="utf-8")
)["text"]

# the seed as another outlet re-wrote it: a few words changed, the story the same
REWORDED = (
    ("Казахстан вновь оказался", "Казахстан снова оказался"),
    ("передает DKNews.kz", "сообщает Kazinform"),
    ("Что произошло и почему это важно", "Главное о встрече"),
    ("Юбилей с особым смыслом", "Особый юбилей"),
    ("Почему это снова про Казахстан", "Роль Казахстана"),
)
SEED_REWORDED = SEED_TEXT
for old, new in REWORDED:
    assert old in SEED_REWORDED, old
    SEED_REWORDED = SEED_REWORDED.replace(old, new)

SCRIPT_HTML = """<!doctype html><html><head><title>Встреча &lt;b&gt;ЦАЗСЯО&lt;/b&gt;</title>
<meta property="article:published_time" content="2026-01-30T10:00:00+05:00">
<script>alert("head")</script></head><body>
<article><p>Представители МИД приняли участие в ежегодной консультативной встрече стран-участниц
Договора о зоне, свободной от ядерного оружия в Центральной Азии.</p>
<p>Подпись к фото: &lt;script&gt;alert("text")&lt;/script&gt;</p>
<script>document.write("body")</script></article></body></html>
"""


def proposal_of(item, record_type: str, **match):
    for proposal in item.proposals.order_by("position"):
        if proposal.type == record_type and all(
            proposal.fields.get(k) == v for k, v in match.items()
        ):
            return proposal
    raise AssertionError(f"no {record_type} {match} in item {item.id}")
