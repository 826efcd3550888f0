"""The place of a match result's numbers, read from the result's own clause: each side's number of a dash score and a
winning margin take the ground or town the clause plays the match at or in ("beat Wales 24-10 at Twickenham", "drew
1-1 with Hearts in Glasgow", "were beaten 5-3 by the Flames in Calgary", "a 3-0 win over Lazio at the Stadio
Maradona", "beat India by 184 runs at the MCG"). GUIDE revision 2, P1 (the place the sentence restricts the figure
to) and P4 (a named site where the counted event happened is its place: a venue).

The place readers of other figures look for a place on the number, its counted noun and the verb it is the subject or
object of (place.py, own_place.py), and take "at" only before a name the tagger labels a place or a building: a
score's numbers hang on the verb as an adverbial (or on each other), a margin's on "by", the place phrase often on a
side's name, and a ground is mostly tagged an organisation or nothing ("the MCG", "Murrayfield"). The dev gold gives
a match's figures its ground or town (cricket_aus_sa_2001 bg_118 "beaten South Africa by 246 runs": Adelaide Oval;
bg_047 MCG; bg_059 SCG; cricket_aus_nz_2001 bg_258, bg_275: Perth), which match_site.py reads from an opening; here
the result's own clause says it. "at" takes a venue as match_site.py does (a capitalised proper noun no tagger label
makes a person, a people, a date, an event or a number); "in" only a place the gazetteer knows ("in the Premier
League", "in the cup final" are no place).
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract.gazetteer import is_place
from newsfigures.extract.match_sides import result_anchor, result_sides, score_pair
from newsfigures.extract.match_site import venue_name
from newsfigures.extract.place import place_name_of
from newsfigures.extract.sport import win_margin

COUNTED_DEPS = frozenset({"nummod", "quantmod"})  # a margin's number on its noun ("by 184 runs")


def score_place(num: Token) -> str:
    """The ground or town the clause of the match result `num` is a number of (a side of a dash score, a winning
    margin) names with "at" or "in"; "" for any other number or a clause that names none."""
    return next((p for p in map(_venue_on, _result_heads(num)) if p), "")


def _result_heads(num: Token) -> list[Token]:
    """The words a result's place phrase hangs on: a margin's noun, the result noun ("win"), the verb, both sides."""
    pair = score_pair(num)
    if pair is None and not win_margin(num):
        return []
    first = pair[0] if pair is not None else num
    noun, verb = result_anchor(first)
    counted = first.head if first.dep_ in COUNTED_DEPS else None
    sides = (result_sides(first) or ()) if pair is not None else ()
    return [h for h in (counted, noun, verb, *sides) if h is not None]


def _venue_on(head: Token) -> str:
    """The venue after "at", or the known place after "in", that `head` governs; "" for none."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "in"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (venue_name(obj) if prep.lower_ == "at" else is_place(obj)):
                return place_name_of(obj)
    return ""
