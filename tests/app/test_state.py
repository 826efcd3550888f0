"""The app on a batch directory (NEWSFIGURES_STORE names one): it opens on every stored article without NLP, and a
visitor's selection on the Corpus page is what every page then analyses, for that visitor only."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from batchdir import seeds_batch
from conftest import ROOT
from newsfigures.app.labels import md

TIMEOUT = 180


@pytest.fixture
def batch_dir(seeds, tmp_path, monkeypatch):
    """The two seeds and a Reuters copy dated 2024 in a batch directory, named by NEWSFIGURES_STORE."""
    seeds_batch(seeds, tmp_path)
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path))
    import newsfigures.compare.analysis as analysis

    monkeypatch.setattr(analysis, "extract_many", lambda *a, **k: pytest.fail("a batch directory is read without NLP"))
    return tmp_path


def corpus_page(page: str = "pages/4_Corpus.py", **params: str | list[str]) -> AppTest:
    """A new visitor's first run of `page` (the Corpus page unless named) opened by a link with these parameters."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.switch_page(page)
    for k, v in params.items():
        at.query_params[k] = v
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


def _params(at: AppTest) -> dict[str, list[str]]:
    """The page's URL parameters, each as the list of its values."""
    return {k: v if isinstance(v, list) else [v] for k, v in at.query_params.items()}


def test_state_selection_travels_in_the_link_and_reopens_on_every_page(batch_dir):
    at = corpus_page()
    at.text_input(key="corpus_selection_words").set_value("death toll, rises")
    at.multiselect(key="corpus_selection_outlets").set_value(["Reuters"])
    at.text_input(key="corpus_selection_since").set_value("2024-01-01")
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    link = {k: v for k, v in _params(at).items() if k.startswith("sel_")}
    assert link == {"sel_phrase": ["death toll", "rises"], "sel_outlet": ["Reuters"], "sel_since": ["2024-01-01"]}
    for page, table, column in (("pages/3_Figures.py", 0, "article_id"), ("pages/4_Corpus.py", 0, "id")):
        shared = corpus_page(page, **link)  # another visitor opens the copied link
        assert set(shared.dataframe[table].value[column]) == {"reuters-copy"}, page
        assert {k: v for k, v in _params(shared).items() if k.startswith("sel_")} == link  # and it stays in the link
    assert shared.text_input(key="corpus_selection_words").value == "death toll, rises"  # the form shows what it holds
    assert shared.multiselect(key="corpus_selection_outlets").value == ["Reuters"]
    assert shared.text_input(key="corpus_selection_since").value == "2024-01-01"
    assert any(c.value.startswith("1 of 3 stored articles match") for c in shared.caption)
    shared.switch_page("pages/0_Overview.py").run()  # a page switch drops the query string; the session keeps it
    assert {k: v for k, v in _params(shared).items() if k.startswith("sel_")} == link
    assert {m.label: m.value for m in shared.metric}["Articles"] == "1"


def test_state_selection_link_spells_outlets_as_the_directory_does(batch_dir):
    at = corpus_page(sel_outlet="REUTERS")
    assert at.multiselect(key="corpus_selection_outlets").value == ["Reuters"] and not at.warning
    assert list(at.dataframe[0].value["id"]) == ["reuters-copy"] and at.query_params["sel_outlet"] == "Reuters"


@pytest.mark.parametrize("params, message", [
    ({"sel_since": "2024-02-30"}, "since must be a date written YYYY\\-MM\\-DD, got '2024\\-02\\-30'"),
    ({"sel_since": "2024-06-01", "sel_until": "2024-01-01"}, "since \\(2024\\-06\\-01\\) is after until "
     "\\(2024\\-01\\-01\\)\\: no article can match"),
    ({"sel_since": ["2024-01-01", "2024-02-01"]}, "the link gives sel\\_since 2 times"),
    ({"sel_phrase": [f"w{n}" for n in range(11)]}, "a selection holds at most 10 phrases, this one 11"),
    ({"sel_phrase": "x" * 201}, "one of the phrases is 201 characters long; at most 200 are read"),
    ({"sel_outlet": [f"o{n}" for n in range(51)]}, "a selection holds at most 50 outlets, this one 51"),
    ({"sel_outlet": ["Reuters", "Nowhere News"]}, "the batch directory holds no article of the outlet 'Nowhere News'"),
])
def test_state_selection_link_that_cannot_be_read_gets_a_message_and_loses_nothing_else(batch_dir, params, message):
    at = corpus_page(**params, article="reuters-copy")
    assert [w.value for w in at.warning] == [f"The selection in this link was not applied ({message}): the pages "
                                             "show every article."]
    assert len(at.dataframe[0].value) == 3  # every stored article
    assert not any(k.startswith("sel_") for k in at.query_params)  # the link now says what is shown
    assert at.selectbox(key="corpus_fix_article").value == "reuters-copy"  # the rest of the link still applies
    at.text_input(key="corpus_selection_words").set_value("death toll")
    at.button[0].click().run()  # and a selection can still be opened
    assert not at.exception and not at.warning and list(at.dataframe[0].value["id"]) == ["reuters-copy"]
    assert at.query_params["sel_phrase"] == "death toll"


def test_state_selection_form_refuses_what_would_not_fit_in_a_link(batch_dir):
    at = corpus_page()
    at.text_input(key="corpus_selection_words").set_value(", ".join(f"w{n}" for n in range(11)))
    at.button[0].click().run()
    assert [e.value for e in at.error] == ["a selection holds at most 10 phrases, this one 11"]
    assert len(at.dataframe[0].value) == 3 and "sel_phrase" not in at.query_params


def test_state_selection_link_without_a_batch_directory_gets_a_message(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path / "store.duckdb"))
    at = corpus_page(sel_phrase="death toll")
    assert [w.value for w in at.warning] == ["The selection in this link was not applied (it selects articles of a "
                                             "batch directory, and this app reads its bundled corpus): the pages show "
                                             "every article."]
    assert len(at.dataframe[0].value) == 2 and "sel_phrase" not in at.query_params


def test_state_selection_form_takes_a_quoted_phrase_with_a_comma_and_its_link_reopens_it(batch_dir):
    at = corpus_page()
    at.text_input(key="corpus_selection_words").set_value('"about 2,000", North Korean')
    at.button[0].click().run()
    assert not at.exception and not at.error, [e.value for e in at.exception or at.error]
    assert sorted(at.dataframe[0].value["id"]) == ["000_1ebc33ac245bce1b", "reuters-copy"]  # "Around 2,000" is not it
    link = {k: v for k, v in _params(at).items() if k.startswith("sel_")}
    assert link == {"sel_phrase": ["about 2,000", "North Korean"]}  # each phrase its own parameter, comma kept
    shared = corpus_page(**link)  # another visitor opens the copied link
    assert sorted(shared.dataframe[0].value["id"]) == ["000_1ebc33ac245bce1b", "reuters-copy"] and not shared.warning
    assert shared.text_input(key="corpus_selection_words").value == '"about 2,000", North Korean'  # quoted again
    shared.button[0].click().run()  # submitting the form as shown opens the same selection
    assert {k: v for k, v in _params(shared).items() if k.startswith("sel_")} == link


def test_state_selection_form_names_a_quote_it_cannot_read_and_keeps_the_selection(batch_dir):
    at = corpus_page()
    at.text_input(key="corpus_selection_words").set_value('"about 2,000, North Korean')
    at.button[0].click().run()
    assert [e.value for e in at.error] == [md("cannot read '\"about 2,000, North Korean': a double quote must enclose "
                                              'a whole phrase, as in "2,000", death toll')]
    assert len(at.dataframe[0].value) == 3 and "sel_phrase" not in at.query_params
