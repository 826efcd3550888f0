"""Speed of `batch` on a local Dask cluster with 1 and 2 (or --workers) worker processes, as a ratio against one
worker in the same run, on one generated corpus.

    python scripts/benchmark_dask.py                          # 1,000 articles of scripts/make_corpus.py (seed 7)
    python scripts/benchmark_dask.py --generate 200 --repeat 1
    python scripts/benchmark_dask.py PATH ...                 # files or folders instead of a generated corpus

Both clusters are started and every worker has loaded its pipeline before anything is timed (their start-up is
printed apart); then each cluster writes the corpus into a fresh batch directory, the runs interleaved --repeat
times and the fastest of each kept, and the two directories are checked to hold identical records. Beside each
wall-clock ratio, in brackets, the ratio of the busiest worker's CPU time: what the speed-up would be if each
worker had a core to itself (on a machine shared with other work the wall-clock ratio moves with that work).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import make_corpus  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from newsfigures import batch  # noqa: E402
from newsfigures.extract import EXTRACTOR_VERSION  # noqa: E402
from newsfigures.ingest import load_path  # noqa: E402
from newsfigures.model import Article  # noqa: E402
from newsfigures.store import extraction_key  # noqa: E402
from newsfigures.store_parquet import ParquetStore  # noqa: E402


def corpus(args: argparse.Namespace, tmp: Path) -> list[Article]:
    """The articles at the given paths, or a generated corpus written to a JSONL file and loaded."""
    if args.paths:
        return load_path(*args.paths)[0]
    records = make_corpus.generate(make_corpus.source_articles(make_corpus.default_sources() or [ROOT / "data"]),
                                   args.generate, args.seed)
    path = tmp / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return load_path(path)[0]


def start(n: int, stack: contextlib.ExitStack) -> tuple[LocalCluster, Client, float]:
    """A local cluster of `n` one-thread worker processes, each with its pipeline loaded (closed with `stack`); and
    how long that took."""
    t = time.perf_counter()
    cluster = stack.enter_context(LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                               dashboard_address=":0", silence_logs=logging.ERROR))
    client = stack.enter_context(Client(cluster))
    client.run(batch.warm)
    return cluster, client, time.perf_counter() - t


def worker_cpu() -> float:
    """CPU seconds a worker process has used so far (run on every worker by client.run)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def timed_batch(articles: list[Article], out: Path, client: Client, partition: int) -> tuple[float, float]:
    """Wall-clock seconds of one batch, and the CPU seconds of its busiest worker (what the run would take if each
    worker had a core to itself: on a machine shared with other work, wall-clock ratios move with that work)."""
    before = client.run(worker_cpu)
    t = time.perf_counter()
    done = batch.run_batch(articles, out, client, partition)
    took = time.perf_counter() - t
    after = client.run(worker_cpu)
    assert done.extracted == len(articles), done
    return took, max(after[w] - before[w] for w in after)


def records(folder: Path, articles: list[Article]) -> dict:
    """Every article's stored figures, by extraction key."""
    return ParquetStore(folder).get_many(extraction_key(a, EXTRACTOR_VERSION) for a in articles)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="article files or folders (default: a generated corpus)")
    ap.add_argument("--generate", type=int, default=1000, metavar="N", help="articles to generate (default: 1000)")
    ap.add_argument("--seed", type=int, default=7, help="seed of the generated corpus (default: 7)")
    ap.add_argument("--workers", type=int, default=2, metavar="N", help="workers of the second cluster (default: 2)")
    ap.add_argument("--partition", type=int, default=batch.PARTITION, metavar="N",
                    help=f"articles per partition (default: {batch.PARTITION})")
    ap.add_argument("--repeat", type=int, default=2, metavar="R", help="interleaved runs of each, fastest kept (default: 2)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        articles = corpus(args, tmp)
        print(f"corpus: {len(articles)} articles, {sum(len(a.text.split()) for a in articles):,} words; "
              f"partitions of {args.partition}")
        stack = contextlib.ExitStack()
        clusters = {n: start(n, stack) for n in (1, args.workers)}
        for n, (_cluster, _client, took) in clusters.items():
            print(f"cluster of {n} worker(s): started and pipelines loaded in {took:.2f} s (not counted below)")
        best: dict[int, tuple[float, float]] = {}
        for r in range(args.repeat):
            for n, (_cluster, client, _took) in clusters.items():
                took = timed_batch(articles, tmp / f"batch-{n}-{r}", client, args.partition)
                best[n] = min(best.get(n, took), took)
        stack.close()
        last = args.repeat - 1
        same = records(tmp / f"batch-1-{last}", articles) == records(tmp / f"batch-{args.workers}-{last}", articles)
        for n, (took, cpu) in best.items():
            print(f"batch, {n} worker(s): {took:8.2f} s {len(articles) / took:8.1f} articles/s  "
                  f"{best[1][0] / took:.2f}x one worker  [busiest worker's CPU {cpu:.1f} s: {best[1][1] / cpu:.2f}x]")
        print(f"identical records with 1 and {args.workers} workers: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
