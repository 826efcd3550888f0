"""A sum written on a thing's noun is the thing's price (tests/gold/measures/GUIDE.md, revision 2, Q3;
extract/priced.py), and the WordNet file it reads."""
from __future__ import annotations

import pytest

from conftest import script_module, wordnet_or_skip


@pytest.mark.parametrize("text,surface,expected", [
    # the guide's own example, in the words of a dev story (a satellite-tagged bird, cor_040)
    ("The bird was wearing a £3,000 satellite tracking device when it was shot.", "£3,000", "price"),
    ("Organisers are paying for a $13,000 heater for the pool.", "$13,000", "price"),
    # the sum for or at which a thing is sold or offered (Q3's "tickets at $50")
    ("The gallery said the painting was sold for $2 million at auction.", "$2 million", "price"),
    ("The promoter is selling tickets at $50 for the final.", "$50", "price"),
    ("Tickets at $50 sold out within hours.", "$50", "price"),
    # a company's stake sold is no thing's price, a purchase between companies its deal's value
    ("The group sold its stake in the airline for $2 billion.", "$2 billion", "money"),
    ("Kmart will buy Sears for $11 billion.", "$11 billion", "deal_value"),
    # a sum on a noun of money, or of no thing, is no price
    ("He has not yet posted his $25,000 bail.", "$25,000", "money"),
    ("The families filed a $US3000 billion lawsuit in the US.", "$US3000 billion", "money"),
    # a thing's noun a word of money narrows names a sum, no thing (review 29)
    ("The miner signed a $2 billion credit facility with four banks.", "$2 billion", "money"),
    # a structure, a thing built, is a project: its sum is what it costs (Q3: "the bridge will cost $2 million")
    ("The council approved the $1.2 billion bridge over the harbour on Tuesday.", "$1.2 billion", "cost"),
    ("Work began on a $400 million stadium for the Games.", "$400 million", "cost"),
    # a thing a person buys is priced; deal_value is a deal's total (Q3: "a purchase's total in a deal between
    # companies"), which no thing's noun carries
    ("He bought a $3,000 tracking device online.", "$3,000", "price"),
    ("The council bought a $2 million fire truck last year.", "$2 million", "price"),
    ("The group agreed to buy the airline in a $2 billion deal.", "$2 billion", "deal_value"),
    # a home is sold on a market: its sum stays a price
    ("The couple live in a $2 million house in the eastern suburbs.", "$2 million", "price"),
])
def test_priced_sum_on_a_thing(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


def test_priced_data_files_are_what_the_build_script_writes():
    wordnet_or_skip()
    assert script_module("build_thing_words").main(["--check"]) == 0


@pytest.mark.parametrize("text,surface,expected", [
    # review37b: contract_pay on sentences it was not written for; an office-holder signs for the body they serve,
    # and a deal named by what it buys is a purchase, not the signer's pay (Q3)
    ("The mayor signed a $5 million contract with the city's largest builder.", "$5 million", "money"),
    ("The defence minister signed a $2 billion arms deal with France.", "$2 billion", "deal_value"),
    ("The governor signed a $1.2 billion deal to rebuild the bridge.", "$1.2 billion", "deal_value"),
    ("President Biden signed a $1.2 trillion infrastructure deal into law.", "$1.2 trillion", "deal_value"),
    # a term the contract runs for is no purchase: still the player's pay
    ("The quarterback signed a five-year, $250 million contract with the Jets.", "$250 million", "salary"),
    ("The striker inked a four-year deal worth $80 million.", "$80 million", "salary"),
])
def test_priced_contract_pay_not_an_office_or_a_purchase(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # a sum that is the object of "at" on the verb that carries it: the rate at which a thing changed hands (Q3),
    # not the sum the verb gives or buys (stop 67: commodity, share and farm-supply news)
    ("The company bought 2 mln shares at 25 dlrs each.", "25 dlrs", "price"),
    ("The government gave farmers fertiliser at $40 a bag.", "$40", "price"),
    ("The contract gave each buyer three cargoes at 195 dlrs a tonne.", "195 dlrs", "price"),
    # an "at" on another verb, or a sum the verb itself gives, keeps the verb's kind
    ("The drugmaker agreed to acquire its rival in a deal valued at $43 billion.", "$43 billion", "deal_value"),
    ("The agency gave 5 mln dlrs in aid to the city.", "5 mln dlrs", "aid"),
    ("The company bought the plant for 25 mln dlrs.", "25 mln dlrs", "deal_value"),
    # a whole, a pace or a penalty "at" a sum is no price per unit (stop 67's review)
    ("The miner agreed to acquire the copper unit at 4.2 billion dlrs.", "4.2 billion dlrs", "deal_value"),
    ("The central bank bought bonds at 20 billion euros a month.", "20 billion euros", "deal_value"),
    ("The regulator fined the bank at 50,000 dlrs a day.", "50,000 dlrs", "fine"),
])
def test_priced_paid_at_a_rate(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected
