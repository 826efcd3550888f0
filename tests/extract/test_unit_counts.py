"""Numbers of units of measure the number parser did not read as its unit (extract/unit_counts.py): a
measurement of the unit's dimension (GUIDE: distance, duration, mass, area), read through the whole extractor on
sentences in the style of the dev evidence."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.unit_counts import unit_word_dimension
from newsfigures.model import Article


def _first(nlp, text: str):
    return extract_figures(Article(id="a", text=text, raw_text=text), nlp)[0].measure


@pytest.mark.parametrize("word,dimension", [
    ("hectares", "area"), ("kilometres", "length"), ("Metres", "length"), ("tonnes", "mass"), ("hour", ""),
    ("degrees", ""), ("blocks", ""), ("people", ""),
])
def test_unit_counts_unit_word_dimension(word, dimension):
    assert unit_word_dimension(word) == dimension


def test_unit_counts_unit_of_time_only_when_asked():
    assert unit_word_dimension("hour", times=True) == "duration"


@pytest.mark.parametrize("text,quantity,dimension,event", [
    # a vague number of units: what the verb did to the area or the length keeps its event (E1, E2)
    ("Fires have burned thousands of hectares west of the city.", "area", "area", "other:burn"),
    # ... and the measure of a thing named after it only measures, as "three tonnes of equipment" does
    ("Fires have burned thousands of hectares of bushland west of the city.", "area", "area", "measured"),
    ("The cyclone travelled hundreds of kilometres before it crossed the coast.", "distance", "length",
     "other:travel"),
    # two words that are one unit of the parser's table: an area, not a length
    ("Floods covered hundreds of square miles in the north.", "area", "area", "other:cover"),
    # a unit the parser could not join to its number (Lee bg_232: "the first 15 [metres]")
    ("He says he wants to nail the first 15 [metres] under water.", "distance", "length", "measured"),
    # a fraction of a unit of time is a time (Lee bg_118: "taking more than half an hour for his 12 runs")
    ("The opener batted for more than half an hour before he was caught.", "duration", "duration", "other:bat"),
    # a unit and a half is a time or a length, not a share (stop 63, `numbers.unit_and_half`)
    ("He was jailed for a year and a half for the fraud.", "duration", "duration", "other:jail"),
    ("The storm surge reached a mile and a half inland.", "distance", "length", "other:reach"),
])
def test_unit_counts_measure_through_the_extractor(nlp, text, quantity, dimension, event):
    m = _first(nlp, text)
    assert (m.quantity, m.dimension, m.event) == (quantity, dimension, event)


@pytest.mark.parametrize("text,unit", [
    ("The cyclone travelled hundreds of kilometres before it crossed the coast.", "km"),
    ("He says he wants to nail the first 15 [metres] under water.", "meter"),
    ("The opener batted for more than half an hour before he was caught.", "hour"),
    ("Floods covered hundreds of square miles in the north.", "mile2"),
    ("Each repair takes an hour and a half, the company said.", "hour"),
    ("He served two years and a half in prison.", "year"),
])
def test_unit_counts_figure_takes_the_unit(nlp, text, unit):
    """The figure carries the unit, so a comparison converts it ("hundreds of metres" is not "2 km" read as 2)."""
    fig = extract_figures(Article(id="a", text=text, raw_text=text), nlp)[0]
    assert fig.unit == unit


@pytest.mark.parametrize("text,quantity,dimension", [
    ("The bomb exploded just four blocks from the parliament.", "block", "count"),  # no unit of measure
    ("More than half of the 300 residents have left.", "share", "fraction"),  # a share of persons stays a share
    # a time unit counted by a cardinal is no measurement here: "the day" of a score is when it was made
    ("Australia resumed, starting the day at 2 for 17.", "wicket", "count"),
])
def test_unit_counts_leave_other_counts(nlp, text, quantity, dimension):
    m = _first(nlp, text)
    assert (m.quantity, m.dimension) == (quantity, dimension)



@pytest.mark.parametrize("text,unit,dimension", [
    # a fraction of a unit's possession is a part of what the unit owns, not a time ...
    ("Workers will lose half a day's pay for every day they strike.", "", "fraction"),
    ("Half a month's rain fell on the city in a single night.", "", "fraction"),
    # ... unless what it owns is an act, which the time sizes (GUIDE revision 2, settled points)
    ("The camp is half an hour's drive from the border.", "hour", "duration"),
    # a word that makes the unit another one: a volume, a nautical mile (not a statute mile), an area
    ("The pipeline will carry 55 billion cubic metres of gas a year.", "m3", "volume"),
    ("Hundreds of cubic metres of water were pumped out of the mine.", "m3", "volume"),
    ("The trawler was seized hundreds of nautical miles off the coast.", "nmi", "length"),
    ("The new mall covers thousands of square yards.", "yd2", "area"),
    # ... and one neither table has is no unit, rather than the bare unit's length
    ("The engine has hundreds of cubic inches more than its rival.", "", "count"),
])
def test_unit_counts_modified_and_owning_units(nlp, text, unit, dimension):
    """The figure takes the unit it measures, or none, never the unit of another dimension or size."""
    fig = extract_figures(Article(id="a", text=text, raw_text=text), nlp)[0]
    assert (fig.unit, fig.measure.dimension) == (unit, dimension)


@pytest.mark.parametrize("text,surface,unit,dimension,quantity", [
    # points that move a per cent are percentage points, of what the per cent measures (stop 42, 44, 59 probes:
    # polls and elections; a wholesale price index's rate in the Reuters archive)
    ("Support for the opposition rose by two points to 34 per cent, a survey showed.", "two", "percentage_point",
     "percentage_point", "support"),
    ("Support for the governing party had dropped by 4 points to 27 per cent.", "4", "percentage_point",
     "percentage_point", "support"),
    ("The nationalist party came second with 18.9 percent, up 6.2 points from the last election.", "6.2",
     "percentage_point", "percentage_point", "point"),
    # an index's points and a game's are not
    ("The Dow Jones index fell 52 points to 10,450.", "52", "", "points", "index_level"),
    ("The Lakers won by 12 points.", "12", "", "count", "point"),
])
def test_unit_counts_points_of_a_per_cent(figures_by_surface, text, surface, unit, dimension, quantity):
    fig = figures_by_surface(text)[surface]
    assert (fig.unit, fig.measure.dimension, fig.measure.quantity) == (unit, dimension, quantity)
