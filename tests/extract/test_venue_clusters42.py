"""Stop 42's blind probe (place) of match scores with a venue: the place of each side's number of a dash score, and of
a winning margin, when the sentence names the ground or the town ("beat Wales 24-10 at Twickenham", "in Brisbane",
"by 184 runs at the MCG"). The first score round (146cc43, tests/extract/test_score_clusters42.py) found that a score
figure lost its venue once its subject was a named side; this table checks the place in six sports.

Every label was written from tests/gold/measures/GUIDE.md before the code ran and read against it a second time: P1
(the place the sentence restricts the figure to; else the one match the article's opening places, for every figure
of it), P3 (the name alone: "the MCG" -> "MCG"; "Stadio" of a name stays) and P4 (a named site where the counted
event happened is its place). Ordinary invented wire sentences, no corpus, gold or test sentence copied. Near misses
the mend must not change: a score whose sentence names no place ("" by P1), a place the sentence gives another event
("before flying to Madrid"), and counts of other domains whose named doer or owner keeps its own "in X" place.

Rows are (text, anchor, k, place): the k-th number written in `anchor`, a string found once in `text`. Rows marked
with a reason are readings the extractor does not make (strict xfail).

Blind run on main 3214790: 12 of 32 (sport 8/28: the glued scores are not extracted; near misses of other domains
4/4). Under the re-landed score mend (146cc43) alone: 17 of 32. With extract/score_place.py (the result clause's venue
or town, on its verb, result noun, margin noun or either side) and setting.score_side (a score's side takes the
match's setting though it counts nothing named, and a side named by its country is no other country's figure): 27
of 32, every near miss kept, dev output identical; but the held-out floors test failed (test-lee place 0.6087 <
0.61, against 0.553 under 146cc43 alone), so both were reverted on wt-scores2 (its history keeps them): on main the
table stands at its blind 12 of 32. Stop 57's sides reader (extract/match_result.py) gives a score's numbers their
quantity ("goal", or "score" when the article names no goals), and a figure with a quantity takes the sentence's
town: 16 of 32.
"""
from __future__ import annotations

import pytest

from conftest import gap
from extract.score_rows import figure_at, figures_reader, number_at

from newsfigures.eval.measure_rules import name_ok

PUBLISHED = "2025-09-02"
GLUED = gap("the score after a team's name is not extracted, or only its second number: the first is read as part of "
            "the name ('Chelsea 3', numbers/nonfigures.is_name) or the tagger's entity over the name and the score "
            "drops it (the mend, 146cc43 re-landed on wt-scores2, was reverted again with the place mend: the test-lee "
            "place floor fell, 0.6087 < 0.61)")
SCORE_AS_DATE = gap("the tagger reads the score '24-10' as a DATE, and a cardinal in a time entity is no figure "
                    "(mentions._is_not_a_figure): the score is not extracted")
VENUE_AT = gap("the result's own 'at <ground>' is not read: the score's numbers hang on the verb as an adverbial or on "
               "'win', a margin's on 'by', and 'at' is read only before a name tagged a place or a building, where a "
               "ground is mostly tagged an organisation or nothing ('the MCG', 'Murrayfield', 'Stadio Maradona'); "
               "extract/score_place.py on wt-scores2 read it and was reverted with the score mend")
NO_SCENE = gap("the opening names no match noun and its ground is tagged an organisation ('at Murrayfield', ORG): "
               "no setting is read for the article's later figures (setting.setting_of reads a labelled place, "
               "match_site.py a venue only on a match noun)")


SPORT = [
    # football
    pytest.param("Leeds beat Everton 2-1 at Elland Road on Saturday.", "2-1", 0, "Elland Road", marks=GLUED),
    pytest.param("Leeds beat Everton 2-1 at Elland Road on Saturday.", "2-1", 1, "Elland Road", marks=GLUED),
    ("Rangers drew 1-1 with Hearts in Glasgow on Sunday.", "1-1", 0, "Glasgow"),
    ("Rangers drew 1-1 with Hearts in Glasgow on Sunday.", "1-1", 1, "Glasgow"),
    pytest.param("Napoli's 3-0 win over Lazio at the Stadio Maradona kept them top of the table.",
                 "3-0", 0, "Stadio Maradona", marks=VENUE_AT),
    pytest.param("Napoli's 3-0 win over Lazio at the Stadio Maradona kept them top of the table.",
                 "3-0", 1, "Stadio Maradona", marks=VENUE_AT),
    # rugby union and rugby league
    pytest.param("England beat Wales 24-10 at Twickenham on Saturday.", "24-10", 0, "Twickenham", marks=SCORE_AS_DATE),
    pytest.param("England beat Wales 24-10 at Twickenham on Saturday.", "24-10", 1, "Twickenham", marks=SCORE_AS_DATE),
    ("Ireland lost 19-16 to France in Paris on Saturday.", "19-16", 0, "Paris"),
    ("Ireland lost 19-16 to France in Paris on Saturday.", "19-16", 1, "Paris"),
    pytest.param("The Broncos beat the Storm 26-18 in Brisbane on Friday night.", "26-18", 0, "Brisbane", marks=GLUED),
    ("The Broncos beat the Storm 26-18 in Brisbane on Friday night.", "26-18", 1, "Brisbane"),
    pytest.param("Scotland beat Italy 31-17 at Murrayfield on Saturday. Their fly-half kicked 16 points.",
                 "31-17", 0, "Murrayfield", marks=GLUED),
    pytest.param("Scotland beat Italy 31-17 at Murrayfield on Saturday. Their fly-half kicked 16 points.",
                 "16 points", 0, "Murrayfield", marks=NO_SCENE),  # P1: the one match the opening places
    # cricket (margins)
    pytest.param("Australia beat India by 184 runs at the MCG on Monday.", "184", 0, "MCG", marks=VENUE_AT),
    ("Pakistan won the second Test in Karachi by eight wickets.", "eight", 0, "Karachi"),
    # tennis
    pytest.param("Maria Lopez beat Anna Berg 6-3 6-4 in Madrid on Tuesday.", "6-3", 0, "Madrid", marks=GLUED),
    ("Maria Lopez beat Anna Berg 6-3 6-4 in Madrid on Tuesday.", "6-3", 1, "Madrid"),
    # basketball
    pytest.param("The Celtics beat the Knicks 110-98 at Madison Square Garden on Friday.",
                 "110-98", 0, "Madison Square Garden", marks=GLUED),
    ("The Celtics beat the Knicks 110-98 at Madison Square Garden on Friday.", "110-98", 1, "Madison Square Garden"),
    # ice hockey
    pytest.param("Finland beat Sweden 4-2 in Helsinki on Sunday.", "4-2", 0, "Helsinki", marks=GLUED),
    ("Finland beat Sweden 4-2 in Helsinki on Sunday.", "4-2", 1, "Helsinki"),
    ("The Oilers were beaten 5-3 by the Flames in Calgary on Thursday.", "5-3", 0, "Calgary"),
    ("The Oilers were beaten 5-3 by the Flames in Calgary on Thursday.", "5-3", 1, "Calgary"),
    # near misses: no place named; a place of another event
    pytest.param("Manchester United beat Arsenal 2-0 on Saturday.", "2-0", 0, "", marks=GLUED),
    pytest.param("Manchester United beat Arsenal 2-0 on Saturday.", "2-0", 1, "", marks=GLUED),
    ("Celtic won 2-0 away to Hibernian on Saturday.", "2-0", 0, ""),
    pytest.param("Arsenal beat Chelsea 2-0 on Saturday before flying to Madrid.", "2-0", 0, "", marks=GLUED),
]

# near misses of other domains: a named doer or owner keeps the place its own sentence gives the count
BUSINESS = [("Toyota sold 3,000 cars in Brazil last month.", "3,000", 0, "Brazil")]
CONFLICT = [("Rebels killed 12 soldiers in Goma on Sunday.", "12", 0, "Goma")]
POLITICS = [("Labour won 42 seats in Wales.", "42", 0, "Wales")]
HEALTH = [("Cholera killed 14 people in Kano last week.", "14", 0, "Kano")]


@pytest.fixture(scope="module")
def figures(nlp):
    """figures(text) -> every figure extracted from `text`, one extraction per text."""
    return figures_reader(nlp, PUBLISHED)


def place_ok(found: list, text: str, anchor: str, k: int, expected: str) -> bool:
    """The number starts a figure of its own (no range over both sides) whose measure's place is `expected` (no
    place when "")."""
    at = number_at(text, anchor, k)
    fig = figure_at(found, at)
    if fig is None or fig.start != at or fig.qualifier == "range" or fig.measure is None:
        return False
    return name_ok(fig.measure.place, expected) if expected else fig.measure.place == ""


@pytest.mark.parametrize("text,anchor,k,expected", SPORT)
def test_venue_clusters42_sport(figures, text, anchor, k, expected):
    assert place_ok(figures(text), text, anchor, k, expected)


@pytest.mark.parametrize("text,anchor,k,expected", BUSINESS)
def test_venue_clusters42_business(figures, text, anchor, k, expected):
    assert place_ok(figures(text), text, anchor, k, expected)


@pytest.mark.parametrize("text,anchor,k,expected", CONFLICT)
def test_venue_clusters42_conflict(figures, text, anchor, k, expected):
    assert place_ok(figures(text), text, anchor, k, expected)


@pytest.mark.parametrize("text,anchor,k,expected", POLITICS)
def test_venue_clusters42_politics(figures, text, anchor, k, expected):
    assert place_ok(figures(text), text, anchor, k, expected)


@pytest.mark.parametrize("text,anchor,k,expected", HEALTH)
def test_venue_clusters42_health(figures, text, anchor, k, expected):
    assert place_ok(figures(text), text, anchor, k, expected)
