"""Extraction on several cores gives exactly what one process gives."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from newsfigures.extract import extract_many, parallel
from newsfigures.ingest import load_path
from newsfigures.model import Article

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.mark.parametrize("n, expected", [(1, 1), (parallel.PARALLEL_MIN - 1, 1),
                                         (parallel.PARALLEL_MIN, parallel.cores())])
def test_parallel_default_workers_use_every_core_only_for_large_corpora(n, expected):
    assert parallel.default_workers(n) == expected


def test_parallel_two_workers_give_what_one_gives(nlp):
    from conftest import SHARED
    arts, _ = load_path(DATA)
    folder = SHARED / "corpora" / "wikinews-2004"
    if folder.exists():
        arts += load_path(folder)[0][:40]
    arts += [replace(a, id=f"{a.id}~copy") for a in arts[:2]]  # the same text under another id, in another shard
    try:
        two = extract_many(arts, nlp, workers=2)
    finally:
        parallel.shutdown()
    one = extract_many(arts, nlp, workers=1)
    assert list(two) == list(one) and two == one
    assert sum(map(len, one.values())) > 20


def test_parallel_a_pool_shut_down_by_another_thread_is_replaced(monkeypatch):
    """Thread A takes the pool, thread B shuts it down after a worker crash, A's map() must not fail."""
    closed = ThreadPoolExecutor(1)
    closed.shutdown()
    fresh = ThreadPoolExecutor(1)
    handed = iter([closed, fresh])
    monkeypatch.setattr(parallel, "_pool", lambda workers: next(handed))
    monkeypatch.setattr(parallel, "_extract_shard", lambda arts: {a.id: [] for a in arts})
    arts = [Article(id=f"a{i}", text="x", raw_text="x", source_file="x") for i in range(3)]
    assert parallel.extract_parallel(arts, 2) == {"a0": [], "a1": [], "a2": []}
    fresh.shutdown()


def test_parallel_a_failure_of_the_current_pool_is_not_hidden(monkeypatch):
    closed = ThreadPoolExecutor(1)
    closed.shutdown()
    monkeypatch.setattr(parallel, "_pool", lambda workers: closed)
    monkeypatch.setattr(parallel, "_current", lambda workers, pool: True)
    with pytest.raises(RuntimeError):
        parallel.extract_parallel([Article(id="a", text="x", raw_text="x", source_file="x")], 2)
