"""E3 of GUIDE revision 2 (extract/dated.py): a time that dates an event takes that event, never its anchor's."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,surface,expected", [
    # the clause a dating time modifies, not the anchor's verb (turkey_syria_earthquake 2023-02-20_1)
    ("The tremor comes nine days after the first quake destroyed much of the city.", "nine days", "other:come"),
    # a time said of an event noun dates the noun (lee bg_169), or the act of its "of" phrase (lee bg_251)
    ("They were jailed for their part in riots soon after the country's election two years ago.", "two years",
     "other:election"),
    ("The bureau says there are signs of recovery in retail sales four months after the floods.", "four months",
     "other:recovery"),
    # "ago" dates no present or present perfect: the event noun before it (lee bg_167, bg_283)
    ("A man has been charged over the bombing in the capital six months ago.", "six months", "other:bombing"),
    ("The coach says the win makes up for the club's defeat against Leeds in Cardiff three years ago.", "three years",
     "other:defeat"),
    # a time set between its clause's subject and verb follows the subject's event noun: GUIDE E3's own example, "the
    # strike four years ago" -> other:strike, whatever tense the verb after it has (review25)
    ("The strike three weeks ago cost the airline $50 million.", "three weeks", "other:strike"),
    ("The election two years ago gave the party 60 seats.", "two years", "other:election"),
    # a verb in the past is what "ago" dates; a casualty verb keeps its class; a report is a statement
    ("Workers downed tools two weeks ago over the pay dispute.", "two weeks", "other:down"),
    ("The pilot died about two hours later in hospital.", "about two hours", "killed"),
    ("Police said two days ago that the road was closed.", "two days", "said"),
    # no dating word after the time: not E3
    ("The centre was quiet after three days of detainee riots.", "three days", "other:riot"),
])
def test_dated_event_of_a_time(measures, text, surface, expected):
    assert measures(text)[surface].event == expected
