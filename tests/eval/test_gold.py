"""Format and consistency checks of the hand-annotated gold set in tests/gold/ (see tests/gold/README.md), and
locating its figures in a text (newsfigures.eval.gold)."""
from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from newsfigures.eval.gold import GOLD_DIR, SHARED, gold_documents, load_gold, locate_gold

QUALIFIERS = {"exact", "approx", "at_least", "more_than", "at_most", "less_than", "nearly", "range", "vague"}
FIGURE_KEYS = {"doc", "published", "surface", "context", "occurrence", "value", "low", "high", "qualifier", "unit",
               "counted", "event", "place", "metric", "as_of", "said_by"}
NEGATIVE_KEYS = {"doc", "surface", "context", "why"}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
METRIC = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
# thread folder (or Wikinews thread) -> metric prefix every figure of the thread uses
THREADS = {
    "nk_troops_russia_2024_2025/": "nk_troops_russia.",
    "gaza_war_death_toll_2023_2025/": "gaza_war.",
    "turkey_syria_earthquake_2023/": "turkey_syria_earthquake.",
    "cyclone_chido_2024/": "cyclone_chido.",
    "myanmar_earthquake_2025/": "myanmar_earthquake.",
    "texas_floods_2025/": "texas_floods.",
}
WIKINEWS_THREADS = {
    "indian_ocean_tsunami.": ["wn2004_081", "wn2004_085"],
    "asteroid_2004_mn4.": ["wn2004_075", "wn2004_087"],
}

needs_corpus = pytest.mark.skipif(not SHARED.exists(), reason=f"corpus directory {SHARED} not present")


def _jsonl(name: str) -> list[dict]:
    with open(GOLD_DIR / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


FIGURES = load_gold()
NEGATIVES = _jsonl("negatives.jsonl")


def _text(doc: str) -> str:
    return (SHARED / doc).read_text(encoding="utf-8")


def _context_start(text: str, ctx: str, occurrence: int) -> int:
    i, n = text.find(ctx), 0
    while i != -1 and n < occurrence:
        i, n = text.find(ctx, i + 1), n + 1
    return i


def _span(rec: dict) -> tuple[int, int]:
    text = _text(rec["doc"])
    i = _context_start(text, rec["context"], rec.get("occurrence", 0))
    assert i != -1, f"context not in {rec['doc']}: {rec['context']!r}"
    off = rec.get("context_offset", rec["context"].find(rec["surface"]))
    return i + off, i + off + len(rec["surface"])


def test_gold_figure_records_have_required_fields():
    for r in FIGURES:
        missing = FIGURE_KEYS - set(r)
        assert not missing, f"{r['surface']!r} in {r['doc']} lacks {missing}"
        assert isinstance(r["counted"], list) and r["counted"], r
        assert all(c == c.lower() and c.strip() for c in r["counted"]), r["counted"]
        assert isinstance(r["event"], list) and all(e == e.lower() for e in r["event"]), r["event"]


def test_gold_negative_records_have_required_fields():
    for r in NEGATIVES:
        assert not NEGATIVE_KEYS - set(r), r
        assert r["why"].strip(), r


@needs_corpus
def test_gold_contexts_are_found_in_their_documents():
    for r in FIGURES + NEGATIVES:
        text = _text(r["doc"])
        assert _context_start(text, r["context"], r.get("occurrence", 0)) != -1, \
            f"{r['doc']}: context (occurrence {r.get('occurrence', 0)}) not found: {r['context']!r}"


def test_gold_surface_is_inside_its_context():
    for r in FIGURES + NEGATIVES:
        assert r["surface"] in r["context"], r
        off = r.get("context_offset")
        if off is not None:
            assert r["context"][off:off + len(r["surface"])] == r["surface"], r


@needs_corpus
def test_gold_surface_spans_match_file_offsets():
    for r in FIGURES + NEGATIVES:
        s, e = _span(r)
        assert _text(r["doc"])[s:e] == r["surface"], r
        if "start" in r:
            assert (r["start"], r["end"]) == (s, e), r


@needs_corpus
def test_gold_published_matches_sidecar():
    for r in FIGURES:
        meta = json.loads((SHARED / r["doc"]).with_suffix(".json").read_text(encoding="utf-8"))
        assert r["published"] == (meta.get("publication_date") or "")[:10], r


def test_gold_qualifier_is_in_allowed_set():
    bad = [(r["doc"], r["surface"], r["qualifier"]) for r in FIGURES if r["qualifier"] not in QUALIFIERS]
    assert not bad


def test_gold_bounds_enclose_value():
    for r in FIGURES:
        v, lo, hi = r["value"], r["low"], r["high"]
        assert isinstance(v, (int, float)), r
        if lo is not None:
            assert lo <= v + 1e-9, r
        if hi is not None:
            assert v <= hi + 1e-9, r


def test_gold_interval_follows_qualifier_rule():
    """Bounds only where the text states them; approx, nearly and vague state none (README, "Qualifiers")."""
    for r in FIGURES:
        q, v, lo, hi = r["qualifier"], r["value"], r["low"], r["high"]
        if q == "exact":
            assert lo == hi == v, r
        elif q in ("at_least", "more_than"):
            assert lo == v and hi is None, r
        elif q in ("at_most", "less_than"):
            assert lo == 0 and hi == v, r
        elif q == "range":
            assert lo < hi and v == pytest.approx((lo + hi) / 2), r
        else:
            assert lo is None and hi is None, r


def test_gold_vague_counts_carry_a_plausible_range_around_their_value():
    vague = [r for r in FIGURES if r["qualifier"] == "vague"]
    assert len(vague) >= 5
    for r in vague:
        lo, hi = r["plausible"]
        assert lo < r["value"] < hi, r
    assert not [r for r in FIGURES if "plausible" in r and r["qualifier"] != "vague"]


def test_gold_has_at_least_200_figures():
    assert len(FIGURES) >= 200


def test_gold_covers_at_least_12_documents():
    assert len({r["doc"] for r in FIGURES}) >= 12


def test_gold_has_at_least_60_negatives():
    assert len(NEGATIVES) >= 60


def test_gold_dates_are_iso():
    for r in FIGURES:
        assert r["as_of"] == "" or ISO.match(r["as_of"]), r
        assert r["published"] == "" or ISO.match(r["published"]), r


def test_gold_metric_keys_are_dotted_snake_case():
    for r in FIGURES:
        assert METRIC.match(r["metric"]), r["metric"]


def test_gold_metric_keys_use_their_thread_prefix():
    for r in FIGURES:
        for folder, prefix in THREADS.items():
            if f"/{folder}" in r["doc"]:
                assert r["metric"].startswith(prefix), (r["doc"], r["metric"])


def test_gold_metric_keys_shared_within_threads():
    """Every multi-article thread has at least one key measured in two or more of its documents."""
    docs_by_metric: dict[str, set[str]] = defaultdict(set)
    for r in FIGURES:
        docs_by_metric[r["metric"]].add(r["doc"])
    for folder, prefix in THREADS.items():
        shared = [m for m, docs in docs_by_metric.items() if m.startswith(prefix) and len(docs) > 1]
        assert shared, f"no metric of {prefix} shared across documents"
    for prefix, ids in WIKINEWS_THREADS.items():
        shared = [m for m, docs in docs_by_metric.items()
                  if m.startswith(prefix) and all(any(i in d for d in docs) for i in ids)]
        assert shared, f"no metric of {prefix} shared by {ids}"


def test_gold_metric_keys_consistent_for_same_thing():
    """Key spot checks: the running totals of each thread share one key; increments and subsets do not."""
    by_surface = {(r["doc"].rsplit("/", 1)[-1], r["surface"]): r["metric"] for r in FIGURES}
    assert by_surface[("2023-10-08_1.txt", "370")] == by_surface[("2025-07-13_1.txt", "over 58,000")] \
        == "gaza_war.deaths.palestinians"
    assert by_surface[("2024-12-02_1.txt", "around 37")].endswith(".increment")
    assert by_surface[("2023-02-16_1.txt", "43,850")] != by_surface[("2023-02-09_1.txt", "21,051")]
    assert by_surface[("2025-03-27_1.txt", "3,000")] == "nk_troops_russia.soldiers.sent.increment"
    assert by_surface[("2025-04-30_1.txt", "around 4,700")] != by_surface[("2025-04-30_1.txt", "about 600")]
    assert by_surface[("wn2004_081.txt", "nearly 60,000")] == by_surface[("wn2004_085.txt", "passing 80,000")]


def test_gold_incremental_flag_matches_metric_suffix():
    for r in FIGURES:
        if "incremental" in r:
            assert r["incremental"] == r["metric"].endswith(".increment"), r


@needs_corpus
def test_gold_negatives_do_not_overlap_figures():
    spans = defaultdict(list)
    for r in FIGURES:
        spans[r["doc"]].append(_span(r))
    for r in NEGATIVES:
        s, e = _span(r)
        assert not any(s < fe and fs < e for fs, fe in spans[r["doc"]]), r


@needs_corpus
def test_gold_figures_do_not_overlap_each_other():
    spans = defaultdict(list)
    for r in FIGURES:
        s, e = _span(r)
        assert not any(s < fe and fs < e for fs, fe in spans[r["doc"]]), r
        spans[r["doc"]].append((s, e))


@needs_corpus
def test_gold_locates_every_gold_figure_in_the_raw_file():
    for g in FIGURES:
        text = _text(g["doc"])
        span = locate_gold(g, text)
        assert span is not None and text[span[0]:span[1]] == g["surface"], g
    cleaned = "  ".join(_text(FIGURES[0]["doc"]).split())  # whitespace changes must not lose the figure
    span = locate_gold(FIGURES[0], cleaned)
    assert span is not None and cleaned[span[0]:span[1]].split() == FIGURES[0]["surface"].split()


def test_gold_documents_list_every_annotated_document():
    docs = gold_documents(FIGURES)
    assert len(docs) == len(set(docs)) >= len({r["doc"] for r in FIGURES})
    assert {r["doc"] for r in FIGURES + NEGATIVES} <= set(docs)


@pytest.mark.parametrize("text", [
    "Officials said \u201cnearly 60,000 people\u201d died.",
    "Officials  said\n\u201cnearly 60,000 people\u201d died.",
])
def test_gold_locate_tolerates_whitespace_and_quote_changes(text):
    g = {"context": 'said "nearly 60,000 people" died', "surface": "nearly 60,000", "occurrence": 0}
    span = locate_gold(g, text)
    assert span is not None and text[span[0]:span[1]] == "nearly 60,000"


def test_gold_locate_takes_the_stated_occurrence_or_none():
    g = {"context": "7 killed", "surface": "7", "occurrence": 1}
    assert locate_gold(g, "7 killed here, 7 killed there") == (15, 16)
    assert locate_gold(g | {"occurrence": 2}, "7 killed here, 7 killed there") is None
