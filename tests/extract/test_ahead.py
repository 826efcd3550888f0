"""A batch still to come (GUIDE C4) is a projection, a planned one too; a batch that has come stays one."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # C4's own example and the dev evidence it reads literally (Lee bg_180 asylum seekers, bg_248 native title land)
    ("The government says a further 300 refugees will be resettled in Tasmania next year.", "300", "projection"),
    ("The state has tied $5 million in funding to a new agreement with the council to house an extra 120 "
     "families.", "120", "projection"),
    ("The settlement means a further 80 hectares near Katherine will be opened for housing.", "80 hectares",
     "projection"),
    ("Another 500 troops arrived in Kabul on Monday.", "500", "incremental"),  # a batch that has come
    ("Pyongyang plans to send another 6,000 soldiers.", "6,000", "projection"),  # C4: a batch planned (stop 40)
    ("The new company will have nearly 3,500 retail stores.", "nearly 3,500", "total"),  # "will", but no batch
    ("Union members will hold a 48-hour strike at the port.", "48-hour", "total"),  # C4: a planned thing's length
    # what a plan says will be done (is_plan_done), and a verb of the planner's own joined to it (stop 40)
    ("The mining company plans to shut two pits and sell 12 others.", "12", "projection"),
    ("The club plans to sign three players and has already sold 20,000 tickets.", "20,000", "total"),
    ("The firm plans to close two plants and sold 300 trucks last year.", "300", "total"),
    ("The firm had planned to close two plants before the deal.", "two", "total"),  # a plan that was
    ("The ministry plans to spend $40 million on new clinics.", "$40 million", "total"),  # a planned sum (wn2004_093)
    # the size of the planned thing, not a count of what is done (review40a)
    ("The city plans to build a 20,000-seat arena by the river.", "20,000", "total"),
    ("The operator plans to order a 300-seat airliner.", "300", "total"),
    # a count the planned verb acts on, or the level it moves a thing to; not one in a phrase of place (review40a)
    ("The league plans to expand the competition to 20 clubs.", "20", "projection"),
    ("The firm plans to seek licences in 15 states.", "15", "total"),
])
def test_ahead_scope(measures, text, surface, expected):
    got = {k: m.scope for k, m in measures(text).items()}
    assert surface in got, list(got)
    assert got[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    ("The board will meet again in about three weeks to settle the terms.", "about three weeks", "projection"),
    ("The union votes on the offer in two weeks.", "two weeks", "projection"),  # a present tense states a schedule
    ("Talks resume in two weeks.", "two weeks", "projection"),  # C4's own example
    ("The trial begins in 10 days.", "10 days", "projection"),
    # a present tense of a thing's habit says how long it takes, not a time to come (C4: "itself still to come")
    ("The ferry crosses in three hours.", "three hours", "total"),
    ("The drug works in 30 minutes.", "30 minutes", "total"),
    ("The train reaches the capital in five hours.", "five hours", "total"),
    # ... unless a date or a future word beside the time says when
    ("The bridge reopens in three days, on Monday.", "three days", "projection"),
    # ... or its verb is an instant's, which takes no time: the time is still to come
    ("The bridge reopens in three days.", "three days", "projection"),
    ("The new plant opens in six months, the company said.", "six months", "projection"),
    ("The ferry leaves in three hours.", "three hours", "projection"),
    ("The ruling will let him stand in the by-election in 12 days.", "12 days", "projection"),
    # a time had or given to do something in, from now (wn2004_074's construction)
    ("The party has one week to appeal the election results.", "one week", "projection"),
    ("The company has 30 days to respond to the complaint.", "30 days", "projection"),
    ("Residents will have three days to leave.", "three days", "projection"),
    ("The team had two days to prepare for the match.", "two days", "total"),  # a time that was had
    ("The firm has 300 days of cash left.", "300 days", "total"),  # no act to do in it
    # review36: a bare plural subject of a present "have" states a standing rule, not a time to come
    ("Under the new law, companies have 72 hours to report a data breach.", "72 hours", "total"),
    ("Doctors say patients have about six hours to receive treatment after a stroke.", "about six hours", "total"),
    ("The residents have three days to leave.", "three days", "projection"),
    ("Forty houses were built in three days.", "three days", "total"),  # a time within which something happened
    ("The group was banned for four years.", "four years", "total"),
    # C4's second sentence: the length of a planned thing is that thing's length (Lee cor_028's construction)
    ("The government will end a six-year embargo on the region next month, a minister said.", "six-year", "total"),
    ("Nurses will hold a 24-hour strike on Friday, the union said.", "24-hour", "total"),
    # a distance that places a site measures where it is, not what may happen there (Lee bg_257's construction)
    ("The remains could be scattered at a shrine about 40 kilometres upstream from the city, an official said.",
     "about 40 kilometres", "total"),
])
def test_ahead_time_still_to_come(measures, text, surface, expected):
    got = {k: m.scope for k, m in measures(text).items()}
    assert surface in got, list(got)
    assert got[surface] == expected
