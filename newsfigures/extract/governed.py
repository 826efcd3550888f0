"""The verb that governs a count as its direct object (tests/gold/measures/GUIDE.md revision 2, E2: "`other:<lemma>`
is ... the verb that governs the figure"): "lynched two Israeli soldiers", "launched two incursions" say their event
by that verb, whatever event word stands elsewhere in the sentence (event._nearest_event weighs the two)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

COMPLETING_DEPS = ("oprd", "acomp", "advmod")  # a word of the verb's clause that completes it ("shot dead")


def object_of(start: Token, verb: Token, word: Token) -> bool:
    """The counted things are the direct object of a verb of action ("lynched two Israeli soldiers", "launched two
    incursions"): that verb governs the figure and names its event (GUIDE revision 2, E2), not the event word `word`
    elsewhere in the sentence; unless a word of the verb's own clause completes it with a class ("shot dead"), the
    verb only states a level ("passing 80,000 people"), it is another verb's infinitive ("promised to deliver"), or
    `word` stands in the counted phrase itself ("measured a 0.8 per cent fall")."""
    if start.dep_ != "dobj" or start.head != verb or verb.dep_ == "xcomp" or lemma(verb) in vocab.STILL_VERBS:
        return False
    if word.left_edge.i >= start.left_edge.i and word.right_edge.i <= start.right_edge.i:
        return False
    return not any(c.dep_ in COMPLETING_DEPS and c.lower_ in words.EVENT_FAMILIES for c in verb.children)
