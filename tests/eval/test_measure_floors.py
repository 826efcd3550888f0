"""Floors of newsfigures on the measure gold, per split, and of cross-article pairs (skip when ../shared is absent).

Measured with `python scripts/evaluate.py --split dev --pairs` and `--split test --pairs`; set at the value
measured on 2026-11-30 rounded down, once extract read measures; the Lee batch's (dev-lee, test-lee) at its first
score, before any rule was written from it. Floors only rise (the ceiling on wrong pairs only
falls). The test split has aggregate floors only; every dev thread with a gold pair has its own, failing ones
included."""
from __future__ import annotations

import pytest

from newsfigures.eval import reuters
from newsfigures.eval.measure_gold import MEASURE_FIELDS, load_measure_gold
from newsfigures.eval.measure_scores import evaluate_split
from newsfigures.eval.pairs import evaluate_pairs

from conftest import shared_or_skip

def _measures(quantity, subject, event, place, scope, dimension):
    return dict(zip(MEASURE_FIELDS, (quantity, subject, event, place, scope, dimension)))


# subset -> floor of detection F1 and of each accuracy (counted only where the gold has counted lists)
# dev and dev-new as_of (0.91 -> 0.90, 0.82 -> 0.80) and dev-new event (kept at 0.79) follow a gold correction, not
# a change of the system: a second checker found wn2004_084's "200 thousand" dated by its text (as_of 2004-12) and its
# "two" networks controlled (event other:control), which newsfigures reads as undated and measured
# (tests/gold/measures/CHECKS_b.md, stop 17).
# Stop 24 re-based the floors once, on the gold relabelled to GUIDE revision 2 (tests/gold/README.md, "Revision 2"):
# every floor whose score fell under the relabelled gold was set to the new score rounded down (the main code of the
# time, before any rule followed the revision), every other floor kept or raised. The measuring stick changed, not
# the code: under the old gold those scores stand (docs/findings/measurements.md, stop 24). From here floors only rise again.
# Stop 27 re-based again, the same way, on the gold relabelled to GUIDE revision 3 (tests/gold/measures/CHECKS_v3_*):
# dev-new scope, dev-lee2 place and scope, dev-lee3 place, test-lee event, place and scope, test-lee5 event class
# fell with the gold alone; dev-lee3 subject 0.54 -> 0.52 because the 'N or M' range found one more dev-lee3 figure,
# whose subject is wrong (19 of 35 right before, 19 of 36 after). test-lee2 said_by stays 0.89 (stop 25).
SPLIT_FLOORS = {
    "dev": {"f1": 0.95, "qualifier": 0.99, **_measures(0.95, 0.80, 0.95, 0.88, 0.97, 0.99), "said_by": 0.97,
            "counted": 0.95, "as_of": 0.91},  # qualifier raised at stop 59 ("nears", "approach" of a toll)
    "dev-new": {"f1": 0.89, "qualifier": 1.0, **_measures(0.93, 0.73, 0.93, 0.86, 0.96, 1.0), "said_by": 0.96,
                "as_of": 0.81},
    "test": {"f1": 0.86, "qualifier": 0.98, **_measures(0.66, 0.37, 0.77, 0.72, 0.87, 0.91), "said_by": 0.85,
             "counted": 0.79, "as_of": 0.83},  # as_of raised at stop 52 (time phrases of a year's part)
    "test-new": {"f1": 0.81, "qualifier": 0.98, **_measures(0.59, 0.42, 0.75, 0.62, 0.88, 0.95), "said_by": 0.77,
                 "as_of": 0.80},
    # the Lee batch (ABC news, 2001), first scored before any rule saw it (dev-lee quantity 0.60, subject 0.45,
    # event 0.42; test-lee 0.71, 0.37, 0.45), raised as rules written from dev-lee failures landed
    "dev-lee": {"f1": 0.96, "qualifier": 0.99, **_measures(0.92, 0.71, 0.90, 0.73, 0.92, 0.99), "said_by": 0.98,
                "as_of": 0.96},  # place raised at stop 58 (a town the text says lies in the scene: bg_169)
    # scope 0.84 -> 0.83, the one floor ever lowered: counting any noun whose first WordNet sense is a person as
    # people (stop 17) moved one test-lee figure's scope (0.844 -> 0.838, found only in aggregate) while it raised
    # test quantity 0.614 -> 0.643, test-new 0.483 -> 0.550 and test-lee subject; see docs/findings/rounds_16_32.md. Back to 0.85
    # in stop 19 (conditions and reported "will" read as projections).
    "test-lee": {"f1": 0.90, "qualifier": 0.99, **_measures(0.75, 0.42, 0.73, 0.61, 0.85, 0.98), "said_by": 0.95,
                 "as_of": 0.90},  # subject raised at stop 57 (0.425: a match's sides, extract/match_result.py)
    # the second Lee batch (tests/gold/README.md, "The second Lee batch"), first scored on 2026-12-01 on the code of
    # stop 19, before any rule was written from it: unseen news scores near the test split, far below dev (first
    # score: dimension 0.90, said_by 0.91; test-lee2 place 0.70), raised as stop 20's rules landed
    "dev-lee2": {"f1": 0.90, "qualifier": 0.96, **_measures(0.95, 0.56, 0.85, 0.71, 0.90, 0.97), "said_by": 1.0,
                 "as_of": 1.0},
    # test-lee2 said_by stays at 0.89 though it scores 0.930: the rise came from a fix a reviewer named after seeing
    # a line of a test document (stop 25, docs/findings/measurements.md), so it is not made a floor
    "test-lee2": {"f1": 0.93, "qualifier": 1.0, **_measures(0.80, 0.42, 0.66, 0.45, 0.82, 0.96), "said_by": 0.89,
                  "as_of": 0.98},  # quantity raised at stop 54, in aggregate
    # the third Lee batch (lee.cor, ABC items of 2002; tests/gold/README.md "The third Lee batch"), first scored on
    # 2026-12-01 (stop 22) on the code of stop 21, before any rule was written from it
    # dev-lee3 place 0.70 -> 0.65 and event 0.47 -> 0.45, lowered the hour they were set: the money round's "$US"
    # notation found one more dev-lee3 figure ("$US3000 billion ($5500 billion) lawsuit in the US"); both amounts
    # read the lawsuit's venue "US" as their place where the gold writes none (place 24 of 34 right -> 23 of 35), and
    # the new figure's event is wrong (16 of 34 -> 16 of 35); detection F1 0.791 -> 0.805. Stop 23 read dev-lee3's
    # failures (its first score was on record) and raised both past their first score (place 0.74: a legal
    # proceeding's venue is no place; event 0.62); test-lee3 did not move
    # stop 50 raised dev-lee3 to its new scores (cor_008's glued "35C" found, its sentence's opening place read);
    # event at stop 55 (cor_008's level that "eased about 3cm" fell)
    "dev-lee3": {"f1": 0.85, "qualifier": 1.0, **_measures(0.91, 0.56, 0.89, 0.86, 1.0, 0.94), "said_by": 0.91,
                 "as_of": 1.0},
    "test-lee3": {"f1": 0.89, "qualifier": 0.96, **_measures(0.65, 0.61, 0.69, 0.69, 0.96, 0.84), "said_by": 0.84,
                  "as_of": 0.88},
    # the fourth Lee batch (lee_background items far from every test item, all dev; tests/gold/README.md "The fourth
    # Lee batch"), first scored on 2026-12-01 (stop 25) on the code of stop 24 (6ce83af), before any rule was
    # written from it
    "dev-lee4": {"f1": 0.93, "qualifier": 0.96, **_measures(0.95, 0.67, 0.86, 0.70, 0.82, 0.98), "said_by": 0.96,
                 "as_of": 0.97},  # place raised at stop 60 (a reference point is no second place: bg_004)
    # the fifth Lee batch (lee_background items far from every dev item, all test; tests/gold/README.md "The fifth
    # Lee batch"), first scored on 2026-12-01 (stop 26) on the code of stop 25 (65ab5d2), before any rule of stop
    # 26 was merged; no rule writer reads it
    "test-lee5": {"f1": 0.89, "qualifier": 0.97, **_measures(0.82, 0.38, 0.80, 0.48, 0.83, 1.0), "said_by": 0.93,
                  "as_of": 1.0},  # quantity and event raised at stop 60, dimension at stop 61, in aggregate
    # the Reuters batch (Reuters-21578 items of 1987; tests/gold/README.md "The Reuters batch"), first scored on
    # 2026-12-04 (stop 46) on the code of stop 45 (08829d3's extraction), before any rule was written from it
    "dev-reuters": {"f1": 0.88, "qualifier": 0.95, **_measures(0.41, 0.26, 0.55, 0.57, 0.68, 0.77), "said_by": 0.89,
                    "as_of": 0.95},  # raised at stop 48 (exchange ratios, "May" the month, options) and stop 51
    # (stop 51: undated items' "in December 1986", "were off"/"were up" a count, "set at"); quantity at stop 53
    # (a tonnage or volume of stocks, trade or output counts that amount: extract/goods.py); event at stop 55 (the
    # level of "were up 700,000 barrels to 516.5 mln" rose); said_by at stop 58 (a source past a line break inside
    # its sentence, extract/wrapped_source.py: dev-reuters 0.512 -> 0.882, test-reuters 0.311 -> 0.705 in aggregate)
    # and stop 59 (the owner of evidence that closes a sentence, "..., figures from X show.": 0.894); dimension at
    # stop 61 (a bare "francs" in news of France is the French franc: 0.447 -> 0.453, test-reuters 0.607 -> 0.623);
    # F1, quantity and dimension at stop 66 (the wire's "dlrs", "stg", "cts" are currencies), test-reuters in aggregate
    # (quantity 0.525 -> 0.623, event 0.492 -> 0.508, scope 0.541 -> 0.590, dimension 0.623 -> 0.770); dev-reuters
    # subject at stop 67 (0.257 -> 0.269: a nationality on "a French house" is no country, "it" stands for a
    # coordinated name that says it)
    "test-reuters": {"f1": 0.85, "qualifier": 0.96, **_measures(0.62, 0.09, 0.50, 0.47, 0.59, 0.77), "said_by": 0.70,
                     "as_of": 0.95},
}
WRONG_PAIRS_CEILING = {"dev": 0, "test": 0, "dev-lee": 0, "test-lee": 0, "dev-lee2": 0, "dev-lee4": 4,
                       "dev-reuters": 0, "test-reuters": 0}  # pairs joining two different gold metrics (test-reuters
# lowered at stop 66, in aggregate: no wrong pair once the wire's sums are read as money; dev-reuters at stop 68:
# two goods' oil stocks no longer pair, measure.goods)
# gold pairs found: each dev thread with a gold pair, and every split's aggregates
PAIR_FLOORS = {
    "indian_ocean_tsunami": 1, "valech_report": 1, "mst_brazil": 1, "turkey_syria_earthquake": 10, "gaza_war": 205,
    "myanmar_earthquake": 2, "texas_floods": 2, "dev": 222, "dev-new": 2, "test": 5, "test-new": 1,
}
LEE_PAIR_FLOORS = {
    "nsw_bushfires_2001": 1, "holiday_road_toll_2001": 6, "interlaken_canyoning_trial": 12,
    "woomera_detention_unrest": 2, "cricket_aus_sa_2001": 5, "israel_palestinian_2001": 0,
    "shuttle_endeavour_2001": 1, "dev-lee": 27, "test-lee": 4,
}
# the second Lee batch: no gold pair found at its first score; Harrison's age paired at stop 20, Afroz's at stop 21 (test-lee2 has no
# wrong-pair ceiling until the system makes a pair there to judge)
LEE2_PAIR_FLOORS = {
    "cricket_aus_nz_2001": 3, "george_harrison_2001": 1, "bin_laden_video_2001": 0, "afroz_terror_suspect_2001": 1,
    "dev-lee2": 5, "test-lee2": 0,
}
# the fourth Lee batch (all dev): no gold pair found at its first score, seven pairs joining two different gold metrics
LEE4_PAIR_FLOORS = {"mideast_dec_2001": 0, "qantas_maintenance_dispute_2001": 0, "dev-lee4": 0}
# the Reuters batch, first scored at stop 46 before any rule was written from it
REUTERS_PAIR_FLOORS = {
    "colombia_exports_1987": 7, "doyon_mine_gold_1987": 7, "eia_distillate_stocks_1987": 5,
    "india_sugar_buying_1987": 2, "telxon_outlook_1987": 2, "uk_money_market_1987": 1,
    "dev-reuters": 24, "test-reuters": 7,  # eia raised at stop 55 (the SPR level keeps its unit); doyon and
    # dev-reuters at stop 56 (an echo counts the words right around the number); colombia, dev-reuters and
    # test-reuters (in aggregate) at stop 61 (one uncommon number left unpaired in both articles); uk_money_market and
    # dev-reuters at stop 66 (the wire's sums read as money); eia and dev-reuters at stop 68 (a key split by the
    # goods its stocks are of, measure.goods)
}
# the fifth Lee batch (all test, aggregate only): its one gold pair not found at its first score, no pair made
PAIR_FLOORS |= LEE_PAIR_FLOORS | LEE2_PAIR_FLOORS | LEE4_PAIR_FLOORS | REUTERS_PAIR_FLOORS | {"test-lee5": 0}
# the event's class, every `other:<lemma>` one class (measure_rules.event_class), first scored at stop 22
EVENT_CLASS_FLOORS = {"dev": 0.95, "dev-new": 0.94, "dev-lee": 0.92, "dev-lee2": 0.87, "dev-lee3": 0.89, "dev-lee4": 0.90,
                      "test": 0.83, "test-new": 0.85, "test-lee": 0.81, "test-lee2": 0.77, "test-lee3": 0.69,
                      "test-lee5": 0.95, "dev-reuters": 0.58, "test-reuters": 0.55}  # dev-lee3, dev-reuters: stop 55;
# test-reuters: stop 66 (in aggregate)
for _subset, _floor in EVENT_CLASS_FLOORS.items():
    SPLIT_FLOORS[_subset]["event_class"] = _floor
# rows scored only where the Reuters texts can be read (scripts/fetch_reuters.sh; .ci/run fetches them)
REUTERS_ROWS = set(REUTERS_PAIR_FLOORS) | {"dev-reuters", "test-reuters"}


def _readable(row: str) -> None:
    """Skip a Reuters row, with the reason, where the batch's texts are missing."""
    if row in REUTERS_ROWS and reuters.unavailable():
        pytest.skip(f"the Reuters batch is left out: {reuters.unavailable()}")


@pytest.fixture(scope="module")
def gold():
    shared_or_skip("corpora", "wikinews-2004")
    return load_measure_gold()


@pytest.fixture(scope="module")
def scores(gold):
    return evaluate_split("newsfigures", "dev", gold) | evaluate_split("newsfigures", "test", gold)


@pytest.fixture(scope="module")
def pairs(gold):
    return evaluate_pairs(gold, "dev") | evaluate_pairs(gold, "test")


@pytest.mark.parametrize("subset", sorted(SPLIT_FLOORS))
def test_measure_floors_split(scores, subset):
    _readable(subset)
    r = scores[subset]
    got = {"f1": r["detection"]["f1"], **{k: r["accuracy"][k] for k in SPLIT_FLOORS[subset] if k != "f1"}}
    assert r["n_matched"] > 0
    assert {k: v for k, v in got.items() if v < SPLIT_FLOORS[subset][k]} == {}, got


def test_measure_floors_pairs_cover_every_thread_and_split(pairs):
    expected = set(PAIR_FLOORS) - (REUTERS_ROWS if reuters.unavailable() else set())
    assert set(pairs) == expected  # a thread that gains a gold pair needs a floor, failing or not
    threads = set(pairs) - set(SPLIT_FLOORS)
    batches = {"dev-lee": LEE_PAIR_FLOORS, "dev-lee2": LEE2_PAIR_FLOORS, "dev-lee4": LEE4_PAIR_FLOORS,
               "dev-reuters": REUTERS_PAIR_FLOORS}
    later = {row: threads & set(floors) for row, floors in batches.items() if row in pairs}
    assert pairs["dev"]["total"] == sum(pairs[t]["total"] for t in threads - set().union(*later.values())) > 0
    for row, own in later.items():
        assert pairs[row]["total"] == sum(pairs[t]["total"] for t in own) > 0, row


@pytest.mark.parametrize("row", sorted(PAIR_FLOORS))
def test_measure_floors_pairs(pairs, row):
    _readable(row)
    got = pairs[row]
    assert got["found"] >= PAIR_FLOORS[row], (row, got["found"], got["total"])
    assert got["found"] <= got["total"]


@pytest.mark.parametrize("split", sorted(WRONG_PAIRS_CEILING))
def test_measure_floors_wrong_pairs_ceiling(pairs, split):
    _readable(split)
    got = pairs[split]
    assert got["wrong"] <= WRONG_PAIRS_CEILING[split] and got["judged"] > 0, got
