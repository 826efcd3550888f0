"""The analyst's desk, page by page with AppTest: articles named by their labels on the Corpus page, the Timeline's
undated figures and figures of another scope, Compare's table first on a phone."""
from __future__ import annotations

import base64
import json

import numpy as np

from apprun import run
from conftest import SEED_A, SEED_B
from newsfigures.app.labels import article_label, md
from newsfigures.ingest import load_path

A, B = SEED_A.stem, SEED_B.stem


def values(array: list | dict) -> list[float]:
    """The numbers of a plotly array in a chart's JSON (a list, or base64 "bdata" of a dtype)."""
    if isinstance(array, dict):
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)


def labels() -> dict[str, str]:
    articles, _ = load_path(SEED_A.parent)
    return {a.id: md(article_label(a)) for a in articles}


def test_app_corpus_names_articles_by_label_not_id(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path / "store.duckdb"))
    named = labels()
    at = run("pages/4_Corpus.py")
    removed = [e.label for e in at.expander if e.label.endswith("lines removed")]
    assert [x.rsplit(": ", 1)[0] for x in removed] == [named[A], named[B]]
    assert not any(i in x or md(i) in x for x in removed for i in (A, B))
    at.selectbox(key="corpus_fix_article").set_value(B).run()
    at.text_input(key="corpus_fix_outlet").input("Yonhap")
    at.button(key="corpus_fix_save").click().run()
    assert [s.value for s in at.success] == [f"Saved outlet for {named[B]}."]
    at.button(key="corpus_fix_undo").click().run()
    assert [s.value for s in at.success][0].startswith("Undid the corrections of ")
    assert not any(md(i) in s.value for s in at.success for i in (A, B))


def test_app_timeline_lists_undated_figures_under_the_chart(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path / "store.duckdb"))
    at = run("pages/4_Corpus.py")
    at.text_area(key="corpus_paste").input("More North Korean troops head east\n\nNorth Korea has sent about 15,000 soldiers to Russia, "
                                           "officials said.")
    at.button(key="corpus_add").click().run()
    assert not at.exception, [e.value for e in at.exception]
    del at.query_params["article"]
    at.switch_page("pages/1_Timeline.py")
    at.query_params["metric"] = "soldiers sent"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(c.value.startswith("1 figure(s) of these metrics have no date") for c in at.caption)
    (strip,) = [e for e in at.expander if e.label.startswith("No date")]
    assert strip.label == "No date (1)"
    undated = strip.dataframe[0].value
    assert list(undated["text"]) == ["about 15,000"] and list(undated["article"]) == ["More North Korean troops head east"]
    assert "article_id" not in undated.columns


def test_app_timeline_on_a_real_thread_draws_the_excess_deaths_estimate_apart(tmp_path, monkeypatch):
    from conftest import shared_or_skip
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path / "store.duckdb"))
    monkeypatch.setenv("NEWSFIGURES_DATA", str(shared_or_skip("corpora", "current-events",
                                                              "gaza_war_death_toll_2023_2025")))
    at = run("pages/1_Timeline.py", metric="people killed in Gaza")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    band = [values(t["y"]) for t in spec["data"] if t.get("yaxis") == "y2"]
    assert band == [[186000.0]]  # The Lancet's estimate, beside the ministry's 38,000
    left = [v for t in spec["data"] if t.get("yaxis", "y") == "y" for v in values(t["y"])]
    assert max(left) == 58000.0 and min(left) == 370.0
    assert spec["layout"]["yaxis2"]["domain"][0] > spec["layout"]["yaxis"]["domain"][1]  # a band above the plot
    assert spec["layout"]["yaxis2"]["type"] == spec["layout"]["yaxis"]["type"] == "log"
    points = at.dataframe[0].value
    assert list(points.loc[points["apart"] != "", "value"]) == [186000.0]
