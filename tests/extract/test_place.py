"""Where a casualty-type figure is restricted to, on real sentences."""
from __future__ import annotations

import pytest

from newsfigures.extract.counted import duration_unit, resolve_counted
from newsfigures.extract.event import event_of
from newsfigures.extract.place import measure_place, place_of


def place(r, reading=place_of) -> str:
    dur = duration_unit(r.doc, r.mention)
    noun, _phrase, lemma = resolve_counted(r.num, r.span, r.ctx, r.mention, dur)
    event_tok = event_of(r.num, noun, r.span, r.ctx, lemma, r.mention.kind, dur)[1]
    return reading(noun, event_tok, r.num)


@pytest.mark.parametrize("text,surface,expected", [
    ("The death toll in Israel increases to more than 750 with over 2,000 injured.", "more than 750", "Israel"),
    ("More than 300 people were killed in Myanmar.", "More than 300", "Myanmar"),
    ("There were 1,500 deaths across the Gaza Strip.", "1,500", "Gaza Strip"),  # without "the"
    ("Indonesia has reported 28,000 dead.", "28,000", "Indonesia"),  # a country reporting its own toll
    ("India says 10,000 people are dead.", "10,000", ""),  # people are no toll of its own
    ("About 2,000 soldiers were killed, officials said.", "About 2,000", ""),
    # the place on the figure's own verb (Wikinews 2004 tsunami; a Gaza current-events item)
    ("A U.N. official said that the death toll might eventually approach 80,000 in Indonesia alone.", "80,000",
     "Indonesia"),
    ("Around 37 Palestinians have been killed in Israeli attacks in the past 24 hours, increasing the Palestinian "
     "death toll in Gaza to 44,466.", "44,466", "Gaza"),
])
def test_place_of(read, text, surface, expected):
    assert place(read(text, surface)) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # every named place the figure's own words give, as place_of reads it
    ("More than 300 people were killed in Myanmar.", "More than 300", "Myanmar"),
    ("Indonesia has reported 28,000 dead.", "28,000", "Indonesia"),
    ("About 2,000 soldiers were killed, officials said.", "About 2,000", ""),
    # the place of the figure's cause (Turkey-Syria earthquake, Gaza war)
    ("The death toll from the earthquakes in Turkey increases to 43,850, as the World Health Organization declares "
     "northwestern Syria as the zone of greatest concern.", "43,850", "Turkey"),
    ("The death toll from the Israeli airstrikes in the Gaza Strip increases to 687 people, with more than 3,800 "
     "injured.", "687", "Gaza Strip"),
    ("Israeli Air Force airstrikes in Jabalia kill at least 90 people, according to the Gaza Health Ministry.",
     "at least 90", "Jabalia"),
    ("At least eight people are killed and dozens are wounded in Israeli strikes across the Gaza Strip, bringing "
     "the confirmed Palestinian death toll to over 41,000.", "dozens", "Gaza Strip"),
    # a site: named (Gaza war) or a common noun of a place (Gaza war; Valech report)
    ("At least 471 people are killed and 314 others are injured by an explosion at Al-Ahli Arab Hospital in Gaza "
     "City, according to the Hamas-run Gaza Ministry of Health.", "314", "Al-Ahli Arab Hospital"),
    ("Israeli strikes kill at least 30 people, including six children, at a water collection zone, bringing the "
     "official death toll in Gaza to over 58,000.", "at least 30", "water collection zone"),
    ("According to the Gaza Health Ministry, fourteen Palestinians are killed and 150 others are injured by Israeli "
     "gunfire at an aid distribution site near Rafah, Gaza.", "150", "aid distribution site near Rafah"),
    ("In 3,059 cases, the detainees were kept in CNI facilities.", "3,059", "CNI facilities"),
    # a place that sets the scene restricts nothing (Turkey-Syria earthquake, Texas floods)
    ("The death toll from the earthquakes in Turkey and Syria increases to 21,051.", "21,051", ""),
    ("At least 59,000 people are killed in Turkey and Syria as a magnitude 7.8 earthquake strikes Gaziantep "
     "Province.", "At least 59,000", ""),
    ("The death toll from the flooding in Central Texas, United States, increases to 104, including 28 children.",
     "104", ""),
])
def test_place_measure_place(read, text, surface, expected):
    assert place(read(text, surface), measure_place) == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the figure's `place` keeps the named place of its own words, which the corpus metric keys build on
    ("At least 471 people are killed and 314 others are injured by an explosion at Al-Ahli Arab Hospital in Gaza "
     "City.", "314", ""),
    ("At least 59,000 people are killed in Turkey and Syria as a magnitude 7.8 earthquake strikes Gaziantep "
     "Province.", "At least 59,000", "Turkey"),
])
def test_place_of_reads_named_places_only(read, text, surface, expected):
    assert place(read(text, surface)) == expected
