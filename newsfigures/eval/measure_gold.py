"""The measure gold of tests/gold/measures/ (format in its GUIDE.md) joined with tests/gold/figures.jsonl, and the
fixed dev/test split of tests/gold/split.json: one gold set of documents, figures with their measure, negatives.

`existing.jsonl` adds measure fields to the figures of `figures.jsonl` (joined on doc + surface + context +
occurrence); every other batch holds new documents, exhaustively annotated, whose figures are located by their
verbatim `at` anchor. A joined or new figure record has the keys `locate_gold` and `values_agree` read (context,
occurrence, context_offset, value, qualifier, unit, plausible) plus `measure` (the six fields), `said_by`,
`as_of`, `metric`, `thread` and `new` (True for a document of a new batch)."""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from newsfigures.eval import lee, reuters
from newsfigures.eval.gold import GOLD, GOLD_DIR, SHARED, load_gold

MEASURE_DIR = GOLD_DIR / "measures"
SPLIT_FILE = GOLD_DIR / "split.json"
EXISTING = "existing.jsonl"
FIRST_BATCHES = ("existing", "wikinews")  # the 147 documents the split of 2026 was drawn on
LEE_BATCH = "lee"  # ABC news items of gensim's Lee corpus, newsfigures/eval/lee.py
LEE_BATCHES = (LEE_BATCH, "lee2", "lee3", "lee4", "lee5")  # its batches, each drawn, split and reported on its own (split.json "batches")
REUTERS_BATCH = "reuters"  # Reuters-21578 items of 1987 from Debian's weka package, newsfigures/eval/reuters.py
LATER_BATCHES = LEE_BATCHES + (REUTERS_BATCH,)  # batches drawn after the first, each reported on rows of its own
MEASURE_FIELDS = ("quantity", "subject", "event", "place", "scope", "dimension")
SPLITS = ("dev", "test", "all")
Record = dict[str, Any]
JoinKey = tuple[str, str, str, int]


@dataclass(frozen=True)
class MeasureGold:
    """The whole measure gold: document records (doc, domain, thread), figures, negatives, the split."""

    documents: tuple[Record, ...]
    figures: tuple[Record, ...]
    negatives: tuple[Record, ...]
    split: dict[str, frozenset[str]]
    left_out: tuple[str, ...] = ()  # batches that cannot be scored here, each with the reason

    def docs(self, split: str = "all", new_only: bool = False, batches: tuple[str, ...] | None = None) -> list[str]:
        """Documents of a split ("dev", "test" or "all"), in file order; only the new batches' with `new_only`,
        only those of the named batches ("existing", "wikinews", "lee", "lee2" ... "lee5", "reuters") with
        `batches`."""
        if split not in SPLITS:
            raise ValueError(f"unknown split {split!r}; choose from {', '.join(SPLITS)}")
        keep = self.split["dev"] | self.split["test"] if split == "all" else self.split[split]
        return [d["doc"] for d in self.documents if d["doc"] in keep and (d["new"] or not new_only)
                and (batches is None or d["batch"] in batches)]

    def figures_of(self, docs: list[str]) -> list[Record]:
        """Gold figures of the given documents."""
        wanted = set(docs)
        return [g for g in self.figures if g["doc"] in wanted]

    def threads(self, split: str = "all") -> dict[str, list[str]]:
        """Thread name -> its documents in `split` (one-off documents, thread "", left out)."""
        out: dict[str, list[str]] = {}
        for doc in self.docs(split):
            name = self.thread_of(doc)
            if name:
                out.setdefault(name, []).append(doc)
        return out

    def dev_threads(self, names: list[str]) -> dict[str, list[str]]:
        """The named dev threads (every dev thread when none is named) with their documents; ValueError naming
        any that is no dev thread, since test threads are scored in aggregate only."""
        dev = self.threads("dev")
        unknown = [t for t in names if t not in dev]
        if unknown:
            raise ValueError(f"not dev threads: {', '.join(unknown)} (test threads are scored in aggregate only)")
        return {name: dev[name] for name in names or dev}

    def batch_of(self, doc: str) -> str:
        """The batch a document was annotated in ("" for a document of no batch)."""
        return next((d["batch"] for d in self.documents if d["doc"] == doc), "")

    def thread_of(self, doc: str) -> str:
        """The thread of a document ("" for a one-off article)."""
        return next((d["thread"] for d in self.documents if d["doc"] == doc), "")


def read_jsonl(path: Path) -> list[Record]:
    """Records of a JSON Lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_split(path: Path = SPLIT_FILE) -> dict[str, frozenset[str]]:
    """The fixed dev/test split of gold documents: {"dev": docs, "test": docs}, with each later batch's own
    split (drawn once for that batch, before its documents were scored) merged in."""
    data = json.loads(path.read_text(encoding="utf-8"))
    later = data.get("batches", {}).values()
    return {name: frozenset(data[name]).union(*(b[name] for b in later)) for name in ("dev", "test")}


@lru_cache(maxsize=1)
def gold_conventions() -> ModuleType:
    """tests/gold/_build.py, where the gold keeps its conventions (`VAGUE`, the plausible ranges of vague counts;
    `TOKEN`, the number tokens its exhaustiveness scan covers): read from there, never copied."""
    spec = importlib.util.spec_from_file_location("gold_build", GOLD_DIR / "_build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _vague_table() -> dict[str, tuple[float, float, float]]:
    """The hand-written plausible ranges of vague counts (`VAGUE`, its rule in tests/gold/README.md)."""
    return dict(gold_conventions().VAGUE)


def plausible_range(surface: str) -> list[float] | None:
    """The gold's plausible range for a vague surface ("dozens", "tens of thousands"): longest table word in it."""
    table = _vague_table()
    key = next((k for k in sorted(table, key=len, reverse=True) if k in surface.lower()), None)
    return [table[key][0], table[key][1]] if key else None


def _kind(r: Record) -> str:
    """"document", "negative" or "figure": what one batch record is."""
    return "document" if "domain" in r else "negative" if "negative" in r else "figure"


def _measure(r: Record) -> dict[str, str]:
    """The six measure fields of a batch record."""
    return {k: r.get(k, "") or "" for k in MEASURE_FIELDS}


def _join_key(r: Record) -> JoinKey:
    """What ties an existing.jsonl record to its figures.jsonl record."""
    return r["doc"], r["surface"], r["context"], r.get("occurrence", 0)


def _new_figure(r: Record) -> Record:
    """A new batch's figure record in the evaluator's form: its `at` anchor is its context (unique in the file;
    the surface is its first occurrence in the anchor)."""
    vague = plausible_range(r["surface"]) if r["qualifier"] == "vague" else None
    return {"doc": r["doc"], "surface": r["surface"], "context": r["at"], "occurrence": 0,
            "context_offset": r["at"].find(r["surface"]), "value": r["value"], "low": None, "high": None,
            **({"plausible": vague} if vague else {}), "qualifier": r["qualifier"], "unit": r["unit"],
            "as_of": r.get("as_of", ""), "metric": r["metric"], "said_by": r.get("said_by", ""),
            "measure": _measure(r), "note": r.get("note", ""), "new": True}


def _joined(old: list[Record], extra: list[Record]) -> list[Record]:
    """figures.jsonl records with the measure fields and said_by of existing.jsonl (one to one, or ValueError)."""
    by_key = {_join_key(r): r for r in extra}
    if len(by_key) != len(extra):
        raise ValueError(f"{EXISTING}: two records share doc + surface + context + occurrence")
    out = []
    for g in old:
        m = by_key.pop(_join_key(g), None)
        if m is None:
            raise ValueError(f"{EXISTING} has no record for {g['doc']}: {g['surface']!r} | {g['context']!r}")
        out.append(g | {"said_by": m.get("said_by", ""), "measure": _measure(m), "new": False})
    if by_key:
        raise ValueError(f"{EXISTING}: {len(by_key)} records match no figure of figures.jsonl")
    return out


def batch_of(path: Path) -> str:
    """The batch a gold file belongs to: "existing", or its name's first word ("wikinews_a.jsonl" -> "wikinews")."""
    return "existing" if path.name == EXISTING else path.stem.split("_")[0]


# Batches whose texts come from a package that may be missing: (batches, why unreadable, is its item, "... left out").
# Each check is looked up in its module when called, so a test can stand in for a missing package.
OUTSIDE_SOURCES = ((LEE_BATCHES, lambda: lee.unavailable(), lambda doc: lee.is_lee(doc), "the Lee batches are"),
                   ((REUTERS_BATCH,), lambda: reuters.unavailable(), lambda doc: reuters.is_reuters(doc),
                    "the Reuters batch is"))


def unreadable(doc: str) -> bool:
    """Whether a gold document is an item of a corpus whose texts cannot be read here (its batch is left out)."""
    return any(is_item(doc) and unavailable() for _, unavailable, is_item, _ in OUTSIDE_SOURCES)


def batch_unreadable(batch: str) -> str:
    """Why a batch's texts cannot be read here, "" when they can (or the batch reads ../shared)."""
    return next((unavailable() for batches, unavailable, _, _ in OUTSIDE_SOURCES if batch in batches), "")


def _without_unreadable(documents: list[Record], figures: list[Record], negatives: list[Record]
                        ) -> tuple[list[Record], list[Record], list[Record], tuple[str, ...]]:
    """The records with every batch whose texts cannot be read here taken out, and why each was (so every other
    batch is still scored)."""
    left_out = []
    for batches, unavailable, is_item, name in OUTSIDE_SOURCES:
        why = unavailable() if any(d["batch"] in batches for d in documents) else ""
        if why:
            documents = [d for d in documents if d["batch"] not in batches]
            figures, negatives = ([r for r in rs if not is_item(r["doc"])] for rs in (figures, negatives))
            left_out.append(f"{name} left out: {why}")
    return documents, figures, negatives, tuple(left_out)


def load_measure_gold(folder: Path = MEASURE_DIR, old_gold: Path = GOLD, split_file: Path = SPLIT_FILE) -> MeasureGold:
    """The measure gold: figures.jsonl joined with existing.jsonl, plus every new batch of `folder`."""
    documents: list[Record] = []
    figures: list[Record] = []
    negatives: list[Record] = []
    for path in sorted(folder.glob("*.jsonl")):
        new = path.name != EXISTING
        records = read_jsonl(path)
        documents += [r | {"new": new, "batch": batch_of(path)} for r in records if _kind(r) == "document"]
        negatives += [r for r in records if _kind(r) == "negative"]
        batch = [r for r in records if _kind(r) == "figure"]
        figures += [_new_figure(r) for r in batch] if new else _joined(load_gold(old_gold), batch)
    thread = {d["doc"]: d["thread"] for d in documents}
    figures = [g | {"thread": thread.get(g["doc"], "")} for g in figures]
    documents, figures, negatives, left_out = _without_unreadable(documents, figures, negatives)
    return MeasureGold(tuple(documents), tuple(figures), tuple(negatives), load_split(split_file), left_out)


def load_dev_threads(names: list[str]) -> tuple[MeasureGold, dict[str, list[str]]]:
    """The measure gold and the named dev threads (every one when none is named), for a script that reads dev
    threads case by case; FileNotFoundError when ../shared is missing, ValueError for a name no dev thread has."""
    if not SHARED.exists():
        raise FileNotFoundError(f"corpus directory {SHARED} not found")
    gold = load_measure_gold()
    return gold, gold.dev_threads(names)


def dev_threads_from_argv(argv: list[str] | None, description: str,
                          default: str) -> tuple[MeasureGold, dict[str, list[str]]] | None:
    """A dev-thread script's arguments (thread names; `default` says which threads none means) read and loaded with
    `load_dev_threads`; None, with the reason on stderr, when ../shared is missing or a name is no dev thread."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("threads", nargs="*", help=f"dev thread names (default: {default})")
    args = ap.parse_args(argv)
    try:
        return load_dev_threads(args.threads)
    except (FileNotFoundError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return None
