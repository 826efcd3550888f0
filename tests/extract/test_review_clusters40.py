"""Stop 40's review probe of the two readings merged this stop, near misses first: the scope round's C4 plan reading
(ahead.is_plan_done: a count in what a present "plan" says will be done is `projection`) and the quantity round's new
words (Q1's mercenaries and jihadists; the aid line's "gift"; the fine line by WordNet's damages.n.01; the index_level
line's other benchmark names; the missing line by a verb's first sense and a relative clause on the counted persons).
Each row is an ordinary wire sentence written for this table (none from the corpora or the gold), over the eight
domains: rows where the new reading must fire, and near misses where a word looks like its trigger but must not
("plans" of a building, a plan that was, a plan's relative clause of what it did, Planned Parenthood, a gift shop, a
fine day, damage as harm, things that vanished, a relative clause with an object of its own, "nifty" as a word).
Every label was written from tests/gold/measures/GUIDE.md and read a second time against it before the code ran.
Rows marked with a reason are readings the extractor does not make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap

CUT_TAG = ("'and cut 1,200 jobs': the tagger reads 'cut' as a past tense (VBD), so ahead._bare does not join it to the "
           "plan's infinitive; the form is the same for both tenses, but a past conjunct ('and sold 300 trucks') must "
           "stay total, and no dev case tells the two apart")
WENT_MISSING = ("'who went missing': the relative clause's verb is 'go', whose complement 'missing' the missing line "
                "does not read there (quantity_lines._relative_subject reads only a verb of a casualty family)")
CALLS_FOR = ("'the plan calls for 2,000 new homes': the plan says what will be done through 'call for', not a 'plan' "
             "infinitive (ahead.is_plan_done), and 'new' reads the count as a batch")
DISAPPEAR_WORD = ("E4 under 'looking for': 'disappear' is the hand list's missing verb, which the extractor takes as "
                  "the figure's event word over the governing verb (the same before this stop)")
FLED_OBJECT = ("'residents who fled the fire': the relative clause has an object of its own (what they fled), which "
               "participle_outcome's object check reads as the verb acting on another thing")
MISSED_FINAL = ("'missed the final': the counted players are the subject of 'miss', the hand list's missing verb, and "
                "the parser tags 'final' an adjective, so no object keeps the verb off the persons ('missed the exam' "
                "reads people); the same before this stop")
FLED_SUSPECTS = ("'suspects who fled': 'flee' is the displaced family for any persons ('Seven suspects fled' reads "
                 "displaced in a main clause too, before this stop); Q2's flight is from homes, which the code "
                 "does not check")

CONFLICT = [
    ("The army plans to deploy 2,000 more troops to the north next month.", "2,000", "scope", "projection"),
    ("Some 300 mercenaries are guarding the mines, the report said.", "Some 300", "quantity", "troops"),
    ("Four soldiers who died in the ambush were buried on Sunday.", "Four", "quantity", "deaths"),
    # near misses: a plan that was and the part done (C2); a casualty line first; a thing of jihadists; a relative
    # clause with an object of its own
    ("Rebels planned 12 attacks last year and carried out nine of them.", "nine", "scope", "total"),
    ("Troops killed 25 jihadists in an overnight raid.", "25", "quantity", "deaths"),
    ("Jihadist websites posted 40 videos of the attack.", "40", "quantity", "video"),
    ("The 40 soldiers who killed the rebel commander were decorated.", "40", "quantity", "troops"),
    # second table (written and labelled after the first run, before its own)
    ("Families buried the 30 miners who were killed in the blast.", "30", "event", "other:bury"),
    ("Four soldiers who died in the ambush were buried on Sunday.", "Four", "event", "other:bury"),
]

DISASTERS = [
    ("Rescuers are searching for three fishermen who vanished off the coast on Sunday.", "three", "quantity",
     "missing"),
    ("Families buried the 30 miners who were killed in the blast.", "30", "quantity", "deaths"),
    ("Officials plan to relocate 400 families from the flood zone.", "400", "scope", "projection"),
    # near misses: things that disappeared; a plan's relative clause of what it did; plans as documents; damage
    ("Twelve boats that disappeared in the storm were later found drifting.", "Twelve", "quantity", "boat"),
    ("The flood plan, which moved 3,000 residents to higher ground last year, is under review.", "3,000", "scope",
     "total"),
    ("Emergency plans were drawn up for 15 hospitals in the region.", "15", "scope", "total"),
    ("Storm damage across the state was put at $3 million.", "$3 million", "quantity", "cost"),
    # second table
    ("Officials found shelter for the 20 people who were evacuated.", "20", "quantity", "displaced"),
    ("Divers recovered the bodies of five children who drowned in the river.", "five", "quantity", "deaths"),
    pytest.param("Volunteers fed the 300 residents who fled the fire.", "300", "quantity", "displaced",
                 marks=gap(FLED_OBJECT)),
    ("Rescuers are searching for three fishermen who vanished off the coast on Sunday.", "three", "event",
     "other:search"),
    ("There were 20 people who died when the bridge collapsed.", "20", "event", "killed"),  # E4: a verb of state
]

BUSINESS = [
    pytest.param("The bank plans to close 60 branches and cut 1,200 jobs.", "1,200", "scope", "projection",
                 marks=gap(CUT_TAG)),
    ("The Kospi fell 35 points to close at 2,480.", "35", "quantity", "index_level"),
    # near misses: a plan's relative clause of what it did; "gift" and "ASX" on another noun; things that vanished
    ("The restructuring plan, which cut 300 jobs last year, will be extended.", "300", "scope", "total"),
    ("The museum's gift shop has sold 12,000 postcards since it opened.", "12,000", "quantity", "postcard"),
    ("Gift card sales rose to $40 million in December.", "$40 million", "quantity", "sales"),
    ("Shares in ASX-listed miner Orion rose 4 per cent.", "4 per cent", "quantity", "share_price"),
    ("The company vanished from the index after its shares fell 60 per cent.", "60 per cent", "quantity",
     "share_price"),
    ("About 3,000 jobs vanished when the plant closed.", "About 3,000", "quantity", "job"),
    # second table
    ("The plan to cut 300 jobs was approved on Monday.", "300", "scope", "projection"),
    ("Airlines plan to raise fares by 5 per cent.", "5 per cent", "scope", "projection"),
    ("India's Nifty rose 120 points on Tuesday.", "120", "quantity", "index_level"),
    ("The ASX 200 fell 45 points in early trade.", "45", "quantity", "index_level"),
    ("The 15 workers who were laid off will receive severance pay.", "15", "quantity", "people"),
    ("About 3,000 jobs vanished when the plant closed.", "About 3,000", "event", "other:vanish"),
    # third rows (after the mend of is_plan_object): a count in a phrase of place under the planned verb's object
    ("The retailer plans to open stores in 12 countries.", "12", "scope", "total"),
]

POLITICS = [
    ("The government plans to hire 5,000 more teachers.", "5,000", "scope", "projection"),
    ("The opposition unveiled a plan that would create 10,000 jobs.", "10,000", "scope", "projection"),
    # near misses: a plan's noun in a vote; a plan that was and what was done; a name
    ("The council's building plans were rejected by seven votes to four.", "seven", "scope", "total"),
    ("The ministry planned to build 200 schools but finished only 80.", "80", "scope", "total"),
    ("Planned Parenthood runs about 600 clinics across the country.", "about 600", "scope", "total"),
    # second table
    pytest.param("The plan calls for 2,000 new homes.", "2,000", "scope", "projection", marks=gap(CALLS_FOR)),
    ("The mayor said the plan had created 4,000 jobs.", "4,000", "scope", "total"),
    ("The plan, approved by 40 votes to 12, will cut taxes.", "40", "scope", "total"),
    ("About 40,000 names that vanished from the electoral roll were restored.", "About 40,000", "quantity", "name"),
    ("Twelve MPs who defected to the opposition were expelled from the party.", "Twelve", "quantity", "people"),
]

HEALTH = [
    ("The health service plans to vaccinate two million children this winter.", "two million", "scope",
     "projection"),
    ("A foundation made a $25 million gift to the children's hospital.", "$25 million", "quantity", "aid"),
    pytest.param("Health officials are tracing 14 patients who went missing from the clinic.", "14", "quantity",
                 "missing", marks=gap(WENT_MISSING)),
    # near misses: the act done under a plan; a relative clause with an object of its own
    ("Under the plan, 400 nurses were hired last year.", "400", "scope", "total"),
    ("The 12 doctors who treated the wounded were praised.", "12", "quantity", "people"),
    # second table
    ("Scientists plan to study 1,200 volunteers who were exposed to the virus.", "1,200", "scope", "projection"),
    ("A $5 million gift from the founder paid for the new laboratory.", "$5 million", "quantity", "aid"),
    ("The hospital plans to treat 300 patients a day.", "300", "scope", "daily"),
]

SCIENCE = [
    ("The space agency plans to launch four probes to Mars.", "four", "scope", "projection"),
    # near misses: species that vanished; plans as drawings; the length of a planned thing (C4, Q8)
    ("Twelve species of frog have vanished from the island since 1990.", "Twelve", "quantity", "species"),
    ("The telescope's floor plans show 12 laboratories.", "12", "scope", "total"),
    ("Engineers plan to build a 40-storey research tower.", "40", "scope", "total"),
    # second table
    ("Twelve species of frog have vanished from the island since 1990.", "Twelve", "event", "other:vanish"),
    # third rows
    ("The agency plans to share the data with laboratories in 30 countries.", "30", "scope", "total"),
]

CRIME = [
    ("Prosecutors plan to call 30 witnesses during the trial.", "30", "scope", "projection"),
    ("A jury ordered the hospital to pay $2 million in restitution.", "$2 million", "quantity", "fine"),
    ("The court ordered the firm to pay $1.5 million in damages.", "$1.5 million", "quantity", "fine"),
    # near misses: a plan that was and the act done; a relative clause with an object; things that vanished
    ("The gang planned the heist for months and stole 300 phones.", "300", "scope", "total"),
    ("Police are hunting for two men who stabbed a guard.", "two", "quantity", "people"),
    ("Twelve paintings that vanished from the gallery in 1990 have never been found.", "Twelve", "quantity",
     "painting"),
    # second table
    ("Two inmates who escaped from the prison were recaptured.", "Two", "quantity", "people"),
    pytest.param("Police are looking for three hikers who disappeared on Sunday.", "three", "event", "other:look",
                 marks=gap(DISAPPEAR_WORD)),
    ("Police are hunting for two men who stabbed a guard.", "two", "event", "other:hunt"),
    pytest.param("Police said seven suspects who fled the scene are still at large.", "seven", "quantity", "people",
                 marks=gap(FLED_SUSPECTS)),
    pytest.param("Seven suspects who fled were caught.", "Seven", "quantity", "people", marks=gap(FLED_SUSPECTS)),
]

SPORT = [
    ("The club plans to sign three new players before the season.", "three", "scope", "projection"),
    ("Organisers plan to sell 50,000 tickets for the final.", "50,000", "scope", "projection"),
    # near misses: the size of a planned thing; a plan that was and the act done; "fine" and "nifty" as words
    ("The club plans to build a 60,000-seat stadium.", "60,000", "scope", "total"),
    ("Organisers had planned to sell 50,000 tickets but sold 30,000.", "30,000", "scope", "total"),
    ("It was a fine day, and 300 boats took part in the regatta.", "300", "quantity", "boat"),
    ("The guard's nifty footwork helped him finish with 28 points.", "28", "dimension", "count"),
    # second table
    pytest.param("Three players who were injured in the first half missed the final.", "Three", "quantity",
                 "injured", marks=gap(MISSED_FINAL)),
]


def _read(measures, text: str, surface: str, field: str) -> str:
    """The field of the figure at `surface` as the extractor reads it."""
    return getattr(measures(text)[surface], field)


@pytest.mark.parametrize("text,surface,field,expected", CONFLICT)
def test_review_clusters40_conflict(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", DISASTERS)
def test_review_clusters40_disasters(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", BUSINESS)
def test_review_clusters40_business(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", POLITICS)
def test_review_clusters40_politics(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", HEALTH)
def test_review_clusters40_health(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", SCIENCE)
def test_review_clusters40_science(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", CRIME)
def test_review_clusters40_crime(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected


@pytest.mark.parametrize("text,surface,field,expected", SPORT)
def test_review_clusters40_sport(measures, text, surface, field, expected):
    assert _read(measures, text, surface, field) == expected
