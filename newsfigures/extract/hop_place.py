"""The place of the thing a figure's locative names, one hop on (GUIDE P1, the place the sentence restricts the
figure to; P4, a named site), read last, when no reader found a place in the figure's own phrases: "On the flood
frontline at a named lake, the water level peaked at just under 35m" -> the lake (cor_008); "killed in overnight
raids on a named coastal strip" -> the strip (a dev report of 2023-10-22); "destroying 23 rainforest trees in
a World Heritage Area on north Queensland's Herberton Range" -> Herberton Range (bg_190). The first locative's object
names no place of its own (a common noun, or a name the tagger makes no place), and no day or occasion.

Like own_place.py, the measure's place only: `Figure.place`, which keys metrics, is unchanged.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.gazetteer import is_place
from newsfigures.extract.implied_place import locative_heads
from newsfigures.extract.own_place import AT_LABELS
from newsfigures.extract.place import named_after, place_after, place_name_of

OUTER_PREPOSITIONS = frozenset({"in", "on", "at", "into", "during", "from"})  # where the figure's thing is
# a day or a named occasion is when, not a thing at a place: "As more than 100 blazes burn on New Year's Eve in New
# South Wales" (bg_000, tagged EVENT) is left to the readers of the clause (read, it split a gold metric group)
TIME_LABELS = frozenset({"DATE", "TIME", "EVENT"})
SITE_PREPOSITIONS = frozenset({"at", "on"})  # where that thing is, with a named place or site ("at Dongting Lake")


def hop_place(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The place the object of a locative on the figure's heads is at, on or in; "" for none."""
    objects = [o for h in locative_heads(noun, event_tok, num) for c in h.children
               if c.dep_ == "prep" and c.lower_ in OUTER_PREPOSITIONS for o in c.children
               if o.dep_ == "pobj" and not is_place(o) and o.ent_type_ not in AT_LABELS | TIME_LABELS]
    return next((p for p in map(_place_of_thing, objects) if p), "")


def _place_of_thing(obj: Token) -> str:
    """The named place or site "at"/"on" a thing, or its place by `place_after`, or the place it is named after
    ("seized at the port of Rotterdam", "fell near the village of Vinales": stop-37 probe); "" for none."""
    for c in obj.children:
        if c.dep_ != "prep" or c.lower_ not in SITE_PREPOSITIONS:
            continue
        site = next((o for o in c.children if o.dep_ == "pobj" and is_place(o, AT_LABELS, workplace=True)), None)
        if site is not None:
            return place_name_of(site)
    return place_after(obj) or named_after(obj) or ""
