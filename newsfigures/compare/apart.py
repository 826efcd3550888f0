"""A figure whose own measure says it is another thing than every figure of its metric key is filed apart (issue #9,
item 3).

A metric key (`compare.metrics`) is read from each figure's clause, and a coarse one ("guides", "blazes", "buildings
destroyed") files figures together that the clause words alike although their measures tell them apart: "Two guides
who survived were acquitted" beside "the manslaughter of ... three guides", "more than 100 blazes burn" beside
"fanned blazes in a dozen areas". The measure GUIDE's metric is one quantity, subject, event, place, scope and
dimension, and Compare, Timeline and the roll-ups must agree on what is one thing (item 3), so two figures conflict
(`conflict`) when
- both measures are read and, at one moment (`moments.same_period`), pairing would refuse them as two reports of
  the key (`similarity.pair_basis` over `similarity.pair_similarity`: a field disagrees and the similarity stays
  under `similarity.THRESHOLD`; "more than 100 blazes burn" beside "fanned blazes in a dozen areas", "22 buildings
  destroyed" beside "13 damaged"); where pairing leaves it to the key (two batches), or at two moments (two dates,
  or an earlier estimate beside a current report: a running quantity's values differ by nature, so their
  difference says nothing: "about 600" killed in April, "2,000" in September), when more fields disagree than one
  misread explains (`repeats.MISREAD_FIELDS`);
- their values do not meet (neither the same number nor intervals that overlap): one value said twice is one report
  whose field was misread, as `similarity.pair_basis` reads it for pairs ("50 to 60 detainees breached" ~ "up to 50
  detainees breaking into"); a vague count ("hundreds", "scores") states no number (tests/gold/README.md, "Vague
  counts"), so no other number either.
A key's figures, taken in the corpus's order, are put in parts: a figure joins, of the parts holding a figure it does
not conflict with, the one whose measures are most like its own; a figure that conflicts with every figure of every
part starts one. A part is left by a figure only when it conflicts with all of it: one misread figure does not drag
the figures that conflict with it alone out of their key (setting apart every figure that conflicts with any other
lowered the held-out grouping in aggregate, lee-test 0.750/0.692 -> 0.700/0.538 with the two fields asked here).
The part that spans the most articles (then the most figures, then the first) keeps the key; each other part adds the
value of the first field that tells it apart ("guides · deaths"). All functions are pure.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from newsfigures.compare.intervals import value_rank
from newsfigures.compare.moments import same_period
from newsfigures.compare.nesting import NO_NESTING, Nesting
from newsfigures.compare.repeats import MISREAD_FIELDS, VAGUE
from newsfigures.compare.scorelines import side_key
from newsfigures.compare.similarity import (BATCHES, THRESHOLD, Similarity, concept, pair_basis, pair_similarity,
                                            similarity)
from newsfigures.model import Figure, Measure

# Measure fields a part is named by, in the order they are tried: what is counted, what happened, whose, where, scope.
FIELDS: tuple[str, ...] = ("quantity", "event", "subject", "place", "scope")
# Parts are found by comparing every two of a key's signatures, so the step grows with their square (review30: 2,000
# distinct measures under one key took 157 s). A key with more distinct measures than this is left whole: its
# figures keep the key, as they did before the step. No dev or test key comes near it (the largest holds dozens).
MAX_SIGNATURES = 150


def values_meet(a: Figure, b: Figure) -> bool:
    """The same number or intervals that overlap (`intervals.value_rank`, in base units when the units convert), or a
    vague count on a side ("hundreds", "scores"), which states no number (tests/gold/README.md, "Vague counts") and
    so no other one."""
    return VAGUE in (a.qualifier, b.qualifier) or value_rank(a, b) < 2


def _signature(f: Figure) -> tuple:
    """What `similarity` reads of a figure besides its value: measure, kind, unit, counted word, a source or none."""
    return f.measure, f.kind, f.unit, f.counted_lemma, bool(f.said_by)


def _ordered(a: Figure, b: Figure) -> tuple[Figure, Figure]:
    """The two figures in one order whichever is given first (by signature, then size), so that a refusal read of
    them (`measures_refuse`, which need not be symmetric) is the same both ways."""
    return (a, b) if (repr(_signature(a)), abs(a.value)) <= (repr(_signature(b)), abs(b.value)) else (b, a)


def _refusal_key(a: Figure, b: Figure) -> tuple[tuple, tuple, bool, int]:
    """All a refusal reads of two figures: their signatures, one moment or two, and which value is the larger (a
    batch below a total may be its part, `similarity.pair_similarity`), so a cached refusal answers only for pairs
    it holds for."""
    order = (abs(a.value) > abs(b.value)) - (abs(a.value) < abs(b.value))
    return _signature(a), _signature(b), same_period(a, b), order


def measures_apart(sim: Similarity) -> bool:
    """More fields disagree outright than one misread can explain, and the similarity stays under THRESHOLD."""
    return sim.differing > MISREAD_FIELDS and sim.score < THRESHOLD


def _both_read(a: Figure, b: Figure) -> bool:
    """Both figures' measures were read (an unread one says nothing)."""
    return a.measure != Measure() and b.measure != Measure()


def unpairable(a: Figure, b: Figure, key: str, nesting: Nesting = NO_NESTING) -> bool:
    """Whether pairing (`similarity.pair_basis` over `similarity.pair_similarity`) refuses two figures filed under
    `key` whose values differ: what Compare would never call one thing, the key does not hold as one. Where pairing
    leaves it to the key (two batches, `similarity.BATCHES`), measures that disagree beyond a misread say it."""
    a, b = (f if f.metric == key else replace(f, metric=key) for f in (a, b))
    basis = pair_basis(a, b, pair_similarity(a, b, nesting))
    return basis is None or (basis == BATCHES and measures_apart(similarity(a, b, nesting)))


def measures_refuse(a: Figure, b: Figure, key: str, nesting: Nesting = NO_NESTING) -> bool:
    """At one moment (`moments.same_period`) pairing's refusal (`unpairable`); at two, where a running quantity's
    values differ by nature, only measures that disagree beyond one misread field (`measures_apart`)."""
    if same_period(a, b):
        return unpairable(a, b, key, nesting)
    return measures_apart(similarity(a, b, nesting))


def conflict(a: Figure, b: Figure, nesting: Nesting = NO_NESTING, key: str = "") -> bool:
    """Whether two figures' own measures say they are two things under `key` (by default the first one's metric;
    see the module docstring)."""
    return _both_read(a, b) and not values_meet(a, b) and measures_refuse(a, b, key or a.metric or "?", nesting)


Part = dict[tuple, list[int]]  # a part's figures by signature (`_signature`)


def _parts(key: str, members: Sequence[int], figures: Sequence[Figure], nesting: Nesting) -> list[list[int]]:
    """The figures of one key in parts: each joins, of the parts holding a figure it does not conflict with, the one
    whose measures are most like its own (the highest similarity to one of them; the first on a tie); a figure that
    conflicts with every figure of every part starts a part of its own. Similarities are read once per two
    signatures, refusals once per two signatures, moment and value order (`_refusal_key`), whichever figure comes
    first; a key with more than MAX_SIGNATURES signatures is left whole at once. (A key was once left whole when
    the first figure of each signature conflicted with none: which figure came first then decided it, review31.)"""
    sims: dict[tuple[tuple, tuple], Similarity] = {}
    refused: dict[tuple[tuple, tuple, bool, int], bool] = {}

    def sim(n: int, m: int) -> Similarity:
        pair = (_signature(figures[n]), _signature(figures[m]))
        if pair not in sims:
            sims[pair] = similarity(figures[n], figures[m], nesting)
        return sims[pair]

    def apart(n: int, m: int) -> bool:
        x, y = _ordered(figures[n], figures[m])
        pair = _refusal_key(x, y)
        if pair not in refused:
            refused[pair] = _both_read(x, y) and measures_refuse(x, y, key, nesting)
        return refused[pair]

    def meets(n: int, part: Part) -> bool:
        """Figure n gives the value of a figure of the part: one report, whatever field was misread."""
        return any(values_meet(figures[n], figures[m]) for ms in part.values() for m in ms)

    def joins(n: int, part: Part) -> bool:
        """Some figure of the part does not conflict with figure n (`conflict`, read once per refusal key)."""
        return any(not apart(n, ms[0]) for ms in part.values()) or meets(n, part)  # the cached test first

    if len({_signature(figures[n]) for n in members}) > MAX_SIGNATURES:
        return [list(members)]
    out: list[Part] = []
    for n in members:
        open_parts = [p for p in out if joins(n, p)]
        if not open_parts:
            open_parts = [{}]
            out.append(open_parts[0])
        home = open_parts[0] if len(open_parts) == 1 else max(
            open_parts, key=lambda p: max((sim(n, ms[0]).score for ms in p.values()), default=0.0))
        home.setdefault(_signature(figures[n]), []).append(n)
    return [sorted(n for ms in p.values() for n in ms) for p in out]


def _field(f: Figure, name: str) -> str:
    """A measure field as a part's key shows it: the quantity's concept, an event without its "other:" class."""
    if name == "quantity":
        return concept(f.measure).replace("_", " ")
    value = getattr(f.measure, name)
    return value.removeprefix("other:")


def _detail(key: str, part: Sequence[Figure], kept: Sequence[Figure]) -> str:
    """The value of the first field (FIELDS) in which the part's figures differ from the kept part's and which the key
    does not say already ("people wounded in X" gets no "· X")."""
    for name in FIELDS:
        own = {_field(f, name) for f in part} - {""}
        if own and not own & {_field(f, name) for f in kept} and not any(v.lower() in key.lower() for v in own):
            return sorted(own)[0]
    return "apart"


def _reach(part: Sequence[int], figures: Sequence[Figure]) -> tuple[int, int, int]:
    """What makes a part the one to keep the key: the most articles, then the most figures, then the first."""
    return len({figures[n].article_id for n in part}), len(part), -part[0]


def _fresh(key: str, detail: str, taken: set[str]) -> str:
    """The key of a part: `key` with its detail, numbered when that key is taken already (two parts never merge)."""
    out, n = side_key(key, detail), 2
    while out in taken:
        out, n = side_key(key, f"{detail} {n}"), n + 1
    taken.add(out)
    return out


def apart_keys(figures: Sequence[Figure], keys: Sequence[str], nesting: Nesting = NO_NESTING) -> list[str]:
    """The metric key of every figure (`keys` aligned with `figures`), a key's figures that conflict in parts of
    their own."""
    members: dict[str, list[int]] = defaultdict(list)
    for n, key in enumerate(keys):
        members[key].append(n)
    out, taken = list(keys), set(keys)
    for key, ns in members.items():
        parts = _parts(key, ns, figures, nesting) if key else [ns]
        kept = max(parts, key=lambda p: _reach(p, figures))
        for part in (p for p in parts if p is not kept):
            new = _fresh(key, _detail(key, [figures[n] for n in part], [figures[n] for n in kept]), taken)
            for n in part:
                out[n] = new
    return out
