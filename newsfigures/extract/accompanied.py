"""A count in a "with" phrase on a noun: what a thing has ("diplomatic relationships with 27 countries", "affected by
rain with only 40 overs possible"), read as tests/gold/measures/GUIDE.md E1 reads a count a verb of state ("have")
carries: how many there are, `measured`. A "with" on a verb is left alone: it may be company in the act ("leading
the defence ... with about 1,000 loyal fighters", "leave the Democrats with a rump of three or four members"), and
so is a "with" clause whose counted things do something ("with up to 50 detainees breaking into", "with 45.9
seconds left"). Two more phrases on a noun carry a count no verb acts on: a count of places the persons of the noun
are "from" or "in" ("students from 26 countries", "militants from its two largest provinces", "Palestinians in two
West Bank towns": shuttle_endeavour_2001 bg_125, lee bg_240, israel_palestinian_2001 bg_277), and the level "of" a
margin ("an overall lead of 374")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.measure_lexicon import COUNTRY_KINDS, MARGIN_NOUNS
from newsfigures.extract.stative import counted_phrase
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import names_location

WITH = "with"
VERB_TAGS = ("VBG", "VBN", "VBD")  # a participle on the counted noun: the "with" clause says what they did
PLACE_PREPOSITIONS = ("from", "in")  # where persons come from or are


def with_phrase(num: Token) -> bool:
    """The counted noun phrase is the object of a "with" that hangs on a noun, and no participle says what the
    counted things did."""
    phrase = counted_phrase(num)
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.lower_ != WITH or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.tag_ in VERB_TAGS and c.dep_ != "prep" for c in phrase.children)  # "including": a preposition


def origin_or_margin(num: Token) -> bool:
    """A count a phrase on a noun carries, which neither a verb nor an act noun acts on: places the noun's persons
    are from or in, a margin's level (E1: `measured`)."""
    return places_of_persons(num) or margin_level(num)


def places_of_persons(num: Token) -> bool:
    """The counted noun names places ("countries", "provinces", "towns") and is the object of a "from" or an "in"
    ("students from 26 countries", "shot dead five Palestinians in two West Bank towns"): where persons are from or
    where something happened, not what was done to the places."""
    phrase = counted_phrase(num)
    key = lemma(phrase).lower()
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in PLACE_PREPOSITIONS or phrase.i == num.i:
        return False
    return names_location(key) or key in COUNTRY_KINDS


def margin_level(num: Token) -> bool:
    """The number is the object of "of" on a margin noun ("an overall lead of 374", "a margin of 20 votes")."""
    phrase = counted_phrase(num)
    return phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and lemma(phrase.head.head).lower() in MARGIN_NOUNS
