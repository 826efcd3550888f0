"""The token stream (newsfigures.numbers.tokens)."""
from __future__ import annotations

import re

from newsfigures.numbers.tokens import TokenStream, alternation

SENTENCE = "Among the four killed were police officers, and between 35 and 60 were reportedly wounded."


def test_tokens_kinds_and_offsets():
    ts = TokenStream("US$4.5 million, isn't it?")
    assert [(t.kind, t.text) for t in ts.toks] == [
        ("w", "US"), ("s", "$"), ("d", "4"), ("s", "."), ("d", "5"), ("w", "million"), ("s", ","), ("w", "isn't"),
        ("w", "it"), ("s", "?")]
    assert all(ts.text[t.start:t.end] == t.text for t in ts.toks)


def test_tokens_look_ups_by_offset():
    ts = TokenStream(SENTENCE)
    at = SENTENCE.index("35")
    assert ts.toks[ts.tok_at(at)].text == "35"
    assert ts.toks[ts.tok_at(at - 1)].text == "35"  # the first token at or after the offset
    assert (ts.prev_word(at), ts.next_word(at + 2)) == ("between", "and")
    assert ts.prev_word(SENTENCE.index(", and")) == "officers" and ts.next_word(SENTENCE.index(",")) == ""
    assert ts.word(ts.tok_at(at)) == "" and ts.word(0) == "among"


def test_tokens_alternation_longest_first_and_any_space():
    rx = re.compile(alternation(["per cent", "percent", "per"]))
    assert rx.match("per  cent").group() == "per  cent"
    assert rx.match("percentage").group() == "percent"
