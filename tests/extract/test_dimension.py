"""Dimensions of figures and conversion to base units through pint."""
from __future__ import annotations

import pytest

from newsfigures.extract.dimension import dimension_of, to_base, unit_dimension, bare_dollar, local_dollar


@pytest.mark.parametrize("kind,unit,counted_lemma,expected", [
    ("cardinal", "", "people", "count"),
    ("money", "USD", "", "currency:USD"),
    ("money", "pence", "", "currency:GBP"),
    ("percent", "percent", "", "percent"),
    ("percent", "percentage_point", "", "percentage_point"),
    ("fraction", "", "dead", "fraction"),
    ("multiplier", "", "", "ratio"),
    ("measure", "magnitude", "", "magnitude"),
    ("measure", "km", "", "length"),
    ("measure", "mph", "", "speed"),
    ("measure", "km2", "", "area"),
    ("measure", "barrel", "", "volume"),
    ("measure", "lb", "", "mass"),
    ("measure", "celsius", "", "temperature"),
    ("cardinal", "hour", "time", "duration"),  # "nine hours after the first earthquake"
    ("cardinal", "", "point", "points"),  # "fell by 52 points"
])
def test_dimension_of_kind_and_unit(kind, unit, counted_lemma, expected):
    assert dimension_of(kind, unit, counted_lemma) == expected


def test_dimension_unit_unknown_is_empty():
    assert unit_dimension("furlongs-ish") == ""


def test_dimension_to_base_makes_miles_and_km_comparable():
    miles, unit_a = to_base(5, "mile")
    km, unit_b = to_base(8, "km")
    assert unit_a == unit_b == "meter"
    assert miles == pytest.approx(8046.72)
    assert abs(miles - km) / km < 0.01  # "5 miles" and "8 km" are the same distance, give or take


@pytest.mark.parametrize("value,unit,expected,base", [
    (212, "fahrenheit", 373.15, "kelvin"),  # offset units convert as temperatures, not differences
    (100, "celsius", 373.15, "kelvin"),
    (2, "decade", 20 * 31557600.0, "second"),
    (1, "hectare", 10_000, "meter ** 2"),
    (60, "mph", 26.8224, "meter / second"),
    (1, "ton", 1000, "kilogram"),
])
def test_dimension_to_base_units(value, unit, expected, base):
    got, got_base = to_base(value, unit)
    assert got == pytest.approx(expected)
    assert got_base == base


def test_dimension_to_base_of_a_non_unit_is_none():
    assert to_base(7.8, "magnitude") is None
    assert to_base(5, "USD") is None


NAURU = ("Australia has linked $10 million of aid to a new agreement with Nauru to accept an extra 400 asylum "
         "seekers. The deal means Nauru will take up to 1,200 asylum seekers under Australia's Pacific solution.")
TRIAL = ("Six Swiss tour company staff have been convicted of manslaughter. The victims included 14 Australians. "
         "The staff were fined between $5,000 and $7,000. Australian families welcomed the verdict.")


@pytest.mark.parametrize("text,code", [
    (NAURU, "AUD"),  # lee bg_180: news of Australia writes its dollar "$"
    (TRIAL, "AUD"),  # lee bg_161: a Swiss court, reported for Australians
    ("The United States and Australia pledged $3 billion.", "USD"),  # a tie is the US dollar
    ("Kmart will buy Sears for $11 billion.", "USD"),  # no dollar country named
    ("Canadians paid $500 more. Canada's dollar rose; Canadian firms gained; an American paid less.", "CAD"),
    ("Canadians paid $500 more. Canada's dollar rose; an American paid less.", "USD"),  # not 2 more than the US
    ("Apple will invest $5 billion in Australia.", "USD"),  # one mention is no country's news
    # lee bg_042 (Virgin Blue's fares) and dev-lee2 bg_232 (a swimming meet in Sydney): the cities tell
    ("Virgin Blue has begun offering $5 flights. The fares are for flights to Sydney, Brisbane, Adelaide and "
     "Canberra.", "AUD"),
    ("Swimmers raced in Sydney last night for $5,000 each.", "USD"),  # one place alone is no country's news
    ("Swimmers raced in Sydney last night for $5,000 each; the Queensland swimmer won twice.", "AUD"),
    ("Gary Chapman and Gary Ablett paid $500 each.", "USD"),  # a given name is no Gary, Indiana
    ("New Zealanders and Kiwis in Auckland and Australians in Perth paid $500; New Zealand and Australia agree.",
     "USD"),  # two other dollar countries named as often: which dollar the text does not say
    # an abbreviation or everyday word that WordNet also gives a US place is no US place (review, stop 20)
    ("The Australian Government will give WA $40 million for Perth's rail link. Roads in WA are crowded, and "
     "Australian motorists in WA back the plan.", "AUD"),
    ("Ontario will spend $5 million on photo ID cards. Mobile phone users need ID too, Canadian officials said, and "
     "Canada's privacy commissioner said it was OK.", "CAD"),
    # a place holding the country's name is one mention of it, not two (review, stop 20)
    ("Apple will invest $5 billion in Western Australia.", "USD"),
    ("Geologists will map the Canadian Shield for $5 million.", "USD"),
    # a person named like a US city is no US place (review, stop 21): talks in Canberra, and in Ottawa
    ("Defence Secretary Lloyd Austin met Australian ministers in Canberra. Australia will spend $2 billion on "
     "submarines, Mr Austin said.", "AUD"),
    ("Canadian Finance Minister Chrystia Freeland met Treasury aide Jon Dallas in Ottawa. Canada will lend "
     "$3 billion, Mr Dallas said.", "CAD"),
    # a possessive names its place (review, stop 21): an Australian and a Canadian story
    ("Sydney's hospitals will get $40 million, Brisbane's $30 million, and Canberra's $10 million.", "AUD"),
    ("Toronto's transit and Winnipeg's buses will share $3 billion, Regina's budget says.", "CAD"),
])
def test_dimension_local_dollar(text, code):
    assert local_dollar(text) == code


@pytest.mark.parametrize("text,code", [
    # a named dollar converted into a bare "$" writes the bare one as the other dollar (review, stop 21): a wire
    # story of an Australian airline, of a New Zealand one, of a Canadian miner
    ("Qantas will spend A$1.5 billion ($1 billion) on new jets, Qantas said in Sydney. Australian travellers and "
     "Australia's tourism will gain.", "USD"),
    ("Air New Zealand lost NZ$40 million (about $24 million) in Auckland. New Zealand's carrier blamed fuel, "
     "and New Zealanders paid $20 more a ticket.", "USD"),
    ("Barrick will pay C$3 billion ($2.2 billion) for the Toronto miner, Canadian officials and Canada said.",
     "USD"),
    # the named dollar in words (Lee cor_048: "2.66 billion Australian dollars ($1.4 billion)"): the same reading
    ("The Sydney bank reported net profit of 1.9 billion Australian dollars ($1.0 billion), Australia's biggest.",
     "USD"),
    ("Air New Zealand lost 40 million New Zealand dollars (about $24 million) in Auckland, New Zealanders said.",
     "USD"),
    ("The Australian firm sold the Sydney mine for 5 million US dollars ($9.8 million).", "AUD"),
    # the US dollar converted into the bare one: the bare one is the country's named, once will do
    ("The Australian firm sold the Sydney mine for US$5 million ($9.8 million).", "AUD"),
    ("The Australian firm sold the Sydney mine for $US5 million ($9.8 million).", "AUD"),
    ("The Canadian firm sold the mine for US$5 million ($6.8 million).", "CAD"),
    # a named dollar written apart from the bare one says nothing of it (wn2004_025: "US$11 billion", "$11.5bn")
    ("Kmart to buy Sears for US$11 billion. The deal is to cost $11.5bn, Australia said.", "USD"),
    ("The US firm sold the mine for US$5 million ($5 million after tax).", "USD"),  # no other country named
])
def test_dimension_local_dollar_converted(text, code):
    assert local_dollar(text) == code


def test_dimension_converted_dollar_reaches_the_measure(measures):
    got = measures("Qantas will spend A$1.5 billion ($1 billion) on new jets in Sydney, Australian officials said, "
                   "and Australia's airports $200 million.")
    assert got["A$1.5 billion"].dimension == "currency:AUD"
    assert got["$200 million"].dimension == "currency:USD"


@pytest.mark.parametrize("written,unit,bare", [
    ("$10 million", "USD", True),
    ("between $5,000 and $7,000", "USD", True),
    ("US$10 million", "USD", False),  # a named dollar stays what it names
    ("A$5", "AUD", False),
    ("$US1,000", "USD", False),  # the dollar sign first, the country after it, glued to the number
    ("$US 5 million", "USD", False),
    ("USD 5", "USD", False),
    ("€5 million", "EUR", False),
    ("5 million dollars", "USD", True),  # a dollar named by its word is as bare as "$" (review, stop 18)
    ("5 million US dollars", "USD", False),
    ("10 American dollars", "USD", False),
])
def test_dimension_bare_dollar(written, unit, bare):
    assert bare_dollar(written, unit) is bare


@pytest.mark.parametrize("after,bare", [(" US.", False), (" (US) for", False), (" USD", False), (" in aid", True),
                                        (" using", True)])
def test_dimension_bare_dollar_named_after_the_mention(after, bare):
    assert bare_dollar("$5 million", "USD", after) is bare


def test_dimension_one_article_one_dollar(measures):
    """ "5 million dollars" and "$5 million" in one Australian story are one currency (review, stop 18)."""
    got = measures("Australian exporters gained in Australia. The Australian Government will spend 5 million "
                   "dollars and $5 million.")
    assert got["5 million dollars"].dimension == got["$5 million"].dimension == "currency:AUD"


def test_dimension_bare_dollar_reaches_the_measure(measures):
    assert measures(NAURU)["$10 million"].dimension == "currency:AUD"
    assert measures("Kmart will buy Sears for US$11 billion, Australia said.")["US$11 billion"].dimension == (
        "currency:USD")
