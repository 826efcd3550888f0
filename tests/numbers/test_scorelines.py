"""A match score written with a dash, told from the text alone (newsfigures.numbers.scorelines), and the number
parser's reading of a score written after a team's name."""
from __future__ import annotations

import pytest

from newsfigures.numbers import parse_numbers
from newsfigures.numbers.scorelines import score_sides


@pytest.mark.parametrize("text,number,expected", [
    ("Manchester United beat Arsenal 2-0 on Saturday.", "2", (2, 0)),
    ("Manchester United beat Arsenal 2-0 on Saturday.", "0", (2, 0)),
    ("Leinster beat Munster 27-13 at home.", "13", (27, 13)),
    ("The Celtics won 112-104 in overtime.", "112", (112, 104)),
    ("the rain-affected series ended 0-0.", "0", (0, 0)),
    ("with the tie levelled at 1-1.", "1", (1, 1)),
    # no score: a range goes up, a chain is a formation, a designation keeps its zero, hundred or small variant
    ("Patients should rest for 2-3 days.", "2", None),
    ("The coach switched to a 4-3-3 formation.", "4", None),
    ("a Type 09-1 Han Class submarine", "09", None),
    ("a Lufthansa 747-400 landed", "747", None),
    ("the Boeing 737-8 is grounded", "737", None),
    ("an Airbus A380-800 jet", "800", None),
])
def test_scorelines_score_sides(text, number, expected):
    assert score_sides(text, text.index(number)) == expected


@pytest.mark.parametrize("text,surface,kind", [
    ("Manchester United beat Arsenal 2-0 on Saturday.", "2", "cardinal"),  # was "name", as "Delta 4"
    ("Leinster beat Munster 27-13 at home.", "27", "cardinal"),
    # still names: a designation after a name word, a model number with no score after it
    ("Ryanair flies the Boeing 777-200 to Dublin.", "777", "name"),
    ("The Delta 4 rocket lifted off.", "4", "name"),
])
def test_scorelines_after_a_team_name(text, surface, kind):
    found = {m.text: m.kind for m in parse_numbers(text)}
    assert found.get(surface) == kind, found
