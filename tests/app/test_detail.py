"""A discrepancy inside one article: both sentences, the explanation, the article with both figures marked."""
from __future__ import annotations

import pytest

from newsfigures.app.detail import inside

from conftest import SEED_A

A = SEED_A.stem


def test_detail_inside_shows_both_sentences_explanation_and_marks(seeds):
    d = next(d for d in seeds.discrepancies if d.articles == (A, A))
    shown = inside(seeds, A, [str(d.a.start), str(d.b.start)])
    assert shown.explanation.startswith(f"**{d.status}** · soldiers killed: the estimate rose")
    assert "000_" not in shown.explanation  # "dated by PAP, 2025-09-02", not by an id
    assert len(shown.quotes) == len({d.a.sentence, d.b.sentence}) and shown.quotes[0].startswith("> ")
    assert shown.html.count("<mark") == 2 and 'id="inside-0"' in shown.html and 'id="inside-1"' in shown.html
    assert shown.heading.startswith("About 2,000 vs about 600") or shown.heading.startswith("about 600 vs About 2,000")


@pytest.mark.parametrize("article_id, starts", [(A, ["0", "1"]), ("nobody", ["1", "2"]), (A, []), (A, ["100", "100"])])
def test_detail_inside_is_none_for_a_link_to_figures_that_are_gone(seeds, article_id, starts):
    assert inside(seeds, article_id, starts) is None


def test_detail_inside_names_the_metric_by_its_label_when_given(seeds):
    from newsfigures.app.labels import md, metric_names

    d = next(d for d in seeds.discrepancies if d.articles == (A, A))
    shown = inside(seeds, A, [str(d.a.start), str(d.b.start)], metric_names(seeds))
    assert shown.explanation.startswith(f"**{d.status}** · {md('deaths · North Korean soldiers')}: the estimate rose")
    assert shown.html.count("metric: deaths · North Korean soldiers") == 2 and "metric: soldiers killed" not in shown.html
