"""Verdict accuracy on the hand-written fixture pairs of tests/fixtures/threads/*.json."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsfigures.compare import alignment
from newsfigures.eval.gold import ROOT, locate_gold
from newsfigures.eval.grouping import ThreadRun, run_thread

FIXTURES = ROOT / "tests" / "fixtures" / "threads"


def load_fixtures(folder: Path = FIXTURES) -> list[dict[str, Any]]:
    """Every verdict fixture: {"thread", "files": [...], "pairs": [{"a", "b", "expected", "why"}]}."""
    return [json.loads(p.read_text(encoding="utf-8")) | {"name": p.stem} for p in sorted(folder.glob("*.json"))]


def find_figure(run: ThreadRun, ref: dict[str, Any]) -> Any:
    """The predicted figure a fixture reference points at: {"doc", "context", "surface", "occurrence"?}."""
    art = run.article_of(ref["doc"])
    if art is None:
        return None
    g = {"context": ref["context"], "surface": ref["surface"], "occurrence": ref.get("occurrence", 0),
         "context_offset": ref["context"].find(ref["surface"])}
    span = locate_gold(g, art.text)
    if span is None:
        return None
    hits = [f for f in run.figures if f.article_id == art.id and f.start < span[1] and span[0] < f.end]
    return max(hits, key=lambda f: min(f.end, span[1]) - max(f.start, span[0]), default=None)


def _judge(run: ThreadRun, pair: dict[str, Any], stories: dict[str, str]) -> tuple[str, str]:
    """(status, explanation) the system gives one fixture pair ("different" when the metrics differ)."""
    fa, fb = find_figure(run, pair["a"]), find_figure(run, pair["b"])
    if fa is None or fb is None:
        return "not found", "a figure was not extracted"
    if fa.metric != fb.metric:
        return "different", f"{fa.metric!r} vs {fb.metric!r}"
    return alignment.verdict(fa, fb, same_story=stories[fa.article_id] == stories[fb.article_id])


def evaluate_verdicts(folder: Path = FIXTURES) -> dict[str, Any]:
    """Verdict accuracy on the fixture pairs: a pair is right when the system gives the expected status
    ("different" = the two figures get different metrics, so no verdict)."""
    rows = []
    for fx in load_fixtures(folder):
        run = run_thread(fx["files"])
        stories = {a.id: (a.story_id or a.id) for a in run.articles}
        for pair in fx["pairs"]:
            got, why = _judge(run, pair, stories)
            rows.append({"fixture": fx["name"], "a": pair["a"]["surface"], "b": pair["b"]["surface"],
                         "expected": pair["expected"], "got": got, "ok": got == pair["expected"], "explanation": why})
    n = len(rows)
    correct = sum(r["ok"] for r in rows)
    return {"pairs": n, "correct": correct, "accuracy": correct / n if n else 0.0, "rows": rows}
