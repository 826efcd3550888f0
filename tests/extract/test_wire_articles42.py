"""Stop 42's fresh-eyes probe of ordinary wire news: 24 invented short articles, three per domain (conflict,
disasters, business and markets, elections and politics, health, science and space, crime and courts, sport), every
figure labelled in all ten fields (surface, value, unit, quantity, subject, event, place, scope, dimension,
said_by) from tests/gold/measures/GUIDE.md before the code was run, and read a second time against it (the articles
and labels are in wire42_articles.py). One row per figure and field; the figure read is the extracted one whose
span overlaps the label's most. Rows the code does not read are strict xfails with their cause (wire42_causes.py,
made from the one blind run on main's code): this probe measures, it mends nothing."""
from __future__ import annotations

import re

import pytest

from conftest import gap
from extract.wire42_articles import ARTICLES, LABELS
from extract.wire42_causes import CAUSES, ROWS

from newsfigures.eval.attributes import norm_unit
from newsfigures.eval.measure_rules import FIELD_RULES, measure_read, name_ok
from newsfigures.extract import extract_figures
from newsfigures.model import Article

FIELDS = ("surface", "value", "unit", "quantity", "subject", "event", "place", "scope", "dimension", "said_by")
VALUE_TOLERANCE = 0.01
PUBLISHED = "2025-09-02"  # as tests/extract/conftest.py

# Row id ("conflict_1-53-quantity") -> its cause's strict xfail (wire42_causes.py, from the blind run).
MARKS: dict[str, pytest.MarkDecorator] = {rid: gap(f"{cause}: {CAUSES[cause]}") for rid, cause in ROWS.items()}


def _span(text: str, surface: str, at: str) -> tuple[int, int]:
    """The characters of `surface` inside the unique `at` of `text` (not inside a longer number or word)."""
    assert text.count(at) == 1, at
    base = text.index(at)
    hit = re.search(rf"(?<![\w.,]){re.escape(surface)}(?![\w]|[.,]\d)", at)
    assert hit, (surface, at)
    return base + hit.start(), base + hit.end()


def _rows(domain: str) -> list:
    """One pytest row per (article, figure, field) of the domain's articles, its cause's xfail where it fails."""
    rows = []
    for name in sorted(k for k in LABELS if k.startswith(domain)):
        for label in LABELS[name]:
            for field in FIELDS:
                rid = f"{name}-{label[0]}-{field}"
                marks = [MARKS[rid]] if rid in MARKS else []
                rows.append(pytest.param(name, label, field, marks=marks, id=rid))
    return rows


@pytest.fixture(scope="module")
def wire_figures(nlp):
    """wire_figures(name) -> the figures extracted from the named article (its first line the title)."""
    cache: dict[str, list] = {}

    def _figures(name: str) -> list:
        if name not in cache:
            text = ARTICLES[name]
            art = Article(id=name, text=text, raw_text=text, title=text.split("\n", 1)[0], published=PUBLISHED,
                          source_file=f"{name}.txt")
            cache[name] = extract_figures(art, nlp)
        return cache[name]
    return _figures


def figure_at(figures: list, start: int, end: int):
    """The figure whose span overlaps [start, end) the most, None when none does."""
    best, most = None, 0
    for fig in figures:
        overlap = min(end, fig.end) - max(start, fig.start)
        if overlap > most:
            best, most = fig, overlap
    return best


def field_right(fig, label: tuple, field: str) -> bool:
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
    return measure_read(fig.measure) and FIELD_RULES[field](getattr(fig.measure, field, "") or "", gold[field])


def check(wire_figures, name: str, label: tuple, field: str) -> None:
    """Assert one row, printing what the code read."""
    text = ARTICLES[name]
    start, end = _span(text, label[0], label[10] if len(label) > 10 else label[0])
    fig = figure_at(wire_figures(name), start, end)
    read = None if fig is None else (fig.text, fig.value, fig.unit, fig.measure, fig.said_by)
    assert field_right(fig, label, field), read


@pytest.mark.parametrize("name,label,field", _rows("conflict"))
def test_wire_articles42_conflict(wire_figures, name, label, field):
    check(wire_figures, name, label, field)


@pytest.mark.parametrize("name,label,field", _rows("disasters"))
def test_wire_articles42_disasters(wire_figures, name, label, field):
    check(wire_figures, name, label, field)


@pytest.mark.parametrize("name,label,field", _rows("business"))
def test_wire_articles42_business(wire_figures, name, label, field):
    check(wire_figures, name, label, field)


@pytest.mark.parametrize("name,label,field", _rows("politics"))
def test_wire_articles42_politics(wire_figures, name, label, field):
    check(wire_figures, name, label, field)


@pytest.mark.parametrize("name,label,field", _rows("health"))
def test_wire_articles42_health(wire_figures, name, label, field):
    check(wire_figures, name, label, field)


@pytest.mark.parametrize("name,label,field", _rows("science"))
def test_wire_articles42_science(wire_figures, name, label, field):
    check(wire_figures, name, label, field)


@pytest.mark.parametrize("name,label,field", _rows("crime"))
def test_wire_articles42_crime(wire_figures, name, label, field):
    check(wire_figures, name, label, field)


@pytest.mark.parametrize("name,label,field", _rows("sport"))
def test_wire_articles42_sport(wire_figures, name, label, field):
    check(wire_figures, name, label, field)
