"""Number parser: every number mention in a string, with exact offsets (pure regex + lexicon; no spaCy).

How it works and the rules it follows: docs/numbers.md."""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import replace

from newsfigures.numbers import lexicon as lx
from newsfigures.numbers.assemble import can_start, mention_at
from newsfigures.numbers.compared_units import compared_units
from newsfigures.numbers.cores import core
from newsfigures.numbers.mention import NumberMention
from newsfigures.numbers.nonfigures import relabel, special_mentions, special_spans
from newsfigures.numbers.ranges import merge_bounds
from newsfigures.numbers.shared_units import shared_units
from newsfigures.numbers.tokens import TokenStream
from newsfigures.numbers.unit_and_half import unit_and_half
from newsfigures.numbers.units import percent_words

__all__ = ["parse_numbers", "parse_number_text", "number_records"]


def parse_numbers(text: str) -> list[NumberMention]:
    """Every number mention in `text`, sorted and non-overlapping; never raises."""
    if not isinstance(text, str) or not text:
        return []
    try:
        found = _scan(TokenStream(text))
    except Exception:  # noqa: BLE001 - the parser must never take the caller down
        return []
    out = unit_and_half(text, _well_formed(text, found))
    out = compared_units(text, shared_units(text, [relabel(text, m, out) for m in out]))
    return sorted(out + percent_words(text, out), key=lambda m: m.start)


def _scan(ts: TokenStream) -> list[NumberMention]:
    """Left to right over the tokens: the special span starting at a token (date, time, phone...), else the
    mention the token opens; bounds next to each other are then joined into ranges."""
    specials = special_spans(ts)
    special_starts = [s for s, _, _ in specials]
    by_token: dict[int, tuple[int, int, str]] = {}
    for sp in specials:
        i = ts.tok_at(sp[0])
        if i < ts.n:
            by_token.setdefault(i, sp)
    out: list[NumberMention] = []
    prev_end = 0
    i = 0
    while i < ts.n:
        sp = by_token.get(i)
        if sp is not None and sp[0] >= prev_end:
            out.extend(special_mentions(ts.text, *sp))
            prev_end = sp[1]
            i = ts.tok_at(prev_end)
            continue
        m = _mention_from(ts, i, prev_end, special_starts)
        if m is None:
            i += 1
            continue
        out.append(m)
        prev_end = m.end
        i = ts.tok_at(prev_end)
    return merge_bounds(ts.text, out)


def _mention_from(ts: TokenStream, i: int, prev_end: int, special_starts: list[int]) -> NumberMention | None:
    """The mention token i opens, kept clear of the previous mention and of the next special span."""
    start = ts.toks[i].start
    if start < prev_end or not can_start(ts, i):
        return None
    k = bisect.bisect_right(special_starts, start)
    limit = special_starts[k] if k < len(special_starts) else len(ts.text) + 1
    m = mention_at(ts, i, prev_end, limit)
    if m is None or m.start < prev_end or m.end > limit:
        return None
    return m


def _well_formed(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """The mentions in order, dropping overlaps and any whose offsets, value or bounds are inconsistent."""
    out: list[NumberMention] = []
    last = -1
    for m in sorted(found, key=lambda x: (x.start, -x.end)):
        if m.start < last or m.start >= m.end or text[m.start:m.end] != m.text or not math.isfinite(m.value):
            continue
        m = _finite_bounds(m)  # "about 1.7e308"
        if (m.low is not None and m.low > m.value) or (m.high is not None and m.high < m.value):
            continue
        out.append(m)
        last = m.end
    return out


def _finite_bounds(m: NumberMention) -> NumberMention:
    """The mention with an infinite bound made unbounded (None)."""
    if (m.low is None or math.isfinite(m.low)) and (m.high is None or math.isfinite(m.high)):
        return m
    return replace(m, low=m.low if m.low is not None and math.isfinite(m.low) else None,
                   high=m.high if m.high is not None and math.isfinite(m.high) else None)


def parse_number_text(s: str) -> float | None:
    """The value of a number written alone: "two thousand" -> 2000.0, "1.5m" -> 1500000.0, "a dozen" -> 12.0."""
    if not isinstance(s, str):
        return None
    t = s.strip()
    if not t:
        return None
    try:
        ts = TokenStream(t)
        c = core(ts, 0, len(t) + 1, money=bool(re.search(r"\d\s*m\b", t))) if ts.n else None
        if c is not None and c.kind in ("cardinal", "fraction", "multiplier") and not t[c.end:].strip(" .,;"):
            return float(c.value)
    except Exception:  # noqa: BLE001
        pass
    ms = parse_numbers(t)
    return float(ms[0].value) if ms else None


def number_records(text: str) -> list[dict]:
    """The quantity mentions of `text` as JSON-ready dicts (the CLI `numbers` contract)."""
    return [{"text": m.text, "start": m.start, "end": m.end, "value": m.value, "low": m.low, "high": m.high,
             "qualifier": m.qualifier, "unit": m.unit, "kind": m.kind}
            for m in parse_numbers(text) if m.kind in lx.QUANTITY_KINDS]
