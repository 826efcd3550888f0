"""Index points (tests/gold/measures/GUIDE.md: dimension `points`, "index points"; quantity `index_level`, "a stock
index or other index's level or change"): a number of points is an index's only when its sentence, or the one before
it, names an index or a market ("The Dow fell 200 points", "The sharemarket rose 40 points", "Stocks slid. The
benchmark lost 30 points"). Points a side scores, a goal is worth or a plan has name no index: they are counted as the
table's fallback reads any other noun, its head lemma "point" ("The goal was worth 3 points", "He scored 30 points")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsfigures.extract.measure_lexicon import MARKET_NOUNS, MARKET_PHRASES, MARKET_WORDS, SCORING_VERBS
from newsfigures.extract.pipeline import sentence_before
from newsfigures.extract.tree import lemma, verb_over

INDEX_LEVEL = "index_level"
INDEX_POS = frozenset({"NOUN", "PROPN"})  # an index is named by a noun, never by an adjective or a verb
CONTEXT_SENTENCES = 1  # the sentences before the figure's own that may name its index ("Stocks slid. It lost 30 points")


def index_points(num: Token) -> bool:
    """The figure's sentence or the one before it names a stock index or a market (see the module), and no verb of
    a side's result governs the points ("won by 12 points", "scored 20 points")."""
    if lemma(verb_over(num)).lower() in SCORING_VERBS:
        return False
    before = sentence_before(num.sent, CONTEXT_SENTENCES)
    return any(_names_market(sent) for sent in (num.sent, before) if sent is not None)


def _names_market(sent: Span) -> bool:
    """A word of the sentence names an index ("Dow", "index") or a market ("sharemarket", "stocks"), or its text
    holds a market's name of several words ("Wall Street")."""
    text = sent.text.lower()
    return any(_index_noun(t) or lemma(t).lower() in MARKET_WORDS
               or t.lower_ in MARKET_WORDS for t in sent) or any(p in text for p in MARKET_PHRASES)


def _index_noun(word: Token) -> bool:
    """A noun or name of an index ("Dow", "index", "Nifty"), not an adjective of the same letters ("the guard's nifty
    footwork ... 28 points", review40a)."""
    return word.pos_ in INDEX_POS and MARKET_NOUNS.get(lemma(word).lower()) == INDEX_LEVEL
