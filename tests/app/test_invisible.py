"""Invisible and direction-changing characters shown as marks: the helper, the labels and tables that use it, and
every page of the app on a corpus full of them."""
from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from google.protobuf import text_format
from streamlit.testing.v1 import AppTest

from newsfigures.app.invisible import HIDDEN, show_invisible
from newsfigures.app.labels import article_label, md
from newsfigures.app.render import Mark, highlight
from newsfigures.app.tables import shown
from newsfigures.model import Article

from conftest import ROOT

LISTED = ([chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
          + [chr(c) for c in range(0x200B, 0x2010)] + ["\u061c", "\ufeff", "\u00ad", "\u2060", "\x00", "\x1b", "\u2028"])
# A raw hidden character, or one escaped in JSON (a chart's spec), as it could reach the page.
RAW_OR_ESCAPED = re.compile(HIDDEN.pattern + "|" + "|".join(f"\\\\u{ord(c):04x}" for c in LISTED if c not in "\x00\x1b"),
                            re.IGNORECASE)


@pytest.mark.parametrize("ch", LISTED)
def test_invisible_each_listed_character_becomes_a_visible_mark(ch):
    out = show_invisible(f"a{ch}b")
    assert out == f"a⟨U+{ord(ch):04X}⟩b" and not HIDDEN.search(out)


def test_invisible_ordinary_text_line_breaks_tabs_and_scripts_unchanged():
    text = "Seoul said about 2,000\tdied.\nسقط ٢٠٠٠ قتيل — 約2000人"
    assert show_invisible(text) == text


def test_invisible_highlight_keeps_figure_offsets_on_the_original_text():
    text = "Officials said \u202e0002 tuoba\u202c were killed; about 600\u200b died in April."
    start = text.index("about 600")
    out = highlight(text, [Mark(start, start + 9, "conflict")])
    assert '<mark class="nf-mark nf-conflict"' in out and ">about 600<sup>" in out
    assert "⟨U+202E⟩0002 tuoba⟨U+202C⟩" in out and "⟨U+200B⟩ died" in out and not HIDDEN.search(out)


def test_invisible_labels_and_tables_show_marks():
    art = Article(id="x", text="t", raw_text="t", title="Toll \u202eevif\u202c", outlet="\u2067AP\u2069")
    assert article_label(art) == "⟨U+2067⟩AP⟨U+2069⟩ · undated · Toll ⟨U+202E⟩evif⟨U+202C⟩"
    assert md("a\u202eb") == "a⟨U\\+202E⟩b"
    df = pd.DataFrame({"title": ["x\u200by", None], "value": [-5.0, 2.0]})
    out = shown(df)
    assert out["title"].tolist()[0] == "x⟨U+200B⟩y" and out["value"].tolist() == [-5.0, 2.0]
    assert df["title"][0] == "x\u200by"  # the table itself (downloads, filters) is unchanged
    assert shown([{"id": "a\u202e"}])["id"].tolist() == ["a⟨U+202E⟩"]


BIDI = [
    {"id": "bidi-a", "title": "Toll \u202eenif 0002\u202c rises", "outlet": "\u2067AP\u2069 \u200bwire",
     "published": "2025-09-02",
     "text": "About 2,000 soldiers were killed\u202e, officials said\u202c on Tuesday.\u200b\n\n"
             "At least 13,000 soldiers\u2066 were sent\u2069 since October last year.\ufeff \u061c\u200f"},
    {"id": "bidi-b", "title": "Report \u200e\u200f", "outlet": "Yonhap\u202d", "published": "2025-04-10",
     "text": "About 600 soldiers were killed\u202b, officials said.\u202c\n\nMore than 10,000 soldiers were sent in 2024.\u00ad"},
]


def _page_text(at: AppTest) -> str:
    """Everything a page sent to the browser as text: each element's message, and each table's cells."""
    parts = []

    def walk(node):
        proto = getattr(node, "proto", None)
        if proto is not None and type(node).__name__ != "Dataframe":
            parts.append(text_format.MessageToString(proto, as_utf8=True))
        for child in getattr(node, "children", {}).values():
            walk(child)
    walk(at._tree)
    parts += [df.value.to_csv() for df in at.dataframe]
    return "\n".join(parts)


def _bidi_app(tmp_path, monkeypatch) -> AppTest:
    """The app opened on a corpus whose titles, outlets and texts are full of hidden characters."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "bidi.jsonl").write_text("\n".join(json.dumps(r) for r in BIDI) + "\n", encoding="utf-8")
    monkeypatch.setenv("NEWSFIGURES_DATA", str(folder))
    monkeypatch.setenv("NEWSFIGURES_STORE", str(tmp_path / "store.duckdb"))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)


@pytest.mark.parametrize("page", ["app.py", "pages/1_Timeline.py", "pages/2_Compare.py", "pages/3_Figures.py",
                                  "pages/4_Corpus.py", "pages/5_Discrepancies.py"])
def test_invisible_no_page_sends_a_hidden_character(page, tmp_path, monkeypatch):
    at = _bidi_app(tmp_path, monkeypatch)
    if page != "app.py":
        at.switch_page(page)
    if page.endswith("Timeline.py"):
        at.query_params["pick"] = "bidi-a:0"  # the picked figure's article is shown highlighted
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    text = _page_text(at)
    assert "⟨U" in text or page.endswith("Discrepancies.py")  # the marks are there (Discrepancies names no text)…
    assert RAW_OR_ESCAPED.findall(text) == []  # …and no hidden character, raw or escaped


def test_invisible_correction_form_shows_marks_and_saving_them_unchanged_corrects_nothing(tmp_path, monkeypatch):
    at = _bidi_app(tmp_path, monkeypatch)
    at.switch_page("pages/4_Corpus.py")
    at.run()
    assert at.text_input(key="corpus_fix_title").value == "Toll ⟨U+202E⟩enif 0002⟨U+202C⟩ rises"
    at.text_input(key="corpus_fix_outlet").set_value("AP")
    at.button(key="corpus_fix_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value.startswith("Saved outlet for")  # the title shown with marks was left as it was
