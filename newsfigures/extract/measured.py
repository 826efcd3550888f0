"""The thing a measurement belongs to: the noun whose "of" phrase it is ("winds of up to 80 kilometres an hour"), or
the thing a distance locates when it measures a gap from somewhere ("a shop just four blocks from Peru's Congress",
"the Noroeste Farm in Cabixi, 820 km (510 miles) away from the regional capital")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

GAP_REACH = 8  # tokens after a distance's number within which its gap word ("from", "away", "south") comes
LOCATING_PREPOSITIONS = frozenset({"in", "at"})  # "the Noroeste Farm in Cabixi, 820 km ...": the farm is located


def measured_thing(num: Token) -> Token | None:
    """The thing a measurement is of: the noun whose "of" phrase the measure is ("winds of up to 80 kilometres an
    hour", lee bg_048; "A second earthquake of magnitude 7.5", turkey_syria_earthquake); `num` is the measure's
    unit or number. Not the noun a measure modifies: "a magnitude 7.8 earthquake strikes" belongs to the story
    (turkey_syria_earthquake, myanmar_earthquake); nor a noun that only names the measurement ("a distance of 5
    km", "a probability of 2.7%")."""
    head = num.head
    if num.dep_ != "pobj" or head.lower_ != "of" or head.head.pos_ != "NOUN":
        return None
    thing = head.head
    return None if lemma(thing) in vocab.MEASUREMENT_NOUNS else thing


def located_by_gap(num: Token) -> Token | None:
    """What a distance that measures a gap locates (`is_gap`): the noun just before the distance phrase, or the
    noun a place "in"/"at" there is of ("a shop just four blocks from", "the Noroeste Farm in Cabixi, 820 km ...
    away from", "Dora village some 50 kilometers south of": lee bg_011, wn2004_056, lee bg_001); None for no gap,
    or when a verb or other word precedes ("struck 80 km from Kabul" places the story itself)."""
    if not is_gap(num):
        return None
    unit = num.head if num.dep_ == "nummod" and num.head.pos_ == "NOUN" else num
    while unit.dep_ == "appos" and unit.head.ent_type_ == "QUANTITY":
        unit = unit.head  # "820 km (510 miles)": the conversion stands where the first measure does
    i = unit.left_edge.i - 1
    while i >= 0 and num.doc[i].is_punct:
        i -= 1
    if i < 0 or num.doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    thing = num.doc[i]
    place = thing.head
    if thing.dep_ == "pobj" and place.lower_ in LOCATING_PREPOSITIONS and place.head.pos_ in ("NOUN", "PROPN"):
        return place.head
    return thing


def is_gap(num: Token) -> bool:
    """The distance whose number is `num` measures a gap from somewhere: a gap word follows its number, past only
    its unit, numbers, a conversion and punctuation ("four blocks from", "820 km (510 miles) away", "some 50
    kilometers south of")."""
    for t in num.doc[num.i + 1:num.i + GAP_REACH]:
        if t.lower_ in vocab.GAP_WORDS:
            return True
        if not (t.is_punct or t.like_num or t.ent_type_ == "QUANTITY" or t == num.head or t.head == num):
            return False
    return False
