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
from newsfigures.eval.measure_gold import LATER_BATCHES, MeasureGold, Record

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


def reachable(pairs: list[GoldPair]) -> int:
    """How many of `pairs` a one-to-one assignment of reports can find: per two documents and metric, the
    smaller number of reports (a document giving a metric two numbers has two reports; one pairs)."""
    sides: dict[tuple[str, str, str], tuple[set, set]] = {}
    for p in pairs:
        a, b = sides.setdefault((p.a[0], p.b[0], p.metric), (set(), set()))
        a.add(p.a)
        b.add(p.b)
    return sum(min(len(a), len(b)) for a, b in sides.values())


def mention_key(f: Any) -> tuple[str, int, int]:
    """What identifies one predicted mention: its article and span."""
    return f.article_id, f.start, f.end


def _matched_reports(run: ThreadRun, doc: str, golds: list[Record]) -> dict[tuple, set[ReportKey]]:
    """Each predicted mention of `doc` (`mention_key`) -> the gold reports its system report covers: a figure stands for
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
    return {mention_key(f): by_system.get(system_report(f), set()) for f in figs}


@dataclass(frozen=True)
class Paired:
    """What the system paired between documents: gold report pairs covered, and of the pairs whose two sides both
    stand for gold figures (`judged`), how many join two different gold metrics (`wrong`)."""

    found: frozenset[tuple] = frozenset()
    judged: int = 0
    wrong: int = 0

    def __or__(self, other: "Paired") -> "Paired":
        return Paired(self.found | other.found, self.judged + other.judged, self.wrong + other.wrong)


def system_pairs(run: ThreadRun, analysis: Any, docs: tuple[str, str], covered: dict[tuple, set[ReportKey]]) -> Paired:
    """What `compare` pairs between the two documents, as gold reports."""
    from newsfigures.compare.analysis import compare

    art_a, art_b = run.article_of(docs[0]), run.article_of(docs[1])
    if art_a is None or art_b is None:
        return Paired()
    found: set[tuple] = set()
    judged = wrong = 0
    for p in compare(analysis, art_a.id, art_b.id):
        if p.a is None or p.b is None:
            continue
        joined = {(ra, rb) for ra in covered.get(mention_key(p.a), ()) for rb in covered.get(mention_key(p.b), ())}
        found |= joined
        if joined:
            judged += 1
            wrong += not any(ra[1] == rb[1] for ra, rb in joined)
    return Paired(frozenset(found), judged, wrong)


def analysed(gold: MeasureGold, docs: list[str],
             join_wrapped: bool = False) -> tuple[ThreadRun, Any, dict[tuple, set[ReportKey]]]:
    """One thread run (`join_wrapped` as `run_thread` reads it), its corpus-level analysis, and the gold reports each
    predicted mention covers."""
    from newsfigures.compare.analysis import Analysis

    run = run_thread(docs, join_wrapped)
    covered: dict[tuple, set[ReportKey]] = {}
    for doc in docs:
        covered |= _matched_reports(run, doc, gold.figures_of([doc]))
    return run, Analysis(run.articles, run.figures, nesting=run.nesting), covered


def thread_pairs(gold: MeasureGold, thread: str, docs: list[str],
                 join_wrapped: bool = False) -> tuple[list[GoldPair], Paired]:
    """The gold pairs of one thread, and what the system pairs between every two of its documents (loaded with
    hard-wrapped lines joined when `join_wrapped`)."""
    wanted = gold_pairs(gold, thread, docs)
    if not wanted:
        return [], Paired()
    run, analysis, covered = analysed(gold, docs, join_wrapped)
    paired = Paired()
    for doc_a, doc_b in combinations(docs, 2):
        paired |= system_pairs(run, analysis, (doc_a, doc_b), covered)
    return wanted, paired


@dataclass(frozen=True)
class WrongPair:
    """A system pair between two gold figures of different gold metrics: the pair (figures, score, reasons) and the
    gold metrics of each side."""

    docs: tuple[str, str]
    pair: Any  # compare.alignment's Pair
    gold_a: tuple[str, ...]
    gold_b: tuple[str, ...]


def wrong_pairs(gold: MeasureGold, docs: list[str]) -> list[WrongPair]:
    """Every pair `compare` makes between two documents of a thread whose two sides stand for gold figures of no
    common gold metric (what the `wrong` column counts), for reading one by one; dev documents only."""
    if set(docs) & gold.split["test"]:
        raise ValueError("wrong pairs are listed for dev documents only; test documents are scored in aggregate")
    from newsfigures.compare.analysis import compare

    run, analysis, covered = analysed(gold, docs)
    out = []
    for doc_a, doc_b in combinations(docs, 2):
        art_a, art_b = run.article_of(doc_a), run.article_of(doc_b)
        for p in compare(analysis, art_a.id, art_b.id) if art_a and art_b else ():
            if p.a is None or p.b is None:
                continue
            ga = sorted({r[1] for r in covered.get(mention_key(p.a), ())})
            gb = sorted({r[1] for r in covered.get(mention_key(p.b), ())})
            if ga and gb and not set(ga) & set(gb):
                out.append(WrongPair((doc_a, doc_b), p, tuple(ga), tuple(gb)))
    return out


def _counts(pairs: list[GoldPair], paired: Paired) -> dict[str, int]:
    """Gold pairs, how many were found, how many a one-to-one assignment can find, and the system's pairs between
    gold figures (`judged`) with how many of them join two different gold metrics (`wrong`)."""
    return {"total": len(pairs), "found": sum((p.a, p.b) in paired.found for p in pairs), "reachable": reachable(pairs),
            "judged": paired.judged, "wrong": paired.wrong}


def evaluate_pairs(gold: MeasureGold, split: str, join_wrapped: bool = False) -> dict[str, dict[str, Any]]:
    """Found / total gold pairs of `split`: per thread with a gold pair (dev only, with the missed pairs: the test
    split is reported in aggregate), then the aggregates `split` (the first batches' threads), `split`-new (their
    pairs with a document from the Wikinews batches) and, once annotated, `split`-lee, `split`-lee2 ...
    `split`-reuters (the threads of each later batch); `join_wrapped` loads the documents with hard-wrapped lines
    joined."""
    new = set(gold.docs(split, batches=("wikinews",)))
    rows: dict[str, dict[str, Any]] = {}
    every: dict[str, list[GoldPair]] = {}
    hits: dict[str, Paired] = {}
    for name, docs in gold.threads(split).items():
        wanted, paired = thread_pairs(gold, name, docs, join_wrapped)
        if wanted:
            batch = gold.batch_of(docs[0])
            key = f"{split}-{batch}" if batch in LATER_BATCHES else split
            every[key], hits[key] = every.get(key, []) + wanted, hits.get(key, Paired()) | paired
            rows[name] = _counts(wanted, paired) | {"missed": [p for p in wanted if (p.a, p.b) not in paired.found]}
    first, first_hits = every.pop(split, []), hits.pop(split, Paired())
    fresh = [p for p in first if p.a[0] in new or p.b[0] in new]
    totals = {split: _counts(first, first_hits),
              f"{split}-new": _counts(fresh, Paired(first_hits.found))}  # judged/wrong not split by document age
    later = {key: _counts(every[key], hits[key]) for key in sorted(every)}
    return (rows if split == "dev" else {}) | totals | later
