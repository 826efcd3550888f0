"""A match's place that the tagger names no place (GUIDE revision 2, P1: "a Test in Perth"; P4: a named venue): the
opening calls the match by its noun (`setting.MATCH_NOUNS`) and puts it at a proper name the recogniser labels an
organisation, a work of art or nothing, or writes a town's name before the noun:

- "on day four of the first cricket Test in Adelaide" (the tagger reads "Test in Adelaide" as a work of art);
- "the second cricket Test at the MCG" (an organisation);
- "after first day of Adelaide test match" (a headline's town compounded onto the match).

`setting.setting_of` reads only named places (GPE, LOC, FAC); this is read when it finds none, for match stories only,
so a venue is the setting only where the opening says the match is played there. A compounded name must be a place
by the gazetteer ("the Ashes Test", "the World Cup final" name no place); a name after "in" or "at" on the match noun
itself is taken as the venue unless the tagger reads it as a person, a people, a date, an event or a number.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfigures.extract.gazetteer import is_place
from newsfigures.extract.place_names import bare
from newsfigures.extract.setting import MATCH_NOUNS, Setting, setting_of

VENUE_PREPOSITIONS = frozenset({"in", "at"})  # "the Test in Adelaide", "the Test at the MCG"
NOT_VENUES = frozenset({"PERSON", "NORP", "DATE", "TIME", "EVENT", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                        "QUANTITY", "LAW", "LANGUAGE", "PRODUCT"})  # what no venue is


def match_setting(doc: Doc, offset: int = 0) -> Setting:
    """A match's setting: the named place `setting.setting_of` reads, else the venue `match_site` reads."""
    named = setting_of(doc, offset)
    return named if named.place else match_site(doc, offset)


def match_site(doc: Doc, offset: int = 0) -> Setting:
    """The venue the first sentence of `doc` that calls a match by its noun puts it at, with that sentence's start
    (+ `offset`); no place for none, or for two venues."""
    for sent in doc.sents:
        found = {name for t in sent if _match_noun(t) for name in _venues(t)}
        if found:
            return Setting(found.pop() if len(found) == 1 else "", offset + sent.start_char)
    return Setting()


def _match_noun(t: Token) -> bool:
    """`t` is a noun that calls a match."""
    return t.pos_ in ("NOUN", "PROPN") and t.lower_ in MATCH_NOUNS


def _venues(match: Token) -> list[str]:
    """The venues of the match noun `match`: a name after "in"/"at" on it, a town compounded onto it."""
    after = [o for p in match.children if p.dep_ == "prep" and p.lower_ in VENUE_PREPOSITIONS
             for o in p.children if o.dep_ == "pobj" and _venue_name(o)]
    before = [c for c in match.children if c.dep_ == "compound" and c.pos_ == "PROPN" and is_place(c)]
    return [_name(t) for t in after + before]


def _venue_name(t: Token) -> bool:
    """`t` is a capitalised proper noun no tagger label makes something other than a place."""
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in NOT_VENUES


def _name(t: Token) -> str:
    """The name `t` heads: the proper nouns compounded onto it, itself, and a possessive ending the parser split off
    it ("Adelaide Oval", "Lord's")."""
    run = [t]
    while run[0].i > 0 and (prev := t.doc[run[0].i - 1]).dep_ == "compound" and prev.head.i == t.i \
            and prev.pos_ == "PROPN":
        run.insert(0, prev)
    name = " ".join(w.text for w in run)
    ending = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return bare(name + ending.text if ending is not None and ending.dep_ == "case" and ending.head.i == t.i else name)
