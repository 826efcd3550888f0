"""Extraction on several cores: articles are shared out in small shards to worker processes, each with its own
pipeline (loaded once per process), and the figures come back in article order.

Articles are read independently of each other, so the result equals a single-process run.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Sequence
import warnings
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from newsfigures.model import Article, Figure

PARALLEL_MIN = 300  # corpora at least this large use every core by default
SHARD = 16  # articles per task: small enough to balance the cores, large enough for spaCy's batches

_pool_lock = threading.Lock()
_pools: dict[int, ProcessPoolExecutor] = {}
_worker_nlp = None  # the pipeline of a worker process


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def default_workers(n_articles: int) -> int:
    """Worker processes to use for `n_articles` articles: every core for a large corpus, else one (starting
    processes and loading a pipeline in each costs more than a small corpus takes)."""
    return cores() if n_articles >= PARALLEL_MIN else 1


def _init_worker() -> None:
    global _worker_nlp
    from newsfigures.extract.pipeline import load_pipeline

    _worker_nlp = load_pipeline()


def _extract_shard(articles: Sequence[Article]) -> dict[str, list[Figure]]:
    from newsfigures.extract.figures import extract_many

    return extract_many(articles, _worker_nlp, workers=1)


def _pool(workers: int) -> ProcessPoolExecutor:
    """One pool per worker count, started on first use and kept (each worker loads the pipeline once)."""
    with _pool_lock:
        if workers not in _pools:
            # spawn, not fork: the app and DuckDB run threads, which a forked child must not inherit
            _pools[workers] = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                                  initializer=_init_worker)
        return _pools[workers]


def extract_parallel(articles: Sequence[Article], workers: int) -> dict[str, list[Figure]] | None:
    """Figures of every article, extracted by `workers` processes (same result as one process); None, with a
    warning, when the worker processes cannot run (the caller then extracts in its own process)."""
    shards = [articles[i:i + SHARD] for i in range(0, len(articles), SHARD)]
    for _ in range(2):
        pool = _pool(workers)
        try:
            return _run(pool, articles, shards)
        except BrokenProcessPool as e:
            shutdown()
            warnings.warn(f"newsfigures: worker processes could not run ({e}); extracting in one process",
                          stacklevel=3)
            return None
        except RuntimeError:
            if _current(workers, pool):
                raise
            # another thread shut this pool down (after a worker crashed) between _pool() and map(): a new one
    return None


def _run(pool: ProcessPoolExecutor, articles: Sequence[Article], shards: list) -> dict[str, list[Figure]]:
    """The shards' figures from `pool`, in article order."""
    out: dict[str, list[Figure]] = {a.id: [] for a in articles}
    for found in pool.map(_extract_shard, shards):
        out.update(found)
    return out


def _current(workers: int, pool: ProcessPoolExecutor) -> bool:
    """Is `pool` still the pool kept for `workers` (not shut down and replaced)?"""
    with _pool_lock:
        return _pools.get(workers) is pool


def shutdown() -> None:
    """Stop the worker processes (they are started again when needed)."""
    with _pool_lock:
        for pool in _pools.values():
            pool.shutdown()
        _pools.clear()
