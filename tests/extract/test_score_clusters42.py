"""Stop 42's blind probe of match scores in any sport: a scoreline written against the team names ("beat Arsenal
2-0"), read as two figures, each side's number its side's. Ordinary invented wire sentences (no corpus, gold or test
sentence copied) over football, rugby, tennis, basketball, cricket and ice hockey: winner first, loser first
("lost 2-1 to"), a passive ("were beaten 3-2 by"), a draw, "a 4-0 win over", a results line, set scores, margins
("by 62 runs", "by three goals"); and near misses from business, politics, disasters, health, conflict and crime
that are no score and that the mend must not change: designations ("Boeing 737-800"), a team formation, a date
("1-2 June"), a name ("the 9-11 commission"), ranges ("2-3 days", "10-15 centimetres"), a vote count.

Every owner was written from the subject line of tests/gold/measures/GUIDE.md (whose quantity it is: "the company,
country, organisation, group or person that has ... or does it") and docs/measures/subject.md's scoreline rule as the dev gold
writes it (lee bg_118 "Australia is now 1-0": 1 Australia, 0 South Africa; bg_299 "levelled at 1-1": the first side
the first number): each number of a scoreline is the side that scored it, the winner holding the larger, the first
named side the first number of a draw, and a set score is told from the winner's side ("7-5 3-6": the 3 is the
winner's); a margin is the winner's (bg_118 "beaten South Africa by 246 runs" -> Australia). What is no figure
follows tests/gold/README.md ("What is a figure": designations, dates, names are none; "a-b" is a range). Each label
was read a second time against the guide before the code ran.

Rows are (text, anchor, k, expected): the k-th number written in `anchor`, a string found once in `text`.

First (blind) run, main 6f5ba4b: 20 of 51 (sport 12/40, near misses 8/11: business 3/3, politics 0/3, disasters 1/1,
health 1/1, conflict 2/2, crime 1/1). One sport row of the 20 passed on the range figure "3-6" (subject Jan Novak);
the check was then tightened to refuse a range over both sides, which makes the blind count 19 of 51. After
numbers/scorelines.py (a dash score after a team's name is no designation, nor cut out by the tagger's name entity),
extract/match_sides.py (each side's number its side's when the clause names both) and counted.py (a score's side
counts no team name and no figure before it): 43 of 51 (sport 35/40, near misses 8/11); no near miss moved, dev output
identical, every other probe table unchanged. That mend (146cc43) was reverted (8a6f64a) because the held-out
floors test failed on it (test-lee place fell under its floor of 0.61, to 0.553, in aggregate; the cause was not
read, test documents being closed): on main the table stands at its blind 19 of 51. Re-landed on wt-scores2 with
the place of a score's numbers mended (tests/extract/test_venue_clusters42.py): 43 of 51 again and test-lee place back
to 0.6087, still under its floor, so reverted again. Stop 57 landed the sides alone, without the detection mend
(extract/match_result.py: the side a verb of winning, losing or drawing names holds its number): 28 of 51, nine
more sport rows, floors held. Rows marked with a reason are readings the extractor does not make (strict xfail).
"""
from __future__ import annotations

import pytest

from conftest import gap
from extract.score_rows import figure_at, figures_reader, number_at

from newsfigures.eval.measure_rules import name_ok, quantity_ok

PUBLISHED = "2025-09-02"
GLUED = gap("a score written after a team's name: its first number is read as part of the name ('Chelsea 3', "
             "as 'Delta 4', numbers/nonfigures.is_name) and the tagger's name entity over the team and the score "
             "('Arsenal 2-0', ORG) drops the other; the mend (numbers/scorelines.py, 146cc43) was reverted: the "
             "test-lee place floor fell (built a third time at stop 57: 0.6087 < 0.61 again, not kept)")
SIDES = gap("both numbers of a score go to the clause's subject: a score's sides are read from a verb of winning, "
            "losing or drawing (extract/match_result.py, stop 57), not from a result noun ('a 1-1 draw by Aberdeen', "
            "'win over Lazio', 'victory over Samoa'), and a side over 20 is no scoreline (sport.MAX_SCORE_SIDE)")
RESULTS_LINE = gap("a results line with no dash ('Arsenal 2, Tottenham 1'): a number right after a capitalised word "
                   "is read as part of a name (numbers/nonfigures.is_name) or counts the name")
LOST_SET = gap("a set the match winner lost, written lower first ('7-5 3-6 6-2'), is read by the number parser as "
               "the range 3-6 (value 4.5); no dev article writes set scores, so no rule was written for them")
FORMATION = gap("a team formation ('4-3-3') is read as three counts of 'formation'")
VOTE_COUNT = gap("a vote tally with no noun ('voted 7-2') counts nothing: its quantity is empty")
NAMED_RANGE = gap("'the 9-11 commission' is read as the range 9-11 (people)")
NONE = None  # the number is no figure

FOOTBALL = [
    pytest.param("Manchester City beat Chelsea 3-1 at the Etihad Stadium on Sunday.", "3-1", 0, "Manchester City",
                 marks=GLUED),
    pytest.param("Manchester City beat Chelsea 3-1 at the Etihad Stadium on Sunday.", "3-1", 1, "Chelsea", marks=GLUED),
    ("Celtic were held to a 1-1 draw by Aberdeen on Saturday.", "1-1", 0, "Celtic"),
    pytest.param("Celtic were held to a 1-1 draw by Aberdeen on Saturday.", "1-1", 1, "Aberdeen", marks=SIDES),
    ("Bayern Munich lost 2-1 to Borussia Dortmund in the cup final on Wednesday.", "2-1", 0, "Borussia Dortmund"),
    ("Bayern Munich lost 2-1 to Borussia Dortmund in the cup final on Wednesday.", "2-1", 1, "Bayern Munich"),
    ("Napoli's 4-0 win over Lazio lifted them to the top of the table.", "4-0", 0, "Napoli"),
    pytest.param("Napoli's 4-0 win over Lazio lifted them to the top of the table.", "4-0", 1, "Lazio", marks=SIDES),
    ("Ajax and PSV drew 0-0 in Amsterdam on Sunday.", "0-0", 0, "Ajax"),
    ("Ajax and PSV drew 0-0 in Amsterdam on Sunday.", "0-0", 1, "PSV"),
    ("Real Madrid were beaten 3-2 by Sevilla on Tuesday night.", "3-2", 0, "Sevilla"),
    ("Real Madrid were beaten 3-2 by Sevilla on Tuesday night.", "3-2", 1, "Real Madrid"),
    pytest.param("Final score: Arsenal 2, Tottenham 1.", "Arsenal 2", 0, "Arsenal", marks=RESULTS_LINE),
    pytest.param("Final score: Arsenal 2, Tottenham 1.", "Tottenham 1", 0, "Tottenham", marks=RESULTS_LINE),
    ("Barcelona won by three goals against Girona on Saturday.", "three", 0, "Barcelona"),  # a margin
]

RUGBY = [
    pytest.param("Leinster beat Munster 27-13 at the Aviva Stadium.", "27-13", 0, "Leinster", marks=GLUED),
    pytest.param("Leinster beat Munster 27-13 at the Aviva Stadium.", "27-13", 1, "Munster", marks=SIDES),
    pytest.param("The Wallabies lost 31-20 to Argentina in Mendoza on Saturday.", "31-20", 0, "Argentina", marks=SIDES),
    ("The Wallabies lost 31-20 to Argentina in Mendoza on Saturday.", "31-20", 1, "Wallabies"),
    ("Fiji's 24-17 victory over Samoa sent them through to the final.", "24-17", 0, "Fiji"),
    pytest.param("Fiji's 24-17 victory over Samoa sent them through to the final.", "24-17", 1, "Samoa", marks=SIDES),
]

TENNIS = [
    pytest.param("Maria Lopez beat Anna Berg 6-3 6-4 in the second round.", "6-3", 0, "Maria Lopez", marks=GLUED),
    ("Maria Lopez beat Anna Berg 6-3 6-4 in the second round.", "6-3", 1, "Anna Berg"),
    ("Maria Lopez beat Anna Berg 6-3 6-4 in the second round.", "6-4", 1, "Anna Berg"),
    pytest.param("Jan Novak won 7-5 3-6 6-2 against Luis Ortega in Madrid.", "3-6", 0, "Jan Novak", marks=LOST_SET),
    pytest.param("Jan Novak won 7-5 3-6 6-2 against Luis Ortega in Madrid.", "3-6", 1, "Luis Ortega",
                 marks=LOST_SET),
]

BASKETBALL = [
    pytest.param("The Boston Celtics beat the Miami Heat 112-104 on Friday.", "112-104", 0, "Boston Celtics",
                 marks=GLUED),
    pytest.param("The Boston Celtics beat the Miami Heat 112-104 on Friday.", "112-104", 1, "Miami Heat", marks=GLUED),
    pytest.param("The Lakers lost 99-95 to the Denver Nuggets on Monday.", "99-95", 0, "Denver Nuggets", marks=SIDES),
    pytest.param("The Lakers lost 99-95 to the Denver Nuggets on Monday.", "99-95", 1, "Lakers", marks=SIDES),
]

CRICKET = [
    ("India won the five-match series 3-1 against England.", "3-1", 0, "India"),
    ("India won the five-match series 3-1 against England.", "3-1", 1, "England"),
    ("Australia beat New Zealand by 62 runs in Perth on Sunday.", "62", 0, "Australia"),  # a margin
]

HOCKEY = [
    pytest.param("The Toronto Maple Leafs beat the Ottawa Senators 4-2 on Thursday.", "4-2", 0, "Toronto Maple Leafs",
                 marks=GLUED),
    ("The Toronto Maple Leafs beat the Ottawa Senators 4-2 on Thursday.", "4-2", 1, "Ottawa Senators"),
    ("Sweden lost 5-3 to Finland in the ice hockey final.", "5-3", 0, "Finland"),
    ("Sweden lost 5-3 to Finland in the ice hockey final.", "5-3", 1, "Sweden"),
    pytest.param("Canada edged the United States 3-2 in overtime.", "3-2", 0, "Canada", marks=GLUED),
    ("Canada edged the United States 3-2 in overtime.", "3-2", 1, "United States"),
]

SPORT_NEAR = [  # a team formation is no score
    pytest.param("The coach switched to a 4-3-3 formation at half-time.", "4-3-3", 1, NONE, marks=FORMATION),
]

# near misses: (text, anchor, k, what the number is): NONE no figure, ("range",) one range figure over both numbers,
# ("quantity", q) a figure counting q
BUSINESS = [
    ("Qantas has ordered 12 Airbus A380-800 jets.", "A380-800", 1, NONE),
    ("Ryanair will take delivery of 20 Boeing 737-800 aircraft next year.", "737-800", 1, NONE),
    ("Ryanair will take delivery of 20 Boeing 737-800 aircraft next year.", "20 Boeing", 0, ("quantity", "aircraft")),
]
POLITICS = [
    pytest.param("The committee voted 7-2 to approve the budget on Tuesday.", "7-2", 0, ("quantity", "vote"),
                 marks=VOTE_COUNT),
    pytest.param("The committee voted 7-2 to approve the budget on Tuesday.", "7-2", 1, ("quantity", "vote"),
                 marks=VOTE_COUNT),
    pytest.param("The 9-11 commission will publish its report in July.", "9-11", 1, NONE, marks=NAMED_RANGE),
]
DISASTERS = [
    ("Forecasters expect 10-15 centimetres of snow in the mountains overnight.", "10-15", 0, ("range",)),
]
HEALTH = [
    ("Patients with the virus should rest for 2-3 days, the health ministry said.", "2-3", 0, ("range",)),
]
CONFLICT = [
    ("Fighting on 1-2 June killed 14 soldiers near the border.", "1-2", 0, NONE),
    ("Fighting on 1-2 June killed 14 soldiers near the border.", "1-2", 1, NONE),
]
CRIME = [
    ("The former minister faces 4-6 years in jail if convicted.", "4-6", 0, ("range",)),
]


@pytest.fixture(scope="module")
def figures(nlp):
    """figures(text) -> every figure extracted from `text`, one extraction per text."""
    return figures_reader(nlp, PUBLISHED)


def row_ok(found: list, text: str, anchor: str, k: int, expected) -> bool:
    """A score row (`expected` an owner) by `side_ok`, a near miss by `near_miss_ok`."""
    check = side_ok if isinstance(expected, str) else near_miss_ok
    return check(found, text, anchor, k, expected)


def side_ok(found: list, text: str, anchor: str, k: int, expected: str) -> bool:
    """The number is a figure of its own (not a range over both sides) whose subject is `expected`."""
    at = number_at(text, anchor, k)
    fig = figure_at(found, at)
    return fig is not None and fig.start == at and fig.qualifier != "range" and name_ok(fig.measure.subject, expected)


def near_miss_ok(found: list, text: str, anchor: str, k: int, expected) -> bool:
    """The number is no figure (NONE), part of one range figure, or a figure counting the expected quantity."""
    fig = figure_at(found, number_at(text, anchor, k))
    if expected is NONE:
        return fig is None
    if expected[0] == "range":
        return fig is not None and fig.qualifier == "range"
    return fig is not None and quantity_ok(fig.measure.quantity, expected[1])


@pytest.mark.parametrize("text,anchor,k,expected", FOOTBALL + RUGBY + TENNIS + BASKETBALL + CRICKET + HOCKEY
                         + SPORT_NEAR)
def test_score_clusters42_sport(figures, text, anchor, k, expected):
    assert row_ok(figures(text), text, anchor, k, expected)


@pytest.mark.parametrize("text,anchor,k,expected", BUSINESS)
def test_score_clusters42_business(figures, text, anchor, k, expected):
    assert row_ok(figures(text), text, anchor, k, expected)


@pytest.mark.parametrize("text,anchor,k,expected", POLITICS)
def test_score_clusters42_politics(figures, text, anchor, k, expected):
    assert row_ok(figures(text), text, anchor, k, expected)


@pytest.mark.parametrize("text,anchor,k,expected", DISASTERS)
def test_score_clusters42_disasters(figures, text, anchor, k, expected):
    assert row_ok(figures(text), text, anchor, k, expected)


@pytest.mark.parametrize("text,anchor,k,expected", HEALTH)
def test_score_clusters42_health(figures, text, anchor, k, expected):
    assert row_ok(figures(text), text, anchor, k, expected)


@pytest.mark.parametrize("text,anchor,k,expected", CONFLICT)
def test_score_clusters42_conflict(figures, text, anchor, k, expected):
    assert row_ok(figures(text), text, anchor, k, expected)


@pytest.mark.parametrize("text,anchor,k,expected", CRIME)
def test_score_clusters42_crime(figures, text, anchor, k, expected):
    assert row_ok(figures(text), text, anchor, k, expected)
