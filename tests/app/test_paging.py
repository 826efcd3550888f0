"""Pages of long tables: which rows a page holds, and the Figures page showing them on a real corpus."""
from __future__ import annotations

import io

import pandas as pd
import pytest
from streamlit.delta_generator import DeltaGenerator
from streamlit.testing.v1 import AppTest

from conftest import ROOT, shared_or_skip
from newsfigures.app import paging


@pytest.mark.parametrize("total, page, size, expected", [
    (120, 1, 50, (0, 50, 1, 3)),
    (120, 3, 50, (100, 120, 3, 3)),  # the last page holds the rest
    (120, 9, 50, (100, 120, 3, 3)),  # past the end: the last page
    (120, 0, 50, (0, 50, 1, 3)),
    (100, 2, 50, (50, 100, 2, 2)),
    (0, 1, 25, (0, 0, 1, 1)),  # an empty table still has its one page
])
def test_paging_span_holds_the_rows_of_its_page(total, page, size, expected):
    s = paging.span(total, page, size)
    assert (s.start, s.stop, s.page, s.pages) == expected
    assert list(range(total))[s.rows] == list(range(expected[0], expected[1]))


def test_paging_caption_counts_rows():
    assert paging.span(120_000, 2, 50).caption() == "rows 51–100 of 120,000"
    assert paging.span(0, 1, 25).caption("articles") == "no articles"


def test_paging_figures_page_two_and_its_csv_download_hold_the_right_rows(tmp_path, monkeypatch):
    """Wikinews 2004 (101 articles): page 2 shows rows 51–100 of the table, and the CSV made on request holds every
    row — none made before it is asked for."""
    monkeypatch.setenv("NEWSFIGURES_DATA", str(shared_or_skip("corpora", "wikinews-2004")))
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path / "store.duckdb"))
    offered = {}
    original = DeltaGenerator.download_button

    def recording(self, label, data, file_name=None, mime=None, **kwargs):
        offered[file_name] = data
        return original(self, label, data, file_name, mime, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "download_button", recording)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.switch_page("pages/3_Figures.py").run()
    at.number_input(key="figures_table_page").set_value(2).run()
    assert not at.exception, [e.value for e in at.exception]
    page = at.dataframe[0].value
    total = int(next(c.value for c in at.caption if c.value.endswith(" figures")).split()[0].replace(",", ""))
    assert total > 100 and len(page) == 50 and any(c.value.startswith(f"rows 51–100 of {total:,}") for c in at.caption)
    assert callable(offered["figures.csv"]) and callable(offered["figures.json"])  # made on request only
    every = pd.read_csv(io.BytesIO(offered["figures.csv"]()))
    assert len(every) == total
    assert list(every["start"][50:100]) == list(page["start"]) and list(every["article_id"][50:100]) == list(
        page["article_id"])
    assert len(pd.read_json(io.BytesIO(offered["figures.json"]()))) == total
