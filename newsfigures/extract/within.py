"""Whether one named place lies within another, by WordNet 3.0's part-holonym chain (extract/data/place_within.txt,
written by scripts/build_place_within.py): "Beira" lies within Mozambique, "Los Angeles" within California, "Providence"
within Rhode Island. An article that names a place and the region or country it lies in names one place at two
scales, which scene.py's whole-article condition (GUIDE P1: "when the whole article reports events at one place")
reads as one; names compare through `word_senses.place_senses`, so "US" is "United States" and "Seville" "Sevilla"."""
from __future__ import annotations

import re
from functools import lru_cache

from newsfigures.extract.place_names import DIRECTIONS
from newsfigures.extract.word_senses import data_lines, same_place

_SIDE = "(?:(?:the )?(?:%s) )?" % "|".join(sorted(DIRECTIONS))  # "eastern ", "the north-west "


@lru_cache(maxsize=1)
def _containers() -> dict[str, tuple[str, ...]]:
    """Lower-cased place name -> the names of the places it lies within (read once; the file is package data)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in data_lines("place_within.txt"):
        name, *inside = line.split("\t")
        out[name.lower()] = tuple(inside)
    return out


def lies_within(name: str, region: str) -> bool:
    """`name` is a place WordNet puts inside `region` ("Beira" within "Mozambique"); False for the same place, for
    a name or region no table knows, and for a place beside the region rather than inside it."""
    return any(same_place(c, region) for c in containers(name))


def containers(name: str) -> tuple[str, ...]:
    """The names of the places WordNet puts `name` inside ("Bucharest" -> Romania, ...); () for a name it does not
    place."""
    return _containers().get(name.lower(), ())


def stated_within(name: str, region: str, text: str) -> bool:
    """`text` says `name` lies in `region` where WordNet does not know it: "near Sambalpur in eastern India",
    "Kramatorsk, in eastern Ukraine" ("X in Y"), "in Peru's Huancavelica region" ("Y's X"); names as the text
    writes them, whole words, case kept (a list, "France and Germany", states no containment)."""
    if not name.strip() or not region.strip() or name == region:
        return False
    x, y = re.escape(name), re.escape(region)
    pattern = rf"(?<![\w-]){x},? in {_SIDE}{y}(?![\w-])|(?<![\w-]){y}['’]s {_SIDE}{x}(?![\w-])"
    return re.search(pattern, text) is not None
