"""The parser's public API: parse_numbers, parse_number_text, number_records (newsfigures.numbers.parser)."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.numbers import number_records, parse_number_text, parse_numbers


@pytest.mark.parametrize("s, value", [
    ("two thousand", 2000.0), ("1.5m", 1.5e6), ("a dozen", 12.0), ("2,000", 2000.0), ("twenty-five", 25.0),
    ("half a million", 5e5), ("3/4", 0.75), ("2004", 2004.0), ("one hundred and five", 105.0), ("10k", 1e4),
    ("no number here", None), ("", None),
])
def test_parser_parse_number_text(s, value):
    assert parse_number_text(s) == value


def test_parser_number_records_keep_quantities_only():
    recs = number_records("In 2024, about 600 died on 02.09.2025 at 12:30, the third wave; 40% fled.")
    assert [(r["text"], r["kind"], r["qualifier"]) for r in recs] == [
        ("about 600", "cardinal", "approx"), ("40%", "percent", "exact")]
    assert set(recs[0]) == {"text", "start", "end", "value", "low", "high", "qualifier", "unit", "kind"}


def test_parser_long_text_finds_every_figure_of_every_paragraph():
    # Speed is measured by scripts/benchmark.py (characters per second beside a baseline), not by a timed test.
    para = ("The minister said on Tuesday that the government would review the policy after months of criticism "
            "from opposition lawmakers, who argue the plan does little for families. Officials said about 1,200 "
            "people had been affected, more than 300 homes destroyed and that the programme cost $4.5 million. ")
    copies = 5000 // len(para.split()) + 1
    ms = parse_numbers(para * copies)
    assert [m.text for m in ms] == ["about 1,200", "more than 300", "$4.5 million"] * copies


_ALPHABET = st.sampled_from(list("0123456789 ,.-–/%$€£¥+()~<>=:\n\t\u202f½") + [
    "one", "two", "hundred", "thousand", "million", "a", "and", "half", "third", "thirds", "of", "more than",
    "about", "between", "to", "percent", "dollars", "USD", "Rs", "k", "m", "bn", "th", "point", "minus",
    "dozen", "in", "out of", "over", "or more", "Dec", "May", "2024", "fold", "x", "e", "^", "US$", "fifths",
    "twenty", "up to", "nearly", "World War", "F-", "no one", "dozens", "tens of", "magnitude", "km", "é", "日本",
])


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_ALPHABET, max_size=25).map("".join),
                 st.lists(_ALPHABET, max_size=25).map(" ".join)))
def test_parser_never_raises_and_keeps_invariants(s):
    ms = parse_numbers(s)
    last = 0
    for m in ms:
        assert 0 <= m.start < m.end <= len(s)
        assert s[m.start:m.end] == m.text
        assert m.start >= last
        last = m.end
        assert (math.isfinite(m.value) or m.kind == "percent_word")
        if m.low is not None:
            assert m.low <= m.value
        if m.high is not None:
            assert m.value <= m.high
        assert m.start <= m.number_start <= m.number_end <= m.end


@pytest.mark.parametrize("text, expected", [
    ("At least 59,000 people are killed in Turkey and Syria as a magnitude 7.8 earthquake strikes.",
     [("At least 59,000", "cardinal", "at_least"), ("magnitude 7.8", "measure", "exact")]),
    ("Critics compare this to the $177 million spent every day in Iraq.",
     [("$177 million", "money", "exact")]),
    ("The award includes a cash component of 10 million Swedish Kronor (approximately US$1.4 million).",
     [("10 million Swedish Kronor", "money", "exact"), ("approximately US$1.4 million", "money", "approx")]),
    ("According to publicity, the show will run every 15 minutes, from 10:00 am to 7:00 pm.",
     [("15", "cardinal", "exact"), ("10:00 am", "time", "exact"), ("7:00 pm.", "time", "exact")]),
])
def test_parser_parse_numbers_on_news_sentences(text, expected):
    ms = parse_numbers(text)
    assert [(m.text, m.kind, m.qualifier) for m in ms] == expected
    assert all(text[m.start:m.end] == m.text for m in ms)


@pytest.mark.parametrize("text, expected", [  # wire sentences (Reuters-21578, outside the gold)
    ("It bought 46 mln stg of bank bills in band three at 9-3/4 pct.", [("46 mln stg", 46e6), ("three", 3), ("9-3/4 pct", 9.75)]),
    ("Factors depressing economic activity include the 6-1/2-year-old Iran-Iraq war.", [("6-1/2", 6.5)]),
    ("Rates were cut from 3-1/4 to 2-1/2 pct.", [("3-1/4", 3.25), ("2-1/2 pct", 2.5)]),
    # a scale word after a mixed number, hyphened, spaced or vulgar, scales it (the review's)
    ("It raised 1-1/2 billion dlrs in the offer.", [("1-1/2 billion dlrs", 1.5e9)]),
    ("The bank lent 1 1/2 million dlrs.", [("1 1/2 million dlrs", 1.5e6)]),
    ("About 2½ million people were displaced.", [("About 2½ million", 2.5e6)]),
    # after a zero the hyphen opens a range
    ("Snow accumulation of 0-1/2 inch is expected.", [("0-1/2 inch", 0.25)]),
])
def test_parser_reads_a_hyphened_mixed_number_whole(text, expected):
    """ "9-7/8 pct" is 9.875 per cent, not a 9 and a 0.875 per cent (stop 63)."""
    assert [(m.text, m.value) for m in parse_numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a hard-wrapped line that opens with the unit in lower case continues the number's sentence
    ("compared with 147.5 mln\ndlrs for coffee", [("147.5 mln\ndlrs", 147.5e6, "USD")]),
    ("exports rose 3.2\npct in January", [("3.2\npct", 3.2, "percent")]),
    ("a rise of 4 per\ncent in prices", [("4 per\ncent", 4, "percent")]),
    ("the bill came to 30 million\ndollars in all", [("30 million\ndollars", 30e6, "USD")]),
    # a next line that opens with a capital is a table's row or a heading, no unit of the number before
    ("Net 3,611,802\nSales 62.2 mln", [("3,611,802", 3611802, ""), ("62.2 mln", 62.2e6, "")]),
    ("the 12\nDollars Club", [("12", 12, "")]),
    ("Change 30\nPct of sales", [("30", 30, "")]),
    # a blank line between is a new paragraph
    ("they paid 12\n\ndollars are scarce", [("12", 12, "")]),
])
def test_parser_reads_a_unit_past_a_hard_wrapped_line(text, expected):
    assert [(m.text, m.value, m.unit) for m in parse_numbers(text)] == expected
