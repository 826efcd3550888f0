"""The app on a batch directory (NEWSFIGURES_STORE names one): it opens on every stored article without NLP, and a
visitor's selection on the Corpus page is what every page then analyses, for that visitor only."""
from __future__ import annotations

from dataclasses import replace

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT

TIMEOUT = 180


@pytest.fixture
def batch_dir(seeds, tmp_path, monkeypatch):
    """The two seeds and a Reuters copy dated 2024 in a batch directory, named by NEWSFIGURES_STORE."""
    from newsfigures.batch import prepare, write_partition
    from newsfigures.extract import EXTRACTOR_VERSION
    from newsfigures.store import extraction_key

    a, b = seeds.articles
    reuters = replace(a, id="reuters-copy", outlet="Reuters", published="2024-03-01", content_hash="h-reuters",
                      title="Death toll rises to 2,000")
    own = {x.id: [f for f in seeds.article_figures if f.article_id == x.id] for x in (a, b)}
    own[reuters.id] = own[a.id]
    prepare(tmp_path)
    part = [(extraction_key(x, EXTRACTOR_VERSION), n, x) for n, x in enumerate((a, b, reuters))]
    write_partition(tmp_path, "part-0", part, own)
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path))
    import newsfigures.compare.analysis as analysis

    monkeypatch.setattr(analysis, "extract_many", lambda *a, **k: pytest.fail("a batch directory is read without NLP"))
    return tmp_path


def corpus_page() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.switch_page("pages/4_Corpus.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_state_selection_opens_on_every_stored_article(batch_dir):
    at = corpus_page()
    assert "3 of 3 stored articles match (every article)." in [c.value for c in at.caption]
    assert sorted(at.dataframe[0].value["id"]) == ["000_1ebc33ac245bce1b", "003_113ec146f7468fd0",
                                                                        "reuters-copy"]


def test_state_selection_narrows_what_the_pages_analyse(batch_dir):
    at = corpus_page()
    at.text_input(key="corpus_selection_words").set_value("death toll")
    at.multiselect(key="corpus_selection_outlets").set_value(["Reuters"])
    at.text_input(key="corpus_selection_since").set_value("2024-01-01")
    at.text_input(key="corpus_selection_until").set_value("2024-12-31")
    at.button[0].click().run()  # the form's submit button
    assert not at.exception, [e.value for e in at.exception]
    assert list(at.dataframe[0].value["id"]) == ["reuters-copy"]
    assert any(c.value.startswith("1 of 3 stored articles match") for c in at.caption)
    at.switch_page("pages/3_Figures.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert set(at.dataframe[0].value["article_id"]) == {"reuters-copy"}
    selected = at.session_state["nf_visitor"]["selected"]  # what this visitor typed is kept in their session
    assert selected[0][2].phrases == ("death toll",) and len(selected[1].analysis.articles) == 1
    assert len(corpus_page().dataframe[0].value) == 3  # another visitor still opens the whole directory


def test_state_selection_refuses_an_unreadable_date(batch_dir):
    at = corpus_page()
    at.text_input(key="corpus_selection_since").set_value("2024-02-30")
    at.button[0].click().run()
    assert [e.value for e in at.error] == ["since must be a date written YYYY\\-MM\\-DD, got '2024\\-02\\-30'"]
    assert len(at.dataframe[0].value) == 3  # the selection is kept as it was
