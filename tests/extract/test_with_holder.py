"""The named holder of a figure by "with" or "aboard" (extract/with_holder.py), on real dev sentences of two stories
and their near misses (a "with" of company, a holder no name names, a "with" on a verb's object)."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.model import Article


def subjects(nlp, text: str) -> dict[str, str]:
    """The subject of each figure of `text`, by the figure's surface."""
    art = Article(id="t", text=text, raw_text=text, published="2004-12-03", source_file="t.txt")
    return {f.text: f.measure.subject for f in extract_figures(art, nlp)}


@pytest.mark.parametrize("text,surface,expected", [
    # wn2004_051: an appositive the parser hangs away from the name it is set beside
    ("Kerik faces the daunting task of running the DHS, an agency assembled from 22 other agencies with over 180,000 "
     "employees.", "over 180,000", "DHS"),
    # lee bg_125: the craft a counted group is on board
    ("Earlier Monday, the seven US and Russian astronauts on board Endeavour woke up to the tune Please Come Home for "
     "Christmas.", "seven", "Endeavour"),
])
def test_with_holder_named_holder_owns_the_count(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected


@pytest.mark.parametrize("text,surface,expected", [
    ("Government forces clashed with 300 rebels near the border on Sunday.", "300", "rebels"),
    ("A study with 4,000 volunteers found that the drug cut deaths.", "4,000", "volunteers"),
    # a verb's object is not read: the receiver after "provide" (lee3 cor_032's "leave the Democrats with a rump of
    # three or four members", gold Democrats, stays the counted group)
    ("The United States provided Colombia with 18 helicopters last year.", "18", "United States"),
    ("This would leave the Democrats with a rump of three or four members.", "three or four", "members"),
    # lee bg_231: a set-off adjective hung on the clause is left unread (it split a dev pair when read)
    ("The shuttle is also carrying the Italian Raffaello module, laden with 3.5 tonnes of equipment.", "3.5 tonnes",
     ""),
])
def test_with_holder_unnamed_or_accompanying_with_is_left(nlp, text, surface, expected):
    assert subjects(nlp, text)[surface] == expected
