"""An amount of goods: what a tonnage or a volume measures when a noun or verb of trade, stock or output names it
("residual fuel stocks fell 2.2 mln barrels to 37.9 mln barrels" -> stock; "limit total exports to 96,000
tonnes" -> export; "expected to produce 1,900 tonnes of tin" -> output), rather than the bare dimension ("mass",
"volume"), which pairs any two tonnages of a story."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

CLIMB = 6  # steps from the number up to the clause that states it ("fell by 3.4 mln barrels in the week ... to")
# Dependents a clause whose verb names no subject of its own hands up to the clause above ("and ... were up 3.2
# mln barrels", "expected to produce"), as the tree's other climbs do.
_SUBJECTLESS_LINKS = frozenset({"conj", "xcomp", "acl", "advcl", "relcl"})


def goods_amount(mention: Span) -> str:
    """The amount-of-goods noun (`vocab.GOODS_AMOUNT_NOUNS`) a tonnage or volume is stated of: the noun it is "of"
    or describes, or the subject of the verb that states it; the noun a producing verb names
    (`vocab.GOODS_AMOUNT_VERBS`); "" when the measure is of some other thing ("3.5 tonnes of equipment"). What the
    tonnage itself is "of" is the goods, never their amount ("40 tonnes of medical supplies")."""
    t = mention.root
    for _ in range(CLIMB):
        if t.head.i == t.i:
            return ""
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in words.TIME_LABELS:
            return lemma(t) if lemma(t) in vocab.GOODS_AMOUNT_NOUNS else ""  # "tonnes of equipment": not goods
        found = _stated_of(t) if t.pos_ in ("VERB", "AUX") else None
        if found is not None:
            return found
    return ""


def _stated_of(verb: Token) -> str | None:
    """What the clause of `verb` states a tonnage of: a producing verb's noun, its subject's amount noun ("" for a
    subject of another kind); None when it names no subject and hands the figure to the clause above."""
    if lemma(verb) in vocab.GOODS_AMOUNT_VERBS:
        return vocab.GOODS_AMOUNT_VERBS[lemma(verb)]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None if verb.dep_ in _SUBJECTLESS_LINKS else ""
    named = [n for s in subjects for n in (s, *s.conjuncts)]  # "The total of all crude ... and SPR stocks were"
    return next((lemma(n) for n in named if lemma(n) in vocab.GOODS_AMOUNT_NOUNS), "")
