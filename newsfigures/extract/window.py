"""GUIDE C3's window: a count over a stated window ("over the past two days", "in the past 24 hours", "destroyed
in three days") is `incremental`, the batch of that window, not a running total."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

# Prepositions that put a stretch of time around what a clause counts ("over the past two days", "in three days").
WINDOW_PREPOSITIONS = frozenset({"in", "over", "during", "within", "across", "throughout"})
# Units of a window just past: hours, days, nights and weeks; not months or years, which name calendar periods
# ("last year", "in the past 12 months" as a year's figure).
WINDOW_UNITS = frozenset({"hour", "hours", "day", "days", "night", "nights", "week", "weeks", "fortnight"})
RECENT_WORDS = frozenset({"past", "last"})  # "the past two days", "the last 48 hours"
PAST_TAGS = frozenset({"VBD", "VBN"})
LEVEL_MOVERS = words.CHANGE_VERBS | vocab.MOVE_VERBS  # "the toll rose to 40", "climbed to 40": a level reached


def counts_window(verb: Token, num: Token) -> bool:
    """The clause of `verb` counts `num` over a stated window: "the past"/"the last" N units, or, in a clause that
    tells what happened, "in"/"over" N units ("Twenty-two buildings have been destroyed or damaged by fire in
    three days"); a window still to come ("will be built in three days") is no batch of the past."""
    for t in verb.subtree:
        if t.dep_ != "pobj" or t.lower_ not in WINDOW_UNITS or t.head.lower_ not in WINDOW_PREPOSITIONS:
            continue
        if num in t.subtree:
            continue  # the window's own length
        recent = any(c.lower_ in RECENT_WORDS for c in t.children)
        stated = any(c.dep_ == "nummod" for c in t.children)
        if recent or (stated and _told(verb)):
            return True
    return False


def _told(verb: Token) -> bool:
    """`verb` tells what happened: a past tense or participle with no modal or "will" on it."""
    return verb.tag_ in PAST_TAGS and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def is_level_reached(num: Token) -> bool:
    """The figure is the level a verb of rising or falling moves a count to ("the toll rose to 40", "climbed to
    40"): a running total reached, not a batch, whatever window the clause states."""
    for t in num.ancestors:
        if t.dep_ == "prep" and t.lower_ == "to" and lemma(t.head) in LEVEL_MOVERS:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False
