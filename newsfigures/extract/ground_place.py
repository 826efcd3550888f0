"""The place a stretch of ground names in the figure's own sentence where `place.place_of` reads no locative
preposition (stop 43; GUIDE revision 2, P1: the place the sentence restricts the figure to):

- a kind of place named "of" a place, on an event or an area of the clause: "Shelling of the city of Kharkiv
  killed three civilians" (stop-42 probe conflict_3), "flooding more districts of the historic city of Dresden as
  authorities scrambled to evacuate tens of thousands" (cor_046), and an area of a place ("districts of Dresden");
- a direction from a place written after a noun of the clause: "A wildfire north of Los Angeles has burned more
  than 12,000 hectares" (stop-42 probe disasters_3); not after a verb, where dev's one case has no place in the gold
  ("rescued more than 400 asylum seekers from an Indonesian ferry north of Christmas Island", cor_031);
- a direction from a place the figure's verb moves people "to": "Hundreds of people have been evacuated from small
  villages to the south and south-west of Sydney" (bg_048).

The words read are `place.reading_groups`' (the figure's own phrase, its verb, the clauses above with what they are
said of), nearest first. This is the measure's place only, like `place.incident_place`: `Figure.place`, which keys
metrics, is unchanged.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.gazetteer import is_place
from newsfigures.extract.place import is_actor, named_after, names_ground, place_name_of, reading_groups
from newsfigures.extract.place_names import DIRECTIONS
from newsfigures.extract.polity import PERSONAL

DIRECTION_DEPS = frozenset({"advmod", "npadvmod", "amod"})  # "a wildfire north of Los Angeles"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def ground_place(noun: Token | None, event_tok: Token | None, num: Token, quantity: str = "") -> str:
    """The place a kind of place, an area or a direction "of" a place names on the words the figure's place is read
    from, or on the subject of its own verb that names no actor ("Shelling of the city of Kharkiv killed three");
    "" for none, and for an age (`PERSONAL`: it describes a person, not an event, GUIDE's settled point)."""
    if quantity in PERSONAL:
        return ""
    groups = reading_groups(noun, event_tok, num)
    subjects = [c for h in groups[0] if h.pos_ in ("VERB", "AUX") for c in h.children
                if c.dep_ in SUBJECTS and not is_actor(c)]
    for group in (*groups, subjects):
        place = next((p for p in map(ground_of, group) if p), "")
        if place:
            return place
    return ""


def ground_of(head: Token) -> str:
    """The place `head` is said of through a kind of place ("shelling of the city of Kharkiv"), an area of a place
    ("districts of Dresden"), a direction after it ("a wildfire north of Los Angeles") or "to" a direction ("to the
    south of Sydney"); "" for none."""
    for c in head.children:
        if c.dep_ in DIRECTION_DEPS and c.lower_ in DIRECTIONS and head.pos_ in ("NOUN", "PROPN"):
            place = _of_place(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            place = _of_ground(head, _object(c))
        elif c.dep_ == "prep" and c.lower_ == "to":
            obj = _object(c)
            place = named_after(obj) or "" if obj is not None and obj.lower_ in DIRECTIONS else ""
        else:
            continue
        if place:
            return place
    return ""


def _of_ground(head: Token, obj: Token | None) -> str:
    """The place of "<head> of <obj>": a named kind of place ("the city of Kharkiv"), or a place when `head` is an
    area or direction of it ("districts of Dresden"); "" for none."""
    if obj is None:
        return ""
    if head.pos_ == "NOUN" and names_ground(head) and is_place(obj):
        return place_name_of(obj)
    return named_after(obj) or ""


def _of_place(direction: Token) -> str:
    """The place in "<direction> of <place>" ("north of Los Angeles"); "" for none."""
    obj = next((o for p in direction.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj"), None)
    return place_name_of(obj) if obj is not None and is_place(obj) else ""


def _object(prep: Token) -> Token | None:
    """The object of a preposition, None when it has none."""
    return next((o for o in prep.children if o.dep_ == "pobj"), None)
