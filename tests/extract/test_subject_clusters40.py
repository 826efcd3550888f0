"""Stop 40's blind probe of one dev-failure construction of the subject (whose quantity a figure is): a group of
persons named by a common noun with no article ("Police", "firefighters", "investors") as the doer of the figure's
own verb, or of the verb whose subjectless infinitive carries the figure ("Farmers plan to plant ..."). Dev: "Police
pursued the man ... for about 160 kilometres" (lee2 bg_054), "firefighters have been able to carry out back-burning
operations in three areas" (lee bg_033), "coalition aircraft used precision-guided weapons to strike two air defense
radar systems" (lee3 cor_009): each a different story, each read "" today.

Invented wire sentences of the eight domains, the expected owner written from the subject line of
tests/gold/measures/GUIDE.md ("the company, country, organisation, group or person that has, suffers, pays or does
it"; "" when the figure belongs to no one the text names; Q4 for "police") and read again once before the code ran.
Near misses the mend must not change: a victim count whose attacker is named (the counted group, or "" for bare
"people": the note on the withdrawn S1), things and levels with no persons ("Shares", "Temperatures", "Sea levels"),
a reporting subject ("Officials said"), and an infinitive whose doer is the higher verb's object ("Analysts expect
Orion Motors to report").

Owners are compared as the evaluation compares them (`measure_rules.name_ok`). First (blind) run, main 9615243:
13 of 34 (conflict 2/5, disasters 2/5, business 3/7, politics 1/4, health 2/4, science 1/3, crime 1/3, sport 1/3),
every near miss right; with doers.py 27 of 34, every near miss still right. Rows marked with a reason are readings
the extractor does not make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok

OBJECT = gap("a count of things that is the bare plural doers' direct object: theirs by the GUIDE subject line, but "
             "tests/extract/test_subject.py pins 'Divers have won seven medals' -> '' (a kind) and stop 36 measured the "
             "wider rule 1 right of 7 on dev, so doers.py reads only sizes, spans and sums there (doers.sized; the "
             "tagger gives 'hectares' no QUANTITY)")
CHANGED = gap("a change of rates: clause_subject.verb_subject reads 'central bank', but measure.py then reads the "
              "owner on the changed thing ('rates', _changed_quantity) and gives ''; not traced further in stop 40")

CONFLICT = [
    pytest.param("Rebels fired 20 rockets at the capital overnight.", "20", "Rebels", marks=OBJECT),
    ("Government troops advanced 40 kilometres into the northern province on Tuesday.", "40 kilometres",
     "Government troops"),
    pytest.param("Insurgents tried to blow up two bridges on the main supply road.", "two", "Insurgents", marks=OBJECT),
    ("Militants killed 30 people in the raid.", "30", ""),
    ("Rebels shelled the town, killing 14 civilians.", "14", "civilians"),
]

DISASTERS = [
    ("Firefighters battled the blaze for 18 hours before bringing it under control.", "18", "Firefighters"),
    pytest.param("Volunteers have filled 50,000 sandbags along the river bank.", "50,000", "Volunteers", marks=OBJECT),
    ("Rescue crews began to clear 40 kilometres of blocked road.", "40 kilometres", "Rescue crews"),
    ("Floodwaters covered 2,000 hectares of farmland.", "2,000 hectares", ""),
    ("Temperatures reached 46 degrees in the town on Friday.", "46 degrees", ""),
]

BUSINESS = [
    ("Investors poured $3 billion into technology funds last month.", "$3 billion", "Investors"),
    ("Dockworkers walked off the job for 48 hours on Monday.", "48", "Dockworkers"),
    pytest.param("Farmers plan to plant 30,000 hectares of wheat this season.", "30,000 hectares", "Farmers", marks=OBJECT),
    ("Shares fell 4 per cent in early trading.", "4 per cent", ""),
    ("Prices rose 2.1 per cent in the year to March.", "2.1 per cent", ""),
    ("Analysts expect Orion Motors to report a profit of $300 million.", "$300 million", "Orion Motors"),
    pytest.param("Economists expect the central bank to raise rates by 0.5 percentage points.",
                 "0.5 percentage points", "central bank", marks=CHANGED),
]

POLITICS = [
    ("Protesters marched 15 kilometres to the parliament building.", "15 kilometres", "Protesters"),
    ("Lawmakers debated the bill for nine hours.", "nine", "Lawmakers"),
    pytest.param("Opposition supporters collected 80,000 signatures for the petition.", "80,000", "Opposition supporters", marks=OBJECT),
    ("Officials said turnout reached 64 per cent.", "64 per cent", ""),
]

HEALTH = [
    pytest.param("Doctors performed 300 operations at the field hospital last week.", "300", "Doctors", marks=OBJECT),
    ("Nurses walked out for 24 hours over pay.", "24", "Nurses"),
    ("Cases rose 12 per cent in the past week.", "12 per cent", ""),
    ("Health workers vaccinated 40,000 children in the district.", "40,000", "children"),
]

SCIENCE = [
    ("Astronauts spent seven hours outside the station on Monday.", "seven", "Astronauts"),
    ("Researchers drilled 800 metres into the ice sheet.", "800 metres", "Researchers"),
    ("Sea levels rose 20 centimetres over the century.", "20 centimetres", ""),
]

CRIME = [
    ("Police seized 200 kilograms of cocaine at the port.", "200 kilograms", "police"),
    ("Detectives questioned the suspect for 14 hours.", "14", "Detectives"),
    ("Gunmen shot dead three guards at the bank.", "three", "guards"),
]

SPORT = [
    ("Fans travelled 800 kilometres to watch the final.", "800 kilometres", "Fans"),
    ("Supporters raised $40,000 for the injured player's family.", "$40,000", "Supporters"),
    ("Tickets for the final cost $80.", "$80", ""),
]


def owner(measures, text: str, number: str) -> str:
    """The subject of the figure of `text` whose surface holds `number`."""
    found = {k: m for k, m in measures(text).items() if number in k}
    assert found, list(measures(text))
    return min(found.items(), key=lambda kv: len(kv[0]))[1].subject


@pytest.mark.parametrize("text,number,expected", CONFLICT)
def test_subject_clusters40_conflict(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", DISASTERS)
def test_subject_clusters40_disasters(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", BUSINESS)
def test_subject_clusters40_business(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", POLITICS)
def test_subject_clusters40_politics(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", HEALTH)
def test_subject_clusters40_health(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SCIENCE)
def test_subject_clusters40_science(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", CRIME)
def test_subject_clusters40_crime(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SPORT)
def test_subject_clusters40_sport(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)
