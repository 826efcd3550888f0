"""The casualty line of a bare number's own verb (tests/gold/measures/GUIDE.md, the quantity table: "use the first
matching line"): "The blast killed 12 and wounded 40", "About 5,000 were evacuated" count the dead, the wounded
and the displaced by the words that carry them, whatever casualty noun an earlier figure counted (the ellipsis
reading of extract/counted.py lends a number with no noun of its own the noun of the figure before it, which may
be another line's: "Doctors treated 30 injuries. About 5,000 were evacuated")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.measure_classes import event_family
from newsfigures.extract.measure_lexicon import CASUALTY_FAMILIES
from newsfigures.extract.tree import lemma

CARRIED = ("dobj", "nsubjpass")  # "killed 12", "5,000 were evacuated": the number is who the verb happened to
UNDERGOER = "nsubj"  # "12 had died", "4 drowned": the subject of a casualty verb with no object is who it befell
OBJECTS = ("dobj", "obj")


def own_casualty(num: Token) -> str:
    """The casualty line (deaths, injured, missing, displaced, casualties) of the verb a bare number is the object
    or passive subject of, or the subject of when the verb takes no object ("12 had died"), "" when that verb is
    no casualty verb."""
    verb = num.head
    if verb.pos_ != "VERB" or num.dep_ not in (*CARRIED, UNDERGOER):
        return ""
    if num.dep_ == UNDERGOER and any(c.dep_ in OBJECTS for c in verb.children):
        return ""  # "12 killed 40": the subject did it
    return CASUALTY_FAMILIES.get(event_family(lemma(verb)), "")


def lent(num: Token, noun: Token | None) -> bool:
    """The counted noun is one the ellipsis reading lent the number ("treated 30 injured people, and 4 drowned":
    people, for 4): a noun before it in no phrase above it, so the number's own words say what befell it."""
    return noun is not None and noun.i < num.i and noun not in num.ancestors
