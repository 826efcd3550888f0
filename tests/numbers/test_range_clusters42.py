"""Stop 42's blind probe of one general error of the range step (numbers/ranges.py): after a verb of change, "by X
to Y" is the size of the change (X) and the level reached (Y), two figures, where the parser joined them into one
range ("cut its workforce by 10 per cent to 9,000" read as 10-9,000, value 4505; "raised the cash rate by 0.25 per
cent to 4.5 per cent" as 0.25-4.5). The dev form: "cut a key interest rate by a quarter-point to a 40-year low of
1.75 per cent" (dev-lee2 bg_170, gold two records) and "from X to Y" after a change verb ("boost the number ... from
800 people to 1,200", dev-lee bg_163, gold two records). Ordinary wire sentences written for the round (no corpus,
gold or test sentence copied), over markets and the economy, politics and polls, conflict tolls, health cases,
crime, science and sport, with near misses that ARE ranges and must stay one figure: the unit written once after
the second number ("rise by 2 to 3 per cent"), two close bounds of one forecast ("rise by 2 per cent to 3 per cent
next year"), "between X and Y", "from X to Y" with no verb of change, "up to 20 to 30 per cent", and a vote tally
("carried by 60 votes to 40", two figures, never a range). Labels from tests/gold/README.md ("Surface boundaries",
the qualifier table) and GUIDE.md (F1), read a second time before the code ran. Rows and their check are those of
tests/probe_parser.py: a row passes when exactly one figure found overlaps the surface with the labelled qualifier
and unit (unit None: not checked), and each sentence's "spurious" row when no figure is found outside its labelled
surfaces."""
from __future__ import annotations

import pytest

from probe_parser import check, table

E, R = "exact", "range"

BUSINESS = table(
    ("Acme cut its workforce by 10 per cent to 9,000 last year.",
     [("10 per cent", E, "percent"), ("9,000", E, "")]),
    ("Sales rose by 5 per cent to $3 billion last year.", [("5 per cent", E, "percent"), ("$3 billion", E, "USD")]),
    ("The central bank raised the cash rate by 0.25 per cent to 4.5 per cent on Tuesday.",
     [("0.25 per cent", E, "percent"), ("4.5 per cent", E, "percent")]),
    ("Shares in the miner fell by 8 per cent to $4.20 in early trade.",
     [("8 per cent", E, "percent"), ("$4.20", E, "USD")]),
    ("The index rose by 52 points to 3,410 on Friday.", [("52", E, None), ("3,410", E, None)]),
    # near misses: ranges of one change, the unit once after the second number, or two close bounds of a forecast
    ("Analysts expect prices to rise by 2 to 3 per cent next year.", [("2 to 3 per cent", R, "percent")]),
    ("The company said costs would rise by 2 per cent to 3 per cent next year.",
     [("2 per cent to 3 per cent", R, "percent")]),
    ("Most bank shares rose 2 to 3 per cent in early trade.", [("2 to 3 per cent", R, "percent")]),
)
POLITICS = table(
    ("Unemployment fell by 0.3 percentage points to 5.1 per cent in March.",
     [("0.3 percentage points", E, "percentage_point"), ("5.1 per cent", E, "percent")]),
    ("Support for the party rose by 4 per cent to 41 per cent, the poll found.",
     [("4 per cent", E, "percent"), ("41 per cent", E, "percent")]),
    ("The party increased its seats by 12 to 85.", [("12", E, ""), ("85", E, "")]),
    # near misses: a range of a forecast, "between", a vote tally (two figures, not a range)
    ("Turnout is expected to fall by 5 to 10 per cent.", [("5 to 10 per cent", R, "percent")]),
    ("Between 40 and 45 per cent of voters back the plan.", [("Between 40 and 45 per cent", R, "percent")]),
    ("The motion was carried by 60 votes to 40.", [("60", E, ""), ("40", E, "")]),
)
CONFLICT = table(
    ("The death toll rose by 20 to 1,200, officials said.", [("20", E, ""), ("1,200", E, "")]),
    ("The number of troops in the region was increased by 2,000 to 15,000.", [("2,000", E, ""), ("15,000", E, "")]),
    ("The toll from the bombing climbed by 12 to 46 on Sunday.", [("12", E, ""), ("46", E, "")]),
    # near misses: "from X to Y" with no verb of change, "between"
    ("From 10 to 15 people were hurt in the blast.", [("10 to 15", R, "")]),
    ("Fighting has displaced between 3,000 and 5,000 people.", [("between 3,000 and 5,000", R, "")]),
)
HEALTH = table(
    ("Confirmed cases rose by 340 to 5,100 overnight, the ministry said.", [("340", E, ""), ("5,100", E, "")]),
    ("The number of patients in hospital fell by 15 per cent to 1,700.",
     [("15 per cent", E, "percent"), ("1,700", E, "")]),
    ("The number of deaths from the virus rose from 40 to 52 on Monday.", [("40", E, ""), ("52", E, "")]),
    # near misses: ranges, the unit once after the second number; "up to" a range
    ("The vaccine cut the risk of infection by 60 to 70 per cent, the study found.",
     [("60 to 70 per cent", R, "percent")]),
    ("Food prices in the city have risen by up to 20 to 30 per cent.", [("20 to 30 per cent", R, "percent")]),
)
SPORT = table(
    ("Ticket prices rose by $5 to $45 for the final.", [("$5", E, "USD"), ("$45", E, "USD")]),
    ("The club cut its wage bill by 20 per cent to £80 million.",
     [("20 per cent", E, "percent"), ("£80 million", E, "GBP")]),
    ("The stadium's capacity grew by 3,000 to 41,000.", [("3,000", E, ""), ("41,000", E, "")]),
    # near miss: a forecast range, the unit once after the second number
    ("Crowds are expected to grow by 10 to 15 per cent next season.", [("10 to 15 per cent", R, "percent")]),
)
CRIME = table(
    ("The prison population fell by 1,200 to 8,300.", [("1,200", E, ""), ("8,300", E, "")]),
    ("Reported thefts fell by 3,000 to 2,500 last month.", [("3,000", E, ""), ("2,500", E, "")]),
    # near miss: "between" a range of a sentence
    ("He faces between five and ten years in prison.", [("between five and ten years", R, None)]),
)
SCIENCE = table(
    ("Average temperatures rose by 1.1 degrees to 15.2 degrees.", [("1.1 degrees", E, None), ("15.2 degrees", E, None)]),
    # near miss: a forecast range, the unit once after the second number
    ("Sea levels could rise by 30 to 60 centimetres this century.", [("30 to 60 centimetres", R, None)]),
)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", BUSINESS)
def test_range_clusters42_business(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", POLITICS)
def test_range_clusters42_politics(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", CONFLICT)
def test_range_clusters42_conflict(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", HEALTH)
def test_range_clusters42_health(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", SPORT)
def test_range_clusters42_sport(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", CRIME)
def test_range_clusters42_crime(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", SCIENCE)
def test_range_clusters42_science(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)
