"""extract/one_of.py: the subject of "<subject> is one of N" as what an elided N counts, on real sentences."""
from __future__ import annotations

import pytest

from newsfigures.extract.one_of import one_of_subject


@pytest.mark.parametrize("text,number,expected", [
    ("A University of Canberra academic's proposal for a republic will be one of five discussed at a conference.",
     "five", "proposal"),
    ("The senator's bill is one of four tabled in the chamber this week.", "four", "bill"),
    ("The robbery is one of five that were reported in the suburb this month.", "five", "robbery"),
    ("The quake was one of three to strike the region this year.", "three", "quake"),
    # no reading: a pronoun subject, the number's own noun, no copula
    ("He was one of three arrested on Friday.", "three", None),
    ("The plant is one of five factories the company plans to close.", "five", None),
    ("Police questioned one of five suspects on Friday.", "five", None),
])
def test_one_of_subject_names_the_elided_noun(nlp, text, number, expected):
    doc = nlp(text)
    num = next(t for t in doc if t.lower_ == number)
    found = one_of_subject(num)
    assert (found.lemma_.lower() if found is not None else None) == expected
