"""A figure that only gives the size of the noun after it ("a three-judge panel", "a 6,800 kilogram bomb", "the
women's 300 metres freestyle"): nothing happened to what it counts or measures, whatever verb frames the noun, so its
event is `measured` (tests/gold/measures/GUIDE.md, E1: "a 3,000-seat stadium"). Read by measure._event."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.event import run_event
from newsfigures.extract.nominal import verb_of
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import act_verb
from newsfigures.numbers.lexicon import SCALE_WORDS

SIZING_KINDS = ("cardinal", "measure")  # figures that can give a noun its size ("a 12 day mission"): no sums
# Classes a figure does not take from the verb around the noun it only sizes: a statement ("the 172-page document
# says") and a win of a race whose length it is ("won the women's 300 metres freestyle"); the size is measured
# (E1's "a 3,000-seat stadium"). Moves and persons' classes stay ("rose to a 5 metre level", "sent a 40-member team").
SIZE_BLIND_CLASSES = frozenset({"said", "won"})
WON = "won"  # a win only of a measurement: "won a 40-seat majority" stays won
MEASURE = "measure"


def sizes_a_thing(num: Token, kind: str, quantity: str, found: str) -> bool:
    """Whether a figure only gives the size of the noun it modifies, read under an unlisted verb (`other:`) or a class
    of `SIZE_BLIND_CLASSES`; it is then `measured` (E1)."""
    blind = found.startswith("other:") or (found in SIZE_BLIND_CLASSES and (found != WON or kind == MEASURE))
    return blind and sizes_a_noun(num, kind, quantity)


def sizes_a_noun(num: Token, kind: str, quantity: str) -> bool:
    """ "a three-judge panel found" (lee bg_169), "distribute a one page memo" (wn2004_039), "hitting a 200-foot
    tower": a count of units, or a measurement, that together modify a noun after them gives that noun's size;
    nothing happened to the units, whatever verb frames the noun. A noun phrase that names an act ("a 10-year
    expansion period", bg_170; "a 24-hour picket", bg_203) sizes no thing, and neither does a time: of the nine dev
    times that modify a noun, seven size an act the lists miss ("his 17-year rule", "a one-year jail sentence"), two a
    thing ("a 12 day mission", bg_125); nor a sum, nor a count of runs, which a side scores ("shared a 181-run
    partnership", bg_132: run_event)."""
    unit = _sizing_unit(num, kind)
    if kind not in SIZING_KINDS or quantity == "duration" or run_event(num, quantity) or unit is None:
        return False
    sized = unit.head
    if unit.dep_ not in ("compound", "amod") or sized.pos_ != "NOUN" or sized.i < unit.i:
        return False
    return not any(verb_of(lemma(t)) or act_verb(lemma(t)) for t in sized.doc[unit.i + 1:sized.i + 1])


def _sizing_unit(num: Token, kind: str) -> Token | None:
    """The unit noun of a figure that may size the noun after it: the figure's own unit token ("the 300 metres
    freestyle") or the noun the number modifies ("a one page memo"); None when the number modifies no noun after
    it. A scale word ("20 mln shares") is no unit, and a unit sizes only a noun a determiner or possessor makes a
    thing ("the women's 300 metres freestyle", "its 19,000 tonne quota"; "exported 40,000 tonnes wheat", "produced 20
    mln tonne ore" are the amounts)."""
    if num.pos_ == "NOUN" and kind == MEASURE:
        return num if num.lower_ not in SCALE_WORDS and _determined(num.head) else None
    head = num.head
    return head if num.dep_ in ("nummod", "compound") and head.pos_ == "NOUN" and head.i > num.i else None


def _determined(noun: Token) -> bool:
    """Whether a determiner or a possessor opens `noun`'s phrase ("the womens 300 metres freestyle", "its ...
    quota")."""
    return any(t.dep_ in ("det", "poss") for t in noun.subtree if t.i < noun.i)
