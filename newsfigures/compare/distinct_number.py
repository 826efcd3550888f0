"""One uncommon number in two reports of a story: after every pair the measures and the shared words make, a report
left alone in each article pairs with the other's when the two write the same uncommon number (in one unit, or in
two that convert: "7,902 metres" and "25,925 feet"), neither article writes that number for another figure, and
their measures do not say they count two things ("$14.2 billion" in two reports of one takeover,
whatever each reads of who pays it). A fact-checker's cue: an outlet does not arrive at "$14.2 billion", "9.4%" or
the exact conversion of another's "7,902 metres" by chance. All functions are pure."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from newsfigures.compare.clusters import CASUALTY_CONCEPTS
from newsfigures.compare.intervals import value_rank
from newsfigures.compare.similarity import (compatible_dimensions, concept, dimension, similarity, telling,
                                            two_individuals)
from newsfigures.model import Figure

DIGITS = 2  # significant digits an uncommon sum, per cent or measure has at least: "14.2", "9.4", "73"; not "20%"
# ... and a count: two reports of one election give "12 seats" won and lost, of one raid "18" arrested and searched
# (the pair probes' near misses); "458 drones" is no chance
COUNT_DIGITS = 3
# Fields whose disagreement parts two reports only when the other article gives one side's reading a report of its
# own, which is then that side's counterpart (`_rival`): Keter's "$75,000" beside the other's "Keter collects
# $100,000". Without one, the two readings are how outlets word one figure (sales / revenue, a deal's buyer / its
# target, a fraudster / her company). A quantity read apart always parts two counts ("1,250" homes and "1,250"
# troops; "130" wounded and "130" troops): a sum's or a per cent's kind is what outlets word differently, a count's
# noun says what was counted. An event, a place or a scope read apart is what fresh news misreads most
# (docs/evaluation.md) and never parts them.
RIVAL_FIELDS = ("quantity", "subject")
REASON = "the same uncommon number, left unpaired in both articles"


def significant_digits(value: float) -> int:
    """How many significant digits a value is written with ("14.2 billion" 3, "3,000" 1, "9.4" 2)."""
    mantissa = f"{abs(value):.6e}".split("e")[0].replace(".", "")
    return len(mantissa.rstrip("0"))


def uncommon(f: Figure) -> bool:
    """A number two reports do not give by chance: telling (`similarity.telling`) and of DIGITS significant digits
    or more, COUNT_DIGITS for a count; never a fraction, whose decimal digits are the division's ("a quarter" is
    0.25, "a third" 0.333...), not the writer's."""
    digits = COUNT_DIGITS if f.kind == "cardinal" else DIGITS
    return f.kind != "fraction" and telling(f) and significant_digits(f.value) >= digits


def _rival(f: Figure, others: Sequence[Figure], field: str) -> bool:
    """The other article gives f's reading of `field` a report of f's quantity and dimension: for the quantity, any
    such report; for the subject, one whose owner is not read apart from f's."""
    if field == "subject" and not f.measure.subject:
        return False
    for g in others:
        if concept(g.measure) != concept(f.measure) or not compatible_dimensions(dimension(g), dimension(f)):
            continue
        if field == "quantity" or (g.measure.subject and "subject" not in similarity(f, g).apart):
            return True
    return False


def _rivals_in(others: Sequence[Figure]) -> Callable[[Figure, str], bool]:
    """`_rival` against one article's reports, each figure and field read once."""
    known: dict[tuple[int, str], bool] = {}

    def rival(f: Figure, field: str) -> bool:
        if (id(f), field) not in known:
            known[id(f), field] = _rival(f, others, field)
        return known[id(f), field]
    return rival


def _apart(a: Figure, b: Figure, rival_of_a: Callable[[Figure, str], bool],
           rival_of_b: Callable[[Figure, str], bool]) -> bool:
    """Two figures whose measures say they count two things: a quantity read apart on two counts, a quantity or a
    subject read apart where one side's reading has a report of its own in the other article (`rival_of_a`: in
    b's article; `rival_of_b`: in a's), two casualty kinds, two individuals."""
    apart = set(similarity(a, b).apart)
    if "quantity" in apart and "cardinal" in (a.kind, b.kind):
        return True
    if any(field in apart and (rival_of_a(a, field) or rival_of_b(b, field)) for field in RIVAL_FIELDS):
        return True
    return len({concept(a.measure), concept(b.measure)} & CASUALTY_CONCEPTS) == 2 or two_individuals(a, b)


def _one_number(x: Figure, y: Figure) -> bool:
    """The same number: two counts exactly ("458", not "459"), else within rounding, in one unit when the units
    convert ("7,902 metres", "25,925 feet"); a count and a sum or a measure never."""
    if "cardinal" in (x.kind, y.kind):
        return x.kind == y.kind and x.unit == y.unit and x.value == y.value
    return value_rank(x, y) == 0


def number_pairs(xs: Sequence[Figure], ys: Sequence[Figure], all_a: Sequence[Figure],
                 all_b: Sequence[Figure]) -> list[tuple[int, int]]:
    """(i, j) pairs of `xs` and `ys` (the reports left alone) that write one uncommon number, that number being
    written by no other report of either article (`all_a`, `all_b`: each article's reports, a repeat of one counted
    once; "7,902 metres (25,925 feet)" is that number twice), each report in one pair at most."""
    rival_in_b, rival_in_a = _rivals_in(all_b), _rivals_in(all_a)  # for a report of A, of B
    out, used = [], set()
    for i, x in enumerate(xs):
        if not uncommon(x) or sum(_one_number(x, f) for f in all_a) != 1:
            continue
        matches = [j for j, y in enumerate(ys) if j not in used and uncommon(y) and _one_number(x, y)
                   and not _apart(x, y, rival_in_b, rival_in_a)]
        if len(matches) == 1 and sum(_one_number(ys[matches[0]], g) for g in all_b) == 1:
            out.append((i, matches[0]))
            used.add(matches[0])
    return out
