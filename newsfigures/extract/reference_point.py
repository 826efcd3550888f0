"""A place named only as a reference point: which way or how far from it the story's place lies ("a new blaze near
Goulburn, south-west of Sydney", "Wollongong Hospital, south of Sydney", lee bg_000, bg_004; "some 50 kilometers south
of the Kashmiri summer capital Srinagar", bg_001; "Two fires burning near Cessnock, west of Newcastle", bg_008;
"820 km (510 miles) away from the regional capital of Porto Velho", wn2004_056). Such a name locates the place where
things happened; it is no second place of events, so the scene step (scene.py) does not count it against the
opening's one place (GUIDE P1). A direction with an article is a part of the place, not a reference point: "in the
south of France" names France's south."""
from __future__ import annotations

import re

from newsfigures.extract.place_names import DIRECTION_PATTERN

REACH = 80  # characters before a place name read for the phrase that makes it a reference point
_DISTANCE_UNIT = r"(?:km|kms|kilometres?|kilometers?|miles?)"
_ASIDE = r"(?:\([^()]*\)\s+)?"  # "820 km (510 miles) away from"
# up to four words between the phrase and the name ("the regional capital of"), none that starts a phrase of its own
_BETWEEN = r"(?:(?!(?:and|or|in|at|to|from|near|on|by|with|but)\s)[\w'’.-]+\s+){0,4}"
_WAY_FROM = rf"(?<!\bthe\s)(?<!\bfar\s)\b{DIRECTION_PATTERN}\s+(?:of|from)"  # not "the south of France"
_REFERENCE = re.compile(rf"(?:{_WAY_FROM}|\baway\s+from|\b{_DISTANCE_UNIT}\s+{_ASIDE}from)\s+{_BETWEEN}$",
                        re.IGNORECASE)


def reference_point(text: str, start: int) -> bool:
    """The place name at `start` of `text` is a reference point: a direction "of" or "from" it, or "away from" or a
    distance "from" it, with at most a few words of its own between ("south of the Kashmiri summer capital")."""
    return bool(_REFERENCE.search(text[max(0, start - REACH):start]))
