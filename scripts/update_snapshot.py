"""Rewrite the regression snapshot tests/snapshots/seeds.json from the current code; review the diff before
committing it.

The snapshot is a copy of what the code outputs today on the two seed articles of data/ (a regression guard:
it fails when that output changes), not hand-written gold. Hand-written gold lives in tests/gold/ and is
never generated from the code.

    python scripts/update_snapshot.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsfigures.compare.analysis import analyse_paths, compare  # noqa: E402
from newsfigures.extract import load_pipeline  # noqa: E402

SNAPSHOT_FIELDS = ("text", "value", "low", "high", "qualifier", "unit", "counted", "event", "as_of", "period", "said_by",
                 "metric", "is_past", "incremental")


def seeds_snapshot() -> dict:
    """Figures and pairs of the bundled seed corpus as the code computes them now, by surface (offsets are
    checked by the tests themselves)."""
    result = analyse_paths([ROOT / "data"], load_pipeline, None)
    figures = {a.id: [{k: getattr(f, k) for k in SNAPSHOT_FIELDS} for f in result.figures_of(a.id)] for a in result.articles}
    a, b = (x.id for x in result.articles)
    pairs = [{"status": p.status, "metric": p.metric, "a": p.a.text if p.a else None, "b": p.b.text if p.b else None}
             for p in compare(result, a, b)]
    return {"figures": figures, "pairs": pairs}


if __name__ == "__main__":
    out = ROOT / "tests" / "snapshots" / "seeds.json"
    out.write_text(json.dumps(seeds_snapshot(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")
