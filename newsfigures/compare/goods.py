"""Two amounts of different goods are not one quantity: the stocks of gasoline and the stocks of distillate fuel of
one weekly report (`Measure.goods`, stop 68). Goods named on one side only, or one named within the other ("crude
oil", "refinery crude oil"), do not decide. Pure functions."""
from __future__ import annotations


def different_goods(x: str, y: str) -> str:
    """The reason two goods make two quantities ("different goods: gasoline vs distillate fuel"), "" when they do
    not: either unnamed, or the words of one within the other's."""
    gx, gy = x.lower(), y.lower()
    if not gx or not gy or f" {gx} " in f" {gy} " or f" {gy} " in f" {gx} ":
        return ""
    return f"different goods: {gx} vs {gy}"
