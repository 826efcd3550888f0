"""Cricket scores (extract/sport.py) on real sentences of two stories: Wikinews wn2004_040 (Australia v New
Zealand) and the Lee batch's cricket_aus_sa_2001 thread."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("text,surface,expected", [
    ("He eventually misjudged a spin delivery from Daniel Vettori and was stumped for 68.", "68", "run"),
    ("Damien Martyn briefly stepped in, but was cheaply dismissed for 7, only to be replaced by Darren Lehmann, "
     "who is not out on 28.", "28", "run"),
    ("Damien Martyn briefly stepped in, but was cheaply dismissed for 7, only to be replaced by Darren Lehmann, "
     "who is not out on 28.", "7", "run"),
    ("Gibbs was out for 9 after chipping Glenn McGrath to Justin Langer at short leg.", "9", "run"),
    ("Hayden scored 131 before he was bowled by Kallis, attempting to lift the run rate.", "131", "run"),
    ("The Australians will resume their second innings at 0 for 3, an overall lead of 68.", "0", "wicket"),
    ("The Australians will resume their second innings at 0 for 3, an overall lead of 68.", "3", "run"),
    ("The Australians will resume their second innings at 0 for 3, an overall lead of 68.", "68", "run"),
    ("The Proteas will resume at three for 89 after day one was badly affected by rain with only 40 overs "
     "possible.", "three", "wicket"),
    ("Set 375 for victory and starting the day at 2 for 17, the task was made much harder, caught at first slip "
     "by Shane Warne from the bowling of Glenn McGrath.", "375", "run"),
])
def test_sport_bare_scores_are_runs_or_wickets(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a number on its noun is counted as usual, in a cricket sentence too
    ("The Proteas will resume at three for 89 after day one was badly affected by rain with only 40 overs "
     "possible.", "40", "over"),
    ("Glenn McGrath and Shane Warne each took three wickets, while Jason Gillespie and Brett Lee picked up two "
     "apiece.", "three", "wicket"),
    # no cricket word and no batsman out: a bare "for" number is no score
    ("The shop was sold for 300 after the owner left.", "300", ""),
])
def test_sport_other_numbers_keep_their_reading(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


def test_sport_a_scoreline_is_a_total(measures):
    """ "declaring its second innings at 7 for 309": the side's score, no batch of runs."""
    got = {k: (m.quantity, m.scope) for k, m in measures("An impressive century to Matthew Hayden helped Australia build a big lead, the home side "
                          "declaring its second innings at 7 for 309, an overall lead of 374.").items()}
    assert got["7"] == ("wicket", "total") and got["309"] == ("run", "total") and got["374"] == ("run", "total")
