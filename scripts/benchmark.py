"""Speed and memory of extraction, with ratios against baselines run in the same process.

    python scripts/benchmark.py [PATH ...]      (default: ../shared corpora if present, else data/)

Prints: raw spaCy parsing (the baseline), full extraction, and reopening through the DuckDB store, as
seconds, articles/s and ratios; the number parser alone; and the peak resident memory.
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfigures import numbers  # noqa: E402
from newsfigures.compare import analysis  # noqa: E402
from newsfigures.extract import load_pipeline, model_name  # noqa: E402
from newsfigures.ingest import load_path  # noqa: E402
from newsfigures.store import Store  # noqa: E402


def _timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main(argv: list[str]) -> int:
    shared = ROOT.parent / "shared" / "corpora"
    paths = argv or ([shared / "wikinews-2004", shared / "current-events"] if shared.exists() else [ROOT / "data"])
    (articles, _ledger), t_load = _timed(lambda: load_path(*paths))
    chars = sum(len(a.text) for a in articles)
    print(f"corpus: {len(articles)} articles, {chars:,} characters (loaded and cleaned in {t_load:.2f} s)")

    nlp = load_pipeline()
    plain = __import__("spacy").load(model_name())
    _, t_spacy = _timed(lambda: list(plain.pipe((a.text for a in articles), batch_size=16)))
    print(f"baseline spaCy parse:      {t_spacy:7.2f} s  {len(articles) / t_spacy:7.1f} articles/s")

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        cold, t_cold = _timed(lambda: analysis.analyse(articles, lambda: nlp, store))
        print(f"extraction (cold):         {t_cold:7.2f} s  {len(articles) / t_cold:7.1f} articles/s  "
              f"{len(cold.figures)} figures  ratio to baseline {t_cold / t_spacy:.2f}x")
        warm, t_warm = _timed(lambda: analysis.analyse(articles, lambda: (_ for _ in ()).throw(RuntimeError("NLP ran")), store))
        print(f"reopen via store (warm):   {t_warm:7.2f} s  {len(articles) / t_warm:7.1f} articles/s  "
              f"speed-up over cold {t_cold / t_warm:.1f}x  (NLP runs: {warm.extracted})")
        store.close()

    _, t_num = _timed(lambda: [numbers.parse_numbers(a.text) for a in articles])
    print(f"number parser alone:       {t_num:7.2f} s  {chars / t_num / 1e6:7.2f} M chars/s  share of cold extraction {t_num / t_cold:.1%}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory:      {peak:7.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
