"""Stop 40's blind probe of one dev-failure cluster of the event field: a time that sizes a THING noun ("a 40-minute
tape", "a 40-year low") under a verb of action, which GUIDE E1 (settled during the relabel: "one whose noun names a
thing ... a 40-minute tape: E1 (measured)") reads `measured`, while the code takes the framing verb (dev-lee2 bg_170
"cut a key interest rate ... to a 40-year low": other:low; bg_174 "broadcast a five-minute simulcast":
other:broadcast; two stories). Ordinary wire sentences written for the round (no corpus, gold or test sentence
copied), over the eight domains, with near misses the mend must not change (a time sizing an ACT noun: E2's noun; a
time dating an event: E3; an age; a count sizing a thing; a time that is a verb's own complement). Every event was
written from tests/gold/measures/GUIDE.md (E1, E2, E3) and read against it a second time before the code ran. Rows
marked with a reason are readings the extractor does not make (strict xfail). Blind run on the unchanged code: 18 of
28 rows right (the four "N-year low" rows read other:low, the thing nouns the framing verb or an act). A wide mend
(every time on a noun naming no act) read 23 of 28 but failed the test floors and was reverted; the kept narrow one,
extract/sized_level.py (a time on a level noun), reads 22 of 28, every near miss kept (the DATED_OBJECT row failed
before the round)."""
from __future__ import annotations

import pytest

from conftest import gap

VERB_NOUN = ("the sized noun is also a verb or looks derived from one ('supply', 'film', 'advertisement' from "
    "advertise, 'battery' from batter): measure._nominal_event reads it as that verb's own noun (other:<noun>); the "
    "word lists have no thing/act split for such nouns")
THING_VERB = ("a time on a noun that names no act ('a 60-minute documentary') takes the framing verb (screen); "
    "reading every such time measured (stop 40's extract/sized_thing.py, dev bg_174 'broadcast a five-minute "
    "simulcast') failed the floors test on three test splits' event class and was dropped; only a level ('a 40-year low', "
    "extract/sized_level.py) is read")
DATED_OBJECT = ("'passed the bill two years after the election': the E3 time after the verb's object reads measured "
    "(failing before the round too)")

CONFLICT = [
    ("The militant group released a 12-minute video of the captured soldiers on Tuesday.", "12-minute", "measured"),
    # near misses: a sized act (E2's noun), a time dating an event (E3)
    ("The army ended a 40-day siege of the northern city.", "40-day", "other:siege"),
    ("Troops withdrew from the border town three weeks after the offensive began.", "three weeks", "other:withdraw"),
]

DISASTERS = [
    ("The river fell to a 50-year low during the drought, officials said.", "50-year", "measured"),
    pytest.param("Aid workers delivered a two-week supply of food to the flooded villages.", "two-week", "measured",
                 marks=gap(VERB_NOUN)),
    # near miss: a time dating an event (E3)
    ("The ferry sank two days after the storm hit the coast.", "two days", "other:sink"),
]

BUSINESS = [
    ("The central bank cut its main interest rate to a 15-year low of 3 per cent.", "15-year", "measured"),
    ("Shares in the airline slumped to a 10-year low on Monday.", "10-year", "measured"),
    # near misses: a sized act (E2's noun); a count sizing a thing (E1)
    ("Dock workers will begin a 24-hour strike on Monday over pay.", "24-hour", "other:strike"),
    ("The carmaker opened a 2,000-worker plant in the south last year.", "2,000", "measured"),
]

POLITICS = [
    pytest.param("The opposition aired a 30-second advertisement attacking the prime minister.", "30-second", "measured",
                 marks=gap(VERB_NOUN)),
    ("The government's approval rating fell to a 20-year low in the latest poll.", "20-year", "measured"),
    # near misses: a sized act; a time dating an event
    ("The president began a 10-day tour of Asia on Sunday.", "10-day", "other:tour"),
    pytest.param("Parliament passed the bill two years after the election.", "two years", "other:pass",
                 marks=gap(DATED_OBJECT)),
]

HEALTH = [
    ("The health ministry released a five-minute video urging people to wash their hands.", "five-minute",
     "measured"),
    # near misses: a sized act; an age (E1)
    ("Doctors began a six-month trial of the new vaccine in March.", "six-month", "other:trial"),
    ("A 62-year-old man died of the virus on Friday.", "62-year-old", "measured"),
]

SCIENCE = [
    pytest.param("The space agency released a 20-minute film of the landing.", "20-minute", "measured",
                 marks=gap(VERB_NOUN)),
    pytest.param("Engineers fitted the rover with a 10-year battery before the launch.", "10-year", "measured",
                 marks=gap(VERB_NOUN)),
    # near misses: a time that is the verb's own complement; a sized act
    ("The probe circled the moon for six months before it crashed.", "six months", "other:circle"),
    ("The astronauts completed a seven-hour spacewalk on Thursday.", "seven-hour", "other:spacewalk"),
]

CRIME = [
    ("Police released a 10-minute recording of the suspect's interview.", "10-minute", "measured"),
    # near misses: a sized act; an age; a time dating an event
    ("The judge imposed a 12-month ban on the driver.", "12-month", "other:ban"),
    ("Police charged a 19-year-old man with the murder.", "19-year-old", "measured"),
    ("Detectives arrested the man three weeks after the robbery.", "three weeks", "other:arrest"),
]

SPORT = [
    pytest.param("The broadcaster will screen a 60-minute documentary on the champion tonight.", "60-minute", "measured",
                 marks=gap(THING_VERB)),
    # near misses: a sized act; a count sizing a thing (E1)
    ("The federation handed the sprinter a two-year ban for doping.", "two-year", "other:ban"),
    ("The club opened a 40,000-seat stadium on Saturday.", "40,000", "measured"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_event_clusters40_conflict(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_event_clusters40_disasters(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_event_clusters40_business(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_event_clusters40_politics(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_event_clusters40_health(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_event_clusters40_science(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_event_clusters40_crime(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_event_clusters40_sport(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
