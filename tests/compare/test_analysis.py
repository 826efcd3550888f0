"""A corpus end to end on the seed articles: stored figures stamped once, reconciled once, pairs per analysis."""
from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfigures.compare import alignment, analysis
from newsfigures.compare.analysis import PAIRWISE_LIMIT, Analysis, analyse, compare, reconcile, stamp
from newsfigures.store import Store

from conftest import SEED_A, SEED_B

A, B = SEED_A.stem, SEED_B.stem


def test_analysis_stamp_carries_the_articles_metadata(seeds):
    moved = replace(seeds.article(A), id="renamed", source_file="elsewhere.txt", outlet="Yonhap", published="2025-09-03")
    stamped = stamp(seeds.figures_of(A), moved)
    assert {(f.article_id, f.source_file, f.outlet, f.published) for f in stamped} == {
        ("renamed", "elsewhere.txt", "Yonhap", "2025-09-03")}
    assert [replace(f, article_id=A, source_file="", outlet="", published="") for f in stamped] == [
        replace(f, source_file="", outlet="", published="") for f in seeds.figures_of(A)]


def test_analysis_figures_from_the_store_are_stamped_with_the_current_article(seeds, nlp):
    store = Store(None)
    first = analyse(seeds.articles, lambda: nlp, store)
    renamed = tuple(replace(a, id=f"copy-{a.id}", source_file=f"copy/{a.source_file}") for a in seeds.articles)
    again = analyse(renamed, lambda: None, store)  # nothing new: the language model is never asked for
    assert (first.extracted, again.extracted, again.reused) == (2, 0, 2)
    assert {f.article_id for f in again.figures} == {"copy-" + A, "copy-" + B}
    assert all(f.source_file.startswith("copy/") for f in again.figures)
    assert [f.text for f in again.figures] == [f.text for f in first.figures]


def test_analysis_keeps_each_articles_own_figures_and_derives_metrics_once(seeds):
    assert seeds.article_figures and {f.metric for f in seeds.article_figures} == {""}
    assert reconcile(seeds.article_figures) == list(seeds.figures)
    assert {f.metric for f in seeds.figures} >= {"soldiers killed", "soldiers sent"}


def test_analysis_learns_which_places_nest_once_with_its_metrics(nlp, monkeypatch):
    from newsfigures.compare import nesting
    from newsfigures.model import Article
    learned, learn = [], nesting.learn

    def counted(*args, **kwargs):
        learned.append(learn(*args, **kwargs))
        return learned[-1]
    monkeypatch.setattr(nesting, "learn", counted)
    arts = [Article("town", "Bushfires destroyed another 40 homes in Bairnsdale, in eastern Gippsland, overnight, "
                            "fire authorities said.", ""),
            Article("region", "Bushfires destroyed another 40 homes in Gippsland overnight, fire authorities said.", "")]
    corpus = analyse(arts, lambda: nlp)
    assert corpus.pair_differences == [] and compare(corpus, "town", "region")
    assert learned == [corpus.nesting]  # one reading of the texts, for the metrics and every pair after them
    assert corpus.nesting.said("Bairnsdale", "Gippsland") == "Bairnsdale, in eastern Gippsland"


def test_analysis_pair_differences_of_the_seeds(seeds):
    rows = seeds.pair_differences
    assert rows is seeds.pair_differences  # computed once per analysis
    assert rows and {(a, b) for a, b, _p in rows} == {(A, B)}
    assert [p for _a, _b, p in rows] == [p for p in compare(seeds, A, B) if p.status in analysis.DIFFERENT
                                         or (p.status == "same" and p.a.qualifier != p.b.qualifier)]
    assert [(p.status, p.a.text, p.b.text) for _a, _b, p in rows] == [
        ("compatible", "at least 13,000", "more than 10,000"), ("same", "about 600", "at least 600")]


def test_analysis_pair_differences_left_out_above_the_limit(seeds):
    many = tuple(replace(seeds.article(A), id=f"a{n}") for n in range(PAIRWISE_LIMIT + 1))
    copies = tuple(replace(f, article_id=a.id) for a in many for f in seeds.figures_of(A))
    assert Analysis(many, copies).pair_differences == []
    assert len(Analysis(many[:3], copies).pair_differences) == 0  # copies of one text differ in nothing


def test_analysis_discrepancies_of_picked_metrics_are_a_filter_of_the_corpus_ones(seeds):
    from newsfigures.compare.discrepancies import discrepancies
    picked = {"soldiers killed", "soldiers sent"}
    kept = [d for d in seeds.discrepancies if d.metric in picked]
    assert [(d.status, d.a.text, d.b.text) for d in kept] == [("update", "about 600", "About 2,000")]
    assert kept == discrepancies([f for f in seeds.figures if f.metric in picked], seeds.articles)


def _first_dating(f, figs):
    """The reference: the first dated report in corpus order of the same metric and number, before publication."""
    return next((g for g in figs if g.as_of and g.metric == f.metric and alignment.same_value(f, g)
                 and (not f.published or g.as_of < f.published[:len(g.as_of)] or g.as_of < f.published)), None)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from([600, 601, 602.5, 604, 2000, -5, 0]), st.sampled_from("ad"),
                          st.sampled_from(["", "2024", "2024-10", "2025-01-01"]), st.booleans(),
                          st.sampled_from(["people killed", "soldiers sent"])), min_size=1, max_size=12))
def test_analysis_dating_by_index_finds_what_a_full_scan_finds(fig, rows):  # fig: a pure factory
    figs = [replace(fig(v, art, as_of=as_of, metric=metric), is_past=past, published="2025-01-01")
            for v, art, as_of, past, metric in rows]
    for f, g in zip(figs, analysis.date_past_figures(figs)):
        ref = _first_dating(f, figs) if f.is_past and not f.as_of else None
        assert g.as_of == (ref.as_of if ref is not None else f.as_of)
