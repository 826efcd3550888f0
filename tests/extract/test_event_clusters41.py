"""Stop 41's blind probe of the widest dev-failure cluster of the event field: a count of places (or of occasions)
in the phrase that says WHERE an act happened ("shot dead five Palestinians in two West Bank towns", lee bg_277;
"In 3,059 cases, the detainees were kept", wn2004_045; "will feature on all six ABC radio networks", bg_174;
"students from 26 countries", bg_125; "from its two largest provinces", bg_240): the act is done in the places, not
to them, so the count is carried by no verb (GUIDE E1: `measured`), where the code reads the act's verb. Ordinary
wire sentences written for the round (no corpus, gold or test sentence copied), over the eight domains, with near
misses the mend must not change: the places as the verb's object, a count whose noun names an act (E2), a class
verb ("beat ... in four sets": won), persons or things a verb takes from ("collected donations from 200
companies"). Every event was written from tests/gold/measures/GUIDE.md (E1, E2) and read against it a second time
before the code ran. Rows marked with a reason are readings the extractor does not make (strict xfail).

Blind score on the unchanged code: 9/23. The reading (setting_count.py, commit 9deba1b) read 22/23 and five dev figures
right in five stories with no dev row falling, but the test split, in aggregate, fell under its event floors (test
event 0.768 -> 0.754, test-new 0.754 -> 0.738; event class 0.824 -> 0.796, 0.836 -> 0.803; test-lee3 0.692 -> 0.731), as
stop 36's narrower version did (21cdce8, 5f106eb): it was reverted, and its rows stay gaps."""
from __future__ import annotations

import pytest

from conftest import gap

SETTING = ("a count of places or occasions in a phrase of setting takes the verb (or class) of the act done in "
    "them; reading it `measured` (E1) was measured and dropped twice (stop 36, stop 41): the held-out gold reads "
    "more such counts with the verb, test event fell under its floors")
AMBUSH_TOLL = ("'killed in two separate ambushes': the count of ambushes takes the clause's casualty verb "
    "(killed), not its own act noun (E2), as 'in two separate shootings' (bg_116) is read")

CONFLICT = [
    pytest.param("Government troops raided homes in four villages north of the capital on Tuesday.", "four", "measured",
                 marks=gap(SETTING)),
    pytest.param("Rebels fired mortars at army posts in three districts overnight, the military said.", "three",
                 "measured", marks=gap(SETTING)),
    # near misses: the places as the verb's object; a count whose noun names an act (E2)
    ("Rebels seized four villages north of the capital on Tuesday.", "four", "other:seize"),
    pytest.param("Three soldiers were killed in two separate ambushes on Monday.", "two", "other:ambush",
                 marks=gap(AMBUSH_TOLL)),
]

DISASTERS = [
    pytest.param("Floodwaters cut power to homes in six provinces, officials said.", "six", "measured",
                 marks=gap(SETTING)),
    pytest.param("Firefighters battled blazes in 12 counties on Sunday.", "12", "measured",
                 marks=gap(SETTING)),
    # near misses: the places as the verb's object
    ("The storm flooded six towns along the coast.", "six", "other:flood"),
]

BUSINESS = [
    pytest.param("The retailer will close stores in 14 states by the end of the year.", "14", "measured",
                 marks=gap(SETTING)),
    pytest.param("The carmaker sells its vehicles in more than 40 countries.", "more than 40", "measured",
                 marks=gap(SETTING)),
    # near misses: the counted things as the verb's object; a source the verb takes from
    ("The retailer will close 14 stores by the end of the year.", "14", "other:close"),
    ("The charity collected donations from 200 companies last year.", "200", "other:collect"),
]

POLITICS = [
    pytest.param("Opposition supporters marched in at least five cities on Saturday.", "at least five", "measured",
                 marks=gap(SETTING)),
    pytest.param("Delegates from 30 countries met in Geneva to discuss the treaty.", "30", "measured",
                 marks=gap(SETTING)),
    # near miss: the persons as the verb's object
    ("Police arrested 40 protesters in the capital on Saturday.", "40", "other:arrest"),
]

HEALTH = [
    pytest.param("The vaccine is being given at 200 clinics across the region.", "200", "measured",
                 marks=gap(SETTING)),
    pytest.param("Doctors have reported outbreaks of measles in nine provinces this year.", "nine", "measured",
                 marks=gap(SETTING)),
    # near miss: the persons as the verb's object
    ("The hospital treated 23 patients for burns.", "23", "other:treat"),
]

SCIENCE = [
    pytest.param("The probe found traces of water ice in three craters near the moon's south pole.", "three",
                 "measured", marks=gap(SETTING)),
    # near miss: the places as the verb's object
    ("The rover photographed three craters near its landing site.", "three", "other:photograph"),
]

CRIME = [
    pytest.param("Detectives searched properties in four suburbs on Thursday.", "four", "measured",
                 marks=gap(SETTING)),
    # near miss: the places as the verb's object
    ("The gang robbed four banks in a week.", "four", "other:rob"),
]

SPORT = [
    pytest.param("The touring side will play matches at six venues around the country.", "six", "measured",
                 marks=gap(SETTING)),
    # near miss: a class verb's extent (dev bg_283, bg_299 read "in four sets" so)
    ("Federer beat the defending champion in four sets.", "four", "won"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_event_clusters41_conflict(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_event_clusters41_disasters(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_event_clusters41_business(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_event_clusters41_politics(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_event_clusters41_health(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_event_clusters41_science(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_event_clusters41_crime(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_event_clusters41_sport(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
