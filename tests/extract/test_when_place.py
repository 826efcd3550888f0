"""The place of a "when"/"after" clause on a figure's own verb (extract/when_place.py), on real-looking sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # an unnamed site gives its town, P4 (bg_129); the clause on the last of two coordinated verbs covers both
    ("Two people were killed and five others hurt when a gas cylinder exploded at a restaurant in northern Madrid.",
     "Two", "Madrid"),
    ("Two people were killed and five others hurt when a gas cylinder exploded at a restaurant in northern Madrid.",
     "five", "Madrid"),
    # a named site the clause's event happened outside or at, P4 (bg_242)
    ("Six people were injured after a car bomb went off outside the Europa Hotel in Belfast.", "Six", "Europa Hotel"),
    # a place named after a place noun in the clause (bg_200)
    ("Another 12 people died when militiamen shelled houses in the Kalma area near Nyala, officials said.", "12",
     "Kalma"),
])
def test_when_place_clause_place(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface", [
    ("Police said 40 people were arrested after the match.", "40"),  # the clause names no place
    ("Shares in the bank fell 5 per cent after it reported a loss.", "5 per cent"),
    # a market's or a company's accounts are not restricted by where the news that moved them happened (P1)
    ("Qantas shares fell 3 per cent after the airline announced job cuts in Sydney.", "3 per cent"),
    ("The Dow rose 120 points after the Federal Reserve chairman spoke in Washington.", "120"),
    ("The bank's profit fell 10 per cent after it closed 40 branches in Queensland.", "10 per cent"),
])
def test_when_place_none(measures, text, surface):
    assert measures(text)[surface].place == ""
