"""Which class of the guide's persons a count of persons is, when its words say so (tests/gold/measures/GUIDE.md,
revision 2): members of an armed force or group are `troops` (Q1: "gunmen", "militants", "rebels", "insurgents",
"guerrillas", "armed men", "militia members"), refugees and asylum seekers `displaced` (Q2). The words are the
guide's own lists, not lists read from sentences; a casualty the count suffers still comes first (the guide's
"first matching line": armed men killed are `deaths`), which the caller keeps by asking only of "people"."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.armed import MEMBER_LEMMAS
from newsfigures.extract.priced import PERSON_PRONOUNS
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import group_class, names_person, person_noun, troop_noun

# Q1's words for armed people, as lemmas (the others - soldiers, troops, fighters - are troop nouns already).
ARMED_NOUNS: frozenset[str] = frozenset({"gunman", "gunmen", "militant", "rebel", "insurgent", "guerrilla",
                                         "guerilla", "militiaman", "militiamen", "fighter", "combatant",
                                         # stop 40: Q1's "any armed force or armed group, state or not" in the words
                                         # for hired and religious fighters, which WordNet files as adventurers and
                                         # Muslims, no warriors
                                         "mercenary", "jihadist", "jihadi"})
ARMED_WORDS: frozenset[str] = frozenset({"armed"})  # "two armed men": persons described as armed ...
# ... when the noun says no more than that they are persons ("three armed robbers" are robbers, "armed officers"
# officers: the guide's example is "armed men")
ARMED_HEADS: frozenset[str] = frozenset({"man", "men", "people", "person", "youth", "individual"})
# Q2's words for people who fled, with the word that makes a seeker one ("asylum seekers").
FLED_NOUNS: frozenset[str] = frozenset({"refugee", "evacuee"})
FLED_SEEKING: frozenset[str] = frozenset({"asylum", "refuge"})


def fled_persons(noun: Token | None) -> bool:
    """The counted noun names people who fled ("refugees", "asylum seekers"): a class of persons, not an event, so
    what happened to them is its verb's ("Nauru will take 1,200 asylum seekers" -> `other:take`; GUIDE E2); the caller
    asks only of a count read as `displaced`, so that refugees found dead keep their casualty's event."""
    return noun is not None and persons_class(noun) == "displaced"


def persons_class(noun: Token | None) -> str:
    """`troops`, `displaced`, `people` for an armed noun a compound makes another person's ("fire fighters"), or ""
    when the counted noun's own words name none."""
    if noun is None:
        return ""
    word = noun.lemma_.lower()
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if word in ARMED_NOUNS and _other_person(noun):
        return "people"  # "400 fire fighters": firefighters, whatever list names fighters
    if word in ARMED_NOUNS or (word in ARMED_HEADS and modifiers & ARMED_WORDS):
        return "troops"
    if word in MEMBER_LEMMAS and any(group_class(m) == "troops" or troop_noun(m) for m in modifiers):
        return "troops"
    if word in FLED_NOUNS or (word == "seeker" and modifiers & FLED_SEEKING):
        return "displaced"
    return ""


def _other_person(noun: Token) -> bool:
    """The noun and a compound before it are one word for a person who bears no arms ("fire fighters" are
    firefighters, "prize fighters" prizefighters): the compound, not the armed noun, says who they are."""
    return any(c.dep_ == "compound" and person_noun(f"{c.lower_}{noun.lemma_.lower()}")
               and not troop_noun(f"{c.lower_}{noun.lemma_.lower()}") for c in noun.children)


def is_person(t: Token) -> bool:
    """A named person, a personal pronoun or a noun for persons ("Glenn Maguire", "he", "analysts", "a bricklayer")."""
    return t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS or person_noun(lemma(t)) or names_person(lemma(t))


def who_described(noun: Token | None) -> bool:
    """ "Two guides who survived were acquitted", "the 19 hijackers who commandeered the four jets": a noun a
    "who" clause describes counts persons, whatever the noun."""
    return noun is not None and any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
                                     for c in noun.rights)
