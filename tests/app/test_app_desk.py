"""The analyst's desk, page by page with AppTest: articles named by their labels on the Corpus page, the Timeline's
undated figures and figures of another scope, Compare's table first on a phone."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT, SEED_A, SEED_B
from newsfigures.app.labels import article_label, md
from newsfigures.ingest import load_path

TIMEOUT = 180
A, B = SEED_A.stem, SEED_B.stem


def run(page: str, **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.switch_page(page)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


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
