"""Stop 42's fresh-eyes probe of ordinary wire news: 24 invented short articles, three per domain (conflict,
disasters, business and markets, elections and politics, health, science and space, crime and courts, sport), every
figure labelled in all ten fields (surface, value, unit, quantity, subject, event, place, scope, dimension,
said_by) from tests/gold/measures/GUIDE.md before the code was run, and read a second time against it (the articles
and labels are in wire42_articles.py). One row per figure and field; the figure read is the extracted one whose
span overlaps the label's most. Rows the code does not read are strict xfails with their cause (wire42_causes.py,
made from the one blind run on main's code): this probe measures, it mends nothing."""
from __future__ import annotations

import pytest

from extract.wire42_articles import ARTICLES, LABELS
from extract.wire42_causes import CAUSES, ROWS
from extract.wire_rows import cause_marks, check, figures_reader, rows


# Row id ("conflict_1-53-quantity") -> its cause's strict xfail (wire42_causes.py, from the blind run).
MARKS: dict[str, pytest.MarkDecorator] = cause_marks(ROWS, CAUSES)


def _rows(domain: str) -> list:
    """One pytest row per (article, figure, field) of the domain's articles, its cause's xfail where it fails."""
    return rows(LABELS, MARKS, domain, lambda label: label[0])


@pytest.fixture(scope="module")
def wire_figures(nlp):
    """wire_figures(name) -> the figures extracted from the named article (its first line the title)."""
    return figures_reader(nlp, ARTICLES)


@pytest.mark.parametrize("name,label,field", _rows("conflict"))
def test_wire_articles42_conflict(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("disasters"))
def test_wire_articles42_disasters(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("business"))
def test_wire_articles42_business(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("politics"))
def test_wire_articles42_politics(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("health"))
def test_wire_articles42_health(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("science"))
def test_wire_articles42_science(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("crime"))
def test_wire_articles42_crime(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("sport"))
def test_wire_articles42_sport(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)
