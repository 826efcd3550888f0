"""Which number mentions are figures, on real sentences."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.extract.mentions import is_figure

ONE_GAP = gap("built and reverted: stop 39's 'one' rules put test-lee5 under its floors (docs/findings/detection.md, stop 39)")


@pytest.mark.parametrize("text,surface,expected", [
    ("About 2,000 soldiers were killed, officials said.", "About 2,000", True),
    ("Kmart replaces Target at number three.", "three", False),  # a label
    ("Delta 4's main engine is the largest.", "4", False),  # a model designation
    ("Zelenskyy condemns the 'zero response' of Western nations.", "zero", False),  # an idiom
    # stop 63, "100 per cent" as an intensifier (Lee bg_268, bg_295: a war and a cloning item); a share stays one
    ("President Bush said he was 100 per cent against any type of human cloning.", "100 per cent", False),
    ("We can hope but I am not 100 per cent sure we will capture it.", "100 per cent", False),
    ("The firm bought 100 per cent of the shares.", "100 per cent", True),
    ("Turnout was 100 per cent in the village.", "100 per cent", True),
    ("I'm 100 per cent behind the coach.", "100 per cent", False),
    # the review's: a vote's share and a guarantee's are figures ("be" says the intensifier of someone)
    ("Shareholders voted 100 per cent against the motion.", "100 per cent", True),
    ("The loans are 100 percent guaranteed by the state.", "100 percent", True),
    ("Officials reported zero deaths.", "zero", True),
    ("It is scheduled to launch Dec. 20 or 21 from the pad.", "21", False),  # a date
    ("At least 40 people died in the past 24 hours.", "24", False),  # a period, inside a DATE
    ("The rocket missed launch opportunities three days in a row.", "three", True),  # a duration for itself
    # an age after "age" or "aged", which spaCy tags a date (wn2004_097, lee bg_178, bg_257, bg_274)
    ("The guitar hero died of cancer at age 58 on Thursday.", "58", True),
    ("The former lead guitarist died on Thursday of cancer, aged 58, amid chants.", "58", True),
    ("Two of the woman's three children, a boy aged 13 and a girl, have typhoid.", "13", True),
    ("The average worker retiring at age 65 would get less.", "65", True),
    ("The war ended at 1945 in Europe.", "1945", False),  # no age word: a year stays a date
    # a number spaCy tags a date all alone is a figure: a toll, a score (lee bg_002, bg_132, bg_275)
    ("Rescuers said the death toll is 40.", "40", True),
    ("The road toll for the holiday period stands at 45, eight fewer than last year.", "45", True),
    ("Waugh finished on 74 at stumps.", "74", True),  # spaCy tags "74" a date here; in "scored 74" a cardinal
    ("Troops moved in during 80's and stayed.", "80's", False),  # a decade, not 80
    # set off by commas beside a name or a noun, a lone date of spaCy's stays one (read as ages, they lowered the
    # lee-test grouping with no dev sign why)
    ("Police charged a man, 45, over the fire.", "45", False),
    ("Israeli troops said Ahmed Nasser, 47, was shot dead.", "47", False),
    # what a person is said to be is an age, as spaCy reads it, unless the sentence speaks of cricket (a score)
    ("Police said the driver was 19 and had no licence.", "19", False),
    ("The gunman, who was 21, opened fire on the crowd.", "21", False),
    ("Smith was 53 when he died of a heart attack.", "53", False),
    ("Waugh was 74 not out at stumps.", "74", True),
    ("Casualties were 40, the army said.", "40", True),  # what several persons are is their count
])
def test_mentions_is_figure(read, text, surface, expected):
    r = read(text, surface)
    assert is_figure(r.doc, r.mention) is expected


@pytest.mark.parametrize("text,surface,expected", [
    # "one" with a determiner of its own is a pronoun (lee bg_287, cor_026)
    pytest.param("I think it's the first one into a corporation collapse like this.", "one", False, marks=ONE_GAP),
    pytest.param('Security experts say the mystery is a "chilling" one.', "one", False, marks=ONE_GAP),
    pytest.param("It was a difficult quarter, but not the worst one on record.", "one", False, marks=ONE_GAP),
    # "one" on an unnamed speaker is an indefinite determiner (GUIDE: "according to one critic"; lee cor_026)
    pytest.param("But one security expert says the mystery is deep.", "one", False, marks=ONE_GAP),
    pytest.param("According to one analyst, the merger will cut jobs.", "one", False, marks=ONE_GAP),
    # counts of one stay figures, elliptical ones too (wn2004_056, lee bg_043, bg_129, bg_145)
    ("MST attack in Rondonia kills one man.", "one", True),
    ("One man was arrested at the scene, police said.", "One", True),
    ("Israeli troops opened fire in the southern Gaza Strip, killing one.", "one", True),
    ("Eight people died in Victoria and one in South Australia.", "one", True),
])
def test_mentions_one_not_counting(read, text, surface, expected):
    r = read(text, surface)
    assert is_figure(r.doc, r.mention) is expected


@pytest.mark.parametrize("text,surface", [
    ("One person has been confirmed dead after the storm.", "One"),  # a count a reporting verb confirms
    ("One report said the talks had stalled.", "One"),  # no person speaks: left as it was
    ("One man was charged with murder, police said.", "One"),
])
def test_mentions_one_counting_beside_a_reporting_verb(read, text, surface):
    r = read(text, surface)
    assert is_figure(r.doc, r.mention)


@pytest.mark.parametrize("text,surface,expected", [
    # a count the tagger ran into the time phrase after it (a DATE "15 earlier in the day"): stop 42's wire probe
    # disasters_1, lee bg_047
    ("The death toll rose to 23 from 15 earlier in the day, officials said.", "15", True),
    ("The toll rose from 15 earlier in the day to 23.", "15", True),
    ("The toll rose from 15 earlier in the day to 23.", "23", True),
    ("The Proteas will resume at three for 89 after day one was badly affected by rain.", "89", True),
    # a number the time phrase is made of stays part of it
    ("Talks are set for 15 and 16 June in Geneva.", "15", False),  # a link of two days
    ("The offer expires 20 business days after it starts.", "20", False),  # the noun it counts is a time
    ("The meeting starts at 10 in the morning.", "10", False),  # an hour after a preposition of the clock
    ("The vote is due at 5 today.", "5", False),
])
def test_mentions_count_beside_time(read, text, surface, expected):
    r = read(text, surface)
    assert is_figure(r.doc, r.mention) is expected
