"""Stop 37's probe of scope on ordinary wire-service news of the eight domains the issue names: invented sentences
for each of the guide's scope classes (a running total, a batch or new count, a per-period amount, a share, a rate,
a change's size, a projection), each expected scope written from tests/gold/measures/GUIDE.md (the scope line, C1-C4
and the settled lines) before the code was run and read against the guide a second time; no test document. Rows
marked with a reason are readings the extractor does not make (strict xfail: a fix turns them into a pass that must
be moved up)."""
from __future__ import annotations

import pytest

from conftest import gap


CONFLICT = [
    ("The death toll from the fighting has risen to 63.", "63", "total"),
    ("Another 12 soldiers were killed on Tuesday.", "12", "incremental"),
    ("A further 500 troops will arrive next month.", "500", "projection"),  # C4
    ("Fighting has killed 40 people in the past 24 hours.", "40", "incremental"),  # C3
    ("The toll is expected to rise to 100.", "100", "projection"),
]

DISASTERS = [
    ("The quake has killed more than 2,000 people so far.", "more than 2,000", "total"),
    ("So far this year, wildfires have burned 3 million acres.", "3 million acres", "total"),
    ("Rescuers found 14 more bodies on Wednesday.", "14", "incremental"),
    ("Officials said the toll could reach 500.", "500", "projection"),
    ("About 30 per cent of the city was flooded.", "About 30 per cent", "share"),
]

BUSINESS = [
    ("Sales rose 12% in the quarter.", "12%", "change"),
    ("The airline is losing $3 million a day.", "$3 million", "daily"),
    ("Revenue is expected to reach $5 billion next year.", "$5 billion", "projection"),
    ("Profits could fall 10 per cent next year.", "10 per cent", "projection"),
    ("The unemployment rate stood at 5.2 per cent.", "5.2 per cent", "rate"),
    ("The firm holds a 40 per cent stake in the venture.", "40 per cent", "share"),
    ("The central bank raised interest rates by 0.25 percentage points.", "0.25 percentage points", "change"),
    # review37a: a modal before a perfect hedges a change that happened; "May" the month is no modal
    ("The economy may have shrunk 2 per cent in the third quarter, the central bank said.", "2 per cent", "change"),
    ("Sales rose 5 per cent in May.", "5 per cent", "change"),
    ("The company posted a record $4 billion profit.", "$4 billion", "total"),
]

POLITICS = [
    ("The ruling party won 52 per cent of the vote.", "52 per cent", "share"),
    ("The ruling party won 52 of the 120 seats.", "52", "total"),  # C2
    pytest.param("The bill would raise taxes by $200 billion over a decade.", "$200 billion", "projection",
                 marks=gap("a 'would' change is `change` in the dev gold (wn2004_097), projection by the settled line")),
    ("Turnout is expected to exceed 70 per cent.", "exceed 70 per cent", "projection"),
    ("Turnout might have fallen by 5 points, officials conceded.", "5", "change"),  # review37a
]

HEALTH = [
    ("The country reported 1,200 new cases on Monday.", "1,200", "incremental"),
    ("Total infections have reached 45,000.", "45,000", "total"),
    ("The hospital admits about 40 patients a day.", "about 40", "daily"),
    ("The disease kills 400,000 people a year.", "400,000", "annual"),
    ("Deaths rose 8 per cent from a year earlier.", "8 per cent", "change"),
    # stop 37's mends, rows written after the first run (labels before the code's second run)
    ("The infection rate stands at 45 per 100,000 residents.", "45", "rate"),
]

SCIENCE = [
    ("The glacier loses 50 billion tonnes of ice a year.", "50 billion tonnes", "annual"),
    ("Sea levels could rise by one metre by 2100.", "one metre", "projection"),  # settled line
    ("The spacecraft has travelled 6.4 billion kilometres since its launch.", "6.4 billion kilometres", "total"),
    ("The agency plans to launch 12 more satellites next year.", "12", "projection"),  # C4 (stop 40's plan reading)
]

CRIME = [
    ("Police have arrested 200 people since the riots began.", "200", "total"),
    ("Police arrested another 15 people overnight.", "15", "incremental"),
    ("Homicides fell 12 per cent last year.", "12 per cent", "change"),
    ("Profits fell 10 per cent last year, and could recover next year.", "10 per cent", "change"),
    ("The city's murder rate is 20 per 100,000 residents.", "20", "rate"),
]

SPORT = [
    ("He has scored 700 goals in his career.", "700", "total"),
    ("Ticket sales are expected to top 2 million.", "2 million", "projection"),
    ("She won 22 of her 25 matches this season.", "22", "total"),
    ("The club pays the striker £300,000 a week.", "£300,000", "weekly"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_scope_domains_conflict(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_scope_domains_disasters(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_scope_domains_business(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_scope_domains_politics(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_scope_domains_health(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_scope_domains_science(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_scope_domains_crime(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_scope_domains_sport(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected
