"""A wire headline written in capitals is parsed in small letters (extract/headline_case.py): the parser reads
a line of capitals as a string of names, so its verb is lost ("JAPAN BUYS 4,000 TONNES" has no "buys")."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.headline_case import cased_for_parse
from newsfigures.model import Article


@pytest.mark.parametrize("text,expected", [
    # a headline alone before the body: small letters but its first, initials and codes kept
    ("NORLAND BUYS 12,000 TONNES OF U.S. BARLEY\n\nBody.", "Norland buys 12,000 tonnes of U.S. barley\n\nBody."),
    ("VELTRO <VLT.AS> 1986 NET PROFIT RISES\n\nBody.", "Veltro <VLT.AS> 1986 net profit rises\n\nBody."),
    # a heading between paragraphs too
    ("First paragraph.\n\nNET PROFIT ROSE 5 PCT\n\nText.", "First paragraph.\n\nNet profit rose 5 pct\n\nText."),
])
def test_headline_case_capitals_line_in_small_letters(text, expected):
    assert cased_for_parse(text) == expected and len(cased_for_parse(text)) == len(text)


@pytest.mark.parametrize("text", [
    "ALGERIA   0.6   0.6\nIRAN      1.6   2.2\n\nText.",  # a table's rows in capitals, one after another
    "Norland bought barley.\nNET 3,611,802\n\nText.",  # a row under a line of the body
    "UK NET\n\nText.",  # two words: too short to be a sentence
    "Norland Buys Barley\n\nText.",  # a headline in title case is as written
])
def test_headline_case_other_lines_as_written(text):
    assert cased_for_parse(text) == text


@pytest.mark.parametrize("text,surface,event,subject", [
    ("NORLAND BUYS 12,000 TONNES AUSTRALIAN BARLEY\n\nNorland bought 12,000 tonnes of Australian barley for May "
     "shipment, traders said.\n", "12,000 TONNES", "bought", "Norland"),
    ("VELTRO NET PROFIT RISES 6.4 PCT\n\nVeltro NV said its 1986 net profit rose 6.4 pct.\n", "6.4 PCT", "rose", ""),
])
def test_headline_case_headline_figure_reads_its_verb(nlp, text, surface, event, subject):
    figures = {f.text: f.measure for f in extract_figures(Article(id="a", text=text, raw_text=text), nlp)}
    assert (figures[surface].event, figures[surface].subject) == (event, subject)


def test_headline_case_figure_keeps_the_text_as_written(nlp):
    text = "NORLAND BUYS 12,000 TONNES AUSTRALIAN BARLEY\n\nTraders expect more.\n"
    (fig,) = extract_figures(Article(id="a", text=text, raw_text=text), nlp)
    assert (fig.text, fig.sentence) == ("12,000 TONNES", "NORLAND BUYS 12,000 TONNES AUSTRALIAN BARLEY")
