"""A source named as the owner of evidence that closes a figure's sentence (extract/evidence_source.py): "...,
figures from X show.", "..., X figures show." (GUIDE A1; the issue's "X's figures show"), which the parser reads
with "show" a noun. Invented sentences in the forms trade, labour, health, farm and price news write them."""
from __future__ import annotations

import pytest

from extract.test_wrapped_source import _sources
from newsfigures.extract.evidence_source import evidence_owner_in


@pytest.mark.parametrize("text,surface,expected", [
    ("The hospital waiting list fell to 7.4 million at the end of March, figures from NHS England show.",
     "7.4 million", "NHS England"),
    ("Farm exports fell 5.4 percent to 48.7 billion euros last year, figures from the Ministry of Agriculture "
     "show.", "5.4 percent", "the Ministry of Agriculture"),
    ("The current account showed a surplus of 35 million euros in February, Bank of Portugal figures show.",
     "35 million euros", "Bank of Portugal"),
    ("Registered unemployment rose to 693,000 at the end of March, Labour Ministry figures showed on Tuesday.",
     "693,000", "Labour Ministry"),
    # a word of the evidence's kind is no part of its owner's name
    ("The trade surplus narrowed to 110 million dollars in February, provisional trade ministry figures show.",
     "110 million dollars", "trade ministry"),
    # evidence no one is named for gives no source
    ("Exports rose 5 percent in May, official figures showed.", "5 percent", ""),
    ("Prices rose 2.1 percent in April, the latest figures show.", "2.1 percent", ""),
])
def test_evidence_source_owner_of_closing_evidence(sources, text, surface, expected):
    got = sources(text)
    assert surface in got, list(got)
    assert got[surface] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Exports rose 5 percent, figures from the statistics office show.", "the statistics office"),
    ("Exports rose 5 percent, government statistics institute figures show.", "government statistics institute"),
    ("Exports rose 5 percent, preliminary figures show.", ""),
    ("Figures from the bureau show exports rose 5 percent.", ""),  # opening the sentence: the parse reads it
])
def test_evidence_source_reads_the_sentence_close(sentence, expected):
    assert evidence_owner_in(sentence) == expected


def test_evidence_source_past_a_line_break(nlp):
    """In hard-wrapped text the closing evidence may stand on the next line (wrapped_source reads it)."""
    text = ("Spain had a 35 mln dlr current account surplus in February\ncompared with a 68 mln dlr surplus in "
            "January, Bank of Spain\nfigures show.\n")
    assert _sources(nlp, text)["68 mln dlr"] == "Bank of Spain"
