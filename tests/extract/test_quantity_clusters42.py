"""Stop 42's blind probe of a quantity (and an event) carried from an earlier sentence over the figure's own words:
a number with no counted noun of its own took the counted noun of the figure read before it, however far back and
whatever that figure was ("Sales rose by 5 per cent to $3 billion." then "The death toll rose by 20 to 1,200": the
toll's figures read `sale`; "Unemployment fell to 5.1 per cent." then "Brazil drew 1-1 with Argentina": the
scoreline read `unemployment`). Short invented wire items of two to four sentences (none from the corpora, the gold
or the test split), over the eight domains: targets whose own sentence names what the figure counts (a toll, a
casualty verb, a scoreline, a margin's own noun) after a sentence about something else, and near misses where the
carry is right (a batch or a part of the group counted just before: "Another 12 died", "Of those, 45", "All 14",
"Nine of them"; a bare score after a score; a pronoun's sum, "They reached $3 billion"). Each label was written from
tests/gold/measures/GUIDE.md (quantity lines, Q5, E1, E2, C3) and read a second time against it before the code ran.
A football or basketball scoreline names no noun: it counts goals or points (the head noun's lemma the score
stands for), and "drew"/"beat"/"lost by" are E2's own words (`other:draw`, `other:beat`, `other:lose`), "won" the
listed class.

Blind run (unchanged code): 18/34 (the first run read 15/34: three near-miss rows were keyed "Another two", "Another
12", "All 14", which GUIDE's surface excludes; keyed by the number they pass, no label changed). A loan gate
(extract/lent_noun.py on branch wt-carry-held: from an earlier sentence only a count lends to a count, never to a
scoreline side or to the size or level of a change its clause's noun undergoes) read 30/36 with no near miss broken
and no dev row moved, but fell test-lee place under its floor (0.613 -> 0.588, in aggregate: a figure whose quantity
turns unread loses the article's setting place, setting.may_take_setting) and was reverted; its rows stay gaps. Two
rows were added after the gate was written (marked): a count lent to a count across sentences over a toll, and a
change whose subject is a pronoun. On main after the merge of wt-bychange (c4de08d) one row that passed blind reads
"by two to four" as one range and is a gap too: 18/36. The lead merged the gate without its scoreline part
(wt-carry-held2: a scoreline keeps its loan, so it keeps the article's setting place) and scored the floors once
after: 29/36 (the gate's eleven rows pass)."""
from __future__ import annotations

import pytest

from conftest import gap

PRONOUN_SUM = gap("'They reached $3 billion': a sum whose subject is a pronoun takes no quantity from the pronoun's "
                  "antecedent (no figure lends it: the sum's own reader, counted_sums.measured, finds no noun)")
SCORE_NOUN = gap("a scoreline with no series contest named reads no quantity (sport.score_quantity: the goals or "
                 "points a football or basketball score counts are not written); and it takes the earlier sentence's "
                 "noun (extract/lent_noun lets a count lend to it); the reading itself is the scores round's (wt-scores)")
GLUED_SCORE = gap("'the Celtics 110-102': the score glued to a team name is not detected (numbers: a model "
                  "designation); the scores round's (wt-scores)")
LOSE_CLASS = gap("'lost by 20 runs': the figure's own verb 'lose' is read in the fall class (lexicon: lose -> "
                 "decreased), not a loan from the sentence before; a margin's verb is the scores round's")
CLOSE_RANGE = gap("'fell by two to four': since the merge of wt-bychange (c4de08d) two numbers written alike with the "
                  "second at most twice the first are one range ('two to four'), so no figure 'four' (it passed on "
                  "6f5ba4b, blind)")
NO_CRICKET = gap("'Jones made 51 after tea': no cricket word in the sentence (sport.cricket_sentence) and the score "
                 "before it has no counted noun to lend")

CONFLICT = [
    pytest.param("The army said its budget rose by 4 per cent to $50 billion this year.\n\nThe death toll from the "
                 "fighting rose by 15 to 340, medics said.", "340", "quantity", "deaths"),
    pytest.param("The army said its budget rose by 4 per cent to $50 billion this year.\n\nThe death toll from the "
                 "fighting rose by 15 to 340, medics said.", "15", "quantity", "deaths"),
    pytest.param("Oil exports fell 12 per cent in May.\n\nAt least 30 were killed when a market was shelled on Sunday.",
                 "At least 30", "quantity", "deaths"),
    # near misses: a batch of the dead counted just before; a part of the hostages counted just before (Q5)
    ("Three soldiers were killed in the ambush on Friday.\n\nAnother two died of their wounds on Saturday.",
     "two", "quantity", "deaths"),
    ("The rebels freed 40 hostages on Tuesday. Officials said 12 of them were foreigners.", "12", "quantity",
     "people"),
]

DISASTERS = [
    ("Insurers expect claims to rise by 8 per cent this year.\n\nThe toll from the floods rose to 64 on Monday, "
     "officials said.", "64", "quantity", "deaths"),
    pytest.param("Rainfall was 40 per cent above average in March.\n\nThe toll rose by 12 to 95 after more bodies were "
                 "found.", "12", "quantity", "deaths"),
    ("Rainfall was 40 per cent above average in March.\n\nThe toll rose by 12 to 95 after more bodies were found.",
     "95", "event", "killed"),
    # added after the gate was written: a count lent to a count across sentences, over the toll its own clause names
    pytest.param("The fire destroyed 300 homes in the valley.\n\nThe death toll rose by 2 to 14.", "2", "quantity",
                 "deaths"),
    # near misses: the GUIDE's batch ("Another 12 died"); a batch of the homes counted just before
    ("The toll rose to 80. Another 12 died on Monday.", "12", "quantity", "deaths"),
    ("The fire destroyed 300 homes in the valley.\n\nAbout 40 more were damaged.", "About 40", "quantity", "home"),
]

BUSINESS = [
    pytest.param("Sales rose by 5 per cent to $3 billion last year.\n\nThe death toll rose by 20 to 1,200, officials "
                 "said.", "1,200", "quantity", "deaths"),
    pytest.param("Sales rose by 5 per cent to $3 billion last year.\n\nThe death toll rose by 20 to 1,200, officials "
                 "said.", "20", "quantity", "deaths"),
    ("The bank's profit rose 9 per cent to $2.1 billion.\n\nThe number of branches fell by 40 to 610.", "610",
     "quantity", "branch"),
    # near miss: a pronoun's sum (the sales of the sentence before)
    pytest.param("Sales rose 5 per cent. They reached $3 billion.", "$3 billion", "quantity", "sales",
                 marks=PRONOUN_SUM),
]

POLITICS = [
    ("The government's approval rating fell 4 per cent in May.\n\nThe death toll from the riots rose to 23, police "
     "said.", "23", "quantity", "deaths"),
    pytest.param("Voter turnout rose to 72 per cent.\n\nThe toll from election violence rose by three to 17.", "17",
                 "quantity", "deaths"),
    # near misses: a part of the arrested counted just before; a count of the same kind in a parallel sentence
    ("Police arrested 120 protesters in the capital on Saturday.\n\nOf those, 45 were later charged.", "45",
     "quantity", "people"),
    ("The opposition won 88 seats in the election. The ruling party won 112.", "112", "quantity", "seats"),
    # added after the gate was written (near miss): a change whose subject is a pronoun keeps the noun before
    ("The opposition won 88 seats in the election. It rose by 20 from 68.", "20", "quantity", "seats"),
]

HEALTH = [
    pytest.param("Hospital spending rose by 6 per cent to $4 billion.\n\nThe death toll from the outbreak rose by 9 to "
                 "130, the health ministry said.", "130", "quantity", "deaths"),
    pytest.param("The cost of the programme rose 15 per cent to $80 million.\n\nAt least 14 have died from the disease "
                 "since January.", "At least 14", "quantity", "deaths"),
    # near miss: a batch of the children counted just before
    ("Doctors vaccinated 4,000 children in the district last week. About 1,500 more were vaccinated on Monday.",
     "About 1,500", "quantity", "people"),
]

SCIENCE = [
    pytest.param("Costs for the mission rose 12 per cent to $2 billion.\n\nThe number of crew members fell by two to "
                 "four.", "four", "quantity", "people", marks=CLOSE_RANGE),
    # near miss: a part of the planets counted just before
    ("The telescope has found 30 new planets this year.\n\nNine of them are rocky.", "Nine", "quantity", "planet"),
]

CRIME = [
    ("Car thefts fell 8 per cent last year, police said.\n\nThe toll from the prison riot rose to 11 on Tuesday.",
     "11", "quantity", "deaths"),
    pytest.param("The gang laundered $40 million, prosecutors said.\n\nThe death toll from the shooting rose by two to "
                 "nine.", "nine", "quantity", "deaths"),
    # near misses: the same group again ("All 14"); a part of the inmates counted just before (Q5)
    ("Police arrested 14 men after the raid. All 14 were charged with fraud on Monday.", "14", "quantity",
     "people"),
    ("Twelve inmates escaped from the jail on Sunday. Police said 9 had been recaptured by Tuesday.", "9",
     "quantity", "people"),
]

SPORT = [
    pytest.param("Unemployment fell to 5.1 per cent in March.\n\nBrazil drew 1-1 with Argentina in Buenos Aires.",
                 "1", "quantity", "goal", marks=SCORE_NOUN),
    ("Unemployment fell to 5.1 per cent in March.\n\nBrazil drew 1-1 with Argentina in Buenos Aires.", "1",
     "event", "other:draw"),
    pytest.param("The death toll rose to 80 on Sunday.\n\nThe Welsh side won 3-1 in Cardiff.", "3", "quantity", "goal",
                 marks=SCORE_NOUN),
    ("Sales rose by 5 per cent to $3 billion last year.\n\nThe Sri Lankan team lost by 20 runs in Colombo.", "20",
     "quantity", "run"),
    pytest.param("Sales rose by 5 per cent to $3 billion last year.\n\nThe Sri Lankan team lost by 20 runs in Colombo.",
                 "20", "event", "other:lose", marks=LOSE_CLASS),
    pytest.param("Ticket prices rose 10 per cent this season.\n\nThe Lakers beat the Celtics 110-102 on Friday.",
                 "110", "quantity", "point", marks=GLUED_SCORE),
    # near miss: a bare score after a batsman's score in the same innings report
    pytest.param("Smith scored 84 on the first day of the Test. Jones made 51 after tea.", "51", "quantity", "run",
                 marks=NO_CRICKET),
]


def _read(measures, text: str, surface: str, field: str) -> str:
    """The measure field `field` of the figure `surface` of `text`."""
    return getattr(measures(text)[surface], field)


@pytest.mark.parametrize("text,surface,field,expected", CONFLICT)
def test_quantity_clusters42_conflict(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", DISASTERS)
def test_quantity_clusters42_disasters(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", BUSINESS)
def test_quantity_clusters42_business(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", POLITICS)
def test_quantity_clusters42_politics(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", HEALTH)
def test_quantity_clusters42_health(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", SCIENCE)
def test_quantity_clusters42_science(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", CRIME)
def test_quantity_clusters42_crime(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", SPORT)
def test_quantity_clusters42_sport(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected
