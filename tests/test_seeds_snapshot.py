"""Regression tests on the two seed articles: every figure by surface, no junk figure, the five pairs, the timeline.

tests/snapshots/seeds.json is a snapshot of the code's current output (written by `python scripts/update_snapshot.py`),
a regression guard and not hand-written gold: it says "nothing changed", not "this is right". What is right is in the
hand-written assertions below and in the gold set of tests/gold/."""
from __future__ import annotations

import json

import pytest

from newsfigures.compare.analysis import compare
from newsfigures.app.tables import timeline_frame

from conftest import ROOT

SNAPSHOT = json.loads((ROOT / "tests" / "snapshots" / "seeds.json").read_text(encoding="utf-8"))
A, B = "000_1ebc33ac245bce1b", "003_113ec146f7468fd0"


@pytest.mark.parametrize("article_id", [A, B])
def test_seeds_figures_match_snapshot(seeds, article_id):
    """Regenerate with `python scripts/update_snapshot.py` only after checking the diff by hand."""
    assert len(SNAPSHOT["figures"][article_id]) >= 5
    got = [{k: getattr(f, k) for k in SNAPSHOT["figures"][article_id][0]} for f in seeds.figures_of(article_id)]
    assert got == SNAPSHOT["figures"][article_id]


def test_seeds_offsets_point_at_surfaces(seeds):
    assert len(seeds.figures) >= 10
    for f in seeds.figures:
        art = seeds.article(f.article_id)
        assert art.text[f.start:f.end] == f.text
        assert art.text[f.sentence_start:].startswith(f.sentence)


@pytest.mark.parametrize("junk", ["500", "27", "nine", "G-3", "third", "80th", "Two", "01", "02", "12:30", "2025", "2024"])
def test_seeds_no_junk_figures(seeds, junk):
    assert seeds.figures and all(f.text != junk and not f.text.endswith(" " + junk) for f in seeds.figures)


def test_seeds_issue_expectations(seeds):
    by = {(f.article_id, f.text): f for f in seeds.figures}
    assert by[(A, "at least 13,000")].qualifier == "at_least" and by[(A, "at least 13,000")].high is None
    assert by[(A, "at least 13,000")].period == "since 2024-10"
    assert by[(B, "more than 10,000")].as_of == "2024"
    assert by[(B, "at least 600")].as_of == "2025-04" and by[(B, "at least 600")].counted == "war dead"
    assert by[(B, "1,000")].counted == "engineers" and by[(A, "1,000")].counted == "military engineers"
    assert by[(A, "about 600")].is_past and by[(A, "about 600")].as_of == "2025-04"
    assert by[(B, "around 2,000")].said_by == "lawmaker Lee Seong-kweun"
    assert "National Intelligence Service" in by[(B, "at least 600")].said_by
    assert by[(A, "6,000")].incremental and by[(A, "6,000")].metric != by[(A, "at least 13,000")].metric


def test_seeds_five_pairs_with_statuses(seeds):
    pairs = compare(seeds, A, B)
    got = sorted((p.status, p.a.text if p.a else None, p.b.text if p.b else None) for p in pairs)
    assert got == sorted([
        ("same", "About 2,000", "Around 2,000"),
        ("same", "about 600", "at least 600"),
        ("compatible", "at least 13,000", "more than 10,000"),
        ("same", "6,000", "6,000"),
        ("same", "1,000", "1,000"),
    ])
    assert [{"status": p.status, "metric": p.metric, "a": p.a.text if p.a else None, "b": p.b.text if p.b else None}
            for p in pairs] == SNAPSHOT["pairs"]
    qualifier_note = next(p for p in pairs if p.a.text == "about 600")
    assert "different qualifier" in qualifier_note.explanation


def test_seeds_killed_timeline_moves_from_600_in_april_to_2000_in_september(seeds):
    pts = timeline_frame(seeds.figures, ["soldiers killed"], {a.id: a.title for a in seeds.articles})
    unknown = "unknown outlet (2,000 North Korean troops killed in Rus…)"  # named by its title, never its id
    assert sorted(zip(pts["as_of_text"], pts["value"], pts["outlet"])) == [
        ("2025-04", 600.0, "PAP"), ("2025-04", 600.0, unknown),
        ("2025-09-02", 2000.0, "PAP"), ("2025-09-02", 2000.0, unknown)]
