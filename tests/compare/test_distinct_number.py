"""compare.distinct_number: one uncommon number left unpaired in two reports of a story is one figure."""
from __future__ import annotations

import io
import json

import pytest

from newsfigures.cli import main
from newsfigures.compare.alignment import align
from newsfigures.compare.distinct_number import REASON, number_pairs, significant_digits, uncommon
from newsfigures.compare.edited import Edited, FigureKey, pair_of
from newsfigures.eval import reuters
from newsfigures.model import Figure, Measure

needs_weka = pytest.mark.skipif(bool(reuters.unavailable()), reason=reuters.unavailable() or "available")


def sum_of(article: str, surface: str, value: float, measure: Measure, kind: str = "money", unit: str = "USD",
           sentence: str = "", qualifier: str = "exact") -> Figure:
    """A figure of `article` written `surface`, with the measure its article's words gave it."""
    sentence = sentence or f"They put it at {surface} on Monday."
    at = sentence.index(surface)
    return Figure(article_id=article, source_file="", text=surface, start=at, end=at + len(surface),
                  sentence=sentence, value=value, low=value, high=value, qualifier=qualifier, unit=unit,
                  counted=measure.quantity, event=measure.event, as_of="", said_by="",
                  metric=f"{measure.quantity} · {measure.subject}", counted_lemma=measure.quantity, kind=kind,
                  sentence_start=0, measure=measure)


# The takeover of stop 60's pair probe (business_merger): the buyer read as the owner in one report, no owner and
# another verb in the other, so the measures fall under the threshold.
BUYER = Measure(quantity="deal_value", subject="Corvell Brands", event="bought", scope="projection",
                dimension="currency:USD")
TARGET = Measure(quantity="deal_value", subject="", event="cost", scope="total", dimension="currency:USD")


@pytest.mark.parametrize("value, digits", [
    (14.2e9, 3), (4.6e12, 2), (73e6, 2), (9.4, 2), (1400, 2), (3000, 1), (600_000, 1), (458, 3), (0.021, 2),
    (20, 1), (0, 0),
])
def test_distinct_number_significant_digits(value, digits):
    assert significant_digits(value) == digits


@pytest.mark.parametrize("value, kind, qualifier, expected", [
    (14.2e9, "money", "exact", True),
    (9.4, "percent", "exact", True),
    (20, "percent", "exact", False),    # one digit: a round share any two reports may give
    (458, "cardinal", "exact", True),
    (18, "cardinal", "exact", False),   # a count needs three: 18 arrested, 18 properties searched
    (130, "cardinal", "exact", False),
    (450e6, "money", "vague", False),   # "hundreds of millions"
    (0.25, "fraction", "exact", False),  # stop 63: "a quarter" is 0.25 by division, no writer's two digits
])
def test_distinct_number_uncommon(value, kind, qualifier, expected):
    f = sum_of("a", "X", value, TARGET, kind=kind, qualifier=qualifier, sentence="X")
    assert uncommon(f) is expected


def test_distinct_number_pairs_two_reports_left_alone():
    a = [sum_of("a", "about $14.2 billion", 14.2e9, BUYER)]
    b = [sum_of("b", "$14.2 billion", 14.2e9, TARGET)]
    matched = [p for p in align(a, b) if p.a is not None and p.b is not None]
    assert [(p.status, p.reasons[0]) for p in matched] == [("same", REASON)]


REVENUE = Measure(quantity="revenue", subject="", event="cost", dimension="currency:USD")


def test_distinct_number_pairs_a_quantity_read_two_ways():
    """"Sales" in one report, "revenue" in the other (stop 60's probe, business_merger's "$27 billion"): no report of
    either article says which of the two the number is not."""
    x, y = sum_of("a", "$14.2 billion", 14.2e9, BUYER), sum_of("b", "$14.2 billion", 14.2e9, REVENUE)
    assert number_pairs([x], [y], [x], [y]) == [(0, 0)]


@pytest.mark.parametrize("rival_in, rival", [
    # the other article gives a report of one side's quantity: that one is its counterpart ("130" wounded in one
    # report, "about 140 wounded" and "130" troops in the other)
    ("a", Measure(quantity="revenue", event="rose", dimension="currency:USD")),
    ("b", Measure(quantity="deal_value", event="bought", dimension="currency:USD")),
])
def test_distinct_number_keeps_apart_a_quantity_with_a_report_of_its_own(rival_in, rival):
    x, y = sum_of("a", "$14.2 billion", 14.2e9, BUYER), sum_of("b", "$14.2 billion", 14.2e9, REVENUE)
    other = sum_of(rival_in, "$15 billion", 15e9, rival)
    all_a, all_b = ([x, other], [y]) if rival_in == "a" else ([x], [y, other])
    assert number_pairs([x], [y], all_a, all_b) == []


# The owner read apart: the deal's target on one side, its buyer on the other (stop 60's probe, business_merger)
TARGET_NAMED = Measure(quantity="deal_value", subject="Brightwater Foods", event="cost", dimension="currency:USD")


def test_distinct_number_pairs_an_owner_read_two_ways():
    x, y = sum_of("a", "$14.2 billion", 14.2e9, BUYER), sum_of("b", "$14.2 billion", 14.2e9, TARGET_NAMED)
    assert number_pairs([x], [y], [x], [y]) == [(0, 0)]


@pytest.mark.parametrize("rival_in, rival", [
    # the other article gives the owner a report of its own of that quantity: that one is the counterpart
    ("a", Measure(quantity="deal_value", subject="Brightwater", event="bought", dimension="currency:USD")),
    ("b", Measure(quantity="deal_value", subject="Corvell", event="cost", dimension="currency:USD")),
])
def test_distinct_number_keeps_apart_an_owner_with_a_report_of_its_own(rival_in, rival):
    x, y = sum_of("a", "$14.2 billion", 14.2e9, BUYER), sum_of("b", "$14.2 billion", 14.2e9, TARGET_NAMED)
    other = sum_of(rival_in, "$15 billion", 15e9, rival)
    all_a, all_b = ([x, other], [y]) if rival_in == "a" else ([x], [y, other])
    assert number_pairs([x], [y], all_a, all_b) == []


@pytest.mark.parametrize("rival", [
    Measure(quantity="revenue", subject="Brightwater", dimension="currency:USD"),  # another quantity
    Measure(quantity="deal_value", subject="", dimension="currency:USD"),          # no owner
    Measure(quantity="deal_value", subject="Brightwater", dimension="percent"),     # another unit
])
def test_distinct_number_a_report_of_another_kind_is_no_rival(rival):
    x, y = sum_of("a", "$14.2 billion", 14.2e9, BUYER), sum_of("b", "$14.2 billion", 14.2e9, TARGET_NAMED)
    kind = "percent" if rival.dimension == "percent" else "money"
    other = sum_of("a", "$15 billion", 15e9, rival, kind=kind, unit="" if kind == "percent" else "USD")
    assert number_pairs([x], [y], [x, other], [y]) == [(0, 0)]


def test_distinct_number_two_winners_prizes_stay_apart(nlp):
    """Stop 42's marathon: A's women's winner earned $75,000, B's men's winner takes home $75,000 where A gives him
    $100,000 (through the compare path, on the probe's own text)."""
    from pathlib import Path

    from compare.pair_reports import file_comparer
    run = file_comparer(nlp, Path(__file__).resolve().parents[1] / "fixtures" / "pairprobe42")
    figs_a, figs_b, pairs = run("sport_marathon")
    linked = {(p.a.text, p.b.text) for p in pairs if p.a is not None and p.b is not None}
    assert figs_a and figs_b and not any("75,000" in a and "75,000" in b for a, b in linked)


def test_distinct_number_needs_the_number_once_in_each_article():
    x = sum_of("a", "$14.2 billion", 14.2e9, BUYER)
    twice = sum_of("a", "$14.2 billion", 14.2e9, Measure(quantity="debt", dimension="currency:USD"))
    y = sum_of("b", "$14.2 billion", 14.2e9, TARGET)
    assert number_pairs([x], [y], [x], [y]) == [(0, 0)]
    assert number_pairs([x], [y], [x, twice], [y]) == []
    assert number_pairs([x], [y, y], [x], [y, y]) == []
    in_euros = sum_of("b", "14.2 billion euros", 14.2e9, TARGET, unit="EUR")
    assert number_pairs([x], [in_euros], [x], [in_euros]) == []


DEPTH = Measure(quantity="distance", event="other:reach", scope="total", dimension="length")


@pytest.mark.parametrize("written_a, value_a, unit_a, written_b, value_b, unit_b, paired", [
    ("7,902 metres", 7902, "meter", "25,925 feet", 25925, "foot", True),     # 7,901.9 m: one depth converted
    ("22 centimetres", 22, "cm", "8.7 inches", 8.7, "inch", True),            # 22.10 cm, within 0.5 %
    ("352 km/h", 352, "kmh", "218.7 mph", 218.7, "mph", True),
    ("7,450 metres", 7450, "meter", "25,925 feet", 25925, "foot", False),    # two depths
    ("9 kilometres", 9, "km", "5.6 miles", 5.6, "mile", False),              # one significant digit: by chance
    ("$14.2 billion", 14.2e9, "USD", "14.2 billion euros", 14.2e9, "EUR", False),  # two currencies never convert
])
def test_distinct_number_reads_a_number_converted(written_a, value_a, unit_a, written_b, value_b, unit_b, paired):
    kind = "money" if unit_a == "USD" else "measure"
    measure = BUYER if kind == "money" else DEPTH
    x = sum_of("a", written_a, value_a, measure, kind=kind, unit=unit_a)
    y = sum_of("b", written_b, value_b, measure, kind=kind, unit=unit_b)
    assert (number_pairs([x], [y], [x], [y]) == [(0, 0)]) is paired


def test_distinct_number_a_number_and_its_own_conversion_are_written_twice():
    """"7,902 metres (25,925 feet)" in one article is that number twice: no pair on it, and never two pairs sharing
    the other article's report."""
    metres = sum_of("a", "7,902 metres", 7902, DEPTH, kind="measure", unit="meter")
    feet = sum_of("a", "25,925 feet", 25925, DEPTH, kind="measure", unit="foot")
    other = sum_of("b", "7,902 metres", 7902, DEPTH, kind="measure", unit="meter")
    assert number_pairs([metres, feet], [other], [metres, feet], [other]) == []


def test_distinct_number_a_count_is_the_same_number_only_exactly():
    count = Measure(quantity="drone", event="other:launch", dimension="count")
    x, y = sum_of("a", "458", 458, count, kind="cardinal", unit=""), sum_of("b", "459", 459, count, kind="cardinal",
                                                                          unit="")
    assert number_pairs([x], [y], [x], [y]) == []
    assert number_pairs([x], [x], [x], [x]) == [(0, 0)]
    as_sum = sum_of("b", "$458", 458, BUYER)  # a count and a sum of one value are two numbers
    assert number_pairs([x], [as_sum], [x], [as_sum]) == []


def test_distinct_number_two_counts_of_two_things_stay_apart():
    """"1,250 homes destroyed" ~ "1,250 troops deployed": a count's noun says what was counted, rival or not."""
    homes = Measure(quantity="home", event="destroyed", dimension="count")
    troops = Measure(quantity="troops", event="sent", dimension="count")
    x = sum_of("a", "1,250", 1250, homes, kind="cardinal", unit="")
    y = sum_of("b", "1,250", 1250, troops, kind="cardinal", unit="")
    assert number_pairs([x], [y], [x], [y]) == []


def test_distinct_number_a_rival_whose_currency_was_not_read_still_parts():
    """The other article's own report of the owner's sum, its currency left unread ("currency"), is still the
    number's counterpart."""
    x, y = sum_of("a", "$14.2 billion", 14.2e9, BUYER), sum_of("b", "$14.2 billion", 14.2e9, TARGET_NAMED)
    rival = Measure(quantity="deal_value", subject="Brightwater", event="bought", dimension="currency")
    other = sum_of("a", "15 billion", 15e9, rival, unit="")
    assert number_pairs([x], [y], [x, other], [y]) == []


def test_distinct_number_never_a_pair_the_analyst_unlinked():
    a = [sum_of("a", "about $14.2 billion", 14.2e9, BUYER)]
    b = [sum_of("b", "$14.2 billion", 14.2e9, TARGET)]
    unlinked = Edited(unlinked=frozenset({pair_of(FigureKey.of(a[0]), FigureKey.of(b[0]))}))
    assert not [p for p in align(a, b, edited=unlinked) if p.a is not None and p.b is not None]


@needs_weka
def test_distinct_number_two_wire_items_pair_their_coffee_exports(tmp_path):
    """Reuters test_0492 and test_0500 (dev: colombia_exports_1987) report one month's exports: the coffee sum,
    "147.5 mln\ndlrs" on one side of a wrapped line, is a sum in dollars on both and pairs by its measure; the total
    "about 1.5 billion dlrs", read under two keys, pairs as the same uncommon number."""
    paths = [str(reuters.document_path(f"reuters/{n}.txt")) for n in ("test_0492", "test_0500")]
    out, err = io.StringIO(), io.StringIO()
    assert main(["compare", *paths, "--format", "json", "--store", str(tmp_path / "s.duckdb")],
                stdout=out, stderr=err) == 0
    pairs = [p for p in json.loads(out.getvalue())["pairs"] if p["a"] and p["b"]]
    found = {(p["a"]["text"].replace("\n", " "), p["b"]["text"], p["status"]) for p in pairs}
    numbered = {(p["a"]["text"], p["b"]["text"], p["status"]) for p in pairs if REASON in (p.get("reasons") or [])}
    assert ("147.5 mln dlrs", "147.5 mln dlrs", "same") in found
    assert ("about 1.5 billion dlrs", "about 1.5 billion dlrs", "same") in numbered
