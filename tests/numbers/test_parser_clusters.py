"""Stop 39's blind probe of two dev-failure clusters of detection, in short invented wire sentences of the eight
domains (none from the corpora or the gold):
- a duration or an age written as a hyphenated modifier after "the" ("the five-year term", "the 89-year-old
  general"; dev misses in wn2004_074, wn2004_099, lee bg_054, bg_100, bg_200, bg_202, bg_227, bg_266), which the
  filter read as a reference period ("the past 24 hours");
- "twice" as a count of times or a ratio (dev misses in wn2004_036, lee bg_030, bg_194, bg_231, bg_275);
- "one" as a pronoun or an indefinite determiner ("the first one", "one security expert says", "no-one"; dev spurious
  figures in lee bg_287, cor_026, cor_032 and more).
All three were built, measured and reverted; their rows are strict xfails naming why.
Near misses the mends must not change: reference periods ("in the past 24 hours", "the 12 months to June"), an
idiom ("think twice"), "once" meaning formerly, a name's number, a year, an ordinal.
Labels from tests/gold/README.md ("What is a figure", "Surface boundaries", "Units"), checked a second time before
the code was run. Rows and their check are those of test_parser_articles.py: a row passes when exactly one figure
found overlaps the surface with the labelled qualifier and unit (None: no figure may overlap it), and each
sentence's "spurious" row when no figure is found outside its labelled surfaces. Causes of the rows left:
docs/findings/detection.md, "Detection clusters (stop 39)"."""
from __future__ import annotations

import pytest

from probe_parser import check, table

E, AL, NO = "exact", "at_least", None
HYPHEN = "measured and dropped: a hyphened duration or age after 'the' is read as a reference period (counted.duration_unit's 'the' guard); lifting the guard found 8 dev figures but their subject, event and as_of put dev floors under (docs/findings/detection.md, stop 39)"
ONE = "built and reverted: 'one' with a determiner of its own, on an unnamed speaker, or 'no-one' removed 4 dev spurious figures (4/4 right) but put test-lee5 under its floors (docs/findings/detection.md, stop 39)"
TWICE = "measured and dropped: 'twice' is no number word; read as a multiplier it found 6 dev figures whose quantity, dimension and subject were mostly wrong (docs/findings/detection.md, stop 39)"

CONFLICT = table(
    ("The 72-year-old commander was killed in the strike, the army said.", [("72-year-old", E, "year", HYPHEN)]),
    ("Rebels said the three-day ceasefire had collapsed by Sunday.", [("three-day", E, "day", HYPHEN)]),
    ("The town has been shelled twice since Friday, killing 14 people.", [("twice", E, "", TWICE), ("14", E, "")]),
    ("At least 30 people were killed in the past 24 hours, officials said.",
     [("At least 30", AL, ""), ("24 hours", NO, NO)]),
)
DISASTERS = table(
    ("The 48-hour evacuation order was lifted on Tuesday after the river fell.", [("48-hour", E, "hour", HYPHEN)]),
    ("Rescuers pulled the 7-year-old girl from the rubble alive.", [("7-year-old", E, "year", HYPHEN)]),
    ("The valley has flooded twice this year.", [("twice", E, "", TWICE)]),
    ("Over the next 12 months, the agency expects 40 more storms.", [("12 months", NO, NO), ("40", E, "")]),
)
BUSINESS = table(
    ("The airline said the 10-year deal was worth $2 billion.", [("10-year", E, "year", HYPHEN), ("$2 billion", E, "USD")]),
    ("The chief executive will receive twice his current salary under the new contract.", [("twice", E, "times", TWICE)]),
    ("Profit rose 8 percent in the 12 months to June.", [("8 percent", E, "percent"), ("12 months", NO, NO)]),
    ("The union called off the two-week strike on Friday.", [("two-week", E, "week", HYPHEN)]),
)
POLITICS = table(
    ("The 54-year-old senator announced she would not run again.", [("54-year-old", E, "year", HYPHEN)]),
    ("Voters approved the four-year term limit in a referendum.", [("four-year", E, "year", HYPHEN)]),
    ("The bill was rejected twice by the upper house.", [("twice", E, "", TWICE)]),
    ("Think twice before you vote, the president told supporters.", [("twice", NO, NO)]),
)
HEALTH = table(
    ("The 18-month trial found the drug cut deaths by 12 percent.", [("18-month", E, "month", HYPHEN), ("12 percent", E, "percent")]),
    ("Smokers are twice as likely to develop the disease.", [("twice", E, "times", TWICE)]),
    ("The 3-month-old baby was treated in intensive care.", [("3-month-old", E, "month", HYPHEN)]),
    ("Some 120 new cases were reported in the past seven days.", [("Some 120", "approx", ""), ("seven days", NO, NO)]),
)
SCIENCE = table(
    ("The probe ended the 13-year mission by diving into the planet.", [("13-year", E, "year", HYPHEN)]),
    ("The launch has been delayed twice because of high winds.", [("twice", E, "", TWICE)]),
    ("The 90-minute spacewalk went smoothly, the agency said.", [("90-minute", E, "minute", HYPHEN)]),
    ("The Falcon 9 rocket carried 22 satellites into orbit.", [("Falcon 9", NO, NO), ("22", E, "")]),
)
CRIME = table(
    ("The 34-year-old man was charged with murder.", [("34-year-old", E, "year", HYPHEN)]),
    ("The judge handed down the 12-year sentence on Friday.", [("12-year", E, "year", HYPHEN)]),
    ("Police said the suspect had been arrested twice before.", [("twice", E, "", TWICE)]),
    ("He was jailed for six years in 2019.", [("six years", E, "year"), ("2019", NO, NO)]),
)
SPORT = table(
    ("The 21-year-old striker scored twice in the second half.", [("21-year-old", E, "year", HYPHEN), ("twice", E, "", TWICE)]),
    ("The 19-year-old was sent off in the 80th minute.", [("19-year-old", E, "year", HYPHEN), ("80th", NO, NO)]),
    ("The club was once the richest in Europe and has won the cup 11 times.", [("once", NO, NO), ("11 times", E, NO)]),
    ("The 26-mile course passes the stadium.", [("26-mile", E, "mile")]),
)


# The pronoun and the indefinite determiner "one" (dev spurious figures in wn2004_093, lee bg_008, bg_047, bg_200,
# bg_210, bg_227, bg_287, cor_026 twice, cor_032): "a good one", "the first one", "no-one", "one analyst said"
# (GUIDE: "'one' as an indefinite determiner ('according to one critic')"); near misses are counts of one.
ONE_CONFLICT = table(
    ("One Western diplomat said the talks had stalled.", [("One", NO, NO, ONE)]),
    ("The shelling killed one civilian and wounded four.", [("one", E, ""), ("four", E, "")]),
    ("The deadliest raid of the war was the first one on the capital.", [("one", NO, NO, ONE)]),
)
ONE_DISASTERS = table(
    ("The storm was a powerful one, forecasters said.", [("one", NO, NO, ONE)]),
    ("Rescuers found one survivor under the rubble.", [("one", E, "")]),
    ("No-one was hurt when the bridge collapsed.", [("No-one", NO, NO, ONE)]),
)
ONE_BUSINESS = table(
    ("According to one analyst, the merger will cut 2,000 jobs.", [("one", NO, NO, ONE), ("2,000", E, "")]),
    ("The bank closed one branch in the city.", [("one", E, "")]),
    ("It was a difficult quarter, but not the worst one on record.", [("one", NO, NO, ONE)]),
)
ONE_POLITICS = table(
    ("One senior minister said the vote would go ahead.", [("One", NO, NO, ONE)]),
    ("The party won just one seat in the capital.", [("one", E, "")]),
    ("The only one to vote against was the speaker.", [("one", NO, NO, ONE)]),
)
ONE_HEALTH = table(
    ("One doctor at the clinic said supplies were running low.", [("One", NO, NO, ONE)]),
    ("The outbreak has killed one child and sickened 40 others.", [("one", E, ""), ("40", E, "")]),
    ("The new strain is a more dangerous one, researchers warned.", [("one", NO, NO, ONE)]),
)
ONE_SCIENCE = table(
    ("The mission carried one satellite into orbit.", [("one", E, "")]),
    ("Each launch is a risky one, an engineer said.", [("one", NO, NO, ONE)]),
    ("According to one astronomer, the comet will be visible for 10 days.", [("one", NO, NO, ONE), ("10 days", E, "day")]),
)
ONE_CRIME = table(
    ("One witness told the court she had seen two men running.", [("One", NO, NO, ONE), ("two", E, "")]),
    ("Police arrested one man at the scene.", [("one", E, "")]),
    ("The trial was a long one, lasting three months.", [("one", NO, NO, ONE), ("three months", E, "month")]),
)
ONE_SPORT = table(
    ("It was a good one to win, the captain said.", [("one", NO, NO)]),
    ("The visitors made just one change to the side.", [("one", E, "")]),
    ("Three players were injured and one was sent off.", [("Three", E, ""), ("one", E, "")]),
)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", CONFLICT + ONE_CONFLICT)
def test_parser_clusters_conflict(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", DISASTERS + ONE_DISASTERS)
def test_parser_clusters_disasters(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", BUSINESS + ONE_BUSINESS)
def test_parser_clusters_business(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", POLITICS + ONE_POLITICS)
def test_parser_clusters_politics(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", HEALTH + ONE_HEALTH)
def test_parser_clusters_health(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", SCIENCE + ONE_SCIENCE)
def test_parser_clusters_science(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", CRIME + ONE_CRIME)
def test_parser_clusters_crime(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)


@pytest.mark.parametrize("text,rows,surface,qualifier,unit", SPORT + ONE_SPORT)
def test_parser_clusters_sport(nlp, text, rows, surface, qualifier, unit):
    check(nlp, text, rows, surface, qualifier, unit)
