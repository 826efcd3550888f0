"""Stop 38's article probe of scope: the short invented wire articles of `probe_articles` (two per domain), every
figure's expected scope written from tests/gold/measures/GUIDE.md (the scope line, C1-C4 and the settled lines)
before the code was run, and read against the guide a second time. The long sentences carry a running total beside
a count over a window ("54 ... since heavy rains began, with 11 ... in the past 24 hours"), "up from", "a further",
"in the past week" and shares of a whole named before. A count of one incident that its sentence marks as no batch
(no "more", "another", "new", "further" nor a window) is read `total`, the guide's default for counts (the README
lists "when one incident of a running story is one" among the points the guide is silent on). Rows marked with a
reason are readings the extractor does not make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap
from probe_articles import (BUSINESS_A, BUSINESS_B, CONFLICT_A, CONFLICT_B, CRIME_A, CRIME_B, DISASTERS_A,
                            DISASTERS_B, HEALTH_A, HEALTH_B, POLITICS_A, POLITICS_B, SCIENCE_A, SCIENCE_B, SPORT_A,
                            SPORT_B)


@pytest.fixture(scope="module")
def scopes(figures_by_surface):
    """scopes(text) -> the scope of each figure extracted from `text`, by the figure's surface."""
    return lambda text: {surface: fig.measure.scope for surface, fig in figures_by_surface(text).items()}


# Causes of the rows the code does not read yet (strict xfails), from the first run.
ONE_INCIDENT = ("one incident: 'overnight' (RECENT_PERIOD_WORDS) or a participle 'killing' after the act "
    "(is_one_incident) is read a batch, from the dev gold; the label reads a count no batch word "
    "marks total (the guide is silent on one incident, tests/gold/README.md)")
THIS_WEEK = "'this week' is no window the code reads (C3's windows are 'in/over (the past) N units')"
MEASURED_WINDOW = ("a measurement over a window ('310 millimetres of rain had fallen ... in three days'): every "
    "measurement is read as a level before any window")
CUT_SHARE = ("a per cent of a whole set beside a planned cut's object: the parser makes it a second object of "
    "'cut' (change); 'would' makes it a projection besides")
HALF_POINT = "'half a percentage point': detection reads 'half' alone, a fraction (share)"
TURNOUT = ("turnout read as a rate noun; the label reads it C2's proportion (share), as the dev gold's one "
    "turnout figure")
GAP_GROUP = ("a gap to another group ('a 47 per cent lower risk ... than'): no difference word is read but "
    "'fewer'")
COST_BATCH = ("a cost read as a batch (the extractor's incremental flag on 'about a third of it paid by'; not "
    "traced)")
EVERY_INTERVAL = "'every 10 minutes' in a 'would' clause is read projection; the label reads an interval, total"
GAP_REFERENCE = "a gap to a reference ('below the average', 'above normal'): not read as a change's size"
RATE_PER_DECADE = ("'has shrunk by about 13 per cent a decade': a standing rate per period (C1's rate) read as a "
    "change")
SEASONS = ("'in the past two seasons': a season is no window unit (WINDOW_UNITS leaves calendar periods "
    "out)")


CONFLICT = [
    pytest.param(CONFLICT_A, "seven", "total",
                 marks=gap(ONE_INCIDENT)),
    (CONFLICT_A, "140", "total"),
    (CONFLICT_A, "More than 3,000", "total"),
    (CONFLICT_A, "40", "total"),
    pytest.param(CONFLICT_A, "41", "total",  # C2
                 marks=gap(ONE_INCIDENT)),
    pytest.param(CONFLICT_A, "58", "total",
                 marks=gap(ONE_INCIDENT)),
    (CONFLICT_A, "17", "incremental"),  # C3: in the past 24 hours
    (CONFLICT_A, "about 1,200", "incremental"),  # C3: in the past week
    (CONFLICT_B, "85,000", "total"),
    (CONFLICT_B, "about 60 per cent", "share"),  # of those who fled, named before
    (CONFLICT_B, "12", "total"),  # C2
    (CONFLICT_B, "30", "total"),
    (CONFLICT_B, "2,000", "projection"),  # C4: a further ... will deploy
    (CONFLICT_B, "$4", "total"),
    pytest.param(CONFLICT_B, "9", "incremental",  # C3: this week
                 marks=gap(THIS_WEEK)),
]

DISASTERS = [
    (DISASTERS_A, "magnitude 6.8", "total"),
    pytest.param(DISASTERS_A, "at least 212", "total",
                 marks=gap(ONE_INCIDENT)),
    pytest.param(DISASTERS_A, "37", "total",
                 marks=gap(ONE_INCIDENT)),
    (DISASTERS_A, "1,450", "total"),
    (DISASTERS_A, "about 4,000", "total"),
    (DISASTERS_A, "roughly half", "share"),
    (DISASTERS_A, "18,000", "total"),
    (DISASTERS_A, "up to magnitude 5.1", "total"),
    (DISASTERS_B, "54", "total"),
    (DISASTERS_B, "two weeks", "total"),
    (DISASTERS_B, "11", "incremental"),  # C3: in the past 24 hours
    pytest.param(DISASTERS_B, "310 millimetres", "incremental",  # C3: in three days
                 marks=gap(MEASURED_WINDOW)),
    (DISASTERS_B, "three days", "total"),
    (DISASTERS_B, "150 millimetres", "projection"),  # a further ... expected
    (DISASTERS_B, "Some 120,000", "total"),
    (DISASTERS_B, "40 tonnes", "total"),
    (DISASTERS_B, "about $250,000", "daily"),
]

BUSINESS = [
    (BUSINESS_A, "$310 million", "total"),  # a company's loss is a sum, no fall (extract/scope.py, stop 66)
    (BUSINESS_A, "6 per cent", "change"),  # C1
    (BUSINESS_A, "$4.2 billion", "total"),
    (BUSINESS_A, "1,800", "projection"),  # C4: would cut by the end of next year
    pytest.param(BUSINESS_A, "about 9 per cent", "share",
                 marks=gap(CUT_SHARE)),
    (BUSINESS_A, "4 per cent", "change"),
    (BUSINESS_A, "$2 million", "daily"),
    (BUSINESS_A, "11 per cent", "change"),
    pytest.param(BUSINESS_B, "half", "change",
                 marks=gap(HALF_POINT)),
    (BUSINESS_B, "5.75 per cent", "rate"),  # C1: an interest rate
    (BUSINESS_B, "8.2 per cent", "rate"),
    (BUSINESS_B, "7.9 per cent", "rate"),  # "up from": the earlier level, still a rate
    (BUSINESS_B, "4 per cent", "projection"),
    (BUSINESS_B, "1.3 per cent", "change"),
    (BUSINESS_B, "about 40 per cent", "share"),
    (BUSINESS_B, "three months", "total"),
]

POLITICS = [
    (POLITICS_A, "61 per cent", "share"),
    pytest.param(POLITICS_A, "47 per cent", "share",
                 marks=gap(TURNOUT)),
    pytest.param(POLITICS_A, "58 per cent", "share",
                 marks=gap(TURNOUT)),
    (POLITICS_A, "five years", "total"),
    (POLITICS_A, "142", "total"),  # C2
    (POLITICS_A, "200", "total"),
    (POLITICS_A, "38", "total"),
    (POLITICS_A, "12", "projection"),  # C4: would challenge
    (POLITICS_A, "more than 300", "total"),
    (POLITICS_B, "$412 billion", "total"),
    (POLITICS_B, "214", "total"),
    (POLITICS_B, "198", "total"),
    (POLITICS_B, "7 per cent", "change"),
    (POLITICS_B, "$9 billion", "total"),
    (POLITICS_B, "$2 billion", "projection"),  # C4: a further ... would need
    (POLITICS_B, "$35 billion", "projection"),  # hypothetical
    (POLITICS_B, "44 per cent", "share"),
]

HEALTH = [
    (HEALTH_A, "320", "incremental"),  # new cases
    (HEALTH_A, "4,800", "total"),
    (HEALTH_A, "62", "total"),
    (HEALTH_A, "500,000", "total"),
    (HEALTH_A, "About 70 per cent", "share"),  # of the cases, named before
    (HEALTH_A, "two", "total"),
    (HEALTH_A, "fewer than one in five", "share"),
    (HEALTH_B, "7,000", "daily"),
    pytest.param(HEALTH_B, "47 per cent", "change",
                 marks=gap(GAP_GROUP)),
    (HEALTH_B, "2,500", "daily"),
    (HEALTH_B, "12,000", "total"),
    (HEALTH_B, "10 years", "total"),
    (HEALTH_B, "above 10,000", "daily"),
    (HEALTH_B, "1.2 million", "total"),
    (HEALTH_B, "80,000", "change"),  # C1: up 80,000 (read since stop 51: "up" after a form of "be")
]

SCIENCE = [
    (SCIENCE_A, "2,300-kilogram", "total"),
    (SCIENCE_A, "36,000 kilometres", "total"),
    pytest.param(SCIENCE_A, "$900 million", "total",
                 marks=gap(COST_BATCH)),
    (SCIENCE_A, "about a third", "share"),  # of the cost, named before
    pytest.param(SCIENCE_A, "10 minutes", "total",
                 marks=gap(EVERY_INTERVAL)),
    (SCIENCE_A, "18 months", "total"),
    (SCIENCE_A, "14", "total"),
    (SCIENCE_A, "Two", "total"),  # C2
    (SCIENCE_B, "14.1 million square kilometres", "total"),
    pytest.param(SCIENCE_B, "1.9 million square kilometres", "change",  # the size of a gap below the average
                 marks=gap(GAP_REFERENCE)),
    pytest.param(SCIENCE_B, "about 13 per cent", "rate",  # C1: a standing rate per decade
                 marks=gap(RATE_PER_DECADE)),
    pytest.param(SCIENCE_B, "3 degrees Celsius", "change",
                 marks=gap(GAP_REFERENCE)),
]

CRIME = [
    (CRIME_A, "12 years", "total"),
    (CRIME_A, "$6.5 million", "total"),
    (CRIME_A, "230", "total"),
    (CRIME_A, "$4 million", "total"),
    (CRIME_A, "more than 200", "total"),
    (CRIME_A, "about 30 per cent", "share"),
    (CRIME_B, "43", "total"),
    (CRIME_B, "three", "total"),
    (CRIME_B, "1.4 tonnes", "total"),
    (CRIME_B, "about $90 million", "total"),
    (CRIME_B, "at least 20 tonnes", "total"),
    (CRIME_B, "15", "incremental"),  # a further ... are being sought (a batch, not to come)
    (CRIME_B, "seven", "total"),
    (CRIME_B, "two", "total"),  # C2
]

SPORT = [
    (SPORT_A, "10,000 metres", "total"),
    (SPORT_A, "29 minutes", "total"),
    (SPORT_A, "51 seconds", "total"),
    (SPORT_A, "four seconds", "total"),  # C3: a winning margin (a bare-number result reading before stop 50)
    (SPORT_A, "16 weeks", "total"),
    (SPORT_A, "48,000", "total"),
    (SPORT_A, "about 90 per cent", "share"),
    (SPORT_A, "11", "total"),
    (SPORT_A, "five", "total"),  # C2
    (SPORT_B, "four-year", "total"),  # C4: a planned thing's length
    (SPORT_B, "45 million euros", "total"),
    (SPORT_B, "17", "total"),
    (SPORT_B, "12 per cent", "change"),
    (SPORT_B, "180 million euros", "total"),
    (SPORT_B, "about 200,000 euros", "weekly"),
    pytest.param(SPORT_B, "310 million euros", "incremental",  # C3: in the past two seasons
                 marks=gap(SEASONS)),
]


def _check(scopes, text: str, surface: str, expected: str) -> None:
    """The figure written `surface` is extracted and its scope is `expected`."""
    got = scopes(text)
    assert surface in got, sorted(got)
    assert got[surface] == expected, (surface, got[surface], expected)


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_scope_articles_conflict(scopes, text, surface, expected):
    _check(scopes, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_scope_articles_disasters(scopes, text, surface, expected):
    _check(scopes, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_scope_articles_business(scopes, text, surface, expected):
    _check(scopes, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_scope_articles_politics(scopes, text, surface, expected):
    _check(scopes, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_scope_articles_health(scopes, text, surface, expected):
    _check(scopes, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_scope_articles_science(scopes, text, surface, expected):
    _check(scopes, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_scope_articles_crime(scopes, text, surface, expected):
    _check(scopes, text, surface, expected)


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_scope_articles_sport(scopes, text, surface, expected):
    _check(scopes, text, surface, expected)


# Rows written after the first run to pin the mend (a particle "up" of "make"/"take" says what a per cent is a
# part of, not which way it moved: C2's share) and what it leaves alone ("went up": a change). Not summed in the
# blind count (scripts/probe_tables.py lists "readings" apart).
READINGS = [
    ("Women make up 52 per cent of registered voters, the election commission said.", "52 per cent", "share"),
    ("Foreign-trained doctors now make up 30 per cent of the hospital's staff.", "30 per cent", "share"),
    ("Defence takes up 12 per cent of the national budget.", "12 per cent", "share"),
    ("Shares of the carmaker went up 5 per cent on Monday.", "5 per cent", "change"),
    ("Sears was up 22 percent in early trading.", "22 percent", "change"),
]


@pytest.mark.parametrize("text,surface,expected", READINGS)
def test_scope_articles_readings(scopes, text, surface, expected):
    _check(scopes, text, surface, expected)
