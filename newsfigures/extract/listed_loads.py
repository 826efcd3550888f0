"""A load of goods listed after another, the verb left out ("requested licences to export 40,000 tonnes of feed
wheat, 32,500 tonnes of bread wheat, 375,000 tonnes of barley and 465,000 tonnes of maize"; "seized 12 kilograms of
heroin, 3 kilograms of cocaine"): the parser hangs the later items on the noun before them, so the verb that acted on
the first (GUIDE revision 2, E2) reaches none of the others, which would read as only measured (E1)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.measure_lexicon import GOODS_DIMENSIONS
from newsfigures.model import Measure

LIST_LINKS = frozenset({"conj", "appos"})  # how the parser hangs a list's later item on the one before it
STILL = frozenset({"measured", "said"})  # events that say nothing was done with the load


def listed_load_event(found: str, num: Token, dimension: str, before: Measure | None) -> str:
    """`found`, or the event of the load listed right before when `found` says only that it measures and the two
    are items of one list of loads."""
    if found != "measured" or before is None or dimension not in GOODS_DIMENSIONS or before.dimension != dimension:
        return found
    if before.event in STILL or not before.event:
        return found
    unit = num.head if num.dep_ in ("nummod", "compound") and num.head.pos_ == "NOUN" else num
    return before.event if unit.dep_ in LIST_LINKS else found
