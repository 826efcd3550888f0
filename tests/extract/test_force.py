"""GUIDE Q4, the subject half: police officers counted as people belong to the force, written "police"."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.model import Article


def subjects(nlp, text: str) -> dict[str, str]:
    """The subject of each figure of `text`, by the figure's surface."""
    art = Article(id="t", text=text, raw_text=text, published="2001-12-20", source_file="t.txt")
    return {f.text: f.measure.subject for f in extract_figures(art, nlp)}


@pytest.mark.parametrize("text,surface,expected", [
    # members of a police force counted as people: the force (lee bg_201, a raid in the West Bank)
    ("A Palestinian man was shot dead by two policemen outside the station.", "two", "police"),
    ("Five Palestinian policemen guarded the compound overnight.", "Five", "Palestinian police"),
    ("About 300 police officers patrolled the city centre on Saturday.", "About 300", "police"),
    # the force itself, written so already
    ("Hundreds of police confronted the crowd outside the house.", "Hundreds", "police"),
])
def test_force_police_officers_are_the_police(nlp, text, surface, expected):
    got = subjects(nlp, text)
    assert next(v for k, v in got.items() if surface in k or k in surface) == expected, got


@pytest.mark.parametrize("text,surface,expected", [
    # Q4 is for persons counted as people; a casualty count keeps its group as written (lee bg_044, bg_113)
    ("Gunmen threw two grenades at soldiers and border police, injuring one policeman slightly.", "one",
     "policeman"),
    # an officer of no police force stays the group
    ("About 40 army officers attended the ceremony in the capital.", "About 40", "army officers"),
])
def test_force_other_counts_keep_their_group(nlp, text, surface, expected):
    got = subjects(nlp, text)
    assert next(v for k, v in got.items() if surface in k or k in surface) == expected, got
