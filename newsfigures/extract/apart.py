"""A distance measured between two places takes the place the sentence locates the event in, not the two ends
(tests/gold/measures/GUIDE.md, revision 3, P5: "the boat sank 50 nautical miles off Eden" -> "Eden"): the place
named just before the distance, which the distance says where it lies ("Northfield province, 330 miles south of the
capital" -> Northfield; "at a border village some 50 kilometers south of the regional capital" -> the village), else
none: the place it is measured from is not where anything happened (a name the recogniser reads as no place,
an organisation or a person, keeps none).

A distance followed by "from", "away from" or a direction "of"/"from" measures how far one place is from another
("820 km (510 miles) away from the regional capital", "some 50 kilometers south of the summer
capital", "about 130 kilometres upstream from the holy city", "Northfield province, 330 miles south of the capital";
revision 3's gold gives each the place before it, P5); a length of the event itself keeps its place
("entered 400 metres into the disputed territory", "the 50 metres butterfly").

A figure its sentence says of a whole country or the world ("Nationally, house fires killed 120 people last year",
"Across the country, floods have killed more than 1,200") spans the places in it too: it takes no article's setting
(setting.py, scene.py), whatever one place the article's opening names.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsfigures.extract.gazetteer import PLACE_LABELS, candidate, is_place
from newsfigures.extract.place_names import DIRECTION_PATTERN, bare
from newsfigures.model import Figure

DISTANCE = "distance"
PLACE_REACH = 8  # words between the place a distance locates and the distance: a name, at most an aside between
SITE_LABELS = PLACE_LABELS | {"FAC"}
# after the distance: an aside in brackets ("(510 miles)"), then how it is measured from another place
_FROM_PLACE = re.compile(rf"^\s*\)?\s*(?:\([^)]*\)\s*)?(?:away\s+from|from|{DIRECTION_PATTERN}\s+(?:of|from))\b", re.I)


# a figure its sentence says of a whole country or the world spans the places in it (GUIDE P1: "" for a figure that
# spans places): "Nationally, house fires killed 120", "Across the country, floods have killed 1,200"
_WHOLE_COUNTRY = re.compile(r"\b(?:nationally|nationwide|countrywide|statewide|worldwide|globally"
                            r"|(?:across|around|throughout) the (?:country|nation|state|world|globe))\b", re.I)


def whole_country(f: Figure) -> bool:
    """`f`'s sentence says it of a whole country or the world ("nationally", "nationwide", "across the country")."""
    return _WHOLE_COUNTRY.search(f.sentence) is not None


def between_places(f: Figure) -> bool:
    """`f` is a distance from one place to another ("50 kilometers south of Srinagar")."""
    if f.measure.quantity != DISTANCE:
        return False
    return _FROM_PLACE.match(_after(f)) is not None


def _after(f: Figure) -> str:
    """The words of the figure's sentence after the figure."""
    at = _at(f)
    return f.sentence[at + len(f.text):] if at >= 0 else ""


def _before(f: Figure) -> str:
    """The words of the figure's sentence before the figure."""
    return f.sentence[:max(_at(f), 0)]


def _at(f: Figure) -> int:
    """Where the figure starts in its sentence (-1 when the sentence does not hold it)."""
    at = f.start - f.sentence_start
    return at if f.sentence[at:].startswith(f.text) else f.sentence.find(f.text)


def located_at(num: Token) -> str:
    """The place a distance between two places (`num`, its number) is said of, P5: the nearest place named in the
    PLACE_REACH words before it in its sentence ("in Northfield province, 330 miles south of the capital" ->
    Northfield); "" when none is."""
    for t in reversed(num.doc[max(num.sent.start, num.i - PLACE_REACH):num.i]):
        if t.pos_ == "PROPN" and is_place(t, SITE_LABELS):
            return bare(" ".join(w.text for w in candidate(t) if w.lower_ != "the" and w.tag_ != "POS"))
    return ""


def without_spans(figures: Sequence[Figure]) -> list[Figure]:
    """`figures`, each distance between two places without a place its sentence does not name before it (the place
    it is measured from, "330 miles south of the capital", or one given it afterwards, is not where anything
    happened)."""
    return [replace(f, measure=replace(f.measure, place="")) if f.measure.place and between_places(f)
            and f.measure.place not in _before(f) else f for f in figures]
