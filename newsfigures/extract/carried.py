"""Which verb carries a count, read as tests/gold/measures/GUIDE.md revision 2 words it: a count is `measured` when a
verb of state carries it "or no verb at all" (E1), so one that is the subject or the object of a verb of action is
that verb's figure however definite its noun phrase ("the two parties fight"); a verb that states a level of the
figure ("the toll reached 600") is an act its counted things do when they are its subject ("scores of police
approached his home")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.measure_classes import event_class
from newsfigures.extract.tree import lemma

ARGUMENTS = ("nsubj", "nsubjpass", "dobj")  # the counted noun phrase is what the verb is said of or done to
COUNT_DEPS = ("nummod", "compound", "amod", "quantmod")  # how a number stands on the noun it counts
# Verbs that carry a count without an event of their own: state and level (E1), framing, reporting, attitude.
NO_ACTION: frozenset[str] = vocab.STILL_VERBS | words.FRAME_WORDS | words.REPORTING_VERBS | words.ATTITUDE_VERBS
# E1's own verbs of being and amounting ("be", "number", "total"): no subject does them, whatever it counts.
COPULAS: frozenset[str] = frozenset({"be", "total", "amount", "number", "equal", "age"})
# Verbs read as a level or a frame when the figure is what they state ("the toll reached 600", "stands at 45", "is
# considered the best"), which counted things do when they are the verb's active subject: "scores of police
# approached his home" (mideast_dec_2001 bg_227), "Hundreds of fans stood vigil" (george_harrison_2001 bg_257),
# "At least three Democrats are considering splitting" (democrats_leadership_2002 cor_032).
SUBJECT_ACTS: frozenset[str] = (vocab.LEVEL_VERBS - COPULAS) | frozenset({"consider"})
LEVEL_PREPOSITIONS = ("at", "to")  # "stands at 45", "climbed to 600": the verb states a level


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


def subject_act(num: Token, noun: Token | None) -> Token | None:
    """The verb of `SUBJECT_ACTS` whose active subject is the figure ("scores of police approached") or the noun it
    counts ("three Democrats are considering"), unless a level stands in its "at"/"to" phrase; None otherwise."""
    for t in (num, noun):
        if t is None or t.dep_ != "nsubj" or t.head.pos_ != "VERB" or lemma(t.head) not in SUBJECT_ACTS:
            continue
        if t is noun and noun not in (num.head, num.head.head):
            continue  # a noun the number only borrows ("Of the 27 ...")
        if any(c.dep_ == "prep" and c.lower_ in LEVEL_PREPOSITIONS for c in t.head.children):
            return None
        return t.head
    return None


def own_act_class(num: Token, noun: Token | None, quantity: str, counted_lemma: str) -> str:
    """The event class of an act the counted things do, for a figure no event noun names: the verb of `subject_act`
    is its listed or WordNet class, else `other:<lemma>`, never `measured` or `said`; "" when there is none."""
    acting = subject_act(num, noun)
    if acting is None:
        return ""
    key = lemma(acting)
    found = event_class(key, quantity, counted_lemma)
    return f"other:{key}" if found in ("measured", "said") else found
