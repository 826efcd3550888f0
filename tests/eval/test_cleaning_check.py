"""The Wikinews cleaning check: wiki markup stripping, body sentences, and the measure on the real corpus."""
from __future__ import annotations

import pytest

from newsfigures.eval.cleaning_check import WIKINEWS, body_sentences, measure, strip_wiki, words

from conftest import shared_or_skip


@pytest.mark.parametrize("src, shown", [
    ("The {{w|European Union|EU}} said", "The EU said"),
    ("[[Jakarta]] and [[Aceh|the province]]", "Jakarta and the province"),
    ("'''Bold''' text<ref>source</ref>", "Bold text"),
    ("== Sources ==", "Sources"),
    ("{{date|December 28, 2004}}Tsunami toll rises", "Tsunami toll rises"),
])
def test_cleaning_check_strip_wiki_keeps_shown_text(src, shown):
    assert strip_wiki(src) == shown


def test_cleaning_check_body_sentences_skip_the_title():
    txt = "Title line\n\nFirst sentence here. Second one follows.\nA new paragraph."
    assert body_sentences(txt) == ["First sentence here.", "Second one follows.", "A new paragraph."]
    assert words("It's 9 o'clock!") == "it s 9 o clock"


def test_cleaning_check_measure_keeps_every_confirmed_sentence():
    shared_or_skip("corpora", "wikinews-2004")
    st = measure(WIKINEWS)
    assert st["articles"] == 101 and st["confirmed"] >= 950
    assert st["lost"] == [] and st["kept"] == st["confirmed"]
