"""What a count of a part counts when its whole, told before it, is a pronoun or a bare participle, which name no
noun ("Of those killed, 45 were in one village", "Of those detained, 12 have been charged", "Of those, 140 were
children"): the outcome the participle names, persons for another participle ("those" with a participle is people),
else the plural noun the sentence before names last; and what happened to a verbless part of a pronoun whole
("21 people dying, 14 of them Australians"): what happened to the figure before it."""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import sentcache
from newsfigures.extract.context import ArticleContext
from newsfigures.extract.pipeline import sentence_before
from newsfigures.extract.tree import lemma, of_object

PART_WHOLES = frozenset({"those", "these", "them", "the"})  # "Of those, N", "N of them", "Of the wounded, N"
ANAPHORIC_WHOLES = frozenset({"those", "these", "them"})  # stand for a noun named before
NAMELESS = frozenset({"GPE", "ORG", "NORP", "PERSON", "DATE", "TIME"})  # a name is no plural thing counted


def fronted_whole(num: Token) -> Token | None:
    """X of "Of X, N were ...": the whole a count's clause opens with, when the count is that clause's subject."""
    if num.dep_ not in ("nsubj", "nsubjpass"):
        return None
    opening = (*num.lefts, *num.head.children)  # the parser hangs "Of those" on the count or on its verb
    of = next((c for c in opening if c.dep_ == "prep" and c.lower_ == "of" and c.i < num.i), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def participle_of(whole: Token) -> Token | None:
    """The participle or adjective that says who a whole of PART_WHOLES is ("those killed", "the wounded")."""
    if whole.lower_ not in PART_WHOLES:
        return None
    return next((c for c in whole.children if c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "JJ")), None)


def plural_named_before(whole: Token) -> Token | None:
    """The plural noun the sentence before a "those"/"them" whole names last, past names, times and measure units."""
    if whole.lower_ not in ANAPHORIC_WHOLES:
        return None
    sent = sentence_before(whole.sent, 1)
    if sent is None:
        return None
    units = {(m.start, m.end) for m in (sent.doc._.numbers or ())}
    for t in reversed(list(sent)):
        in_figure = any(s <= t.idx < e for s, e in units)
        if t.tag_ in ("NNS", "NNPS") and t.ent_type_ not in NAMELESS and not in_figure \
                and lemma(t) not in words.DURATION_UNITS:
            return t
    return None


def two_wholes_before(whole: Token) -> bool:
    """The sentence before a "those"/"them" whole counts two kinds of thing ("Police arrested 30 protesters and
    seized 12 vehicles. Of those, 14 ..."): either may be the whole, so the count names none (stop 38 review)."""
    sent = sentence_before(whole.sent, 1) if whole.lower_ in ANAPHORIC_WHOLES else None
    return sent is not None and len(_counted_plurals(sent)) > 1


def _counted_plurals(sent: Span) -> set[str]:
    """The plural nouns a number counts in `sent` ("30 protesters", "12 vehicles"), as lemmas."""
    return {lemma(t) for t in sent if t.tag_ in ("NNS", "NNPS") and lemma(t) not in words.DURATION_UNITS
            and any(c.dep_ == "nummod" for c in t.children)}


def verbless_part_event(num: Token, ctx: ArticleContext) -> str:
    """ "ended with 21 people dying, 14 of them Australians", "killed 30 people, 12 of them children": a part of a
    pronoun whole with no verb of its own is a part of the figure told before it in its sentence, and what
    happened to that figure happened to it, whatever verb the parser hangs the phrase under; "" otherwise ("40 of
    them were released" says its own)."""
    whole = of_object(num, num.doc[num.i:num.i + 1])
    if whole is None or whole.lower_ not in ANAPHORIC_WHOLES or num.head.pos_ in ("VERB", "AUX"):
        return ""
    prev = ctx.figures[-1] if ctx.figures else None
    if prev is None or prev.sentence != sentcache.sentence_text(num):
        return ""
    return prev.event
