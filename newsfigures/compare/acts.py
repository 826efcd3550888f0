"""One count told two ways: as a verb's count of persons ("arrested 37 people", "evacuated 3,000 residents") and as
the act's noun ("37 arrests", "3,000 evacuations"). The noun's verb is the one its first WordNet sense, an act, is
derived from (extract/data/act_nouns.txt, written by scripts/build_word_senses.py: "arrest" -> arrest, "evacuation"
-> evacuate); the persons count's event names that verb (GUIDE E2 `other:<lemma>`) or the class the extractor files
it under ("evacuate" -> displaced). Each act is one person's, so the two numbers count one thing (the gold's key line:
same counted thing + same event). What `compare.similarity` reads as one quantity. All functions are pure."""
from __future__ import annotations

from newsfigures.compare import lexicon
from newsfigures.compare.kinds import lemmas
from newsfigures.extract.word_senses import act_verb, verb_class
from newsfigures.model import Measure

UNLISTED = "other:"
PERSON_QUANTITIES = frozenset({*lexicon.GENERIC_QUANTITIES, "troops"})  # the GUIDE's counts of persons as such


def noun_verb(quantity: str) -> str:
    """The verb a quantity's noun names the act of ("arrests" -> arrest), "" for a noun that is no act and for a
    quantity of the GUIDE's vocabulary, whose own line says what it covers ("deaths": killed, died)."""
    if quantity.strip().lower() in lexicon.GUIDE_QUANTITIES:
        return ""
    return next((verb for form in lemmas(quantity) if (verb := act_verb(form))), "")


def persons_count(m: Measure) -> bool:
    """A count of persons: the GUIDE's "people" or "troops", or the casualty its event names ("displaced")."""
    q = m.quantity.strip().lower()
    return q in PERSON_QUANTITIES or lexicon.EVENT_QUANTITY.get(m.event) == q


def names_verb(event: str, verb: str) -> bool:
    """The event is the verb's: its literal lemma ("other:arrest") or the closed class it is read under."""
    return event == f"{UNLISTED}{verb}" or (event != "" and event == verb_class(verb))


def act_reading(a: Measure, b: Measure) -> str:
    """Why two measures count one thing, one the persons a verb acted on and the other that act's noun, both read
    as that verb's event ("arrest people ≈ arrest (the act's noun)"); "" when neither way round holds. A noun read
    under an event of its own names an incident, which may have many victims ("two shootings" under other:shooting,
    not "two people shot": lee4 bg_116 / bg_201), so both events must name the verb."""
    for persons, act in ((a, b), (b, a)):
        verb = noun_verb(act.quantity)
        if verb and persons_count(persons) and names_verb(persons.event, verb) and names_verb(act.event, verb):
            return f"{verb} {persons.quantity} ≈ {act.quantity} (the act's noun)"
    return ""
