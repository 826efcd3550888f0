"""compare.echo: a sentence two articles share word for word reports one figure, even a bare one."""
from __future__ import annotations

import io
import json

import pytest

from newsfigures.cli import main
from newsfigures.compare.alignment import align
from newsfigures.compare.echo import REASON, echo_pairs, echoes, surroundings
from newsfigures.eval import reuters
from newsfigures.model import Figure, Measure

needs_weka = pytest.mark.skipif(bool(reuters.unavailable()), reason=reuters.unavailable() or "available")


def bare(sentence: str, surface: str, article: str, value: float, unit: str = "ft") -> Figure:
    """A bare distance in `sentence` (no subject, no event: says too little to pair by similarity)."""
    at = sentence.index(surface)
    return Figure(article_id=article, source_file="", text=surface, start=100 + at, end=100 + at + len(surface),
                  sentence=sentence, value=value, low=value, high=value, qualifier="exact", unit=unit,
                  counted="distance", event="", as_of="", said_by="", metric="distances", counted_lemma="distance",
                  kind="measure", sentence_start=100, measure=Measure(quantity="distance", dimension="length"))


HOLE = "The hole is 460 feet east of the first one, the company said."


def test_echo_surroundings_are_four_words_each_side_in_small_letters():
    f = bare(HOLE, "460 feet", "a", 460)
    assert surroundings(f) == (("the", "hole", "is"), ("east", "of", "the", "first"))


@pytest.mark.parametrize("other, surface, value, article, expected", [
    (HOLE, "460 feet", 460, "b", True),
    ("The hole is\n460 feet east of the first one.", "460 feet", 460, "b", True),   # a line break is a space
    ("THE HOLE IS 460 FEET EAST OF THE FIRST ONE.", "460 FEET", 460, "b", True),    # case aside
    ("The shaft is 460 feet east of the first one.", "460 feet", 460, "b", False),  # another word before it
    ("The hole is 460 feet west of the first one.", "460 feet", 460, "b", False),   # another word after it
    ("The hole is 470 feet east of the first one.", "470 feet", 470, "b", False),   # another value
    (HOLE, "460 feet", 460, "a", False),                                            # one article
    # stop 56: the words right around it count, not those past where one sentence ends or differs (a hard-wrapped
    # line starts a "sentence": Reuters train_0552 "hole is 460 feet east of the ..." ~ train_0559 "The hole is")
    ("hole is 460 feet east of the first one.", "460 feet", 460, "b", True),
    ("Their new hole is 460 feet east of the first one.", "460 feet", 460, "b", True),
    ("The hole is 460 feet east of a road.", "460 feet", 460, "b", False),         # two words after it, five in all
])
def test_echo_needs_the_same_words_value_and_two_articles(other, surface, value, article, expected):
    assert echoes(bare(HOLE, "460 feet", "a", 460), bare(other, surface, article, value)) is expected


@pytest.mark.parametrize("one, other, surface", [
    ("Depth 460 feet.", "Depth 460 feet.", "460 feet"),  # too few words in all
    # a sentence's opening: the same turn of phrase, two evacuations (Lee bg_000 / bg_048, dev)
    ("Hundreds of people have been forced to vacate their homes.", "Hundreds of people have been evacuated from "
     "villages.", "Hundreds"),
    ("Drilled 460 feet east of the first hole last week.", "Drilled 460 feet east of the first hole last week.",
     "460 feet"),  # one word before it
])
def test_echo_needs_two_words_each_side_and_six_in_all(one, other, surface):
    assert not echoes(bare(one, surface, "a", 460), bare(other, surface, "b", 460))


def test_echo_pairs_are_one_to_one_in_order():
    xs = [bare(HOLE, "460 feet", "a", 460), bare(HOLE, "460 feet", "a", 460)]
    ys = [bare(HOLE, "460 feet", "b", 460)]
    assert echo_pairs(xs, ys) == [(0, 0)]


def test_echo_align_pairs_a_bare_figure_two_articles_share():
    a = [bare(HOLE, "460 feet", "a", 460), bare("Another hole reached a depth of 900 feet in May.", "900 feet", "a",
                                                 900)]
    b = [bare(HOLE, "460 feet", "b", 460), bare("A third hole was drilled to 1,200 feet last week.", "1,200 feet",
                                                 "b", 1200)]
    pairs = align(a, b)
    matched = [p for p in pairs if p.a is not None and p.b is not None]
    assert [(p.status, p.a.text, p.b.text, p.reasons[0]) for p in matched] == [("same", "460 feet", "460 feet",
                                                                                  REASON)]
    alone = sorted(p.explanation for p in pairs if p.a is None or p.b is None)
    assert all("says too little to match" in why for why in alone) and len(alone) == 2


@needs_weka
def test_echo_two_versions_of_a_wire_item_pair_their_bare_depths(tmp_path):
    """Reuters train_0552 and train_0559 (dev: doyon_mine_gold_1987) are two versions of one drilling report; their
    depths and distances name no thing, and pair only as the same sentence."""
    paths = [str(reuters.document_path(f"reuters/{n}.txt")) for n in ("train_0552", "train_0559")]
    out, err = io.StringIO(), io.StringIO()
    assert main(["compare", *paths, "--join-wrapped-lines", "--store", str(tmp_path / "s.duckdb")],
                stdout=out, stderr=err) == 0
    echoed = {(p["a"]["text"], p["b"]["text"], p["status"]) for p in json.loads(out.getvalue())["pairs"]
              if REASON in (p.get("reasons") or [])}
    assert {("1,411 feet", "1,411 feet", "same"), ("2,064 feet", "2,064 feet", "same"),
            ("460 feet", "460 feet", "same")} <= echoed


@needs_weka
def test_echo_two_versions_of_a_wire_item_pair_as_loaded_across_their_line_breaks(tmp_path):
    """As loaded, each hard-wrapped line of the two versions is a sentence of its own, so the words around a depth
    stop at different places: the words right around it still tell the one sentence (stop 56)."""
    paths = [str(reuters.document_path(f"reuters/{n}.txt")) for n in ("train_0552", "train_0559")]
    out, err = io.StringIO(), io.StringIO()
    assert main(["compare", *paths, "--store", str(tmp_path / "s.duckdb")], stdout=out, stderr=err) == 0
    echoed = {(p["a"]["text"], p["b"]["text"]) for p in json.loads(out.getvalue())["pairs"]
              if REASON in (p.get("reasons") or [])}
    assert {("1,411 feet", "1,411 feet"), ("460 feet", "460 feet")} <= echoed
