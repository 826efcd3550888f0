"""The wire dateline as an article's scene (tests/gold/measures/GUIDE.md, revision 2, P1: the one place of an article
that reports events at one place, "as its title, dateline or opening names it"): "KABUL (Reuters) - A suicide bomber
killed 14 people at a wedding party in the east of the city" sets its figures in Kabul.

ingest reads the dateline ("KABUL (Reuters) -", "LAGOS, June 3 (AP) -") and leaves it at the head of the body; here
the same reading (`ingest.metadata.dateline_parts`) names its place. A dateline says where the reporter files from,
which is often not where the news happened ("MANILA (Reuters) - A ferry capsized off a central island"; "GENEVA -
the number displaced worldwide"; a bureau city's company results), so it is only a candidate: scene.py takes it
when the opening names no place in a locative of its own but places what happened in the city by its kind
(`ties_to_city`: "in the capital", "on the city's outskirts") and on no other ground ("off a central island", "in a
village"), and the whole article names no other place (scene.py's condition). A dateline the opening does not tie
the news to is not read: on the stop-37 probe it was a bureau's city ("FRANKFURT - The carmaker said it would cut
3,000 jobs", "LONDON - The unemployment rate rose to 4.4%") as often as the news's. The figures
that take it are the scene's (setting.with_setting: no company's accounts or market, no country's own figure, no
figure of the whole country or the world)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract.place import names_ground
from newsfigures.extract.setting import LOCATIVES
from newsfigures.ingest.metadata import dateline_parts

GROUND_PREPOSITIONS = LOCATIVES | words.PLACE_PREPOSITIONS  # what places an event on a ground in the opening


def dateline_at(text: str, start: int) -> str:
    """The place of the wire dateline the body opens with at `start` of `text` ("KABUL (Reuters) -" -> "Kabul"), or
    ""."""
    return dateline_parts(text[start:start + 200])[0]


def ties_to_city(sent: Span) -> bool:
    """`sent` places what happened in the dateline's city by its kind ("in the capital", "in the east of the
    city", "on the city's outskirts"), and on no other unnamed ground ("off a central island", "in a village")."""
    objects = [t for t in sent if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.head.lower_ in GROUND_PREPOSITIONS]
    tied = [t for t in objects if _of_the_city(t)]
    return bool(tied) and all(t in tied for t in objects if names_ground(t))


def _of_the_city(noun: Token) -> bool:
    """`noun` is "the city" / "the capital", or a part of one written onto it ("the city's outskirts", "the east of
    the city")."""
    if _the_city(noun):
        return True
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj"]
    return any(_the_city(o) for o in owners)


def _the_city(noun: Token) -> bool:
    """`noun` is a definite city anaphor with no word of its own but "the" and a possessive's "'s" ("the city", "the
    capital", "the city's"): "the Yemeni capital", "the capital of Yemen" name another city."""
    kids = [c for c in noun.children if c.dep_ != "case"]
    return noun.lemma_.lower() in words.CITY_ANAPHORS and [c.lower_ for c in kids] == ["the"]
