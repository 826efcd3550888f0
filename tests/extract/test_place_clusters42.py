"""Stop 42's blind probe (place) of a country named only as the possessor or modifier of a body or office of its
polity in a story's opening ("New Zealand's ruling Labour Party won 64 seats", "The US Senate passed", "Spain's
Transport Minister resigned": the wire probe's PLACE_POLITY rows), where GUIDE P1 gives the polity ("when the whole
article reports events at one place ... where its election or meeting happens, as its title, dateline or opening
names it, that place for every figure of those events").

Near misses the mend must not change: a company, a central bank, a team, a space agency, an army or a police force a
nationality modifies (P1: "a company's accounts, a market, or a figure of an organisation take a place only when the
text restricts them"; the dev gold gives no place to "Australia's Commonwealth Bank" cor_048, "Indian security
forces" and "Pakistani police" bg_001, "The Israeli Army" bg_116), a named party that does not rule (dev wn2004_046),
an opening with two polities (the figure spans both), an age (the guide's settled point: an age takes no place by
P1), and a match venue named in the opening.

Invented short wire articles (title line, then the body) over seven domains, every label written from
tests/gold/measures/GUIDE.md before the code was run and read against it a second time; places compared by the
evaluation's name rule. Rows marked with a reason are readings the extractor does not make (strict xfail).

Blind run on main's code: 11 of 29 (every near miss; no polity read from a lede). After this round's mend
(polity.lede_polity, the opening's owner of a body of its polity): 26 of 29, every near miss kept."""
from __future__ import annotations

import pytest

from conftest import gap

from newsfigures.eval.measure_rules import name_ok

HEADLINE_PARSE = gap("the parser reads the headline 'Kenyan parliament votes to impeach deputy' as a noun phrase "
                     "headed by 'votes' ('Kenyan' its modifier, 'parliament' a compound), so no place owns the "
                     "parliament; the lede names none")
AGE_UNREAD = gap("'The 64-year-old former finance minister' at a sentence's start: the age is not extracted (the "
                 "wire probe's age causes), so no row reads it; the polity is not given to an age (polity.PERSONAL)")
VENUE_UNREAD = gap("'won 12 gold medals at the world championships in Doha': the place of the event the medals were "
                   "won at is not read (a venue one hop on from the figure's 'at' phrase); not this round's "
                   "construction, and the team's nationality gives no place either way")

ROWS = [
    # politics: a body or office of the polity in the opening
    ("politics", "Ruling party loses ground\nCanada's ruling Liberal Party won 152 seats in Monday's general "
     "election, down from 160 at the last vote, officials said.", "152", "Canada"),
    ("politics", "Ruling party loses ground\nCanada's ruling Liberal Party won 152 seats in Monday's general "
     "election, down from 160 at the last vote, officials said.", "160", "Canada"),
    ("politics", "Senate passes defence bill\nThe Brazilian Senate passed a defence spending bill on Wednesday by 52 "
     "votes to 19. The bill now goes to the lower house.", "52", "Brazil"),
    ("politics", "Minister resigns\nIndia's Finance Minister Arjun Mehta resigned on Friday, a day after a report "
     "found that 14 state contracts had gone to his relatives. Parliament will debate the report next week.", "14",
     "India"),
    ("politics", "Government wins confidence vote\nThe Italian government won a confidence vote in the Senate on "
     "Tuesday with 98 votes in favour. The opposition said 12 of its senators had been absent.", "98", "Italy"),
    ("politics", "Government wins confidence vote\nThe Italian government won a confidence vote in the Senate on "
     "Tuesday with 98 votes in favour. The opposition said 12 of its senators had been absent.", "12", "Italy"),
    pytest.param("politics", "Kenyan parliament votes to impeach deputy\nLawmakers voted by 281 votes to 44 on "
                 "Tuesday to remove the deputy president.", "281", "Kenya", marks=HEADLINE_PARSE),
    ("politics", "Prime minister sworn in\nJapan's parliament elected Kenji Sato as prime minister on Monday with 281 "
     "votes. The 64-year-old former finance minister takes office on Wednesday.", "281", "Japan"),
    # politics near misses: an age, a named party's own vote, two polities
    pytest.param("politics", "Prime minister sworn in\nJapan's parliament elected Kenji Sato as prime minister on "
                 "Monday with 281 votes. The 64-year-old former finance minister takes office on Wednesday.",
                 "64-year-old", "", marks=AGE_UNREAD),
    ("politics", "Green Party re-elects leader\nAustria's Green Party re-elected its leader on Saturday with 91 per "
     "cent of the delegates' votes.", "91 per cent", ""),
    ("politics", "Leaders agree tariff cut\nThe US President and China's Premier agreed on Tuesday to cut tariffs on "
     "300 goods, officials said after the summit.", "300", ""),
    # business: a parliament's vote; near misses: a company, a central bank
    ("business", "Parliament approves bank rescue\nGreece's parliament approved a bank rescue plan on Friday by 160 "
     "votes to 130.", "160", "Greece"),
    ("business", "Toyota profit jumps\nJapan's Toyota said on Tuesday its quarterly operating profit rose 14 per "
     "cent, helped by a weak yen.", "14 per cent", ""),
    ("business", "Rates on hold\nAustralia's Reserve Bank left its cash rate at 4.35 per cent on Tuesday, citing "
     "slowing inflation.", "4.35 per cent", ""),
    ("business", "Carmaker to cut jobs\nSwedish carmaker Nordvik said it would cut 2,000 jobs after sales fell 9 per "
     "cent.", "2,000", ""),
    # health: a national ministry's count, a government's budget; near miss: a drugmaker
    ("health", "Measles cases climb\nNew Zealand's Health Ministry reported 112 new measles cases on Monday, bringing "
     "the total this year to 1,430.", "112", "New Zealand"),
    ("health", "Measles cases climb\nNew Zealand's Health Ministry reported 112 new measles cases on Monday, bringing "
     "the total this year to 1,430.", "1,430", "New Zealand"),
    ("health", "Government raises health budget\nThe Irish government will raise health spending by 8 per cent next "
     "year, the health minister told parliament on Tuesday.", "8 per cent", "Ireland"),
    ("health", "Vaccine trial results\nSwiss drugmaker Helvex said its vaccine cut infections by 60 per cent in a "
     "trial of 3,000 adults.", "60 per cent", ""),
    # crime and courts: a minister's inquiry, a court's seat (P4); near miss: a police force
    ("crime", "Justice minister orders inquiry\nBelgium's Justice Minister ordered an inquiry on Monday after 11 "
     "inmates escaped from prisons this year.", "11", "Belgium"),
    ("crime", "Smugglers jailed\nA French court jailed four men on Wednesday for smuggling migrants.", "four",
     "France"),
    ("crime", "Police arrest suspects\nPakistani police arrested 30 suspected militants in raids overnight, officials "
     "said.", "30", ""),
    # sport: a minister's spending; near misses: a team, a venue the opening names
    ("sport", "Minister pledges school sport cash\nIreland's Sports Minister said on Monday the government would "
     "spend 200 million euros on school sport.", "200 million euros", "Ireland"),
    ("sport", "Squad named\nNew Zealand's rugby team named 33 players on Monday for next month's tour.", "33", ""),
    pytest.param("sport", "Swimmers top medal table\nAustralia's swimming team won 12 gold medals at the world "
                 "championships in Doha on Sunday.", "12", "Doha", marks=VENUE_UNREAD),
    # science: a government's research spending; near miss: a space agency
    ("science", "Government funds quantum research\nThe German government will spend 3 billion euros on quantum "
     "research, the research ministry said on Thursday.", "3 billion euros", "Germany"),
    ("science", "Probe nears the Moon\nIndia's space agency said its lunar probe had travelled 380,000 kilometres "
     "since launch.", "380,000 kilometres", ""),
    # conflict: a parliament's decree; near miss: an army
    ("conflict", "Martial law extended\nUkraine's parliament extended martial law by 90 days on Tuesday.", "90 days",
     "Ukraine"),
    ("conflict", "Troops kill gunmen\nThe Israeli army killed four gunmen in a raid on Tuesday, the military said.",
     "four", ""),
]


def _figure(figures: dict, surface: str):
    """The figure written `surface`, else the one whose text `surface` holds (a surface cut at its number)."""
    if surface in figures:
        return figures[surface]
    return next(f for text, f in figures.items() if text in surface)


@pytest.mark.parametrize("domain,text,surface,expected", ROWS)
def test_place_clusters42_polity_body(figures_by_surface, domain, text, surface, expected):
    place = _figure(figures_by_surface(text), surface).measure.place
    assert name_ok(place, expected), place
