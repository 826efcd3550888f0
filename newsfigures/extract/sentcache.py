"""Per-sentence facts computed once per parsed Doc, so that a sentence of N figures is not scanned N times.

The cache lives in the Doc's own `user_data` (it goes away with the Doc, at the end of one article read);
nothing is kept at module level.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

T = TypeVar("T")
_KEY = "newsfigures.sentcache"


def once(doc: Doc, kind: str, key: object, build: Callable[[], T]) -> T:
    """`build()` the first time (kind, key) is asked of `doc`, the stored result afterwards."""
    store = doc.user_data.setdefault(_KEY, {})
    slot = (kind, key)
    if slot not in store:
        store[slot] = build()
    return store[slot]


def verbs_above(token: Token) -> Iterator[tuple[Token, Token]]:
    """The verbs above `token`, nearest first, each with the token right under it on the way up: `token.ancestors`
    restricted to verbs in O(1) a step. The parser hangs each item of a list on the item before it, so the k-th of
    N items has k ancestors, and a walk up from every figure of one long list costs N squared; each token's next
    verb up is found once per Doc instead."""
    doc = token.doc
    up = once(doc, "verbs_above", 0, lambda: _up_values(doc, _next_verb))
    step = up[token.i]
    while step is not None:
        verb, below = step
        yield doc[verb], doc[below]
        step = up[verb]


def any_above(token: Token, test: Callable[[Token], bool]) -> bool:
    """Whether `test` holds of an ancestor of `token` (`any(test(t) for t in token.ancestors)`), read off a table of
    every token of the Doc made once per test, for a list's long chains of ancestors (`verbs_above`)."""
    doc = token.doc
    table = once(doc, "any_above", test, lambda: _up_values(doc, lambda t, above: test(t.head) or above))
    return bool(table[token.i])


def above_where(token: Token, test: Callable[[Token], bool]) -> Iterator[Token]:
    """The ancestors of `token` of which `test` holds, nearest first (`(t for t in token.ancestors if test(t))`), each
    found in one step from a table of every token's nearest such ancestor made once per Doc and test
    (`verbs_above`); `test` should be a module-level function, the table's key."""
    doc = token.doc
    up = once(doc, "above_where", test, lambda: _up_values(doc, lambda t, above: t.head.i if test(t.head) else above))
    i = up[token.i]
    while i is not None:
        yield doc[i]
        i = up[i]


def is_ancestor(above: Token | None, token: Token) -> bool:
    """Whether `above` is an ancestor of `token` (`above in token.ancestors`, False for None), in O(1) from the order
    in which a walk down the Doc's trees enters each token: the tokens under a token are entered right after it."""
    if above is None:
        return False
    doc = token.doc
    enter, size = once(doc, "tree_order", 0, lambda: _tree_order(doc))
    return enter[above.i] < enter[token.i] < enter[above.i] + size[above.i]


def _tree_order(doc: Doc) -> tuple[list[int], list[int]]:
    """For each token, when a walk down every tree of `doc` (children in order) enters it, and how many tokens its
    subtree holds (itself included)."""
    kids: list[list[int]] = [[] for _ in doc]
    roots = []
    for t in doc:
        (roots if t.head.i == t.i else kids[t.head.i]).append(t.i)
    enter, size = [0] * len(doc), [1] * len(doc)
    order = []
    todo = roots[::-1]
    while todo:
        i = todo.pop()
        enter[i] = len(order)
        order.append(i)
        todo.extend(kids[i][::-1])
    for i in reversed(order):
        if doc[i].head.i != i:
            size[doc[i].head.i] += size[i]
    return enter, size


def _next_verb(t: Token, above: tuple[int, int] | None) -> tuple[int, int] | None:
    """The nearest verb above `t` and the token under it, from the same of `t`'s head (`above`)."""
    return (t.head.i, t.i) if t.head.pos_ in ("VERB", "AUX") else above


def _up_values(doc: Doc, value: Callable[[Token, T | None], T | None]) -> list[T | None]:
    """Token index -> `value(token, value of its head)`, None at a root: each token's value made once, from the
    root down."""
    out: list[T | None] = [None] * len(doc)
    done = [t.head.i == t.i for t in doc]
    for t in doc:
        path = []
        while not done[t.i]:
            path.append(t)
            t = t.head
        for w in reversed(path):
            out[w.i] = value(w, out[w.head.i])
            done[w.i] = True
    return out


def _entity_index(doc: Doc) -> tuple[list[Span], list[int], list[int]]:
    """The Doc's named entities in order, with their first token indices and their end character offsets (both
    ascending: spaCy's entities never overlap)."""
    def build() -> tuple[list[Span], list[int], list[int]]:
        ents = list(doc.ents)
        return ents, [e.start for e in ents], [e.end_char for e in ents]
    return once(doc, "entity_index", 0, build)


def entities_overlapping(doc: Doc, start_char: int, end_char: int) -> list[Span]:
    """The named entities of `doc` that overlap characters [start_char, end_char), found by bisection rather than
    a scan of all of them (a sentence of thousands of numbers has thousands of entities)."""
    ents, _, ends = _entity_index(doc)
    out = []
    for ent in ents[bisect_right(ends, start_char):]:
        if ent.start_char >= end_char:
            break
        out.append(ent)
    return out


def entity_of(token: Token) -> Span | None:
    """The named entity `token` belongs to, or None."""
    ents, starts, _ = _entity_index(token.doc)
    i = bisect_right(starts, token.i) - 1
    return ents[i] if i >= 0 and ents[i].end > token.i else None


def _sentences(doc: Doc) -> tuple[list[int], list[int]]:
    """The first and end token indices of the Doc's sentences, in order: plain numbers, so that the Doc still copies,
    pickles and serialises once a sentence was looked up (a Span in `user_data` does none of these)."""
    def build() -> tuple[list[int], list[int]]:
        sents = list(doc.sents)
        return [s.start for s in sents], [s.end for s in sents]
    return once(doc, "sentences", 0, build)


def _sentence_of(doc: Doc, i: int) -> Span:
    """The sentence of `doc` that holds token `i` (by bisection over the sentence starts)."""
    starts, ends = _sentences(doc)
    n = max(bisect_right(starts, i) - 1, 0)
    return doc[starts[n]:ends[n]]


def token_sentence(token: Token) -> Span:
    """`token.sent`, found by bisection: spaCy's own walks from the token to both sentence ends, which costs a
    sentence's length for every figure of a long sentence."""
    return _sentence_of(token.doc, token.i)


def span_sentence(span: Span) -> Span:
    """`span.sent` the same way: as spaCy's, the sentence of the span's first token."""
    return _sentence_of(span.doc, span.start)


def sentence_text(token: Token) -> str:
    """The token's sentence as a figure records it (`Figure.sentence`), made once per sentence: the readers that
    ask whether the figure before is of the same sentence would otherwise build it once per number."""
    sent = token.sent
    return once(token.doc, "sentence_text", sent.start, lambda: sent.text.strip())


def index_sentences(doc: Doc) -> Doc:
    """Make `Token.sent` and `Span.sent` of `doc` bisect its sentence starts (spaCy's user hooks); the index is
    built on the first use, after every component has set the sentence boundaries."""
    doc.user_token_hooks["sent"] = token_sentence
    doc.user_span_hooks["sent"] = span_sentence
    return doc
