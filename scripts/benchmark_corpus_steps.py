"""Speed of the corpus-wide steps (metrics, dating of past estimates, discrepancies, roll-ups) as a corpus grows.

    python scripts/benchmark_corpus_steps.py [--articles 10000] [--seed 7]

The figures of the shared corpora (or of data/) are extracted once, then recombined into a synthetic corpus of
N articles (seeded: each copy gets its own id, a shifted date and a jittered value, so no two copies are the same
report). Each step runs at N/10 and at N in the same process; the ratio of the two times is the growth factor
(10 = linear, 100 = all pairs), in CPU seconds of this process. A baseline that only copies every figure once is printed beside them.
"""
from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfigures.compare import analysis, apart, clusters, discrepancies, metrics, rollup, split  # noqa: E402
from newsfigures.extract import load_pipeline  # noqa: E402
from newsfigures.model import Article, Figure  # noqa: E402
from newsfigures.store import Store  # noqa: E402


def _timed(fn):
    """Result and CPU seconds of this process (the steps run on one core; other load on the machine does not count)."""
    gc.collect()
    t = time.process_time()
    out = fn()
    return out, time.process_time() - t


def _shift(as_of: str, days: int) -> str:
    """A date moved by `days`, at the precision it was given."""
    if len(as_of) != 10:
        return as_of
    return (date.fromisoformat(as_of) + timedelta(days=days)).isoformat()


def synthetic(articles: list[Article], figures: list[Figure], n: int, seed: int) -> tuple[list[Article], list[Figure]]:
    """N articles recombined from real ones: copy k of article A has id A~k, dates shifted, values jittered."""
    rng = random.Random(seed)
    by_article: dict[str, list[Figure]] = {}
    for f in figures:
        by_article.setdefault(f.article_id, []).append(f)
    sources = [a for a in articles if by_article.get(a.id)]
    arts, figs = [], []
    for k in range(n):
        a = sources[k % len(sources)]
        new_id, days, jitter = f"{a.id}~{k}", rng.randint(-30, 30), 1 + rng.choice((0, 0, 0.01, -0.02, 0.1))
        arts.append(replace(a, id=new_id, published=_shift(a.published, days) if a.published else a.published))
        figs += [replace(f, article_id=new_id, as_of=_shift(f.as_of, days), value=round(f.value * jitter, 2),
                         low=None if f.low is None else round(f.low * jitter, 2),
                         high=None if f.high is None else round(f.high * jitter, 2), metric="")
                 for f in by_article[a.id]]
    return arts, figs


def _steps(arts: list[Article], figs: list[Figure]) -> dict[str, float]:
    times = {}
    _, times["baseline (copy every figure)"] = _timed(lambda: [replace(f) for f in figs])
    texts = [a.text for a in arts]  # as analyse runs it: the texts say which places nest
    settled, times["metrics + dating (reconcile)"] = _timed(lambda: analysis.reconcile(figs, texts))
    read = metrics.settle(figs)
    keys = [metrics.metric_key(r.subject, r.family, r.place, r.incremental, r.unit, r.projected) for _f, r in read]
    _, times["  of which key splitting (split)"] = _timed(lambda: split.specifics(read, keys))
    _, times["  of which key merging (clusters)"] = _timed(lambda: clusters.merged_keys(read, keys))
    _, times["  of which measures apart"] = _timed(lambda: apart.apart_keys([f for f, _r in read], keys))
    _, times["discrepancies"] = _timed(lambda: discrepancies.discrepancies(settled, arts))
    _, times["roll-ups"] = _timed(lambda: rollup.rollups(settled, arts))
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000, help="size of the large synthetic corpus (default 10000)")
    ap.add_argument("--seed", type=int, default=7, help="seed of the recombination (default 7)")
    args = ap.parse_args(argv)
    shared = ROOT.parent / "shared" / "corpora"
    paths = [shared / "wikinews-2004", shared / "current-events"] if shared.exists() else [ROOT / "data"]
    base = analysis.analyse_paths(paths, load_pipeline, Store())
    print(f"source: {len(base.articles)} articles, {len(base.article_figures)} figures")
    small, large = max(args.articles // 10, 1), args.articles
    results = {}
    for n in (small, large):
        arts, figs = synthetic(list(base.articles), list(base.article_figures), n, args.seed)
        print(f"{n} articles, {len(figs)} figures")
        results[n] = _steps(arts, figs)
    print(f"{'step':<32}{small:>10}{large:>10}  growth (x{large // small} articles)")
    for step in results[small]:
        a, b = results[small][step], results[large][step]
        print(f"{step:<32}{a:>9.2f}s{b:>9.2f}s  {b / max(a, 1e-9):6.1f}x")
    total = sum(v for k, v in results[large].items() if not k.startswith(("baseline", " ")))
    print(f"corpus steps at {large} articles: {total:.2f} s together")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
