"""A count that a verb of state carries, read as tests/gold/measures/GUIDE.md words it: E1 makes it `measured` ("the
list includes the 19 hijackers", "there are over 70 midwives"), whatever event word stands nearby, unless E4 applies:
a relative clause on the counted noun that says what happened to it gives its verb ("there were 20 people who died",
"the 300 workers who were laid off"). A clause that says what the counted did ("who sent funds", "that work in our
service") is no event of theirs, so the verb of state stands."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

# E1's verbs of state and of being, as lemmas (the guide's list, "stand at" left to the level verbs, E6's "involve"
# with them): no other level verb ("reach", "hit", "top"), which are acts when things do them.
STATE_CARRIERS: frozenset[str] = vocab.STATE_VERBS | frozenset({"be", "number", "total"})
ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "attr")  # how the counted noun phrase stands on its verb
COUNT_DEPS = ("nummod", "compound", "quantmod")  # how a number stands on the noun it counts
PASSIVE_DEPS = ("nsubjpass", "auxpass")  # a relative clause in the passive says what was done to its noun
OBJECT_DEPS = ("dobj", "ccomp", "xcomp")  # a relative clause with one of these says what its noun did to something
GET, HAVE = "get", "have"  # "have got": the perfect of "get" that says "have"


def counted_phrase(num: Token) -> Token:
    """The top of the counted noun phrase: the noun the number counts ("the 19 hijackers"), the first of a list of
    such phrases ("the 19 hijackers ..., as well as two men"), or the number itself."""
    t = num.head if num.dep_ in COUNT_DEPS and num.head.pos_ in ("NOUN", "PROPN") and num.head.i > num.i else num
    if t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ == "NOUN" and t.head.i > t.i:
        t = t.head  # "an 8 per cent pay increase"
    while t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN", "NUM"):
        t = t.head
    return t


def state_carrier(num: Token) -> Token | None:
    """The verb of state whose subject, object or predicate is the counted noun phrase ("includes the 19
    hijackers", "there are over 70 midwives", "12 helicopters are involved"); None for any other verb or none, or a
    verb of being that only carries an infinitive ("Eight people are to appear")."""
    phrase = counted_phrase(num)
    verb = phrase.head
    if phrase.dep_ not in ARGUMENT_DEPS or verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in STATE_CARRIERS:
        return None
    if any(c.dep_ in ("xcomp", "acomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in verb.children):
        return None  # "are to appear", "are expected to": the infinitive says what happens
    return verb


def happened_clause(noun: Token) -> Token | None:
    """The relative clause on `noun` that says what happened to it (E4): one in the passive ("who were laid off"),
    a participle with no object ("political prisoners detained", "two fires burning near Cessnock"), or one whose verb
    has no object and names a listed event ("who died"); None otherwise ("midwives that work in our service")."""
    for clause in (c for c in noun.rights if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"):
        deps = {c.dep_ for c in clause.children}
        if deps & set(OBJECT_DEPS):
            continue  # "who sent funds": what the counted did to something else
        if (clause.dep_ == "relcl" and deps & set(PASSIVE_DEPS)) or clause.dep_ == "acl" \
                or lemma(clause) in words.EVENT_FAMILIES:
            return clause
    return None


def _names_class(phrase: Token) -> bool:
    """A word of the counted phrase itself, its head or a word before it, names a listed event ("an 8 per cent pay
    increase", "40 dead"): E1 leaves such a count to that class."""
    own = [phrase, *(t for c in phrase.lefts for t in c.subtree)]
    return any(t.pos_ in ("NOUN", "ADJ") and (t.lower_ in words.EVENT_FAMILIES or lemma(t) in words.EVENT_FAMILIES)
               for t in own)


def stative_event(num: Token) -> Token | None:
    """The word that gives the event of a count a verb of state carries: E4's relative clause verb when one says
    what happened to the counted noun, else the verb of state itself (E1: `measured`); None when no verb of state
    carries the count."""
    verb = state_carrier(num)
    if verb is None:
        return None
    phrase = counted_phrase(num)
    if _names_class(phrase):
        return None
    predicate = next((c for c in verb.children if c.dep_ == "attr" and c is not phrase), None)
    told = happened_clause(phrase) or (happened_clause(predicate) if predicate is not None else None)
    return told or verb  # "5,266 respondents were political prisoners detained": detain


def possessive_have(verb: Token) -> bool:
    """ "We've got a million hours of overtime", "we have got 300 firefighters out there": "have got" with an object
    and no particle is "have", E1's verb of state, not an act of getting ("got on well", "has got to go" are none; the
    parser tags "got" after "'ve" either participle or past)."""
    if lemma(verb) != GET or verb.tag_ not in ("VBN", "VBD") \
            or not any(c.dep_ == "aux" and lemma(c) == HAVE for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ in ("prt", "xcomp") for c in verb.children)


def verb_lemma(verb: Token) -> str:
    """The lemma a verb says: "have" for a possessive "have got" (`possessive_have`), else its own lemma."""
    return HAVE if possessive_have(verb) else lemma(verb)
