"""What the main parse already read of an article's places (extract/read_places.py), and the scene step reading them
instead of running the recogniser over the whole article again (scene.py: `apart`, `settings`)."""
from __future__ import annotations

import pytest

from newsfigures.extract import extract_figures
from newsfigures.extract.read_places import Named, Read, places_in, read_of, unread
from newsfigures.extract.scene import ARTICLE_CHARS, apart, events_places
from newsfigures.extract.windows import Piece
from newsfigures.model import Article


@pytest.mark.parametrize("spans,limit,expected", [
    # the text before, between and after the stretches the windows read
    (((5, 10), (15, 20)), 25, [(0, "aaaaa"), (10, "ccccc"), (20, "eeeee")]),
    # nothing read: the whole text, up to the limit
    ((), 12, [(0, "aaaaabbbbbcc")]),
    # a window past the limit: the text up to it only
    (((5, 30),), 25, [(0, "aaaaa")]),
])
def test_read_places_unread(spans, limit, expected):
    text = "aaaaabbbbbcccccdddddeeeee"
    assert unread(text, Read((), spans), limit) == expected


def test_read_places_places_in_skips_the_words_before_a_window(nlp):
    # the window's first word is parsed only as context (windows.lead_start): its place is the sentence before's
    text = "Perth. Floods have cut off 300 homes in Brisbane."
    piece = Piece(100, text, (), lead=len("Perth. "))
    assert places_in(nlp(text), piece) == (Named("Brisbane", 100 + text.index("Brisbane")),)


def test_read_places_read_of_keeps_the_places_and_the_own_text_read():
    read = read_of([Piece(0, "abc", ()), Piece(10, "xdef", (), lead=1)], [Named("Gaza", 2), Named("Rafah", 12)])
    assert read.spans == ((0, 3), (11, 14))
    assert read.places == (Named("Gaza", 2), Named("Rafah", 12))


def test_read_places_events_places_leave_a_reference_point_and_the_text_past_the_limit():
    text = "Fires in Goulburn, south-west of Sydney, spread to Gunning." + " " * ARTICLE_CHARS + "Perth"
    named = [Named(n, text.index(n)) for n in ("Goulburn", "Sydney", "Gunning", "Perth")]
    assert events_places(Read(tuple(named)), text) == ["Goulburn", "Gunning"]


@pytest.mark.parametrize("names,opening,expected", [
    # a town none of whose words the opening holds: beside no scene the opening can name
    (["Jenin"], "Israeli troops have raided homes in Nablus for a third day.", True),
    # the opening's own place, a country beside it, or a name within it: no sign of another place yet
    (["Nablus", "Israel"], "Israeli troops have raided homes in Nablus for a third day.", False),
    (["Gaza"], "A stand-off is continuing in Gaza City between police and protesters.", False),
    # two names sharing no word whose words the opening does not all hold: no one scene is beside both
    (["Sydney", "Harbour Bridge"], "Crowds gathered in Sydney for the fireworks.", True),
    # ... unless the opening holds them all (a scene "Sydney Harbour Bridge" is around both)
    (["Sydney", "Harbour Bridge"], "Crowds gathered at the Sydney Harbour Bridge for the fireworks.", False),
])
def test_scene_apart(names, opening, expected):
    assert apart(names, opening) is expected


def test_scene_reads_a_place_no_window_read(nlp):
    # "Jenin" is in a sentence with no figure, which the main parse does not read: the recogniser still finds it
    text = ("Israeli troops have raided homes in Nablus for a third day. The council says 12 houses were damaged. "
            "Residents said the soldiers later moved on towards Jenin.")
    figs = extract_figures(Article(id="a", text=text, raw_text=text), nlp)
    assert [f.measure.place for f in figs if f.text == "12"] == [""]
