"""A count in the country whose parts a story counts is the story's own count (compare.nation)."""
from __future__ import annotations

import pytest

from newsfigures.compare.nation import lies_in, story_countries


@pytest.mark.parametrize("place, country, inside", [
    ("New South Wales", "Australia", True),   # the table of places (holiday_road_toll_2001 bg_002)
    ("Western Australia", "Australia", True),  # a name that ends with the country's (bg_021, bg_043)
    ("Australia", "Australia", False),
    ("Ontario", "Australia", False),
])
def test_nation_a_place_lies_in_its_country(place, country, inside):
    assert lies_in(place, country) is inside


@pytest.mark.parametrize("places, countries", [
    # a road toll told state by state, and once "in Australia"
    (("New South Wales", "Queensland", "South Australia", "Australia"), {"Australia"}),
    (("Queensland", "Australia"), set()),  # one state is no story told by the country's parts
    (("Gaza", "Israel", "Lebanon"), set()),
])
def test_nation_the_story_country_has_its_parts_counted(places, countries):
    assert story_countries(places) == countries


def test_nation_a_national_count_keys_with_the_story_counts_of_no_place():
    from newsfigures.compare.metrics import assign_metrics
    from newsfigures.model import Figure, Measure

    def count(article, value, sentence, place=""):
        text = str(value)
        start = sentence.index(text)
        return Figure(article_id=article, source_file=f"{article}.txt", text=text, start=start, end=start + len(text),
                      sentence=sentence, value=value, low=value, high=value, qualifier="", unit="", counted="deaths",
                      event="killed", as_of="", said_by="", metric="", place=place, counted_lemma="death",
                      sentence_start=0, measure=Measure(quantity="deaths", event="killed", place=place))
    figs = [count("a", 37, "The nation's road toll has risen to 37."),
            count("a", 18, "New South Wales has recorded 18 deaths.", "New South Wales"),
            count("a", 7, "Seven people have died on Queensland roads, 7 deaths.", "Queensland"),
            count("b", 26, "Police say 26 deaths were recorded in Australia.", "Australia"),
            count("b", 2, "There were 2 deaths in South Australia.", "South Australia")]
    keys = {f.value: f.metric for f in assign_metrics(figs)}
    assert keys[26] == keys[37] and keys[18] != keys[37], keys


def test_nation_reads_each_place_once(monkeypatch):
    # a corpus of many stories names hundreds of places: each is looked up in the table once, not once per pair
    # (300 places took 1.2 s, 1,000 took 10 s)
    from newsfigures.compare import nation
    calls, read = [], nation.places_named
    monkeypatch.setattr(nation, "places_named", lambda p: calls.append(p) or read(p))
    places = [f"Town {n}" for n in range(40)] + ["New South Wales", "South Australia", "Australia"]
    assert story_countries(places) == {"Australia"}
    assert len(calls) <= len(places), len(calls)


def test_nation_a_national_rate_keeps_its_country():
    # "Tornadoes kill about 70 people in the United States each year" in a story counted state by state is a rate
    # per year, not the story's toll: keyed with the story's "16 people killed" it paired as 70 vs 16
    from newsfigures.compare.metrics import assign_metrics
    from newsfigures.model import Figure, Measure

    def count(article, value, sentence, place="", scope="total"):
        text = str(value)
        start = sentence.index(text)
        return Figure(article_id=article, source_file=f"{article}.txt", text=text, start=start, end=start + len(text),
                      sentence=sentence, value=value, low=value, high=value, qualifier="", unit="", counted="people",
                      event="killed", as_of="", said_by="", metric="", place=place, counted_lemma="people",
                      sentence_start=0, measure=Measure(quantity="deaths", event="killed", place=place, scope=scope))
    figs = [count("a", 12, "Tornadoes killed 12 people in Oklahoma on Sunday.", "Oklahoma"),
            count("a", 4, "Tornadoes killed 4 people in Texas.", "Texas"),
            count("a", 70, "Tornadoes kill about 70 people in the United States each year.", "United States", "annual"),
            count("b", 16, "The storms killed 16 people, officials said.")]
    keys = {f.value: f.metric for f in assign_metrics(figs)}
    assert keys[70] != keys[16], keys
