"""Figures that restate one amount another way share its date (extract/restated.py): a sum and the same sum per share,
a sum and its conversion, read through the whole extractor and on the pure step alone."""
from __future__ import annotations

from dataclasses import replace

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.restated import given_again, own_date, restates, share_restated_dates
from newsfigures.model import Article, Figure


def _dates(nlp, text: str) -> dict[str, str]:
    figures = extract_figures(Article(id="a", text=text, raw_text=text), nlp)
    return {f.text: f.as_of for f in figures}


@pytest.mark.parametrize("text,surface,expected", [
    # the per-share figure after the other side's sum takes the sum's date ("versus X, or Y a share, in 2019"): the
    # parse hangs the year on the sum alone
    ("Earnings were 6.2 mln dlrs, or 58 cts a share, versus 7.1 mln dlrs, or 66 cts a share, in 2019.", "66 cts",
     "2019"),
    ("Earnings were 6.2 mln dlrs, or 58 cts a share, versus 7.1 mln dlrs, or 66 cts a share, in 2019.", "58 cts", ""),
    # a sum and its conversion in brackets, and a share and the sum it comes to, dated alike
    ("The firm paid 200,000 euros (about 215,000 dlrs) for the site in 2020.", "about 215,000 dlrs", "2020"),
    ("Exports fell 4 pct, or 120 mln dlrs, in 2021, the ministry said.", "4 pct", "2021"),
])
def test_restated_figures_share_their_date(nlp, text, surface, expected):
    assert _dates(nlp, text)[surface] == expected


def _figure(text: str, start: int, end: int, as_of: str = "", published: str = "") -> Figure:
    return Figure(article_id="a", source_file="a.txt", text=text[start:end], start=start, end=end, sentence=text,
                  value=1.0, low=1.0, high=1.0, qualifier="exact", unit="", counted="", event="", as_of=as_of,
                  said_by="", metric="", published=published)


@pytest.mark.parametrize("text,first,second", [
    ("loss of 9.1 mln dlrs, or 40 cts a share, in the year", "9.1 mln", "40 cts"),  # unit words left out, ", or"
    ("paid 200,000 euros (about 215,000 dlrs) for it", "200,000", "about 215,000 dlrs"),  # a bracket after the unit
    ("fell 3 pct or 120 mln dlrs last year", "3 pct", "120 mln dlrs"),  # "or" with no comma
])
def test_restated_restates(text, first, second):
    a = _figure(text, text.index(first), text.index(first) + len(first))
    b = _figure(text, text.index(second), text.index(second) + len(second))
    assert restates(a, b, text)


@pytest.mark.parametrize("text,first,second", [
    ("8 mln tonnes in 2022 or 9 mln tonnes in 2023", "8 mln tonnes", "9 mln tonnes"),  # two amounts, each dated
    ("sold 12 mln dlrs of bonds and 40 cts a share", "12 mln dlrs", "40 cts"),  # "and" lists two things
    ("5 mln dlrs from 4 mln dlrs", "5 mln dlrs", "4 mln dlrs"),  # a change's other side
    ("56 on Tuesday, or 20 more than a week before", "56", "20"),  # words of no unit between; a difference
    ("At least 30 people, or 10 more than on Monday", "At least 30", "10"),  # a difference
    ("sales of 1.24 billion euros (1.18 billion euros a year earlier)", "1.24 billion euros", "1.18 billion euros"),
])
def test_restated_does_not_restate(text, first, second):
    a = _figure(text, text.index(first), text.index(first) + len(first))
    b = _figure(text, text.index(second), text.index(second) + len(second))
    assert not restates(a, b, text)


def test_restated_date_goes_either_way_and_never_over_an_own_date():
    text = "profit of 9.1 mln dlrs, or 40 cts a share, and 3 pct or 120 mln dlrs"
    sums = [_figure(text, text.index(s), text.index(s) + len(s)) for s in ("9.1 mln dlrs", "40 cts", "3 pct",
                                                                               "120 mln dlrs")]
    dated = [replace(sums[0], as_of=""), replace(sums[1], as_of="2021"), replace(sums[2], as_of="2022"),
             replace(sums[3], as_of="2023")]
    assert [f.as_of for f in share_restated_dates(dated, text)] == ["2021", "2021", "2022", "2023"]


def test_restated_a_dated_figure_keeps_its_date():
    # a publication-day date may be the figure's own ("83.20 dlrs today (84.10 dlrs on Friday)"): only an undated
    # figure takes its restatement's date
    text = "traded at 83.20 dlrs today (84.10 dlrs)"
    a = _figure(text, 10, 20, as_of="2024-05-07", published="2024-05-07T09:00:00")
    b = _figure(text, 28, 38, as_of="2024-05-03", published="2024-05-07T09:00:00")
    assert own_date(a) and own_date(b) and not own_date(replace(a, as_of=""))
    assert [f.as_of for f in share_restated_dates([a, b], text)] == ["2024-05-07", "2024-05-03"]



@pytest.mark.parametrize("text,second,kind,again", [
    ("a thrust of 2,900,000 N (656,000 lb) at lift-off", "656,000 lb", "measure", True),  # in brackets, its kind
    ("a thrust of 2,900,000 N (656,000 lb) at lift-off", "656,000 lb", "money", False),  # another kind
    ("a thrust of 2,900,000 N, or 656,000 lb", "656,000 lb", "measure", False),  # no bracket: the dates' rule only
])
def test_restated_given_again_in_brackets(text, second, kind, again):
    first = _figure(text, text.index("2,900,000 N"), text.index("2,900,000 N") + len("2,900,000 N"))
    assert given_again(replace(first, kind="measure"), kind, text.index(second), text) == again
