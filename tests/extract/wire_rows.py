"""Shared by the invented wire-article probes (test_wire_articles42.py, 44, 59): one pytest row per
(article, figure, field), the extracted figure a label names, and whether one field agrees with it by the
evaluation's rules (measure_rules, attributes)."""
from __future__ import annotations

import re
from typing import Callable

import pytest
from spacy.language import Language

from conftest import gap
from newsfigures.eval.attributes import norm_unit
from newsfigures.eval.measure_rules import FIELD_RULES, measure_read, name_ok
from newsfigures.extract import extract_figures
from newsfigures.model import Article, Figure

FIELDS = ("surface", "value", "unit", "quantity", "subject", "event", "place", "scope", "dimension", "said_by")
VALUE_TOLERANCE = 0.01
PUBLISHED = "2025-09-02"  # as tests/extract/conftest.py


def span(text: str, surface: str, at: str) -> tuple[int, int]:
    """The characters of `surface` inside the unique `at` of `text` (not inside a longer number or word)."""
    assert text.count(at) == 1, at
    base = text.index(at)
    hit = re.search(rf"(?<![\w.,]){re.escape(surface)}(?![\w]|[.,]\d)", at)
    assert hit, (surface, at)
    return base + hit.start(), base + hit.end()


def rows(labels: dict[str, list[tuple]], marks: dict[str, pytest.MarkDecorator], domain: str,
         row_key: Callable[[tuple], str]) -> list:
    """One pytest row per (article, figure, field) of the domain's articles, its cause's xfail where it fails; the
    row id is "<article>-<row_key(label)>-<field>"."""
    params = []
    for name in sorted(k for k in labels if k.startswith(domain)):
        for label in labels[name]:
            for field in FIELDS:
                rid = f"{name}-{row_key(label)}-{field}"
                params.append(pytest.param(name, label, field, marks=[marks[rid]] if rid in marks else [], id=rid))
    return params


def cause_marks(failing: dict[str, str], causes: dict[str, str]) -> dict[str, pytest.MarkDecorator]:
    """Row id -> the strict xfail of its cause, for the rows a probe's blind run failed (`failing`: id -> cause)."""
    return {rid: gap(f"{cause}: {causes[cause]}") for rid, cause in failing.items()}


def anchor_key(label: tuple) -> str:
    """A label's row key: its `at` anchor when it has one (a surface the article writes twice), else its surface."""
    return label[10] if len(label) > 10 else label[0]


def figures_reader(nlp: Language, articles: dict[str, str]) -> Callable[[str], list[Figure]]:
    """figures(name) -> the figures extracted from the named article (its first line the title), once each."""
    cache: dict[str, list[Figure]] = {}

    def _figures(name: str) -> list[Figure]:
        if name not in cache:
            text = articles[name]
            art = Article(id=name, text=text, raw_text=text, title=text.split("\n", 1)[0], published=PUBLISHED,
                          source_file=f"{name}.txt")
            cache[name] = extract_figures(art, nlp)
        return cache[name]
    return _figures


def figure_at(figures: list[Figure], start: int, end: int) -> Figure | None:
    """The figure whose span overlaps [start, end) the most, None when none does."""
    best, most = None, 0
    for fig in figures:
        overlap = min(end, fig.end) - max(start, fig.start)
        if overlap > most:
            best, most = fig, overlap
    return best


def field_right(fig: Figure | None, label: tuple, field: str) -> bool:
    """The figure's `field` agrees with the label's, by the evaluation's rules (measure_rules, attributes)."""
    gold = dict(zip(FIELDS, label))
    if fig is None:
        return False
    if field == "surface":
        return fig.text == gold["surface"]
    if field == "value":
        return abs(fig.value - gold["value"]) <= VALUE_TOLERANCE * max(abs(gold["value"]), 1e-9)
    if field == "unit":
        return norm_unit(fig.unit) == norm_unit(gold["unit"])
    if field == "said_by":
        return name_ok(fig.said_by, gold["said_by"])
    read = getattr(fig.measure, field, "") or ""
    if field == "quantity":  # a label may list acceptable quantities with ";" ("distance; depth"), as names do
        return measure_read(fig.measure) and any(FIELD_RULES[field](read, q.strip()) for q in gold[field].split(";"))
    return measure_read(fig.measure) and FIELD_RULES[field](read, gold[field])


def check(figures: list[Figure], text: str, label: tuple, field: str) -> None:
    """Assert one row of an article's `figures`, printing what the code read."""
    start, end = span(text, label[0], label[10] if len(label) > 10 else label[0])
    fig = figure_at(figures, start, end)
    read = None if fig is None else (fig.text, fig.value, fig.unit, fig.measure, fig.said_by)
    assert field_right(fig, label, field), read
