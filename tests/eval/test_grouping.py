"""Corpus-level metric grouping on the shared threads and the later batches' (Lee, Reuters; skip when ../shared is
absent), and the pair rule itself.

Floors only rise. Print the numbers with `python scripts/evaluate_metrics.py`."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsfigures.eval import grouping, reuters
from newsfigures.eval.measure_gold import LATER_BATCHES

from conftest import shared_or_skip

# (precision, recall) floors of pairwise grouping per thread: every thread, failing ones included, at the value
# measured (rounded down); a precision of 1.0 with recall 0.0 means nothing was grouped at all.
# Stop 27 re-based two floors on the gold relabelled to GUIDE revision 3 (F2: one sum in two currencies is two keys):
# interlaken_canyoning_trial precision 0.89 -> 0.84 and lee-dev 0.89 -> 0.87, scored by the code before the
# relabel; every other floor kept or raised. The same stop's F2 rule (a sum restated in another currency keeps its own
# key) then raised them to 0.88 and 0.89. Stop 29's repeats (a number an article repeats in other words is one report,
# `compare.repeats`) raised nsw_bushfires_2001, davis_cup_final_2001, democrats_leadership_2002, lee3-dev, lee-dev and
# lee-test. Stop 30's `compare.apart` (a figure its own measure sets against its whole key is filed apart) raised
# interlaken_canyoning_trial, mideast_dec_2001, lee-dev and lee4-dev precision. Stop 35's clusters (kin subject nouns,
# an event worded with unlisted verbs where two groups share a value) raised nsw_bushfires_2001,
# interlaken_canyoning_trial and lee-dev recall.
GROUPING_FLOORS = {
    "asteroid_2004_mn4": (1.0, 0.0), "cyclone_chido": (1.0, 1.0), "gaza_war": (0.93, 0.94),
    "indian_ocean_tsunami": (1.0, 1.0), "myanmar_earthquake": (1.0, 0.5), "nk_troops_russia": (1.0, 0.33),
    "texas_floods": (1.0, 1.0), "turkey_syria_earthquake": (1.0, 1.0),
}
OVERALL_FLOOR = (0.93, 0.93)
# the later batches' threads (measure gold keys), first scored before any rule saw them: each dev thread, and the
# pooled dev and test rows (test threads are scored in aggregate only)
BATCH_GROUPING_FLOORS = {
    "nsw_bushfires_2001": (1.0, 1.0), "holiday_road_toll_2001": (1.0, 0.85),
    "interlaken_canyoning_trial": (1.0, 1.0), "woomera_detention_unrest": (1.0, 0.4),
    "cricket_aus_sa_2001": (1.0, 0.68), "davis_cup_final_2001": (1.0, 0.66), "israel_palestinian_2001": (1.0, 0.62),
    "rba_interest_rates_2001": (1.0, 1.0), "shuttle_endeavour_2001": (1.0, 1.0),
    "lee-dev": (1.0, 0.78), "lee-test": (0.78, 0.69),  # cricket_aus_sa and lee-dev P raised at stop 56 (a batsman
    # an active dismissal names owns his runs)
    # the second Lee batch, first scored on 2026-12-01 before any rule was written from it
    "cricket_aus_nz_2001": (1.0, 1.0), "george_harrison_2001": (1.0, 1.0), "bin_laden_video_2001": (1.0, 0.0),
    "afroz_terror_suspect_2001": (1.0, 1.0), "hih_royal_commission_2001": (1.0, 1.0),
    "lee2-dev": (1.0, 0.83), "lee2-test": (0.0, 0.0),
    # the third Lee batch (lee.cor, ABC items of 2002), first scored on 2026-12-01 (stop 22) on the code of stop 21,
    # before any rule was written from it
    "democrats_leadership_2002": (1.0, 1.0), "russia_iraq_ties_2002": (1.0, 1.0), "us_iraq_campaign_2002": (1.0, 1.0),
    "tampa_anniversary_2002": (1.0, 1.0), "lee3-dev": (1.0, 1.0), "lee3-test": (1.0, 1.0),
    # the fourth Lee batch (all dev), first scored on 2026-12-01 (stop 25) on the code of stop 24, before any rule
    # was written from it
    "mideast_dec_2001": (0.33, 0.44), "republic_debate_2001": (1.0, 1.0),
    "qantas_maintenance_dispute_2001": (1.0, 0.0), "cricket_aus_sa_melbourne_2001": (1.0, 1.0), "lee4-dev": (0.38, 0.45),
    # the fifth Lee batch (all test, pooled only), first scored on 2026-12-01 (stop 26) on the code of stop 25
    "lee5-test": (1.0, 0.5),
}
# the Reuters batch's threads (Reuters-21578 items of 1987), first scored on 2026-12-04 (stop 46) before any rule
# was written from it; scored only where its texts can be read (scripts/fetch_reuters.sh)
REUTERS_GROUPING_FLOORS = {
    "colombia_exports_1987": (1.0, 0.75), "doyon_mine_gold_1987": (0.53, 0.77), "eia_distillate_stocks_1987": (1.0, 0.55),
    "india_sugar_buying_1987": (0.70, 0.21), "telxon_outlook_1987": (1.0, 1.0), "uk_money_market_1987": (1.0, 0.16),
    "reuters-dev": (0.77, 0.43), "reuters-test": (0.64, 0.31),  # both raised at stop 48 and stop 66 (the wire's
    # sums read as money; india_sugar and uk_money_market with them); reuters-dev and
    # eia_distillate_stocks at stop 53 (oil stocks in barrels count stock: extract/goods.py), stop 55 (a move's
    # level keeps its unit, and a move's size is no second value of it: compare/lumped.py) and stop 68 (a key split
    # by the goods its stocks are of, measure.goods)
}
BATCH_GROUPING_FLOORS |= REUTERS_GROUPING_FLOORS


@pytest.fixture(scope="module")
def scores():
    shared_or_skip("corpora", "current-events")
    return grouping.evaluate_grouping()


def test_grouping_every_thread_has_a_floor(scores):
    assert sorted(t for t in scores if t != "overall") == sorted(GROUPING_FLOORS)


@pytest.mark.parametrize("thread", sorted(GROUPING_FLOORS))
def test_grouping_thread_floor(scores, thread):
    p, r = GROUPING_FLOORS[thread]
    got = scores[thread]["all"]
    assert got["precision"] >= p and got["recall"] >= r, (thread, got["precision"], got["recall"])


def test_grouping_overall_floor(scores):
    got = scores["overall"]["all"]
    assert got["precision"] >= OVERALL_FLOOR[0] and got["recall"] >= OVERALL_FLOOR[1]
    assert got["tp"] == sum(scores[t]["all"]["tp"] for t in scores if t != "overall") > 0


@pytest.fixture(scope="module")
def batch_scores():
    shared_or_skip("corpora", "current-events")
    return {k: v for batch in LATER_BATCHES for split in ("dev", "test")
            for k, v in grouping.evaluate_batch_grouping(split, batch=batch).items()}


@pytest.mark.parametrize("batch", LATER_BATCHES)
def test_grouping_every_later_batch_thread_has_a_floor(batch_scores, batch):
    readable = {k for k in BATCH_GROUPING_FLOORS if not (k in REUTERS_GROUPING_FLOORS and reuters.unavailable())}
    assert sorted(batch_scores) == sorted(readable)
    if batch == "reuters" and reuters.unavailable():
        pytest.skip(f"the Reuters batch is left out: {reuters.unavailable()}")
    threads = grouping.batch_threads("dev", batch)[1]
    if f"{batch}-dev" not in batch_scores:  # a batch drawn all test (lee5) has no dev row and no dev thread
        assert not threads and f"{batch}-test" in batch_scores
        return
    assert batch_scores[f"{batch}-dev"]["all"]["tp"] == sum(batch_scores[t]["all"]["tp"] for t in threads)


@pytest.mark.parametrize("thread", sorted(BATCH_GROUPING_FLOORS))
def test_grouping_later_batch_thread_floor(batch_scores, thread):
    if thread in REUTERS_GROUPING_FLOORS and reuters.unavailable():
        pytest.skip(f"the Reuters batch is left out: {reuters.unavailable()}")
    p, r = BATCH_GROUPING_FLOORS[thread]
    got = batch_scores[thread]["all"]
    assert got["precision"] >= p and got["recall"] >= r, (thread, got["precision"], got["recall"])


def _item(doc: str, gold_metric: str, predicted: str) -> tuple[dict, SimpleNamespace]:
    return {"doc": doc, "metric": gold_metric}, SimpleNamespace(metric=predicted)


def test_grouping_pairwise_counts_merges_and_splits():
    items = [_item("a", "m.deaths", "deaths"), _item("b", "m.deaths", "deaths"),
             _item("b", "m.injured", "deaths"), _item("c", "m.deaths", "")]
    got = grouping.pairwise(items)
    assert (got["tp"], got["fp"], got["fn"]) == (1, 2, 2)
    assert got["precision"] == pytest.approx(1 / 3) and got["recall"] == pytest.approx(1 / 3)
    cross = grouping.pairwise(items, cross_doc_only=True)
    assert (cross["tp"], cross["fp"], cross["fn"]) == (1, 1, 2)


def test_grouping_pairwise_without_pairs_is_perfect():
    assert grouping.pairwise([])["precision"] == grouping.pairwise([])["recall"] == 1.0


def test_grouping_threads_need_two_documents():
    gold = [{"doc": "corpora/wikinews-2004/wn2004_001.txt", "metric": "solo.count"},
            {"doc": "corpora/wikinews-2004/wn2004_002.txt", "metric": "pair.count"},
            {"doc": "corpora/wikinews-2004/wn2004_003.txt", "metric": "pair.count"}]
    assert grouping.threads(gold) == {"pair": ["corpora/wikinews-2004/wn2004_002.txt",
                                               "corpora/wikinews-2004/wn2004_003.txt"]}
