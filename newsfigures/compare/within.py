"""Counts in a place that lies within another place of the story (`compare.nesting`): read against the larger place.

A count in a smaller place far below running totals other articles reported earlier for the larger one is a part of
them, one incident or period there, as `compare.parts` reads a count of one place: "at least 90 killed in Jabalia"
beside Gaza's tolls of 20,000 is one strike of the war in Gaza, not a rival total. Two groups of batches whose places
nest are then one series of incidents (`compare.clusters`), while two running totals whose places nest stay two
metrics (the toll of Aceh is not Indonesia's), and so do two places neither of which lies in the other (two towns of
one country, each with its own toll). All functions are pure.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from newsfigures.compare.lexicon import CUMULATIVE_FAMILIES, PART_RATIO
from newsfigures.compare.nesting import Nesting, place_key
from newsfigures.compare.parts import PART_EVIDENCE
from newsfigures.model import Figure

if TYPE_CHECKING:
    from newsfigures.compare.metrics import Reading


def _total_like(f: Figure, r: "Reading") -> bool:
    """A count a running total may be made of, or be: a casualty-like family, no batch, no projection, no unit."""
    return r.family in CUMULATIVE_FAMILIES and not r.incremental and not r.projected and not r.unit


def _earlier(when: str, than: str) -> bool:
    """A date before another that does not hold it ("2024-10" does not come before "2024-10-02")."""
    return when < than and not than.startswith(when)


def _larger_earlier(f: Figure, totals: list[Figure]) -> int:
    """How many other articles gave, for a date before `f`'s, a total at least 1/PART_RATIO times `f`."""
    size = f.high if f.high is not None else f.value
    return len({t.article_id for t in totals if t.article_id != f.article_id and t.value * PART_RATIO >= size
                and _earlier(t.as_of, f.as_of)})


def mark_parts_within(readings: list[tuple[Figure, "Reading"]], nesting: Nesting) -> list[tuple[Figure, "Reading"]]:
    """A dated count in a place `nesting` puts within another, far below the larger place's running totals of the
    same subject and family that at least PART_EVIDENCE other articles reported earlier, is a part of them."""
    if not nesting.within:
        return readings
    totals: dict[tuple[str, str, str], list[Figure]] = defaultdict(list)  # (subject, family, place_key)
    for f, r in readings:
        if _total_like(f, r) and f.as_of and not f.is_past and r.place:
            totals[(r.subject, r.family, place_key(r.place))].append(f)
    out = list(readings)
    for n, (f, r) in enumerate(readings):
        if not (_total_like(f, r) and f.as_of and r.place):
            continue
        larger = [t for broad in nesting.broader(r.place) for t in totals.get((r.subject, r.family, broad), ())]
        if larger and _larger_earlier(f, larger) >= PART_EVIDENCE:
            out[n] = (f, replace(r, incremental=True))
    return out
