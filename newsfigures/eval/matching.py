"""Matching predicted figures to gold figures of one document: overlapping spans and agreeing values."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsfigures.model import Measure

VALUE_TOLERANCE = 0.01
Located = tuple[dict[str, Any], "tuple[int, int] | None"]


@dataclass(frozen=True)
class Pred:
    """One predicted figure, offsets into the text the system read."""

    start: int
    end: int
    value: float | None
    text: str = ""
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str = ""
    counted: str = ""
    event: str = ""
    as_of: str = ""
    said_by: str = ""
    metric: str = ""
    measure: Measure = Measure()


@dataclass(frozen=True)
class DocRun:
    """A system's view of one gold document: the text it read and its predictions."""

    doc: str
    text: str
    preds: list[Pred] = field(default_factory=list)


def gold_range(g: dict[str, Any]) -> tuple[float, float] | None:
    """The range any value inside of which agrees with gold: a vague figure's plausible range (written by hand
    in the gold, see tests/gold/README.md), a range figure's bounds."""
    if g["qualifier"] == "vague" and g.get("plausible"):
        return g["plausible"][0], g["plausible"][1]
    if g["qualifier"] in ("vague", "range") and g.get("low") is not None and g.get("high") is not None:
        return g["low"], g["high"]
    return None


def _close(pred_value: float, v: float, tol: float) -> bool:
    """Within `tol` relative of `v` (exactly 0 for 0)."""
    if v == 0:
        return pred_value == 0
    return abs(pred_value - v) <= tol * abs(v)


def values_agree(pred_value: float | None, g: dict[str, Any], tol: float = VALUE_TOLERANCE) -> bool:
    """True when a predicted value agrees with gold: within `tol` relative (exact 0 for 0); for vague and range
    gold, anywhere inside their range (`gold_range`); for a gold fraction, the percentage form (x100) is also
    accepted."""
    if pred_value is None:
        return False
    rng = gold_range(g)
    if rng is not None and rng[0] <= pred_value <= rng[1]:
        return True
    gv = g["value"]
    candidates = [gv] + ([gv * 100] if g.get("unit") in ("fraction", "probability") else [])
    return any(_close(pred_value, v, tol) for v in candidates)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _value_error(p: Pred, g: dict[str, Any]) -> float:
    """Relative error of a prediction's value (huge when it has none): the tie-breaker between candidates."""
    if p.value is None:
        return 1e9
    return abs((p.value or 0) - g["value"]) / (abs(g["value"]) or 1)


def _candidates(gold: list[Located], preds: list[Pred], need_value: bool) -> list[tuple[int, float, int, int]]:
    """(-overlap, value error, gold index, prediction index) for every admissible pair."""
    cands = []
    for gi, (g, span) in enumerate(gold):
        if span is None:
            continue
        for pi, p in enumerate(preds):
            ov = _overlap(span, (p.start, p.end))
            if ov > 0 and (not need_value or values_agree(p.value, g)):
                cands.append((-ov, _value_error(p, g), gi, pi))
    return sorted(cands)


def match_doc(gold: list[Located], preds: list[Pred], need_value: bool = True) -> list[tuple[int, int]]:
    """One-to-one matching of gold figures (with their located spans) to predictions of one document.

    A pair is a candidate when the spans overlap by at least one character and, if `need_value`, the values
    agree (`values_agree`). Candidates are taken greedily by largest overlap, then smallest value error.
    Returns (gold index, prediction index) pairs."""
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in _candidates(gold, preds, need_value):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs
