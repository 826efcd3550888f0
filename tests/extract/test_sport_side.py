"""Whose a side's score told with "we", "us" or "they" is (extract/sport_side.py)."""
from __future__ import annotations

import pytest

from newsfigures.extract.sport_side import _side_before


@pytest.fixture
def subjects(nlp):
    """subjects(text) -> the subject of each figure extracted from `text`, by its surface."""
    from newsfigures.extract import extract_figures
    from newsfigures.model import Article

    def _subjects(text: str) -> dict[str, str]:
        art = Article(id="t", text=text, raw_text=text, published="2001-12-20", source_file="t.txt")
        return {f.text: f.measure.subject for f in extract_figures(art, nlp)}
    return _subjects


@pytest.mark.parametrize("text,surface,expected", [
    # "we" is the speaker's side: the article's first side when his name is written with neither (bg_139, bg_299)
    ("New Zealand will resume on day three of the second Test against England in Wellington. \"England can bowl us "
     "out for 160 in the second innings, or we can make 300,\" Kane Tipene said.", "160", "New Zealand"),
    ("New Zealand will resume on day three of the second Test against England in Wellington. \"England can bowl us "
     "out for 160 in the second innings, or we can make 300,\" Kane Tipene said.", "300", "New Zealand"),
    # the side written before the speaker's name, when it is the article's second side
    ("Pakistan lead the Test series against India 1-0 after the first Test in Lahore. Indian captain Arjun Rao was "
     "calm. \"We were 4 for 60 on the first morning and still came close,\" Rao said.", "60", "India"),
    # "they" beside "we": the other side
    ("Pakistan lead the Test series against India 1-0 after the first Test in Lahore. Indian captain Arjun Rao was "
     "calm. \"We bowled them out for 150 in the second innings,\" Rao said.", "150", "Pakistan"),
    # each number of a scoreline "we" are behind in: the speaker's side the smaller (bg_299)
    ("France and Belgium are level at 1-1 in the Davis Cup final in Lille. Belgian captain Luc Peeters said his pair "
     "was ready. \"Even if we are 2-1 down tomorrow, we can win the last two rubbers,\" Peeters said.", "2",
     "France"),
])
def test_sport_side_we_is_the_speakers_side(subjects, text, surface, expected):
    assert subjects(text)[surface] == expected


@pytest.mark.parametrize("text,surface,unwanted", [
    # a "we" count that is no side's score is left to the other readers
    ("Australia and New Zealand reported new measles cases on Monday. \"We have recorded 42 cases this month,\" "
     "New Zealand's health minister Jane Moore said.", "42", "Australia"),
    # a score told with no "we": the clause's own side
    ("Australia will resume at 2 for 69 after being set 440 to win against New Zealand. \"We can still win,\" "
     "Justin Langer said.", "69", "New Zealand"),
    # an article naming a third country: "them" is not the other of the two most named (review41b)
    ("England's loss to Sri Lanka in Perth left Australia top of the table. England play Sri Lanka on Friday. "
     "Australia beat India in Adelaide. \"We bowled them out for 170,\" Australian captain Mark Hale said.", "170",
     "England"),
])
def test_sport_side_other_figures_are_left_alone(subjects, text, surface, unwanted):
    assert subjects(text)[surface] != unwanted


@pytest.mark.parametrize("before,sides,expected", [
    ("The match was close. Japan coach Kenji", ("Brazil", "Japan"), "Japan"),
    ("Pakistani spinner Asad", ("Sri Lanka", "Pakistan"), "Pakistan"),
    ("Pakistan's South African coach Dirk", ("New Zealand", "Pakistan"), "Pakistan"),  # a possessive (review41b)
    ("Brazil drew with Japan. The coach Kenji", ("Brazil", "Japan"), ""),  # the sentence before is not read
])
def test_sport_side_side_before_a_name(before, sides, expected):
    assert _side_before(before, sides) == expected
