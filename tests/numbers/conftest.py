"""Helpers of the number parser's tests, as fixtures (test modules cannot import each other)."""
from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from newsfigures.numbers import NumberMention, parse_numbers

QUANTITY_KINDS = ("cardinal", "percent", "money", "measure", "fraction", "multiplier")


def _find(text: str, surface: str) -> NumberMention:
    """The mention whose text is `surface` (fails the test when absent)."""
    ms = parse_numbers(text)
    for m in ms:
        if m.text == surface:
            return m
    raise AssertionError(f"{surface!r} not found in {[m.text for m in ms]}")


def _quantities(text: str) -> list[NumberMention]:
    return [m for m in parse_numbers(text) if m.kind in QUANTITY_KINDS]


def _approx_eq(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@pytest.fixture
def find() -> Callable[[str, str], NumberMention]:
    return _find


@pytest.fixture
def quantities() -> Callable[[str], list[NumberMention]]:
    return _quantities


@pytest.fixture
def approx_eq() -> Callable[[float, float], bool]:
    return _approx_eq
