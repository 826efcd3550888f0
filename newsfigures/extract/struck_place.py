"""The place a natural disaster strikes, named as the object of its verb (GUIDE P1, where it happened; P2, several
places joined with "; "): "A magnitude 6.4 earthquake strikes southern Peru and Chile, killing eight people and
injuring 600 others" -> "Peru; Chile" for the magnitude and both counts (dev 2023-02-20_1 has this form); "as a
magnitude 7.8 earthquake strikes Arequipa Province, Peru" -> "Arequipa" for the magnitude (dev 2023-02-06_1), whose
sentence's other place ("killed in Peru and Chile") is the toll's. A figure is read when it is in the disaster's
own phrase or in a participle that tells what the strike did ("killing eight people"); not past any other verb.

Like own_place.py, the measure's place only: `Figure.place`, which keys metrics, is unchanged.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.gazetteer import is_place
from newsfigures.extract.own_place import ACT_PLACE_PREPOSITIONS
from newsfigures.extract.place import CLIMB, place_name_of
from newsfigures.extract.quake import QUAKE_NOUNS
from newsfigures.extract.tree import lemma

# Verbs a disaster does to a place it happens in ("strikes Peru", "hit the coast of Sumatra", "rocked Taiwan").
STRIKING_VERBS: frozenset[str] = frozenset({"strike", "hit", "rock", "jolt", "shake", "lash", "batter", "pound"})
# Disasters that happen in the place they strike: quakes, storms, waves, floods (not a rocket or a person that hits
# a target, whose place is the shooter's story).
DISASTER_NOUNS: frozenset[str] = QUAKE_NOUNS | frozenset({
    "storm", "cyclone", "typhoon", "hurricane", "tornado", "tsunami", "flood", "flooding", "blizzard", "landslide"})
_PARTICIPLE_LINKS = frozenset({"advcl", "conj"})  # "strikes X, killing eight people and injuring 600 others"


def struck_place(num: Token) -> str:
    """The place (or "; "-joined places) a disaster's verb names as its object, for a figure in the disaster's
    phrase or in a participle of that verb; "" for none."""
    t = num
    for _ in range(CLIMB):
        if t.head.i == t.i:
            return ""
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if lemma(t) in STRIKING_VERBS and _disaster_subject(t):
            return _object_places(t)
        if not (t.tag_ == "VBG" and t.dep_ in _PARTICIPLE_LINKS) or _placed(t):
            return ""
    return ""


def _placed(participle: Token) -> bool:
    """The participle names a place of its own ("killing 12 people in neighbouring South Korea"): its figures are
    there, not where the disaster struck."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ACT_PLACE_PREPOSITIONS and is_place(t)
               for t in participle.subtree)


def _disaster_subject(verb: Token) -> bool:
    """Whether the verb's subject is a disaster noun ("the cyclone", "a magnitude 6.4 earthquake", whose noun the
    parser may hang on the verb as a compound)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    words = subjects + [c for t in (verb, *subjects) for c in t.children if c.dep_ == "compound"]
    return bool(subjects) and any(lemma(w) in DISASTER_NOUNS for w in words)


def _object_places(verb: Token) -> str:
    """The named places the verb's object lists ("southern Peru and Chile" -> "Peru; Chile"); "" for
    none."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not is_place(obj):
        return ""
    places = [place_name_of(p) for p in (obj, *obj.conjuncts) if is_place(p)]
    return "; ".join(dict.fromkeys(places))
