"""A casualty count that leaves its group out ("eight civilians dead and nine wounded", "24 civilians were killed and
15 injured"): a bare number whose only word is the casualty it suffered, joined to the figure before it, counts
more of that figure's group, so it is that group's (its subject)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract.tree import lemma

# How the parser hangs the casualty word on its bare number: "nine wounded" (amod), "15 injured in ..." (acl); or
# the number on the casualty verb of a gapped clause, "and 20 wounded when ..." (nsubj).
CASUALTY_ON_NUMBER = frozenset({"amod", "acl"})
NUMBER_ON_CASUALTY = frozenset({"nsubj", "nsubjpass"})


def gapped_casualty(num: Token, noun: Token | None) -> bool:
    """`num` counts no noun of its own, only the casualty word joined to it, and the two are a conjunct of what
    comes before ("... left eight civilians dead and nine wounded", lee3 cor_009; "At least 24 civilians were killed
    and 15 injured in weekend bombing raids", lee bg_200): the group is the one the figure before it names."""
    if noun is None or not (noun.lower_ in vocab.CASUALTY_QUANTITIES or lemma(noun) in vocab.CASUALTY_QUANTITIES):
        return False
    if noun.head == num and noun.dep_ in CASUALTY_ON_NUMBER:
        return num.dep_ == "conj"
    return num.head == noun and num.dep_ in NUMBER_ON_CASUALTY and noun.dep_ == "conj"
