"""The article's setting (extract/setting.py): the one place its opening sets its events at, given to the figures
of those events that name no place (GUIDE.md revision 2, P1), on openings in the style of the dev stories."""
from __future__ import annotations

import pytest
from conftest import measured_figure as _fig

from newsfigures.extract import extract_figures
from newsfigures.extract.setting import Setting, lede, names_a_match, setting_of, with_setting
from newsfigures.model import Article


@pytest.mark.parametrize("opening,expected", [
    # a match: one locative place said of it (bg_275, bg_118, bg_232)
    ("Australia's coach says his team will go into the final day of the third Test against New Zealand in Perth "
     "aiming to win.", "Perth"),
    ("Australia has beaten South Africa by 246 runs in the first Test at the Adelaide Oval.", "Adelaide Oval"),
    ("Australian swimmers have won nine of the 12 events contested at the skins swimming event in Sydney.",
     "Sydney"),
    # any other story's opening place: not a match's (scene.py reads it when the whole article names no other)
    ("Water levels at Dongting Lake in central China have begun to fall.", ""),
    ("Israeli troops have raided a refugee camp in the West Bank, killing two men.", ""),
    ("The shuttle Endeavour has touched down at Florida's Kennedy Space Centre after a 12 day mission.", ""),
    # a country that acts or is played, "on" a country, "from" a place: no locative
    ("Australia beat South Africa by 246 runs.", ""),
    ("The attacks on the United States killed thousands.", ""),
    ("The shuttle lifted off from Florida on Tuesday.", ""),
    # two places: the story spans them
    ("The road toll rose in Queensland and Victoria over Christmas.", ""),
    ("Troops fought in Kabul and in Kandahar.", ""),
    ("The match was played in Sydney and in Melbourne.", ""),
])
def test_setting_of_opening(nlp, opening, expected):
    assert setting_of(nlp(opening)).place == expected


def test_setting_of_first_sentence_that_names_a_place(nlp):
    # the headline names none, the first sentence of the body one
    text = "Australia on top\n\nAustralia leads on day two of the second Test in Brisbane. Rain fell in Sydney."
    opening, start = lede(text, "Australia on top")
    assert setting_of(nlp(opening), start) == Setting("Brisbane", text.index("Australia leads"))


@pytest.mark.parametrize("text,title,expected", [
    # no headline (a Lee item): the first sentence alone; its second already tells of another place (bg_277)
    ("Soldiers have shot dead five men in two towns. A source said four were shot near Jenin.", "",
     "Soldiers have shot dead five men in two towns."),
    # a title that is the first sentence itself (a Current Events item): that sentence alone
    ("The death toll in Gaza rises to 370. The toll in Israel rises to 750.", "The death toll in Gaza rises to 370",
     "The death toll in Gaza rises to 370."),
    # a headline on its own line (Wikinews): the headline and the first sentence of the body
    ("Test match drawn\n\nThe third Test in Perth was drawn. Rain fell in Sydney.", "Test match drawn",
     "Test match drawn\n\nThe third Test in Perth was drawn."),
])
def test_setting_lede_is_the_title_and_first_sentence(text, title, expected):
    assert lede(text, title)[0] == expected


@pytest.mark.parametrize("figure,expected", [
    (_fig("deaths"), "Perth"),
    (_fig("deaths", place="Sydney"), "Sydney"),  # a place of its own stays
    (_fig("profit"), ""),  # a company's accounts: only where the text restricts them
    (_fig("share_price"), ""),
    (_fig("country"), ""),  # a count of places
    (_fig("age"), ""),  # a person's, not the event's
    (_fig("test"), ""),  # a series' matches span their venues (apart.py)
    (_fig(""), ""),  # nothing read: nothing given
])
def test_setting_with_setting_gives_event_figures_the_place(figure, expected):
    assert with_setting([figure], Setting("Perth"))[0].measure.place == expected


def test_setting_with_setting_keeps_another_countrys_people():
    other = _fig("deaths", subject="Afghan civilians")
    assert with_setting([other], Setting("Australia"))[0].measure.place == ""
    assert with_setting([other], Setting())[0] is other


@pytest.mark.parametrize("subject, scene, place", [
    ("Colombia", "COLOMBIA", "COLOMBIA"),  # a wire headline's capitals name the same country
    ("United States", "U.S.", "U.S."),     # so does another of its names
    ("Norway", "Brisbane", ""),            # another country's pledge in a story set in a city
    ("Peru", "Colombia", ""),
])
def test_setting_with_setting_reads_a_country_subject_by_any_of_its_names(subject, scene, place):
    own = _fig("exports", subject=subject)
    assert with_setting([own], Setting(scene, of_events=True))[0].measure.place == place


def test_setting_extract_figures_reads_the_opening(nlp):
    text = ("New Zealand has drawn the second Test against Australia in Brisbane. Set 350 to win, New Zealand finished "
            "at 5 for 240. The series ended 0-0. The sponsor said its profit rose to $20 million.")
    figs = extract_figures(Article(id="a", text=text, raw_text=text), nlp)
    places = {f.text: f.measure.place for f in figs}
    assert places["350"] == places["240"] == "Brisbane"
    assert places["$20 million"] == ""  # a company's accounts


def test_setting_extract_figures_leaves_a_story_told_before_the_setting(nlp):
    # an item of two stories: the place of the second is not the first's (gaza_war 2023-10-11_1)
    text = ("At least 1,055 Palestinians have been killed in air attacks, the health ministry says. "
            "At least 1,300 people in Israel have been killed, the military says.")
    figs = extract_figures(Article(id="a", text=text, raw_text=text), nlp)
    assert [f.measure.place for f in figs][0] == ""


@pytest.mark.parametrize("opening,expected", [
    ("Australia will go into the final day of the third Test against New Zealand in Perth.", True),
    ("The skins swimming event in Sydney drew a crowd.", True),
    ("Fire crews are battling 60 fires in the Blue Mountains.", False),  # no match: its opening is not parsed
])
def test_setting_names_a_match(opening, expected):
    assert names_a_match(opening) is expected
