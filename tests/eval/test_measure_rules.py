"""The comparison rules of measure fields and said_by (newsfigures/eval/measure_rules.py)."""
from __future__ import annotations

import pytest

from newsfigures.eval.measure_rules import class_ok, event_class_ok, field_ok, measure_read, name_ok, normal_words, quantity_ok
from newsfigures.model import Measure


def test_measure_rules_normal_words_drop_case_article_possessive_punctuation():
    assert normal_words("The Gaza Health Ministry's") == ("gaza", "health", "ministry")
    assert normal_words("share_price") == normal_words("Share-price") == ("share", "price")
    assert normal_words("Palestinians", singularise=True) == ("palestinian",)
    assert normal_words("") == ()


def test_measure_rules_names_agree_when_equal_or_last_words():
    assert name_ok("Health Ministry", "the Gaza Health Ministry")
    assert name_ok("the Gaza Health Ministry", "Health Ministry")
    assert name_ok("Palestinians", "Palestinian")
    assert name_ok("", "")
    assert not name_ok("Gaza", "the Gaza Health Ministry")
    assert not name_ok("Israel", "Gaza")
    assert not name_ok("", "Mozambique") and not name_ok("Mozambique", "")


def test_measure_rules_names_agree_with_their_acronym():
    assert name_ok("National Basketball Association players", "NBA players")
    assert name_ok("NBA players", "National Basketball Association players")
    assert name_ok("USAF", "the United States Air Force")
    # an opening article is no initial: the name written with its acronym after it is the name (Lee bg_203)
    assert name_ok("The Transport Workers Union (TWU)", "The Transport Workers Union")
    assert name_ok("TWU", "The Transport Workers Union")
    assert not name_ok("Health Ministry", "Housing Ministry")  # both sides abbreviated would say HM = HM
    assert not name_ok("NBA players", "National Hockey League players")


@pytest.mark.parametrize("a, b, agree", [
    # the same person named again with a courtesy title (the second annotation's said_by, four stories)
    ("Mr Schneiders", "Lyndon Schneiders", True),
    ("Mr Amin", "Mohammad Amin", True),
    ("Dr Anthony Fauci", "Fauci", True),
    ("Mrs Thatcher", "Margaret Thatcher", True),
    ("Mr Ward", "Lindsay Howard", False),
    ("Mr", "Mr", True),  # a title alone is still a word to compare
    ("Mr", "Mohammad Amin", False),
    ("President Bush", "George W. Bush", False),  # an office is no courtesy title: roles stay as written
])
def test_measure_rules_names_agree_without_an_honorific(a, b, agree):
    assert name_ok(a, b) is agree and name_ok(b, a) is agree


def test_measure_rules_names_agree_with_any_listed_name():
    assert name_ok("Al Jazeera", "Al Jazeera; Times of Israel")
    assert name_ok("Times of Israel", "Al Jazeera; Times of Israel")
    assert not name_ok("Reuters", "Al Jazeera; Times of Israel")


def test_measure_rules_quantity_and_classes():
    assert quantity_ok("stores", "store") and quantity_ok("share price", "share_price")
    assert not quantity_ok("deaths", "injured") and not quantity_ok("share", "share_price")
    assert class_ok("currency:USD", "currency:usd") and class_ok("other:suspend", "other:suspend")
    assert not class_ok("killed", "injured") and not class_ok("other:suspended", "other:suspend")


@pytest.mark.parametrize("pred, gold, agree", [
    ("other:net", "other:round up", True),  # one fact, two verbs: the same class, "other"
    ("killed", "killed", True),
    ("other:die", "killed", False),  # a listed class is not "other"
    ("rose", "fell", False),
    ("", "", True),
])
def test_measure_rules_event_class_lumps_every_other_lemma(pred, gold, agree):
    assert event_class_ok(pred, gold) is agree


def test_measure_rules_an_empty_measure_is_wrong_even_for_empty_gold():
    gold = {"quantity": "deaths", "subject": "", "event": "killed", "place": "", "scope": "total",
            "dimension": "count"}
    assert not measure_read(Measure()) and not measure_read(None)
    assert not field_ok("subject", Measure(), gold) and not field_ok("place", None, gold)
    read = Measure(quantity="deaths", event="killed", scope="total", dimension="count")
    assert measure_read(read)
    assert all(field_ok(name, read, gold) for name in gold)
    assert not field_ok("place", Measure(quantity="deaths", place="Gaza"), gold)
