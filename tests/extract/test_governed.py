"""governed.py: the verb that governs a count (GUIDE E2) against an event word of another clause, read through
extract_figures on dev sentences (the rows stop 39's rule touches on dev) and its near misses."""
from __future__ import annotations

import pytest

from conftest import gap

# (sentence, figure surface, event class): dev sentences the own-clause reading touches (lee bg_113, bg_048, bg_203,
# wn2004_059), all read as their gold; and sentences it must leave.
OWN_CLAUSE = [
    ("The department say no detainees were injured, but 15 detention centre officers were treated for smoke "
     "inhalation.", "15", "other:treat"),
    ("Fourteen homes have been destroyed in the Hawkesbury area north of Sydney, and 20 properties have been ruined "
     "at Jervis Bay.", "20", "other:ruin"),
    ("The opposition MPs are confident that the no-confidence vote would pass in the parliament, as 16 more MPs have "
     "recently deserted Mr. Vohor and sided with the opposition.", "16", "other:desert"),
    # near misses: a verb of the event's own family, an elided verb, the object of a verb of its own
    ("Four people were killed and 20 were injured when the bus overturned.", "20", "injured"),
    ("Thirty people were killed and 50 injured in the blast.", "50", "injured"),
    ("Troops killed 12 rebels and captured 30 others.", "30", "other:capture"),
]


@pytest.mark.parametrize("text,surface,expected", OWN_CLAUSE)
def test_governed_own_clause_verb_beats_another_clause(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


# Review39b (stop 39): near misses of own_clause_event written by an outside reviewer, each labelled from the GUIDE
# (E1, E2, the event list) before the code ran; the first run read 17 of 25, the narrowed own_clause_class 22, stop
# 62's count of persons that is its own change verb's subject (`governed._subject_change`: "lost their jobs") 23.
RELEASED = ("'release' is a reporting verb (lexicon.REPORTING_VERBS: 'released figures'), looked through, so 'five "
            "were released' keeps the first clause's event word (arrest)")
NEEDED_NOUN = ("the parser hangs '22' on 'treatment' (a conjunct noun, 'needed' its modifier): the act noun is read, "
               "and no verb governs the count")
REVIEW_CONFLICT = [
    ("Forty people were killed in the attack and 12 died later in hospital.", "12", "killed"),
    ("Two people were killed in the raid and three others were shot dead by police.", "three", "killed"),
    ("Three people were killed and 15 were wounded by the blast.", "15", "injured"),
    ("Seven soldiers were killed and two are in a critical condition.", "two", "measured"),
    pytest.param("Four people were killed, and 22 needed hospital treatment.", "22", "other:need",
                 marks=gap(NEEDED_NOUN)),
]
REVIEW_DISASTERS = [
    ("Five passengers were injured and two were found dead in the wreckage.", "two", "killed"),  # narrowed
    ("Eight miners were rescued on Tuesday, but 20 remain missing.", "20", "missing"),
    ("Three people died in the crash and 11 remain in hospital.", "11", "measured"),
    ("About 200 people were evacuated from the village, but 50 stayed home.", "50", "other:stay"),
    ("The fire destroyed 14 homes, and 30 people were treated for smoke inhalation.", "30", "other:treat"),
    ("Two people were killed and 30 were hurt when the roof collapsed.", "30", "injured"),
    ("Five people were killed on Monday and another 10 died of their wounds on Tuesday.", "10", "killed"),
    ("Twelve climbers were rescued, while three are still missing on the mountain.", "three", "missing"),
    ("Three people drowned and two are feared dead after the boat capsized.", "two", "killed"),  # narrowed
    ("No one was killed, but 300 lost their homes in the fire.", "300", "other:lose"),  # narrowed
    ("Twenty people were killed as the building collapsed, and 12 were pulled alive from the rubble.", "12",
     "other:pull"),
    ("Fourteen people were killed and 50 were left homeless by the floods.", "50", "displaced"),  # narrowed
    ("Two people died in the blaze and 60 were rescued from the upper floors.", "60", "other:rescue"),
]
REVIEW_HEALTH_CRIME_SPORT = [
    ("One person died and 40 fell ill after eating at the restaurant.", "40", "other:fall"),  # narrowed
    ("Police said 30 protesters were arrested and 12 were later charged.", "12", "other:charge"),
    pytest.param("Nine men were arrested but five were released without charge.", "five", "other:release",
                 marks=gap(RELEASED)),
    ("Six officers were injured and 40 fans were arrested after the match.", "40", "other:arrest"),
    ("Two players were sent off and 10 were booked during the match.", "10", "other:book"),
    ("Two were injured in training, and 11 remain fit for Saturday's match.", "11", "measured"),
    ("Shares fell 5 per cent after 2,000 workers lost their jobs.", "2,000", "other:lose"),
]
@pytest.mark.parametrize("text,surface,expected", REVIEW_CONFLICT)
def test_governed_review_conflict(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", REVIEW_DISASTERS)
def test_governed_review_disasters(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", REVIEW_HEALTH_CRIME_SPORT)
def test_governed_review_health_crime_sport(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
