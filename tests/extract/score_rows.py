"""Shared by stop 42's score probes (test_score_clusters42.py, test_venue_clusters42.py): where a score's k-th
number stands, the figure that covers it, and one extraction per invented text."""
from __future__ import annotations

import re
from typing import Callable

from spacy.language import Language

from newsfigures.extract import extract_figures
from newsfigures.model import Article, Figure

_NUMBER = re.compile(r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b")


def number_at(text: str, anchor: str, k: int) -> int:
    """Where the k-th number written in `anchor` (found once in `text`) starts."""
    assert text.count(anchor) == 1, anchor
    return text.index(anchor) + list(_NUMBER.finditer(anchor))[k].start()


def figure_at(found: list[Figure], at: int) -> Figure | None:
    """The figure whose surface covers offset `at`, or None."""
    return next((f for f in found if f.start <= at < f.end), None)


def figures_reader(nlp: Language, published: str) -> Callable[[str], list[Figure]]:
    """figures(text) -> every figure extracted from `text` (dated `published`), one extraction per text."""
    cache: dict[str, list[Figure]] = {}

    def _figures(text: str) -> list[Figure]:
        if text not in cache:
            art = Article(id="t", text=text, raw_text=text, published=published, source_file="t.txt")
            cache[text] = extract_figures(art, nlp)
        return cache[text]
    return _figures
