"""An amount of goods (extract/goods.py): a tonnage or volume stated of a noun or verb of stocks, trade or output
is that amount, read through the whole extractor on wire sentences of several commodity stories (oil stocks, tin
exports, grain and metal output, quotas); a tonnage of some other thing stays its dimension."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.model import Article, Measure


def _measures(nlp, text: str) -> dict[str, Measure]:
    figures = extract_figures(Article(id="a", text=text, raw_text=text), nlp)
    return {f.text: f.measure for f in figures}


@pytest.mark.parametrize("text,surface,quantity", [
    # the subject of the verb that states the level or its move (Reuters train_0965, test_0268: oil stocks)
    ("The EIA said residual fuel stocks fell 2.2 mln barrels to 37.9 mln barrels.", "2.2 mln barrels", "stock"),
    ("The EIA said residual fuel stocks fell 2.2 mln barrels to 37.9 mln barrels.", "37.9 mln barrels", "stock"),
    ("The agency said gasoline stocks were off 100,000 barrels in the week.", "100,000 barrels", "stock"),
    ("The total of all crude, refined product and SPR stocks were unchanged at 1,575.1 mln barrels, it said.",
     "1,575.1 mln barrels", "stock"),
    # a change verb's subject of output and production (grain, metals)
    ("World grain output was expected to fall 38 mln tonnes in 1987.", "38 mln tonnes", "output"),
    ("Lead production fell 22.9 pct to 1,670 tonnes from 2,165.", "1,670 tonnes", "production"),
    ("Cathode inventories at rod mills fell to 86,456,000 lbs in January.", "86,456,000 lbs", "inventory"),
    # the noun the tonnage is "of" or describes (tin quotas, crops)
    ("Australia said its quota of 7,000 tonnes was roughly equal to its output.", "7,000 tonnes", "quota"),
    ("The ATPC hopes to cut the 70,000-tonne world surplus.", "70,000-tonne", "surplus"),
    ("Zimbabwe was granted an export quota of 8,100 tonnes of beef.", "8,100 tonnes", "quota"),
    # a verb of producing or trading names its amount
    ("Zaire is expected to produce 1,900 tonnes of tin in calendar 1987.", "1,900 tonnes", "output"),
    ("China is forecast to export 5.5 mln tonnes of corn during 1986/87.", "5.5 mln tonnes", "export"),
    ("India imports about 1.2 mln tonnes of edible oils a year.", "about 1.2 mln tonnes", "import"),
])
def test_goods_amount_named_by_its_noun_or_verb(nlp, text: str, surface: str, quantity: str) -> None:
    assert _measures(nlp, text)[surface].quantity == quantity


@pytest.mark.parametrize("text,surface,quantity", [
    # a tonnage of a thing, or one a buyer buys, stays a mass (Lee bg_231; Reuters train_1012)
    ("The shuttle is carrying the Raffaello module, laden with 3.5 tonnes of equipment.", "3.5 tonnes", "mass"),
    ("Taiwan buys 60,000 tonnes of U.S. maize.", "60,000 tonnes", "mass"),
    # what the tonnage is "of" is the goods, not their amount (tests/extract/test_quantity_articles.py, health)
    ("The WHO said it had shipped 40 tonnes of medical supplies.", "40 tonnes", "mass"),
    # a subject of another kind ends the search: the ship's load is no stock
    ("The tanker carried 80,000 tonnes of crude.", "80,000 tonnes", "mass"),
    # a length is no amount of goods, whatever noun it is stated of
    ("Exports were shipped 460 miles to the port.", "460 miles", "distance"),
])
def test_goods_amount_not_read_of_other_things(nlp, text: str, surface: str, quantity: str) -> None:
    assert _measures(nlp, text)[surface].quantity == quantity


@pytest.mark.parametrize("text,surface,quantity,subject,event", [
    # the amount noun is the counted noun, so its owner is read as any counted noun's (grain, trade stories)
    ("Brazil's soybean crop is estimated at 17 mln tonnes.", "estimated at 17 mln tonnes", "crop", "Brazil", "said"),
    ("India's wheat exports rose to 2 mln tonnes in 1986.", "2 mln tonnes", "export", "India", "rose"),
    # a measure under a verb its subject is raised from keeps that verb's event, not the raising verb's
    ("Exports are forecast to rise to 720,000 tonnes against 695,000 tonnes in 1986.", "720,000 tonnes", "export",
     "", "rose"),
    ("World grain output was expected to fall 38 mln tonnes to 1,353 mln in 1987.", "38 mln tonnes", "output", "",
     "fell"),
])
def test_goods_amount_is_the_counted_noun(nlp, text: str, surface: str, quantity: str, subject: str,
                                          event: str) -> None:
    figures = _measures(nlp, text)
    assert (figures[surface].quantity, figures[surface].subject, figures[surface].event) == (quantity, subject, event)


@pytest.mark.parametrize("text,surface,goods", [
    # the modifiers of the amount noun that name goods (oil, metal and crop stories; stop 68)
    ("The agency said jet fuel stocks fell 1.2 mln barrels to 41.5 mln barrels last week.", "1.2 mln barrels",
     "jet fuel"),
    ("The agency said jet fuel stocks fell 1.2 mln barrels to 41.5 mln barrels last week.", "41.5 mln barrels",
     "jet fuel"),
    ("Brokers said refinery crude oil stocks dropped by 2.1 mln barrels.", "2.1 mln barrels", "refinery crude oil"),
    # a word of how much before them is none of the goods
    ("Officials said total cocoa exports reached 410,000 tonnes.", "410,000 tonnes", "cocoa"),
    # the bare noun after "of", an adjective of its name kept
    ("Output of nickel rose 300 tonnes to 2,400 tonnes in the quarter.", "300 tonnes", "nickel"),
    ("The group said stocks of refined products fell 2.4 mln barrels.", "2.4 mln barrels", "refined product"),
    # one goods however the phrase words it: the last word's lemma (review of stop 68)
    ("Officials said exports of soybeans reached 15.4 mln tonnes.", "15.4 mln tonnes", "soybean"),
    ("Officials said soybean exports reached 15.4 mln tonnes.", "15.4 mln tonnes", "soybean"),
    # a word of whose stocks, how big a crop or what for is none of the goods
    ("The agency said U.S. commercial crude stocks fell 2.1 mln barrels.", "2.1 mln barrels", "crude"),
    ("Officials expect a bumper wheat crop of 24 mln tonnes.", "24 mln tonnes", "wheat"),
])
def test_goods_named_by_the_amount_phrase(nlp, text: str, surface: str, goods: str) -> None:
    assert _measures(nlp, text)[surface].goods == goods


@pytest.mark.parametrize("text,surface", [
    # an adjective right before the amount noun names a sector, not goods
    ("Officials said industrial output rose to 3.1 mln tonnes.", "3.1 mln tonnes"),
    # a time, a place or a people before it names none
    ("The ministry said first quarter exports came to 900,000 tonnes.", "900,000 tonnes"),
    ("The ministry said Kenyan exports came to 900,000 tonnes.", "900,000 tonnes"),
    # an amount noun before it is no goods ("export quota"), nor is a thing's tonnage that is no amount of goods
    ("Kenya was granted an export quota of 9,000 tonnes.", "9,000 tonnes"),
    ("The shuttle is carrying 3.5 tonnes of equipment.", "3.5 tonnes"),
    # an "of" object with a determiner is the amount's owner, not its goods
    ("The output of the mine rose 300 tonnes.", "300 tonnes"),
])
def test_goods_not_read_of_other_words(nlp, text: str, surface: str) -> None:
    assert _measures(nlp, text)[surface].goods == ""
