#!/usr/bin/env python
"""List, per dev thread, every cross-article pair the system makes between two gold figures of different gold
metrics: the two figures, their measures and metric keys, the similarity score and reasons, the two gold metrics.

Usage:
    python scripts/pair_errors.py                      # every dev thread with a wrong pair
    python scripts/pair_errors.py cricket_aus_sa_2001  # only these threads

Dev only: a thread holding a test document is refused (the test split is scored in aggregate only,
docs/evaluation.md); `python scripts/evaluate.py --split dev --pairs` gives the counts this list explains.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsfigures.eval.measure_gold import dev_threads_from_argv  # noqa: E402
from newsfigures.eval.pairs import WrongPair, gold_pairs, wrong_pairs  # noqa: E402

FIELDS = ("quantity", "subject", "event", "place", "scope", "dimension")


def _side(f, gold_metrics: tuple[str, ...]) -> list[str]:
    """One figure of a pair: its text, sentence, measure, metric key, and the gold metrics it stands for."""
    measure = ", ".join(f"{k}={getattr(f.measure, k)!r}" for k in FIELDS if getattr(f.measure, k))
    return [f"    {f.text!r} = {f.value:g}  | {f.sentence.strip()[:160]!r}",
            f"      measure: {measure or '(none)'}; counted={f.counted!r} event={f.event!r}",
            f"      metric: {f.metric!r}; gold: {', '.join(gold_metrics)}"]


def describe(w: WrongPair) -> str:
    """A wrong pair as a block of lines."""
    p = w.pair
    head = f"  {Path(w.docs[0]).stem} ~ {Path(w.docs[1]).stem}: {p.status}, score {p.score:.3f}"
    return "\n".join([head, *_side(p.a, w.gold_a), *_side(p.b, w.gold_b), f"    reasons: {'; '.join(p.reasons)}"])


def main(argv: list[str] | None = None) -> int:
    loaded = dev_threads_from_argv(argv, __doc__.split("\n\n")[0], "every dev thread with a gold pair")
    if loaded is None:
        return 2
    gold, dev = loaded
    total = 0
    for name in dev:
        if not gold_pairs(gold, name, dev[name]):
            continue
        found = wrong_pairs(gold, dev[name])
        total += len(found)
        if found:
            print(f"== {name}: {len(found)} wrong pairs")
            print("\n".join(describe(w) for w in found))
    print(f"\n{total} wrong pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
