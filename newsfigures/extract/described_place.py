"""The place a restrictive clause on the figure's counted noun, or on the act it happened in, names (GUIDE P1: the
place the sentence restricts the figure to; P4: an unnamed site gives its town), read last, when no reader found a
place in the figure's own phrases. A clause written without a comma restricts the noun it describes, so its place
restricts the figure: "The Israeli army has killed three Palestinian militants who attacked one of its armoured
vehicles in the northern Gaza Strip" (lee bg_014), "one of two Palestinians who shot the settler dead on Sunday in
the north of the Gaza Strip" (lee bg_267, another story), "the more than 220 people killed in a fire that's destroyed
part of downtown Lima" (lee bg_011, a third).

Only a clause that tells an act: its verb takes an object or is passive ("who robbed a bank in Leeds", "who had been
trapped underground at Soma"); an intransitive one tells as often a background of the people counted as the
counted event ("two players who had starred in Brazil", stop 40's probe), and is not read. A clause set off by a
comma adds, not restricts ("The 300 nurses, who trained in Manila,"); a speaking verb's place is the speaker's; an
origin ("from X") is no place of the act. Like own_place.py, the measure's place only: `Figure.place` is unchanged.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract.gazetteer import is_place
from newsfigures.extract.implied_place import locative_heads
from newsfigures.extract.own_place import AT_LABELS
from newsfigures.extract.place import named_after, place_after, place_name_of
from newsfigures.extract.scene import SPEAKING_VERBS
from newsfigures.extract.tree import lemma

DESCRIBING_CLAUSES = frozenset({"relcl"})  # a relative clause on the noun it restricts
ACT_NOUN_PREPOSITIONS = frozenset({"in", "by"})  # the act a figure happened in or was done by ("killed in a fire")
# the phrases of the clause whose object may be named after or sit in a place; not "from" (an origin)
CLAUSE_PREPOSITIONS = words.PLACE_PREPOSITIONS | {"at", "to", "after", "during"}
PASSIVE = frozenset({"nsubjpass", "auxpass"})


def described_place(noun: Token | None, event_tok: Token | None, num: Token) -> str:
    """The place a restrictive act clause on the figure's counted noun or act noun names; "" for none."""
    clauses = [c for d in _described(noun, event_tok, num) for c in d.children
               if c.dep_ in DESCRIBING_CLAUSES and _restrictive(c) and _tells_act(c)]
    return next((p for p in map(_clause_place, clauses) if p), "")


def _described(noun: Token | None, event_tok: Token | None, num: Token) -> list[Token]:
    """The counted noun and the act nouns the figure's verb names with "in" or as its agent ("died in a fire")."""
    verbs = [h for h in locative_heads(noun, event_tok, num) if h.pos_ in ("VERB", "AUX")]
    acts = [o for v in verbs for c in v.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ACT_NOUN_PREPOSITIONS
            for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return list(dict.fromkeys(([noun] if noun is not None else []) + acts))


def _restrictive(clause: Token) -> bool:
    """The clause is written without a comma before it (it restricts its noun rather than adding to it)."""
    start = clause.left_edge.i
    return start == 0 or clause.doc[start - 1].text != ","


def _tells_act(clause: Token) -> bool:
    """The clause's verb takes an object or is passive, and is no speaking or reporting verb."""
    key = lemma(clause)
    return (key not in SPEAKING_VERBS and key not in words.REPORTING_VERBS
            and any(c.dep_ == "dobj" or c.dep_ in PASSIVE for c in clause.children))


def _clause_place(verb: Token) -> str:
    """The place on the clause's verb, or on its object or a phrase's object, or the place such an object is or is
    a part of ("destroyed part of downtown Lima"); "" for none."""
    for head in [verb, *_clause_objects(verb)]:
        if head.dep_ == "pobj" and is_place(head, AT_LABELS):
            return place_name_of(head)
        place = _site_at(head) or place_after(head) or (named_after(head) if head is not verb else None)
        if place:
            return place
    return ""


def _clause_objects(verb: Token) -> list[Token]:
    """The clause's object, the whole it is a part of ("part of X"), and the objects of its place phrases."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for d in list(objects) for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children if o.dep_ == "pobj"]
    return objects + [o for c in verb.children if c.dep_ == "prep" and c.lower_ in CLAUSE_PREPOSITIONS
                      for o in c.children if o.dep_ == "pobj"]


def _site_at(head: Token) -> str:
    """The named place or site "at" `head` ("trapped underground at Soma"); "" for none."""
    return next((place_name_of(o) for c in head.children if c.dep_ == "prep" and c.lower_ == "at"
                 for o in c.children if o.dep_ == "pobj" and is_place(o, AT_LABELS, workplace=True)), "")
