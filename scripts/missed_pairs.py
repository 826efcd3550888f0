#!/usr/bin/env python
"""Why each gold cross-article pair of the dev threads was not paired: one line per missed pair with its cause, and
the count per kind (docs/findings/pairs_grouping.md, "Where pairs are lost").

Kinds: 1 a measure field read wrong on one side (or the figure not read at all), the field named; 2 a field the two
reports legitimately differ on (the gold measures differ there too: a subject one names and the other leaves
implicit, an event said in other words); 3 the pairing rules: the one-to-one assignment gave a side to another
report, or the score or a lumped key kept the two apart within one metric; 4 the metric keys: two corpus metrics
though no field sets the measures apart.

With `--detail`, each line is followed by a block: both gold figures (surface, value, gold measure), the system
figures that stand for them (text, sentence, measure, metric key, and whom `compare` paired each with instead, or
only_a / only_b), the similarity of the two with its reasons, and where the pair was lost (STAGES: not detected;
says too little; two metrics, with the measure fields that set them apart; lumped apart; below threshold; taken by
another report). The counts per stage follow the counts per kind.

Usage:
    python scripts/missed_pairs.py                      # every dev thread with a missed pair, then the counts
    python scripts/missed_pairs.py THREAD ...           # only these dev threads
    python scripts/missed_pairs.py --detail THREAD      # each missed pair as a block

Dev only: a test thread is refused (the test split is scored in aggregate, docs/evaluation.md).
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsfigures.compare import alignment  # noqa: E402
from newsfigures.compare.analysis import compare  # noqa: E402
from newsfigures.compare.lumped import lumped  # noqa: E402
from newsfigures.compare.intervals import value_rank  # noqa: E402
from newsfigures.compare.metrics import comparable  # noqa: E402
from newsfigures.compare.nesting import NO_NESTING, Nesting  # noqa: E402
from newsfigures.compare.similarity import Similarity, pair_basis, pair_similarity, similarity  # noqa: E402
from newsfigures.eval.measure_gold import dev_threads_from_argv  # noqa: E402
# eval.pairs' own run of a thread and its mention key: the missed pairs are read exactly as the pair rows count them.
from newsfigures.eval.pairs import GoldPair, Paired, analysed, mention_key, system_pairs, gold_pairs  # noqa: E402
from newsfigures.model import Figure, Measure  # noqa: E402

FIELDS = ("quantity", "subject", "event", "place", "scope", "dimension")
KINDS = {1: "a field read wrong (or not read)", 2: "the reports differ in a field", 3: "assignment, score or lumped key",
         4: "metric keys"}


@dataclass(frozen=True)
class Cause:
    """Why one gold pair was not paired: its kind (1-4) and a line saying what."""

    kind: int
    why: str


def fields_apart(sim: Similarity, one_side: bool = True) -> set[str]:
    """The measure fields a similarity holds apart: different, or (with `one_side`) said on one side only."""
    out = set()
    for reason in sim.reasons:
        if reason.startswith("dimension differs"):
            out.add("dimension")
        elif reason.startswith("a part is not the whole"):
            out.add("subject")
        out |= {f for f in FIELDS if reason.startswith(f"different {f}")
                or (one_side and reason.startswith(f"{f} on one side"))}
    return out


def _with(f: Figure, m: Measure) -> Figure:
    return replace(f, measure=m)


def _misread(f: Figure, gold: Measure, fields: set[str]) -> list[str]:
    """Of `fields`, those the figure's measure reads otherwise than its gold measure ("scope: total, gold incremental")."""
    return [f"{name}: {getattr(f.measure, name) or '-'}, gold {getattr(gold, name) or '-'}"
            for name in sorted(fields_apart(similarity(f, _with(f, gold))) & fields)]


def _unread(f: Figure, gold: Measure) -> list[tuple[str, bool]]:
    """The fields the gold fills and the figure's measure leaves empty, each with whether its sentence says it."""
    return [(name, getattr(gold, name).lower() in f.sentence.lower()) for name in FIELDS
            if getattr(gold, name) and not getattr(f.measure, name)]


def _field_cause(x: Figure, y: Figure, gx: Measure, gy: Measure, names: tuple[str, str]) -> Cause | None:
    """Where two measures disagree outright: kind 1 when the field is misread on a side, kind 2 when the gold
    measures disagree there too; None when no field disagrees outright."""
    apart = fields_apart(similarity(x, y), one_side=False)
    if not apart:
        return None
    wrong = [f"{n} {m}" for n, f, g in zip(names, (x, y), (gx, gy)) for m in _misread(f, g, apart)]
    if wrong:
        return Cause(1, "; ".join(wrong))
    return Cause(2, "; ".join(f"{n}: {getattr(gx, n) or '-'} / {getattr(gy, n) or '-'}" for n in sorted(apart)))


def _unknown_cause(x: Figure, y: Figure, gx: Measure, gy: Measure, names: tuple[str, str], kind: int,
                   why: str) -> Cause:
    """No field disagrees outright: a field its sentence states but the measure left empty is kind 1 (the two metric
    keys named when they differ); otherwise `kind` (2: a field one report leaves implicit scores too low, 4: two
    metric keys), the empty fields noted."""
    empty = [(n, name, said) for n, f, g in zip(names, (x, y), (gx, gy)) for name, said in _unread(f, g)]
    stated = [f"{n} {name} not read (gold {getattr(g, name)!r})" for n, name, said in empty if said
              for g in [gx if n == names[0] else gy]]
    if stated:  # under two metrics the keys keep them apart too: said, so a split key is not read as a field alone
        return Cause(1, "; ".join(stated + ([why] if kind == 4 else [])))
    implicit = "; ".join(f"{n} leaves {name} implicit" for n, name, _said in empty)
    return Cause(kind, why + (f" ({implicit})" if implicit else ""))


def _partner(f: Figure, pairs: list, first: bool) -> str:
    """Whom a report was paired with in the two articles' alignment ("" for nobody)."""
    for p in pairs:
        me, other = (p.a, p.b) if first else (p.b, p.a)
        if me is not None and other is not None and alignment.report_key(me) == alignment.report_key(f):
            return f"{other.text!r} ({p.score:.2f})"
    return ""


def diagnose(x: Figure, y: Figure, gx: Measure, gy: Measure, names: tuple[str, str], pairs: list,
             nesting: Nesting = NO_NESTING) -> Cause:
    """The cause of one missed pair whose two reports were both read (`nesting`: the corpus's, as alignment had it)."""
    if not comparable(x) or not comparable(y):
        side, f = (names[0], x) if not comparable(x) else (names[1], y)
        return Cause(1, f"{side} {f.text!r} says too little to pair (quantity {f.measure.quantity or '-'}, counted "
                        f"{f.counted_lemma or '-'})")
    field = _field_cause(x, y, gx, gy, names)
    if x.metric != y.metric:
        return field or _unknown_cause(x, y, gx, gy, names, 4, f"two metrics: {x.metric!r} vs {y.metric!r}")
    sim = pair_similarity(x, y, nesting)
    rank = value_rank(x, y)
    held = alignment._lumped_apart(x, y, rank, lumped([x, y]))
    if held:
        return Cause(3, "lumped key: values apart at one moment")
    if pair_basis(x, y, sim, rank < 2, rank == 0) is None:
        return field or _unknown_cause(x, y, gx, gy, names, 2, f"score {sim.score:.2f} under the threshold")
    taken = [f"{n} paired with {_partner(f, pairs, i == 0)}" for i, (n, f) in enumerate(zip(names, (x, y)))
             if _partner(f, pairs, i == 0)]
    return Cause(3, "one-to-one: " + ("; ".join(taken) or "not assigned"))


def _name(doc: str) -> str:
    return Path(doc).stem


def _measure_of(gold, report) -> Measure:
    """The gold measure of a report (its first gold figure)."""
    from newsfigures.eval.pairs import report_key

    g = next(g for g in gold.figures_of([report[0]]) if report_key(g) == report)
    return Measure(**{k: g["measure"].get(k, "") for k in FIELDS})


def _side(run, covered: dict, report) -> Figure | None:
    """The first mention the system read for a gold report, or None."""
    art = run.article_of(report[0])
    figs = [f for f in run.figures if art and f.article_id == art.id and report in covered.get(mention_key(f), ())]
    return figs[0] if figs else None


def _rival(p: GoldPair, found: frozenset) -> str:
    """The document whose report of `p` is already paired with another report of the same gold metric in the other
    document (a one-to-one assignment reaches one of them), or ""."""
    for a, b in found:
        if {a[0], b[0]} == {p.a[0], p.b[0]} and a[1] == b[1] == p.metric:
            if p.a in (a, b) or p.b in (a, b):
                return _name((p.a if p.a in (a, b) else p.b)[0])
    return ""


def thread_causes(gold, docs: list[str]) -> list[tuple[GoldPair, Cause]]:
    """Each missed gold pair of one dev thread with its cause."""
    return [(m.pair, m.cause) for m in thread_missed(gold, docs)[0]]


def thread_missed(gold, docs: list[str]) -> tuple[list["Missed"], object]:
    """Each missed gold pair of one dev thread with its cause, where it was lost and its two system figures; and the
    thread's analysis (what `compare` paired)."""
    run, analysis, covered = analysed(gold, docs)
    paired = Paired()
    for doc_a, doc_b in combinations(docs, 2):
        paired |= system_pairs(run, analysis, (doc_a, doc_b), covered)
    out = []
    for p in gold_pairs(gold, gold.thread_of(docs[0]), docs):
        if (p.a, p.b) in paired.found:
            continue
        out.append(_missed(gold, p, run, analysis, covered, paired))
    return out, analysis


def _missed(gold, p: GoldPair, run, analysis, covered: dict, paired: Paired) -> "Missed":
    """One missed gold pair diagnosed."""
    names = (_name(p.a[0]), _name(p.b[0]))
    x, y = _side(run, covered, p.a), _side(run, covered, p.b)
    rival = _rival(p, paired.found)
    if rival:
        cause = Cause(3, f"one-to-one: {rival} already paired with another report of this gold metric")
        return Missed(p, cause, STAGES[5], x, y)
    if x is None or y is None:
        unread = [n for n, f in zip(names, (x, y)) if f is None]
        return Missed(p, Cause(1, f"not read on {' and '.join(unread)}"), STAGES[0], x, y)
    pairs = compare(analysis, x.article_id, y.article_id)
    cause = diagnose(x, y, _measure_of(gold, p.a), _measure_of(gold, p.b), names, pairs, analysis.nesting)
    return Missed(p, cause, stage_of(x, y, cause, analysis.nesting), x, y)


# Where in the pipeline a missed pair was lost (`--detail`), the brief of the cause the kinds above refine.
STAGES = ("not detected", "says too little", "two metrics", "lumped apart", "below threshold",
          "taken by another report")


@dataclass(frozen=True)
class Missed:
    """One missed gold pair: its cause, where it was lost (a STAGES entry, with the fields a split differs on) and
    the two system figures that stand for its reports (None when a report was not read)."""

    pair: GoldPair
    cause: Cause
    stage: str
    x: Figure | None = None
    y: Figure | None = None


def stage_of(x: Figure | None, y: Figure | None, cause: Cause, nesting: Nesting = NO_NESTING) -> str:
    """Where a missed pair was lost: a report not read, one too bare to pair, two corpus metrics (with the measure
    fields that differ, else those said on one side only, else "no field"), a lumped key, a score under the threshold, or the
    one-to-one assignment gave a side to another report."""
    if x is None or y is None:
        return STAGES[0]
    if not comparable(x) or not comparable(y):
        return STAGES[1]
    if x.metric != y.metric:
        return f"{STAGES[2]} ({_split_fields(similarity(x, y, nesting))})"
    if cause.why.startswith("lumped key"):
        return STAGES[3]
    if cause.why.startswith("one-to-one"):
        return STAGES[5]
    return STAGES[4]


def _split_fields(sim: Similarity) -> str:
    """The fields that set two measures apart: those that differ, else those said on one side only, else none."""
    differ = sorted(fields_apart(sim, one_side=False))
    if differ:
        return "different " + ", ".join(differ)
    one_side = sorted(fields_apart(sim))
    return ", ".join(one_side) + " on one side only" if one_side else "no field"


def _measure_line(m: Measure) -> str:
    return ", ".join(f"{k}={getattr(m, k)!r}" for k in FIELDS if getattr(m, k)) or "(none)"


def _gold_line(gold, report, name: str) -> str:
    g = next(g for g in gold.figures_of([report[0]]) if _report(g) == report)
    return f"    gold {name}: {g['surface']!r} = {report[3]:g} | {_measure_line(_measure_of(gold, report))}"


def _report(g) -> tuple:
    from newsfigures.eval.pairs import report_key

    return report_key(g)


def _system_lines(f: Figure | None, name: str, pairs: list, first: bool) -> list[str]:
    """A system figure standing for a gold report: its text and sentence, measure, metric key, and its partner."""
    if f is None:
        return [f"    system {name}: not read"]
    partner = _partner(f, pairs, first) or ("only_a" if first else "only_b")
    return [f"    system {name}: {f.text!r} | {f.sentence.strip()[:140]!r}",
            f"      measure: {_measure_line(f.measure)}; metric {f.metric!r}; paired with {partner}"]


def detail(gold, m: Missed, analysis) -> list[str]:
    """A missed pair as a block: both gold figures, the system figures with their partners, and their similarity."""
    names = (_name(m.pair.a[0]), _name(m.pair.b[0]))
    pairs = compare(analysis, m.x.article_id, m.y.article_id) if m.x is not None and m.y is not None else []
    lines = [f"  {m.pair.metric}: {names[0]} {m.pair.a[3]:g} ~ {names[1]} {m.pair.b[3]:g}  [{m.stage}]",
             _gold_line(gold, m.pair.a, names[0]), _gold_line(gold, m.pair.b, names[1]),
             *_system_lines(m.x, names[0], pairs, True), *_system_lines(m.y, names[1], pairs, False)]
    if m.x is not None and m.y is not None:
        sim = pair_similarity(m.x, m.y, analysis.nesting)
        lines.append(f"    similarity {sim.score:.3f}: {'; '.join(sim.reasons) or '-'}")
    return [*lines, f"    cause: kind {m.cause.kind}: {m.cause.why}"]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    details = "--detail" in args
    loaded = dev_threads_from_argv([a for a in args if a != "--detail"], __doc__.split("\n\n")[0],
                                   "every dev thread with a gold pair")
    if loaded is None:
        return 2
    gold, dev = loaded
    kinds: Counter = Counter()
    stages: Counter = Counter()
    for name in dev:
        missed, analysis = thread_missed(gold, dev[name]) if gold_pairs(gold, name, dev[name]) else ([], None)
        for m in missed:
            p, cause = m.pair, m.cause
            kinds[cause.kind] += 1
            stages[m.stage.split(" (")[0]] += 1
            print(f"{name}: {p.metric.removeprefix(name + '.')}: {_name(p.a[0])} {p.a[3]:g} ~ {_name(p.b[0])} "
                  f"{p.b[3]:g}: kind {cause.kind}: {cause.why}")
            if details:
                print("\n".join(detail(gold, m, analysis)))
    print("\nmissed pairs by kind")
    for kind, label in KINDS.items():
        print(f"  {kind} {label:34} {kinds[kind]:4}")
    print(f"  {'all':36} {sum(kinds.values()):4}")
    print("\nmissed pairs by where they were lost")
    for stage in STAGES:
        print(f"  {stage:37} {stages[stage]:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
