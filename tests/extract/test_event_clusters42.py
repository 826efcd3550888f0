"""Stop 42's blind probe of one general event error: a verb of action or change that carries a level, a seizure or a
collection ("temperatures reached 44 degrees", "seized 2.5 tonnes", "collected 250,000 signatures") read as
`measured`, which GUIDE.md revision 2, E1, keeps for a verb of state (be, have, hold, own, control, employ, number,
total, stand at, contain, include, comprise, house, remain) or no verb: a verb of action or change gives its class or
`other:<lemma>` (E2). Ordinary wire sentences written for the round (no corpus, gold or test sentence copied), over
seven domains, with near misses the mend must not change: verbs of state (stands at, employs, controls, holds, has,
houses, is), a toll a verb of change carries (killed whatever the verb: "the death toll reached 112"), and a level
whose verb is its qualifier ("exceeded": more_than in tests/gold/README.md's qualifier table, read `measured` by the
dev gold's second pass, wn2004_091 "will exceed $35 billion"). Every event was written from GUIDE.md (E1, E2) and
read against it a second time before the code ran. Blind run on main's code: 17 of 31 rows (every near miss; 4 of 18
changed readings). Rows marked with a reason are readings the extractor does not make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap

OF_THING = ("'seized 2.5 tonnes of cocaine': a measurement of a thing named after it ('of') is read as only measuring "
    "(event.acted_on), not what the verb acted on; the dev gold reads 'brought some three tonnes of equipment' "
    "other:bring (bg_125), but its pair with 'laden with 3.5 tonnes' (bg_231, measured) is joined only while both "
    "read measured, and that pair row would fall")
MEASURE_NOUN = ("'reached an altitude of 30 kilometres': the measurement hangs on a noun that names what is measured "
    "('altitude of'), and the event is not taken from the verb that governs that noun")

BUSINESS = [
    ("Oil prices reached $95 a barrel on Tuesday, the highest in a year.", "$95", "other:reach"),
    ("The company's shares hit a record $48 in early trading.", "$48", "other:hit"),
    ("Gold topped $2,000 an ounce for the first time on Monday.", "$2,000", "other:top"),
    # near misses: verbs of state (E1); a level whose verb is its qualifier (more_than)
    ("The bank's total assets stand at $40 billion, the report said.", "$40 billion", "measured"),
    ("The group employs 12,000 people across Europe.", "12,000", "measured"),
    ("Online sales exceeded $5 billion last year.", "$5 billion", "measured"),
]

DISASTERS = [
    ("Temperatures reached 44 degrees Celsius in the capital on Friday.", "44", "other:reach"),
    ("Flood waters at the river gauge hit 8.2 metres overnight.", "8.2", "other:hit"),
    ("Wind gusts topped 150 km/h along the coast as the cyclone made landfall.", "150", "other:top"),
    # near misses: a toll takes its class whatever verb carries it
    ("The death toll from the floods reached 112 on Sunday.", "112", "killed"),
    ("The number of dead has passed 300, officials said.", "300", "killed"),
]

CONFLICT = [
    ("Troops seized 14 villages during the offensive.", "14", "other:seize"),
    # near misses: a verb of state; a toll
    ("Rebels now control 40 per cent of the province.", "40 per cent", "measured"),
    ("The toll of soldiers killed in the fighting has topped 1,000.", "1,000", "killed"),
]

POLITICS = [
    ("Turnout reached 68 per cent, the electoral commission said.", "68 per cent", "other:reach"),
    ("The petition collected 250,000 signatures in a week.", "250,000", "other:collect"),
    # near miss: a verb of state
    ("The ruling party holds 54 seats in the assembly.", "54", "measured"),
]

HEALTH = [
    ("Hospital admissions hit 1,200 a day last week.", "1,200", "other:hit"),
    ("The vaccination drive reached 3 million children by March.", "3 million", "other:reach"),
    ("Blood banks collected 8,000 units of plasma during the appeal.", "8,000", "other:collect"),
    # near misses: a verb of state; a toll
    ("The hospital has 450 beds.", "450", "measured"),
    ("The outbreak's death toll reached 57 on Thursday.", "57", "killed"),
]

SCIENCE = [
    pytest.param("The rover collected 15 grams of soil from the crater floor.", "15", "other:collect",
                 marks=gap(OF_THING)),
    pytest.param("The balloon reached an altitude of 30 kilometres before it burst.", "30", "other:reach",
                 marks=gap(MEASURE_NOUN)),
    # near miss: a verb of state
    ("The telescope's main mirror is 6.5 metres wide.", "6.5", "measured"),
]

SPORT = [
    ("The striker's tally for the season reached 31 goals on Saturday.", "31", "other:reach"),
    ("The crowd topped 90,000 for the final.", "90,000", "other:top"),
    # near miss: a verb of state
    ("The stadium holds 60,000 spectators.", "60,000", "measured"),
]

CRIME = [
    pytest.param("Customs officers seized 2.5 tonnes of cocaine at the port.", "2.5", "other:seize",
                 marks=gap(OF_THING)),
    ("Police seized $4 million in cash during the raids.", "$4 million", "other:seize"),
    # near miss: a verb of state
    ("The prison houses 1,400 inmates.", "1,400", "measured"),
]


def _event(measures, text: str, number: str) -> str:
    """The event of the extracted figure whose surface holds `number` (surfaces may carry a qualifier or unit)."""
    found = measures(text)
    hits = [m for surface, m in found.items() if number in surface]
    assert hits, (number, list(found))
    return hits[0].event


@pytest.mark.parametrize("text,number,expected", BUSINESS)
def test_event_clusters42_business(measures, text, number, expected):
    assert _event(measures, text, number) == expected


@pytest.mark.parametrize("text,number,expected", DISASTERS)
def test_event_clusters42_disasters(measures, text, number, expected):
    assert _event(measures, text, number) == expected


@pytest.mark.parametrize("text,number,expected", CONFLICT)
def test_event_clusters42_conflict(measures, text, number, expected):
    assert _event(measures, text, number) == expected


@pytest.mark.parametrize("text,number,expected", POLITICS)
def test_event_clusters42_politics(measures, text, number, expected):
    assert _event(measures, text, number) == expected


@pytest.mark.parametrize("text,number,expected", HEALTH)
def test_event_clusters42_health(measures, text, number, expected):
    assert _event(measures, text, number) == expected


@pytest.mark.parametrize("text,number,expected", SCIENCE)
def test_event_clusters42_science(measures, text, number, expected):
    assert _event(measures, text, number) == expected


@pytest.mark.parametrize("text,number,expected", SPORT)
def test_event_clusters42_sport(measures, text, number, expected):
    assert _event(measures, text, number) == expected


@pytest.mark.parametrize("text,number,expected", CRIME)
def test_event_clusters42_crime(measures, text, number, expected):
    assert _event(measures, text, number) == expected
