"""Metric keys that lump several quantities inside one article (issue #9, items 2 and 3).

A metric key says what is counted, what happened and where, as far as each figure's clause says it; where the clause
leaves out the part that tells two quantities apart, one article files both under one key: "the deaths of 14
Australians and seven others", "killed 21 people, 14 of them Australians", "20 people have died on New South Wales
roads ... three deaths" each in Western Australia. One article reporting two current values of one key at one date,
the smaller at most `lexicon.PART_RATIO` of the larger, is the sign: a running total has one value at a time, and
a count that far below it is a part (of the dev gold's 512 metrics of a document, 18 have two values, most of them
rival estimates within that ratio: "35,868" and "35,000" respondents, "two" and "three" Hamas leaders arrested,
"just under 1" and "around 0.9 per cent"). Such a key cannot tell which of its figures another article's figure
answers: alignment pairs them only where the values agree, and where the key's figures are not spread over dates
(no running total moves) the value is what tells them apart (`split_by_value`). One article alone splits a key
so where its two values stand in two sentences (`lumped_apart`): alternatives of one statement ("bowl us out for
150 ... or we can make 200 to 250") share a sentence, two statements do not. All functions are pure.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from newsfigures.compare.lexicon import CHANGE_SCOPE, PART_RATIO, PERSONAL_QUANTITIES
from newsfigures.compare.similarity import concept, individual_name
from newsfigures.compare.sums import MONEY
from newsfigures.compare.totals import is_batch, is_running_total
from newsfigures.extract.lexicon import UNIT_DIMENSIONS
from newsfigures.model import Figure

Lump = tuple[str, str, str]  # (article, metric, unit)
_PROJECTED = " (projected)"  # the tail `metrics.metric_key` gives a projection's key: a detail goes before it


def lump_of(f: Figure) -> Lump:
    """The key under which an article's figure is checked for a second value."""
    return f.article_id, f.metric, f.unit


def _current(f: Figure) -> bool:
    """A figure that states the metric's value now: not an earlier estimate, not one batch among several."""
    return bool(f.metric) and not f.is_past and not is_batch(f)


def _moment(f: Figure) -> tuple[str, bool]:
    """When a value holds, and whether it is the size of a move: a move's size is no second value of the level it
    moved ("were up 700,000 barrels to 516.5 mln"), while two sizes, like two levels, are two values."""
    return f.as_of, f.measure.scope == CHANGE_SCOPE


def lumped(figures: Iterable[Figure]) -> frozenset[Lump]:
    """The (article, metric, unit) for which an article gives two current values at one date, the smaller at most
    PART_RATIO of the larger; a count the text gives as a part of another ("10 of the 26 deaths") is no second
    value of its key: the text says what it is (`parts_of`)."""
    figures = list(figures)
    told = parts_of(figures)
    values: dict[tuple[Lump, tuple[str, bool]], list[float]] = defaultdict(list)
    for n, f in enumerate(figures):
        if _current(f) and n not in told:
            values[(lump_of(f), _moment(f))].append(abs(f.value))
    return frozenset(lump for (lump, _when), vs in values.items() if min(vs) <= PART_RATIO * max(vs))


def names_no_quantity(f: Figure) -> bool:
    """The figure's measure names no quantity, only what it is written in: a bare sum ("money": nothing in its
    sentence says what kind of money) or a unit of measure read as the thing counted ("0.33 ounce gold a ton":
    "ounce"); not a per cent, whose rival estimates ("just under 1 per cent", "around 0.9 per cent") one article
    often gives, nor a quake's magnitude, which two agencies estimate (`PERSONAL_QUANTITIES`)."""
    read = concept(f.measure)
    return read == MONEY or (UNIT_DIMENSIONS.get(read, "share") != "share" and read not in PERSONAL_QUANTITIES)


def two_values(figures: Iterable[Figure]) -> frozenset[str]:
    """Metric keys under which one sentence of an article gives two different current values at one date, whatever
    their ratio. Of a key that names no quantity (`names_no_quantity`: a bare sum, "money (USD)") two values of one
    sentence are two sums, not rival statements of one thing ("180.8 mln dlrs" of exports other than coffee
    "compared with 147.5 mln dlrs for coffee"; two drill intersections' grades), and a key that leaves out what each
    is of must let their values tell them apart (`_by_value`). Two sentences' values stay one key: rival reports of
    one sum ("demanded 5 mln dlrs, his family said ... the gang had demanded 4 mln dlrs")."""
    values: dict[tuple[Lump, tuple[str, bool], int], set[float]] = defaultdict(set)
    for f in figures:
        if _current(f):
            values[(lump_of(f), _moment(f), f.sentence_start)].add(abs(f.value))
    return frozenset(lump[1] for (lump, _when, _sentence), vs in values.items() if len(vs) > 1)


def lumped_apart(figures: Iterable[Figure]) -> frozenset[str]:
    """Metric keys under which one article gives, in two different sentences, two current values at one date, the
    smaller at most PART_RATIO of the larger: two statements of the article, so two quantities ("more than 60
    properties have been destroyed in the greater Sydney area" ... "20 properties have been ruined at Jervis Bay",
    nsw_bushfires_2001 bg_048; Warne "taking five wickets" ... "10 wickets in hand", cricket_aus_sa_2001 bg_139),
    where the values of one sentence are as often rival statements of one quantity ("bowl us out for 150 ... or we
    can make 200 to 250", bg_139)."""
    values: dict[tuple[Lump, tuple[str, bool]], list[tuple[float, int]]] = defaultdict(list)
    for f in figures:
        if _current(f):
            values[(lump_of(f), _moment(f))].append((abs(f.value), f.sentence_start))
    return frozenset(lump[1] for (lump, _when), vs in values.items()
                     if any(s != t and min(v, w) <= PART_RATIO * max(v, w) for v, s in vs for w, t in vs))


def part_beside_total(x: Figure, y: Figure) -> bool:
    """Whether one of two reports states a running total ("the nation's road toll has risen to 37", "brings the
    death toll ... to 1,121") and the other, no stated total, is at most PART_RATIO of it: at one moment (or
    undated) the smaller is a part of the total (a state's deaths, one shooting's), not a rival report of it."""
    total, other = (x, y) if is_running_total(x) else (y, x)
    return is_running_total(total) and not is_running_total(other) and abs(other.value) <= PART_RATIO * abs(total.value)


def _by_value(figures: Sequence[Figure]) -> frozenset[str]:
    """The keys to split by value: lumped keys reported by two articles or more (one article's own values in one
    sentence are as often rival statements of one quantity: "bowl us out for 150", "200 to 250") and keys one
    article gives two values far apart in two sentences (`lumped_apart`; for these one article is enough), each with at most one as-of
    date among their figures (a running total spread over dates moves, and its values say nothing); and keys of an
    individual's quantity (an age, a quake's magnitude) that do not name one individual throughout (`similarity.two_individuals`). A
    stated total beside another article's count far below it is no such sign: an earlier report of the same toll
    ("Over 1,000 people are killed" ~ "The death toll ... rises to over 3,050") is as likely as a part."""
    articles: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)
    personal: dict[str, bool] = defaultdict(lambda: True)
    bare: dict[str, bool] = defaultdict(lambda: True)
    for f in figures:
        articles[f.metric].add(f.article_id)
        dates[f.metric] |= {f.as_of} - {""}
        named[f.metric].add(individual_name(f.measure.subject))
        personal[f.metric] &= concept(f.measure) in PERSONAL_QUANTITIES
        bare[f.metric] &= names_no_quantity(f)
    keys = {metric for _article, metric, _unit in lumped(figures)}
    own = lumped_apart(figures) | {k for k in two_values(figures) if bare[k]}
    lumps = {k for k in keys | own if (len(articles[k]) > 1 or k in own) and len(dates[k]) <= 1}
    people = {k for k, yes in personal.items() if yes and k and not _one_individual(named[k])}
    return frozenset(lumps | people)


_PARTITIVE = re.compile(r"^\s*of\s+(?:the|these|those|its|their|all)?\s*$", re.IGNORECASE)


def parts_of(figures: Sequence[Figure]) -> frozenset[int]:
    """Indices of the counts the text gives as a part of a larger one of the same key in their sentence ("10 of the
    26 deaths in Australia", holiday_road_toll_2001 bg_043; "six of the eight employees", interlaken_canyoning_trial
    bg_161): a part is filed by its value, the whole stays the key's."""
    by_sentence: dict[tuple[str, int, str, str], list[int]] = defaultdict(list)
    for n, f in enumerate(figures):
        if f.metric:
            by_sentence[(f.article_id, f.sentence_start, f.metric, f.unit)].append(n)
    return frozenset(n for ns in by_sentence.values() for n in ns
                     if any(_part_of(figures[n], figures[m]) for m in ns))


def _part_of(part: Figure, whole: Figure) -> bool:
    """`part` is followed by "of (the)" and then `whole`, a larger amount."""
    gap = part.sentence[part.end - part.sentence_start:whole.start - part.sentence_start]
    return whole.start > part.end and abs(part.value) < abs(whole.value) and bool(_PARTITIVE.match(gap))


def _one_individual(names: set[str]) -> bool:
    """Every figure names the individual, each name within the longest ("pinochet", "augusto pinochet")."""
    longest = max(names, key=len)
    return "" not in names and all(f" {n} " in f" {longest} " for n in names)


def value_key(key: str, f: Figure) -> str:
    """A key's part for one value ("people killed in Switzerland · 21"), the value before a projection's tail; the
    unit follows the value unless the key names it already ("ages killed (year) · 38")."""
    number = f"{f.value:,.0f}" if float(f.value).is_integer() else f"{f.value:g}"
    detail = f" · {number}" + (f" {f.unit}" if f.unit and f"({f.unit})" not in key else "")
    return key[:-len(_PROJECTED)] + detail + _PROJECTED if key.endswith(_PROJECTED) else key + detail


def split_by_value(figures: Sequence[Figure]) -> list[Figure]:
    """Figures of a lumped key (`_by_value`) filed by value: the same number in two articles is one quantity, two
    numbers are two ("21 people" killed in three reports, "14 Australians" in four, "seven others" in one); so is a
    count the text gives as a part of another (`parts_of`), with every figure of its key and value, while the whole
    and the key's other values stay the key's ("10 of the 26 deaths in Australia" beside "risen to 37": splitting
    the whole key files holiday_road_toll_2001's 26, 37 and 45 apart; splitting only the part, measured, lost
    interlaken_canyoning_trial's "six of the eight employees" ~ "All six", P/R 0.895/0.944 -> 0.737/0.778)."""
    keys, told = _by_value(figures), parts_of(figures)
    part_values = {(figures[n].metric, figures[n].value) for n in told}
    return [replace(f, metric=value_key(f.metric, f)) if f.metric in keys or (f.metric, f.value) in part_values
            else f for f in figures]
