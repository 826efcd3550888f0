"""Check one measure-gold batch file (tests/gold/measures/<batch>_<x>.jsonl) while it is being annotated: record
format, anchors, closed label sets, and that every number token of its documents is covered by a figure or a
negative. It reads only the gold and the texts; it runs nothing of newsfigures' extraction.

    python scripts/check_gold_batch.py tests/gold/measures/reuters_a.jsonl

Prints each problem on a line and "<file>: OK: N documents, N figures, N negatives" when there is none (exit status 1
else).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsfigures.eval.gold import read_document  # noqa: E402
from newsfigures.eval.measure_gold import MEASURE_FIELDS, gold_conventions  # noqa: E402
from newsfigures.model import QUALIFIERS  # noqa: E402

DOMAINS = {"conflict", "disasters", "business", "politics", "health", "science", "crime", "sport", "culture",
           "technology"}
SCOPES = {"total", "incremental", "daily", "weekly", "monthly", "annual", "share", "rate", "projection", "change"}
DIMENSIONS = {"count", "percent", "percentage_point", "length", "mass", "duration", "speed", "area", "volume", "force",
              "temperature", "data_size", "magnitude", "points", "ratio", "probability", "fraction"}
EVENTS = {"killed", "injured", "missing", "displaced", "sent", "arrived", "pledged", "rose", "fell", "sold", "bought",
          "cost", "won", "measured", "said"}
TEXT_KEYS = {"doc", "surface", "at", "qualifier", "unit", *MEASURE_FIELDS, "said_by", "as_of", "metric", "note"}
FIGURE_KEYS = TEXT_KEYS | {"value"}
_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")


def _records(path: Path) -> tuple[list[dict], list[str]]:
    """The file's records whose shape can be checked further, and a problem for each line that cannot: not JSON, not
    an object, no "doc", or (a figure or negative) no "surface" and "at" to find it by."""
    records, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"line {n}: not JSON ({err.msg} at column {err.colno})")
            continue
        keys = ("doc",) if isinstance(r, dict) and "domain" in r else ("doc", "surface", "at")
        bad = [k for k in keys if not (isinstance(r, dict) and isinstance(r.get(k), str) and r[k])]
        if bad:
            problems.append(f"line {n}: no {', '.join(repr(k) for k in bad)} (a non-empty string)")
            continue
        records.append(r)
    return records, problems


def _figure_problems(r: dict) -> list[str]:
    """What is wrong with one figure record's keys and closed labels."""
    out = [f"missing key {k!r}" for k in sorted(FIGURE_KEYS - set(r))]
    out += [f"{k!r} is not a string" for k in sorted(TEXT_KEYS & set(r)) if not isinstance(r[k], str)]
    if out:
        return out
    if r.get("scope") not in SCOPES:
        out.append(f"scope {r.get('scope')!r} is not one of {sorted(SCOPES)}")
    dim = r.get("dimension", "")
    if dim not in DIMENSIONS and not re.fullmatch(r"currency:[A-Z]{3}", dim):
        out.append(f"dimension {dim!r} is neither a listed dimension nor currency:XXX")
    event = r.get("event", "")
    if event not in EVENTS and not re.fullmatch(r"other:[a-z][a-z-]*", event):
        out.append(f"event {event!r} is neither a listed class nor other:<lemma>")
    if r.get("qualifier") not in QUALIFIERS:
        out.append(f"qualifier {r.get('qualifier')!r} is not one of {sorted(QUALIFIERS)}")
    if not _DATE.match(r.get("as_of", "")):
        out.append(f"as_of {r.get('as_of')!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if len(r.get("metric", "").split(".")) < 3:
        out.append(f"metric {r.get('metric')!r} is not <thread>.<what>.<aspect>")
    return out


def _span(text: str, r: dict) -> tuple[int, int] | None:
    """Where a record's surface lies in the text: its first occurrence inside its anchor (None when not found)."""
    at = text.find(r["at"])
    inner = r["at"].find(r["surface"]) if at >= 0 else -1
    return (at + inner, at + inner + len(r["surface"])) if inner >= 0 else None


def _texts(docs: set[str]) -> tuple[dict[str, str], list[str]]:
    """The text of each named document, and a problem line for each that cannot be read (missing file or corpus)."""
    texts, problems = {}, []
    for doc in sorted(docs):
        try:
            texts[doc] = read_document(doc)
        except (OSError, ValueError, RuntimeError) as err:
            problems.append(f"{doc}: cannot read its text ({err})")
    return texts, problems


def check(path: Path) -> tuple[list[str], dict[str, int]]:
    """Every problem of one batch file, and its counts of documents, figures and negatives."""
    records, problems = _records(path)
    docs = [r for r in records if "domain" in r]
    items = [r for r in records if "domain" not in r]
    problems += [f"{r['doc']}: domain {r['domain']!r} unknown" for r in docs if r["domain"] not in DOMAINS]
    known = {d["doc"] for d in docs}
    problems += [f"{r['doc']}: no document record" for r in items if r["doc"] not in known]
    texts, unread = _texts({r["doc"] for r in records})
    problems += unread
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in items:
        where = f"{r['doc']}: {r.get('surface')!r} at {r.get('at')!r}"
        if "negative" not in r:
            problems += [f"{where}: {p}" for p in _figure_problems(r)]
        text = texts.get(r["doc"])
        if text is None:
            continue
        if text.count(r["at"]) != 1:
            problems.append(f"{where}: the anchor occurs {text.count(r['at'])} times (must be once)")
            continue
        span = _span(text, r)
        if span is None:
            problems.append(f"{where}: the surface is not inside its anchor")
            continue
        spans.setdefault(r["doc"], []).append(span)
    token = gold_conventions().TOKEN
    for doc in sorted(known & set(texts)):
        text = texts[doc]
        for m in token.finditer(text):
            if not any(s <= m.start() < e for s, e in spans.get(doc, [])):
                around = text[max(0, m.start() - 40):m.end() + 30].replace("\n", " ")
                problems.append(f"{doc}: {m.group()!r} is covered by no figure or negative: ...{around}...")
    counts = {"documents": len(docs), "figures": sum("negative" not in r for r in items),
              "negatives": sum("negative" in r for r in items)}
    return problems, counts


def main(argv: list[str] | None = None) -> int:
    """Print the problems of each named batch file, or OK with its counts."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path, help="batch files (tests/gold/measures/<batch>_<x>.jsonl)")
    args = ap.parse_args(argv)
    failed = False
    for path in args.files:
        problems, counts = check(path)
        for p in problems:
            print(f"{path.name}: {p}")
        failed |= bool(problems)
        if not problems:
            print(f"{path.name}: OK: {counts['documents']} documents, {counts['figures']} figures, "
                  f"{counts['negatives']} negatives")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
