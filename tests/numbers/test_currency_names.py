"""CLDR's currency names (newsfigures/numbers/data/currency_names.txt, written by scripts/build_currency_names.py)
as the number parser reads them."""
from __future__ import annotations

import importlib.util
import re

import pytest
from conftest import script_module, wordnet_or_skip
from newsfigures.numbers import lexicon


@pytest.mark.parametrize("text, surface, value, unit", [
    ("The cabinet approved 15 million taka for flood shelters.", "15 million taka", 1.5e7, "BDT"),
    ("A court fined the settler 4,000 shekels on Monday.", "4,000 shekels", 4000, "ILS"),
    ("The ministry owes contractors 300 billion Iraqi dinars.", "300 billion Iraqi dinars", 3e11, "IQD"),
    ("Cocoa farmers will get 1,200 Ghanaian cedis a tonne.", "1,200 Ghanaian cedis", 1200, "GHS"),
    ("The bridge will cost 2.5 billion forints, the mayor said.", "2.5 billion forints", 2.5e9, "HUF"),
    ("The fund lost 12 million Czech korunas last year.", "12 million Czech korunas", 1.2e7, "CZK"),
    ("A sack of rice sold for 7,000 kyat in Yangon.", "7,000 kyat", 7000, "MMK"),
    ("He was paid 45,000 leva for the land.", "45,000 leva", 45000, "BGN"),
    # a country's adjective picks its own currency where the bare word is another country's
    ("Kampala set aside 3 billion Ugandan shillings for roads.", "3 billion Ugandan shillings", 3e9, "UGX"),
    ("Maersk booked a 900 million Danish kroner charge.", "900 million Danish kroner", 9e8, "DKK"),
    ("Beirut's fuel now costs 90,000 Lebanese pounds a litre.", "90,000 Lebanese pounds", 90000, "LBP"),
])
def test_currency_names_read_as_money(text, surface, value, unit, find, approx_eq):
    m = find(text, surface)
    assert m.kind == "money" and m.unit == unit and approx_eq(m.value, value)


@pytest.mark.parametrize("text, surface", [
    ("Officials seized five dinars and a watch.", "five"),  # eight countries' dinar: the article's country decides
    ("The swimmers won 10 gold medals in Paris.", "10"),  # Zimbabwe's "gold" is also the metal
    ("The crew grabbed 3 kip before the shift.", "3"),  # Laos's kip is also a nap
    ("The dividend stays at 12 marks a share.", "12"),  # "mark" has other senses: the hand list decides marks
])
def test_currency_names_near_misses_stay_counts(text, surface, find):
    assert find(text, surface).kind != "money"


def test_currency_names_hand_kept_words_win():
    assert lexicon.CURRENCY_WORDS["francs"] == "CHF" and lexicon.CURRENCY_WORDS["won"] == "KRW"
    assert lexicon.CURRENCY_WORDS["congolese francs"] == "CDF" and lexicon.CURRENCY_WORDS["taka"] == "BDT"


def test_currency_names_file_is_lower_case_names_of_iso_codes():
    generated = lexicon._cldr_currency_names()
    assert len(generated) > 300
    assert all(name == name.lower() and re.fullmatch(r"[A-Z]{3}", code) for name, code in generated.items())


def test_currency_names_data_file_is_what_the_build_script_writes():
    wordnet_or_skip()
    if importlib.util.find_spec("babel") is None:
        pytest.skip("the babel package (requirements-dev.txt) is not installed")
    build = script_module("build_currency_names")
    assert build.main(["--check"]) == 0
    assert build.bares("Israeli new shekel") == ["new shekel", "shekel"] and build.bares("Turkish Lira") == []
