"""A figure's source named past a line break inside its sentence, in hard-wrapped text (extract/wrapped_source.py):
the attribution the text's sentence holds (GUIDE A1), on a later line or on the line before the break the figure's
parsed sentence starts after. Invented wire items, wrapped as wire archives wrap them."""
from __future__ import annotations

import textwrap

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.wrapped_source import _goes_on, _source_name
from newsfigures.model import Article


# a paragraph of wrapped wire prose with no figure: with it, each invented item is hard-wrapped as wrapped_source
# counts it (most of its line breaks inside sentences)
FILLER = textwrap.fill(
    "Dealers said the market was quiet in early trading as operators waited for the outcome of the meeting of "
    "ministers and the central bank later in the week, which they expected to set the tone for trading in the "
    "coming days and to show whether the authorities were ready to act on the recent weakness of the currency "
    "against the dollar and the mark.", width=64)


def _sources(nlp, text: str, headline: str = "WIRE ITEM IN BRIEF\n\n") -> dict[str, str]:
    """said_by of each figure of `text` (after a wire headline, before a wrapped paragraph), by its surface with its
    line breaks made spaces."""
    text = f"{headline}{text}{FILLER}\n"
    art = Article(id="w", text=text, raw_text=text, published="1987-03-02", source_file="w.txt")
    return {" ".join(f.text.split()): f.said_by for f in extract_figures(art, nlp)}


@pytest.mark.parametrize("text,surface,expected", [
    # the closing clause on the next line
    ("Distillate fuel stocks held in primary storage fell by 3.4 mln\nbarrels in the week ended Feb 27 to 128.4 "
     "mln barrels, the Energy\nInformation Administration (EIA) said.\n", "128.4 mln barrels",
     "the Energy Information Administration"),
    ("India bought up to 10 cargoes of white sugar at a buying tender\ntoday which originally called for two "
     "cargoes, traders here\nsaid.\n", "up to 10", "traders"),
    # when or how the source spoke may follow its verb
    ("Net profit in the year rose to 54.8 mln marks from 41.2 mln\nmarks, a company spokesman said in a "
     "statement.\n", "54.8 mln", "a company spokesman"),
    # a clause set off in the middle covers its whole sentence, the figure after it too (A1)
    ("Temperatures are forecast to drop to minus 12 degrees overnight, the service\nsaid, and a further 3 inches "
     "of snow could fall.\n", "3 inches", "the service"),
    # the verb before its source; "according to"; an abbreviation's stop ends no sentence
    ("During that time 587 of them were diagnosed with dementia, said\nlead author Dr. Mei Lin Tan.\n", "587",
     "lead author Dr. Mei Lin Tan"),
    ("Inspections totalled 612,400 tonnes in the week, up from 498,100\ntonnes, the U.S. Agriculture Department "
     "said.\n", "612,400 tonnes", "the U.S. Agriculture Department"),
    ("About 23,000 homes lost power at the height of the storm,\naccording to Cascade Power and Light.\n",
     "About 23,000", "Cascade Power and Light"),
    # a pronoun source: the one the sentence before opens with
    ("The National Rowing Federation said 48,300 athletes had registered. Youth\nregistrations accounted for "
     "19,800 of the total, it said.\n", "19,800", "The National Rowing Federation"),
    # the reporting verb on the line before the break the figure's line starts after
    ("The Bank of England said it forecast a\nshortage of around 800 mln stg in the money market today.\n",
     "around 800 mln stg", "The Bank of England"),
    ("Lifetime Corp said it agreed to buy the company for about\n16.5 mln dlrs in cash and stock.\n",
     "about 16.5 mln dlrs", "Lifetime Corp"),
])
def test_wrapped_source_reads_past_the_break(nlp, text, surface, expected):
    assert _sources(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface", [
    # a paragraph ends the sentence: the next paragraph's source is its own
    ("Exports rose 12 pct to 3.2 billion dlrs in January\n\nThe trade ministry said imports fell.\n", "12 pct"),
    # a clause, not a name, before the verb ("The crop is estimated")
    ("Officials met on Monday. The 1986/87 crop is\nestimated by the ministry at 3.1 mln tonnes.\n", "3.1 mln tonnes"),
    # a pronoun source no sentence before names
    ("Output at the mine rose to 1,200 tonnes in the\nquarter, he said.\n", "1,200 tonnes"),
])
def test_wrapped_source_leaves_what_names_no_source(nlp, text, surface):
    assert _sources(nlp, text)[surface] == ""


@pytest.mark.parametrize("words,expected", [
    ("traders here", "traders"),
    ("The bank also", "The bank"),
    ("<Royal Bank of Canada>", "Royal Bank of Canada"),
    ("Corp", ""),
    ("Group Inc", ""),
    ("he", ""),
    ("The weekly soybean crush rate was", ""),
    ("Treybig declined to offer projections but he", ""),
    ("the Energy Information Administration", "the Energy Information Administration"),
])
def test_wrapped_source_source_name(words, expected):
    assert _source_name(words) == expected


def test_wrapped_source_a_headline_goes_on_into_no_sentence(nlp):
    # the text's first line, and a line in capitals, close no sentence either, but go on into none
    text = "The train was carrying about 1,200 passengers, railway officials\nsaid.\n"
    assert _sources(nlp, text, "Train derailment kills nine in India\n")["nine"] == ""
    caps = "WIRE ITEM\n\nTRAIN DERAILMENT KILLS NINE IN INDIA\nThe train was carrying"
    prose = "WIRE ITEM\n\nA train derailed in eastern India on Friday and killed\nnine"
    assert not _goes_on(caps, caps.index("INDIA\n") + 4) and _goes_on(prose, prose.index("killed\n") + 5)

