"""A count in a "with" phrase on a noun is what a thing has (E1: measured); one on a verb, or one whose counted
things do something, is left to its verb (extract/accompanied.py), on real sentences of several stories."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.accompanied import with_phrase
from newsfigures.model import Article


def _number(doc, text: str):
    """The first token of `text` in the parsed doc."""
    return next(t for t in doc if t.text == text.split()[0])


@pytest.mark.parametrize("text,number,expected", [
    ("Currently the Republic of China maintains formal diplomatic relationships with 27 countries, including "
     "Vanuatu.", "27", True),
    ("The Proteas will resume at three for 89 after day one was badly affected by rain with only 40 overs "
     "possible.", "40", True),
    # a "with" on a verb: company in the act (the gold reads the verb)
    ("A spokesman for the Northern Alliance said bin Laden was now leading the defence of his mountain hideouts "
     "in person, with about 1,000 loyal fighters from his Al Qaeda organisation.", "1,000", False),
    # counted things that do something in the "with" clause
    ("Due to the brawl the game was called, and ended with 45.9 seconds left.", "45.9", False),
])
def test_accompanied_with_phrase(nlp, text, number, expected):
    doc = nlp(text)
    assert with_phrase(_number(doc, number)) is expected


@pytest.mark.parametrize("text,surface,event", [
    ("Currently the Republic of China maintains formal diplomatic relationships with 27 countries, including "
     "Vanuatu.", "27", "measured"),
    ("The Proteas will resume at three for 89 after day one was badly affected by rain with only 40 overs "
     "possible.", "40", "measured"),
    # "compared to": a level set beside another, no event of the figure's (lee bg_030, bg_121)
    ("A report in the Centre for Disease Control Bulletin says 21 percent of HIV infections in the Territory were "
     "from male to female sex, compared to 10 per cent nationally.", "10 per cent", "measured"),
])
def test_accompanied_event_class(nlp, text, surface, event):
    art = Article(id="t", text=text, raw_text=text, published="2025-09-02", source_file="t.txt")
    got = {f.text: f.measure for f in extract_figures(art, nlp)}
    assert surface in got, list(got)
    assert got[surface].event == event
