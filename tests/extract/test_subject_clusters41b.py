"""Stop 41's blind probe of the subject (whose quantity a figure is) when the figure's own sentence names its owner
as the thing that HAS the count by a preposition rather than a verb: "Norcom, a retailer with 350 stores", "left
the Labour Party with 52 seats", "laden with 40 kilograms", "the six astronauts aboard Horizon". Invented wire
sentences of the eight domains, each owner written from the subject line of tests/gold/measures/GUIDE.md ("the
company, country, organisation, group or person that HAS, suffers, pays or does it"; "shortest unambiguous form")
and read again once against it before the code was run. Near misses the mend must not change: a "with" of company
("clashed with 300 rebels", "met with 40 union leaders"), a "with" on a verb whose doer is its named subject ("fled
with $30,000", "finished the group with nine points"), and a holder named by no name ("A study with 4,000
volunteers": the persons counted).

The dev pattern (tests/gold/measures, dev split): wrong subjects whose gold owner is the thing the count's "with" or
"aboard" phrase hangs on, in four stories: wn2004_051 ("the DHS, an agency assembled from 22 other agencies with
over 180,000 employees" -> DHS; us_homeland_security_secretary), lee3 cor_032 ("leave the Democrats with a rump of
three or four members" -> Democrats; democrats_leadership_2002), lee bg_231 ("the Italian Raffaello module, laden
with 3.5 tonnes of equipment" -> Raffaello module) and bg_125 ("the seven US and Russian astronauts on board
Endeavour" -> Endeavour; both shuttle_endeavour_2001). Owners are compared as the evaluation compares them
(`measure_rules.name_ok`). Rows marked with a reason are readings the extractor does not make (strict xfail).

Blind run (main 064f98d, before any change): 8 of 18 (conflict 2/3, disasters 0/2, business 0/2, politics 1/3,
health 2/2, science 1/2, crime 1/2, sport 1/2; all five near misses right). First try, extract/with_holder.py with a
verb's named object as a holder too (726a3e0): 18 of 18 here, three dev figures right, no dev row falling, but the
floors test found test-lee2 subject under its floor (0.404 < 0.42): reverted (6c03431). The near miss "provided
Colombia with 18 helicopters" was then added (right on the unchanged code) and the reader narrowed to a holder a
noun phrase gives: 18 of 19, the verb-object row a gap, no near miss lost."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok

VERB_OBJECT = gap("a 'with' on a verb's named object ('left the Labour Party with 52 seats'): the object is the "
                  "holder after 'leave' but the receiver after 'provide' and the beaten side after 'beat ... with 10 "
                  "balls to spare'; stop 41 read it (726a3e0) and fell under the test-lee2 subject floor")

CONFLICT = [
    pytest.param("The army sent the 5th Armoured Brigade, a unit with about 3,000 soldiers, to the northern border on "
                 "Monday.", "about 3,000", "5th Armoured Brigade"),
    ("The Northern Front, an armed group with some 8,000 fighters, seized the airport on Sunday.", "some 8,000",
     "Northern Front"),
    # near miss: a "with" of company names the group counted
    ("Government forces clashed with 300 rebels near the border on Sunday.", "300", "rebels"),
]

DISASTERS = [
    pytest.param("Rescuers reached the Marlin, a trawler with 14 crew on board, late on Tuesday.", "14", "Marlin"),
    pytest.param("Navy divers searched the Sea Lark, a ferry with 240 passengers, after it capsized off the cape.",
                 "240", "Sea Lark"),
]

BUSINESS = [
    pytest.param("Norcom, a retailer with 350 stores, said on Monday that its sales had fallen.", "350", "Norcom"),
    pytest.param("Westfield Bank agreed to buy Delta Savings, a lender with $4 billion in deposits.", "$4 billion",
                 "Delta Savings"),
]

POLITICS = [
    pytest.param("The election left the Labour Party with 52 seats in the assembly.", "52", "Labour Party",
                 marks=VERB_OBJECT),
    pytest.param("The Greens, a party with 12 MPs, backed the bill on Tuesday.", "12", "Greens"),
    # near misses: the persons met are the group counted; a giver owns what it gives the verb's object (added after
    # the first try, before the second was run)
    ("The minister met with 40 union leaders on Monday.", "40", "union leaders"),
    ("The United States provided Colombia with 18 helicopters last year.", "18", "United States"),
]

HEALTH = [
    ("St Vincent's, a hospital with 600 beds, closed its emergency ward on Monday.", "600", "St Vincent's"),
    # near miss: a holder no name names; the persons counted are the group
    ("A study with 4,000 volunteers found that the drug cut deaths.", "4,000", "volunteers"),
]

SCIENCE = [
    pytest.param("The six astronauts aboard Horizon will return to Earth on Friday.", "six", "Horizon"),
    ("The probe Talos, laden with 40 kilograms of instruments, was launched on Sunday.", "40 kilograms", "Talos"),
]

CRIME = [
    pytest.param("Police raided Kessler Holdings, a firm with 40 staff, on Monday.", "40", "Kessler Holdings"),
    # near miss: "with" on a verb whose named subject does it
    ("Jon Harker fled with $30,000 in cash, police said.", "$30,000", "Jon Harker"),
]

SPORT = [
    pytest.param("Rovers, a club with 20,000 members, were relegated on Saturday.", "20,000", "Rovers"),
    # near miss: the verb's named subject owns what it finishes with
    ("Spain finished the group with nine points.", "nine", "Spain"),
]


def owner(measures, text: str, number: str) -> str:
    """The subject of the figure of `text` whose surface holds `number`."""
    found = {k: m for k, m in measures(text).items() if number in k}
    assert found, list(measures(text))
    return min(found.items(), key=lambda kv: len(kv[0]))[1].subject


@pytest.mark.parametrize("text,number,expected", CONFLICT)
def test_subject_clusters41b_conflict(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", DISASTERS)
def test_subject_clusters41b_disasters(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", BUSINESS)
def test_subject_clusters41b_business(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", POLITICS)
def test_subject_clusters41b_politics(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", HEALTH)
def test_subject_clusters41b_health(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SCIENCE)
def test_subject_clusters41b_science(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", CRIME)
def test_subject_clusters41b_crime(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SPORT)
def test_subject_clusters41b_sport(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)
