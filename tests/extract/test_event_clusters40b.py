"""Stop 40's blind probe of one event cluster: a casualty or injury word that only modifies another noun ("12 death
threats", "five death sentences", "40 inmates on death row", "the body of midwives") is no casualty event of the
figure: GUIDE E2 takes the verb that governs the figure or the counted noun's own lemma, and the quantity line
takes the head noun ("threat", "sentence"), never `killed`/`deaths` (dev-lee4 bg_004 "the body of midwives to the
hospital - there are over 70 midwives": killed, deaths). Ordinary wire sentences written for the round (no corpus,
gold or test sentence copied), over the eight domains, with near misses the mend must not change: a toll or count
noun ("death toll", "death count", "body count"), "40 deaths", "12 dead", "the bodies of three children". Every
label was written from tests/gold/measures/GUIDE.md (the quantity table, E1, E2) and read against it a second time
before the code ran. A row checks only the fields GUIDE settles for it (a corpse count's verb of action is left
unchecked: E1/E2 do not say whether "recovered 40 bodies" is other:recover or killed). Blind run on the unchanged
code: 17 of 30 rows right (every "death threats", "death sentences", "death warrants", "death row", "injury claims",
"dead stars" and "a body of 60 lawmakers" row read killed or injured). After extract/modifier_event.py: 26 of 30, every
near miss kept; the four rows left are strict xfails with their causes (the "death count" near miss was wrong before
the round too)."""
from __future__ import annotations

import pytest

from conftest import gap

TALLY_QUANTITY = ("'the death count' is counted as 'count': the quantity table names 'death toll', not 'death count', "
    "and the counted phrase keeps its head; the event (killed) is read")
CELESTIAL_BODIES = ("'bodies' is always a corpse in the casualty vocabulary (lexicon.EVENT_NOUNS, measure_lexicon): "
    "astronomy's 'small bodies' has no sense split")
TIME_OF_NOUN = ("'five minutes of injury time' as a verb's object reads measured: E5's 'N <time> of <action noun>' "
    "is read only for action nouns, and 'time' is none")

CONFLICT = [
    ("The rebel commander said he had received 12 death threats since the ceasefire.", "12",
     {"event": "other:receive", "quantity": "threat"}),
    ("Gunmen from a death squad abducted 15 villagers near the border on Sunday.", "15",
     {"event": "other:abduct", "quantity": "people"}),
    ("The militia's death squads killed 30 civilians in the village.", "30",
     {"event": "killed", "quantity": "deaths"}),
    # near misses: a toll noun; a corpse count
    ("The death toll from the shelling rose to 40, the army said.", "40",
     {"event": "killed", "quantity": "deaths"}),
    ("Rescuers recovered 40 bodies from the rubble of the bombed school.", "40", {"quantity": "deaths"}),
]

DISASTERS = [
    ("The hospital's casualty ward treated 30 people after the bus crash.", "30",
     {"event": "other:treat", "quantity": "people"}),
    # near misses: a body count is a toll; "dead" and "injured" as the counted persons
    ("Officials put the body count from the floods at 85 on Tuesday.", "85",
     {"event": "killed", "quantity": "deaths"}),
    ("The storm left 8 dead and 30 injured in the coastal towns.", "8",
     {"event": "killed", "quantity": "deaths"}),
    ("The storm left 8 dead and 30 injured in the coastal towns.", "30",
     {"event": "injured", "quantity": "injured"}),
    pytest.param("The mine collapse raised the death count to 17.", "17", {"event": "killed", "quantity": "deaths"},
                 marks=gap(TALLY_QUANTITY)),
]

BUSINESS = [
    ("The insurer rejected 300 injury claims after the factory fire.", "300",
     {"event": "other:reject", "quantity": "claim"}),
    ("The industry body said 40 companies had cut jobs this year.", "40",
     {"event": "other:cut", "quantity": "company"}),
    ("The nurses' peak body said 200 nurses had quit their jobs this year.", "200",
     {"event": "other:quit", "quantity": "people"}),
]

POLITICS = [
    ("The governor has signed 14 death warrants since taking office.", "14",
     {"event": "other:sign", "quantity": "warrant"}),
    ("A body of 60 lawmakers called for the minister to resign.", "60",
     {"event": "other:call", "quantity": "people"}),
    ("Parliament debated the death penalty for 12 hours on Thursday.", "12",
     {"event": "other:debate", "quantity": "duration"}),
]

HEALTH = [
    ("The representative body of nurses said more than 500 nurses had signed the petition.", "more than 500",
     {"event": "other:sign", "quantity": "people"}),
    # stop 43: the verb whose object the count is (extract/object_verb.py), moved up from a strict xfail
    ("Regulators received 80 injury reports linked to the device.", "80",
     {"event": "other:receive", "quantity": "report"}),
    # near miss: deaths under a verb of state
    ("There have been 40 deaths from the virus in the region since March.", "40",
     {"event": "killed", "quantity": "deaths"}),
]

SCIENCE = [
    ("Astronomers catalogued 300 dead stars in the nearby galaxy.", "300",
     {"event": "other:catalogue", "quantity": "star"}),
    pytest.param("Astronomers have identified 300 small bodies beyond Neptune.", "300",
                 {"event": "other:identify", "quantity": "body"}, marks=gap(CELESTIAL_BODIES)),
]

CRIME = [
    ("The court handed down five death sentences on Monday.", "five",
     {"event": "other:hand", "quantity": "sentence"}),
    ("There are 40 inmates on death row in the state.", "40", {"event": "measured", "quantity": "people"}),
    ("Prosecutors said the gang had made 12 death threats against the judge.", "12",
     {"event": "other:make", "quantity": "threat"}),
    # near misses: dead persons counted; the bodies of the counted persons
    ("Police said 12 were dead after the shooting.", "12", {"event": "killed", "quantity": "deaths"}),
    ("Police found the bodies of three children in the house.", "three", {"quantity": "deaths"}),
]

SPORT = [
    ("Smith scored two goals in injury time to win the match.", "two",
     {"event": "other:score", "quantity": "goal"}),
    pytest.param("The referee added five minutes of injury time.", "five minutes", {"event": "other:add"},
                 marks=gap(TIME_OF_NOUN)),
    ("The striker received 20 death threats after missing the penalty.", "20",
     {"event": "other:receive", "quantity": "threat"}),
    # near miss: injured players
    ("Two players were injured in the opening half.", "Two", {"event": "injured", "quantity": "injured"}),
]


def _read(measures, text: str, surface: str) -> dict[str, str]:
    """The probed fields of the figure whose surface is (or starts with) `surface`."""
    found = measures(text)
    key = surface if surface in found else next(k for k in found if k.startswith(surface))
    return found[key]


def _check(measures, text: str, surface: str, expected: dict[str, str]) -> None:
    """Every field the row settles reads as labelled."""
    m = _read(measures, text, surface)
    assert {f: getattr(m, f) for f in expected} == expected


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_event_clusters40b_conflict(measures, text, surface, expected):
    _check(measures, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_event_clusters40b_disasters(measures, text, surface, expected):
    _check(measures, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_event_clusters40b_business(measures, text, surface, expected):
    _check(measures, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_event_clusters40b_politics(measures, text, surface, expected):
    _check(measures, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_event_clusters40b_health(measures, text, surface, expected):
    _check(measures, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_event_clusters40b_science(measures, text, surface, expected):
    _check(measures, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_event_clusters40b_crime(measures, text, surface, expected):
    _check(measures, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_event_clusters40b_sport(measures, text, surface, expected):
    _check(measures, text, surface, expected)
