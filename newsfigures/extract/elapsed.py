"""What a time span dates: "N years ago" said of a thing dates that thing ("the territory's vote for independence two
years ago", "a tree planted two years ago in memory of John Lennon"), whose duration-since the figure then is."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import lexicon as words
from newsfigures.extract.naming import group_phrase

# Adverbs whose measure phrase says how long before now something was ("two years ago"), not how long between two
# events ("three months after the attacks", "died 3 1/2 hours later"), whose owner the gold writes either way.
DATING_ADVERBS = frozenset({"ago"})
# Nouns that say when, as "for the first time two years ago" does: the phrase then dates the verb's event.
OCCASION_NOUNS = frozenset({"time", "occasion"})
TIME_LABELS = frozenset({"DATE", "TIME"})  # "in the same week two years ago": a date, not a thing


def dated_thing(num: Token) -> str:
    """The thing a "N <time> ago" phrase dates when it is said of a noun, or of a participle describing one ("the
    vote for independence two years ago", lee bg_169, East Timor's militia trial; "a tree planted two years ago in
    memory of John Lennon", lee2 bg_274, George Harrison's memorial): the noun with what follows it, up to a comma,
    without the time phrase; "" when the phrase dates a verb's event ("came to Australia 18 months ago": whose is
    the subject's, read from the clause), also through a noun that only says when ("for the first time two years
    ago", "in the same week two years ago")."""
    unit = num.head if num.dep_ == "nummod" else num
    adverb = unit.head
    if unit.dep_ != "npadvmod" or adverb.lower_ not in DATING_ADVERBS:
        return ""
    dated = adverb.head
    if dated.pos_ == "VERB" and dated.dep_ == "acl" and dated.tag_ in ("VBN", "VBD"):
        dated = dated.head  # "a tree planted two years ago": the tree
    if dated.pos_ != "NOUN" or dated.i > adverb.i or _says_when(dated):
        return ""
    return _phrase_after(dated, skip=adverb)


def _says_when(noun: Token) -> bool:
    """The noun names a time or an occasion, not a thing: a date or time entity, a unit of time, "time"."""
    return noun.ent_type_ in TIME_LABELS or noun.lower_ in words.DURATION_UNITS or noun.lower_ in OCCASION_NOUNS


def _phrase_after(noun: Token, skip: Token) -> str:
    """A noun as named with what follows it in its phrase, up to the first punctuation (not a hyphen inside a word:
    "the Gaza-Egypt border"), without `skip`'s phrase."""
    gone = {t.i for t in skip.subtree}
    kept = []
    for t in noun.doc[noun.i + 1:noun.right_edge.i + 1]:
        if t.is_punct and t.lower_ not in ("'s", "'") and not _inside_a_word(t):
            break
        if t.i not in gone:
            kept.append(t.text_with_ws)
    return " ".join([group_phrase(noun), *"".join(kept).split()])


def _inside_a_word(t: Token) -> bool:
    """A hyphen written with no space on either side ("Gaza-Egypt"), which joins one word."""
    return t.text == "-" and t.i > 0 and not t.whitespace_ and not t.doc[t.i - 1].whitespace_
