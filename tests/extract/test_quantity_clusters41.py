"""Stop 41's blind probe of the quantity field, two clusters. (1) Persons an article names as asylum seekers or
refugees (GUIDE revision 2, Q2: `displaced`), counted later by a noun that says only that they are held or that
they came ("detainees", "arrivals"): the dev gold reads them as the article's displaced persons (Lee bg_084
woomera_detention_unrest "at least 50 to 60 detainees"; bg_228, a one-off on the Pacific Solution, "something like
1,000 arrivals in August, something like 1,200 in September"); the code reads `people` and `arrival`. Near misses:
the same nouns in an article that names no asylum seeker or refugee (Q5: captives are `people`; tourist arrivals
fall back to the head lemma). (2) Person words a general-ground check of ordinary news nouns found the lexicon
missing ("Police said 14 <noun> were ..."; 7 of 186 nouns wrong): "medics" (WordNet's first sense is a plant),
"carers", "MEPs", "MPs" tagged a singular noun, "paramilitaries" (Q1's armed persons). Ordinary wire sentences
written for this table (none from the corpora or the gold), over the eight domains; each label was written from
the GUIDE and read a second time against it before the code was run. Blind run (unchanged code): 8/20, every near
miss right and every target wrong. Four crime rows (a detention centre, two of them near misses) were added after
the first dev run, where the gate of Q2's words alone split the woomera_detention_unrest pair of Lee bg_084 and
bg_089 (bg_089 names the Detention Centre, no asylum seeker): 2/4 on that code. With the person words
(measure_lexicon, tree.lemma's abbreviation plural): 16/24, no near miss broken; extract/fled_group.py read the
other 8 (24/24) but was not merged, so its rows are gaps."""
from __future__ import annotations

import pytest

from conftest import gap

FLED = gap("the asylum-context reading (wt-quantity's fled_group) was measured at stop 41 and not merged: "
           "5 dev figures in 2 stories, one touched dev figure turned wrong (the gold reads detainees both ways), "
           "test unchanged")


def fled(text: str, surface: str, expected: str):
    """A row only the unmerged asylum-context reading makes: a strict gap."""
    return pytest.param(text, surface, expected, marks=FLED)


CONFLICT = [
    fled("Thousands of refugees have crossed the border since the fighting began. Aid agencies said they had "
         "registered 2,300 new arrivals at the camp on Tuesday.", "2,300", "displaced"),
    ("Some 200 paramilitaries were deployed to the province after the attack.", "Some 200", "troops"),
    # near misses: detainees in an article that names no asylum seeker or refugee (Q5); armed persons by a listed word
    ("The military said 40 detainees were being held at the base without charge.", "40", "people"),
    ("Some 200 soldiers were deployed to the province after the attack.", "Some 200", "troops"),
]

DISASTERS = [
    fled("Refugees fleeing the floods have poured into the capital. Relief officials said 4,000 arrivals had been "
         "counted over the weekend.", "4,000", "displaced"),
    ("Twelve medics were among the first to reach the collapsed building.", "Twelve", "people"),
    # near miss: the displaced line by its own word
    ("The floods have left 4,000 people homeless, relief officials said.", "4,000", "displaced"),
]

BUSINESS = [
    # near miss: arrivals counted in an article with no asylum seeker or refugee (the head lemma)
    ("Tourism officials said visitor numbers were strong. The bureau counted 90,000 arrivals in March.", "90,000",
     "arrival"),
    ("The charity said 3,000 carers had signed a petition calling for higher allowances.", "3,000", "people"),
]

POLITICS = [
    fled("The minister says the policy of sending asylum seekers offshore is working. He said there had been about 900 "
         "arrivals in May and fewer than 50 in June.", "about 900", "displaced"),
    ("The motion was backed by 350 MEPs in Strasbourg on Wednesday.", "350", "people"),
    ("Officials said there were 14 MPs in the chamber when the bell rang.", "14", "people"),
    # near miss: votes by their own word
    ("The motion was backed by 350 votes to 200 on Wednesday.", "350", "votes"),
]

HEALTH = [
    fled("Doctors are treating asylum seekers held at the island camp for dehydration. A health official said 12 "
         "detainees had been taken to hospital overnight.", "12", "displaced"),
    ("Two paramedics and 14 medics were sent to the outbreak area.", "14", "people"),
]

SCIENCE = [
    # near miss: the head lemma of a thing, no person
    ("The agency said 14 satellites were launched from the site last year.", "14", "satellite"),
]

CRIME = [
    fled("Riot police were called to the detention centre after asylum seekers lit fires overnight. Officials said 40 "
         "detainees broke through an inner fence.", "40", "displaced"),
    # added after the first dev run (the gate of Q2's words alone split a dev pair: Lee bg_089 names the detention
    # centre, no asylum seeker): a detention centre names where asylum seekers are held
    fled("Guards at the immigration detention centre used tear gas overnight. Officials said 30 detainees had climbed "
         "onto the roof.", "30", "displaced"),
    fled("Unrest continued at the desert detention centre for a third night, with up to 40 detainees refusing food.",
         "up to 40", "displaced"),
    # near misses: a centre where suspects or minors are held before trial (Q5: `people`)
    ("The activist was taken to a pre-trial detention centre in Moscow, where 12 detainees share a cell.", "12",
     "people"),
    ("Officers at the juvenile detention center said 25 detainees were moved after the fire.", "25", "people"),
    # near miss: detainees of an arrest in an article with no asylum seeker or refugee
    ("Police detained 30 protesters after the march. Officials said 12 detainees were later released without "
     "charge.", "12", "people"),
]

SPORT = [
    fled("Two asylum seekers held at the centre were allowed to play for a local club. Club officials said 14 "
         "detainees had asked to try out.", "14", "displaced"),
    # near miss: persons by a listed word
    ("Club officials said 14 players had asked to try out.", "14", "people"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_quantity_clusters41_conflict(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_quantity_clusters41_disasters(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_quantity_clusters41_business(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_quantity_clusters41_politics(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_quantity_clusters41_health(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_quantity_clusters41_science(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_quantity_clusters41_crime(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_quantity_clusters41_sport(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected
