"""Stop 41's blind probe of the subject's largest dev-failure kind, the *missing* owner: the gold names whose figure it
is and the code gives none, the owner being the article's own protagonist (the company, country, organisation or
group the article is about), named in the title or the lead and not in the figure's sentence ("Revenue fell 9 per
cent", "The bank employs 22,000 people", "It took 54 per cent of the vote").

Short invented wire articles (title on the first line, 2-5 sentences) over eight domains, no corpus, gold or test
sentence copied. Every owner was written from the subject line of tests/gold/measures/GUIDE.md ("the company, country,
organisation, group or person that has, suffers, pays or does it"; "" when the figure belongs to the story as a whole)
and Q4/Q9, and read against it a second time before the code ran. Near misses a default owner must NOT change: a
story-wide toll or turnout (""), a market level or price nobody in the article owns, a person's age (the person), a
figure whose own sentence names another owner, people counted with no group named.

Owners are compared as the evaluation compares them (`measure_rules.name_ok`). First (blind) run, main 064f98d: 18
of 31 (business 5/10, politics 1/3, conflict 2/2, disasters 3/3, health 3/3, science 3/3, crime 2/3, sport 1/4; one
row's surface was then corrected to the one the extractor writes, "up to 10", which reads right: 19 of 31), near
misses 10 of 14 right (two ages not extracted, "ahead of the Greens" and "Turnout" read wrong). No mend was kept
(scripts/measure_default_owner.py: the default owner loses on dev), so the end score is the blind one. Rows marked with a reason are readings
the extractor does not make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok

DEFAULT = gap("the protagonist as default owner is not read: scripts/measure_default_owner.py measured every simple "
              "rule and a regression on dev, all net negative held out (gold '' for 183 of 305 subjectless figures; "
              "opening subject, ownable quantities: gain 9, loss 36)")
AGE = gap("an age in apposition ('Maria Lind, 54,') is not extracted as a figure")
AHEAD = gap("'ahead of the Greens on 21 per cent': the figure reads its clause's subject (Labour Party), not the "
            "object of 'ahead of'")
PAYER = gap("'A court fined Harbor Bank $2 billion': the doer (court) is read, not the one who pays (the object)")
BUYER = gap("'signed the striker Joao Silva for 30 million pounds': the signed person is read, not the buyer")
CLUB = gap("'The club finished fourth with 68 points': 'club' is read, not resolved to the title's Kestrel United")

HARROW = (
    "Harrow Foods to cut 1,500 jobs\n"
    "Harrow Foods will cut 1,500 jobs and close four factories, the company said on Monday. Sales fell 9 per cent "
    "last year to 2.1 billion pounds. The company employs 22,000 people worldwide. Inflation stood at 4 per cent "
    "in March."
)
NORTHWIND = (
    "Northwind Airlines swings to a loss\n"
    "Northwind Airlines reported a quarterly loss of $310 million on Wednesday. Revenue rose 3 per cent to "
    "$4.2 billion. Chief executive Maria Lind, 54, said fuel costs had hurt the carrier. Oil prices have climbed "
    "20 per cent this year."
)
BYELECTION = (
    "Labour wins Kestrel by-election\n"
    "The Labour Party won the Kestrel by-election on Thursday. It took 54 per cent of the vote, ahead of the Greens "
    "on 21 per cent. Turnout was 38 per cent."
)
SIEGE = (
    "Army retakes Verenka after siege\n"
    "Government forces recaptured the town of Verenka on Monday after a three-week siege, the defence ministry said. "
    "The army lost 40 soldiers in the fighting. About 12,000 people fled the town during the siege."
)
FLOODS = (
    "Floods kill 54 in Port Amara\n"
    "Floods have killed 54 people in the coastal city of Port Amara since Saturday, officials said. The Red Cross "
    "said it had sent 40 tonnes of supplies. More than 300 millimetres of rain fell in three days."
)
MEASLES = (
    "Kestria's health ministry expands vaccine drive\n"
    "Kestria's health ministry will vaccinate two million children against measles this year. The ministry has "
    "set aside $45 million for the campaign. Measles cases in the region rose 30 per cent last year."
)
AGENCY = (
    "Orbis Space Agency delays Kite probe\n"
    "The Orbis Space Agency has postponed the launch of its Kite probe, its director said on Friday. The agency's "
    "budget for the year is $6 billion. Its staff of 4,000 will move to a new centre in 2027. Surface temperatures "
    "on the target moon fall to minus 180 degrees."
)
HARBOR = (
    "Harbor Bank fined over money laundering\n"
    "A court fined Harbor Bank $2 billion on Tuesday for failing to stop money laundering. The bank had admitted "
    "the charges in March. It also agreed to pay $300 million to settle a separate case. Three former executives "
    "face up to 10 years in prison."
)
KESTREL_UNITED = (
    "Kestrel United sign striker\n"
    "Kestrel United have signed the striker Joao Silva for 30 million pounds. The club finished fourth last season "
    "with 68 points. Silva, 24, scored 19 goals for his old club. Tickets for the opening match cost 40 pounds."
)

BUSINESS = [
    (HARROW, "1,500", "Harrow Foods"),
    pytest.param(HARROW, "9 per cent", "Harrow Foods", marks=DEFAULT),
    pytest.param(HARROW, "2.1 billion pounds", "Harrow Foods", marks=DEFAULT),
    (HARROW, "22,000", "Harrow Foods"),  # stop 61: "The company employs" (EMPLOYING_VERBS)
    (HARROW, "4 per cent", ""),  # near miss: the economy's level, nobody's
    (NORTHWIND, "$310 million", "Northwind Airlines"),
    pytest.param(NORTHWIND, "3 per cent", "Northwind Airlines", marks=DEFAULT),
    pytest.param(NORTHWIND, "$4.2 billion", "Northwind Airlines", marks=DEFAULT),
    pytest.param(NORTHWIND, "54", "Maria Lind", marks=AGE),  # near miss: an age is its person's (Q9)
    (NORTHWIND, "20 per cent", ""),  # near miss: a market price
]
POLITICS = [
    (BYELECTION, "54 per cent", "The Labour Party"),
    pytest.param(BYELECTION, "21 per cent", "Greens", marks=AHEAD),  # near miss: its own sentence names another owner
    (BYELECTION, "38 per cent", ""),  # near miss: the election's own turnout
]
CONFLICT = [
    (SIEGE, "40", "army"),
    (SIEGE, "12,000", ""),  # near miss: people counted with no group named
]
DISASTERS = [
    (FLOODS, "54", ""),  # near miss: the story-wide toll
    (FLOODS, "40 tonnes", "The Red Cross"),
    (FLOODS, "300 millimetres", ""),  # near miss: a measurement of rain
]
HEALTH = [
    (MEASLES, "two million", "children"),  # near miss: the counted group
    (MEASLES, "$45 million", "Kestria's health ministry"),
    (MEASLES, "30 per cent", ""),  # near miss: cases in a region, nobody's
]
SCIENCE = [
    (AGENCY, "$6 billion", "The Orbis Space Agency"),
    (AGENCY, "4,000", "The Orbis Space Agency"),
    (AGENCY, "180 degrees", ""),  # near miss: a measurement of a place
]
CRIME = [
    pytest.param(HARBOR, "$2 billion", "Harbor Bank", marks=PAYER),
    (HARBOR, "$300 million", "Harbor Bank"),
    (HARBOR, "up to 10", "former executives"),  # near miss: another owner in its own sentence
]
SPORT = [
    pytest.param(KESTREL_UNITED, "30 million pounds", "Kestrel United", marks=BUYER),
    pytest.param(KESTREL_UNITED, "68", "Kestrel United", marks=CLUB),
    pytest.param(KESTREL_UNITED, "24", "Silva", marks=AGE),  # near miss: an age
    (KESTREL_UNITED, "40 pounds", ""),  # near miss: a ticket price
]


def owner(article_measures, text: str, number: str) -> str:
    """The subject of the figure of article `text` whose surface holds `number` (the shortest such surface)."""
    found = {k: m for k, m in article_measures(text).items() if number in k}
    assert found, list(article_measures(text))
    return min(found.items(), key=lambda kv: len(kv[0]))[1].subject


@pytest.mark.parametrize("text,number,expected", BUSINESS)
def test_subject_clusters41_business(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", POLITICS)
def test_subject_clusters41_politics(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", CONFLICT)
def test_subject_clusters41_conflict(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", DISASTERS)
def test_subject_clusters41_disasters(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", HEALTH)
def test_subject_clusters41_health(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SCIENCE)
def test_subject_clusters41_science(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", CRIME)
def test_subject_clusters41_crime(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)


@pytest.mark.parametrize("text,number,expected", SPORT)
def test_subject_clusters41_sport(article_measures, text, number, expected):
    assert name_ok(owner(article_measures, text, number), expected)
