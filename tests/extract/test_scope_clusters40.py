"""Stop 40's blind probe of one dev-failure cluster of the scope field: a count that a plan governs ("plans to cut
about 1,000 jobs", dev-lee3 cor_048; "plan to take a lease ... and develop almost 50 hectares", dev-lee4 bg_248: gold
`projection`, code `total`). GUIDE: the scope line's `projection` ("forecast ... target"), C4 ("a batch ... still to
come, scheduled or planned ... is `projection`") and the settled line ("a rise or fall that is forecast, planned or
hypothetical is `projection`"). Ordinary wire sentences written for the round (no corpus, gold or test sentence
copied), over the eight domains, with near misses the mend must not change: the same act stated as done, a verb of
state, a plan's subject (participants of a planned event keep their scope, CHECKS_v3_dev's C4 reading), a plan in a
clause of its own, and a planned sum of money (the dev gold's wn2004_093 "NASA plans to spend $612 million" is
`total`: "a planned sum, not a batch", CHECKS_v3_dev). Every scope was written from tests/gold/measures/GUIDE.md and
read against it a second time before the code ran. Rows marked with a reason are readings the extractor does not make
(strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap

INTEND = ("'intends to appoint 12': only 'plan' is a plan word (ahead.PLAN_WORDS), the one the dev gold shows in two "
    "stories (cor_048, bg_248); 'intend', 'aim' have no dev figure")

CONFLICT = [
    ("The army plans to deploy 2,000 soldiers along the border next month.", "2,000", "projection"),
    ("Rebels plan to release 40 hostages on Friday, a mediator said.", "40", "projection"),
    ("The government plans to send another 500 troops to the region.", "500", "projection"),
    # near misses: a verb of state; the act done
    ("The army has 2,000 soldiers stationed along the border.", "2,000", "total"),
    ("Rebels released 40 hostages on Friday, a mediator said.", "40", "total"),
]

DISASTERS = [
    ("Authorities plan to evacuate 12,000 residents from the coast before the storm arrives.", "12,000",
     "projection"),
    ("The city plans to rebuild 300 homes destroyed by the flood.", "300", "projection"),
    # near miss: a verb of state
    ("About 12,000 residents live on the coast, officials said.", "About 12,000", "total"),
]

BUSINESS = [
    ("The carmaker plans to cut 4,500 jobs in Europe over the next two years.", "4,500", "projection"),
    ("The retailer said it plans to open 120 new stores next year.", "120", "projection"),
    ("The airline is planning to hire 800 pilots by 2027.", "800", "projection"),
    ("Unions oppose the plan to cut 4,500 jobs.", "4,500", "projection"),
    # near misses: a planned sum (the dev gold's reading), the act done, a verb of state, a plan of its own clause
    ("The company plans to spend $2 billion on new factories.", "$2 billion", "total"),
    ("The carmaker cut 4,500 jobs in Europe last year.", "4,500", "total"),
    ("The carmaker employs 4,500 people in Europe.", "4,500", "total"),
    ("The bank cut 1,000 jobs last year, as it had planned.", "1,000", "total"),
]

POLITICS = [
    ("The government plans to build 50,000 homes by the end of the decade.", "50,000", "projection"),
    ("Opposition leaders plan to field 200 candidates in the election.", "200", "projection"),
    pytest.param("The prime minister intends to appoint 12 new ministers.", "12", "projection",
                 marks=gap(INTEND)),
    # near misses: the act done; the planners counted (participants keep their scope)
    ("The party fielded 200 candidates in the last election.", "200", "total"),
    ("About 3,000 nurses plan to walk off the job on Friday.", "About 3,000", "total"),
]

HEALTH = [
    ("The ministry plans to vaccinate two million children against measles this year.", "two million",
     "projection"),
    ("Health officials plan to test 10,000 people in the district next week.", "10,000", "projection"),
    ("The ministry plans to cut waiting times by 20 per cent.", "20 per cent", "projection"),
    # near misses: the act done; a change stated as done
    ("Health officials have tested 10,000 people in the district.", "10,000", "total"),
    ("Waiting times fell 20 per cent last year, the ministry said.", "20 per cent", "change"),
]

SCIENCE = [
    ("The space agency plans to launch four satellites next year.", "four", "projection"),
    ("The observatory plans to survey 5,000 galaxies.", "5,000", "projection"),
    # near miss: the act done
    ("The space agency launched four satellites last year.", "four", "total"),
]

CRIME = [
    ("Police plan to deploy 3,000 officers for the summit.", "3,000", "projection"),
    ("Prosecutors plan to call 40 witnesses during the trial.", "40", "projection"),
    # near misses: the act done; the planners counted in a relative clause
    ("Prosecutors called 40 witnesses during the trial.", "40", "total"),
    ("Police arrested 12 men who planned to rob a bank.", "12", "total"),
]

SPORT = [
    ("The club plans to sell 20,000 season tickets for the new stadium.", "20,000", "projection"),
    ("Organisers plan to expand the tournament to 48 teams.", "48", "projection"),
    # near misses: a verb of state beside a plan of its own clause; the act done
    ("The stadium holds 60,000 fans, and the club plans to expand it.", "60,000", "total"),
    ("The club sold 20,000 season tickets for the new stadium.", "20,000", "total"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_scope_clusters40_conflict(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_scope_clusters40_disasters(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_scope_clusters40_business(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_scope_clusters40_politics(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_scope_clusters40_health(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_scope_clusters40_science(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_scope_clusters40_crime(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_scope_clusters40_sport(measures, text, surface, expected):
    assert measures(text)[surface].scope == expected
