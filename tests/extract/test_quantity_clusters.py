"""Stop 39's blind probe of one dev-failure cluster of the quantity field: what a per cent (or other size of a change,
or a rate) measures. A per cent of a rise or fall is of the thing that changed (GUIDE C1, the vocabulary table, Q7):
the verb's subject ("Burglaries fell 11 per cent"), a "fall in X" noun, a "pay rise", a rate by its kind ("interest
rates", "mortgage rates"), the thing named one sentence before ("It has dropped 11 per cent"), or the thing compared
("40 per cent above average weekly earnings"); `share` only for a share or proportion of a whole stated as such
("About 22 per cent of voters"), `votes` for a share of the vote. Sentences written for this table in plain wire
wording (none from the corpora or the gold), over the eight domains, near misses included; each label was written
from tests/gold/measures/GUIDE.md and read a second time before the code was run. Rows marked with a reason are
readings the extractor does not make (strict xfail). docs/findings/quantity.md, "(stop 39)", gives the first run and the end."""
from __future__ import annotations

import pytest

from conftest import gap

LIFT_MOVE = ("'lifted the cash rate by 0.25 per cent': two figures since stop 42 (numbers/ranges.py), but 'lift' is no "
             "measure_lexicon.MOVE_VERBS verb, so the move is read as a share of a whole, not the rate's change")
IT_UNREAD = "what 'it' stands for is not read for a change: measured, right on the probe, 0/1 right on dev (dropped)"

BUSINESS = [
    ("The central bank cut interest rates by 0.25 per cent on Tuesday, its first cut in a year.", "0.25 per cent",
     "interest_rate"),
    ("Most economists expect rates to be cut by 0.5 per cent in March.", "0.5 per cent", "interest_rate"),
    pytest.param("The Reserve Bank lifted the cash rate by 0.25 per cent to 4.35 per cent.", "0.25 per cent",
                 "interest_rate", marks=gap(LIFT_MOVE)),
    ("The Reserve Bank lifted the cash rate by 0.25 per cent to 4.35 per cent.", "4.35 per cent", "interest_rate"),
    pytest.param("Mortgage rates rose 0.3 per cent last week, lenders said.", "0.3 per cent", "interest_rate",
                 marks=gap("a mortgage rate is an interest rate; 'mortgage' is no INTEREST_RATE_KINDS word")),
    ("The economy grew 0.7 per cent in the June quarter, the statistics bureau said.", "0.7 per cent", "economy"),
    pytest.param("The Treasury now sees economic growth up around 1.5 per cent this year.", "around 1.5 per cent",
                 "economy", marks=gap("the object of 'see' an 'up' is said of is not read: read so, dev lee bg_251 "
                                      "split a gold pair and the rba_interest_rates_2001 grouping floor")),
    ("Gross domestic product expanded by 2.3 per cent last year.", "2.3 per cent", "economy"),
    pytest.param("Figures out on Wednesday showed the economy contracted in the first quarter. Output shrank 0.4 per "
                 "cent, the second fall in a row.", "0.4 per cent", "economy",
                 marks=gap("bare 'output' is the economy's only by the sentence before (Q7 reads 'economic output')")),
    ("The Nikkei fell 3 per cent on Monday.", "3 per cent", "index_level"),
    pytest.param("The benchmark index closed at 7,450 on Friday. It has dropped 11 per cent since its peak in "
                 "February.", "11 per cent", "index_level", marks=gap(IT_UNREAD)),
    ("Shares in the airline slumped 12 per cent after the profit warning.", "12 per cent", "share_price"),
    ("Profit jumped 22 per cent to $1.2 billion.", "22 per cent", "profit"),
    ("House prices rose 0.9 per cent in May, the fifth monthly gain.", "0.9 per cent", "price"),
    ("The survey recorded a 2.1 per cent fall in the number of bankruptcies.", "2.1 per cent", "bankruptcy"),
    ("Exports fell 3.2 per cent in September from a year earlier.", "3.2 per cent", "export"),
    ("Pilots earn on average 40 per cent above average weekly earnings.", "40 per cent", "salary"),
    ("About 35 per cent of the company's revenue comes from Asia.", "About 35 per cent", "share"),
]

POLITICS = [
    ("The opposition party won 52 per cent of the vote.", "52 per cent", "votes"),
    ("About 22 per cent of voters said they had not decided.", "About 22 per cent", "share"),
    ("Foreign aid to the country is down 30 per cent from 2019, the report said.", "30 per cent", "aid"),
    ("The government will cut defence spending by 5 per cent next year.", "5 per cent", "spending"),
    ("Public servants will get a 3 per cent pay rise from July.", "3 per cent", "salary"),
    pytest.param("Turnout fell in every region. It dropped 6 per cent in the north, officials said.", "6 per cent",
                 "turnout", marks=gap(IT_UNREAD + "; and the tagger calls 'Turnout' a person")),
]

HEALTH = [
    ("Malaria cases fell 18 per cent last year, the WHO said.", "18 per cent", "case"),
    ("Hospital admissions for flu rose 12 per cent over the winter.", "12 per cent", "admission"),
    ("The report found a 10 per cent drop in deaths from heart disease.", "10 per cent", "deaths"),
    ("Health spending will rise by 6 per cent next year, the budget papers show.", "6 per cent", "spending"),
    ("Nurses were offered a 4 per cent pay increase, which their union rejected.", "4 per cent", "salary"),
    ("About 12 per cent of children in the region are underweight.", "About 12 per cent", "share"),
]

CRIME = [
    ("Burglaries fell 11 per cent in the year to June, police figures show.", "11 per cent", "burglary"),
    ("The number of reported assaults rose 6 per cent.", "6 per cent", "assault"),
    ("Police recorded a 9 per cent rise in car thefts.", "9 per cent", "theft"),
    pytest.param("Knife crime has risen in the capital. It is up 7 per cent on last year, the figures show.",
                 "7 per cent", "crime",
                 marks=gap(IT_UNREAD)),
    ("Nearly 40 per cent of inmates are held on remand.", "Nearly 40 per cent", "share"),
]

SCIENCE = [
    ("Carbon emissions fell 7 per cent during the year, researchers said.", "7 per cent", "emission"),
    ("The agency's budget was cut by 12 per cent.", "12 per cent", "budget"),
    ("About 70 per cent of the planet's surface is covered by water.", "About 70 per cent", "share"),
]

SPORT = [
    ("Ticket sales rose 15 per cent after the final.", "15 per cent", "sales"),
    ("The club's revenue rose 11 per cent to £600 million.", "11 per cent", "revenue"),
    ("The striker has scored with 30 per cent of his shots this season.", "30 per cent", "share"),
]

CONFLICT = [
    ("Food aid to the camps has been cut by 50 per cent.", "50 per cent", "aid"),
    ("Military spending rose 9 per cent last year, the institute said.", "9 per cent", "spending"),
    ("Around 60 per cent of the city's buildings have been damaged.", "Around 60 per cent", "share"),
]

DISASTERS = [
    ("Relief donations are down 40 per cent on last year's appeal.", "40 per cent", "aid"),
    ("Rainfall was 60 per cent below average in the south.", "60 per cent", "rainfall"),
    ("Some 80 per cent of the island's crops were destroyed.", "Some 80 per cent", "share"),
]


# Stop 39, second round (percent39b): a change noun ("a cut of", "a rise of", "the fall") whose thing is named only in
# the sentence before or earlier in the same sentence, outside the noun's own phrase (dev: Lee bg_244 "Economists
# expect a further cut of 0.25 of a per cent" after "cut the cash rate"; bg_172 "a shift of 1 per cent"). Near
# misses: a change noun that names its own thing ("a 0.25 per cent rise in rates", "a pay rise"), shares, votes.
# Written and labelled (GUIDE C1, Q3, Q7, the vocabulary table) before the code was run; second pass done.
NO_MOVE_VERB = ("the thing is said by a verb that is no rise/fall verb ('reach', 'win', 'keep', 'lift', 'slow', 'be'): "
                "read as moved, the earlier verb's thing would be a level's or a winner's")
CHANGE_NOUN_BEFORE = [
    pytest.param("business", "The central bank kept interest rates on hold on Tuesday. Most analysts expect a cut of 0.25 per "
     "cent in March.", "0.25 per cent", "interest_rate",
                 marks=gap(NO_MOVE_VERB)),
    pytest.param("business", "The Reserve Bank lifted the cash rate to 4.35 per cent on Tuesday. Economists expect a further "
     "rise of 0.25 per cent before Christmas.", "0.25 per cent", "interest_rate",
                 marks=gap(NO_MOVE_VERB)),
    ("business", "Exports slumped in September, the bureau said, a fall of 3.2 per cent from a year earlier.",
     "3.2 per cent", "export"),
    pytest.param("business", "Shares in the airline slumped after the profit warning, a drop of 12 per cent.", "12 per cent",
     "share_price",
                 marks=gap("bare 'Shares' moved is read `share`; the share-price line needs whose shares (a possessor)")),
    ("business", "House prices rose again in May, a gain of 0.9 per cent on April.", "0.9 per cent", "price"),
    pytest.param("business", "Unemployment held at 5.1 per cent in May. The central bank has signalled a 0.25 per cent "
                 "rise in rates.", "0.25 per cent", "interest_rate",
                 marks=gap("review39b's narrowing reads bare 'rates' as interest rates only as the subject of a bank's "
                           "verb (cut, raise, lift); 'a rise in rates' a central bank signals is not read (it passed "
                           "before that narrowing)")),
    ("business", "Profit jumped to $1.2 billion last year. Staff will get a 3 per cent pay rise.", "3 per cent",
     "salary"),
    ("business", "Retail sales were flat in October. About 35 per cent of sales came from online shops.",
     "About 35 per cent", "share"),
    pytest.param("politics", "Turnout was 61 per cent, a drop of 5 per cent on the last election.", "5 per cent", "turnout",
                 marks=gap(NO_MOVE_VERB)),
    ("politics", "The government will cut defence spending next year. The cut of 5 per cent is the largest since "
     "1990.", "5 per cent", "spending"),
    pytest.param("politics", "The opposition won 52 per cent of the vote, a swing of 6 per cent.", "6 per cent", "votes",
                 marks=gap(NO_MOVE_VERB)),
    ("health", "Malaria cases fell sharply last year, the WHO said. The decline of 18 per cent was the largest in a "
     "decade.", "18 per cent", "case"),
    ("health", "Hospital admissions for flu climbed over the winter, an increase of 12 per cent on last year.",
     "12 per cent", "admission"),
    pytest.param("health", "Health spending will reach $90 billion next year, a rise of 6 per cent.", "6 per cent", "spending",
                 marks=gap(NO_MOVE_VERB)),
    ("health", "Doctors rejected the offer on Monday. They want a rise of 8 per cent in their pay.", "8 per cent",
     "salary"),
    ("crime", "Burglaries fell in the year to June, police figures show, a drop of 11 per cent.", "11 per cent",
     "burglary"),
    pytest.param("crime", "Police recorded 4,200 car thefts last year. That was an increase of 9 per cent on 2022.",
     "9 per cent", "theft",
                 marks=gap("the change of a count figure named by 'That': pronoun readings were dropped (0/1 on dev)")),
    ("crime", "Nearly 40 per cent of inmates are held on remand, the report said.", "Nearly 40 per cent", "share"),
    ("science", "Carbon emissions fell during the lockdown year. Researchers put the fall at 7 per cent.",
     "7 per cent", "emission"),
    ("science", "The agency's budget will be cut next year. The cut of 12 per cent will hit climate research.",
     "12 per cent", "budget"),
    ("sport", "Ticket sales rose after the final, an increase of 15 per cent on last season.", "15 per cent",
     "sales"),
    pytest.param("sport", "The club's revenue reached 600 million pounds, a rise of 11 per cent.", "11 per cent", "revenue",
                 marks=gap(NO_MOVE_VERB)),
    ("sport", "The wage bill rose to 200 million pounds. Players were given a 10 per cent pay rise.", "10 per cent",
     "salary"),
    ("conflict", "Food aid to the camps has been reduced. The cut of 50 per cent took effect in May.", "50 per cent",
     "aid"),
    pytest.param("conflict", "Military spending reached $2.4 trillion last year, an increase of 9 per cent.", "9 per cent",
     "spending",
                 marks=gap(NO_MOVE_VERB)),
    pytest.param("disasters", "Rainfall has dropped across the south, a fall of 60 per cent on the average.", "60 per cent",
     "rainfall",
                 marks=gap("the moved subject is found, but the entity tagger names 'Rainfall' and a named thing is no quantity")),
    pytest.param("disasters", "Relief donations slowed this year. The drop of 40 per cent worries aid groups.", "40 per cent",
     "aid",
                 marks=gap(NO_MOVE_VERB)),
]


def _domain(domain: str) -> list:
    """The CHANGE_NOUN_BEFORE rows of one domain as (text, surface, expected), a gap row keeping its mark."""
    rows = []
    for row in CHANGE_NOUN_BEFORE:
        values, marks = (row.values, row.marks) if hasattr(row, "values") else (row, ())
        if values[0] == domain:
            rows.append(pytest.param(*values[1:], marks=marks))
    return rows


BUSINESS += _domain("business")
POLITICS += _domain("politics")
HEALTH += _domain("health")
CRIME += _domain("crime")
SCIENCE += _domain("science")
SPORT += _domain("sport")
CONFLICT += _domain("conflict")
DISASTERS += _domain("disasters")


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_quantity_clusters_business(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_quantity_clusters_politics(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_quantity_clusters_health(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_quantity_clusters_crime(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_quantity_clusters_science(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_quantity_clusters_sport(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_quantity_clusters_conflict(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_quantity_clusters_disasters(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected

