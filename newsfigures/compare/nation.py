"""A count placed in the country whose parts a story counts is the story's own count, as one with no place is.

A story told state by state ("20 people have died on New South Wales roads", "Seven people have died on Queensland
roads") reports its national total with no place ("The nation's road toll has risen to 37") or with the country's
name ("10 of the 26 deaths in Australia": holiday_road_toll_2001 bg_002, bg_021, bg_043). The country is a place the
story's other places lie in, at least `PARTS` of them, read from the extractor's table of places and their
countries (`extract.dimension.places_named`) or from a name that ends with the country's ("Western Australia",
"South Australia"). All functions are pure.
"""
from __future__ import annotations

from collections.abc import Iterable

from newsfigures.extract.dimension import places_named

PARTS = 2  # at least this many other places of a story's counts lie in its country


def lies_in(place: str, country: str) -> bool:
    """`place` is a part of `country`: the table of places says so, or its name ends with the country's."""
    return place != country and (places_named(place)[country] > 0 or place.endswith(f" {country}"))


def story_countries(places: Iterable[str]) -> frozenset[str]:
    """The places among `places` (a story's places of counts) that at least PARTS of the others lie in."""
    named = sorted({p for p in places if p})
    return frozenset(c for c in named if sum(lies_in(p, c) for p in named) >= PARTS)
