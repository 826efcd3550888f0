"""Why the grouping splits or joins two figures: the keys step by step, and the cause of a wrong pair."""
from __future__ import annotations

import pytest

from newsfigures.eval import grouping_causes


def _figures(nlp, *texts):
    """The figures of one article per text (undated, as the Lee items are), in article order."""
    from newsfigures.extract import extract_many
    from newsfigures.model import Article

    arts = [Article(id=chr(ord("a") + n), text=t, raw_text=t, published="") for n, t in enumerate(texts)]
    figs = extract_many(arts, nlp)
    return [f for a in arts for f in figs[a.id]]


def _index(stages, where):
    """The settled figure at `where`: its text, or "article:text" when two articles give that text."""
    article, _, text = where.rpartition(":")
    (n,) = [n for n, (f, _r) in enumerate(stages.settled) if f.text == text and article in ("", f.article_id)]
    return n


@pytest.mark.parametrize("texts", [
    ("Police arrested 12 militants in Hebron on Monday.", "Security forces detained 12 suspects in Hebron on Monday."),
    ("Over 1,000 people were killed in Myanmar. Officials said 1,300 people were killed.",
     "The death toll from the earthquake rose to over 3,050 people."),
    ("Rioters destroyed 22 buildings at the detention centre on Monday.",
     "Officials said 13 buildings were damaged in the fire."),
])
def test_grouping_causes_last_step_gives_the_keys_assign_metrics_gives(nlp, texts):
    from newsfigures.compare.metrics import assign_metrics

    figs = _figures(nlp, *texts)
    stages = grouping_causes.stage_keys(figs, list(texts))
    assert list(stages.keys["final"]) == [f.metric for f in assign_metrics(figs, texts)]
    assert list(stages.keys) == list(grouping_causes.STEPS)


@pytest.mark.parametrize("texts, a, b, why", [
    # two words for the people arrested: read apart on the subject, and clusters never fold whose
    (("Police arrested 12 militants in Hebron on Monday.", "Security forces detained 12 suspects in Hebron on Monday."),
     "a:12", "b:12", "read apart on subject; clusters: place or subject differ"),
    # an article giving two numbers under two keys means two things to clusters
    (("Over 1,000 people were killed in Myanmar. Officials said 1,300 people were killed.",),
     "Over 1,000", "1,300", "read apart on place; clusters: one article reports both"),
])
def test_grouping_causes_split_pair_says_what_was_read_apart_and_what_kept_it(nlp, texts, a, b, why):
    stages = grouping_causes.stage_keys(_figures(nlp, *texts), list(texts))
    i, j = _index(stages, a), _index(stages, b)
    assert grouping_causes.split_cause(stages, i, j)[0] == why


def test_grouping_causes_joined_pair_says_the_measures_disagree_where_the_key_does_not(nlp):
    texts = ("Rioters destroyed 22 buildings at the detention centre on Monday.",
             "Officials said 13 buildings were damaged in the fire.")
    stages = grouping_causes.stage_keys(_figures(nlp, *texts), list(texts))
    why, detail = grouping_causes.merge_cause(stages, _index(stages, "22"), _index(stages, "13"))
    assert why == "one reading, measures disagree"
    assert "different event: other:destroy vs other:damage" in detail


def test_grouping_causes_tally_counts_pairs_by_cause():
    def cause(kind, why):
        return grouping_causes.Cause(kind, ({}, {}), (None, None), why, "")
    found = [cause("split", "x"), cause("split", "x"), cause("merged", "x")]
    assert grouping_causes.tally(found) == {"split: x": 2, "merged: x": 1}
