"""Stop 40's blind probe (place40b) of one construction of the dev places spelled in the figure's own sentence and not
read: a clause that describes the figure's counted noun, or the act it happened in, names where the counted event
happened in a locative of its own ("killed three Palestinian militants who attacked one of its armoured vehicles in
the northern Gaza Strip", lee bg_014; "one of two Palestinians who shot the settler dead on Sunday in the north of the
Gaza Strip", lee bg_267; "the more than 220 people killed in a fire that's destroyed part of downtown Lima", lee
bg_011). GUIDE P1: the place the sentence restricts the figure to; P4: an unnamed site gives its town.

Invented wire sentences of the eight domains, each label written from the GUIDE before the code was run and read
against it a second time. Near misses expect "": a clause on another noun than the figure's (a speaker, a company,
a person charged), a person's origin ("from X"), a background the clause tells of the people counted that is not the
counted event ("players who had starred in Brazil"), a distance between two places (P5). Each row is read with a
second sentence naming another place, so no whole-article scene is read. Rows marked with a reason are readings the
extractor does not make (strict xfail).

Blind run: 12 / 28 (the 11 near misses and one row read by hop_place). The mend measured on it (b57cee0,
described_place.py) read 25 / 28 with every near miss kept and 3 dev-lee places, but test place fell under its floor,
so it was reverted: the 13 rows it read are DESCRIBED, the three it left INTRANSITIVE. Stop 43: one DESCRIBED row
("off the coast of Mozambique") is read by the scene, its second sentence naming no place the recogniser knows."""
from __future__ import annotations

import pytest

from conftest import gap
from probe_articles import ELSEWHERE

# the mend measured on this table (commit b57cee0, described_place.py) read a restrictive clause that takes an object
# or is passive; it read the DESCRIBED rows and 3 dev-lee places right with no dev row falling, but test place fell
# under its floor (0.718 < 0.72, aggregate only), so it was reverted and no reader walks such a clause
DESCRIBED = gap(
    "the place is in a restrictive clause on the figure's counted noun or on the act it happened in ('four gunmen "
    "who had attacked a checkpoint in X', 'died in a fire that gutted a market in X'), which no reader walks: "
    "described_place.py (b57cee0) read these rows and fell under the test place floor, reverted")
INTRANSITIVE = gap(
    "the describing clause's verb is intransitive ('who marched on parliament in X', 'who fell ill after a wedding in "
    "X', 'that had opened in X'): no reader walks it, and the measured mend (b57cee0) left such a clause too, which "
    "tells as often a background of the people counted ('players who had starred in Brazil', a near miss here)")

ROWS = [
    # conflict
    pytest.param("conflict", "Troops killed four gunmen who had attacked a checkpoint in Kandahar.", "four", "Kandahar",
                 marks=DESCRIBED),
    pytest.param("conflict", "Soldiers shot dead two militants who opened fire on a patrol near Jenin.", "two", "Jenin",
                 marks=DESCRIBED),
    pytest.param("conflict", "Nine civilians died in an air strike that hit a market in Idlib.", "Nine", "Idlib",
                 marks=DESCRIBED),
    ("conflict", "Two ministers who visited Kabul last week said 300 soldiers would be sent.", "300", ""),
    # disasters
    pytest.param("disasters", "Twelve people died in a fire that gutted a market in Lagos.", "Twelve", "Lagos",
                 marks=DESCRIBED),
    pytest.param("disasters", "At least 40 people were killed by a landslide that buried a village in Sumatra.",
                 "At least 40", "Sumatra", marks=DESCRIBED),
    pytest.param("disasters", "Rescuers freed 30 miners who had been trapped underground at Soma.", "30", "Soma",
                 marks=DESCRIBED),
    ("disasters", "Eight tourists who had flown in from Sydney died when their bus overturned.", "Eight", ""),
    # crime and courts
    pytest.param("crime", "Police arrested three men who robbed a bank in Leeds.", "three", "Leeds",
                 marks=DESCRIBED),
    pytest.param("crime", "Detectives charged four teenagers who vandalised a school in Bristol.", "four", "Bristol",
                 marks=DESCRIBED),
    ("crime", "Police questioned five men from Birmingham over the attack.", "five", ""),
    ("crime", "A man who lives in Perth has been charged with 12 offences.", "12", ""),
    # politics
    pytest.param("politics", "Police detained 50 protesters who marched on parliament in Tbilisi.", "50", "Tbilisi",
                 marks=INTRANSITIVE),
    ("politics", "Two ministers who toured Lagos on Monday promised 500 new jobs.", "500", ""),
    pytest.param("politics", "Election officials counted 2,000 ballots that were cast at polling stations in Mombasa.",
                 "2,000", "Mombasa", marks=DESCRIBED),
    # health
    pytest.param("health", "Doctors treated 25 guests who fell ill after a wedding in Multan.", "25", "Multan",
                 marks=INTRANSITIVE),
    pytest.param("health", "Health officials traced 60 cases that were linked to a hospital in Jeddah.", "60", "Jeddah",
                 marks=DESCRIBED),
    ("health", "The 300 nurses, who trained in Manila, will start work in March.", "300", ""),
    # sport
    pytest.param("sport", "Stewards ejected 40 fans who invaded the pitch at a stadium in Glasgow.", "40", "Glasgow",
                 marks=DESCRIBED),
    ("sport", "United signed two players who had starred in Brazil.", "two", ""),
    ("sport", "The striker has scored 30 goals since he joined from a club in Lisbon.", "30", ""),
    # science and space
    ("science", "Volunteers counted 300 birds that nested on cliffs in Shetland.", "300", "Shetland"),
    # read by the scene since stop 43 ("of" a country's ground is a locative of the opening, setting._ground_of): the
    # recogniser makes the second sentence's Kourou no place, so the whole article names one; no clause reader
    ("science", "Researchers tagged 40 sharks that were caught off the coast of Mozambique.", "40", "Mozambique"),
    ("science", "The pipeline runs 1,200 kilometres between Baku and Ceyhan.", "1,200 kilometres", ""),
    # business and markets
    pytest.param("business", "The carmaker laid off 200 workers who staffed its plant in Geelong.", "200", "Geelong",
                 marks=DESCRIBED),
    ("business", "The firm, which has offices in London, reported a profit of $40 million.", "$40 million", ""),
    ("business", "Shareholders who met in Zurich approved a dividend of 2 francs.", "2 francs", ""),
    pytest.param("business", "The chain closed 15 stores that had opened in Ohio in 2019.", "15", "Ohio",
                 marks=INTRANSITIVE),
]


@pytest.mark.parametrize("domain,text,surface,expected", ROWS)
def test_place_clusters40_describing_clause(measures, domain, text, surface, expected):
    assert measures(f"{text} {ELSEWHERE[domain]}")[surface].place == expected
