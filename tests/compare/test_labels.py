"""Metric labels made from what the figures measure, on parsed text: concepts, not pluralised head words."""
from __future__ import annotations

import pytest

from newsfigures.compare.analysis import reconcile
from newsfigures.compare.labels import metric_labels
from newsfigures.extract import extract_figures
from newsfigures.model import Article


def _labels(nlp, *texts):
    figs = []
    for n, text in enumerate(texts):
        figs += extract_figures(Article(id=f"a{n}", text=text, raw_text=text, published=f"2025-01-0{n + 1}"), nlp)
    figs = reconcile(figs)
    made = metric_labels(figs)
    return {f.text: made[f.metric] for f in figs}


@pytest.mark.parametrize("texts, surface, expected", [
    # casualties are named by their concept, with the place the corpus settled
    (("The death toll in Indonesia rose to 80,000 on Monday.", "At least 80,000 people were killed in Indonesia."),
     "80,000", "deaths · Indonesia"),
    # money keeps its currency, an event class that is no outcome joins the concept
    (("Japan pledged $500 million in aid.", "Japan pledged $500 million in aid, officials said."),
     "$500 million", "aid pledged · Japan (USD)"),
    # a batch stays a batch
    (("Pyongyang sent another 6,000 soldiers.", "North Korea sent another 6,000 troops."),
     "6,000", "(batch)"),
])
def test_labels_are_made_from_the_measure(nlp, texts, surface, expected):
    assert expected in _labels(nlp, *texts)[surface]


@pytest.mark.parametrize("texts", [
    ("The death toll from the earthquake rises to over 3,050 people.", "Over 1,000 people are killed in Myanmar."),
    ("Over 1,000 people are killed in Myanmar.", "The death toll from the earthquake rises to over 3,050 people."),
])
def test_labels_a_merged_metric_reads_as_the_key_it_kept(nlp, texts):
    # The unplaced toll joined "people killed in Myanmar" (compare.clusters): whichever article comes first, the
    # label names the place the key does.
    got = _labels(nlp, *texts)
    assert got["over 3,050"] == got["Over 1,000"] == "deaths · Myanmar"


def test_labels_never_pluralise_a_head_word(nlp):
    got = _labels(nlp, "The company paid $20 million in cash.", "Acme paid $20 million in cash to settle.")
    assert not any(w in label for label in got.values() for w in ("moneys", "cashes"))


def test_labels_two_metrics_never_read_alike(seeds):
    made = metric_labels(seeds.figures)
    assert len(set(made.values())) == len(made)
    assert made["soldiers killed"].startswith("deaths")
