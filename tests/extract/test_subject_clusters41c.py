"""Stop 41's blind probe of the subject of sport scores: which side a run, wicket, goal, set or rubber belongs to. The
largest dev group of that kind (dev-lee bg_139, cricket_aus_sa_2001: "bowl us out for 150", "we can make 200 to
250", "our position in the match, 10 wickets in hand and 70 runs ahead"; bg_299, davis_cup_final_2001: "even if we
were down 2-0") is a score a quoted player or captain gives in the first person plural: "we" is the speaker's side.

Short invented wire articles of several sports (cricket, tennis, football, rugby, basketball, athletics), no corpus,
gold or test sentence copied, and near misses from business, health and politics (a "we" that is no side). Every
owner was written from the subject line of tests/gold/measures/GUIDE.md ("the company, country, organisation, group
or person that has, suffers, pays or does it"; "" when the figure belongs to the story as a whole), a scoreline's two
numbers each the side that holds it as the dev gold writes them (bg_118, bg_299), and read against it a second time
before the code ran. Near misses the mend must NOT change: a crowd, a time left in a match, a player's age, the other
side's score ("we bowled them out for 187", "we kept them to three points"), a first-person count that is no score.

Owners are compared as the evaluation compares them (`measure_rules.name_ok`). First (blind) run, main 0562f97: 7 of
22 (cricket 4/9, football 0/3, rugby 0/3, tennis 0/1, basketball 0/2, athletics 1/1, other domains 2/3); one row's
surface was then corrected to the one the extractor writes ("two", not "two minutes"), which reads right: 8 of 22.
After newsfigures/extract/sport_side.py: 15 of 22; every near miss that read right still does, and the other side's
runs ("we bowled them out for 187") went from the speaker's side to the right one. Rows marked with a reason are
readings the extractor does not make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok

CRICKET_INDIA = ("India beat England by five wickets in the second Test in Mumbai on Sunday. India captain Ravi Menon "
                 "said his side had been under pressure on the final morning. \"We were 4 for 120 at lunch and the "
                 "ball was turning,\" Menon said. \"England bowled us out for 210 in the first innings, so we knew it "
                 "would be hard.\" A crowd of 30,000 watched the last day.")
CRICKET_GALLE = ("Sri Lanka lead Pakistan by 96 runs after the second day of the first Test in Galle. Sri Lankan "
                 "spinner Asela Perera took four wickets. \"We bowled them out for 187 and now we have 8 wickets in "
                 "hand,\" Perera said.")
FOOTBALL_TOKYO = ("Brazil drew 3-3 with Japan in a friendly in Tokyo on Tuesday. Japan coach Kenji Sato praised his "
                  "players. \"We were 2-0 down after half an hour and the players never gave up,\" Sato said. The "
                  "24-year-old striker Yuto Mori scored twice for Japan.")
RUGBY_DUBLIN = ("Ireland beat Wales 19-13 in the Six Nations in Dublin on Saturday. Ireland captain Conor Walsh said "
                "his team had been slow to start. \"We were 10-3 down at half-time, but we kept them to three points "
                "after the break,\" Walsh said.")
TENNIS_ZAGREB = ("Croatia and Argentina are level at 1-1 in the Davis Cup final in Zagreb. Argentine captain Diego "
                 "Ruiz said his doubles pair was ready. \"Even if we are 2-1 behind after tomorrow, we can still win "
                 "the tie,\" Ruiz said.")
BASKETBALL_MANILA = ("The United States beat Serbia 95-80 in the World Cup semi-final in Manila. Serbia coach Marko "
                     "Ilic said his team had been close. \"We were only four points behind with two minutes left,\" "
                     "Ilic said.")
ATHLETICS_NAIROBI = ("Kenya won five of the eight gold medals at the championships in Nairobi, ahead of Ethiopia. "
                     "\"We won seven medals in all because we trained together,\" Kenyan coach Peter Kibet said.")
CARS = ("Germany's Voss Motors sold 2.1 million cars last year, ahead of France's Lumen. \"We sold 300,000 cars in "
        "China alone,\" Voss chief executive Anna Becker said.")
MEASLES = ("Australia and New Zealand reported new measles cases on Monday. \"We have recorded 42 cases this month,\" "
           "New Zealand's health minister Jane Moore said.")
FISHERMEN = ("India and Pakistan held talks in Delhi on Friday. \"We have released 200 fishermen as a goodwill "
             "gesture,\" a Pakistani minister said.")

CROWD = gap("a crowd is read as its own group ('crowd'), not as a figure of the story as a whole")
NO_AGE = gap("an age on a player's title ('The 24-year-old striker Yuto Mori') is not extracted as a figure")
POINTS = gap("a basketball or rugby score in points is no side score the readers know (runs, wickets, a scoreline): "
             "'we' and 'them' are not read there")
WE_OWNER = gap("a first-person owner outside sport scores is not read ('we' of a government)")

CRICKET = [
    (CRICKET_INDIA, "4", "India"),
    (CRICKET_INDIA, "120", "India"),
    (CRICKET_INDIA, "210", "India"),  # "bowled us out for 210": the side bowled out made the runs
    (CRICKET_INDIA, "five", "India"),  # near miss: a margin the clause's subject won by
    pytest.param(CRICKET_INDIA, "30,000", "", marks=CROWD),  # near miss: a crowd, no side's
    (CRICKET_GALLE, "187", "Pakistan"),  # near miss: "we bowled them out": the other side's runs
    (CRICKET_GALLE, "8", "Sri Lanka"),
    (CRICKET_GALLE, "96", "Sri Lanka"),  # near miss: the lead the clause's subject holds
    (CRICKET_GALLE, "four", "Asela Perera"),  # near miss: a bowler's wickets
]
FOOTBALL = [
    (FOOTBALL_TOKYO, "2", "Brazil"),  # "we were 2-0 down": the side the speaker's name is written with holds the 0
    (FOOTBALL_TOKYO, "0", "Japan"),
    pytest.param(FOOTBALL_TOKYO, "24-year-old", "Yuto Mori", marks=NO_AGE),  # near miss: a player's age
]
RUGBY = [
    (RUGBY_DUBLIN, "10", "Wales"),  # "we were 10-3 down": the larger is the other side's (Wales: stop 56's
    (RUGBY_DUBLIN, "3", "Ireland"),  # hand-written nationality words give the article its second side)
    pytest.param(RUGBY_DUBLIN, "three", "Wales", marks=POINTS),  # near miss: the other side's points
]
TENNIS = [
    (TENNIS_ZAGREB, "2", "Croatia"),  # "we are 2-1 behind", said by the side named second
]
BASKETBALL = [
    pytest.param(BASKETBALL_MANILA, "four", "Serbia", marks=POINTS),
    (BASKETBALL_MANILA, "two minutes", ""),  # near miss: the time left in a match
]
ATHLETICS = [
    (ATHLETICS_NAIROBI, "seven", "Kenya"),  # near miss: medals are no side score (the owner carried from "five")
]
OTHER_DOMAINS = [
    # near misses: a first-person count that is no side score; the article's first country must not stand in
    (CARS, "300,000", "Voss Motors"),
    pytest.param(MEASLES, "42", "New Zealand", marks=WE_OWNER),
    (FISHERMEN, "200", "fishermen"),
]


def owner(article_measures, text: str, surface: str) -> str:
    """The subject of the figure of article `text` written `surface`."""
    found = article_measures(text)
    assert surface in found, list(found)
    return found[surface].subject


@pytest.mark.parametrize("text,surface,expected", CRICKET)
def test_subject_clusters41c_cricket(article_measures, text, surface, expected):
    assert name_ok(owner(article_measures, text, surface), expected)


@pytest.mark.parametrize("text,surface,expected", FOOTBALL)
def test_subject_clusters41c_football(article_measures, text, surface, expected):
    assert name_ok(owner(article_measures, text, surface), expected)


@pytest.mark.parametrize("text,surface,expected", RUGBY)
def test_subject_clusters41c_rugby(article_measures, text, surface, expected):
    assert name_ok(owner(article_measures, text, surface), expected)


@pytest.mark.parametrize("text,surface,expected", TENNIS)
def test_subject_clusters41c_tennis(article_measures, text, surface, expected):
    assert name_ok(owner(article_measures, text, surface), expected)


@pytest.mark.parametrize("text,surface,expected", BASKETBALL)
def test_subject_clusters41c_basketball(article_measures, text, surface, expected):
    assert name_ok(owner(article_measures, text, surface), expected)


@pytest.mark.parametrize("text,surface,expected", ATHLETICS)
def test_subject_clusters41c_athletics(article_measures, text, surface, expected):
    assert name_ok(owner(article_measures, text, surface), expected)


@pytest.mark.parametrize("text,surface,expected", OTHER_DOMAINS)
def test_subject_clusters41c_other_domains(article_measures, text, surface, expected):
    assert name_ok(owner(article_measures, text, surface), expected)
