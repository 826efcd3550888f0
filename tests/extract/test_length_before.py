"""A length written before the noun it describes, in a person's clause, is no one's; a part of a place's whole is not
the place's."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.model import Article


def subjects(nlp, text: str) -> dict[str, str]:
    """The subject of each figure of `text`, by the figure's surface."""
    art = Article(id="t", text=text, raw_text=text, published="2001-12-20", source_file="t.txt")
    return {f.text: f.measure.subject for f in extract_figures(art, nlp)}


@pytest.mark.parametrize("text,surface,expected", [
    # a race's length is no swimmer's or runner's (lee bg_241, bg_232: a skins meet; bg_196: an athletics return)
    ("Kieren Perkins won the 400 metres freestyle at the Sydney meet last night.", "400 metres", ""),
    ("Susie O'Neill was eliminated from the 100 metres butterfly in the second heat.", "100 metres", ""),
    ("Former 200 metres champion Michael Johnson will race again in Brisbane next month.", "200 metres", ""),
    # a length the clause's doer covers, or one a group builds, keeps its owner
    ("The tanks and two jeeps entered 400 metres into Palestinian-controlled territory.", "400 metres",
     "tanks and jeeps"),
])
def test_length_before_race_noun_has_no_owner(nlp, text, surface, expected):
    got = subjects(nlp, text)
    assert any(surface in k or k in surface for k in got), got
    assert next(v for k, v in got.items() if surface in k or k in surface) == expected


@pytest.mark.parametrize("text,surface", [
    # a part of a place's whole: the place says where (lee bg_150, a bank strike; gaza_war 2024-07-05, a toll)
    ("Industrial action will affect three of Australia's biggest banks today.", "three"),
    ("Around 8% of Gaza's pre-war population has been killed or wounded, the study says.", "Around 8%"),
    ("Floods have cut off about 10% of Bangladesh's villages.", "about 10%"),
])
def test_part_of_place_whole_is_not_the_places(nlp, text, surface):
    got = subjects(nlp, text)
    assert next(v for k, v in got.items() if surface in k or k in surface) == ""
