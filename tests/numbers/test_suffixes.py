"""What follows a number: percent, currency or unit (newsfigures.numbers.suffixes)."""
from __future__ import annotations

import pytest

from newsfigures.numbers.cores import core
from newsfigures.numbers.suffixes import unit_after
from newsfigures.numbers.tokens import TokenStream


@pytest.mark.parametrize("text, number, unit, kind, surface", [
    ("make up 62 percent of Mumbai's housing", "62", "percent", "percent", "62 percent"),
    ("has made $186.5 million or 186 dollars", "186 ", "USD", "money", "186 dollars"),
    ("a cash component of 10 million Swedish Kronor", "10", "SEK", "money", "10 million Swedish Kronor"),
    ("Porto Velho is 820 km away", "820", "km", "measure", "820 km"),
    ("the 3D printer", "3", "", "glued", "3"),
    ("Nunes, 51 years old", "51", "", "cardinal", "51"),
])
def test_suffixes_unit_after(text, number, unit, kind, surface):
    ts = TokenStream(text)
    c = core(ts, ts.tok_at(text.index(number)), len(text) + 1)
    _value, end, got_unit, got_kind = unit_after(ts, c, c.value, c.end)
    assert (got_unit, got_kind, text[c.start:end]) == (unit, kind, surface)
