"""Owners a list names for its items: the name a figure's "for"/"with" phrase follows ("Stephen Jackson for 30
games, Ben Wallace for 6") and the name a verbless list item starts with ("base manager Bernhard Gafner four
months")."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.naming import entity_text

NOT_OWNERS = vocab.NUMERIC_LABELS


def named_before_preposition(num: Token, noun: Token | None) -> str:
    """ "Stephen Jackson for 30 games, Ben Wallace for 6", "South Korea with 13%": the name the figure's
    "for"/"with" phrase follows (a list that leaves the verb out)."""
    t = noun if sentcache.is_ancestor(noun, num) else num
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ not in ("for", "with") or prep.i == 0:
        return ""
    before = prep.doc[prep.i - 1]
    named = prep.head if prep.head.ent_type_ in vocab.OWNER_LABELS else before
    if named.ent_type_ not in vocab.OWNER_LABELS or named.pos_ != "PROPN" or named.dep_ in ("dobj", "pobj"):
        return ""  # "buy Sears for $11 billion": the thing bought is not whose the sum is
    return entity_text(named)


def list_item_name(num: Token) -> str:
    """The name an item of a verbless list starts with, the figures after it in the item being its ("Felix Oehler
    received five months ..., base manager Bernhard Gafner four months and 4,000 francs, and lead guide Bernhard
    Steuri three months", lee bg_168; the item form of "Stephen Jackson for 30 games, Ben Wallace for 6",
    wn2004_036): the last proper noun of the item, right before a number, with no verb in the item."""
    sent = num.sent
    start = min(num.i, num.left_edge.i)
    comma = next((t.i for t in reversed(num.doc[sent.start:start]) if t.text in (",", ";")), None)
    if comma is None:
        return ""
    item = list(num.doc[comma + 1:start])
    if any(t.pos_ in ("VERB", "AUX") for t in item):
        return ""
    name = next((t for t in reversed(item) if t.pos_ == "PROPN"), None)
    if name is None or name.ent_type_ in NOT_OWNERS or name.dep_ in ("dobj", "pobj"):
        return ""
    after = num.doc[name.i + 1]
    return entity_text(name) if after.like_num or after.i == start else ""
