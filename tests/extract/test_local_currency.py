"""A bare currency name several countries' currencies bear, read as the article's country's
(newsfigures.extract.local_currency, data from scripts/build_currency_names.py)."""
from __future__ import annotations

from collections import Counter

import pytest
from newsfigures.extract.local_currency import local_code, local_currencies

FRANCE = ("French companies had asked for it, the French federation said. Today's price was set at 4,776 francs per "
          "100 kilos. France's exports rose.")


@pytest.mark.parametrize("text, surface, dimension", [
    # news of France, Belgium, the Philippines, Pakistan and Qatar (the Reuters archive: stories of metals, coins,
    # telephones, trade and budgets; the measure gold's test_0148 writes FRF)
    (FRANCE, "4,776 francs", "currency:FRF"),
    ("Belgium will mint gold coins. The Belgian finance ministry said each would sell for between 8,500 and 9,000 "
     "francs. Belgian collectors are keen.", "between 8,500 and 9,000 francs", "currency:BEF"),
    ("Philippine Long Distance said net income rose to 1.89 billion pesos. The Philippine company is based in "
     "Manila.", "1.89 billion pesos", "currency:PHP"),
    ("Pakistan's trade deficit fell to 8.43 billion rupees in February, the State Bank of Pakistan said. Pakistani "
     "exports rose.", "8.43 billion rupees", "currency:PKR"),
    ("The Gulf state of Qatar projected a deficit of 5.472 billion riyals, Qatar's finance minister said.",
     "5.472 billion riyals", "currency:QAR"),
    ("Senegal's government will spend 200 billion francs on roads, Senegalese officials said.",
     "200 billion francs", "currency:XOF"),
    # the parser's reading where the article names no other country of the name, or too seldom
    ("The court fined him 5,000 francs.", "5,000 francs", "currency:CHF"),
    ("Lahore's mayor said the city would spend 3 billion rupees, Pakistan's paper reported.",
     "3 billion rupees", "currency:INR"),
    # a sum that names its currency keeps it: a country's adjective, a code or a symbol
    (FRANCE + " A Swiss buyer paid 7,500 Swiss francs.", "7,500 Swiss francs", "currency:CHF"),
    ("Egypt's central bank, Egyptian officials said, lent 5 billion pounds. Egypt also got a £500 million loan.",
     "£500 million", "currency:GBP"),
    ("Egypt's central bank, Egyptian officials said, lent 5 billion pounds. Egypt also got a £500 million loan.",
     "5 billion pounds", "currency:EGP"),
])
def test_local_currency_of_the_article(text, surface, dimension, measures):
    assert measures(text)[surface].dimension == dimension


def test_local_currency_reaches_a_unit_carried_to_a_bare_number(figures_by_surface):
    figures = figures_by_surface("French banks lent more. Its profit rose to 320 mln francs from 263 mln, the French "
                                 "bank said in Paris, France.")
    assert figures["320 mln francs"].unit == figures["263 mln"].unit == "FRF"


@pytest.mark.parametrize("written, unit, local, expected", [
    ("4,776 francs", "CHF", {"CHF": "FRF"}, "FRF"),
    ("263 mln", "CHF", {"CHF": "FRF"}, "FRF"),
    ("7,500 Swiss francs", "CHF", {"CHF": "FRF"}, "CHF"),
    ("CHF 5 million", "CHF", {"CHF": "FRF"}, "CHF"),
    ("£5 million", "GBP", {"GBP": "EGP"}, "GBP"),
    ("5 million euros", "EUR", {"CHF": "FRF"}, "EUR"),
])
def test_local_currency_code_of_a_written_sum(written, unit, local, expected):
    assert local_code(written, unit, local) == expected


def test_local_currency_margin_and_ties():
    text = "It paid 40 mln francs."
    assert local_currencies(text, Counter({"France": 2})) == {"CHF": "FRF"}
    assert local_currencies(text, Counter({"France": 2, "Switzerland": 1})) == {}  # one more is not MARGIN more
    assert local_currencies(text, Counter({"France": 3, "Belgium": 3})) == {}  # a tie says neither
    assert local_currencies("It paid 40 mln Swiss francs.", Counter({"France": 5})) == {}  # no bare name written
