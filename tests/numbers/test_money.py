"""Currencies and cents (newsfigures.numbers.money)."""
from __future__ import annotations

import pytest
from newsfigures.numbers.money import cents, code_after, currency_prefix, currency_words, iso
from newsfigures.numbers.tokens import TokenStream


@pytest.mark.parametrize("text, surface, value, unit", [
    ("paid $5 each", "$5", 5, "USD"),
    ("a US$ 1.5 billion loan", "US$ 1.5 billion", 1.5e9, "USD"),
    ("worth €10 million", "€10 million", 1e7, "EUR"),
    ("a £3bn deal", "£3bn", 3e9, "GBP"),
    ("¥500 per night", "¥500", 500, "JPY"),
    ("Rs 40 a kilo", "Rs 40", 40, "INR"),
    ("give me 5 dollars", "5 dollars", 5, "USD"),
    ("20 euros each", "20 euros", 20, "EUR"),
    ("361 million pounds", "361 million pounds", 361e6, "GBP"),
    ("100 yen coin", "100 yen", 100, "JPY"),
    ("USD 5 million in aid", "USD 5 million", 5e6, "USD"),
    ("cost 115USD", "115USD", 115, "USD"),
    ("a 30 MUSD loss", "30 MUSD", 3e7, "USD"),
    ("C$ 16.4 million", "C$ 16.4 million", 16.4e6, "CAD"),
    ("3 dollars 50 cents", "3 dollars 50 cents", 3.5, "USD"),
    ("50 cents more", "50 cents", 50, "cent"),
    ("100 billion yuan", "100 billion yuan", 1e11, "CNY"),
    # the newswire's abbreviations: "dlrs", "stg", "cts", and every "... dollars" name written with "dlrs"
    ("net income of 6.3 mln dlrs last year", "6.3 mln dlrs", 6.3e6, "USD"),
    ("a 35 mln dlr surplus", "35 mln dlr", 35e6, "USD"),
    ("priced at 93.86 U.S. Dlrs per tonne", "93.86 U.S. Dlrs", 93.86, "USD"),
    ("raised prices 1.50 Canadian dlrs a barrel", "1.50 Canadian dlrs", 1.5, "CAD"),
    ("the stock rose 12 Hong Kong dlrs", "12 Hong Kong dlrs", 12, "HKD"),
    # the country's initials before the wire's word (stop 68)
    ("reserves fell 210 mln N.Z. dlrs in May", "210 mln N.Z. dlrs", 210e6, "NZD"),
    ("a 1.8 billion H.K. dlr loan to the group", "1.8 billion H.K. dlr", 1.8e9, "HKD"),
    ("rose to 6.2 BILLION H.K. DLRS", "6.2 BILLION H.K. DLRS", 6.2e9, "HKD"),
    ("a shortage of around 800 mln stg today", "around 800 mln stg", 8e8, "GBP"),
    ("a dividend of 15 cts a share", "15 cts", 15, "cent"),
])
def test_money_with_currency(text, surface, value, unit, find, approx_eq):
    m = find(text, surface)
    assert m.kind == "money" and m.unit == unit and approx_eq(m.value, value)


@pytest.mark.parametrize("text, surface, value, unit", [
    # the dollar sign first, the country after it (Australian, New Zealand and Canadian press)
    ("cash checks of up to 1,000 pesos or $US1,000 per person", "$US1,000", 1000, "USD"),
    ("a fine of 7,500 Swiss francs (about $A8,800).", "about $A8,800", 8800, "AUD"),
    ("the airline lost $NZ40 million last year", "$NZ40 million", 4e7, "NZD"),
    ("shares closed at $C12 on Friday", "$C12", 12, "CAD"),
    ("a $US 5 million grant", "$US 5 million", 5e6, "USD"),
    ("a deal worth $AU3.5bn", "$AU3.5bn", 3.5e9, "AUD"),
    ("$HK1 billion in loans", "$HK1 billion", 1e9, "HKD"),
    # the country first, then the dollar sign
    ("a bid of US$5m for the club", "US$5m", 5e6, "USD"),
    ("a A$3bn takeover", "A$3bn", 3e9, "AUD"),
    ("fares from NZ$200 return", "NZ$200", 200, "NZD"),
    ("a C$45 ticket", "C$45", 45, "CAD"),
    ("HK$10 billion of bonds", "HK$10 billion", 1e10, "HKD"),
    ("a S$3.5 million upgrade", "S$3.5 million", 3.5e6, "SGD"),
])
def test_money_country_dollar_notations(text, surface, value, unit, find, approx_eq):
    m = find(text, surface)
    assert m.kind == "money" and m.unit == unit and approx_eq(m.value, value)


@pytest.mark.parametrize("text, surface", [
    # in capitals the abbreviations are as often acronyms ("CTS" carpal tunnel, "STG" a team) and stay unread
    ("120 CTS releases were done", "120"),
    ("a run of 5 STG goals", "5"),
    ("a 45 CTS VS 32 CTS headline", "45"),
])
def test_money_wire_abbreviations_in_capitals_are_no_currency(text, surface, find):
    m = find(text, surface)
    assert m.text == surface and m.kind != "money"


def test_money_wire_abbreviations_in_capitals_after_a_scale_word_are_a_sum(find):
    m = find("CANADA FEBRUARY TRADE SURPLUS 1.2 BILLION DLRS", "1.2 BILLION DLRS")
    assert m.kind == "money" and m.unit == "USD" and m.value == 1.2e9


def test_money_wire_abbreviations_are_no_counted_thing():
    assert {"dlrs", "dlr", "stg", "cts"} <= currency_words()


def test_money_core_offsets_exclude_qualifier(find):
    text = "sales of about $ 14 million"
    m = find(text, "about $ 14 million")
    assert text[m.number_start:m.number_end] == "$ 14 million"
    assert text[m.value_start:m.value_end] == "14 million"


# ------------------------------------------------------------------------------------------ the module's functions
@pytest.mark.parametrize("text, prefix, currency, mult, rest", [
    ("a combined cost of US$200bn.", "US$", "USD", 1.0, "200bn."),
    ("the lawyers had offered R$200,000", "R$", "BRL", 1.0, "200,000"),
    ("a loss of MUSD 30", "MUSD", "USD", 1e6, "30"),
    ("a loss of USD 5 million", "USD", "USD", 1.0, "5 million"),
    ("paid us $ 40", "us", "USD", 1.0, "40"),
    ("a fee of all 30", "all", "", 1.0, "all 30"),  # "all" is a word, not the Albanian lek
])
def test_money_currency_prefix(text, prefix, currency, mult, rest):
    ts = TokenStream(text)
    got, got_mult, end = currency_prefix(ts, ts.tok_at(text.index(prefix)))
    assert (got, got_mult, text[end:]) == (currency, mult, rest)


def test_money_code_after_the_number():
    assert code_after("cost 115USD today", len("cost 115"), 115.0) == (115.0, len("cost 115USD"), "USD")
    assert code_after("a 5 USD million aid", len("a 5"), 5.0) == (5e6, len("a 5 USD million"), "USD")
    assert code_after("Team 2 won", len("Team 2"), 2.0) is None


def test_money_iso_codes():
    assert (iso("RMB"), iso("usd"), iso("all"), iso("EUR")) == ("CNY", "USD", "", "EUR")


def test_money_cents():
    text = "thirteen dollars and forty-five cents"
    assert cents(TokenStream(text), 13.0, len("thirteen dollars"), len(text) + 1) == (13.45, len(text))
    text = "15 dollars 150 people"
    assert cents(TokenStream(text), 15.0, len("15 dollars"), len(text) + 1) == (15.0, len("15 dollars"))


def test_money_currency_words_are_known():
    assert {"dollars", "dollar", "kronor", "rupees", "yen"} <= currency_words()
