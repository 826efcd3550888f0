"""The two or more named parties a figure's noun is "between": whose business, meetings or talks it counts ("business
between Brazil and Korea in 2004 will be US$3 billion", wn2004_016; "two secret meetings between Saudi royals and
leaders of al-Qa'ida", lee3 cor_006) — the guide's subject "of two bodies" (tests/gold/README.md)."""
from __future__ import annotations

from spacy.tokens import Token

from newsfigures.extract import measure_lexicon as vocab
from newsfigures.extract import sentcache
from newsfigures.extract.naming import entity_text, group_phrase
from newsfigures.extract.tree import lemma

# Links from a party's noun to the name of the body it belongs to ("leaders of al-Qa'ida").
MEMBER_OF = frozenset({"of", "from"})


def parties_between(num: Token, noun: Token | None) -> str:
    """The named parties, joined by "and", on the figure's own noun or, when the figure is what its clause's subject
    is ("business between X and Y will be $3 billion"), on that subject; "" unless every party is named (not "a 300
    vote difference between the initial and final tallies") or when the figure stands inside the "between" phrase."""
    for holder in _holders(num, noun):
        prep = next((c for c in holder.rights if c.dep_ == "prep" and c.lower_ == "between"), None)
        first = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if first is None or sentcache.is_ancestor(prep, num):
            continue
        names = [_party(t) for t in (first, *first.conjuncts)]
        if len(names) >= 2 and all(names):
            return " and ".join(names)
    return ""


def _holders(num: Token, noun: Token | None) -> list[Token]:
    """The nouns a "between" phrase may hang on: the figure's own noun, and the subject of the copula whose
    attribute the figure is."""
    phrase = noun if noun is not None and sentcache.is_ancestor(noun, num) else num
    out = [phrase] if phrase.pos_ in ("NOUN", "PROPN") else []
    verb = phrase.head
    if phrase.dep_ == "attr" and lemma(verb) == "be":
        out += [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return out


def _party(t: Token) -> str:
    """One party as the text names it: a name ("Brazil"), a group a nationality names ("Saudi royals"), or the body
    a group's members come from ("leaders of al-Qa'ida" -> al-Qa'ida); "" for a common noun."""
    if t.ent_type_ in vocab.OWNER_LABELS or t.pos_ == "PROPN":
        return entity_text(t)
    if t.tag_ == "NNS" and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in t.lefts):
        return group_phrase(t)
    for prep in (c for c in t.rights if c.dep_ == "prep" and c.lower_ in MEMBER_OF):
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if body is not None and (body.ent_type_ in ("ORG", "NORP", "GPE") or body.pos_ == "PROPN"):
            return entity_text(body)
    return ""
