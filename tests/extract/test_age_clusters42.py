"""Stop 42's blind probe of a construction the dev gold reads in nine stories and the extractor dropped: a person's
age set off by commas beside a name ("Walid Saadi, 53, was killed", lee bg_044; "Moussaoui, 33,", bg_167; "Brett
Dempsey, 31,", bg_190; "Tim, 16,", cor_005; "David Hudak, 41,", cor_026) and an age in a definite description ("The
89-year-old retired general", wn2004_099; "The 63-year-old Sheikh", bg_227; "the 20-month-old boy", bg_054; "the
15-year-old was a lonely boy", bg_100), where "A 38-year-old man" was read. Ordinary wire sentences written for the
round (no corpus, gold or test sentence copied), over seven domains, with near misses the mend must not change: a
cricket score set off by commas beside a batsman's name (a score, GUIDE E1 "scored 74", not an age), a street
number, "Chapter 11", a date, a flight's number, an index's change.

Each row is labelled from tests/gold/measures/GUIDE.md and tests/gold/README.md ("Ages are figures with unit "year"
and counted ["age"]"; Q9: quantity `age`, dimension `duration`; subject: the person whose age it is, as the text
names the person, shortest unambiguous form: a title is no part of the name; a definite description stands for the
person named before it, as the dev gold reads "The 89-year-old retired general" -> Pinochet; with nobody named, the
described noun, as it reads "the 20-month-old boy" -> "boy"), and read a second time against the GUIDE before any
code ran. An age in months has unit "month" (bg_054).

Blind score on the unchanged code: 8/28 (every appositive and definite age missed; the street number read as a
count). The mend (commits 609414c, acf4793: apposed.py; aged.py for definite descriptions; the duration guard lifted
for ages; ages keyed apart from their clause's event) read 27/28 and dev's nine such ages right with no dev row
falling, but the test split fell under its floors in both aggregate runs: it was reverted, and its rows stay gaps.
Subjects are compared by the gold's own rule (`eval.measure_rules.name_ok`: a title before a name is no difference),
set after the blind run, which it does not change."""
from __future__ import annotations

import pytest

from conftest import gap
from newsfigures.eval.measure_rules import name_ok
from newsfigures.extract import extract_figures
from newsfigures.model import Article

APPOSED = ("an age set off by commas beside a name or a person noun is left to spaCy's DATE (mentions._bare_number_date). "
           "Read (stop 42, 609414c + acf4793: apposed.py) it found dev's 5 such ages, every field right, no dev row "
           "fell, this table 27/28; reverted: the test split fell under its floors in both aggregate runs (test-lee "
           "place, test-lee2 subject, test-lee5 as_of; lee-test and lee5-test grouping recall)")
DEFINITE = ("an age in a definite description ('the 45-year-old', 'the 20-month-old girl') is read as a reference "
            "period (counted.duration_unit's 'the' guard). Lifted for ages alone, with aged.py reading whose age "
            "(stop 42, 609414c + acf4793), dev's 4 such ages were found right; reverted with APPOSED (test floors)")
ADDRESS = ("a house number set off by a comma before its street's name is part of an address (tests/gold/README.md: "
           "numbers inside names), read as a count of the protesters; a blind failure, not this round's construction")
NOT_AGE = "not an age"  # a figure, if one, but no age
NOT_FIGURE = "not a figure"


def _figure_at(nlp, text: str, at: str):
    """The figure whose number lies inside the first occurrence of `at` in `text`, or None."""
    start = text.index(at)
    art = Article(id="t", text=text, raw_text=text, published="2025-09-02", source_file="t.txt")
    return next((f for f in extract_figures(art, nlp) if start <= f.start < start + len(at)), None)


def _check(nlp, text: str, at: str, expected) -> None:
    fig = _figure_at(nlp, text, at)
    if expected == NOT_FIGURE:
        assert fig is None, (fig.text, fig.measure)
    elif expected == NOT_AGE:
        assert fig is None or fig.measure.quantity != "age", (fig.text, fig.measure)
    else:
        assert fig is not None, "no figure"
        *read, subject = (fig.value, fig.unit, fig.measure.quantity, fig.measure.dimension, fig.measure.subject)
        assert tuple(read) == expected[:-1]
        assert name_ok(subject, expected[-1]), subject  # the gold's rule: "Teenager Sam Cole" is "Sam Cole"


def _age(value: float, subject: str, unit: str = "year") -> tuple:
    return (value, unit, "age", "duration", subject)


CRIME = [
    pytest.param("Daniel Morgan, 34, was charged with armed robbery on Monday, police said.", "34", _age(34, "Daniel Morgan"), marks=gap(APPOSED)),
    pytest.param("Police arrested Mr Hale, 62, at his home on Friday.", "62", _age(62, "Hale"), marks=gap(APPOSED)),
    pytest.param("Karen Wells was jailed for six years on Tuesday. The 45-year-old had pleaded guilty to fraud.", "45-year-old",
     _age(45, "Karen Wells"), marks=gap(DEFINITE)),
    pytest.param("Investigators found the 20-month-old girl alone in a locked car.", "20-month-old", _age(20, "girl", "month"), marks=gap(DEFINITE)),
    # a list of two persons' ages: both are ages, each its own person's
    pytest.param("The victims, Smith, 45, and Jones, 38, were found in the house.", "45", _age(45, "Smith"), marks=gap(APPOSED)),
    pytest.param("The victims, Smith, 45, and Jones, 38, were found in the house.", "38", _age(38, "Jones"), marks=gap(APPOSED)),
    # near miss: a chapter's number is a label
    ("The company filed for Chapter 11, its lawyers said on Monday.", "11", NOT_FIGURE),
]

CONFLICT = [
    pytest.param("Ahmed Nasser, 27, was shot dead at a checkpoint, medics said.", "27", _age(27, "Ahmed Nasser"), marks=gap(APPOSED)),
    pytest.param("Rebel leader Omar Haddad was captured on Sunday. The 71-year-old former commander had evaded troops for a "
     "decade.", "71-year-old", _age(71, "Omar Haddad"), marks=gap(DEFINITE)),
    pytest.param("Soldiers detained Khalil, 19, near the border crossing.", "19", _age(19, "Khalil"), marks=gap(APPOSED)),
]

DISASTERS = [
    pytest.param("Rescuers pulled Maria Lopez, 8, from the rubble on Wednesday.", "8", _age(8, "Maria Lopez"), marks=gap(APPOSED)),
    pytest.param("Firefighter Tom Baker, 52, died fighting the blaze, officials said.", "52", _age(52, "Tom Baker"), marks=gap(APPOSED)),
    # near miss: an indefinite noun phrase with its age, read already
    ("Flood waters swept away a 70-year-old woman near the river.", "70-year-old", _age(70, "woman")),
    # near miss: a date
    ("The quake struck on June 5, 2004, officials said.", "5", NOT_FIGURE),
]

SPORT = [
    pytest.param("Veteran striker Luis Romero, 36, announced his retirement on Friday.", "36", _age(36, "Luis Romero"), marks=gap(APPOSED)),
    pytest.param("Teenager Sam Cole starred for the home side. The 19-year-old scored twice in the second half.", "19-year-old",
     _age(19, "Sam Cole"), marks=gap(DEFINITE)),
    pytest.param("Williams, 23, won the final in straight sets.", "23", _age(23, "Williams"), marks=gap(APPOSED)),
    # near miss: batsmen's scores set off by commas in a cricket report are runs, not ages (E1: "scored 74")
    ("Ponting, 74, and Hayden, 12, will resume on the second morning of the Test.", "74", NOT_AGE),
    ("Ponting, 74, and Hayden, 12, will resume on the second morning of the Test.", "12", NOT_AGE),
]

POLITICS = [
    pytest.param("Senator Margaret Dunn, 58, said she would not stand again.", "58", _age(58, "Margaret Dunn"), marks=gap(APPOSED)),
    pytest.param("Mr Tran, 47, was sworn in as mayor on Monday.", "47", _age(47, "Tran"), marks=gap(APPOSED)),
    # near misses: a street number and a flight's number are parts of names
    pytest.param("Protesters gathered outside 10, Downing Street on Saturday.", "10", NOT_FIGURE, marks=gap(ADDRESS)),
    ("Flight 93, which crashed in a field, was remembered on Sunday.", "93", NOT_FIGURE),
]

HEALTH = [
    pytest.param("Dr Anna Berg, 41, said the hospital had run out of beds.", "41", _age(41, "Anna Berg"), marks=gap(APPOSED)),
    pytest.param("The 15-year-old patient was flown to Sydney for treatment, doctors said.", "15-year-old",
     _age(15, "patient"), marks=gap(DEFINITE)),
    # near miss: an indefinite noun phrase with its age in months, read already
    ("A three-month-old baby died of measles, health officials said.", "three-month-old", _age(3, "baby", "month")),
]

BUSINESS = [
    pytest.param("Chief executive Paul Grant, 55, will step down in March, the bank said.", "55", _age(55, "Paul Grant"), marks=gap(APPOSED)),
    # near miss: an index's change set off by commas
    ("The Dow closed down 12, at 10,450, on Friday.", "12", NOT_AGE),
]


@pytest.mark.parametrize("text,at,expected", CRIME)
def test_age_clusters42_crime(nlp, text, at, expected):
    _check(nlp, text, at, expected)


@pytest.mark.parametrize("text,at,expected", CONFLICT)
def test_age_clusters42_conflict(nlp, text, at, expected):
    _check(nlp, text, at, expected)


@pytest.mark.parametrize("text,at,expected", DISASTERS)
def test_age_clusters42_disasters(nlp, text, at, expected):
    _check(nlp, text, at, expected)


@pytest.mark.parametrize("text,at,expected", SPORT)
def test_age_clusters42_sport(nlp, text, at, expected):
    _check(nlp, text, at, expected)


@pytest.mark.parametrize("text,at,expected", POLITICS)
def test_age_clusters42_politics(nlp, text, at, expected):
    _check(nlp, text, at, expected)


@pytest.mark.parametrize("text,at,expected", HEALTH)
def test_age_clusters42_health(nlp, text, at, expected):
    _check(nlp, text, at, expected)


@pytest.mark.parametrize("text,at,expected", BUSINESS)
def test_age_clusters42_business(nlp, text, at, expected):
    _check(nlp, text, at, expected)
