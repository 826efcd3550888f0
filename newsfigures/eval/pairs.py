"""Cross-article pairs a fact-checker needs side by side, from the measure gold, and how many of them the system
pairs: two reports in two different documents of one thread that share a gold `metric` key (repeats of one number
in one document are one report). A gold pair is found when `newsfigures.compare.analysis.compare` on the thread's
corpus-level analysis returns a pair (any status but only_a/only_b) whose two figures belong to the two reports."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any

from newsfigures.eval.gold import locate_gold
from newsfigures.eval.grouping import ThreadRun, run_thread
from newsfigures.eval.matching import Pred, match_doc
from newsfigures.eval.measure_gold import MeasureGold, Record

ReportKey = tuple[str, str, str, float]  # (doc, metric, unit, value)


@dataclass(frozen=True)
class GoldPair:
    """Two gold reports of one metric in two documents of a thread (doc_a before doc_b in the thread's order)."""

    thread: str
    metric: str
    a: ReportKey
    b: ReportKey


def report_key(g: Record) -> ReportKey:
    """The report a gold figure belongs to: its document, metric, unit and value (repeats share it)."""
    return g["doc"], g["metric"], g["unit"], round(float(g["value"]), 6)


def gold_pairs(gold: MeasureGold, thread: str, docs: list[str]) -> list[GoldPair]:
    """Every cross-document pair of reports of one metric among `docs` (the documents of `thread`)."""
    reports = list(dict.fromkeys(report_key(g) for g in gold.figures_of(docs)))
    order = {d: i for i, d in enumerate(docs)}
    reports.sort(key=lambda r: order[r[0]])
    return [GoldPair(thread, a[1], a, b) for a, b in combinations(reports, 2) if a[0] != b[0] and a[1] == b[1]]


def _mention(f: Any) -> tuple[str, int, int]:
    """What identifies one predicted mention: its article and span."""
    return f.article_id, f.start, f.end


def _matched_reports(run: ThreadRun, doc: str, golds: list[Record]) -> dict[tuple, set[ReportKey]]:
    """Each predicted mention of `doc` (`_mention`) of `doc` -> the gold reports its system report covers: a figure stands for
    every mention of its report (`alignment.report_key`), and a mention matched to a gold figure (span and
    value, as in detection) brings that figure's report."""
    from newsfigures.compare.alignment import report_key as system_report

    art = run.article_of(doc)
    if art is None:
        return {}
    figs = [f for f in run.figures if f.article_id == art.id]
    located = [(g, locate_gold(g, art.text)) for g in golds]
    preds = [Pred(f.start, f.end, f.value, f.text) for f in figs]
    by_system: dict[tuple, set[ReportKey]] = {}
    for gi, pi in match_doc(located, preds):
        by_system.setdefault(system_report(figs[pi]), set()).add(report_key(golds[gi]))
    return {_mention(f): by_system.get(system_report(f), set()) for f in figs}


def _system_pairs(run: ThreadRun, analysis: Any, docs: tuple[str, str], covered: dict[tuple, set[ReportKey]]) -> set[tuple]:
    """(gold report, gold report) for every pair `compare` returns between the two documents."""
    from newsfigures.compare.analysis import compare

    art_a, art_b = run.article_of(docs[0]), run.article_of(docs[1])
    if art_a is None or art_b is None:
        return set()
    found = set()
    for p in compare(analysis, art_a.id, art_b.id):
        if p.a is None or p.b is None:
            continue
        found |= {(ra, rb) for ra in covered.get(_mention(p.a), ()) for rb in covered.get(_mention(p.b), ())}
    return found


def score_thread(gold: MeasureGold, thread: str, docs: list[str]) -> dict[str, Any]:
    """Gold pairs of one thread and which of them the system pairs: {"total", "found", "missed": [GoldPair]}."""
    wanted = gold_pairs(gold, thread, docs)
    if not wanted:
        return {"total": 0, "found": 0, "missed": []}
    from newsfigures.compare.analysis import Analysis

    run = run_thread(docs)
    analysis = Analysis(run.articles, run.figures)
    covered: dict[tuple, set[ReportKey]] = {}
    for doc in docs:
        covered |= _matched_reports(run, doc, gold.figures_of([doc]))
    found: set[tuple] = set()
    for doc_a, doc_b in {(p.a[0], p.b[0]) for p in wanted}:
        found |= _system_pairs(run, analysis, (doc_a, doc_b), covered)
    missed = [p for p in wanted if (p.a, p.b) not in found]
    return {"total": len(wanted), "found": len(wanted) - len(missed), "missed": missed}


def evaluate_pairs(gold: MeasureGold, split: str) -> dict[str, dict[str, Any]]:
    """Per thread of `split` with at least one gold pair, and "overall": found / total gold pairs."""
    rows = {name: score_thread(gold, name, docs) for name, docs in gold.threads(split).items()}
    rows = {name: r for name, r in rows.items() if r["total"]}
    rows["overall"] = {"total": sum(r["total"] for r in rows.values()),
                       "found": sum(r["found"] for r in rows.values()), "missed": []}
    return rows
