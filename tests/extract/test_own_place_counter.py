"""The place that counts a figure as its own: a named place subject of a verb of counting whose object is the
figure (own_place_counter.py; GUIDE P1, P2)."""
from __future__ import annotations

import pytest

READ = [
    # lee bg_002: the tagger makes the opening state an organisation and "recorded" an adjective on "deaths"
    ("Western Australia, the Northern Territory and South Australia have each recorded three deaths, while the ACT "
     "and Tasmania remain fatality free. Twenty people have died on roads in Victoria.", "three",
     "Western Australia; Northern Territory; South Australia"),
    ("Zambia has recorded 1,200 cholera cases since October. A separate outbreak was reported in Lusaka.", "1,200",
     "Zambia"),
    ("Ohio reported turnout of 71 percent. Campaigning continued in Abuja.", "71 percent", "Ohio"),
]

NOT_READ = [
    # a place that acts, not one that counts (stop 36 measured the acting subject unsafe)
    ("Australia has pledged $10 million in aid. Campaigning continued in Abuja.", "$10 million"),
    # a company, and a place-named body that speaks about a count
    ("The Sydney company reported a profit of $40 million. Its shares are listed in London.", "$40 million"),
    ("Washington officials said 40 militants were killed. Separately, clashes were reported in Mosul.", "40"),
    # a wire dateline the parser makes a second subject (test_place_domains' business row)
    ("LONDON (Reuters) - Acme Bank reported a pretax profit of 4.2 billion pounds for the first half on Wednesday.",
     "4.2 billion pounds"),
]


@pytest.mark.parametrize("text,surface,expected", READ)
def test_own_place_counter_reads_counting_subject(measures, text, surface, expected):
    assert measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface", NOT_READ)
def test_own_place_counter_not_read(measures, text, surface):
    assert measures(text)[surface].place == ""
