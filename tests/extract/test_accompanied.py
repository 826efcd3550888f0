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


@pytest.mark.parametrize("text,surface,event", [
    # stop 36: a count of places persons are from or something happened in has no event of its own (E1); dev
    # sentences of three stories (shuttle_endeavour_2001 bg_125, lee bg_240, israel_palestinian_2001 bg_277)
    ("More than 30,000 students from 26 countries will track the satellite as it orbits earth for the next eight "
     "months.", "26", "measured"),
    ("A large contingent of international observers are monitoring the count in an election that is regarded as "
     "crucial if the Solomons is to break out of a cycle of economic and social disintegration, flowing from a "
     "bitter ethnic war between armed militants from its two largest provinces.", "two", "measured"),
    ("Israeli soldiers have shot dead five Palestinians in two West Bank towns.", "two", "measured"),
    # invented, other domains
    ("Delegates from 40 countries signed the accord.", "40", "measured"),
    ("Police arrested 30 people in two cities.", "two", "measured"),
    ("The company closed stores in 14 states.", "14", "measured"),
    # the persons or things counted keep their verb
    ("Police arrested 30 people in two cities.", "30", "other:arrest"),
    ("Rebels attacked 12 villages in the north.", "12", "other:attack"),
])
def test_accompanied_stop36_places_from_or_in_are_measured(nlp, text, surface, event):
    test_accompanied_event_class(nlp, text, surface, event)


@pytest.mark.parametrize("text,surface,event", [
    # stop 36: the level "of" a margin is measured whatever verb frames it (E1; cricket_aus_sa_2001 bg_132, bg_139)
    ("An impressive century to Matthew Hayden helped Australia build a big lead, the home side declaring its "
     "second innings at 7 for 309, an overall lead of 374.", "374", "measured"),
    ("The Australians will resume their second innings at 0 for 3, an overall lead of 68.", "68", "measured"),
    # invented, politics
    ("The Democrats opened a lead of 6 points in the poll.", "6", "measured"),
    # a listed class stays: a margin won by is the won line
    ("The party won by a margin of 20 votes.", "20", "won"),
])
def test_accompanied_stop36_a_margin_is_a_level(nlp, text, surface, event):
    test_accompanied_event_class(nlp, text, surface, event)
