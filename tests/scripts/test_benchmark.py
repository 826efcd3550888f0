"""The extraction benchmark (scripts/benchmark.py): the share of the text spaCy parses."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from newsfigures.model import Article

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))  # benchmark.py imports make_corpus beside it
_spec = importlib.util.spec_from_file_location("benchmark", ROOT / "scripts" / "benchmark.py")
benchmark = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(benchmark)


@pytest.mark.parametrize("first, second, asked", [
    # "She" stands for the person named in the sentence before: that sentence is parsed apart
    ("Maria Lopez won the race easily in Boston.", "She has won 45 races since 2019.", True),
    # nothing in the number's sentence looks before it
    ("Maria Lopez won the race easily in Boston.", "Officials counted 45 runners.", False),
])
def test_benchmark_parsed_share_counts_windows_and_the_sentences_asked_for(nlp, first, second, asked):
    text = f"{first} {second}"
    kept, before = benchmark.parsed_share([Article(id="t", text=text, raw_text=text, source_file="t.txt")], nlp)
    assert kept == pytest.approx(len(second) / len(text))
    assert before == pytest.approx(len(first) / len(text) if asked else 0.0)


def test_benchmark_profile_prints_the_top_functions_of_one_extraction(nlp, capsys):
    text = "Officials said 45 runners finished the race in Boston on Sunday."
    benchmark.profile([Article(id="t", text=text, raw_text=text, source_file="t.txt")], nlp, 5)
    out = capsys.readouterr().out
    assert "Ordered by: internal time" in out and "Ordered by: cumulative time" in out
    assert "figures.py" in out and "(extract_many)" in out  # the extraction itself was profiled
