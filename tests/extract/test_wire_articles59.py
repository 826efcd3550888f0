"""Stop 59's blind probe of present-day news: 16 invented articles, two in each of the issue's eight domains
(conflict, disasters, business and markets, elections and politics, health, science and space, crime and courts,
sport), 181 figures labelled in all ten fields (surface, value, unit, quantity, subject, event, place, scope,
dimension, said_by) from tests/gold/measures/GUIDE.md by helpers who read no code, before the code was run, and read
a second time against it by two other helpers (wire59_articles.py). One row per figure and field; the figure read is
the extracted one whose span overlaps the label's most. Rows the code does not read are strict xfails with their
cause (wire59_causes.py, from the one blind run on main's code at 5a7c2f58). A quantity label may list acceptable
quantities with ";", as a name does (wire_rows.field_right); three labels of part A do.

Blind score (right / rows): quantity 140/181, subject 90/181, event 140/181, place 96/181, scope 133/181, dimension
167/181, said_by 166/181; surface 163/181, value 163/181, unit 156/181; overall 1414/1810 (0.781)."""
from __future__ import annotations

import pytest

from extract.wire59_articles import ARTICLES, LABELS
from extract.wire59_causes import CAUSES, ROWS
from extract.wire_rows import anchor_key, cause_marks, check, figures_reader, rows

# Row id ("conflict_1-at least 27-quantity") -> its cause's strict xfail (wire59_causes.py, from the blind run).
MARKS: dict[str, pytest.MarkDecorator] = cause_marks(ROWS, CAUSES)


def _rows(domain: str) -> list:
    """One pytest row per (article, figure, field) of the domain's articles, its cause's xfail where it fails."""
    return rows(LABELS, MARKS, domain, anchor_key)


@pytest.fixture(scope="module")
def wire_figures(nlp):
    """wire_figures(name) -> the figures extracted from the named article (its first line the title)."""
    return figures_reader(nlp, ARTICLES)


@pytest.mark.parametrize("name,label,field", _rows("conflict"))
def test_wire_articles59_conflict(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("disasters"))
def test_wire_articles59_disasters(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("business"))
def test_wire_articles59_business(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("politics"))
def test_wire_articles59_politics(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("health"))
def test_wire_articles59_health(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("science"))
def test_wire_articles59_science(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("crime"))
def test_wire_articles59_crime(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)


@pytest.mark.parametrize("name,label,field", _rows("sport"))
def test_wire_articles59_sport(wire_figures, name, label, field):
    check(wire_figures(name), ARTICLES[name], label, field)
