#!/usr/bin/env python
"""Score corpus-level metric grouping (and verdicts) on the hand-annotated threads of tests/gold/.

Usage:
    python scripts/evaluate_metrics.py                 # pairwise precision/recall of metric grouping per thread
                                                       # (then each later batch: its dev threads, lee-dev, lee-test ... reuters-test)
    python scripts/evaluate_metrics.py --errors gaza_war   # also list wrongly split / wrongly merged pairs (dev threads)
    python scripts/evaluate_metrics.py --why gaza_war ...  # each such pair with its cause, then the causes counted
                                                           # (dev threads; newsfigures/eval/grouping_causes.py)
    python scripts/evaluate_metrics.py --verdicts      # verdict accuracy on tests/fixtures/threads/*.json
    python scripts/evaluate_metrics.py --json
    python scripts/evaluate_metrics.py --merge-similar 0.9   # a candidate: metric groups merged by measure similarity

A thread is one story of the gold set (the prefix of its metric keys, e.g. `gaza_war`) with at least two
annotated documents; its corpus is every annotated document of that story plus, for the current-events
corpus, every annotated item of the same folder. Each thread is loaded with newsfigures.ingest.load_path,
extracted with newsfigures.extract.extract_many and reconciled with newsfigures.compare.analysis.reconcile
over the whole thread, so metric keys are corpus-level (newsfigures/eval/grouping.py).

Predictions are matched to gold figures as in scripts/evaluate.py (newsfigures/eval/matching.py: overlapping
spans, agreeing values). Grouping is scored over every pair of matched figures of a thread (same document or
not): a pair is gold-positive when both share a gold `metric`, predicted-positive when both share a predicted
`metric`; precision = TP / predicted-positive, recall = TP / gold-positive. `cross-doc` restricts the pairs to
figures of different documents (what corpus-level grouping adds). The later batches' threads (tests/gold/README.md,
"The Lee batch" onwards, and "The Reuters batch") are scored on the measure gold's metric keys, batch by batch: each
dev thread, then pooled "lee-dev" and "lee-test" ("lee2-dev", "lee2-test" ... "reuters-test"; test threads in
aggregate only). Verdicts: newsfigures/eval/verdicts.py.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsfigures.eval.clustering import merge_similar_metrics  # noqa: E402
from newsfigures.eval.gold import SHARED  # noqa: E402
from newsfigures.eval.gold import load_gold  # noqa: E402
from newsfigures.eval.grouping import evaluate_grouping, evaluate_batch_grouping, batch_threads, threads  # noqa: E402
from newsfigures.eval.grouping_causes import causes, tally, thread_stages  # noqa: E402
from newsfigures.eval.measure_gold import LATER_BATCHES, load_measure_gold, load_split  # noqa: E402
from newsfigures.eval.verdicts import evaluate_verdicts  # noqa: E402


def _fmt_pair(g: dict[str, Any], f: Any) -> str:
    return f"{Path(g['doc']).stem}:{g['surface']!r} gold={g['metric']} pred={f.metric!r}"


def _why(names: list[str], later_dev: dict[str, list[str]]) -> int:
    """Print each wrong pair of the dev threads `names` with its cause, then every cause counted over them."""
    test, shared = load_split()["test"], threads()
    gold_of = {name: load_gold() for name in shared} | {name: load_measure_gold().figures_of(docs)
                                                        for name, docs in later_dev.items()}
    unknown = [n for n in names if n not in gold_of or set(shared.get(n, later_dev.get(n, ()))) & test]
    if unknown:
        print(f"error: not a dev thread: {', '.join(unknown)} (--why takes dev threads only)", file=sys.stderr)
        return 2
    counted: Counter[str] = Counter()
    for name in names:
        run, stages = thread_stages(shared.get(name) or later_dev[name])
        found = causes(run, gold_of[name], stages)
        print(f"== {name}: {len(found)} pairs wrong")
        for c in found:
            print(f"  {c.kind:6} {_fmt_pair(c.gold[0], c.figures[0])}  ~  {_fmt_pair(c.gold[1], c.figures[1])}\n"
                  f"         {c.why} | {c.detail}")
        counted += tally(found)
    print("\n== causes (pairs)")
    for why, n in counted.most_common():
        print(f"{n:5}  {why}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threads", nargs="*", help="only these threads (default: all)")
    ap.add_argument("--errors", metavar="THREAD", help="list wrongly merged / split pairs of THREAD")
    ap.add_argument("--why", nargs="+", metavar="THREAD",
                    help="why the grouping splits or joins each wrong pair of these dev threads, and the causes counted")
    ap.add_argument("--verdicts", action="store_true", help="score verdicts on tests/fixtures/threads/*.json")
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--merge-similar", type=float, metavar="T",
                    help="score a candidate grouping: metric groups whose measures agree at mean similarity >= T "
                         "merged (newsfigures/eval/clustering.py)")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"error: corpus directory {SHARED} not found", file=sys.stderr)
        return 2
    if args.verdicts:
        res = evaluate_verdicts()
        if args.json:
            print(json.dumps(res, indent=1, ensure_ascii=False))
            return 0
        for r in res["rows"]:
            flag = "ok " if r["ok"] else "BAD"
            print(f"{flag} {r['fixture']}: {r['a']!r} vs {r['b']!r}: expected {r['expected']}, got {r['got']} — {r['explanation']}")
        print(f"\nverdict accuracy: {res['correct']} / {res['pairs']} = {res['accuracy']:.3f}")
        return 0
    for note in load_measure_gold().left_out:
        print(f"warning: {note}", file=sys.stderr)
    later_dev = {name: docs for batch in LATER_BATCHES for name, docs in batch_threads("dev", batch)[1].items()}
    if args.errors and set(threads().get(args.errors, later_dev.get(args.errors, ()))) & load_split()["test"]:
        print(f"error: {args.errors} is a test-split thread, scored in aggregate only; --errors takes a dev thread",
              file=sys.stderr)
        return 2
    if args.why:
        return _why(args.why, later_dev)
    regroup = (lambda figs: merge_similar_metrics(figs, args.merge_similar)) if args.merge_similar else None
    res = evaluate_grouping(args.threads, regroup)
    if not args.threads or set(args.threads) & set(later_dev):
        pooled = {f"{batch}-{split}" for batch in LATER_BATCHES for split in ("dev", "test")}
        lee = {k: v for batch in LATER_BATCHES for split in ("dev", "test")
               for k, v in evaluate_batch_grouping(split, regroup, batch).items()}
        res |= {k: v for k, v in lee.items() if not args.threads or k in args.threads or k in pooled}
    if args.json:
        slim = {k: {kk: ({x: y for x, y in vv.items() if x not in ("wrong_merge", "wrong_split")}
                         if isinstance(vv, dict) else vv) for kk, vv in v.items()} for k, v in res.items()}
        print(json.dumps(slim, indent=1))
        return 0
    print(f"{'thread':26}{'docs':>5}{'gold':>6}{'match':>6}{'P':>8}{'R':>8}{'pairs+':>8}{'P x-doc':>9}{'R x-doc':>9}")
    for name, r in res.items():
        a, x = r["all"], r["cross_doc"]
        print(f"{name:26}{r['docs']:>5}{r['gold']:>6}{r['matched']:>6}{a['precision']:>8.3f}{a['recall']:>8.3f}"
              f"{a['tp'] + a['fn']:>8}{x['precision']:>9.3f}{x['recall']:>9.3f}")
    if args.errors and args.errors in res:
        r = res[args.errors]["all"]
        print(f"\n== wrongly merged ({len(r['wrong_merge'])})")
        for gi, fi, gj, fj in r["wrong_merge"]:
            print(f"  {_fmt_pair(gi, fi)}  ~  {_fmt_pair(gj, fj)}")
        print(f"\n== wrongly split ({len(r['wrong_split'])})")
        for gi, fi, gj, fj in r["wrong_split"]:
            print(f"  {_fmt_pair(gi, fi)}  ~  {_fmt_pair(gj, fj)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
