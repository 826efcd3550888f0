"""Pair the figures of two articles by similarity and say whether each pair agrees, and how."""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace

from newsfigures.compare import distinct_number, echo
from newsfigures.compare.distinct_number import number_pairs
from newsfigures.compare.echo import echo_pairs
from newsfigures.compare.edited import NOTHING_EDITED, Edited
from newsfigures.compare.intervals import Interval, in_one_unit, overlaps, relative_gap, same_value, value_rank
from newsfigures.compare.lexicon import FALLBACK_COUNTED, PART_RATIO, SELF_NAMED_MEASURES
from newsfigures.compare.lumped import Lump, lump_of, lumped, part_beside_total
from newsfigures.compare.metrics import comparable
from newsfigures.compare.moments import same_period
from newsfigures.compare.nesting import NO_NESTING, Nesting
from newsfigures.compare.similarity import Similarity, concept, pair_basis, pair_similarity
from newsfigures.compare.totals import is_batch
from newsfigures.model import Figure, Pair

STATUS_ORDER: dict[str, int] = {"conflict": 0, "update": 1, "compatible": 2, "same": 3, "only_a": 4, "only_b": 5}


def describe(f: Figure) -> str:
    """A figure as a reader would say it: "at least 13,000 (since 2024-10)"."""
    when = f.period or (f"as of {f.as_of}" if f.as_of else ("earlier, undated" if f.is_past else ""))
    return f"{f.text}" + (f" ({when})" if when else "")


COPY_NOTE = "copies of one wire story, not independent confirmation"


def verdict(a: Figure, b: Figure, same_story: bool = False) -> tuple[str, str]:
    """(status, one-line explanation) for two figures of one metric; `same_story` when both articles are copies
    of one wire story (their agreement then confirms nothing). Different units of one dimension are compared in
    one unit ("5 miles" and "8 km": `intervals.in_one_unit`), a number written in another unit at its rounding
    (`intervals.same_value`)."""
    same = same_value(a, b)  # before the conversion: a value written in another unit is read at its rounding
    a, b = in_one_unit(a, b)
    status, why = _verdict(a, b, same)
    if same_story and a.article_id != b.article_id:
        why += f" ({COPY_NOTE})"
    return status, why


_UPWARD = frozenset({"at_least", "more_than"})
_DOWNWARD = frozenset({"at_most", "less_than", "nearly"})


def _opposed(a: Figure, b: Figure) -> bool:
    """ "more than 10,000" vs "fewer than 10,000": one number, bounds pointing away from each other."""
    return (a.qualifier in _UPWARD and b.qualifier in _DOWNWARD) or (b.qualifier in _UPWARD and a.qualifier in _DOWNWARD)


def _undated(a: Figure, b: Figure) -> bool:
    """One side has no as-of date and neither is known to come first: both current reports, or both earlier
    estimates (a past figure no phrase dates has none). Such a difference is never a conflict (issue #9: an undated
    report pairs as `update` or `compatible` and says its date is unknown); a past estimate beside a current report
    is known to come first, whatever its date."""
    return (not a.as_of or not b.as_of) and a.is_past == b.is_past


def _verdict(a: Figure, b: Figure, same: bool) -> tuple[str, str]:
    if same and not (_opposed(a, b) and not overlaps(Interval.of(a), Interval.of(b))):
        if a.qualifier != b.qualifier:
            return "same", f"same value, different qualifier: {a.text} vs {b.text}"
        return "same", f"both report {a.text}"
    if overlaps(Interval.of(a), Interval.of(b)):
        undated = _undated(a, b)
        return "compatible", f"{describe(a)} and {describe(b)} can both be true" + (
            " (one is undated: whether one replaced the other cannot be told)" if undated else "")
    if is_batch(a) and is_batch(b):
        return "compatible", f"separate batches or incidents: {describe(a)} and {describe(b)} can both be true"
    if a.as_of and b.as_of and len(a.as_of) != len(b.as_of) and a.is_past == b.is_past:
        return "update", f"the estimates differ, dated with different precision: {describe(a)} vs {describe(b)}"
    if _undated(a, b):
        return "update", (f"{describe(a)} vs {describe(b)}: undated, so it cannot be told whether one replaced "
                          "the other or they contradict")
    if not same_period(a, b):
        first, second = sorted((a, b), key=lambda f: (not f.is_past, f.as_of or ""))
        way = "rose" if second.value > first.value else "fell"
        return "update", f"the estimate {way}: {describe(first)} → {describe(second)}"
    return "conflict", f"{describe(a)} vs {describe(b)} for the same period: both cannot be true"


def says_enough(f: Figure) -> bool:
    """Whether a figure may be paired with another article's: `metrics.comparable`, or its measure reads what it is
    where the counted word fell back on its dimension: a concept of the vocabulary ("$1.3 billion" a fine, a deal's
    value) or a measurement written with its unit that names what it measures (`_names_its_thing`)."""
    read = concept(f.measure)
    return comparable(f) or (bool(read) and (read not in FALLBACK_COUNTED or (f.kind == "measure" and
                                                                             _names_its_thing(f, read))))


def _names_its_thing(f: Figure, read: str) -> bool:
    """A measurement names what it measures: its subject ("the lava stopped 5 miles from the town", "the asteroid
    is 400 metres wide") or a quantity only one kind of thing has ("magnitude 6.4": a quake's); a bare dimension
    ("Temperatures reached 45 degrees", "residents living 5 miles from the plant") may be any thing's (review37a)."""
    return bool(f.measure.subject) or read in SELF_NAMED_MEASURES


def report_key(f: Figure) -> tuple:
    """What makes two mentions in one article the same report: metric, value, and past-or-current."""
    return (f.article_id, f.metric, f.unit, round(f.value, 6), f.is_past, f.as_of if f.is_past else "")


def distinct(figures: Iterable[Figure]) -> list[Figure]:
    """One figure per report: an article repeating a number is one report (the first mention stands for it)."""
    seen: dict[tuple, Figure] = {}
    for f in figures:
        kept = seen.setdefault(report_key(f), f)
        if kept.qualifier == "exact" and f.qualifier != "exact":
            seen[report_key(f)] = f  # a headline drops "about"; the qualified mention says more
    return list(seen.values())


def _closest_mentions(x: Figure, y: Figure, all_a: list[Figure], all_b: list[Figure]) -> tuple[Figure, Figure]:
    """Among the mentions of two matched reports, the pair worded most alike (same qualifier if any)."""
    xs = [f for f in all_a if report_key(f) == report_key(x)] or [x]
    ys = [f for f in all_b if report_key(f) == report_key(y)] or [y]
    return min(((a, b) for a in xs for b in ys),
               key=lambda ab: (ab[0].qualifier != ab[1].qualifier, ab[0] is not x, ab[1] is not y))


def _lumped_apart(x: Figure, y: Figure, rank: int, lumps: frozenset[Lump]) -> bool:
    """Two reports of one moment (or undated) whose values disagree, under a key one of their articles gives two
    values (`lumped`) or one of them a stated running total far above the other (`part_beside_total`): more likely
    two quantities the key lumps than a contradiction, so they are not paired; at two dates a running total's values
    differ by nature, and the pair stands."""
    if rank < 2 or not same_period(x, y):
        return False
    return bool({lump_of(x), lump_of(y)} & lumps) or part_beside_total(x, y)


def _candidates(xs: list[Figure], ys: list[Figure], edited: Edited, lumps: frozenset[Lump] = frozenset(),
                nesting: Nesting = NO_NESTING) -> list[tuple[tuple, int, int, Similarity]]:
    """Every cross pair of reports similar enough to pair (and not unlinked by the analyst), with its sort key: pairs
    within one corpus metric before any across two (`similarity.ACROSS_METRICS`: those take only reports left), then
    best score first, then (under a key an article lumps) values of one order, then same value, overlapping
    intervals, same past-or-current and nearest value."""
    out = []
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            sim = pair_similarity(x, y, nesting)
            rank = value_rank(x, y)
            basis = pair_basis(x, y, sim, rank < 2, rank == 0)
            if basis is None or edited.forbids(x, y) or _lumped_apart(x, y, rank, lumps):
                continue
            sim = replace(sim, reasons=(*sim.reasons, basis)) if basis else sim
            rank += 0 if x.is_past == y.is_past else 0.5
            nearest = relative_gap(*in_one_unit(x, y))
            far = bool({lump_of(x), lump_of(y)} & lumps) and nearest >= 1 - PART_RATIO
            out.append(((x.metric != y.metric, far, open_distance(x, y, sim), -sim.score, rank, nearest, i, j),
                        i, j, sim))
    out.sort(key=lambda c: c[0])
    return out


OPEN_BOUNDS = frozenset({"at_least", "more_than", "at_most", "less_than"})


def open_distance(x: Figure, y: Figure, sim: Similarity) -> float:
    """How far apart two values of one metric lie (log ratio) when one is an open bound ("at least 1,055"), whose
    interval meets every value on its side, so overlap says nothing of which partner it answers; 0 otherwise. A value
    the bound excludes ("at least 200" beside an earlier "150") comes after every value it meets, and a report dated
    to the bound's own moment comes before them all, by score: a nearer value of another moment is no likelier its
    partner (review39a)."""
    if x.metric != y.metric or sim.differing or not {x.qualifier, y.qualifier} & OPEN_BOUNDS:
        return 0.0
    if x.as_of and y.as_of and same_period(x, y):
        return 0.0
    if value_rank(x, y) == 2:
        return math.inf
    x, y = in_one_unit(x, y)
    low, high = sorted((abs(x.value), abs(y.value)))
    return math.log(high / low) if low > 0 else math.inf


LINKED = "linked by you"


def _linked(all_a: list[Figure], all_b: list[Figure], edited: Edited, same_story: bool,
            nesting: Nesting = NO_NESTING) -> list[Pair]:
    """The pairs the analyst linked, one per report at most (the first link wins), with the usual verdict."""
    pairs: list[Pair] = []
    taken_a, taken_b = set(), set()
    for x, y in edited.forced(all_a, all_b):
        if report_key(x) in taken_a or report_key(y) in taken_b:
            continue
        taken_a.add(report_key(x))
        taken_b.add(report_key(y))
        status, why = verdict(x, y, same_story)
        sim = pair_similarity(x, y, nesting)
        pairs.append(Pair(status, x.metric, x, y, why, sim.score, (LINKED, *sim.reasons)))
    return pairs


def _left_pairs(found: list[tuple[int, int]], left_a: list[Figure], left_b: list[Figure], edited: Edited,
                same_story: bool, nesting: Nesting, reason: str) -> list[Pair]:
    """Pairs of reports the assignment left unpaired, found by a pass of its own (`found`: indices into the two
    lists), never one the analyst unlinked; `reason` first among the pair's reasons."""
    pairs = []
    for i, j in found:
        x, y = left_a[i], left_b[j]
        if edited.forbids(x, y):
            continue
        status, why = verdict(x, y, same_story)
        sim = pair_similarity(x, y, nesting)
        pairs.append(Pair(status, x.metric, x, y, why, sim.score, (reason, *sim.reasons)))
    return pairs


def _alone(status: str, f: Figure) -> Pair:
    """A report the other article has no partner for; one that says too little to match says so."""
    sides = (f, None) if status == "only_a" else (None, f)
    which = "first" if status == "only_a" else "second"
    why = (f"only the {which} article reports {describe(f)}" if says_enough(f)
           else f"{describe(f)}: says too little to match")
    return Pair(status, f.metric, *sides, why)


def align(figs_a: Iterable[Figure], figs_b: Iterable[Figure], same_story: bool = False,
          edited: Edited = NOTHING_EDITED, nesting: Nesting = NO_NESTING) -> list[Pair]:
    """Pairs of figures of the two articles: reports matched one-to-one by similarity, best first, most important
    first in the list; `same_story` when the two articles are copies of one wire story; `edited` the pairs an
    analyst linked (paired first) or unlinked (never paired); `nesting` the places the corpus says lie within
    others. A pair is filed under the first article's metric."""
    all_a, all_b = list(figs_a), list(figs_b)
    pairs = _linked(all_a, all_b, edited, same_story, nesting)
    linked_a = {report_key(p.a) for p in pairs}
    linked_b = {report_key(p.b) for p in pairs}
    a_list = [f for f in distinct(all_a) if report_key(f) not in linked_a]
    b_list = [f for f in distinct(all_b) if report_key(f) not in linked_b]
    xs = [f for f in a_list if says_enough(f)]
    ys = [f for f in b_list if says_enough(f)]
    used_a, used_b = set(), set()
    for _key, i, j, sim in _candidates(xs, ys, edited, lumped(all_a + all_b), nesting):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        x, y = _closest_mentions(xs[i], ys[j], all_a, all_b)
        status, why = verdict(x, y, same_story)
        pairs.append(Pair(status, x.metric, x, y, why, sim.score, sim.reasons))
    left_a = [x for i, x in enumerate(xs) if i not in used_a] + [x for x in a_list if not says_enough(x)]
    left_b = [y for j, y in enumerate(ys) if j not in used_b] + [y for y in b_list if not says_enough(y)]
    # the same sentence in both articles (`echo`), then one uncommon number no other report writes
    # (`distinct_number`): one figure, even where its words say too little to be paired by similarity
    echoed = _left_pairs(echo_pairs(left_a, left_b), left_a, left_b, edited, same_story, nesting, echo.REASON)
    echoed_ids = {id(f) for p in echoed for f in (p.a, p.b)}
    left_a = [x for x in left_a if id(x) not in echoed_ids]
    left_b = [y for y in left_b if id(y) not in echoed_ids]
    numbered = _left_pairs(number_pairs(left_a, left_b, distinct(all_a), distinct(all_b)), left_a, left_b, edited,
                           same_story, nesting, distinct_number.REASON)
    paired_ids = {id(f) for p in numbered for f in (p.a, p.b)}
    pairs += echoed + numbered
    pairs += [_alone("only_a", x) for x in left_a if id(x) not in paired_ids]
    pairs += [_alone("only_b", y) for y in left_b if id(y) not in paired_ids]
    pairs.sort(key=lambda p: (STATUS_ORDER[p.status], p.metric, (p.a or p.b).start))
    return pairs
