"""Whose age a figure is, on real sentences (a road toll, a protest, Pinochet's indictment)."""
from __future__ import annotations

import pytest

from newsfigures.extract.aged import aged_person


@pytest.mark.parametrize("text,number,expected", [
    ("A 16-year-old boy, who was a passenger in the car, remains in hospital.", "16", "boy"),
    ("Elizabeth Nadeau, a 27-year-old student, was quoted.", "27", "Elizabeth Nadeau"),
    # a definite noun phrase speaks of someone named elsewhere (wn2004_099: Pinochet, sentences before)
    ("The 89-year-old retired general has been at his home recovering from a stroke.", "89", ""),
])
def test_aged_person_the_age_describes(nlp, text, number, expected):
    doc = nlp(text)
    assert aged_person(next(t for t in doc if t.text == number)) == expected
