"""The verb whose direct object is the counted noun phrase gives the figure's event (tests/gold/measures/GUIDE.md
E2: "the verb that governs the figure"; E5: "they held two days of talks" -> `other:hold`) where an `other:` event
was read from another word: "have reached $221bn distributed to 185 nations" is no distribution (wn2004_021),
"considering a $10 levy" no response told in another clause (lee bg_165), "ended two days of talks" no talk (the
stop-42 wire probe's EVENT_VERB). Only the word changes, `other:` for `other:`: a verb whose class is listed was
measured giving it and fell a held-out floor (stop 43). A listed class stays ("received 62 per cent of the vote":
won), and so do the counted noun's own word ("lift a four-year ban": ban), casualties, a measurement, a verb of
state or level (E1) and a reporting verb."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.measure_classes import event_class
from newsfigures.extract.stative import counted_phrase, verb_lemma

KEPT_VERBS: frozenset[str] = vocab.STILL_VERBS | words.REPORTING_VERBS | frozenset({"be", "get"})
OWN_WORD_DEPS = ("compound", "amod", "nmod", "nummod")  # "a 5 per cent pay rise", "a 5 game suspension"


def object_verb(num: Token) -> Token | None:
    """The verb of action whose direct object is the counted noun phrase; None for any other."""
    phrase = counted_phrase(num)
    verb = phrase.head
    if phrase.dep_ != "dobj" or verb.pos_ != "VERB" or verb_lemma(verb) in KEPT_VERBS:
        return None
    return verb


def _own_word(event_tok: Token | None, event: str, phrase: Token) -> bool:
    """The event was read from the counted noun itself or a word on it before it ("a 5 per cent rise", "lift a
    four-year ban": ban)."""
    own = [phrase] + [t for t in phrase.lefts if t.dep_ in OWN_WORD_DEPS]
    return event_tok in own or event in {f"other:{t.lemma_.lower()}" for t in own}


def object_event(event: str, num: Token, event_tok: Token | None, quantity: str, counted: str) -> str:
    """`event`, or the `other:` word of the verb whose direct object the figure is when an `other:` event was read
    from another word of the sentence or from an act noun in the counted noun's "of" phrase (E5); never a class."""
    if not event.startswith("other:") or quantity in vocab.CASUALTY_EVENTS or event_tok is None:
        return event  # a class ("received 88.93% of the vote": won) or a measurement (E1) stays
    verb = object_verb(num)
    if verb is None or _own_word(event_tok, event, counted_phrase(num)):
        return event
    found = event_class(verb_lemma(verb), quantity, counted)
    return found if found.startswith("other:") else event  # E2's wording only: a verb's class, or a measurement
    # ("burned 800 hectares"), is none of its evidence
