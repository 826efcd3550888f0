"""A time that sizes a level, no act: "cut a key interest rate ... to a 40-year low of 1.75 per cent" (lee bg_170),
"slumped to a 52-week low". GUIDE E1: `measured` is "a measurement or level with no event"; nothing happened to the
40 years, whatever verb moves the rate ("cut ... to"). "low" and "high" are also verbs, so measure._nominal_event
read the level as the verb's own noun (other:low). Narrowed from a wider reading (every time on a noun that names
no act, "broadcast a five-minute simulcast", bg_174), which moved test figures' event class under their floors."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

SIZING_DEPS = ("nummod", "compound")  # "40" on "year" in "a 40-year low"
MODIFIER_DEPS = ("compound", "amod")  # "year" on "low"


def sized_level(num: Token) -> bool:
    """The time's unit stands before a level noun it sizes ("40-year" on "low")."""
    unit = num.head
    if num.dep_ not in SIZING_DEPS or unit.pos_ != "NOUN" or unit.i < num.i or unit.dep_ not in MODIFIER_DEPS:
        return False
    sized = unit.head
    return sized.pos_ == "NOUN" and sized.i > unit.i and lemma(sized) in vocab.LEVEL_NOUNS
