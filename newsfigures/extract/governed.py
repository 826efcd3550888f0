"""The verb that governs a count as its direct object (tests/gold/measures/GUIDE.md revision 2, E2: "`other:<lemma>`
is ... the verb that governs the figure"): "ambushed two army patrols", "launched two incursions" say their event
by that verb, whatever event word stands elsewhere in the sentence (event._nearest_event weighs the two)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

# a word of the verb's clause that completes it: "shot dead", "forced 3,000 people to flee"
COMPLETING_DEPS = ("oprd", "acomp", "advmod", "xcomp")
AS = "as"  # "listed 40 people as missing": the "as" phrase says what the counted are


def object_of(start: Token, verb: Token, word: Token) -> bool:
    """The counted things are the direct object of a verb of action ("ambushed two army patrols", "launched two
    incursions"): that verb governs the figure and names its event (GUIDE revision 2, E2), not the event word `word`
    elsewhere in the sentence; unless a word of the verb's own clause completes it with a class ("shot dead", "forced
    3,000 people to flee", "listed 40 people as missing"), the verb only states a level ("passing 80,000 people"), it
    is another verb's infinitive ("promised to deliver"), or `word` stands in the counted phrase itself ("measured a
    0.8 per cent fall")."""
    if start.dep_ != "dobj" or start.head != verb or verb.dep_ == "xcomp" or lemma(verb) in vocab.STILL_VERBS:
        return False
    if word.left_edge.i >= start.left_edge.i and word.right_edge.i <= start.right_edge.i:
        return False
    return not any(_names_event(c) for c in _completing(verb))


def state_object_verb(noun: Token | None, counted_lemma: str) -> Token | None:
    """ "Rescuers pulled 11 survivors", "pardoned 1,200 prisoners": a counted noun that names a state persons are
    in, of no listed event class (`survivor`, `prisoner`), as the direct object of a verb of action, has that verb
    as its event (GUIDE E2, the verb that governs the figure); a noun of a class ("evacuated 400 refugees":
    displaced), an outcome noun of no verb ("suffered 4,700 casualties") or a verb of state ("held 300 prisoners")
    keeps the noun's event."""
    family = words.EVENT_FAMILIES.get(words.EVENT_NOUN_VERB.get(counted_lemma, ""), "")
    if noun is None or noun.dep_ != "dobj" or not family or family in vocab.EVENT_CLASS_OF_FAMILY:
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or lemma(verb) in vocab.STILL_VERBS | words.FRAME_WORDS | words.REPORTING_VERBS:
        return None
    return verb


def _completing(verb: Token) -> list[Token]:
    """The words of the verb's clause that complete it ("shot dead", "forced ... to flee", "listed ... as missing")."""
    done = [c for c in verb.children if c.dep_ in COMPLETING_DEPS]
    return done + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == AS for g in c.children]


def _names_event(word: Token) -> bool:
    """The word, or its lemma, is an event word."""
    return word.lower_ in words.EVENT_FAMILIES or lemma(word) in words.EVENT_FAMILIES
