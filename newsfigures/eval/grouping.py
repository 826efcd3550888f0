"""Corpus-level metric grouping scored on the gold threads: pairwise precision and recall of same-metric pairs.

A thread is one story of the gold set (the prefix of its metric keys, e.g. `cyclone_x`) with at least two
annotated documents; its corpus is every annotated document of that story plus, for the current-events
corpus, every annotated item of the same folder. Each thread is loaded, extracted and reconciled over the
whole thread, so metric keys are corpus-level."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsfigures.eval.gold import document_file, gold_documents, load_gold, locate_gold
from newsfigures.eval.matching import Pred, match_doc
from newsfigures.eval.systems import extracted_figures

MIN_DOCS = 2
PairItem = tuple[dict[str, Any], Any]  # (gold record, predicted Figure)


def story(metric: str) -> str:
    """The story prefix of a gold metric key."""
    return metric.split(".", 1)[0]


def threads(gold: list[dict[str, Any]] | None = None, min_docs: int = MIN_DOCS) -> dict[str, list[str]]:
    """Thread name -> its documents (paths relative to ../shared), for stories with >= `min_docs` documents."""
    gold = gold if gold is not None else load_gold()
    annotated = gold_documents(gold)
    docs: dict[str, set[str]] = defaultdict(set)
    for g in gold:
        docs[story(g["metric"])].add(g["doc"])
    out = {}
    for name, ds in docs.items():
        folders = {str(Path(d).parent) for d in ds if "current-events" in d}
        ds = ds | {d for d in annotated if str(Path(d).parent) in folders}
        if len(ds) >= min_docs:
            out[name] = sorted(ds)
    return dict(sorted(out.items()))


@dataclass(frozen=True)
class ThreadRun:
    """One thread analysed: its articles, reconciled figures, and article id per document."""

    docs: tuple[str, ...]
    articles: tuple[Any, ...]
    figures: tuple[Any, ...]
    doc_of: tuple[tuple[str, str], ...]  # (doc, article id)
    nesting: Any  # which places of the thread lie within which, as its metrics learned them (`compare.nesting`)
    extracted: tuple[Any, ...] = ()  # the figures as extracted, before the thread settled them (`grouping_causes`)

    def article_of(self, doc: str) -> Any:
        """The article loaded from `doc`, or None."""
        aid = dict(self.doc_of).get(doc)
        return next((a for a in self.articles if a.id == aid), None)


def run_thread(docs: list[str] | tuple[str, ...], join_wrapped: bool = False) -> ThreadRun:
    """Load (with hard-wrapped lines joined when `join_wrapped`), extract and reconcile the documents of one thread
    (metrics over the whole thread)."""
    from newsfigures.compare.analysis import reconcile_nested
    from newsfigures.ingest import load_path

    articles, _ledger = load_path(*[document_file(d) for d in docs], join_wrapped=join_wrapped)
    by_file = {Path(a.source_file).name: a for a in articles}
    doc_of = tuple((d, by_file[Path(d).name].id) for d in docs if Path(d).name in by_file)
    figs = extracted_figures(articles)
    extracted = tuple(f for a in articles for f in figs[a.id])
    settled, nest = reconcile_nested(extracted, (a.text for a in articles))  # analyse's
    return ThreadRun(tuple(docs), tuple(articles), tuple(settled), doc_of, nest, extracted)


def matched_figures(run: ThreadRun, gold: list[dict[str, Any]]) -> list[PairItem]:
    """(gold record, predicted Figure) for every gold figure of the thread matched by `match_doc`."""
    out = []
    for doc in run.docs:
        art = run.article_of(doc)
        if art is None:
            continue
        figs = [f for f in run.figures if f.article_id == art.id]
        preds = [Pred(f.start, f.end, f.value, f.text, metric=f.metric) for f in figs]
        golds = [g for g in gold if g["doc"] == doc]
        located = [(g, locate_gold(g, art.text)) for g in golds]
        out += [(golds[gi], figs[pi]) for gi, pi in match_doc(located, preds)]
    return out


def _ratio(num: int, den: int) -> float:
    """num / den, 1.0 when there is nothing to get wrong."""
    return num / den if den else 1.0


def pairwise(items: list[PairItem], cross_doc_only: bool = False) -> dict[str, Any]:
    """Pairwise precision/recall of predicted same-metric vs gold same-metric over matched figures."""
    tp = 0
    wrong_merge, wrong_split = [], []
    for i, (gi, fi) in enumerate(items):
        for gj, fj in items[i + 1:]:
            if cross_doc_only and gi["doc"] == gj["doc"]:
                continue
            gpos = gi["metric"] == gj["metric"]
            ppos = bool(fi.metric) and fi.metric == fj.metric
            tp += gpos and ppos
            if ppos and not gpos:
                wrong_merge.append((gi, fi, gj, fj))
            if gpos and not ppos:
                wrong_split.append((gi, fi, gj, fj))
    fp, fn = len(wrong_merge), len(wrong_split)
    return {"precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn), "tp": tp, "fp": fp, "fn": fn,
            "wrong_merge": wrong_merge, "wrong_split": wrong_split}


def _pooled(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision and recall over the summed pair counts of several threads."""
    t = {k: sum(r[k] for r in rows) for k in ("tp", "fp", "fn")}
    return {"precision": _ratio(t["tp"], t["tp"] + t["fp"]), "recall": _ratio(t["tp"], t["tp"] + t["fn"]), **t,
            "wrong_merge": [], "wrong_split": []}


def _score_threads(gold: list[dict[str, Any]], thread_docs: dict[str, list[str]],
                   regroup: Callable[[list[Any]], list[Any]] | None) -> dict[str, dict[str, Any]]:
    """Grouping scores of each thread of `thread_docs` against `gold`."""
    result: dict[str, dict[str, Any]] = {}
    for name, docs in thread_docs.items():
        run = run_thread(docs)
        if regroup is not None:
            run = replace(run, figures=tuple(regroup(list(run.figures))))
        items = matched_figures(run, gold)
        result[name] = {"docs": len(docs), "matched": len(items),
                        "gold": sum(1 for g in gold if g["doc"] in docs),
                        "all": pairwise(items), "cross_doc": pairwise(items, True)}
    return result


def _overall(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Several threads' scores pooled into one row."""
    return {"docs": sum(r["docs"] for r in rows), "matched": sum(r["matched"] for r in rows),
            "gold": sum(r["gold"] for r in rows),
            "all": _pooled([r["all"] for r in rows]), "cross_doc": _pooled([r["cross_doc"] for r in rows])}


def evaluate_grouping(names: list[str] | None = None,
                      regroup: Callable[[list[Any]], list[Any]] | None = None) -> dict[str, dict[str, Any]]:
    """Per thread (and "overall", pooling the pairs of all threads): grouping scores; `regroup` re-files the
    reconciled figures of each thread first (a candidate grouping to measure)."""
    gold = load_gold()
    chosen = {n: d for n, d in threads(gold).items() if not names or n in names}
    result = _score_threads(gold, chosen, regroup)
    return result | {"overall": _overall(list(result.values()))}


def batch_threads(split: str, batch: str = "lee") -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """A later batch's (Lee, Reuters) gold figures of `split` and its story threads there (the measure gold's metric
    keys)."""
    from newsfigures.eval.measure_gold import load_measure_gold

    mg = load_measure_gold()
    docs = mg.docs(split, batches=(batch,))
    chosen = {n: ds for n, ds in mg.threads(split).items() if set(ds) <= set(docs) and len(ds) >= MIN_DOCS}
    return mg.figures_of(docs), chosen


def evaluate_batch_grouping(split: str, regroup: Callable[[list[Any]], list[Any]] | None = None, batch: str = "lee"
                          ) -> dict[str, dict[str, Any]]:
    """Grouping on a later batch's threads of `split`: per thread on dev, and pooled ("lee-dev", "lee-test",
    "lee2-dev" ... "reuters-test"); the test split only pooled, since its threads are scored in aggregate."""
    gold, chosen = batch_threads(split, batch)
    if not gold:  # the batch is left out here (MeasureGold.left_out says why), or not annotated yet
        return {}
    result = _score_threads(gold, chosen, regroup)
    pooled = {f"{batch}-{split}": _overall(list(result.values()))}
    return (result if split == "dev" else {}) | pooled
