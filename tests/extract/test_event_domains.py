"""Stop 37's probe of the event field on ordinary wire-service news of the eight domains the issue names (conflict,
disasters, business and markets, elections and politics, health, science and space, crime and courts, sport):
invented sentences, several wordings of each event class of tests/gold/measures/GUIDE.md (the event line, E1-E6) and
the governing-verb constructions ("is expected to cut", "agreed to pay", "said it would sell", "the attack, which
killed 12", "killing 15", "left 40 dead", "a fine of", "sentenced to 10 years"), each expected event written from
the GUIDE before the code was run and read against it a second time; no test document. Rows marked with a reason
are readings the extractor does not make (strict xfail: a fix turns them into a pass that must be moved up)."""
from __future__ import annotations

import pytest

from conftest import gap


NOUN_CLAUSE = ("the GUIDE's noun clause ('take it from ... the noun') can read 'refugees' as displaced; written "
    "'said' (a bare estimate) before the run")
MEASURE_OF_THING = ("event.acted_on: a measure of a thing named after it is 'measured', as the dev gold reads 'brought "
    "some three tonnes of equipment' (bg_125, bg_231)")
PENALTY_OF = ("a penalty noun whose 'of' holds the sum, under a verb that hands over no penalty: the verb "
    "(face) is read")
PAID_FOR = ("GUIDE 'paid for' -> bought; stop 36 left 'pay' against the money class (the dev gold reads "
    "it both ways)")

CONFLICT = [
    ("An air strike on the market killed at least 23 civilians, local officials said.", "at least 23", "killed"),
    ("The attack, which killed 12 soldiers, was claimed by an Islamist group.", "12", "killed"),
    ("Militants stormed the base before dawn, killing 15 soldiers.", "15", "killed"),
    ("The shelling left 40 people dead and dozens wounded.", "40", "killed"),
    ("Seven police officers were wounded in the blast.", "Seven", "injured"),
    ("Fourteen aid workers remain missing after the convoy was attacked.", "Fourteen", "missing"),
    ("The fighting has displaced more than 300,000 people, the UN said.", "more than 300,000", "displaced"),
    ("The Pentagon is expected to deploy 2,000 more troops to the region.", "2,000", "sent"),
    ("Britain said it would send 500 soldiers to help train the army.", "500", "sent"),
    ("Rebels captured 12 towns in the east last week.", "12", "other:capture"),
    ("The army said it had arrested 35 suspected insurgents.", "35", "other:arrest"),
    ("The first 800 peacekeepers arrived in the capital on Sunday.", "800", "arrived"),
    ("The United States has pledged $400 million in military aid.", "$400 million", "pledged"),
    ("Officials said at least 40 people had died in the clashes.", "at least 40", "killed"),
    ("The army began to pull out 5,000 troops from the border.", "5,000", "other:pull"),
]

DISASTERS = [
    ("The earthquake killed more than 1,800 people and injured 5,000.", "more than 1,800", "killed"),
    ("The earthquake killed more than 1,800 people and injured 5,000.", "5,000", "injured"),
    ("The storm left 22 people dead across three states.", "22", "killed"),
    ("At least 60 people are missing after the ferry capsized.", "At least 60", "missing"),
    ("Floods have forced 45,000 people from their homes.", "45,000", "displaced"),
    ("Authorities evacuated 12,000 residents as the fire approached.", "12,000", "displaced"),
    ("The landslide, which buried 30 homes, struck before dawn.", "30", "other:bury"),
    ("The cyclone destroyed about 8,000 houses.", "about 8,000", "other:destroy"),
    ("Japan has pledged $10 million in emergency aid to the flood victims.", "$10 million", "pledged"),
    ("Repairs to the dam will cost $200 million.", "$200 million", "cost"),
    ("Rescuers pulled 11 survivors from the rubble.", "11", "other:pull"),
    ("The death toll from the floods rose to 112.", "112", "killed"),
    ("The wildfire has burned 30,000 hectares.", "30,000 hectares", "other:burn"),
    ("Officials estimated that 3,000 homes were damaged.", "3,000", "other:damage"),
    pytest.param("The ministry estimated the number of refugees at 200,000.", "200,000", "said",
                 marks=gap(NOUN_CLAUSE)),
]

BUSINESS = [
    ("The company said it would sell 200 stores to a rival chain.", "200", "sold"),
    ("The retailer is expected to cut 3,000 jobs this year.", "3,000", "other:cut"),
    ("The bank agreed to pay $2.5 billion to settle the case.", "$2.5 billion", "other:pay"),
    ("Shares fell 8 per cent in early trading.", "8 per cent", "fell"),
    ("Quarterly profit rose 15 per cent to $2.3 billion.", "15 per cent", "rose"),
    ("Quarterly profit rose 15 per cent to $2.3 billion.", "$2.3 billion", "rose"),
    ("The group bought the chain for $1.2 billion in 2019.", "$1.2 billion", "bought"),
    ("The company plans to acquire 40 smaller firms.", "40", "bought"),
    ("Acme sold 3 million phones in the first quarter.", "3 million", "sold"),
    ("The new plant cost $900 million to build.", "$900 million", "cost"),
    ("The deal values the company at $14 billion.", "$14 billion", "cost"),
    ("The airline plans to buy 50 new aircraft.", "50", "bought"),
    ("The carmaker will recall 300,000 vehicles.", "300,000", "other:recall"),
    ("The firm's shares jumped 12% after the announcement.", "12%", "rose"),
    ("Oil prices dropped $2 a barrel on Tuesday.", "$2", "fell"),
    ("The company began to lay off 500 workers in March.", "500", "other:lay"),
]

POLITICS = [
    ("The ruling party won 210 seats in the 450-member parliament.", "210", "won"),
    ("The opposition candidate received 48 per cent of the vote.", "48 per cent", "won"),
    ("The government plans to spend $30 billion on roads.", "$30 billion", "other:spend"),
    ("Parliament approved a $5 billion stimulus package.", "$5 billion", "other:approve"),
    ("The president pardoned 1,200 prisoners.", "1,200", "other:pardon"),
    ("The party is expected to win about 40 seats.", "about 40", "won"),
    ("Police arrested 120 protesters outside parliament.", "120", "other:arrest"),
    ("The government said it would hire 10,000 new teachers.", "10,000", "other:hire"),
    ("About 5,000 people marched through the capital on Saturday.", "About 5,000", "other:march"),
    ("The minister announced a plan to build 50,000 homes.", "50,000", "other:build"),
    ("The government decided to free 300 political prisoners.", "300", "other:free"),
]

HEALTH = [
    ("The outbreak has killed 230 people since March.", "230", "killed"),
    ("Health officials said 1,400 people had been infected.", "1,400", "other:infect"),
    ("The hospital treated 85 patients for smoke inhalation.", "85", "other:treat"),
    ("The virus has infected more than 9,000 people.", "more than 9,000", "other:infect"),
    ("The government agreed to buy 10 million doses of the vaccine.", "10 million", "bought"),
    ("Researchers tested 2,500 volunteers in the trial.", "2,500", "other:test"),
    ("The charity donated $3 million to fight the disease.", "$3 million", "pledged"),
    ("The epidemic, which has killed 40 children, spread to two more provinces.", "40", "killed"),
    ("Three nurses died after contracting the virus.", "Three", "killed"),
    ("The ministry plans to vaccinate 4 million children by June.", "4 million", "other:vaccinate"),
    ("The drug cost $84,000 for a full course of treatment.", "$84,000", "cost"),
    ("Cases rose 20 per cent last week.", "20 per cent", "rose"),
    ("The WHO estimates 500,000 people died of malaria last year.", "500,000", "killed"),
]

SCIENCE = [
    ("The rocket launched 60 satellites into orbit on Thursday.", "60", "other:launch"),
    ("The agency plans to launch 12 missions over the next decade.", "12", "other:launch"),
    ("The probe travelled 6.4 billion kilometres to reach the comet.", "6.4 billion kilometres", "other:travel"),
    ("The telescope cost $10 billion to build.", "$10 billion", "cost"),
    ("Scientists discovered 17 new species in the rainforest.", "17", "other:discover"),
    ("The crew spent 186 days aboard the space station.", "186 days", "other:spend"),
    ("The company said it would test three prototypes next year.", "three", "other:test"),
    ("The mission is expected to cost $2.5 billion.", "$2.5 billion", "cost"),
    pytest.param("The astronauts collected 12 kilograms of lunar samples.", "12 kilograms", "other:collect",
                 marks=gap(MEASURE_OF_THING)),
    ("Astronomers identified 300 new exoplanets.", "300", "other:identify"),
    ("The station's crew conducted 40 experiments.", "40", "other:conduct"),
]

CRIME = [
    ("He was sentenced to 10 years in prison.", "10 years", "other:sentence"),
    ("A court jailed the former minister for seven years.", "seven years", "other:jail"),
    ("The bank was fined $50 million by regulators.", "$50 million", "other:fine"),
    pytest.param("The company faces a fine of $20 million.", "$20 million", "other:fine",
                 marks=gap(PENALTY_OF)),
    pytest.param("Police seized 2 tonnes of cocaine at the port.", "2 tonnes", "other:seize",
                 marks=gap(MEASURE_OF_THING)),
    ("Gunmen kidnapped 20 students from a school.", "20", "other:kidnap"),
    ("The robbers stole $3 million in cash.", "$3 million", "other:steal"),
    ("Prosecutors charged 14 people over the scheme.", "14", "other:charge"),
    ("The shooting, which left five people dead, happened near a nightclub.", "five", "killed"),
    ("Police arrested 12 men after the raid.", "12", "other:arrest"),
    ("The judge ordered him to pay $1.5 million in damages.", "$1.5 million", "other:pay"),  # stop 43: object_verb
    ("The gang is accused of smuggling 300 migrants.", "300", "other:smuggle"),
    ("The fraudster was ordered to repay £2 million.", "£2 million", "other:repay"),
]

SPORT = [
    ("Smith scored 32 points as the Lakers beat the Celtics.", "32", "other:score"),
    pytest.param("The club agreed to pay a record £100 million for the striker.", "£100 million", "bought",
                 marks=gap(PAID_FOR)),
    ("She won three gold medals at the championships.", "three", "won"),
    ("He took five wickets for 42 runs.", "five", "other:take"),
    ("The striker has scored 20 goals this season.", "20", "other:score"),
    ("Fans bought 60,000 tickets within an hour.", "60,000", "bought"),
    ("The club sold 2,000 season tickets.", "2,000", "sold"),
    ("The team won 12 of its 15 games.", "12", "won"),
    ("He was banned for six matches for the tackle.", "six", "other:ban"),
    ("The stadium, which holds 80,000 spectators, will host the final.", "80,000", "measured"),
    ("The club was fined £50,000 for crowd trouble.", "£50,000", "other:fine"),
    ("The player signed a three-year deal worth $45 million.", "$45 million", "cost"),
    ("The team is expected to sign three new players.", "three", "other:sign"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_event_domains_conflict(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_event_domains_disasters(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_event_domains_business(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_event_domains_politics(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_event_domains_health(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_event_domains_science(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_event_domains_crime(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_event_domains_sport(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
