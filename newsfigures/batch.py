"""Extraction past one machine: articles are shared out in partitions over a Dask distributed cluster, each worker
with one spaCy pipeline (loaded on its first partition), and every partition is written as Parquet files of a batch
directory (`store_parquet`) as soon as it comes back.

Dask is imported only here, when a batch runs: the app and the other commands do not need it. The client writes
the files, so workers need no shared file system, only this package and the language model installed.
"""
from __future__ import annotations

import json
import logging
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsfigures.extract import EXTRACTOR_VERSION, extract_many, load_pipeline
from newsfigures.extract.parallel import cores
from newsfigures.model import Article, Figure
from newsfigures.store import extraction_key
from newsfigures.store_parquet import (FORMAT, MARKER, SCHEMAS, ParquetStore, article_row, figure_rows,
                                       is_batch_dir)

CONNECT_TIMEOUT = 20  # seconds to wait for a scheduler to answer
PARTITION = 50  # articles per partition: one task and one file per table; enough text for spaCy's batches
_worker_nlp = None  # the pipeline of this worker process, loaded on its first partition
_worker_lock = threading.Lock()


class BatchError(RuntimeError):
    """A batch that cannot run: Dask missing, the scheduler unreachable, an output folder that is no batch directory."""


@dataclass(frozen=True)
class BatchResult:
    """What a batch did: articles extracted by the cluster, reused from the directory, partitions written."""

    articles: int
    extracted: int
    reused: int
    partitions: int


def _distributed() -> Any:
    """The dask.distributed module, or a BatchError saying how to install it."""
    try:
        import distributed
    except ImportError as e:
        raise BatchError("batch needs Dask: pip install 'dask[distributed]' (it is in requirements-dev.txt; the app "
                         "and the other commands do not need it)") from e
    return distributed


@contextmanager
def cluster_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A Dask client: of the scheduler at `scheduler` (tcp://host:8786), else of a local cluster of `workers`
    one-thread worker processes (default: this machine's cores), closed on exit."""
    distributed = _distributed()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout=f"{CONNECT_TIMEOUT}s")
        except (OSError, TimeoutError, ValueError) as e:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
        with client:
            yield client
        return
    with distributed.LocalCluster(n_workers=workers or cores(), threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=logging.ERROR) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def _pipeline() -> Any:
    """This worker's pipeline, loaded once (a module-level cache: one per worker process)."""
    global _worker_nlp
    with _worker_lock:
        if _worker_nlp is None:
            _worker_nlp = load_pipeline()
        return _worker_nlp


def warm() -> None:
    """Load this worker's pipeline now (`client.run(warm)` on every worker), so the first partitions do not wait."""
    _pipeline()


def extract_partition(articles: Sequence[Article]) -> dict[str, list[Figure]]:
    """The task each worker runs: the figures of one partition's articles, by article id."""
    return extract_many(articles, _pipeline(), workers=1)


def check_out(out: str | Path) -> None:
    """A BatchError when `out` is a file or a folder holding other things, which a batch must not mix its files into."""
    folder = Path(out)
    if folder.exists() and not is_batch_dir(folder) and (not folder.is_dir() or any(folder.iterdir())):
        raise BatchError(f"{folder} exists and is not a batch directory (no {MARKER}): give a new or empty folder")


def prepare(out: str | Path) -> ParquetStore:
    """The batch directory at `out`, created (with its marker) when missing (see check_out)."""
    check_out(out)
    folder = Path(out)
    for table in SCHEMAS:
        (folder / table).mkdir(parents=True, exist_ok=True)
    if not (folder / MARKER).exists():
        (folder / MARKER).write_text(json.dumps(FORMAT) + "\n", encoding="utf-8")
    return ParquetStore(folder)


def _write(path: Path, rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    """One Parquet file, written under a temporary name and renamed into place (readers never see half a file)."""
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
    os.replace(tmp, path)


def write_partition(folder: Path, name: str, part: Sequence[tuple[str, int, Article]],
                    found: dict[str, list[Figure]]) -> None:
    """The figures file of one partition, then its articles file (an article is stored once its figures are)."""
    figs = [row for key, n, a in part for row in figure_rows(key, n, found[a.id])]
    _write(folder / "figures" / f"{name}.parquet", figs, SCHEMAS["figures"])
    arts = [article_row(key, n, a, EXTRACTOR_VERSION) for key, n, a in part]
    _write(folder / "articles" / f"{name}.parquet", arts, SCHEMAS["articles"])


def _todo(articles: Sequence[Article], done: set[str], first: int) -> list[tuple[str, int, Article]]:
    """(key, ordinal, article) of every article whose extraction the directory does not hold, once per key."""
    out, seen = [], set(done)
    for a in articles:
        key = extraction_key(a, EXTRACTOR_VERSION)
        if key not in seen:
            seen.add(key)
            out.append((key, first + len(out), a))
    return out


def run_batch(articles: Sequence[Article], out: str | Path, client: Any, partition: int = PARTITION,
              progress: Callable[[int, int], None] | None = None) -> BatchResult:
    """Extract the articles the batch directory `out` does not hold yet on the cluster of `client`, one partition
    per task, writing each partition as it comes back; `progress(done, total)` after each. Failed partitions raise
    BatchError once every other partition is written (a run again reuses those and retries the failed)."""
    store = prepare(out)
    todo = _todo(articles, store.keys(), store.next_ordinal())
    parts = [todo[i:i + partition] for i in range(0, len(todo), partition)]
    run = f"{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"
    futures = {client.submit(extract_partition, [a for _k, _n, a in p], pure=False): n for n, p in enumerate(parts)}
    written, failed = 0, []
    for future in _distributed().as_completed(futures):
        n = futures[future]
        if future.status == "error":
            failed.append(f"partition {n} ({len(parts[n])} articles from {parts[n][0][2].id}): {future.exception()!r}")
        else:
            write_partition(Path(out), f"part-{run}-{n:05d}", parts[n], future.result())
            written += 1
        if progress is not None:
            progress(written + len(failed), len(parts))
    if failed:
        raise BatchError(f"{len(failed)} of {len(parts)} partition(s) failed, first {failed[0]}; the {written} written "
                         "are kept and a run again reuses them")
    return BatchResult(len(articles), len(todo), len(articles) - len(todo), written)
