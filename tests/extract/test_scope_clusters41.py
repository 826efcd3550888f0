"""Stop 41's blind probe of one dev-failure cluster of the scope field: the size of a rise or fall that is not a per
cent (GUIDE C1: "a per cent or any other size of a rise or fall is `change`"): a measurement a verb of rising or
falling takes as its object ("then eased about 3cm during the day", dev-lee3 cor_008, gold `change`, code `total`)
and the size of a difference ("showed a 300 vote difference between the initial and final tallies", dev
wn2004_086, gold `change`, code `total`). Ordinary wire sentences written for the round (no corpus, gold or test
sentence copied), over the eight domains, with near misses the mend must not change: the level a figure is moved to
("rose to 9 metres"), a planned thing's length as a verb's object ("cut a 5-kilometre firebreak", C4), a measurement
carried by a verb of state or of no change, a winning margin (C3: `total`), a forecast rise (the settled line:
`projection`) and a count a move verb takes ("cut 4,500 jobs"). Every scope was written from
tests/gold/measures/GUIDE.md and read against it a second time before the code ran. Rows marked with a reason are
readings the extractor does not make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap

OVERNIGHT = ("the parser hangs '2 metres' on the adverb 'overnight' (npadvmod), which reads it as the length of what "
    "it measures (C4's thing length, ahead.is_thing_length); without the adverb the move is read")

MONEY = ("a sum of money a move verb takes ('fell 50 cents') is left to the money readers: 'raised $5 million', "
         "'lost $2 billion' are sums, not sizes of a change, and the dev gold has no money change of this form")

CONFLICT = [
    ("The number of troops in the province rose by 2,000 last month.", "2,000", "change"),
    ("The survey showed a difference of 2,000 troops between the two estimates.", "2,000", "change"),
    # near miss: a count an action takes
    ("The army deployed 2,000 troops to the province last month.", "2,000", "total"),
]

DISASTERS = [
    pytest.param("The river rose 2 metres overnight, flooding low-lying streets.", "2 metres", "change",
                 marks=gap(OVERNIGHT)),
    ("The river rose 2 metres in a few hours, flooding low-lying streets.", "2 metres", "change"),
    ("The water level at the dam fell about 30cm during the day.", "about 30cm", "change"),
    # near misses: the level reached; a planned thing's length (C4); a verb of state
    ("The river rose to 9 metres overnight, flooding low-lying streets.", "9 metres", "total"),
    ("Crews cut a 5-kilometre firebreak around the town.", "5-kilometre", "total"),
    ("The floodwater was 2 metres deep in parts of the town.", "2 metres", "total"),
]

BUSINESS = [
    pytest.param("Shares in the airline fell 50 cents to $12.30.", "50 cents", "change", marks=gap(MONEY)),
    # near misses: the level reached; a count a move verb takes; a sum raised
    ("Shares in the airline closed at $12.30.", "$12.30", "total"),
    ("The carmaker cut 4,500 jobs in Europe last year.", "4,500", "total"),
    ("The start-up raised $5 million from investors.", "$5 million", "total"),
]

POLITICS = [
    ("The recount showed a 150-vote difference between the two counts.", "150", "change"),
    ("Officials found a difference of 150 votes between the two counts.", "150", "change"),
    # near misses: a winning margin (C3); a count won
    ("She won the seat by a margin of 150 votes.", "150", "total"),
    ("The party won 150 seats in the election.", "150", "total"),
]

HEALTH = [
    ("Patients taking the drug lost 8 kilograms on average over a year.", "8 kilograms", "change"),
    # near misses: a measurement carried by a verb of state; a count treated
    ("The average patient in the trial weighed 95 kilograms.", "95 kilograms", "total"),
    ("The hospital treated 300 patients last week.", "300", "total"),
]

SCIENCE = [
    ("Average temperatures in the region rose 1.5 degrees over the century.", "1.5 degrees", "change"),
    ("The glacier's surface dropped 12 metres between the two surveys.", "12 metres", "change"),
    # near misses: a forecast rise (settled line); a measurement of a thing
    ("Sea levels could rise 1 metre by the end of the century, the study said.", "1 metre", "projection"),
    ("The telescope's mirror is 6.5 metres wide.", "6.5 metres", "total"),
]

CRIME = [
    ("Police figures showed a difference of 400 burglaries between the two years.", "400", "change"),
    # near misses: a count recorded; a sentence's length
    ("Police recorded 400 burglaries in the city last year.", "400", "total"),
    ("The judge jailed him for 12 years.", "12 years", "total"),
]

SPORT = [
    ("The bar was raised 5 centimetres for the final round.", "5 centimetres", "change"),
    # near misses: a distance run; a jump measured
    ("He ran 10 kilometres in 30 minutes on Sunday.", "10 kilometres", "total"),
    ("She cleared 4.8 metres to win the pole vault.", "4.8 metres", "total"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_scope_clusters41_conflict(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_scope_clusters41_disasters(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_scope_clusters41_business(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_scope_clusters41_politics(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_scope_clusters41_health(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_scope_clusters41_science(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_scope_clusters41_crime(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_scope_clusters41_sport(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected
