"""The named parties a figure's noun is "between" (extract/parties.py), on sentences in the style of the dev
evidence: business between two countries (wn2004_016) and meetings between two groups (lee3 cor_006)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    ("He also said that business between Brazil and Korea in 2004 will be US$3 billion.", "US$3 billion",
     "Brazil and Korea"),
    ("The papers allege the deal was made after two secret meetings between Saudi royals and leaders of al-Qa'ida.",
     "two", "Saudi royals and al-Qa'ida"),
    ("Two-way trade between Australia and Japan was $40 billion last year.", "$40 billion", "Australia and Japan"),
])
def test_parties_between_named_bodies(measures, text, surface, expected):
    assert measures(text)[surface].subject == expected


@pytest.mark.parametrize("text,surface", [
    # the parties are no named bodies
    ("A recount effort showed a 300 vote difference between the initial and final tallies.", "300"),
    # the figure stands inside the "between" phrase: it counts a party, it is not the parties'
    ("A stand-off continued between hundreds of supporters and police outside the house.", "hundreds"),
    # a distance between two places is no one's (GUIDE P5)
    ("The road between Sydney and Canberra runs for 280 kilometres.", "280 kilometres"),
])
def test_parties_between_none(measures, text, surface):
    assert "and" not in measures(text)[surface].subject
