"""The place of a figure's own event where place_of does not look (extract/own_place.py), on real-looking sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # "at" a named place or site on the figure's own verb or counted noun (nsw_bushfires bg_048, woomera bg_084)
    ("Ten homes have been lost in the Blue Mountains, and 12 sheds have been burnt at Kurrajong Heights.", "12",
     "Kurrajong Heights"),
    ("It has been confirmed three detainees at the Port Hedland Detention Centre have harmed themselves during the "
     "unrest.", "three", "Port Hedland Detention Centre"),
    # an unnamed site, or an organisation, is no place
    ("Israeli strikes kill at least 20 people at a food distribution point.", "at least 20", ""),
    ("Staff at Westpac received a 3 per cent pay rise.", "3 per cent", ""),
    # a verb the figure only dates is not its event (bg_125; two places named, as there, so that no one place of the
    # whole article, scene.py, stands in for the figure's own)
    ("The shuttle Atlantis touched down at Cape Canaveral in Florida after a 12 day mission.", "12 day", ""),
])
def test_own_place_named_at(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the place of the event that is the subject of the figure's verb (wn2004_056, gaza_war 2023-12-17, cor_009)
    ("Rebel attack in Uganda kills 14 villagers", "14", "Uganda"),
    ("A US air strike in eastern Afghanistan left nine civilians dead, officials said.", "nine", "Afghanistan"),
    # a body or person as subject says where they are, not where it happened
    ("Police in Karachi arrested 12 men on Monday.", "12", ""),
    # the verb is not the figure's event: they were killed elsewhere (bg_167)
    ("Services in London honoured some 50 people killed in the attacks.", "some 50", ""),
])
def test_own_place_subject_event(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the place compounded onto a singular act noun the figure happened in (stop 32; mideast bg_145), as onto a
    # plural ("in two West Bank towns"), ahead of a place the clause above names
    ("Apache helicopters blasted security targets in Gaza City after Palestinian militants killed 10 Israelis in "
     "the West Bank raid.", "10", "West Bank"),
    ("Apache helicopters blasted targets in Gaza City, which had been pounded the night before in repeated air "
     "raids after Palestinian militants killed 10 Israelis in the West Bank raid.", "10", "West Bank"),
    ("Twelve people were killed in the Mumbai attack.", "Twelve", "Mumbai"),
    ("Four soldiers died in the Kandahar raid on Tuesday.", "Four", "Kandahar"),
    # a thing's noun is no act, but GUIDE P4 gives an unnamed site its town: read by hop_place (stop 65; a near miss
    # "a workplace, not where it happened" until then, which the probe rows and the guide's words overrule)
    ("Three workers were injured in the Sydney plant.", "Three", "Sydney"),
    # an act's own place phrase wins over a place compounded onto it, and a country compounded onto an act may be
    # the side that did it: not read
    ("Five soldiers were killed in a US drone strike in Yemen.", "Five", "Yemen"),
    ("Ten people were killed in the US raid, officials said.", "Ten", ""),
    ("Eight civilians died in the Russia attack, officials said.", "Eight", ""),
    # a time beside the act (the parser hangs it on the verb) leaves the compounded place read
    ("Six people were killed in the Kabul bombing on Tuesday morning.", "Six", "Kabul"),
])
def test_own_place_act_place(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the place that owns or names the whole a part is counted of (bg_172, bg_150, gaza_war 2025-01-09)
    ("Up to 20 per cent of Canada's teenagers are now smokers.", "Up to 20 per cent", "Canada"),
    ("The strike will close four of Britain's biggest airports over the weekend.", "four", "Britain"),
    ("A survey finds that about 5% of the West Bank population has left.", "about 5%", "West Bank"),
    # a whole a person owns is no place
    ("Two of the woman's three children are in hospital.", "Two", ""),
    # a side's score is the side's, not a restriction to a place: the match is where it is played (review25)
    ("Anderson took three of India's wickets before lunch on the second day.", "three", ""),
    ("Smith made 40 of Australia's runs in the first session.", "40", ""),
])
def test_own_place_of_whole(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # P4: a court's seat (bg_169, bg_161) and a lawsuit's venue (cor_006) are the place of what they decide
    ("A United Nations panel of judges in Cambodia has found five former commanders guilty of war crimes.", "five",
     "Cambodia"),
    ("A French court has found four of the seven managers guilty of negligence.", "four", "France"),
    ("The claims, filed in a $US2 billion lawsuit in the US, name three banks.", "$US2 billion", "US"),
    # what a court hears is what it is told, not what it rules (review25; "The court heard how ... carried out 13
    # murders", bg_169, is placed by its events)
    ("A court in London heard that the fraud cost investors $3 million.", "$3 million", ""),
    # a clause of the figure's own event below the ruling keeps its own place (bg_161)
    ("A Swiss court has found six guides guilty of manslaughter after the accident which killed 21 people.", "21",
     ""),
])
def test_own_place_legal(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", [
    # P4: an unnamed site gives its town, on the figure's verb or a verb coordinated with it (gaza_war 2025-06-09)
    ("According to the Health Ministry, nine Sudanese are killed and 40 others are injured by gunfire at an aid "
     "distribution site near El Fasher.", "nine", "El Fasher"),
    ("According to the Health Ministry, nine Sudanese are killed and 40 others are injured by gunfire at an aid "
     "distribution site near El Fasher.", "40", "El Fasher"),
    ("Two miners died at a coal mine in Shanxi province on Monday.", "Two", "Shanxi"),
    # an unnamed site whose town the sentence does not name gives none
    ("Three people were hurt at the hospital, officials said.", "Three", ""),
])
def test_own_place_site_town(measures, text, surface, expected):
    assert measures(text)[surface].place == expected
