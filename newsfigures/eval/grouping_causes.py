"""Why the corpus-level grouping splits or joins two gold figures: the step of `compare.metrics.assign_metrics` that
gave them their keys, and the field of the reading or of the measures that decides (`python scripts/evaluate_metrics.py
--why THREAD`, dev threads only).

The keys are read after each step of `assign_metrics_nested` (`metrics.key_steps`): the reading settled over the
thread, the split where one article's measures disagree (`compare.split`), a group named again (`compare.remention`),
the merging of groups whose measures agree (`compare.clusters`), the split of lumped keys by value (`compare.lumped`)
and a scoreline's sides (`compare.scorelines`). A pair the grouping gets wrong is then told by the first step where
its two keys part (a split pair) or meet (a joined pair)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from newsfigures.compare import clusters, metrics
from newsfigures.compare.similarity import THRESHOLD, similarity
from newsfigures.eval.grouping import ThreadRun, matched_figures, pairwise, run_thread
from newsfigures.model import Figure

STEPS = metrics.KEY_STEPS
READING_PARTS = ("subject", "family", "place", "incremental", "projected", "unit")


@dataclass(frozen=True)
class Stages:
    """A thread's figures as `assign_metrics` settles them, with each figure's key after every step (`STEPS`)."""

    settled: tuple[tuple[Figure, Any], ...]  # (figure, its settled `metrics.Reading`)
    keys: dict[str, tuple[str, ...]]
    nesting: Any


def stage_keys(figures: list[Figure], texts: list[str]) -> Stages:
    """Every figure's key after each step of `metrics.assign_metrics_nested` (`metrics.key_steps`)."""
    steps = metrics.key_steps(figures, texts)
    return Stages(steps.settled, steps.keys, steps.nest)


def _parts_differing(a: Any, b: Any) -> list[str]:
    """The parts of two readings that differ."""
    return [n for n in READING_PARTS if getattr(a, n) != getattr(b, n)]


def _group(stages: Stages, key: str) -> clusters.Group:
    """The `clusters.Group` of one key as the clusters step saw it."""
    (g,) = [g for g in clusters.groups(stages.settled, stages.keys["repeats"]) if g.key == key]
    return g


def _measures(stages: Stages, i: int, j: int) -> str:
    """The two figures' measures compared: the score and its reasons."""
    sim = similarity(stages.settled[i][0], stages.settled[j][0], stages.nesting)
    return f"measures {sim.score:.2f}: {'; '.join(sim.reasons) or 'unread'}"


_LATER_SPLIT = {"split": "split where one article's measures disagree", "remention": "remention", "repeats": "repeats",
                "by_value": "split by value or scoreline side", "final": "split where the measures say two things"}


def split_cause(stages: Stages, i: int, j: int) -> tuple[str, str]:
    """Why figures i and j, one gold metric, end under two keys: (cause, detail)."""
    k = stages.keys
    if k["read"][i] == k["read"][j]:
        step = next(s for s in STEPS[1:] if k[s][i] != k[s][j])
        return _LATER_SPLIT.get(step, step), _measures(stages, i, j)
    ri, rj = stages.settled[i][1], stages.settled[j][1]
    parts = _parts_differing(ri, rj)
    why = clusters.why_apart(_group(stages, k["repeats"][i]), _group(stages, k["repeats"][j]), stages.nesting)
    head = f"read apart on {'+'.join(parts)}; clusters: {why.split(' (')[0] or 'a third group agrees with one side'}"
    detail = "; ".join(f"{n} {getattr(ri, n)!r} / {getattr(rj, n)!r}" for n in parts)
    return head, f"{detail}; {why or _measures(stages, i, j)}"


def merge_cause(stages: Stages, i: int, j: int) -> tuple[str, str]:
    """Why figures i and j, two gold metrics, end under one key: (cause, detail)."""
    k = stages.keys
    ri = stages.settled[i][1]
    step = next((s for s in STEPS if k[s][i] == k[s][j]), "final")
    sim = similarity(stages.settled[i][0], stages.settled[j][0], stages.nesting)
    said = "measures agree" if sim.score >= THRESHOLD else "measures disagree"
    head = f"one reading, {said}" if step == "read" else f"joined by {step}, {said}"
    return head, f"subject {ri.subject!r}, event {ri.family!r}, place {ri.place!r}; {_measures(stages, i, j)}"


@dataclass(frozen=True)
class Cause:
    """One pair the grouping gets wrong: which way, the two gold records and figures, the cause and its detail."""

    kind: str  # "split" or "merged"
    gold: tuple[dict[str, Any], dict[str, Any]]
    figures: tuple[Figure, Figure]
    why: str
    detail: str


def thread_stages(docs: list[str]) -> tuple[ThreadRun, Stages]:
    """One thread run as `grouping.run_thread` runs it, and its keys step by step from the same extraction."""
    run = run_thread(docs)
    return run, stage_keys(list(run.extracted), [a.text for a in run.articles])


def causes(run: ThreadRun, gold: list[dict[str, Any]], stages: Stages) -> list[Cause]:
    """Every wrongly split and wrongly merged pair of a thread with its cause (`stages` from the run's extraction)."""
    final = {_where(f): n for n, f in enumerate(f for f, _r in stages.settled)}
    scored = pairwise(matched_figures(run, gold))
    out = []
    for kind, rows, explain in (("split", scored["wrong_split"], split_cause),
                                ("merged", scored["wrong_merge"], merge_cause)):
        for gi, fi, gj, fj in rows:
            why, detail = explain(stages, final[_where(fi)], final[_where(fj)])
            out.append(Cause(kind, (gi, gj), (fi, fj), why, detail))
    return out


def _where(f: Figure) -> tuple[str, int, int]:
    """A figure's place in the corpus: article and span (what `date_past_figures` never changes)."""
    return f.article_id, f.start, f.end


def tally(found: list[Cause]) -> Counter[str]:
    """How many pairs each cause accounts for."""
    return Counter(f"{c.kind}: {c.why}" for c in found)

