"""Attribute rules of the gold evaluation: counted, event, as_of, said_by, unit, interval."""
from __future__ import annotations

import pytest

from newsfigures.eval.attributes import (as_of_ok, counted_ok, event_ok, interval_ok, norm_unit, said_by_ok,
                                         singular)
from newsfigures.eval.matching import Pred


def test_attributes_rules():
    assert counted_ok("North Korean troops", ["troop", "soldier"])
    assert not counted_ok("Palestinians killed", ["palestinian"])
    assert counted_ok("Palestinians killed", ["palestinian"], any_token=True)
    assert event_ok("killed", ["kill", "die"]) and event_ok("", []) and not event_ok("", ["kill"])
    assert as_of_ok("2025-04-15", "2025-04") and as_of_ok("2025-04", "2025-04-30")
    assert not as_of_ok("2025-05-01", "2025-04") and as_of_ok("", "")
    assert said_by_ok("Gaza Health Ministry", "the Gaza Health Ministry") and not said_by_ok("Reuters", "")


@pytest.mark.parametrize("word, want", [("casualties", "casualty"), ("boxes", "box"), ("soldiers", "soldier"),
                                        ("bus", "bus"), ("children", "child"), ("countries", "country")])
def test_attributes_singular(word, want):
    assert singular(word) == want


@pytest.mark.parametrize("event, gold, ok", [("stopped", ["stop"], True), ("carried", ["carry"], True),
                                             ("injured", ["injure"], True), ("arriving", ["arrive"], True),
                                             ("killed", ["injure"], False)])
def test_attributes_event_forms(event, gold, ok):
    assert event_ok(event, gold) is ok


@pytest.mark.parametrize("unit, want", [("%", "percent"), ("US$", "USD"), ("kilometre", "km"),
                                        ("dimensionless", ""), ("torino_scale", "torino_scale")])
def test_attributes_norm_unit(unit, want):
    assert norm_unit(unit) == want


def test_attributes_interval_needs_both_bounds():
    gold = {"low": 100, "high": None}
    assert interval_ok(Pred(0, 1, 100.0, low=100.5, high=None), gold)
    assert not interval_ok(Pred(0, 1, 100.0, low=100.0, high=200.0), gold)
    assert not interval_ok(Pred(0, 1, 100.0, low=120.0, high=None), gold)
