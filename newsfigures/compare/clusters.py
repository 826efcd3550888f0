"""Metric groups merged when their keys differ only where the figures' measures agree (issue #9, item 3).

A metric key (`compare.metrics`) is built from what each figure's clause says, so two groups can differ only because
one side left a field empty — "people killed" beside "people killed in Myanmar", the later article naming no place
in the clause of its toll — or because two words name one quantity ("shares" and "stock" of one company). Two groups
merge when all of these hold:
- their key parts agree, except a place or subject one side lacks, two places of batches the one of which the
  corpus says lies within the other (`compare.nesting`: "Jabalia in northern Gaza"), or two subjects the measures fold into one
  quantity that is no casualty (whose casualties — "soldiers" or "people" killed — is never folded), or two subjects
  of no casualty whose nouns the similarity reads as kin ("blazes" / "fires", "people" / "workers":
  `similarity.kin_subjects`);
- every two of their figures' measures have one quantity concept (or two the similarity reads as one kind: "blaze",
  "fire") and dimension and reach `similarity.THRESHOLD`, i.e. no measure field disagrees — or only the event, each
  side a verb the class table does not list (`_worded_apart`: GUIDE E2 keeps the text's own verb, so one report
  worded in two articles reads two `other:` lemmas), of a counted quantity; a merge that needs this shares one value
  between the two groups (one report said twice, as `similarity.pair_basis` asks of a misread field);
- no article reports both (an article giving two numbers under two keys means two things);
- neither group also agrees with a third group that disagrees with the other (an unplaced toll beside one in
  Gaza and one in Israel stays apart: which place it is cannot be told).
Merged groups take the key of the group that says the most (place and subject filled), then the larger one.
All functions are pure.
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsfigures.compare import lexicon
from newsfigures.compare.intervals import same_value
from newsfigures.compare.nesting import NO_NESTING, Nesting
from newsfigures.compare.parties import party
from newsfigures.compare.similarity import (THRESHOLD, Similarity, concept, dimension, kin_subjects, misread_score,
                                            similarity, unlisted_event)
from newsfigures.model import Figure, Measure

if TYPE_CHECKING:
    from newsfigures.compare.metrics import Reading

# Concepts counted as casualties: for them the key's subject says whose, and two subjects are two metrics.
CASUALTY_CONCEPTS: frozenset[str] = frozenset(lexicon.EVENT_QUANTITY.values()) | {"casualties"}


@dataclass(frozen=True)
class Group:
    """The figures filed under one metric key: the reading they share, their articles, one figure per measure."""

    key: str
    reading: "Reading"
    size: int
    articles: frozenset[str]
    measured: tuple[Figure, ...]  # one figure per distinct (measure, kind, unit): what similarity reads


def groups(settled: Sequence[tuple[Figure, "Reading"]], keys: Sequence[str]) -> list[Group]:
    """One Group per metric key, in order of first appearance."""
    members: dict[str, list[tuple[Figure, "Reading"]]] = defaultdict(list)
    for fr, key in zip(settled, keys):
        members[key].append(fr)
    out = []
    for key, frs in members.items():
        distinct = {(f.measure, f.kind, f.unit): f for f, _r in reversed(frs)}
        out.append(Group(key, frs[0][1], len(frs), frozenset(f.article_id for f, _r in frs), tuple(distinct.values())))
    return out


def _block(g: Group) -> tuple:
    """Key parts two groups must share to merge at all."""
    r = g.reading
    return r.family, r.incremental, r.projected, r.unit


AGREE, WORDED_APART, DISAGREE = 2, 1, 0  # how two measures compare (`_agreement`)


def _agreement(x: Figure, y: Figure, nesting: Nesting = NO_NESTING) -> int:
    """AGREE: both measures read, one quantity (one concept or one kind) and dimension, no field disagreeing;
    WORDED_APART: the same but for an event each side words with a verb of its own (`_worded_apart`); else DISAGREE."""
    if x.measure == Measure() or y.measure == Measure():
        return DISAGREE
    cx, cy = concept(x.measure), concept(y.measure)
    sim = similarity(x, y, nesting)
    if not cx or not cy or "quantity" in sim.apart or dimension(x) != dimension(y):
        return DISAGREE
    if sim.score >= THRESHOLD:
        return AGREE
    return WORDED_APART if _worded_apart(x, y, sim) else DISAGREE


def _worded_apart(x: Figure, y: Figure, sim: Similarity) -> bool:
    """Only the event disagrees, one side a verb the class table does not list (GUIDE E2: the text's own lemma,
    "fanned" / "extinguish" more than 100 blazes), the score strong once it is weighed as unread, and the quantity
    counted, not measured (two durations of five months are no sign of one report: `lexicon.MEASUREMENT_QUANTITIES`)."""
    return sim.apart == ("event",) and unlisted_event(x.measure.event, y.measure.event) and \
        concept(x.measure) not in lexicon.MEASUREMENT_QUANTITIES and misread_score(sim) >= THRESHOLD


def _measures_agree(g: Group, h: Group, nesting: Nesting = NO_NESTING) -> bool:
    """Every two of the groups' measures agree, or differ only in a worded event where the groups share a value."""
    levels = {_agreement(x, y, nesting) for x in g.measured for y in h.measured}
    if DISAGREE in levels:
        return False
    return WORDED_APART not in levels or any(same_value(x, y) for x in g.measured for y in h.measured)


def _one_thing(g: Group, h: Group) -> bool:
    """Two subjects the measures fold into one quantity ("shares", "stock": share_price), never whose casualties."""
    concepts = {concept(f.measure) for f in g.measured + h.measured}
    (c,) = concepts if len(concepts) == 1 else ("",)
    return bool(c) and c not in CASUALTY_CONCEPTS | lexicon.GENERIC_QUANTITIES | lexicon.MEASUREMENT_QUANTITIES


def _parts_agree(g: Group, h: Group, nesting: Nesting = NO_NESTING) -> bool:
    """Place and subject equal or on one side only, or two batches' places nested; subjects that differ must name
    one quantity."""
    a, b = g.reading, h.reading
    if a.place and b.place and a.place != b.place and not (a.incremental and nesting.nested(a.place, b.place)):
        return False
    return not a.subject or not b.subject or a.subject == b.subject or _one_thing(g, h) or _kin_nouns(g, h)


def _kin_nouns(g: Group, h: Group) -> bool:
    """Two subjects of no casualty whose nouns are kin (`similarity.kin_subjects`: "blazes" / "fires", "people" /
    "workers"), neither naming a party of its own."""
    x, y = g.reading.subject, h.reading.subject
    if {concept(f.measure) for f in g.measured + h.measured} & CASUALTY_CONCEPTS:
        return False
    return kin_subjects(x, y, bool(party(x) and party(y)))


def agree(g: Group, h: Group, nesting: Nesting = NO_NESTING) -> bool:
    """Whether two groups of one block may be one metric (see the module docstring)."""
    return not _apart(g, h, nesting)


def _apart(g: Group, h: Group, nesting: Nesting) -> str:
    """The first condition of `agree` two groups fail, named, or "" when they agree: the one decision both
    `agree` and `why_apart` read."""
    if g.articles & h.articles:
        return "one article reports both"
    if _block(g) != _block(h):
        return "key parts differ"
    if not _parts_agree(g, h, nesting):
        return "place or subject differ"
    if not _measures_agree(g, h, nesting):
        return "measures disagree"
    return ""


def why_apart(g: Group, h: Group, nesting: Nesting = NO_NESTING) -> str:
    """The first condition of `agree` two groups fail, in words with its detail ("key parts differ: event"), or ""
    when they agree (scripts/evaluate_metrics.py --why)."""
    why = _apart(g, h, nesting)
    if why == "key parts differ":
        names = ("event", "batch or total", "projection", "unit")
        return why + ": " + ", ".join(n for n, x, y in zip(names, _block(g), _block(h)) if x != y)
    if why == "measures disagree":
        x, y = next((x, y) for x, y in itertools.product(g.measured, h.measured) if _agreement(x, y, nesting) != AGREE)
        sim = similarity(x, y, nesting)
        return f"{why} ({sim.score:.2f}: {'; '.join(sim.reasons) or 'a measure unread'})"
    return why


def _said(g: Group) -> tuple:
    """What makes a group's key the one to keep: the most parts filled, then the most figures, then the key."""
    return (bool(g.reading.place) + bool(g.reading.subject), g.size, g.key)


def merged_keys(settled: Sequence[tuple[Figure, "Reading"]], keys: Sequence[str],
                nesting: Nesting = NO_NESTING) -> list[str]:
    """The metric key of every figure after groups that agree are merged (`keys` aligned with `settled`; `nesting`
    the places the corpus says lie within others)."""
    gs = groups(settled, keys)
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for n, g in enumerate(gs):
        blocks[_block(g)].append(n)
    partners: dict[int, set[int]] = defaultdict(set)
    for members in blocks.values():
        for i, j in itertools.combinations(members, 2):
            if agree(gs[i], gs[j], nesting):
                partners[i].add(j)
                partners[j].add(i)
    # Where every partner of a group agrees with every other, the group and its partners are one metric.
    clear = {n for n, ps in partners.items() if all(b in partners[a] for a, b in itertools.combinations(ps, 2))}
    root = [min({n} | (partners[n] & clear)) if n in clear else n for n in range(len(gs))]
    chosen: dict[int, Group] = {}
    for n, g in enumerate(gs):
        chosen[root[n]] = max((chosen.get(root[n], g), g), key=_said)
    renamed = {g.key: chosen[root[n]].key for n, g in enumerate(gs)}
    return [renamed[k] for k in keys]

