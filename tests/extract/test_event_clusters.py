"""Stop 39's blind probe of one dev-failure cluster of the event field: the count is the subject of its own verb of
action, and the event word the code reads stands in ANOTHER clause of the sentence (dev-lee bg_113 "no detainees were
injured, but 15 detention centre officers were treated": gold other:treat, code injured). Ordinary wire sentences
written for the round (no corpus, gold or test sentence copied), over the eight domains, with near misses the mend must
not change (an elided verb, a verb of the event's own family, a verb of state, an object, a relative clause). Every
event was written from tests/gold/measures/GUIDE.md (E1, E2) and read against it a second time before the code ran.
Rows marked with a reason are readings the extractor does not make (strict xfail)."""
from __future__ import annotations

import pytest

from conftest import gap

PRISONER = ("'12 were taken prisoner': the outcome noun 'prisoner' in the count's own clause (detain) is read before "
    "the verb that governs the count (take)")
CONJ_PARSE = ("the parser hangs '5,000 homes' on 'people' as a conjunct of the first clause's object: the count reads "
    "that clause's verb (killed)")
MORE_OBJECT = ("'sickened 3,900 more': 'more' is parsed the object (an adjective), so the count is no verb's object "
    "and the first conjunct's event word (killed) is read")
ASPECT_COMPLEMENT = ("'14 kept sending data': the aspect verb's complement (send: sent) stands in the count's own "
    "clause; the governor (keep) is E2's word, as the dev gold reads 'began training' (bg_196)")

CONFLICT = [
    pytest.param("Three soldiers were killed in the ambush and 12 were taken prisoner, the army said.", "12",
                 "other:take", marks=gap(PRISONER)),
    ("At least 20 fighters died in the clashes, while 35 surrendered to government forces.", "35", "other:surrender"),
    ("Shelling killed nine civilians overnight, but 200 reached the border safely.", "200", "other:reach"),
    # near misses: an elided verb takes the first clause's, a casualty verb of its own, an object of the other verb
    ("Thirty people were killed and 50 injured in the blast.", "50", "injured"),
    ("Troops killed 12 rebels and captured 30 others.", "30", "other:capture"),
    ("The strike killed four people and 19 were wounded.", "19", "injured"),
]

DISASTERS = [
    ("Two climbers died on the mountain on Sunday, and five others were airlifted to hospital.", "five",
     "other:airlift"),
    ("The floods killed 12 people, while about 3,000 were moved to emergency shelters.", "about 3,000", "other:move"),
    ("No one was hurt when the dam burst, but 600 were stranded by the water for two days.", "600", "other:strand"),
    # near misses: a casualty verb of its own; a verb of state (E1)
    ("Rescuers pulled 11 people alive from the rubble, and 40 are still missing.", "40", "missing"),
    pytest.param("The storm killed three people and 5,000 homes were without power on Monday.", "5,000", "measured",
                 marks=gap(CONJ_PARSE)),
]

BUSINESS = [
    ("Profits fell sharply last year, and 300 staff took voluntary redundancy.", "300", "other:take"),
    ("Sales dropped 8 per cent in the quarter while 4,000 pilots walked out over pay.", "4,000", "other:walk"),
    ("The bank cut 2,000 jobs in March, and another 500 workers joined the strike on Monday.", "500",
     "other:join"),
    # near miss: the count is the object of its own verb
    ("The carmaker cut 2,000 jobs last year and closed 12 plants.", "12", "other:close"),
]

POLITICS = [
    ("Police arrested 85 protesters, and about 3,000 marched on parliament on Saturday.", "about 3,000",
     "other:march"),
    ("Two candidates were killed during the campaign, and 14 withdrew from the race.", "14", "other:withdraw"),
    ("The opposition lost 20 seats, while 12 of its lawmakers defected to the ruling party.", "12",
     "other:defect"),
    # near miss: an elided verb ("and 23 charged")
    ("Police said 85 people had been arrested and 23 charged with rioting.", "23", "other:charge"),
]

HEALTH = [
    ("The virus has killed 57 people, and 3,900 have been admitted to hospital.", "3,900", "other:admit"),
    ("Two children died of measles last month, and 400,000 were vaccinated in the campaign that followed.",
     "400,000", "other:vaccinate"),
    ("Nobody was injured in the blaze, but 120 patients were moved to another ward.", "120", "other:move"),
    # near misses: the object of a verb of its own; a reported clause the counted people tell
    pytest.param("The outbreak has killed 57 people and sickened 3,900 more.", "3,900", "other:sicken",
                 marks=gap(MORE_OBJECT)),
    ("Four people died in the crash and 12 said they had been hurt.", "12", "injured"),
]

SCIENCE = [
    ("The launch failure destroyed two weather satellites, but 11 others reached orbit.", "11", "other:reach"),
    pytest.param("Two of the probe's instruments were destroyed in the landing, while 14 kept sending data.", "14",
                 "other:keep", marks=gap(ASPECT_COMPLEMENT)),
    # near miss: a verb of state (E1)
    ("The storm destroyed two telescopes, and 30 remain in service.", "30", "measured"),
]

CRIME = [
    ("Police said two men were killed in the shootout, and four were charged with robbery.", "four",
     "other:charge"),
    ("Three officers were injured during the raid and 23 suspects were questioned.", "23", "other:question"),
    ("The fire killed one inmate, and 40 escaped during the confusion.", "40", "other:escape"),
    # near miss: the attack's relative clause on another noun
    ("The gunman, who killed two guards, was sentenced to 30 years.", "two", "killed"),
]

SPORT = [
    ("Three fans were injured in the crush and 200 were ejected from the stadium.", "200", "other:eject"),
    ("Two riders were hurt in a crash on the descent, and 140 finished the stage.", "140", "other:finish"),
    # near miss: a verb of state (E1)
    ("Two players were injured in the first half, and 11 remain fit for Sunday's final.", "11", "measured"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_event_clusters_conflict(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_event_clusters_disasters(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_event_clusters_business(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_event_clusters_politics(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_event_clusters_health(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_event_clusters_science(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_event_clusters_crime(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_event_clusters_sport(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
