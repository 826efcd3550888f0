"""The dev figures the code finds and the gold holds (newsfigures/eval/matched_figures.py), the rows the learned and
measured decisions of scripts/ are fitted on."""
from __future__ import annotations

import pytest

from conftest import shared_or_skip
from newsfigures.eval.matched_figures import matched_figures

DOC = "corpora/wikinews-2004/wn2004_094.txt"  # a dev document of the tsunami thread


@pytest.fixture(scope="module")
def matched():
    shared_or_skip("corpora", "wikinews-2004", "wn2004_094.txt")
    return matched_figures("dev", only=[DOC])


def test_matched_figures_pairs_each_gold_figure_with_the_figure_at_its_place(matched):
    assert matched
    for m in matched:
        assert m.doc == DOC and m.batch and m.story
        assert m.article.text[m.figure.start:m.figure.end] == m.figure.text
        assert "measure" in m.gold


def test_matched_figures_keeps_to_the_split():
    assert matched_figures("test", only=[DOC]) == []
