"""A distance measured between two places spans them, so takes no place (tests/gold/measures/GUIDE.md, revision 2,
P1: "" when the figure spans places).

A distance followed by "from", "away from" or a direction "of"/"from" measures how far one place is from another
("820 km (510 miles) away from the regional capital" wn2004_056, "some 50 kilometers south of the Kashmiri summer
capital" bg_001, "about 130 kilometres upstream from Benares" bg_257, "Basra province, 330 miles south of Baghdad"
cor_009: the gold gives each ""); a length of the event itself keeps its place ("entered 400 metres into
Palestinian-controlled land" bg_044, "the 50 metres butterfly" bg_232).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsfigures.model import Figure

DISTANCE = "distance"
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|upstream|downstream|inland)"
# after the distance: an aside in brackets ("(510 miles)"), then how it is measured from another place
_FROM_PLACE = re.compile(rf"^\s*\)?\s*(?:\([^)]*\)\s*)?(?:away\s+from|from|{_DIRECTION}\s+(?:of|from))\b", re.I)


def between_places(f: Figure) -> bool:
    """`f` is a distance from one place to another ("50 kilometers south of Srinagar")."""
    if f.measure.quantity != DISTANCE:
        return False
    return _FROM_PLACE.match(_after(f)) is not None


def _after(f: Figure) -> str:
    """The words of the figure's sentence after the figure."""
    at = f.start - f.sentence_start
    if not f.sentence[at:].startswith(f.text):
        at = f.sentence.find(f.text)
    return f.sentence[at + len(f.text):] if at >= 0 else ""


def without_spans(figures: Sequence[Figure]) -> list[Figure]:
    """`figures`, each distance between two places without the place read for it (the place it is measured from,
    "Basra province, 330 miles south of Baghdad", is not where anything happened)."""
    return [replace(f, measure=replace(f.measure, place="")) if f.measure.place and between_places(f) else f
            for f in figures]
