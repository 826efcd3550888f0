"""Parts of a running total (`compare.metrics.settle`, last step): a count that is one incident, one period or one
item of a batch, not a rival report of the total. Within one article, a count beside its stated running toll; across
articles, a count far below the totals other articles reported earlier; a count listed after "including" in a batch.
All functions are pure; a reading is marked a part by setting its `incremental`."""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from newsfigures.compare.lexicon import CUMULATIVE_FAMILIES, HUMAN_CASUALTY, PART_RATIO
from newsfigures.compare.totals import is_running_total, offset_in_sentence as _offset_in_sentence
from newsfigures.model import Figure

if TYPE_CHECKING:
    from newsfigures.compare.metrics import Reading

PART_EVIDENCE = 2  # a count is a part when at least this many other articles reported a larger total earlier


def mark_incidents(readings: list[tuple[Figure, Reading]]) -> list[tuple[Figure, Reading]]:
    """Within one article and date, a smaller count beside the stated running toll of the same metric is one
    incident ("fourteen people are killed ... the toll at aid sites increases to 136"), not a rival total."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for n, (f, r) in enumerate(readings):
        if r.family in CUMULATIVE_FAMILIES and not r.incremental and not r.projected and not r.unit:
            groups[(f.article_id, f.as_of, r.subject, r.family, r.place)].append(n)
    out = list(readings)
    for members in groups.values():
        totals = [readings[n][0].value for n in members if is_running_total(readings[n][0])]
        if not totals:
            continue
        for n in members:
            f, r = readings[n]
            if not is_running_total(f) and (f.high if f.high is not None else f.value) < min(totals):
                out[n] = (f, replace(r, incremental=True))
    return out


def mark_parts(readings: list[tuple[Figure, Reading]]) -> list[tuple[Figure, Reading]]:
    """A count far below running totals of its metric that other articles reported earlier is a part of them."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for n, (f, r) in enumerate(readings):
        if r.family in CUMULATIVE_FAMILIES and not r.incremental and not r.projected and not r.unit:
            groups[(r.subject, r.family, r.place)].append(n)
    out = list(readings)
    for members in groups.values():
        for n in _parts(readings, members):
            f, r = readings[n]
            out[n] = (f, replace(r, incremental=True))
    return _mark_included_parts(out)


def _parts(readings: list[tuple[Figure, Reading]], members: list[int]) -> list[int]:
    """The members (one metric's counts) that are parts: walked in date order, each checked against the dated
    running totals before it, kept largest first so the check stops at the first total too small."""
    totals: list[tuple[float, str, str]] = []  # (-value, article, as_of)
    parts = []
    for n in sorted(members, key=lambda n: (readings[n][0].as_of or "9999", readings[n][0].value)):
        f = readings[n][0]
        if f.as_of and _earlier_larger_reports(totals, f) >= PART_EVIDENCE:
            parts.append(n)
        elif not f.is_past and f.as_of:
            bisect.insort(totals, (-f.value, f.article_id, f.as_of))
    return parts


def _earlier_larger_reports(totals: list[tuple[float, str, str]], f: Figure) -> int:
    """How many other articles gave, for an earlier date, a running total at least 1/PART_RATIO times `f` (counted
    up to PART_EVIDENCE); a date that `f`'s date falls within ("2024-10" for "2024-10-02") is not earlier."""
    size = f.high if f.high is not None else f.value
    same_time = {f.as_of[:k] for k in range(1, len(f.as_of) + 1)}
    found: set[str] = set()
    for neg_value, article, when in totals:
        if -neg_value * PART_RATIO < size or len(found) >= PART_EVIDENCE:
            break
        if article != f.article_id and when not in same_time:
            found.add(article)
    return len(found)


_INCLUDING = "including"


def _mark_included_parts(readings: list[tuple[Figure, Reading]]) -> list[tuple[Figure, Reading]]:
    """A count a batch lists after "including" is part of that batch ("51 people, including seven women and twelve
    children, are killed in strikes"; "the toll increases to 104, including 28 children")."""
    by_sentence: dict[tuple[str, int], list[tuple[Figure, Reading]]] = defaultdict(list)
    for f, r in readings:
        if r.family in HUMAN_CASUALTY:
            by_sentence[(f.article_id, f.sentence_start)].append((f, r))
    out = list(readings)
    for n, (f, r) in enumerate(readings):
        i = _offset_in_sentence(f)
        inc = f.sentence.lower().rfind(_INCLUDING, 0, max(i, 0))
        if r.incremental or i < 0 or inc < 0 or re.search(r"[.;:,()]", f.sentence[inc:i]):
            continue
        listed_at = f.start - (i - inc)
        prev = [(g, q) for g, q in by_sentence[(f.article_id, f.sentence_start)] if g.start < listed_at]
        if prev and max(prev, key=lambda gq: gq[0].start)[1].incremental:
            out[n] = (f, replace(r, incremental=True))
    return out
