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


def own_casualty(num: Token) -> str:
    """The casualty line (deaths, injured, missing, displaced, casualties) of the verb a bare number is the object
    or passive subject of, "" when that verb is no casualty verb."""
    verb = num.head
    if num.dep_ not in CARRIED or verb.pos_ != "VERB":
        return ""
    return CASUALTY_FAMILIES.get(event_family(lemma(verb)), "")
