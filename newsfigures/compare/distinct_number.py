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
# Fields whose disagreement says two things were counted whatever the number (the similarity's `apart`): "130"
# wounded and "130" troops, "18" arrested and "18" properties; an event, a place or a scope read apart is what fresh
# news misreads most (docs/evaluation.md) and does not stop the pair. A subject read apart stops it only when the
# other article gives that owner a report of its own (`_rival`): a deal's buyer for its target, a fraudster for her
# company, two names of one police force are how outlets differ, two winners' prizes are two figures.
APART_FIELDS = frozenset({"quantity"})
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


def _rival(f: Figure, others: Sequence[Figure]) -> bool:
    """The other article gives f's owner a report of f's quantity ("Keter collects $100,000" beside another
    outlet's "Keter takes home a $75,000 prize"): that report, not the number, is f's counterpart."""
    if not f.measure.subject:
        return False
    for g in others:
        if g.measure.subject and concept(g.measure) == concept(f.measure) and dimension(g) == dimension(f):
            if "subject" not in similarity(f, g).apart:
                return True
    return False


def _apart(a: Figure, b: Figure, all_a: Sequence[Figure], all_b: Sequence[Figure]) -> bool:
    """Two figures whose measures say they count two things: a quantity read apart on both sides, a subject read
    apart whose owner has a report of its own in the other article, two casualty kinds, two individuals."""
    apart = set(similarity(a, b).apart)
    if APART_FIELDS & apart:
        return True
    if "subject" in apart and (_rival(a, all_b) or _rival(b, all_a)):
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
