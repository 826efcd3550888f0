"""The place a match result's clause names for its score's numbers and its winning margin (extract/score_place.py)."""
from __future__ import annotations

import pytest

from newsfigures.extract.score_place import score_place


def place_at(nlp, text: str, number: str) -> str:
    """score_place of the number `number` starts with ("30-12" its 30; "30-|12" its 12: the part after a bar), found
    once in `text`."""
    doc = nlp(text)
    written = number.replace("|", "")
    assert text.count(written) == 1, written
    at = text.index(written) + number.find("|") if "|" in number else text.index(written)
    return score_place(next(t for t in doc if t.idx == at))


@pytest.mark.parametrize("text,number,expected", [
    # a ground after "at", tagged an organisation or nothing, on the verb
    ("Wests beat Souths 22-14 at Leichhardt Oval on Sunday.", "22", "Leichhardt Oval"),
    ("The Bulls beat the Sharks 30-12 at Ellis Park on Saturday.", "30-|12", "Ellis Park"),
    # a town after "in", on a side's name
    ("Porto drew 2-2 with Benfica in Lisbon on Monday.", "2-2", "Lisbon"),
    ("The Jets were beaten 4-1 by the Penguins in Pittsburgh on Tuesday.", "4-1", "Pittsburgh"),
    # a result noun's place phrase
    ("Lyon's 2-0 win over Nice at the Parc OL lifted them to third.", "2-0", "Parc OL"),
    # a winning margin, the place on its noun
    ("New Zealand beat England by 95 runs at Eden Park on Friday.", "95", "Eden Park"),
])
def test_score_place_reads_the_results_venue(nlp, text, number, expected):
    assert place_at(nlp, text, number) == expected


@pytest.mark.parametrize("text,number", [
    ("Arsenal beat Chelsea 2-0 in the Premier League on Saturday.", "2-0"),  # a league is no place
    ("Celtic won 2-0 at home on Saturday.", "2-0"),  # an unnamed ground
    ("The Raiders beat the Eels 18-6 on Saturday.", "18-6"),  # no place named
    ("Floods killed 12 people in Manila on Sunday.", "12"),  # no result: left to the other readers
])
def test_score_place_gives_none_without_a_venue_or_a_result(nlp, text, number):
    assert place_at(nlp, text, number) == ""
