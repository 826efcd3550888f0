"""What the pages derive from an analysis is made once: reruns and other visitors reuse the bundled corpus's tables,
labels and Overview; a visitor's own articles get their own, in their session."""
from __future__ import annotations

import shutil
from collections import Counter

import pytest
from streamlit.testing.v1 import AppTest

from conftest import DATA, ROOT
from newsfigures.app import story, tables, views
from newsfigures.app import labels as app_labels

TIMEOUT = 180
COUNTED = {tables: ("figures_frame", "ledger_frame"), story: ("overview",), views: ("timeline", "corpus_frame"),
           app_labels: ("metric_names", "article_namer")}


@pytest.fixture
def made(tmp_path, monkeypatch):
    """The seeds copied to a folder of their own (so no other test's cache serves them), and a count of every call
    of the functions that build what the pages show."""
    shutil.copytree(DATA, tmp_path / "corpus")
    monkeypatch.setenv("NEWSFIGURES_DATA", str(tmp_path / "corpus"))
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path / "store.duckdb"))
    calls: Counter[str] = Counter()
    for module, names in COUNTED.items():
        for name in names:
            def counting(*args, _made=getattr(module, name), _name=name, **kwargs):
                calls[_name] += 1
                return _made(*args, **kwargs)
            monkeypatch.setattr(module, name, counting)
    return calls


def _visit(at: AppTest, page: str) -> AppTest:
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


PAGES = ["pages/0_Overview.py", "pages/1_Timeline.py", "pages/3_Figures.py", "pages/4_Corpus.py",
         "pages/5_Discrepancies.py", "pages/2_Compare.py"]


def test_derived_reruns_and_other_visitors_rebuild_nothing(made):
    first = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for page in PAGES:
        _visit(first, page)
    once = dict(made)
    assert once == {"figures_frame": 1, "ledger_frame": 1, "overview": 1, "timeline": 1, "corpus_frame": 1,
                    "metric_names": 1, "article_namer": 1}
    for page in PAGES:  # a rerun of every page
        _visit(first, page).run()
    _visit(first, "pages/1_Timeline.py").toggle(key="timeline_log").set_value(True).run()  # only the chart is redrawn
    assert not first.exception and made["timeline"] == 1
    second = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)  # another visitor
    for page in PAGES:
        _visit(second, page)
    assert dict(made) == once


def test_derived_a_visitors_upload_gets_its_own_tables_never_the_shared_ones(made):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    _visit(at, "pages/4_Corpus.py")
    at.text_area(key="corpus_paste").input("Officials said about 300 homes were destroyed in the flood on Monday.")
    at.button(key="corpus_add").click().run()
    assert len(at.dataframe[0].value) == 3 and made["corpus_frame"] == 2  # their corpus: made for them
    _visit(at, "pages/4_Corpus.py")
    assert made["corpus_frame"] == 2  # and kept in their session
    other = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    _visit(other, "pages/4_Corpus.py")
    assert len(other.dataframe[0].value) == 2 and made["corpus_frame"] == 2  # the shared one, as it was
