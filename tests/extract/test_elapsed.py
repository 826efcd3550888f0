"""What a "N <time> ago" phrase dates: the thing it is said of, on sentences in the style of the news it was read on."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.elapsed import dated_thing
from newsfigures.model import Article


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text,number,expected", [
    # said of a noun: the noun with what follows it (lee bg_169, East Timor's militia trial)
    ("Militia members were jailed for their role in a massacre soon after the region's vote for autonomy three "
     "years ago.", "three", "vote for autonomy"),
    # said of a participle describing a noun: that noun, up to the comma (lee2 bg_274, Harrison's memorial)
    ("The crowd gathered beside a statue unveiled three years ago in honour of the city's founder, a sea captain.",
     "three", "statue unveiled in honour of the city's founder"),
    # said of a verb's event: no thing dated here; the clause's subject is read elsewhere
    ("The lawyer came to Sydney 18 months ago.", "18", ""),
    # a span between two events is no date ("after", "later")
    ("The aftershock came fourteen days after the main earthquake.", "fourteen", ""),
    ("The victim was hit in the stomach and died about three hours later in hospital.", "three", ""),
    # a hyphen inside a word ends no phrase
    ("The crowd remembered the attack on the Gaza-Egypt border two years ago.", "two",
     "attack on the Gaza-Egypt border"),
    # a time the phrase itself belongs to dates nothing: the verb's event is dated
    ("The president visited the region for the first time two years ago.", "two", ""),
    ("Floods killed 20 people in the same week two years ago.", "two", ""),
])
def test_elapsed_dated_thing(nlp, text, number, expected):
    assert dated_thing(_token(nlp(text), number)) == expected


def test_elapsed_subject_of_a_span_ago_is_the_thing_dated(nlp):
    text = ("Pupils from the town's primary school planted a sapling close to a tree planted two years ago in memory "
            "of a former mayor, killed in a car crash in 1990.")
    art = Article(id="t", text=text, raw_text=text, published="2025-09-02", source_file="t.txt")
    subjects = {f.text: f.measure.subject for f in extract_figures(art, nlp)}
    assert subjects["two years"] == "tree planted in memory of a former mayor"
