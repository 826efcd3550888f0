"""A person's age set off by commas beside the person's name (apposed.py), on wire sentences of several kinds."""
from __future__ import annotations

import pytest

from newsfigures.extract.apposed import apposed_person


@pytest.mark.parametrize("text,number,expected", [
    ("Walid Saadi, 53, was killed when soldiers opened fire, medics said.", "53", "Walid Saadi"),
    ("Police arrested Mr Hale, 62, at his home on Friday.", "62", "Hale"),  # "Hale" tagged no person
    ("Mr Tran, 47, was sworn in as mayor on Monday.", "47", "Tran"),  # "Tran" tagged a place
    ("The victims, Smith, 45, and Jones, 38, were found in the house.", "38", "Jones"),
    # not set off by commas beside a name: no apposed age
    ("The Dow closed down 12, at 10,450, on Friday.", "12", ""),
    ("Protesters gathered outside 10, Downing Street on Saturday.", "10", ""),
    # a cricket report: a batsman's runs, never an age
    ("Ponting, 74, and Hayden, 12, will resume on the second morning of the Test.", "74", ""),
    ("Klusener, 18, edged a ball to slip before the batsmen crossed.", "18", ""),
])
def test_apposed_person_whose_age(nlp, text, number, expected):
    doc = nlp(text)
    assert apposed_person(next(t for t in doc if t.text == number)) == expected
