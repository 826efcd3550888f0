"""Which verb carries a count, read as tests/gold/measures/GUIDE.md revision 2 words it: a count is `measured` when a
verb of state carries it "or no verb at all" (E1), so one that is the subject or the object of a verb of action is
that verb's figure however definite its noun phrase ("the two parties fight", "merging the two parties")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

ARGUMENTS = ("nsubj", "nsubjpass", "dobj")  # the counted noun phrase is what the verb is said of or done to
COUNT_DEPS = ("nummod", "compound", "amod", "quantmod")  # how a number stands on the noun it counts
# Verbs that carry a count without an event of their own: state and level (E1), framing, reporting, attitude.
NO_ACTION: frozenset[str] = vocab.STILL_VERBS | words.FRAME_WORDS | words.REPORTING_VERBS | words.ATTITUDE_VERBS


def action_verb(num: Token) -> Token | None:
    """The verb of action whose subject or object is the counted noun phrase the number stands on; None when the
    phrase is no verb's argument (a preposition's object, an apposition), its verb is one of state, level,
    framing or reporting, or a participle the parser uses as a preposition ("following the M 7.7 earthquake")."""
    head = num.head
    if num.dep_ not in COUNT_DEPS or head.pos_ != "NOUN" or head.i < num.i:
        return None
    phrase = head.head if head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN" else head
    verb = phrase.head
    if phrase.dep_ not in ARGUMENTS or verb.pos_ != "VERB" or verb.dep_ == "prep" or lemma(verb) in NO_ACTION:
        return None
    return verb
