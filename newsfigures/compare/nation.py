"""A count placed in the country whose parts a story counts is the story's own count, as one with no place is.

A story told state by state ("20 people have died on New South Wales roads", "Seven people have died on Queensland
roads") reports its national total with no place ("The nation's road toll has risen to 37") or with the country's
name ("10 of the 26 deaths in Australia": holiday_road_toll_2001 bg_002, bg_021, bg_043). The country is a place the
story's other places lie in, at least `PARTS` of them, read from the extractor's table of places and their
countries (`extract.dimension.places_named`, which knows the dollar countries' places only: Australia, Canada, New
Zealand, the United States) or from a name that ends with the country's ("Western Australia", "South Australia";
also "South Sudan" in "Sudan", "West Virginia" in "Virginia", which no table corrects). All functions are pure.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsfigures.extract.dimension import places_named
from newsfigures.extract.measure_lexicon import PERIOD_ADJECTIVES, PERIOD_NOUNS

PARTS = 2  # at least this many other places of a story's counts lie in its country
# A rate per period is no story's count: "Tornadoes kill about 70 people in the United States each year" keeps its
# country (the GUIDE's per-period scopes daily / weekly / monthly / annual).
PERIODIC: frozenset[str] = frozenset(PERIOD_NOUNS.values()) | frozenset(PERIOD_ADJECTIVES.values())


def national_count(place: str, scope: str, countries: frozenset[str]) -> bool:
    """A count placed in one of the story's `countries` (`story_countries`) that is the story's own, no rate per
    period."""
    return place in countries and scope not in PERIODIC


def lies_in(place: str, country: str) -> bool:
    """`place` is a part of `country`: the table of places says so, or its name ends with the country's."""
    return place != country and country in _containers(place, frozenset({country}))


def story_countries(places: Iterable[str]) -> frozenset[str]:
    """The places among `places` (a story's places of counts) that at least PARTS of the others lie in; each place
    is read once, so a corpus of many places costs no table look-up per pair."""
    named = frozenset(p for p in places if p)
    parts = Counter(c for p in named for c in _containers(p, named) if c != p)
    return frozenset(c for c, n in parts.items() if n >= PARTS)


def _containers(place: str, named: frozenset[str]) -> set[str]:
    """The places of `named` that `place` lies in: the countries the table puts it in, and the names its own name
    ends with ("South Australia" in "Australia")."""
    words = place.split(" ")
    ends = {" ".join(words[k:]) for k in range(1, len(words))}
    return {c for c, n in places_named(place).items() if n > 0 and c in named} | (ends & named)
