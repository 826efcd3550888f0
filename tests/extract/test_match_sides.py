"""Whose number each side of a match score is when its clause names both sides (extract/match_sides.py)."""
from __future__ import annotations

import pytest

from newsfigures.extract.match_sides import match_side


def sides(nlp, text: str, score: str) -> tuple[str, str]:
    """match_side of the first and the second number of `score` in `text`."""
    doc = nlp(text)
    at = text.index(score)
    first = next(t for t in doc if t.idx == at)
    second = next(t for t in doc if t.idx == at + score.index("-", 1) + 1)
    return match_side(first), match_side(second)


@pytest.mark.parametrize("text,score,expected", [
    ("Manchester United beat Arsenal 2-0 on Saturday.", "2-0", ("Manchester United", "Arsenal")),
    # the loser named as subject holds the smaller number
    ("Bayern Munich lost 2-1 to Borussia Dortmund on Wednesday.", "2-1", ("Borussia Dortmund", "Bayern Munich")),
    # a passive's "by" agent won
    ("Real Madrid were beaten 3-2 by Sevilla on Tuesday night.", "3-2", ("Sevilla", "Real Madrid")),
    # a draw: the sides in the order they are named
    ("Brazil drew 1-1 with Argentina in Sao Paulo.", "1-1", ("Brazil", "Argentina")),
    ("Ajax and PSV drew 0-0 in Amsterdam on Sunday.", "0-0", ("Ajax", "PSV")),
    # a result noun's possessor and its "over" phrase
    ("Napoli's 4-0 win over Lazio lifted them to the top of the table.", "4-0", ("Napoli", "Lazio")),
    # the other side in a phrase on another phrase's object
    ("Leeds won 3-1 at home to Everton.", "3-1", ("Leeds", "Everton")),
    ("The Boston Celtics beat the Miami Heat 112-104 on Friday.", "112-104", ("Boston Celtics", "Miami Heat")),
])
def test_match_sides_each_side_holds_its_number(nlp, text, score, expected):
    assert sides(nlp, text, score) == expected


@pytest.mark.parametrize("text,score", [
    ("Liverpool won 2-0 on Saturday.", "2-0"),  # one side named: left to the other readers
    ("The committee voted 7-2 to approve the budget.", "7-2"),  # no sides: a common noun and no other name
    ("Australia is now 1-0 in the best of three series.", "1-0"),  # the series reader's (scoreline.py)
    ("\"We were 2-0 down at half-time,\" Sato said.", "2-0"),  # a pronoun's side (sport_side.py)
])
def test_match_sides_a_clause_naming_fewer_than_two_sides_gives_none(nlp, text, score):
    assert sides(nlp, text, score) == ("", "")
