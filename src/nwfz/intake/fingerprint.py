"""Recognising the same story told twice: normalised text, word shingles, Jaccard similarity.

Plain functions over strings (no database). Two outlets re-wording a press release in a few
places share most of their word 5-shingles; unrelated items share almost none.
"""

from __future__ import annotations

import hashlib
import re

from nwfz.intake.extract.hygiene import clean

SHINGLE_WORDS = 5
WORD = re.compile(r"\w+", re.UNICODE)


def normalised_words(text: str) -> list[str]:
    """Lowercase words of letters and digits only (punctuation and markup spacing dropped;
    hidden characters such as soft hyphens and zero-width joiners read through)."""
    text = clean(text).reading.text
    return [w.replace("_", "") for w in WORD.findall(text.lower().replace("ё", "е")) if w != "_"]


def text_fingerprint(text: str) -> str:
    """The sha256 of the normalised text: equal for the same words in any layout."""
    return hashlib.sha256(" ".join(normalised_words(text)).encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = normalised_words(text)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def most_similar(
    text: str, candidates: list[tuple[int, str]], threshold: float
) -> tuple[int, float] | None:
    """The (id, similarity) of the candidate text most like `text`, if at or above the
    threshold; candidates are (id, text) pairs."""
    mine = shingles(text)
    best: tuple[int, float] | None = None
    for candidate_id, candidate_text in candidates:
        score = jaccard(mine, shingles(candidate_text))
        if score >= threshold and (best is None or score > best[1]):
            best = (candidate_id, score)
    return best
