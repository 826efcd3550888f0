"""An amount of goods: what a tonnage or a volume measures when a noun or verb of trade, stock or output names it
("residual fuel stocks fell 2.2 mln barrels to 37.9 mln barrels" -> stock; "limit total exports to 96,000
tonnes" -> export; "expected to produce 1,900 tonnes of tin" -> output), rather than the bare dimension ("mass",
"volume"), which pairs any two tonnages of a story."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.tree import lemma

CLIMB = 6  # steps from the number up to the clause that states it ("fell by 3.4 mln barrels in the week ... to")
# Dependents a clause whose verb names no subject of its own hands up to the clause above ("and ... were up 3.2
# mln barrels", "expected to produce"), as the tree's other climbs do.
_SUBJECTLESS_LINKS = frozenset({"conj", "xcomp", "acl", "advcl", "relcl"})


def goods_noun(mention: Span) -> Token | None:
    """The amount-of-goods noun (`vocab.GOODS_AMOUNT_NOUNS`) a tonnage or volume is stated of: the noun it is "of"
    or describes ("its quota of 7,000 tonnes"), or the subject of the verb that states it ("Brazil's soybean crop is
    estimated at 17 mln tonnes"); None when the measure is of some other thing ("3.5 tonnes of equipment"). What
    the tonnage itself is "of" is the goods, never their amount ("40 tonnes of medical supplies")."""
    found = _stating(mention)
    return found if found is not None and found.pos_ in ("NOUN", "PROPN") else None


def goods_amount(mention: Span) -> str:
    """The amount a tonnage or volume is (`goods_noun`'s lemma), or the noun a producing or trading verb names
    (`vocab.GOODS_AMOUNT_VERBS`: "expected to produce 1,900 tonnes of tin" -> output); "" when neither."""
    found = _stating(mention)
    if found is None:
        return ""
    return lemma(found) if found.pos_ in ("NOUN", "PROPN") else vocab.GOODS_AMOUNT_VERBS[lemma(found)]


def _stating(mention: Span) -> Token | None:
    """The amount noun or the producing verb that states the tonnage of `mention`, climbing from it; climbed once
    per mention, though both the counted noun and the quantity ask."""
    return sentcache.once(mention.doc, "goods", (mention.start, mention.end), lambda: _climb(mention))


def _climb(mention: Span) -> Token | None:
    """`_stating`'s climb: the mention's own verb first, then at most CLIMB steps up."""
    t = mention.root
    found = _stated_of(t) if t.pos_ in ("VERB", "AUX") else None  # "is estimated at 17 mln tonnes": its own verb
    if found is not None:
        return found or None
    for _ in range(CLIMB):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in words.TIME_LABELS:
            return t if lemma(t) in vocab.GOODS_AMOUNT_NOUNS else None  # "tonnes of equipment": not goods
        found = _stated_of(t) if t.pos_ in ("VERB", "AUX") else None
        if found is not None:
            return found or None
    return None


def _stated_of(verb: Token) -> Token | str | None:
    """What the clause of `verb` states a tonnage of: the verb itself when it produces or trades, its subject's
    amount noun ("" for a subject of another kind); None when it names no subject and hands the figure to the clause
    above."""
    if lemma(verb) in vocab.GOODS_AMOUNT_VERBS:
        return verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None if verb.dep_ in _SUBJECTLESS_LINKS else ""
    named = [n for s in subjects for n in (s, *s.conjuncts)]  # "The total of all crude ... and SPR stocks were"
    return next((n for n in named if lemma(n) in vocab.GOODS_AMOUNT_NOUNS), "")
