"""The benchmark corpus generator (scripts/make_corpus.py): seeded, realistic, every article distinct."""
from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from newsfigures.ingest import ledger_summary, load_path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "scripts" / "make_corpus.py")
make_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_corpus)


@pytest.fixture(scope="module")
def pool():
    return make_corpus.source_articles([ROOT / "data"])


def test_make_corpus_same_seed_same_corpus(pool):
    assert make_corpus.generate(pool, 12, seed=3) == make_corpus.generate(pool, 12, seed=3)
    assert make_corpus.generate(pool, 12, seed=3) != make_corpus.generate(pool, 12, seed=4)


def test_make_corpus_articles_load_with_distinct_content(pool, tmp_path):
    records = make_corpus.generate(pool, 30, seed=7)
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    articles, ledger = load_path(path)
    assert ledger_summary(ledger) == "30 submitted: 30 ingested, 0 duplicates, 0 rejected"
    assert len({a.content_hash for a in articles}) == 30
    assert all(a.published and a.outlet in make_corpus.OUTLETS for a in articles)
    assert len({a.outlet for a in articles}) > 3 and len({a.published for a in articles}) > 10


@pytest.mark.parametrize("text, kept", [
    ("In 2024 about 2,000 soldiers died.", ["2024"]),
    ("Since October 1950, 13,000 were sent; 3 came back.", ["1950", "3"]),
])
def test_make_corpus_numbers_vary_but_years_and_small_numbers_stay(text, kept):
    varied = make_corpus.vary_numbers(text, random.Random(1))
    assert varied != text and all(k in varied for k in kept)
    assert varied.count(",") == text.count(",")  # thousands separators kept
