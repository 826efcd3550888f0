"""The evaluation's extraction memo: each article is extracted once per process, and only the same article hits it."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsfigures.eval import reuters, systems
from newsfigures.extract import extract_many
from newsfigures.ingest import load_path

SEEDS = sorted(str(p) for p in (Path(__file__).parents[2] / "data").glob("*.txt"))


def _counting(monkeypatch) -> list[list[str]]:
    """Replace extract_many by a wrapper that records which article ids each call extracts."""
    calls: list[list[str]] = []

    def counted(articles, nlp, *args, **kwargs):
        arts = list(articles)
        calls.append([a.id for a in arts])
        return extract_many(arts, nlp, *args, **kwargs)

    monkeypatch.setattr("newsfigures.extract.extract_many", counted)
    monkeypatch.setattr(systems, "_EXTRACTED", {})
    return calls


def test_systems_extracted_figures_extracts_each_article_once_and_as_extract_many(monkeypatch):
    calls = _counting(monkeypatch)
    articles, _ledger = load_path(*SEEDS)
    first = systems.extracted_figures(articles)
    again = systems.extracted_figures(articles[:1])
    assert len(calls) == 1 and sorted(calls[0]) == sorted(a.id for a in articles)
    assert again == {articles[0].id: first[articles[0].id]}
    assert first == extract_many(articles, systems.extraction_pipeline())
    assert all(first[a.id] for a in articles)  # the seeds report figures: the memo holds real extractions


def test_systems_extracted_figures_reads_again_an_article_with_other_metadata(monkeypatch):
    calls = _counting(monkeypatch)
    articles, _ledger = load_path(*SEEDS)
    systems.extracted_figures(articles[:1])
    undated = replace(articles[0], published="")
    systems.extracted_figures([undated])
    assert calls == [[articles[0].id], [articles[0].id]]


@pytest.mark.skipif(bool(reuters.unavailable()), reason=reuters.unavailable() or "available")
def test_systems_run_newsfigures_joins_hard_wrapped_lines_when_asked():
    # Reuters train_0177: "The Bank of England said it forecast a\nshortage of around 800 mln stg"
    doc = "reuters/train_0177.txt"
    (as_is,), (joined,) = systems.run_newsfigures([doc]), systems.run_newsfigures([doc], join_wrapped=True)
    assert "forecast a\nshortage" in as_is.text and "forecast a shortage" in joined.text
    said = {p.text: p.said_by for p in joined.preds}
    assert said["around 800 mln stg"] == "The Bank of England"
    # loaded as it is, the source is read past the break (extract/wrapped_source.py), but a scale on the far side of
    # one is not: "around 425 mln stg and 360\nmln stg" reads 360, joined 360 mln
    assert {p.text: p.said_by for p in as_is.preds}["around 800 mln stg"] == "The Bank of England"
    assert {p.text for p in as_is.preds} >= {"360"} and "360 mln stg" in {p.text for p in joined.preds}
