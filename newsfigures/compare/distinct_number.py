"""One uncommon number in two reports of a story: after every pair the measures and the shared words make, a report
left alone in each article pairs with the other's when the two write the same uncommon number (in one unit, or in
two that convert: "7,902 metres" and "25,925 feet"), neither article writes that number in that unit for another
figure, and their measures do not say they count two things ("$14.2 billion" in two reports of one takeover,
whatever each reads of who pays it). A fact-checker's cue: an outlet does not arrive at "$14.2 billion", "9.4%" or
the exact conversion of another's "7,902 metres" by chance. All functions are pure."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from newsfigures.compare.clusters import CASUALTY_CONCEPTS
from newsfigures.compare.intervals import value_rank
from newsfigures.compare.similarity import concept, dimension, similarity, telling, two_individuals
from newsfigures.model import Figure

DIGITS = 2  # significant digits an uncommon sum, per cent or measure has at least: "14.2", "9.4", "73"; not "20%"
# ... and a count: two reports of one election give "12 seats" won and lost, of one raid "18" arrested and searched
# (the pair probes' near misses); "458 drones" is no chance
COUNT_DIGITS = 3
# Fields whose disagreement parts two reports only when the other article gives one side's reading a report of its
# own, which is then that side's counterpart (`_rival`): "130" wounded beside the other's "about 140 wounded" and
# "130" troops; Keter's "$75,000" beside the other's "Keter collects $100,000". Without one, the two readings are
# how outlets word one figure (sales / revenue, a deal's buyer / its target, a fraudster / her company). An event, a
# place or a scope read apart is what fresh news misreads most (docs/evaluation.md) and never parts them.
RIVAL_FIELDS = ("quantity", "subject")
REASON = "the same uncommon number, left unpaired in both articles"


def significant_digits(value: float) -> int:
    """How many significant digits a value is written with ("14.2 billion" 3, "3,000" 1, "9.4" 2)."""
    mantissa = f"{abs(value):.6e}".split("e")[0].replace(".", "")
    return len(mantissa.rstrip("0"))


def uncommon(f: Figure) -> bool:
    """A number two reports do not give by chance: telling (`similarity.telling`) and of DIGITS significant digits
    or more, COUNT_DIGITS for a count."""
    digits = COUNT_DIGITS if f.kind == "cardinal" else DIGITS
    return telling(f) and significant_digits(f.value) >= digits


def _key(f: Figure) -> tuple[str, float]:
    return f.unit, round(f.value, 9)


def _rival(f: Figure, others: Sequence[Figure], field: str) -> bool:
    """The other article gives f's reading of `field` a report of f's quantity and dimension: for the quantity, any
    such report; for the subject, one of the same owner."""
    if field == "subject" and not f.measure.subject:
        return False
    for g in others:
        if concept(g.measure) != concept(f.measure) or dimension(g) != dimension(f):
            continue
        if field == "quantity" or (g.measure.subject and "subject" not in similarity(f, g).apart):
            return True
    return False


def _apart(a: Figure, b: Figure, all_a: Sequence[Figure], all_b: Sequence[Figure]) -> bool:
    """Two figures whose measures say they count two things: a quantity or a subject read apart on both sides where
    one side's reading has a report of its own in the other article (`RIVAL_FIELDS`), two casualty kinds, two
    individuals."""
    apart = set(similarity(a, b).apart)
    if any(field in apart and (_rival(a, all_b, field) or _rival(b, all_a, field)) for field in RIVAL_FIELDS):
        return True
    return len({concept(a.measure), concept(b.measure)} & CASUALTY_CONCEPTS) == 2 or two_individuals(a, b)


def number_pairs(xs: Sequence[Figure], ys: Sequence[Figure], all_a: Sequence[Figure],
                 all_b: Sequence[Figure]) -> list[tuple[int, int]]:
    """(i, j) pairs of `xs` and `ys` (the reports left alone) that write one uncommon number (equal in base units when
    the units convert), that number being written by no other report of either article (`all_a`, `all_b`: each
    article's reports, a repeat of one counted once)."""
    count_a, count_b = Counter(map(_key, all_a)), Counter(map(_key, all_b))
    out = []
    for i, x in enumerate(xs):
        if not uncommon(x) or count_a[_key(x)] != 1:
            continue
        matches = [j for j, y in enumerate(ys) if uncommon(y) and value_rank(x, y) == 0
                   and not _apart(x, y, all_a, all_b)]
        if len(matches) == 1 and count_b[_key(ys[matches[0]])] == 1:
            out.append((i, matches[0]))
    return out
