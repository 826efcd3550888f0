"""GUIDE C1's sizes of a change that are not a per cent ("a per cent or any other size of a rise or fall is
`change`"): a measurement a verb of rising or falling takes as its object ("the water level peaked at just under
35m ..., then eased about 3cm during the day", dev-lee3 cor_008) and the size of a gap between two counts ("showed a
300 vote difference between the initial and final tallies", dev wn2004_086), the way "eight fewer than" already is
(Lee bg_002, holiday road toll; Lee bg_279 "9,500 fewer jobs")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

MOVE_OBJECT_DEPS = frozenset({"dobj", "npadvmod"})  # "rose 2 metres", "eased about 3cm": the size of the move
GAP_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})  # "a 300 vote difference"


def is_change_size(num: Token, mention: Span, noun: Token | None, dimension: str) -> bool:
    """The figure is the size of a move of a measured level or of a gap between two counts (C1)."""
    return moved_measure(num, mention, dimension) or is_gap_size(num, noun)


def moved_measure(num: Token, mention: Span, dimension: str) -> bool:
    """A measurement that is itself the object of a verb that moves a level ("rose 2 metres", "lost 8 kilograms"),
    not one that sizes another noun ("cut a 5-kilometre firebreak"), the level reached ("rose to 9 metres") or an
    amount of a substance ("the glacier loses 50 billion tonnes of ice a year": the ice lost, not a level moved)."""
    if dimension not in vocab.MOVED_MEASURE_DIMENSIONS:
        return False
    unit = num.head if num.dep_ == "nummod" and num.head in mention else num
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children):
        return False
    return unit.dep_ in MOVE_OBJECT_DEPS and unit.head.pos_ == "VERB" and lemma(unit.head) in vocab.MOVE_VERBS


def is_gap_size(num: Token, noun: Token | None) -> bool:
    """The count sizes a difference: its noun modifies a difference noun ("a 300 vote difference") or is the object
    of its "of" ("a difference of 150 votes")."""
    t = noun if noun is not None and num.head == noun else num
    if t.dep_ in GAP_MODIFIER_DEPS:
        return lemma(t.head) in vocab.DIFFERENCE_NOUNS
    return t.dep_ == "pobj" and t.head.lower_ == "of" and lemma(t.head.head) in vocab.DIFFERENCE_NOUNS
