"""The place a relative clause on the counted noun gives what it counts (stop 43; GUIDE revision 2, P1: the place the
sentence restricts the figure to), read late, when no reader of the figure's own phrases found one:

- the clause's own place: "one of two Palestinians who shot the settler dead on Sunday in the north of the Gaza
  Strip" (bg_267);
- one hop on, the place of what the clause acted on: "killed three Palestinian militants who attacked one of its
  armoured vehicles in the northern Gaza Strip" (bg_014).

A clause of speaking is not read ("12 men who told reporters in Kabul ..."): where something is said is not where
the counted were. Like own_place.py, the measure's place only: `Figure.place`, which keys metrics, is unchanged.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract.place import place_after
from newsfigures.extract.scene import SPEAKING_VERBS
from newsfigures.extract.tree import lemma

RELATIVE_DEPS = frozenset({"relcl"})
ACTED_ON_DEPS = frozenset({"dobj", "pobj"})  # what the clause acted on, and the noun after its "of" ("one of ...")


def relative_place(noun: Token | None, num: Token) -> str:
    """The place of a relative clause on the counted noun (or on the number that stands for it), or of what that
    clause acted on; "" for none."""
    counted = noun if noun is not None else num
    clauses = [c for c in counted.children if c.dep_ in RELATIVE_DEPS and c.pos_ in ("VERB", "AUX")
               and lemma(c) not in SPEAKING_VERBS | words.REPORTING_VERBS]
    return next((p for p in map(_clause_place, clauses) if p), "")


def _clause_place(verb: Token) -> str:
    """The place of `verb`'s own locative, else of the locative of what it acted on; "" for none."""
    return place_after(verb) or next((p for p in map(place_after, _acted_on(verb)) if p), None) or ""


def _acted_on(verb: Token) -> list[Token]:
    """What `verb` acted on: its object and, one "of" on, the noun it is part of ("one of its armoured vehicles")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [o for obj in objects for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ in ACTED_ON_DEPS]
