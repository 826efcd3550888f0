"""A magnitude written as a bare decimal on a quake noun (the guide's measurement line `magnitude`, dimension
`magnitude`: "earthquake/asteroid scales"): "a 6.1 quake struck", "the tremor measured 5.4". No count of quakes has a
fraction, so a decimal on one is its size on the scale the word "magnitude" would have named."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.tree import lemma

# Nouns of an earthquake (WordNet 3.0's earthquake.n.01, its synonyms and hyponyms a news report writes).
QUAKE_NOUNS: frozenset[str] = frozenset({"earthquake", "quake", "temblor", "tremor", "aftershock", "foreshock"})
# Verbs that give a quake's size as their object ("measured 5.4", "registered 6.2").
SIZING_VERBS: frozenset[str] = frozenset({"measure", "register"})
OBJECT_ROLES = ("dobj", "attr", "npadvmod", "advmod", "oprd")
SCALE_TOP = 10.0  # magnitudes stay below 10
MAGNITUDE = "magnitude"  # the measurement line's own word, the noun a size "of" it is written on
PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # "2.5 aftershocks an hour": an average count of quakes, not a size


def quake_magnitude(num: Token, noun: Token | None, value: float, kind: str) -> bool:
    """A bare decimal number on a singular quake noun, or sized by a verb whose subject is one or whose clause is a
    relative clause on one (its object, or a range "between" two sizes), or any number "of" the word "magnitude",
    is a magnitude (a decimal on a plural is an average: "2.5 aftershocks an hour")."""
    if kind != "cardinal" or not 0 < value < SCALE_TOP:
        return False
    if num.dep_ == "pobj" and num.head.lower_ == "of" and lemma(num.head.head) == MAGNITUDE:
        return True  # "The quake had a magnitude of 7.1", "a magnitude of 6": the scale's own word names it
    between = num.dep_ == "pobj" and num.head.lower_ == "between"  # "The tremor measured between 5.5 and 6.5"
    if float(value).is_integer() and not between:  # a range's midpoint may be whole
        return False
    if noun is not None and lemma(noun) in QUAKE_NOUNS and noun.tag_ not in PLURAL_TAGS:
        return True  # "A 6.1 quake struck the island"
    verb = num.head.head if between else num.head
    return (between or num.dep_ in OBJECT_ROLES) and lemma(verb) in SIZING_VERBS and _sizes_a_quake(verb)


def _sizes_a_quake(verb: Token) -> bool:
    """The sizing verb's subject is a quake ("The tremor measured 5.4"), or its clause is a relative clause on one
    ("The quake, which measured 6.2, shook the city")."""
    if verb.dep_ == "relcl" and lemma(verb.head) in QUAKE_NOUNS:
        return True
    return any(c.dep_ == "nsubj" and lemma(c) in QUAKE_NOUNS for c in verb.children)
