"""Each page's "Download CSV", driven with AppTest on a corpus of hostile records: no cell runs as a formula."""
from __future__ import annotations

import pytest
from streamlit.delta_generator import DeltaGenerator
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from test_spreadsheet import formula_cells, hostile_corpus

PAGES = {"pages/1_Timeline.py": 2, "pages/2_Compare.py": 1, "pages/3_Figures.py": 1, "pages/4_Corpus.py": 2,
         "pages/5_Discrepancies.py": 1}  # page -> how many tables it offers as CSV


@pytest.fixture
def csv_downloads(tmp_path, monkeypatch):
    """The hostile corpus opened by the app; returns the CSV downloads each run offers, as (file name, text)."""
    monkeypatch.setenv("NEWSFIGURES_DATA", str(hostile_corpus(tmp_path / "corpus")))
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path / "store.duckdb"))
    seen: list[tuple[str, str]] = []
    original = DeltaGenerator.download_button

    def recording(self, label, data, file_name=None, mime=None, **kwargs):
        if str(file_name).endswith(".csv"):
            made = data() if callable(data) else data  # a file made on request is made here, as a click would
            seen.append((file_name, made.decode("utf-8") if isinstance(made, bytes) else str(made)))
        return original(self, label, data, file_name, mime, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "download_button", recording)
    return seen


@pytest.mark.parametrize("page", sorted(PAGES))
def test_downloads_csv_of_every_page_runs_no_formula(page, csv_downloads):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert len(csv_downloads) == PAGES[page], [name for name, _ in csv_downloads]
    for name, text in csv_downloads:
        assert formula_cells(text) == [], name
    everything = "\n".join(text for _name, text in csv_downloads)
    # Discrepancies: the outlet "@SUM(A1:A9)" in its article column (since stop 62 the junk "-2" of "-2+3 About 600
    # soldiers were killed" is no death toll, so no discrepancy row quotes it)
    hostile = {"Timeline": "'=HYPERLINK", "Compare": "'+1", "Figures": "'=HYPERLINK", "Corpus": "'@SUM(A1:A9)",
               "Discrepancies": "'@SUM(A1:A9)"}
    assert hostile[page.split("_", 1)[1][:-3]] in everything  # the hostile text is there, made inert
