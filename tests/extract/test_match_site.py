"""A match's venue the tagger names no place (extract/match_site.py; GUIDE.md revision 2, P1 "a Test in Perth", P4),
on the openings of the dev stories and on names that are no venue."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.match_site import match_setting, match_site
from newsfigures.model import Article


@pytest.mark.parametrize("opening,expected", [
    # the tagger reads "Test in Adelaide" as a work of art (bg_139), "MCG" as an organisation (bg_047)
    ("Australia will be looking to score quickly today to set South Africa a challenging victory target on day four "
     "of the first cricket Test in Adelaide.", "Adelaide"),
    ("Australia will be aiming to take early wickets on day two of the second cricket Test against South Africa at "
     "the MCG.", "MCG"),
    # a headline's town compounded onto the match (wn2004_040)
    ("Australia in a good position after first day of Adelaide test match", "Adelaide"),
    # a ground's possessive name, which the parser splits into the name and its ending (review34)
    ("England will resume on day two of the second Test at Lord's.", "Lord's"),
])
def test_match_site_reads_the_venue(nlp, opening, expected):
    assert match_site(nlp(opening)).place == expected


@pytest.mark.parametrize("opening", [
    "England won the Ashes Test by 20 runs.",  # a series' name, no place
    "France lost the World Cup final on Sunday.",  # an event's name
    "The match in March drew 50,000 fans.",  # a date
    "Australia beat South Africa by 246 runs.",  # no match noun
    "The second Test against South Africa starts on Boxing Day.",  # a side and a date
])
def test_match_site_reads_no_venue(nlp, opening):
    assert match_site(nlp(opening)).place == ""


def test_match_site_named_place_first(nlp):
    # a named place in a locative is setting.setting_of's, read first
    doc = nlp("Australia's coach says his team will go into the final day of the third Test against New Zealand in "
              "Perth aiming to win.")
    assert match_setting(doc).place == "Perth"


def test_match_site_extract_figures_gives_the_venue(nlp):
    text = ("Australia will be aiming to take early wickets on day two of the second cricket Test against South Africa "
            "at the MCG. The Proteas will resume at three for 89 after day one was badly affected by rain with only "
            "40 overs possible.")
    figs = extract_figures(Article(id="a", text=text, raw_text=text), nlp)
    assert {f.text: f.measure.place for f in figs}["40"] == "MCG"
