"""Sport results on real sentences of the dev documents: scorelines, wickets for runs, scores and margins."""
from __future__ import annotations

import pytest

from newsfigures.extract.results import result_class


@pytest.mark.parametrize("text,surface,expected", [
    # scorelines (cricket_aus_sa_2001 bg_118; davis_cup_final_2001 bg_299)
    ("Australia is now 1-0 in the best of three series.", "1", "won"),
    ("Australia is now 1-0 in the best of three series.", "0", "won"),
    ("He said the team would back me up even if we were down 2-0.", "2", "won"),
    # a side's wickets, then its runs (cricket_aus_sa_2001 bg_132, bg_047)
    ("The home side declared its second innings at 7 for 309, an overall lead of 374.", "7", "other:lose"),
    ("The home side declared its second innings at 7 for 309, an overall lead of 374.", "309", "other:score"),
    ("Play will resume at three for 89 this morning.", "three", "other:lose"),
    # a batsman's runs after his dismissal (wn2004_040; cricket_aus_sa_2001 bg_132)
    ("He was beaten by a spinning delivery from Daniel Vettori and was stumped for 68.", "68", "other:score"),
    ("Langer is currently not out on 144.", "144", "other:score"),
    ("Gibbs was out for 9 after chipping Glenn McGrath to mid-on.", "9", "other:score"),
    # a winning margin (cricket_aus_sa_2001 bg_118; davis_cup_final_2001 bg_283)
    ("Australia has beaten South Africa by 246 runs in the first Test at the Adelaide Oval.", "246", "won"),
    ("Nicholas Escude defeated Wayne Arthurs in four sets in the deciding rubber.", "four", "won"),
])
def test_results_reads_a_sport_result(read, text, surface, expected):
    r = read(text, surface)
    assert result_class(r.num, r.mention.text) == expected


@pytest.mark.parametrize("text,surface", [
    ("The player was out for 9 weeks with a knee injury.", "9"),  # a number that counts a thing of its own
    ("About 10-15 people were at the meeting.", "10-15"),  # a range, no scoreline
    ("Police beat 3 protesters in the square.", "3"),  # beaten people are no margin
    ("The vote was 7 for the motion.", "7"),  # no "at"/"be" before a wickets-for-runs pair
    ("Sales rose 5% to $20 million.", "5%"),  # not a bare number
])
def test_results_leaves_other_figures_alone(read, text, surface):
    r = read(text, surface)
    assert result_class(r.num, r.mention.text) == ""
