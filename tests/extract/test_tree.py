"""Walking spaCy's dependency tree: lemmas, distances, "of" objects."""
from __future__ import annotations

import pytest

from newsfigures.extract.tree import child, distance, lemma, of_object, verb_over, within


def test_tree_lemma_fixes_the_lemmatizer(nlp):
    doc = nlp("Soldiers raped and shelled the villages.")
    assert [lemma(t) for t in doc[:4]] == ["soldier", "rape", "and", "shell"]


@pytest.mark.parametrize("text,word,expected", [
    ("Officials said there were 14 MPs in the chamber.", "MPs", "mp"),
    ("The bill was backed by 350 MEPs on Wednesday.", "MEPs", "mep"),
    ("Troops found 12 IEDs along the road.", "IEDs", "ied"),
    # not an abbreviation's plural: a capitalised word, an abbreviation ending in S
    ("Officials said the Tests would go ahead.", "Tests", "tests"),
    ("The US said the talks would resume.", "US", "us"),
])
def test_tree_lemma_of_an_abbreviation_plural(nlp, text, word, expected):
    token = next(t for t in nlp(text) if t.text == word)
    assert lemma(token) == expected


def test_tree_distance_counts_hops_and_stays_within_a_sentence(nlp):
    doc = nlp("Officials demolished over 6,000 shanties. They left.")
    demolished, shanties, they = doc[1], doc[4], doc[6]
    assert distance(shanties, demolished) == 1 and distance(demolished, demolished) == 0
    assert distance(shanties, they) == 99


def test_tree_of_object(nlp):
    doc = nlp("A group of 6,000 troops arrived. Six of the 40 were hurt.")
    group, six = doc[1], doc[7]
    assert (group.text, six.text) == ("group", "Six")
    assert of_object(group, doc[3:4]).text == "troops"
    assert of_object(six, doc[7:8]) is None  # "of the 40": a number is no object


@pytest.mark.parametrize("limit", [0, 2, 5])
def test_tree_within_is_distance_up_to_its_limit(nlp, limit):
    doc = nlp("Attacks in the past 24 hours destroyed 3 tanks in Kherson, 4 drones in Kyiv and 5 trucks in Odesa. "
              "Seven people have died on Queensland roads, five in Victoria.")
    for a in doc:
        for b in doc:
            d = distance(a, b)
            assert within(a, b, limit) == (d if d <= limit else None), (a.text, b.text)


@pytest.mark.parametrize("text,number,verb", [
    ("The storm took a toll of $2 billion on the economy.", "2", "took"),  # up through "of" and "toll"
    ("The club was busy in the transfer market and won by 12 points.", "12", "won"),  # the conjunct's own verb
    ("Tickets cost $50 each.", "50", "cost"),
])
def test_tree_verb_over_is_the_first_verb_up_the_tree(nlp, text, number, verb):
    doc = nlp(text)
    assert verb_over(next(t for t in doc if t.text == number)).text == verb


@pytest.mark.parametrize("text,word,deps,expected", [
    ("Police arrested 30 protesters on Monday.", "arrested", ("dobj",), "protesters"),
    ("Police arrested 30 protesters on Monday.", "arrested", ("nsubj", "nsubjpass"), "Police"),
    ("Thirty protesters were arrested on Monday.", "arrested", ("nsubj", "nsubjpass"), "protesters"),
    ("Police arrested 30 protesters on Monday.", "arrested", ("iobj",), None),
])
def test_tree_child_is_the_first_child_with_a_label(nlp, text, word, deps, expected):
    doc = nlp(text)
    found = child(next(t for t in doc if t.text == word), deps)
    assert (found.text if found is not None else None) == expected
