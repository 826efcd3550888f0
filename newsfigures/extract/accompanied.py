"""A count in a "with" phrase on a noun: what a thing has ("diplomatic relationships with 27 countries", "affected by
rain with only 40 overs possible"), read as tests/gold/measures/GUIDE.md E1 reads a count a verb of state ("have")
carries: how many there are, `measured`. A "with" on a verb is left alone: it may be company in the act ("leading
the defence ... with about 1,000 loyal fighters", "leave the Democrats with a rump of three or four members"), and
so is a "with" clause whose counted things do something ("with up to 50 detainees breaking into", "with 45.9
seconds left")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.stative import counted_phrase

WITH = "with"
VERB_TAGS = ("VBG", "VBN", "VBD")  # a participle on the counted noun: the "with" clause says what they did


def with_phrase(num: Token) -> bool:
    """The counted noun phrase is the object of a "with" that hangs on a noun, and no participle says what the
    counted things did."""
    phrase = counted_phrase(num)
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.lower_ != WITH or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.tag_ in VERB_TAGS and c.dep_ != "prep" for c in phrase.children)  # "including": a preposition
