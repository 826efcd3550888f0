#!/usr/bin/env python
"""Where the metric key's batch and the measure's scope disagree: one line per dev figure whose settled reading
(`compare.metrics.settle`, what the key's "(batch)" says) and extracted `measure.scope` ("incremental" or not) tell
batch and total apart differently, with the gold scope where the figure matches a gold one; then the count per
(key, measure, gold) combination (docs/metrics.md, "One notion of a batch").

Usage:
    python scripts/batch_readings.py                    # every dev thread
    python scripts/batch_readings.py gaza_war bin_laden_video_2001

Dev only: a test thread is refused (the test split is scored in aggregate, docs/evaluation.md).
"""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsfigures.compare.metrics import Reading, settle  # noqa: E402
from newsfigures.eval.grouping import matched_figures, run_thread  # noqa: E402
from newsfigures.eval.measure_gold import dev_threads_from_argv  # noqa: E402
from newsfigures.model import Figure  # noqa: E402

BATCH_SCOPE = "incremental"
NO_GOLD = "-"


@dataclass(frozen=True)
class Disagreement:
    """One figure the key and the measure read differently: the key's batch flag, the measure's scope, the gold's."""

    figure: Figure
    key_batch: bool
    scope: str
    gold_scope: str = NO_GOLD

    def kind(self) -> tuple[str, str, str]:
        """(key, measure, gold) as words: ("total", "incremental", "incremental") = the measure is right."""
        return ("batch" if self.key_batch else "total", self.scope or "-", self.gold_scope)


def disagreements(settled: Iterable[tuple[Figure, Reading]], gold_scope: dict[tuple[str, int], str]) -> list[Disagreement]:
    """The settled figures whose reading and measure disagree on batch or not (a figure with no measure read is none);
    `gold_scope` maps (article id, start) to the gold scope of the figure matched there."""
    out = []
    for f, r in settled:
        if f.measure.scope and r.incremental != (f.measure.scope == BATCH_SCOPE):
            out.append(Disagreement(f, r.incremental, f.measure.scope, gold_scope.get((f.article_id, f.start), NO_GOLD)))
    return out


def thread_disagreements(gold, docs: list[str]) -> list[Disagreement]:
    """One dev thread run as the evaluation runs it, and its disagreements."""
    run = run_thread(docs)
    scopes = {(f.article_id, f.start): g["measure"]["scope"] for g, f in matched_figures(run, gold.figures_of(docs))}
    return disagreements(settle(run.figures), scopes)


def main(argv: list[str] | None = None) -> int:
    loaded = dev_threads_from_argv(argv, __doc__.split("\n\n")[0], "every dev thread")
    if loaded is None:
        return 2
    gold, dev = loaded
    kinds: Counter = Counter()
    for name, docs in dev.items():
        for d in thread_disagreements(gold, docs):
            kinds[d.kind()] += 1
            key, scope, gold_scope = d.kind()
            print(f"{name}: {d.figure.article_id} {d.figure.text!r} key {key}, measure {scope}, gold {gold_scope}: "
                  f"{d.figure.metric!r}")
    print("\nkey / measure / gold")
    for (key, scope, gold_scope), n in sorted(kinds.items()):
        print(f"  {key:6} {scope:12} {gold_scope:12} {n:4}")
    print(f"  {'all':32} {sum(kinds.values()):4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
