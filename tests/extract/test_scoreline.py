"""Whose number each side of a series' scoreline is (extract/scoreline.py)."""
from __future__ import annotations

import pytest

from newsfigures.extract.scoreline import _most_named


@pytest.fixture
def subjects(nlp):
    """subjects(text) -> the subject of each figure extracted from `text`, in the order of the text."""
    from newsfigures.extract import extract_figures
    from newsfigures.model import Article

    def _subjects(text: str) -> list[tuple[str, str]]:
        art = Article(id="t", text=text, raw_text=text, published="2001-12-20", source_file="t.txt")
        return [(f.text, f.measure.subject) for f in extract_figures(art, nlp)]
    return _subjects


def _scoreline(found: list[tuple[str, str]], first: str, second: str) -> list[str]:
    """The subjects of the first figures written `first` and then `second`, in the text's order."""
    at = next(k for k, (s, _) in enumerate(found) if s == first and k + 1 < len(found) and found[k + 1][0] == second)
    return [found[at][1], found[at + 1][1]]


@pytest.mark.parametrize("text,first,second,expected", [
    # the clause's side holds the larger number, the other side the other (cricket_aus_sa_2001 bg_118)
    ("England has beaten India by 113 runs in the first Test at Lord's. England is now 1-0 in the best of three "
     "series.", "1", "0", ["England", "India"]),
    # level: the clause's side first (davis_cup_final_2001 bg_299)
    ("Spain will take on Russia in the doubles rubber of the Davis Cup final today with Spain level at 1-1.",
     "1", "1", ["Spain", "Russia"]),
    # behind, said after the scoreline ("2-0 down") as before it ("down 2-0"): the clause's side holds the smaller
    ("Australia and England meet in the third Test at Sydney. The Australians have dominated England. England were "
     "2-0 down in the series after the second Test.", "2", "0", ["Australia", "England"]),
    # a clause naming neither side: the sides in the order the article names them (cricket_aus_nz_2001 bg_258)
    ("India has escaped with a draw in the third Test against England in Chennai. India keeps the trophy after the "
     "rain-affected series ended 0-0.", "0", "0", ["India", "England"]),
])
def test_scoreline_sides_hold_their_numbers(subjects, text, first, second, expected):
    assert _scoreline(subjects(text), first, second) == expected


@pytest.mark.parametrize("text,first,second,expected", [
    # "we" is the speaker's side, the article's first when his name is written with none (bg_299; sport_side.py)
    ("Spain will take on Russia in the doubles rubber. \"I knew we could win even if we were down 2-0,\" Nadal "
     "said after the Test.", "2", "0", ["Russia", "Spain"]),
])
def test_scoreline_a_pronouns_side_is_the_speakers(subjects, text, first, second, expected):
    assert _scoreline(subjects(text), first, second) == expected


@pytest.mark.parametrize("text,surface", [
    # a set score in a rubber, said of a player: not handed to the sides in the article's order (Grosjean, France's
    # player, won 6-3; the article names Australia first)
    ("The Davis Cup final between Australia and France began in Melbourne. Australia won the opening rubber. France "
     "levelled through Grosjean. The French captain praised Australia. Grosjean beat Hewitt 6-3 6-2 in the second "
     "rubber.", "6"),
    # another tie's score, said of a country that is neither of the article's sides
    ("Australia will meet France in the Davis Cup final after Australia beat Brazil. France praised Australia. "
     "In the other semi-final, Argentina beat Russia 3-2 in the deciding rubber.", "2"),
])
def test_scoreline_a_players_score_is_not_given_to_the_sides_by_order(subjects, text, surface):
    assert dict(subjects(text))[surface] not in ("Australia", "France")


@pytest.mark.parametrize("text,expected", [
    # the two countries named most, by name or nationality, in the order first named; ties to the first named
    ("Australia beat South Africa. The Australians and the South Africans meet again. A Zimbabwean umpire stood.",
     ("Australia", "South Africa")),
    ("Australia drew with New Zealand in Perth. Zimbabwean umpire Ian Robinson ruled for Australia.",
     ("Australia", "New Zealand")),
    ("Only Brazil is named here.", ("Brazil",)),
])
def test_scoreline_article_sides(text, expected):
    assert _most_named(text) == expected

