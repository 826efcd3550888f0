"""A time that sizes a thing or a level, no act: "a 40-year low of 1.75 per cent" (rba_interest_rates_2001, lee
bg_170: "cut a key interest rate ... to a 40-year low"), "broadcast a five-minute simulcast" (radio centenary, lee
bg_174), "in the 40-minute tape" (bin_laden_video_2001, lee bg_200). GUIDE E1, as settled during the relabel: a
count whose noun names a thing ("a 40-minute tape") is `measured`, and so is a level with no event; nothing happened
to the time, whatever verb frames the noun ("cut ... to", "broadcast"). A noun that names an act, by its first
WordNet sense or as a verb's own noun ("a 24-hour strike", "his 17-year rule", "a 24-hour picket"), keeps E2's
reading (extract/sized_act.py, measure._nominal_event)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.nominal import verb_of
from newsfigures.extract.tree import lemma
from newsfigures.extract.word_senses import collective_noun, happening_noun

SIZING_DEPS = ("nummod", "compound")  # "40" on "year" in "a 40-year low"
MODIFIER_DEPS = ("compound", "amod")  # "year" on "low"


def sized_thing(num: Token) -> bool:
    """The time's unit stands before a noun it sizes ("40-year" on "low") and every noun from there to that noun
    names a thing or a level, none an act."""
    unit = num.head
    if num.dep_ not in SIZING_DEPS or unit.pos_ != "NOUN" or unit.i < num.i or unit.dep_ not in MODIFIER_DEPS:
        return False
    sized = unit.head
    if sized.pos_ != "NOUN" or sized.i < unit.i:
        return False
    nouns = [t for t in num.doc[unit.i + 1:sized.i + 1] if t.pos_ == "NOUN"]
    return bool(nouns) and not any(_names_act(lemma(t)) for t in nouns)


def _names_act(noun: str) -> bool:
    """The noun names an act or event: its first WordNet sense is one, or it is a verb's own noun ("rule", "picket",
    "advertisement"), unless it is a level ("low"); a group's noun a time sizes names the group's undertaking ("after
    a 12 day mission", lee bg_125, which the dev gold reads other:mission)."""
    if noun in vocab.LEVEL_NOUNS:
        return False
    return happening_noun(noun) or collective_noun(noun) or bool(verb_of(noun, True))
