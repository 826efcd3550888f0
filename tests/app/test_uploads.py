"""The upload path under abuse: oversize or unreadable uploads get a message naming the file, an Add with nothing
received says why, and a visitor's session stops growing at its cap."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from streamlit.testing.v1 import AppTest

from newsfigures.app import state
from newsfigures.ingest.limits import MAX_UPLOAD_BYTES

from conftest import ROOT


@dataclass
class Upload:
    """What st.file_uploader hands over: a name, the size the browser declared, and the bytes (or a failed read)."""

    name: str
    size: int
    data: bytes | None

    def getvalue(self) -> bytes:
        if self.data is None:
            raise OSError("connection reset while reading the upload")
        return self.data


def test_uploads_oversize_and_failed_reads_are_rejected_by_name():
    ok = Upload("ok.txt", 20, b"About 5 homes burned.")
    read, refused = state.read_uploads([Upload("huge.csv", MAX_UPLOAD_BYTES + 1, b""), ok,
                                        Upload("cut.txt", 100, None),
                                        Upload("lied.csv", 10, b"x" * (MAX_UPLOAD_BYTES + 1))])
    assert read == [("ok.txt", b"About 5 homes burned.")]
    assert [(e.item, e.reason) for e in refused] == [("huge.csv", "too_large"), ("cut.txt", "unreadable"),
                                                     ("lied.csv", "too_large")]
    assert "26,214,401 bytes is over the 26,214,400-byte upload limit" in refused[0].message
    assert "could not be read (OSError)" in refused[1].message


@pytest.fixture
def corpus_page(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path / "store.duckdb"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.switch_page("pages/4_Corpus.py")
    return at.run()


def test_uploads_add_with_nothing_received_says_why(corpus_page):
    corpus_page.button(key="corpus_add").click().run()
    assert [w.value for w in corpus_page.warning] == [state.NOTHING_RECEIVED]
    assert "over the 25 MB upload limit" in state.NOTHING_RECEIVED


def test_uploads_session_stops_at_its_cap_with_a_message_naming_it(corpus_page, monkeypatch):
    monkeypatch.setattr(state, "MAX_SESSION_ARTICLES", 1)
    corpus_page.text_area(key="corpus_paste").input("Officials said about 300 homes were destroyed in the flood.")
    corpus_page.button(key="corpus_add").click().run()
    assert corpus_page.success[0].value.startswith("Added 1 article(s).")
    corpus_page.text_area(key="corpus_paste").input("Officials said about 90 bridges were destroyed in the storm.")
    corpus_page.button(key="corpus_add").click().run()
    assert not corpus_page.exception, [e.value for e in corpus_page.exception]
    notice = corpus_page.success[0].value
    assert notice.startswith("Added 0 article(s). 1 submitted: 0 ingested, 0 duplicates, 1 rejected.")
    assert "the limit of 1 articles per visitor \\(MAX\\_SESSION\\_ARTICLES\\)" in notice
    assert len(corpus_page.dataframe[0].value) == 3  # the two bundled articles and the one that fitted
