"""Metric groups whose keys differ only where the measures agree are one metric; a disagreement keeps them apart."""
from __future__ import annotations

import pytest

from conftest import shared_or_skip


def _analysis(nlp, *texts, dates=()):
    """Articles a, b, c... (one per text; published on `dates`, else 2025-03-29) extracted and reconciled as one
    corpus."""
    from newsfigures.compare.analysis import Analysis, reconcile
    from newsfigures.extract import extract_many
    from newsfigures.model import Article

    dates = dates or ("2025-03-29",) * len(texts)
    arts = [Article(id=chr(ord("a") + n), text=t, raw_text=t, published=d) for n, (t, d) in enumerate(zip(texts, dates))]
    figs = extract_many(arts, nlp)
    return Analysis(tuple(arts), tuple(reconcile(f for a in arts for f in figs[a.id])))


def _metric(analysis, text):
    (f,) = [f for f in analysis.figures if f.text == text]
    return f.metric


def test_clusters_a_toll_without_place_joins_the_only_place_the_corpus_gives_it(nlp):
    corpus = _analysis(nlp, "Over 1,000 people are killed in Myanmar after the earthquake.",
                       "The death toll from the earthquake rises to over 3,050 people.")
    assert _metric(corpus, "over 3,050") == _metric(corpus, "Over 1,000") == "people killed in Myanmar"


def test_clusters_a_toll_without_place_stays_apart_when_two_places_claim_it(nlp):
    corpus = _analysis(nlp, "There were 30,000 deaths in Sri Lanka.", "There were 90,000 deaths in Indonesia.",
                       "The death toll rose to 150,000 people.")
    keys = {_metric(corpus, t) for t in ("30,000", "90,000", "150,000")}
    assert len(keys) == 3


@pytest.mark.parametrize("a_text, b_text", [
    # an article giving both numbers means two things
    ("Over 1,000 people were killed in Myanmar. Officials said 1,300 people were killed.", ""),
    # whose casualties is never folded: soldiers are not people in general
    ("About 300 North Korean soldiers were killed.", "At least 40 people were killed."),
    # a part of a population is not the whole
    ("At least 40 people were killed in Gaza on Monday.", "At least 12 children were killed on Monday."),
])
def test_clusters_disagreeing_groups_stay_apart(nlp, a_text, b_text):
    corpus = _analysis(nlp, *[t for t in (a_text, b_text) if t])
    assert len({f.metric for f in corpus.figures}) == len(corpus.figures) == 2


def test_clusters_acme_shares_rose_and_acme_stock_jumped_pair_end_to_end(nlp):
    from newsfigures.compare.analysis import compare

    corpus = _analysis(nlp, "Acme shares rose 8% on Tuesday after the company reported record sales.",
                       "Acme stock jumped 8 percent on Tuesday, lifted by record sales.")
    (pair,) = compare(corpus, "a", "b")
    assert (pair.status, pair.a.text, pair.b.text) == ("same", "8%", "8 percent")
    assert "same quantity (share_price)" in pair.reasons


def test_clusters_an_undated_article_pairs_and_says_its_date_is_unknown(nlp):
    from newsfigures.compare.analysis import compare

    corpus = _analysis(nlp, "The death toll from the earthquake rose to 1,644 people in Myanmar.",
                       "The death toll from the earthquake rose to more than 2,000 people.", dates=("2025-03-29", ""))
    (pair,) = compare(corpus, "a", "b")
    assert (pair.a.text, pair.b.text, pair.b.as_of) == ("1,644", "more than 2,000", "")
    assert pair.status == "update" and "undated" in pair.explanation


def test_clusters_myanmar_dev_thread_files_both_tolls_under_one_metric():
    from newsfigures.eval.grouping import run_thread

    folder = shared_or_skip("corpora", "current-events", "myanmar_earthquake_2025")
    docs = [str(p.relative_to(folder.parents[2])) for p in sorted(folder.glob("*.txt"))]
    run = run_thread(docs)
    tolls = {f.text: f.metric for f in run.figures if f.text in ("Over 1,000", "over 3,050")}
    assert len(tolls) == 2 and len(set(tolls.values())) == 1


@pytest.mark.parametrize("concept, folded", [
    ("share_price", True),  # "shares" and "stock" of one company: one quantity
    ("distance", False),  # a containment line's length and a blaze's: two things measured in km
    ("duration", False),  # two managers' months of sentence
    ("deaths", False),  # whose casualties is never folded
])
def test_clusters_only_a_named_quantity_folds_two_subjects(concept, folded):
    from newsfigures.compare.clusters import Group, _one_thing
    from newsfigures.compare.metrics import Reading
    from newsfigures.model import Figure, Measure

    def group(key, subject):
        f = Figure(article_id=key, source_file="", text="20", start=0, end=2, sentence="20", value=20, low=20,
                   high=20, qualifier="exact", unit="", counted=subject, event="", as_of="", said_by="", metric=key,
                   measure=Measure(quantity=concept, subject="", event="", place="", scope="total", dimension="count"))
        return Group(key, Reading(subject, "", ""), 1, frozenset({key}), (f,))

    assert _one_thing(group("a", "containments"), group("b", "lengths")) is folded


def test_clusters_a_containment_line_and_a_blaze_keep_their_lengths_apart(lee_thread):
    """nsw_bushfires_2001: "a 20 kilometre containment line" (bg_008) and "the 30-kilometre long blaze" (bg_033)
    are two lengths, not one metric."""
    figs = {f.text: f.metric for f in lee_thread(8, 33) if f.text in ("20 kilometre", "30-kilometre")}
    assert len(figs) == 2 and len(set(figs.values())) == 2, figs


@pytest.mark.parametrize("texts, why", [
    (("Over 1,000 people were killed in Myanmar. Officials said 1,300 people were killed.",),
     "one article reports both"),
    (("About 300 North Korean soldiers were killed.", "At least 40 people were killed."), "place or subject differ"),
    (("Over 1,000 people were killed in Myanmar.", "The death toll from the earthquake rises to over 3,050 people."),
     ""),
])
def test_clusters_why_apart_names_the_condition_agree_fails(nlp, texts, why):
    from newsfigures.compare import clusters
    from newsfigures.compare.metrics import metric_key, settle

    corpus = _analysis(nlp, *texts)
    settled = settle(corpus.figures)
    keys = [metric_key(r.subject, r.family, r.place, r.incremental, r.unit, r.projected) for _f, r in settled]
    g, h = clusters.groups(settled, keys)
    assert clusters.why_apart(g, h) == why
    assert clusters.agree(g, h) == (why == "")


def _group(key, subject, value, concept, event):
    """A one-figure group of `subject` under `key`: `value` of `concept`, its event `event` (a measure read)."""
    from newsfigures.compare.clusters import Group
    from newsfigures.compare.metrics import Reading
    from newsfigures.model import Figure, Measure

    f = Figure(article_id=key, source_file="", text=str(value), start=0, end=2, sentence=str(value), value=value,
               low=value, high=value, qualifier="exact", unit="", counted=subject, event="", as_of="", said_by="",
               metric=key, measure=Measure(quantity=concept, subject="", event=event, place="", scope="total",
                                           dimension="count"))
    return Group(key, Reading(subject, "", ""), 1, frozenset({key}), (f,))


@pytest.mark.parametrize("a, b, merged", [
    # nsw_bushfires_2001 bg_000 / bg_033: "fanned more than 100 blazes" ~ "More than 100 fires ... extinguish"
    (("blazes", 100, "blaze", "other:fan"), ("fires", 100, "fire", "other:extinguish"), True),
    # interlaken_canyoning_trial bg_161 / bg_281: "the eight workers ... pay" ~ "Eight people are to appear"
    (("workers", 8, "people", "other:pay"), ("people", 8, "people", "other:appear"), True),
    # the event worded apart is no sign of one report without one value said on both sides
    (("blazes", 100, "blaze", "other:fan"), ("fires", 40, "fire", "other:extinguish"), False),
    # a listed event class against another is two things, not one worded twice
    (("workers", 8, "people", "arrested"), ("people", 8, "people", "injured"), False),
    # two durations of one length are no sign of one report (each manager's months of sentence)
    (("sentences", 5, "duration", "other:give"), ("terms", 5, "duration", "other:receive"), False),
    # whose casualties is never folded, kin nouns or not
    (("soldiers", 8, "deaths", "killed"), ("people", 8, "deaths", "killed"), False),
])
def test_clusters_kin_nouns_and_a_worded_event_merge_on_one_value(a, b, merged):
    from newsfigures.compare.clusters import agree

    assert agree(_group("a", *a), _group("b", *b)) is merged


def test_clusters_more_than_100_blazes_and_fires_are_one_metric(lee_thread):
    """nsw_bushfires_2001: "fanned more than 100 blazes" (bg_000) and "More than 100 fires" (bg_033) are one count
    of fires, worded with two nouns and two verbs of their own."""
    figs = {f.text: f.metric for f in lee_thread(0, 33) if f.text.lower() == "more than 100"}
    assert len(figs) == 2 and len(set(figs.values())) == 1, figs
