"""The casualty line of a bare number's own verb (tests/gold/measures/GUIDE.md, the quantity table: "use the first
matching line"): "The blast killed 12 and wounded 40", "About 5,000 were evacuated" count the dead, the wounded
and the displaced by the words that carry them, whatever casualty noun an earlier figure counted (the ellipsis
reading of extract/counted.py lends a number with no noun of its own the noun of the figure before it, which may
be another line's: "Doctors treated 30 injuries. About 5,000 were evacuated")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract.measure_lexicon import CASUALTY_FAMILIES, CASUALTY_FAMILY_OF_CLASS
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import verb_class

CARRIED = ("dobj", "nsubjpass")  # "killed 12", "5,000 were evacuated": the number is who the verb happened to


def own_casualty(num: Token) -> str:
    """The casualty line (deaths, injured, missing, displaced, casualties) of the verb a bare number is the object
    or passive subject of, "" when that verb is no casualty verb."""
    verb = num.head
    if num.dep_ not in CARRIED or verb.pos_ != "VERB":
        return ""
    key = lemma(verb)
    family = words.EVENT_FAMILIES.get(key, "") or CASUALTY_FAMILY_OF_CLASS.get(verb_class(key), "")
    return CASUALTY_FAMILIES.get(family, "")
