"""Rewrite tests/golden/*.json from the current extractor; review the diff before committing it.

    python scripts/update_golden.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfigures.compare.analysis import analyse_paths, compare  # noqa: E402
from newsfigures.extract import load_pipeline  # noqa: E402

GOLDEN_FIELDS = ("text", "value", "low", "high", "qualifier", "unit", "counted", "event", "as_of", "period", "said_by",
                 "metric", "is_past", "incremental")


def seeds_golden() -> dict:
    """Figures and pairs of the bundled corpus, by surface (offsets are checked by the tests themselves)."""
    result = analyse_paths([ROOT / "data"], load_pipeline, None)
    figures = {a.id: [{k: getattr(f, k) for k in GOLDEN_FIELDS} for f in result.figures_of(a.id)] for a in result.articles}
    a, b = (x.id for x in result.articles)
    pairs = [{"status": p.status, "metric": p.metric, "a": p.a.text if p.a else None, "b": p.b.text if p.b else None}
             for p in compare(result, a, b)]
    return {"figures": figures, "pairs": pairs}


if __name__ == "__main__":
    out = ROOT / "tests" / "golden" / "seeds.json"
    out.write_text(json.dumps(seeds_golden(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
