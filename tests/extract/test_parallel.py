"""Extraction on several cores gives exactly what one process gives."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsfigures.extract import extract_many, parallel
from newsfigures.ingest import load_path

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
