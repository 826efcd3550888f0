"""Stop 40's blind probe of the subject (whose quantity a figure is) when the owner is named only in the sentence
before the figure's and the figure's own clause points back to it by a pronoun ("They fired 12 mortar rounds", "saw
them destroy four houses", "Its 4,000 workers", "She has served 24 years"): invented two-sentence wire articles of
the eight domains, each owner written from the subject line of tests/gold/measures/GUIDE.md ("the company, country,
organisation, group or person that has, suffers, pays or does it"; "" when the figure belongs to no one the text
names) and read again once against it before the code was run. Near misses: a figure whose own sentence names
another group (the killed "civilians", the "children" who died or were vaccinated, "The men had stolen"), a toll of
a storm that is no one's, a figure a pronoun's group only forecasts ("They forecast earnings of $1.2 billion": the
bank's), and a count with no owner after a sentence naming a person ("300 roads were still closed").

The dev pattern (tests/gold/measures, dev split): wrong subjects whose gold owner stands 1-3 sentences before the
figure and whose own sentence points back by a pronoun: lee bg_177 ("Eyewitnesses report seeing them fire as many as
four missiles", the Israeli helicopters), bg_132 ("His innings came from 207 balls, including 12 fours and four
sixes"), lee2 bg_200 ("He, along with around 1,000 of his people"), wn2004_049 ("He cited ... more than 22 consecutive
years"), lee2 bg_191 ("they have always got on well in the five Tests"). Owners are compared as the evaluation
compares them (`measure_rules.name_ok`); a row listing two names with ";" takes either. Rows marked with a reason
are readings the extractor does not make (strict xfail).

Blind run (main ea50000, before any change): 10 of 24 (conflict 2/5, disasters 1/3, business 1/4, politics 2/3,
health 2/3, science 0/2, crime 1/2, sport 1/2). With extract/described_group.py ("they"/"them" standing for a plural
a word describes, when no definite group or convicted group is found): 18 of 24, no near miss lost."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok

REPORTED = gap("a 'they' in a clause a reporting verb reports ('Residents said they dropped', 'They fired ..., a "
               "military spokesman said') stands for the reporter when it is a named body, else for no one "
               "(antecedent._reporter): the group named before is not sought")
BARE = gap("a bare plural named before ('Firefighters battled ... They have saved 200 homes'): described_group takes "
           "only a plural a word describes, since bare plurals speak of a kind (stop 36: 1 right of 7 on dev)")
FORECAST = gap("a sum others forecast for a company named before ('They forecast earnings of $1.2 billion'): the "
               "analysts are rightly not taken, and the company is not carried to the phrase")
EMPLOYS = gap("'Its 4,000 workers': a company's employees, which the README lists as labelled two ways; the counted "
              "group is given")
COUNTED = gap("a counted group of persons a body treats ('have treated 1,200 patients'): the counted noun is given "
              "where the body that does it owns the figure (stop 38's COUNTED)")

CONFLICT = [
    pytest.param("Rebel fighters attacked an army base in the east on Sunday. They fired 12 mortar rounds before "
                 "withdrawing, a military spokesman said.", "12", "Rebel fighters", marks=REPORTED),
    pytest.param("Russian warplanes struck the city of Kharn overnight. Residents said they dropped at least eight "
                 "bombs on the market.", "at least eight", "Russian warplanes", marks=REPORTED),
    ("Government troops recaptured the town of Bel on Monday. They said 40 civilians had been killed in the "
     "fighting.", "40", "civilians"),
    ("Militants from the Northern Front stormed a village on Friday. Officials said 23 villagers were killed.", "23",
     "villagers"),
    ("Israeli tanks entered the refugee camp before dawn. Witnesses saw them destroy four houses.", "four",
     "Israeli tanks"),
]

DISASTERS = [
    pytest.param("Firefighters battled the blaze in the hills for a third day on Thursday. They have saved 200 homes "
                 "so far, the fire service said.", "200", "Firefighters", marks=BARE),
    ("The storm hit the coast on Sunday. It destroyed 3,000 homes and killed 12 people.", "12", ""),
    ("Volunteers from the Red Cross reached the flooded villages on Monday. They handed out 5,000 food parcels.",
     "5,000", "Red Cross; volunteers"),
]

BUSINESS = [
    ("Dock workers at the port of Valen walked off the job on Monday. They are demanding a pay rise of 6 per cent.",
     "6 per cent", "Dock workers"),
    pytest.param("Analysts expect Cobalt Bank to report higher profit this week. They forecast earnings of $1.2 "
                 "billion.", "$1.2 billion", "Cobalt Bank", marks=FORECAST),
    pytest.param("Kessler Motors said on Monday it would close two plants. Its 4,000 workers there will be offered "
                 "other jobs.", "4,000", "Kessler Motors", marks=EMPLOYS),
    ("Pilots at Skyway Airlines went on strike on Monday. The airline said it had cancelled 120 flights.", "120",
     "Skyway Airlines; airline"),
]

POLITICS = [
    ("Opposition lawmakers walked out of parliament on Tuesday. They had tabled 35 amendments to the bill.", "35",
     "Opposition lawmakers"),
    ("Senator Ruth Allen announced her retirement on Friday. She has served 24 years in the Senate.", "24",
     "Ruth Allen"),
    ("Prime Minister Karl Berg visited the flooded province on Monday. Officials told him 300 roads were still "
     "closed.", "300", ""),
]

HEALTH = [
    pytest.param("Doctors from Medecins Sans Frontieres arrived in the camp last week. They have treated 1,200 "
                 "patients for cholera.", "1,200", "Medecins Sans Frontieres; doctors", marks=COUNTED),
    ("Health workers in the province reported a rise in malaria cases. They said 62 children had died since "
     "January.", "62", "children"),
    ("Volunteers from the Blue Cross vaccinated children in the north last week. Officials said 4,000 children had "
     "now received the vaccine.", "4,000", "children"),
]

SCIENCE = [
    ("Chinese astronauts returned to Earth on Saturday after six months in orbit. They carried out 40 experiments on "
     "the station.", "40", "Chinese astronauts"),
    ("Researchers from the Oslo Institute tracked wolves in the north for two years. They fitted 45 wolves with "
     "radio collars.", "45", "Oslo Institute; researchers"),
]

CRIME = [
    ("Customs officers at the airport searched a cargo plane on Sunday. They seized 300 kilograms of cocaine.",
     "300 kilograms", "Customs officers"),
    ("Detectives arrested two men in Leeds on Friday. The men had stolen 14 cars.", "14", "men"),
]

SPORT = [
    ("Kenyan runners dominated the city marathon on Sunday. They took 7 of the first 10 places.", "7",
     "Kenyan runners"),
    ("Striker Paulo Neves was named player of the season. He scored 27 goals in all competitions.", "27",
     "Paulo Neves"),
]


def owner(measures, text: str, number: str) -> str:
    """The subject of the figure of `text` whose surface holds `number`."""
    found = {k: m for k, m in measures(text).items() if number in k}
    assert found, list(measures(text))
    return min(found.items(), key=lambda kv: len(kv[0]))[1].subject


@pytest.mark.parametrize("text,number,expected", CONFLICT)
def test_subject_clusters40b_conflict(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", DISASTERS)
def test_subject_clusters40b_disasters(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", BUSINESS)
def test_subject_clusters40b_business(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", POLITICS)
def test_subject_clusters40b_politics(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", HEALTH)
def test_subject_clusters40b_health(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SCIENCE)
def test_subject_clusters40b_science(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", CRIME)
def test_subject_clusters40b_crime(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SPORT)
def test_subject_clusters40b_sport(measures, text, number, expected):
    assert name_ok(owner(measures, text, number), expected)
