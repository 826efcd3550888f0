"""Reading spaCy's dependency tree: lemmas, distances between words, and the object of "of"."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from newsfigures.extract import lexicon as words
from newsfigures.extract import sentcache

MAX_DISTANCE = 5  # dependency hops beyond which a word is not about this number


# The plural of an upper-case abbreviation ("MPs", "MEPs", "CEOs", "IEDs"), which the lemmatizer leaves whole when
# it tags the word a singular noun ("14 MPs" -> "mps"): its singular is the abbreviation.
ABBREVIATION_PLURAL = re.compile(r"[A-Z]{2,}s")


def lemma(t: Token) -> str:
    """The lower-case lemma of `t`, with the lemmatizer's known mistakes fixed ("raped" -> "rape") and an
    abbreviation's plural made singular ("MPs" -> "mp")."""
    fixed = words.LEMMA_FIXES.get(t.lower_)
    if fixed is None and ABBREVIATION_PLURAL.fullmatch(t.text):
        fixed = t.text[:-1].lower()
    return fixed or (t.lemma_.lower() if t.lemma_ else t.text.lower())


def child(t: Token, deps: tuple[str, ...]) -> Token | None:
    """The first child of `t` whose dependency label is one of `deps` ("dobj", "nsubj", ...); None when none is."""
    return next((c for c in t.children if c.dep_ in deps), None)


def verb_over(t: Token) -> Token:
    """The first verb (or auxiliary) up the tree from `t`'s head: the sentence's root when none is."""
    verb = t.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def distance(a: Token, b: Token) -> int:
    """Hops between two tokens in the dependency tree (large when in different sentences)."""
    hops = within(a, b, len(a.doc))
    return 99 if hops is None else hops


def within(a: Token, b: Token, limit: int) -> int | None:
    """`distance(a, b)` when it is at most `limit`, else None; walks at most `limit` steps up from either token, so
    a deep tree (a sentence listing hundreds of items) costs no more than a shallow one."""
    doc = a.doc
    starts = sentcache.once(doc, "sentence_starts", 0, lambda: _sentence_starts(doc))
    if starts[a.i] != starts[b.i]:
        return None
    up_a: dict[int, int] = {}
    t = a
    for k in range(limit + 1):
        up_a[t.i] = k
        if t.head.i == t.i:
            break
        t = t.head
    t = b
    for k in range(limit + 1):
        if t.i in up_a:
            return up_a[t.i] + k if up_a[t.i] + k <= limit else None
        if t.head.i == t.i:
            break
        t = t.head
    return None


def _sentence_starts(doc: Doc) -> list[int]:
    """The index of the first token of each token's sentence."""
    out = [0] * len(doc)
    for sent in doc.sents:
        out[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
    return out


def of_object(noun: Token, span: Span) -> Token | None:
    """X in "<noun> of X" (or "among X"), unless X is the number itself."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in ("of", "among")), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return None if obj is None or obj in span or obj.like_num else obj


def standing_for(subject: Token) -> Token:
    """The noun a relative pronoun subject stands for, the head its clause modifies ("inflation, which fell to 3.8
    per cent"; "tank fire which killed the three gunmen"); any other subject as it is."""
    verb = subject.head
    return verb.head if subject.tag_ == "WDT" and verb.dep_ == "relcl" else subject
