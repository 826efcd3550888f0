"""Command line: `python -m newsfigures extract|compare|numbers|metrics|fetch|batch` (the JSON fields are a public
contract)."""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

from newsfigures.compare import analysis
from newsfigures import batch, numbers, spreadsheet
from newsfigures.compare.labels import metric_labels
from newsfigures.extract import ModelMissing, load_pipeline, parallel
from newsfigures.ingest import Corpus, ledger_summary, load_path
from newsfigures.ingest.fetch import sidecar_for
from newsfigures.ingest.wrapping import HARD_WRAPPED
from newsfigures.model import FIGURE_ROW_FIELDS, Article, Figure, LedgerEntry
from newsfigures.store import DEFAULT_PATH, Store, open_store
from newsfigures.store_parquet import ParquetStore, Selection, SelectionError, is_batch_dir

FIGURE_FIELDS: tuple[str, ...] = FIGURE_ROW_FIELDS
# The readable name of a figure's metric, made from the measures of the metric's figures ("deaths · Indonesia",
# compare.labels); `metric` stays the key that corrections and other tools name a metric by.
METRIC_LABEL = "metric_label"
NOT_STORED = 3  # exit code: the output is complete, but some results could not be written to the store


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m newsfigures", description="Extract and compare the numeric figures news articles report.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="one record per figure in the given files or folders", description="Print one record per figure found in the articles at PATH.")
    ex.add_argument("paths", nargs="*", metavar="PATH", help=(
        "article files (.txt with optional .json sidecar, .jsonl, .json, .csv, .html), folders or http(s) links; "
        "none: the selection of a batch directory"))
    ex.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output format (default: jsonl)")
    ex.add_argument("--out", metavar="FILE", help="write to FILE instead of standard output")
    _store_opts(ex)
    _wrapping_opt(ex)
    _workers_opt(ex)
    _selection_opts(ex)

    cp = sub.add_parser("compare", help="align the figures of two articles", description=(
        "Pair the figures of two articles by metric and give each pair a verdict. Each article is a file, an http(s) "
        "link, or, when --store names a batch directory, the id of an article it holds (the article_id of "
        "`extract --store DIR`; an existing file of that name wins)."))
    cp.add_argument("path_a", metavar="A", help="first article: file, http(s) link or article id of the batch directory")
    cp.add_argument("path_b", metavar="B", help="second article: file, http(s) link or article id of the batch directory")
    cp.add_argument("--format", choices=("json", "text"), default="json", help="output format (default: json)")
    _store_opts(cp)
    _wrapping_opt(cp)

    nb = sub.add_parser("numbers", help="the number parser alone, one JSON line per input line", description="Read lines on standard input; print one JSON list of number mentions per line.")
    nb.add_argument("--all", action="store_true", help="also list dates, years, times, ordinals, names and index bases (with their kind)")

    mt = sub.add_parser("metrics", help="the metrics of a corpus with their figures", description="List every metric of the articles at PATH with its figures, in as-of order.")
    mt.add_argument("paths", nargs="*", metavar="PATH", help=(
        "article files, folders or http(s) links; none: the selection of a batch directory"))
    _store_opts(mt)
    _wrapping_opt(mt)
    _workers_opt(mt)
    _selection_opts(mt)

    ft = sub.add_parser("fetch", help="fetch articles by link into a folder", description=(
        "Fetch each web page, keep its article text and metadata, and write ID.txt with an ID.json sidecar into DIR "
        "(what `extract` reads). http(s) only, public addresses only, at most 5 MB and 15 s per page, 50 links per run."))
    ft.add_argument("urls", nargs="+", metavar="URL", help="http(s) links of news articles")
    ft.add_argument("--out", required=True, metavar="DIR", help="folder to write the articles into (created if missing)")
    ft.add_argument("--ledger", metavar="FILE", help="write the ledger (one JSON line per link) to FILE")

    _batch_parser(sub)
    return p


def _store_opts(sp: argparse.ArgumentParser) -> None:
    """--store, --no-store and --ledger."""
    sp.add_argument("--store", default=str(DEFAULT_PATH), metavar="FILE|DIR", help=(
        f"DuckDB file caching extraction results (default: {DEFAULT_PATH}, or $NEWSFIGURES_STORE), or a batch "
        "directory written by `batch` (read without NLP, never written)"))
    sp.add_argument("--no-store", action="store_true", help="do not read or write the store; extract everything afresh")
    sp.add_argument("--ledger", metavar="FILE", help="write the ingestion ledger (one JSON line per submitted item) to FILE")


def _wrapping_opt(sp: argparse.ArgumentParser) -> None:
    """--join-wrapped-lines: how hard-wrapped text is read."""
    sp.add_argument("--join-wrapped-lines", action="store_true", help=(
        "join line breaks inside sentences (hard-wrapped text: wire archives, e-mail) before reading figures, so a "
        "source or owner on the next line is read; the ledger warns of hard-wrapped articles loaded without it"))


def _workers_opt(sp: argparse.ArgumentParser) -> None:
    """--workers: processes extracting on this machine."""
    sp.add_argument("--workers", type=_positive, metavar="N", help=(
        f"extract with N processes (default: {parallel.cores()}, this machine's cores, for {parallel.PARALLEL_MIN} "
        "articles or more to extract, else 1)"))


def _selection_opts(sp: argparse.ArgumentParser) -> None:
    """--search, --outlet, --since, --until, --limit: which articles of a batch directory to read."""
    g = sp.add_argument_group("selection", "Without PATH, read the articles of a batch directory given as --store "
                              "(or $NEWSFIGURES_STORE), keeping those that match every option given.")
    g.add_argument("--search", action="append", default=[], metavar="TEXT", help=(
        "keep articles whose title or text contains TEXT, any case (repeat: every TEXT must appear)"))
    g.add_argument("--outlet", action="append", default=[], metavar="NAME", help=(
        "keep articles of outlet NAME, any case (repeat: any of the NAMEs)"))
    g.add_argument("--since", metavar="YYYY-MM-DD", default="", help="keep articles published on or after this day")
    g.add_argument("--until", metavar="YYYY-MM-DD", default="", help="keep articles published on or before this day")
    g.add_argument("--limit", type=_positive, metavar="N", help="keep only the first N matching articles (corpus order)")


def _batch_parser(sub: argparse._SubParsersAction) -> None:
    """The batch subcommand."""
    bt = sub.add_parser("batch", help="extract on a Dask cluster into a batch directory of Parquet files", description=(
        "Share the articles at PATH out in partitions over a Dask distributed cluster (one language pipeline per "
        "worker) and write their figures and articles as Parquet files under DIR, one file per partition; articles "
        "DIR already holds are reused. Needs dask[distributed] (requirements-dev.txt)."))
    bt.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or http(s) links")
    bt.add_argument("--out", required=True, metavar="DIR", help="batch directory to write (created when missing; "
                                                               "then read it with --store DIR)")
    where = bt.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=_positive, metavar="N", help=(
        f"start a local cluster of N one-thread worker processes (default: {parallel.cores()}, this machine's cores)"))
    bt.add_argument("--partition", type=_positive, default=batch.PARTITION, metavar="N",
                    help=f"articles per partition, one task and one Parquet file each (default: {batch.PARTITION})")
    bt.add_argument("--ledger", metavar="FILE", help="write the ingestion ledger (one JSON line per submitted item) to FILE")
    _wrapping_opt(bt)


def _positive(value: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return n


def _report(ledger: Sequence[LedgerEntry], err: TextIO, ledger_path: str | None) -> None:
    for e in ledger:
        if e.status == "rejected":
            print(f"newsfigures: skipped {e.message}", file=err)
        elif e.status == "duplicate":
            print(f"newsfigures: duplicate {e.message}", file=err)
    print(f"newsfigures: {ledger_summary(ledger)}", file=err)
    wrapped = sum(any(w.startswith(HARD_WRAPPED) for w in e.warnings) for e in ledger)
    if wrapped:
        print(f"newsfigures: {wrapped} article(s) hard-wrapped, with line breaks inside sentences: a source or owner "
              "across a break may be missed; --join-wrapped-lines joins them (the ledger names each)", file=err)
    if ledger_path:
        with open(ledger_path, "w", encoding="utf-8") as fh:
            for e in ledger:
                fh.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")


def _analysed(args: argparse.Namespace, articles: Sequence[Article], ledger: Sequence[LedgerEntry],
              err: TextIO) -> tuple[analysis.Analysis, bool]:
    """Articles analysed through the store the options name (or none), its warning and the extraction summary on
    stderr; also whether every result that should be stored was."""
    store = None if args.no_store else open_store(args.store)
    try:
        result = analysis.analyse(articles, load_pipeline, store, ledger, getattr(args, "workers", None))
    finally:
        if store is not None:
            store.close()
    if store is not None and store.warning:
        print(f"newsfigures: {store.warning}", file=err)
    print(f"newsfigures: {_summary(result, store)}", file=err)
    return result, store is None or store.not_stored == 0


def summary_line(articles: int, extracted: int, reused: int) -> str:
    """ "N articles: X extracted, Y reused from the store": what every extracting command says last."""
    return f"{articles} articles: {extracted} extracted, {reused} reused from the store"


def _summary(result: analysis.Analysis, store: Store | ParquetStore | None) -> str:
    """The summary line, and how many results were not stored and why."""
    line = summary_line(len(result.articles), result.extracted, result.reused)
    if store is None and result.extracted:
        line += f", {result.extracted} not stored (--no-store)"
    elif store is not None and store.not_stored:
        line += f", {store.not_stored} not stored ({store.reason})"
    return line


def _selection(args: argparse.Namespace) -> Selection:
    """The selection the options give (SelectionError for a malformed one)."""
    return Selection(tuple(args.search), tuple(args.outlet), args.since, args.until)


def _selected(args: argparse.Namespace, err: TextIO) -> tuple[list[Article] | None, str]:
    """The articles the selection options keep from the batch directory of --store, or None and why not."""
    try:
        selection = _selection(args)
    except SelectionError as e:
        return None, str(e)
    if not args.paths and args.no_store:
        return None, "without PATH the articles are read from a batch directory: drop --no-store"
    if not is_batch_dir(args.store):
        return None, (f"no PATH given, and {args.store} is not a batch directory: give article files or folders, or "
                      "--store DIR written by `python -m newsfigures batch PATH... --out DIR`")
    store = ParquetStore(args.store)
    articles = store.select(selection, args.limit)
    print(f"newsfigures: selected {len(articles)} of {store.count()} stored articles ({selection.describe()})", file=err)
    return articles, ""


def _has_selection(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "search", None) or getattr(args, "outlet", None) or getattr(args, "since", "")
                or getattr(args, "until", "") or getattr(args, "limit", None))


def _analyse(args: argparse.Namespace, paths: Sequence[str], err: TextIO) -> tuple[analysis.Analysis | None, int]:
    """The analysis of the articles at `paths`, or of the selection of a batch directory without paths (None when
    nothing could be loaded), and the exit code so far."""
    if paths and _has_selection(args):
        print("newsfigures: --search, --outlet, --since, --until and --limit select from a batch directory: give "
              "them without PATH", file=err)
        return None, 2
    if paths:
        articles, ledger = load_path(*paths, join_wrapped=args.join_wrapped_lines)
        _report(ledger, err, args.ledger)
    else:
        selected, why = _selected(args, err)
        if selected is None:
            print(f"newsfigures: {why}", file=err)
            return None, 2
        articles, ledger = selected, []
    if not articles:
        print(f"newsfigures: {'nothing could be loaded' if paths else 'no stored article matches the selection'}", file=err)
        return None, 1
    result, all_stored = _analysed(args, articles, ledger, err)
    return result, 0 if all_stored else NOT_STORED


def _extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    result, code = _analyse(args, args.paths, err)
    if result is None:
        return code
    labels = metric_labels(result.figures)
    fh = open(args.out, "w", encoding="utf-8", newline="") if args.out else out
    try:
        if args.format == "jsonl":
            for f in result.figures:
                record = {**f.to_dict(), METRIC_LABEL: labels.get(f.metric, f.metric)}
                fh.write(json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n")
        else:
            rows = ({**f.to_row(), METRIC_LABEL: labels.get(f.metric, f.metric)} for f in result.figures)
            spreadsheet.write_rows(fh, (*FIGURE_FIELDS, METRIC_LABEL), rows)
    finally:
        if args.out:
            fh.close()
    return code


def _is_path(arg: str) -> bool:
    """Whether a compare argument names a file, folder or link rather than an article id."""
    return arg.lower().startswith(("http://", "https://")) or Path(arg).exists()


def _stored(args: argparse.Namespace, ids: Sequence[str], err: TextIO) -> dict[str, Article]:
    """The articles of these ids in the batch directory of --store; each id it does not hold is named on stderr."""
    found = ParquetStore(args.store).by_id(ids) if ids else {}
    for i in ids:
        if i not in found:
            print(f"newsfigures: {i}: no such file or link, and no article of the batch directory {args.store} has "
                  f"that id (see the article_id of `python -m newsfigures extract --store {args.store}`)", file=err)
    return found


def _compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    # Each argument is loaded on its own, so same-named files in different folders, or a .jsonl/.csv path
    # (its first article), still compare; a second article id equal to the first is made unique.
    picked: list[Article] = []
    ledger: list[LedgerEntry] = []
    by_id = is_batch_dir(args.store) and not args.no_store  # else every argument is a path, as it always was
    ids = [x for x in (args.path_a, args.path_b) if by_id and not _is_path(x)]
    stored = _stored(args, ids, err)
    for path in (args.path_a, args.path_b):
        if path in ids:
            picked += [stored[path]] if path in stored else []
            continue
        arts, rows = load_path(path, join_wrapped=args.join_wrapped_lines)
        ledger += rows
        if not arts:
            print(f"newsfigures: {path}: no article could be loaded", file=err)
        elif len(arts) > 1:
            print(f"newsfigures: {path} holds {len(arts)} articles; comparing its first, {arts[0].id}", file=err)
        picked += arts[:1]
    if len(ids) < 2 or args.ledger:
        _report(ledger, err, args.ledger)
    if len(picked) < 2:
        print("newsfigures: nothing to compare", file=err)
        return 1
    a, b = picked
    if b.id == a.id:
        b = dataclasses.replace(b, id=f"{b.id}~b")
    result, all_stored = _analysed(args, [a, b], ledger, err)
    pairs = analysis.compare(result, a.id, b.id)
    labels = metric_labels(result.figures)
    if args.format == "json":
        records = [{**p.to_dict(), METRIC_LABEL: labels.get(p.metric, p.metric)} for p in pairs]
        json.dump({"a": a.to_dict(), "b": b.to_dict(), "pairs": records}, out, ensure_ascii=False,
                  indent=1, allow_nan=False)
        out.write("\n")
    else:
        print(f"A: {a.title or a.id} ({a.outlet or 'outlet unknown'}, {a.published or 'date unknown'})", file=out)
        print(f"B: {b.title or b.id} ({b.outlet or 'outlet unknown'}, {b.published or 'date unknown'})", file=out)
        for p in pairs:
            left = p.a.text if p.a else "—"
            right = p.b.text if p.b else "—"
            why = f" [{p.score:.2f}: {'; '.join(p.reasons)}]" if p.reasons else ""
            print(f"{p.status:<10} {labels.get(p.metric, p.metric):<32} {left:>22} | {right:<22} {p.explanation}{why}",
                  file=out)
    return 0 if all_stored else NOT_STORED


def _numbers(args: argparse.Namespace, inp: TextIO, out: TextIO) -> int:
    for line in inp:
        line = line.rstrip("\n")
        if args.all:
            recs = [{"text": m.text, "start": m.start, "end": m.end, "value": None if m.value != m.value else m.value, "low": m.low, "high": m.high,
                     "qualifier": m.qualifier, "unit": m.unit, "kind": m.kind} for m in numbers.parse_numbers(line)]
        else:
            recs = numbers.number_records(line)
        out.write(json.dumps(recs, ensure_ascii=False) + "\n")
    return 0


def _metrics(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    result, code = _analyse(args, args.paths, err)
    if result is None:
        return code
    by_metric: dict[str, list[Figure]] = {}
    for f in result.figures:
        by_metric.setdefault(f.metric, []).append(f)
    labels = metric_labels(result.figures)
    for metric, figs in sorted(by_metric.items(), key=lambda kv: -len(kv[1])):
        print(f"{metric} ({len(figs)})" + (f" — {labels[metric]}" if labels[metric] != metric else ""), file=out)
        for f in sorted(figs, key=lambda f: f.as_of or ""):
            print(f"    {f.as_of or '?':<10} {f.text:<24} {f.outlet or f.article_id}", file=out)
    return code


def _fetch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    corpus = Corpus()
    corpus.add_urls(args.urls)
    articles, ledger = corpus.finish()
    _report(ledger, err, args.ledger)
    if not articles:
        print("newsfigures: nothing could be fetched", file=err)
        return 1
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    fetched_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    for a in articles:  # a fetched page's id is made of letters, digits and . - ~ only (fetch.link_id): a safe file name
        (folder / f"{a.id}.txt").write_text(a.raw_text, encoding="utf-8")
        (folder / f"{a.id}.json").write_text(json.dumps(sidecar_for(a, fetched_at), ensure_ascii=False, indent=1) + "\n",
                                             encoding="utf-8")
        print(folder / f"{a.id}.txt", file=out)
    return 0


def _batch(args: argparse.Namespace, err: TextIO) -> int:
    articles, ledger = load_path(*args.paths, join_wrapped=args.join_wrapped_lines)
    _report(ledger, err, args.ledger)
    if not articles:
        print("newsfigures: nothing could be loaded", file=err)
        return 1
    try:
        batch.check_out(args.out)  # before a cluster is started for nothing
        with batch.cluster_client(args.scheduler, args.workers) as client:
            result = batch.run_batch(articles, args.out, client, args.partition)
    except batch.BatchError as e:
        print(f"newsfigures: {e}", file=err)
        return 2
    print(f"newsfigures: wrote {result.partitions} partition(s) under {args.out}", file=err)
    print(f"newsfigures: {summary_line(result.articles, result.extracted, result.reused)}", file=err)
    return 0


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    """Run the CLI in process (tests call this directly); returns the exit code."""
    inp, out, err = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    args = _parser().parse_args(argv)
    try:
        if args.command == "numbers":
            return _numbers(args, inp, out)
        if args.command == "extract":
            return _extract(args, out, err)
        if args.command == "compare":
            return _compare(args, out, err)
        if args.command == "fetch":
            return _fetch(args, out, err)
        if args.command == "batch":
            return _batch(args, err)
        return _metrics(args, out, err)
    except ModelMissing as e:
        print(f"newsfigures: {e}", file=err)
        return 2
