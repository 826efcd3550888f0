"""Stop 37's second probe of the quantity vocabulary on ordinary wire-service news of the issue's eight domains, new
sentences (none of stop 36's, none from the corpora or the gold), weighted to what stop 36 covered least (health:
cases, hospitalisations, doses, tests, beds; science and space: distances, masses, budgets, satellites; elections:
turnout, votes, seats, margins, polls; sport: goals, runs, medals, prize money, fees, attendance; crime and courts:
sentences, fines, damages, seizures, arrests; markets: index points, yields, bonds, market value), with rows whose
quantity is a plain head lemma (GUIDE: a word absent from the vocabulary falls back to its head lemma). Each label
was written from tests/gold/measures/GUIDE.md, re-read once against it, before the code was run; rows marked with a
reason are readings the extractor does not make (strict xfail). docs/findings/quantity.md, "(stop 37)", tables the misses."""
from __future__ import annotations

import pytest

from conftest import gap


CONFLICT = [
    ("Artillery shelling killed 16 civilians in the eastern town on Sunday, local officials said.", "16", "deaths"),
    ("The army said it had killed 45 insurgents in clashes near the border.", "45", "deaths"),
    ("At least 9 people were wounded when a mortar round hit a market.", "At least 9", "injured"),
    ("The coalition carried out 120 air strikes over the past week.", "120", "strike"),
    ("About 700 fighters have surrendered to government forces.", "About 700", "troops"),
    ("The United States announced a further $400 million in military aid to the country.", "$400 million", "aid"),
    ("Nearly 2 million people have fled across the border since the invasion.", "Nearly 2 million", "displaced"),
    ("The militia released 30 hostages on Thursday.", "30", "people"),
    ("Two journalists were taken hostage near the front line.", "Two", "people"),
]

DISASTERS = [
    ("The death toll from the floods has reached 212, officials said.", "212", "deaths"),
    ("More than 1,500 people were injured in the quake.", "More than 1,500", "injured"),
    ("Some 300 people remain unaccounted for after the mudslide.", "Some 300", "missing"),
    ("The typhoon destroyed 3,400 houses along the coast.", "3,400", "house"),
    ("Insurers estimate the damage at $8 billion.", "$8 billion", "cost"),
    ("The volcano has forced 15,000 residents to leave their homes.", "15,000", "displaced"),
    ("The wildfire has burned 120,000 hectares of forest.", "120,000 hectares", "area"),
    ("Rescuers have recovered 48 bodies from the wreckage.", "48", "deaths"),
    ("The quake had a magnitude of 7.1, the geological survey said.", "7.1", "magnitude"),
]

BUSINESS = [
    ("The Dow Jones Industrial Average fell 412 points, or 1.2 per cent.", "412", "index_level"),
    ("The Dow Jones Industrial Average fell 412 points, or 1.2 per cent.", "1.2 per cent", "index_level"),
    ("The Nikkei closed up 1.8 per cent at 38,200.", "38,200", "index_level"),
    ("The yield on the 10-year Treasury note rose to 4.6 per cent.", "4.6 per cent", "yield"),
    pytest.param("The government raised $3 billion in a sale of 10-year bonds.", "$3 billion", "debt",
                 marks=gap("a sum a sale of bonds raises is read by 'sale' (sales); borrowing by bonds: one domain")),
    ("The chipmaker's market value climbed to $3 trillion on Wednesday.", "$3 trillion", "price"),
    ("Brent crude rose 2 per cent to $84 a barrel.", "$84", "price"),
    ("The bank reported a net profit of €2.3 billion for the quarter.", "€2.3 billion", "profit"),
    ("The company will cut 1,800 jobs as part of a restructuring.", "1,800", "job"),
    ("Shares in the miner tumbled 14 per cent after the profit warning.", "14 per cent", "share_price"),
    ("The firm agreed to buy the software maker for $7.5 billion in cash.", "$7.5 billion", "deal_value"),
    ("The carmaker sold 2.1 million vehicles last year.", "2.1 million", "vehicle"),
    ("Retail sales rose 0.4 per cent in October.", "0.4 per cent", "sales"),
    ("The S&P 500 gained 23 points to close at 5,100.", "23", "index_level"),
]

POLITICS = [
    ("Voter turnout reached 71 per cent, the highest in two decades.", "71 per cent", "turnout"),
    ("Turnout in the runoff fell to 44 per cent.", "44 per cent", "turnout"),
    ("The incumbent won 54 per cent of the vote.", "54 per cent", "votes"),
    ("The challenger trailed by fewer than 3,000 votes.", "fewer than 3,000", "votes"),
    ("The Labour Party won 211 seats in the 450-seat chamber.", "211", "seats"),
    ("The centre-right bloc lost its majority, falling to 87 seats.", "87", "seats"),
    ("An opinion poll put support for the president at 38 per cent.", "38 per cent", "share"),
    ("The governor won by a margin of 12,000 votes.", "12,000", "votes"),
    ("More than 42 million people were registered to vote.", "More than 42 million", "people"),
    ("The party's candidate collected 1.6 million votes.", "1.6 million", "votes"),
    ("About 20,000 demonstrators gathered in the main square.", "About 20,000", "people"),
]

HEALTH = [
    ("Health officials confirmed 230 new cases of cholera on Monday.", "230", "case"),
    ("Hospitalisations rose to 1,450, the highest since February.", "1,450", "hospitalisation"),
    ("More than 600 patients are being treated in intensive care.", "More than 600", "people"),
    ("The country has administered 45 million vaccine doses.", "45 million", "dose"),
    ("Some 8 million people have been fully vaccinated.", "Some 8 million", "people"),
    ("Only 12 intensive care beds remain free in the capital.", "12", "bed"),
    ("Labs processed 25,000 tests on Friday.", "25,000", "test"),
    ("The disease has killed 3,100 people since the outbreak began.", "3,100", "deaths"),
    ("The hospital has 400 beds.", "400", "bed"),
    ("Nearly 900 nurses went on strike over pay.", "Nearly 900", "people"),
    ("The measles outbreak has sickened 160 children.", "160", "people"),
    ("The health service's budget will rise to £190 billion.", "£190 billion", "budget"),
    ("Cases of the virus doubled to 4,000 in a week.", "4,000", "case"),
    ("More than 2,500 people have been hospitalised with the illness.", "More than 2,500", "people"),
    ("The agency recorded 75 deaths from heatstroke.", "75", "deaths"),
]

SCIENCE = [
    ("The comet will come within 60 million kilometres of the Sun.", "60 million kilometres", "distance"),
    ("The moon lander weighs about 2,000 kilograms.", "about 2,000 kilograms", "mass"),
    ("The space agency's annual budget is $25 billion.", "$25 billion", "budget"),
    ("The rocket placed 22 satellites into orbit.", "22", "satellite"),
    pytest.param("The planet is about 120 light years from Earth.", "about 120 light years", "distance",
                 marks=gap("detection: the number parser has no 'light year' unit, so no figure is read")),
    ("The mission will cost an estimated $4.9 billion.", "an estimated $4.9 billion", "cost"),
    ("Researchers analysed 40,000 genomes.", "40,000", "genome"),
    ("The station orbits at an altitude of 400 km.", "400 km", "height"),
    ("The capsule splashed down after a 19-day mission.", "19-day", "duration"),
    ("Scientists drilled 3 km into the ice sheet.", "3 km", "distance"),
    ("The meteorite weighed 14 tonnes.", "14 tonnes", "mass"),
    ("The observatory detected 90 gravitational-wave events.", "90", "event"),
    ("The rocket reached a top speed of 27,000 km/h.", "27,000 km/h", "speed"),
    ("Astronomers have catalogued more than 5,500 exoplanets.", "more than 5,500", "exoplanet"),
]

CRIME = [
    ("A court sentenced the former minister to 15 years in prison for corruption.", "15 years", "duration"),
    ("The judge ordered him to pay a $50,000 fine.", "$50,000", "fine"),
    ("A jury awarded the family $12 million in damages.", "$12 million", "fine"),  # as stop 36 compensation
    ("Customs officers seized 1.2 tonnes of cocaine at the port.", "1.2 tonnes", "mass"),
    ("Police arrested 57 people during the protests.", "57", "people"),
    ("The court fined the bank $2.5 billion for rigging currency markets.", "$2.5 billion", "fine"),
    ("He was given a suspended sentence of 18 months.", "18 months", "duration"),
    ("Prosecutors said the scheme defrauded 4,000 investors.", "4,000", "people"),
    ("Car thefts fell 11 per cent last year, police figures showed.", "11 per cent", "theft"),
    ("Officers recovered 35 firearms in the raids.", "35", "firearm"),
    ("The appeals court cut his sentence to eight years.", "eight years", "duration"),
    ("Authorities confiscated 15,000 counterfeit watches.", "15,000", "watch"),
    ("The defendant was released on bail of $1 million.", "$1 million", "money"),
    ("Six people were arrested on suspicion of fraud.", "Six", "people"),
]

SPORT = [
    ("The striker netted 31 goals in the league.", "31", "goal"),
    pytest.param("The batsman scored 142 runs off 180 balls.", "142", "run",
                 marks=gap("the tagger makes 'runs' after a number a verb (VBZ): no counted noun; one domain")),
    ("China topped the medal table with 40 gold medals.", "40", "medal"),
    ("The winner collects prize money of $3.6 million.", "$3.6 million", "money"),
    ("The club sold the forward for a fee of €90 million.", "€90 million", "price"),
    ("A record crowd of 92,000 packed the stadium.", "92,000", "people"),
    ("Attendance at league matches rose to 14.5 million.", "14.5 million", "people"),
    ("The team has lost nine of its last 11 games.", "nine", "game"),
    ("The sprinter ran the 100 metres in 9.79 seconds.", "9.79 seconds", "duration"),
    ("She has won seven Olympic gold medals.", "seven", "medal"),
    ("The coach signed a three-year contract worth $15 million a year.", "$15 million", "salary"),
    ("The cyclist finished 45 seconds behind the winner.", "45 seconds", "duration"),
    ("The marathon attracted 50,000 runners.", "50,000", "people"),
    ("The goalkeeper kept 18 clean sheets this season.", "18", "sheet"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_quantity_domains2_conflict(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_quantity_domains2_disasters(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_quantity_domains2_business(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_quantity_domains2_politics(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_quantity_domains2_health(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_quantity_domains2_science(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_quantity_domains2_crime(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_quantity_domains2_sport(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a rate noun is a rate whatever the entity tagger calls it (a sentence-initial "Turnout" is tagged PERSON)
    ("Turnout in the runoff fell to 44 per cent.", "44 per cent", "turnout"),
    ("Turnout was 67 per cent, the election commission said.", "67 per cent", "turnout"),
    # Q3's "worth on a market" in its two-word names
    ("The chipmaker's market value climbed to $3 trillion on Wednesday.", "$3 trillion", "price"),
    ("Police seized 400 kilograms of heroin with a street value of $20 million.", "$20 million", "price"),
    # the singular lemma of a plural the lemmatizer cuts too far
    ("The country has administered 45 million vaccine doses.", "45 million", "dose"),
    # a sum on, or worth, the contract or deal a person signs is the person's pay (Q3); a company's is not
    ("The quarterback signed a five-year, $250 million contract.", "$250 million", "salary"),
    ("The coach signed a three-year contract worth $15 million a year.", "$15 million", "salary"),
    ("The striker signed a four-year deal worth £300,000 a week.", "£300,000", "salary"),
    ("The pitcher inked a $30 million extension.", "$30 million", "salary"),
    ("The company signed a contract worth $2 billion.", "$2 billion", "money"),
    ("The firm signed a $40 million deal with the airline.", "$40 million", "deal_value"),
    # an index named by a word of the table's ("Dow") anywhere in its name, for a change and for a level
    ("The Dow Jones Industrial Average fell 412 points, or 1.2 per cent.", "1.2 per cent", "index_level"),
    ("The Dow Jones Industrial Average rose 0.8 per cent to 39,100.", "0.8 per cent", "index_level"),
    ("The Dow Jones Industrial Average rose 0.8 per cent to 39,100.", "39,100", "index_level"),
    ("The average fell to 3.2.", "3.2", "average"),
    # Q2's evacuees told by where persons shelter away from home
    ("At least 3,500 people are sheltering in evacuation centres.", "At least 3,500", "displaced"),
    ("Some 40,000 people are sheltering in UN schools in the south.", "Some 40,000", "displaced"),
    ("About 12,000 people have taken refuge in churches and mosques.", "About 12,000", "displaced"),
    ("Shelter was given to 40 dogs.", "40", "dog"),
    ("Thousands of travellers were sheltered in hotels near the airport.", "Thousands", "people"),  # wn2004_048's shape
    # a number "of" the measurement line's own word "magnitude", whole or decimal
    ("The quake had a magnitude of 7.1, the geological survey said.", "7.1", "magnitude"),
    ("The earthquake had a magnitude of 6.", "6", "magnitude"),
    ("The quake struck at a depth of 10 km.", "10 km", "distance"),
])
def test_quantity_domains2_stop37_readings(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected
