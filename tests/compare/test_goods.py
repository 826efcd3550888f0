"""Two goods make two quantities (compare/goods.py)."""
from __future__ import annotations

import pytest

from newsfigures.compare.goods import different_goods


@pytest.mark.parametrize("x,y,reason", [
    ("gasoline", "distillate fuel", "different goods: gasoline vs distillate fuel"),
    ("Gasoline", "gasoline", ""),  # one goods in two cases
    ("crude oil", "refinery crude oil", ""),  # one within the other
    ("oil", "soil", "different goods: oil vs soil"),  # whole words: "oil" is no word of "soil"
    ("gasoline", "", ""),  # unnamed on one side
])
def test_goods_different_goods(x, y, reason):
    assert different_goods(x, y) == reason
