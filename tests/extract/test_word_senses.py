"""The WordNet-derived vocabulary (newsfigures/extract/data, written by scripts/build_word_senses.py)."""
from __future__ import annotations

import pytest

from newsfigures.extract.word_senses import (act_verb, change_verbs, change_verbs_of, country_of, demonyms,
                                             event_verbs, group_class, group_nouns, names_a_sum, names_country,
                                             names_location,
                                             names_person,
                                             noun_class, noun_classes, peoples_of, person_nouns, same_place, troop_noun,
                                             verb_class)

from conftest import script_module, wordnet_or_skip


@pytest.mark.parametrize("word", ["astronaut", "Cosmonaut", "defendant", "gunman", "guide", "nun", "militant",
                                  "Palestinian", "officer"])
def test_word_senses_persons(word):
    assert names_person(word)


@pytest.mark.parametrize("word", ["fire", "blaze", "block", "staff", "police", "team", "area", "unit", "year", ""])
def test_word_senses_not_persons(word):
    """Groups ("staff", "police") and things are no person, so they are never counted as people by this list."""
    assert not names_person(word)


@pytest.mark.parametrize("verb,cls", [
    ("slaughter", "killed"), ("Behead", "killed"), ("assassinate", "killed"), ("perish", "killed"),
    ("maim", "injured"), ("stab", "injured"), ("dwindle", "fell"), ("plummet", "fell"), ("reduce", "fell"),
    ("double", "rose"), ("skyrocket", "rose"), ("swell", "rose"), ("purchase", "bought"), ("auction", "sold"),
    ("donate", "pledged"), ("dispatch", "sent"), ("land", "arrived"), ("triumph", "won"), ("vanish", "missing"),
    ("flee", "displaced"), ("cost", "cost"),
])
def test_word_senses_verb_classes(verb, cls):
    assert verb_class(verb) == cls


@pytest.mark.parametrize("verb", [
    "fire",  # its first senses discharge a gun; firing a person is its fourth
    "shoot",  # first sense injures, second kills: neither is said
    "cast",  # under send.v.01, which is taken without troponyms
    "escape",  # under flee.v.01, likewise ("three prisoners escaped" is no displacement)
    "bloom",  # growth of living things, two levels under increase.v.01
    "abseil",  # under descend.v.01, which is no root
    "extend", "prolong", "abridge",  # an extent in space, time or text changes, no amount (VERB_EXCLUDED)
    "pay", "say", "",
])
def test_word_senses_verbs_without_class(verb):
    assert verb_class(verb) == ""


@pytest.mark.parametrize("noun,verb", [
    ("testimony", "testify"), ("attendance", "attend"), ("arrest", "arrest"), ("riot", "riot"), ("Visit", "visit"),
    # things, states and places say no act, whatever verb WordNet derives them from
    ("budget", ""), ("population", ""), ("origin", ""), ("mourning", ""), ("employee", ""),
    ("page", ""),  # two verbs (page, paginate): neither
])
def test_word_senses_act_nouns(noun, verb):
    assert act_verb(noun) == verb


@pytest.mark.parametrize("noun,quantity", [
    ("soldier", "troops"), ("Paratrooper", "troops"), ("commando", "troops"), ("guerrilla", "troops"),
    ("militiaman", "troops"), ("troops", "troops"), ("murder", "deaths"), ("massacre", "deaths"),
    ("homicide", "deaths"), ("fatality", "deaths"), ("wound", "injured"), ("fracture", "injured"),
    ("subsidy", "aid"), ("grant", "aid"), ("wage", "salary"), ("receipts", "revenue"), ("outlay", "spending"),
    ("fine", "fine"), ("benefit", "money"), ("bribe", "money"), ("pension", "money"),
])
def test_word_senses_noun_classes(noun, quantity):
    assert noun_class(noun) == quantity


@pytest.mark.parametrize("noun", [
    "officer", "general", "captain",  # military officers command troops (NOUN_EXCLUDED)
    "veteran", "volunteer", "noncombatant",  # left the forces, civilian work, no fighting (NOUN_EXCLUDED)
    "gunman", "militant", "policeman",  # persons, not members of the armed forces
    "Rommel", "Alamo",  # names under a root are no noun for what they are
    "found",  # lodging beside a wage (NOUN_EXCLUDED)
    "loan", "share", "fire", "people", "",
])
def test_word_senses_nouns_without_class(noun):
    assert noun_class(noun) == ""


@pytest.mark.parametrize("noun,sum_", [
    ("reward", True), ("Bonus", True),  # a payment in their second sense
    ("wage", True), ("fine", True),  # and in their first
    ("flight", False), ("heater", False), ("project", False), ("", False),  # things a sum may be the price of
])
def test_word_senses_nouns_that_can_name_a_sum(noun, sum_):
    assert names_a_sum(noun) is sum_


@pytest.mark.parametrize("noun,troops", [
    ("soldier", True), ("fighter", True),  # the news list (fighter's first sense is a combatant, no soldier)
    ("commando", True), ("militiaman", True),  # WordNet's first sense
    ("volunteer", False), ("officer", False), ("gunman", False), ("people", False), ("", False),
])
def test_word_senses_troop_nouns(noun, troops):
    assert troop_noun(noun) is troops


@pytest.mark.parametrize("word,country", [
    ("Japanese", "Japan"), ("Israeli", "Israel"), ("Israelis", "Israel"), ("Swiss", "Switzerland"),
    ("Nigerian", "Nigeria"), ("Nigerians", "Nigeria"), ("Nigeriens", "Niger"), ("Chinese", "China"),
    ("Russian", "Russia"),  # the "Russia" WordNet's pertainym names, not the Soviet Union synset it sits in
    ("American", "United States"), ("Americans", "United States"), ("North Korean", "North Korea"),
    ("Australian", "Australia"), ("Germans", "Germany"), ("Englishmen", "England"), ("Syrians", "Syria"),
    # stop 56: the everyday ones WordNet's first senses miss, written by hand (data/demonyms_added.txt): Reuters'
    # Thai coffee and Thai exports items, the ABC's British troops, a people's plural WordNet does not list
    ("Thai", "Thailand"), ("British", "United Kingdom"), ("Russians", "Russia"), ("Ukrainians", "Ukraine"),
    ("Taiwanese", "Taiwan"), ("Serbian", "Serbia"), ("Sri Lankan", "Sri Lanka"),
])
def test_word_senses_demonyms(word, country):
    assert country_of(word) == country


@pytest.mark.parametrize("word", [
    "Hutu",  # a people of two countries (Rwanda, Burundi)
    "Mauritanian",  # WordNet's adjective pertains to Mauritius, its noun to Mauritania: neither is said
    "anti-American", "romaic",  # no capitalised nationality
    "Indians",  # the first sense of "Indian" as a noun is a Native American
    "Germen", "swiss", "Japan", "",
])
def test_word_senses_not_demonyms(word):
    assert country_of(word) == ""


@pytest.mark.parametrize("country,word,named", [
    ("Niger", "nigeriens", True), ("Niger", "nigerians", False), ("nigeria", "nigerians", True),
    ("Japan", "japanese", True), ("Atlantis", "atlanteans", False),
])
def test_word_senses_peoples_of(country, word, named):
    assert (word in peoples_of(country)) is named


@pytest.mark.parametrize("name,country", [
    ("Australia", True), ("U.S.", True), ("Afghanistan", True), ("Israel", True),
    ("Kabul", False), ("Sydney", False), ("New South Wales", False), ("Gaza", False),
])
def test_word_senses_names_country(name, country):
    assert names_country(name) is country


@pytest.mark.parametrize("verb,direction", [
    # a later sense moves an amount: "prices jumped overnight" (jump's 4th), "prices dipped" (dip's 3rd)
    ("surge", "rose"), ("hike", "rose"), ("triple", "rose"), ("appreciate", "rose"), ("jump", "rose"),
    ("slump", "fell"), ("dip", "fell"), ("trim", "fell"), ("retrench", "fell"), ("depreciate", "fell"),
])
def test_word_senses_change_verbs(verb, direction):
    assert verb in change_verbs_of(direction)


@pytest.mark.parametrize("verb", [
    "mount", "contract", "correct", "apprise", "dive", "plunk",  # CHANGE_EXCLUDED: other senses count things
    "shorten", "subtract", "spill",  # troponyms of a change root that move no amount (CHANGE_EXCLUDED_SENSES)
    "shoot", "say", "",  # no sense changes an amount
])
def test_word_senses_verbs_that_move_no_amount_one_way(verb):
    assert verb not in change_verbs_of("rose") | change_verbs_of("fell")


@pytest.mark.parametrize("noun,members", [
    ("staff", "people"), ("crew", "people"), ("police", "people"), ("jury", "people"), ("Electorate", "people"),
    ("militia", "troops"), ("cavalry", "troops"),
    ("team", "people"),  # a team's members are persons (WordNet: its first sense); "two teams" is no singular count
    ("army", ""),  # WordNet names no member of it: a unit, counted as itself
    ("company", ""), ("family", ""), ("soldier", ""), ("fire", ""), ("", ""),
])
def test_word_senses_group_nouns(noun, members):
    assert group_class(noun) == members


@pytest.mark.parametrize("noun,place", [
    ("area", True), ("district", True), ("province", True), ("township", True), ("suburb", True), ("edge", True),
    ("camp", False),  # a built thing (noun.artifact): "the Al-Shati refugee camp" is a site, not Al-Shati
    ("hospital", False), ("village", False), ("lawsuit", False), ("Aachen", False),  # no place's own name
])
def test_word_senses_location_nouns(noun, place):
    assert names_location(noun) is place


def test_word_senses_data_file_is_what_the_build_script_writes():
    wordnet_or_skip()
    build = script_module("build_word_senses")
    assert build.main(["--check"]) == 0
    assert len(person_nouns()) > 10_000
    assert len(demonyms()) > 300
    assert set(noun_classes().values()) == {"troops", "deaths", "injured", "aid", "revenue", "salary", "fine",
                                            "spending", "money"}
    assert set(event_verbs().values()) == {"killed", "injured", "missing", "displaced", "sent", "arrived",
                                           "pledged", "rose", "fell", "sold", "bought", "cost", "won"}
    assert set(change_verbs().values()) == {"rose", "fell"}
    assert set(group_nouns().values()) == {"people", "troops"}


@pytest.mark.parametrize("order", [("soldier", "death"), ("death", "soldier")])
def test_word_senses_a_synset_under_two_quantities_roots_has_none(monkeypatch, order):
    """A synset under the roots of two quantities says neither, whichever root is walked first; one under a single
    root says its quantity (a made-up tree: "martyr" under both, "private" under soldier only)."""
    build = script_module("build_word_senses")
    quantities = {"soldier": "troops", "death": "deaths"}
    monkeypatch.setattr(build, "NOUN_ROOTS", {(w, 1): quantities[w] for w in order})
    monkeypatch.setattr(build, "NOUN_EXCLUDED", {})
    senses = {"soldier": ["1"], "death": ["2"], "martyr": ["3"], "private": ["4"]}
    nouns = {"1": (["soldier"], [["~", "3", "n", "0000"], ["~", "4", "n", "0000"]]),
             "2": (["death"], [["~", "3", "n", "0000"]]), "3": (["martyr"], []), "4": (["private"], [])}
    assert build.class_of_noun_synset(nouns, senses) == {"1": "troops", "2": "deaths", "4": "troops"}


@pytest.mark.parametrize("x, y, same", [
    ("COLOMBIA", "Colombia", True),      # a wire headline's capitals
    ("U.S.", "United States", True),     # two of WordNet's names for one place
    ("US", "United States", True),
    ("Sudan", "South Sudan", False),     # two places
    ("Norway", "Brisbane", False),
])
def test_word_senses_same_place_by_case_and_by_wordnet_names(x, y, same):
    assert same_place(x, y) is same and same_place(y, x) is same
