"""Per-sentence facts kept on the Doc: built once per (kind, key) and Doc, and reading every figure of a
sentence from them gives exactly what reading each figure from scratch gives."""
from __future__ import annotations

import pickle

import pytest

from newsfigures.extract import extract_figures, sentcache
from newsfigures.model import Article

# a report listing several counted items in one sentence, with a date, a recent period and event words
LISTING = ("On Monday the ministry said that attacks in the past 24 hours destroyed 3 tanks in Kherson, "
           "4 drones in Kyiv, 5 trucks in Odesa and 12 bridges, while 2 soldiers were wounded last week.\n"
           "Seven people have died on Queensland roads, five in Victoria, three in the Northern Territory.\n")


def test_sentcache_builds_once_per_doc(nlp):
    docs = [nlp(LISTING), nlp(LISTING)]
    built = []
    for doc in docs:
        for _ in range(3):
            assert sentcache.once(doc, "kind", 0, lambda: built.append(1) or len(built)) == len(built)
    assert built == [1, 1]  # once per Doc, never shared between Docs


@pytest.mark.parametrize("text", [LISTING, LISTING.replace("Monday", "Friday")])
def test_sentcache_same_figures_as_reading_from_scratch(nlp, monkeypatch, text):
    article = Article(id="t", text=text, raw_text=text, published="2025-03-05", source_file="t.txt")
    cached = extract_figures(article, nlp)
    monkeypatch.setattr(sentcache, "once", lambda doc, kind, key, build: build())
    fresh = extract_figures(article, nlp)
    assert len(cached) >= 7
    assert cached == fresh


def test_sentcache_same_figures_on_the_seeds(nlp, seeds, monkeypatch):
    articles = list(seeds.articles)
    cached = [extract_figures(a, nlp) for a in articles]
    monkeypatch.setattr(sentcache, "once", lambda doc, kind, key, build: build())
    assert sum(map(len, cached)) >= 14  # both seed articles, every figure
    assert cached == [extract_figures(a, nlp) for a in articles]


def test_sentcache_entities_found_by_bisection_are_the_scanned_ones(nlp):
    """`entities_overlapping` and `entity_of` give what a scan of `doc.ents` gives, for every token and every
    character range of a token."""
    doc = nlp(LISTING)
    assert len(doc.ents) >= 4
    for t in doc:
        a, b = t.idx, t.idx + len(t.text)
        scanned = [e for e in doc.ents if e.end_char > a and e.start_char < b]
        assert sentcache.entities_overlapping(doc, a, b) == scanned
        assert sentcache.entity_of(t) == next((e for e in doc.ents if e.start <= t.i < e.end), None)
    assert sentcache.entities_overlapping(doc, 0, len(LISTING)) == list(doc.ents)


def test_sentcache_sentence_lookup_is_what_spacy_walks_to(nlp):
    """The pipeline's `newsfigures_sentences` hooks give every token and span the sentence spaCy's own walk over
    the sentence-start flags gives (for a span across a boundary, the sentence of its first token)."""
    doc = nlp(LISTING + "The toll rose. It was 40 on Monday.\nA headline without a stop\nAnd more text here.")
    assert "sent" in doc.user_token_hooks and len(list(doc.sents)) >= 4
    plain = nlp.make_doc(doc.text)
    for t, p in zip(doc, plain):
        p.is_sent_start = t.is_sent_start
    for t in doc:
        assert (t.sent.start, t.sent.end) == (plain[t.i].sent.start, plain[t.i].sent.end)
    for a, b in [(0, 3), (5, 40), (len(doc) - 8, len(doc)), (2, len(doc) - 1)]:
        assert (doc[a:b].sent.start, doc[a:b].sent.end) == (plain[a:b].sent.start, plain[a:b].sent.end)


@pytest.mark.parametrize("copy", [lambda doc: doc.copy(), lambda doc: pickle.loads(pickle.dumps(doc))],
                         ids=["copy", "pickle"])
@pytest.mark.parametrize("text", [LISTING, "Three people died. Two were hurt in Paris.\nTen soldiers left."])
def test_sentcache_doc_copies_after_a_sentence_lookup(nlp, copy, text):
    """A looked-up sentence leaves nothing in the Doc that stops it being copied or pickled, and the copy's
    sentences are its own."""
    doc = nlp(text)
    before = [(t.sent.start, t.sent.end) for t in doc]
    other = copy(doc)
    assert [(t.sent.start, t.sent.end) for t in other] == before
    assert all(t.sent.doc is other for t in other)


# a list whose items the parser hangs one on another (appositions and "from" phrases), a conditional, a report
CHAINED = ("On Monday Russia said Ukraine's forces lost 3 soldiers from Kherson, 4 soldiers from Kyiv, 5 soldiers "
           "from Odesa and 6 soldiers from Lviv.\n"
           "If the talks fail, officials warned, 40,000 troops in Kursk, 12,000 in Bryansk and 9,000 in Belgorod "
           "could be sent to the front.\n")


@pytest.mark.parametrize("text", [CHAINED, LISTING])
def test_sentcache_verbs_above_are_the_verbs_of_the_ancestors(nlp, text):
    """Each token's verbs above, with the token under each, and any ancestor passing a test, as the walk up
    `token.ancestors` reads them (review, stop 21: that walk made a list of N figures cost N squared)."""
    from newsfigures.extract.scope import _conditional_clause

    doc = nlp(text)
    deep = 0
    for t in doc:
        walked, below = [], t
        for a in t.ancestors:
            if a.pos_ in ("VERB", "AUX"):
                walked.append((a, below))
            below = a
        deep = max(deep, len(list(t.ancestors)))
        assert list(sentcache.verbs_above(t)) == walked
        for test in (_conditional_clause, lambda a: a.lower_ == "lost"):
            assert sentcache.any_above(t, test) == any(test(a) for a in t.ancestors)
    assert deep >= 8  # the list's items do hang on one another


@pytest.mark.parametrize("text", [CHAINED, LISTING])
def test_sentcache_is_ancestor_is_membership_in_the_ancestors(nlp, text):
    """`is_ancestor(a, t)` is `a in t.ancestors` for every pair of tokens of a Doc of several sentences, and False
    for None (review, stop 21: `noun in num.ancestors` walked a list's chain for every figure)."""
    doc = nlp(text + LISTING)
    for t in doc:
        above = {a.i for a in t.ancestors}
        assert [sentcache.is_ancestor(a, t) for a in doc] == [a.i in above for a in doc]
        assert not sentcache.is_ancestor(None, t)


def test_sentcache_is_ancestor_on_the_seeds(seeds, nlp):
    """The same on every token pair of each sentence of the seed articles (real news text)."""
    pairs = 0
    for article in seeds.articles:
        doc = nlp(article.text)
        for sent in doc.sents:
            for t in sent:
                above = {a.i for a in t.ancestors}
                assert [sentcache.is_ancestor(a, t) for a in sent] == [a.i in above for a in sent]
                pairs += len(sent)
    assert pairs > 1000


def _reporting(t) -> bool:
    return t.lemma_ in ("say", "warn")


@pytest.mark.parametrize("text", [CHAINED, LISTING])
def test_sentcache_above_where_is_the_ancestors_that_pass(nlp, text):
    """`above_where(t, test)` yields the ancestors of `t` that pass `test`, nearest first, as the walk does."""
    doc = nlp(text)
    found = 0
    for t in doc:
        for test in (_reporting, _reporting):  # the second asks the table the first made
            walked = [a for a in t.ancestors if test(a)]
            assert list(sentcache.above_where(t, test)) == walked
        found += bool(walked)
    assert found >= 10  # many tokens stand under a reporting verb
