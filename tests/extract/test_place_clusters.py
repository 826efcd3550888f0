"""Stop 39's blind probe of one dev-failure cluster of the place readers: the act a casualty or other count happened
in names where it happened with "at" ("blasted several vehicles at Sharana ..., killing 14 people", lee bg_200;
"killed ... by an explosion at Al-Ahli Arab Hospital in Gaza City", 2023-10-17): the verb a participle clause of the
figure's own verb hangs on ("X exploded at a market in Y, killing 12"), or the act noun the figure's verb names as
its agent or "in" phrase ("killed in a shooting at a nightclub in Y"). GUIDE P1 (the place the sentence restricts the
figure to) and P4 (a named site where the counted event happened is its place; an unnamed one gives its town).

Invented wire sentences of the eight domains, each label written from the GUIDE before the code was run and read
against it a second time; near misses expect "": a time after "at" ("at dawn"), an unnamed site with no town, a
speaker's place ("speaking at a briefing in X, said"), a career's tally, a workplace. Rows marked with a reason are
readings the extractor does not make (strict xfail: a fix turns them into a pass that must be moved up).

Each row is read as a two-sentence passage whose second sentence names another place (`ELSEWHERE`), as the dev
articles of the cluster do: a one-sentence article takes its one place from the scene (scene.py's whole-article
condition), which the first run of the probe showed reads every row of one place alone, so it would not test the
sentence's own readers.

A second cluster's rows (marked "cluster 2"), labelled the same way before the code ran: a town written onto an
unnamed site in the figure's locative ("in the Christmas Island hospital", bg_178; "northern Gaza's Al-Shati refugee
camp", 2023-10-23), P4's "use its town". Measured and dropped at stop 39 (docs/findings/place.md); built at stop 65
(`hop_place._town_on_site`): five of its six rows pass, the sixth is a strict xfail (the town tagged a person).

A third cluster's rows (marked "stop 39 (place39b)"), labelled the same way before the code ran: a place written in
the figure's own sentence in no locative, the subject of a verb of counting ("Western Australia, the Northern
Territory and South Australia have each recorded three deaths", lee bg_002), with near misses a place-named event
(left), a place that acts ("Australia has pledged"), a speaker's or a body's home place ("Washington officials said",
"A Melbourne man", "The Sydney company"). Blind run 10 / 23; read by own_place_counter.py."""
from __future__ import annotations

import pytest

from conftest import gap
from probe_articles import ELSEWHERE

TOWN_AS_ORGANISATION = gap(
    "the town after 'at' is tagged an organisation and no gazetteer town: after 'at' an organisation is a "
    "workplace ('Staff at Qantas'), so it is not read (as dev bg_200's Sharana)")

TOWN_ON_SITE = gap(
    "a town written onto an unnamed site (P4: use its town), read by hop_place since stop 65 (measured and dropped "
    "at stop 39 over an older near miss the guide's words overrule), but the tagger makes this town a person, "
    "which a site's name never takes")

SUBJECT_LIST_FIRST_ONLY = gap(
    "a casualty count's subject list: `place._reporting_country` (which keys Figure.place) reads the first place "
    "of the list before the last-read counter reader; P2's list there would move metric keys (place39b left it)")
OPENING_ONE_WORD = gap(
    "a one-word name opening its sentence that the tagger makes an organisation or a person: `is_place` passes "
    "over a sentence's first word, and a one-word opening name in the gazetteer is as often a company's "
    "('Toyota reported ...')")
NAMED_EVENT = gap(
    "a place that names the event by a compound on the subject ('The Bali bombings killed'): measured in stop 39 "
    "(place39b) on `own_place.subject_event_place`, it read none of these rows (the parser hangs the name "
    "elsewhere) and gave 'The Chicago club has scored 30 goals' Chicago; dropped")

CONFLICT = [
    ("A suicide bomber blew himself up at a checkpoint in Baghdad, killing 12 people.", "12", "Baghdad"),
    ("Gunmen opened fire at a wedding party in Kandahar, killing nine guests.", "nine", "Kandahar"),
    pytest.param("Militants stormed a police post at Chaman, killing four officers.", "four", "Chaman",
                 marks=TOWN_AS_ORGANISATION),
    ("Eleven soldiers were killed by a roadside bomb at a checkpoint near Kandahar.", "Eleven", "Kandahar"),
    ("Three soldiers were killed and 14 wounded by an explosion at Camp Bastion.", "14", "Camp Bastion"),
    ("The army spokesman, speaking at a briefing in Islamabad, said 40 militants had been killed.", "40", ""),
    ("Rebels attacked the convoy at dawn, killing 15 soldiers.", "15", ""),
    # cluster 2: a town compounded onto an unnamed site in the figure's locative (P4: "use its town")
    ("Two guards were wounded at the Kandahar airfield.", "Two", "Kandahar"),
    ("Three staff were hurt at the US embassy.", "Three", ""),
    # stop 39 (place39b): a place in no locative, the subject of a verb of counting (own_place_counter.py)
    pytest.param("The Bali bombings killed 202 people.", "202", "Bali", marks=NAMED_EVENT),
    ("Britain said two of its soldiers were killed in Basra.", "two", "Basra"),
    ("Ukraine has recorded 300 drone attacks this week.", "300", "Ukraine"),
]

DISASTERS = [
    ("A gas explosion ripped through an apartment block at Zhengzhou, killing 17 residents.", "17", "Zhengzhou"),
    ("A fire broke out at a garment factory in Dhaka, killing 23 workers.", "23", "Dhaka"),
    ("A landslide buried homes at Ratnapura, killing 14 villagers.", "14", "Ratnapura"),
    ("The storm made landfall at dawn, killing at least eight people.", "at least eight", ""),
    ("Rescuers worked through the night at the site, pulling 11 survivors from the rubble.", "11", ""),
    ("Twelve people were treated at the Kathmandu hospital.", "Twelve", "Kathmandu"),
    # stop 39 (place39b): a place in no locative, the subject of a verb of counting (own_place_counter.py)
    ("Queensland has recorded 12 deaths from the floods.", "12", "Queensland"),
    ("Chile recorded 120 aftershocks overnight.", "120", "Chile"),
    ("Japan will send 600 troops to help with the relief effort.", "600", ""),
    pytest.param("The Kobe earthquake killed more than 6,400 people.", "more than 6,400", "Kobe", marks=NAMED_EVENT),
]

CRIME = [
    ("A gunman opened fire at a supermarket in Boulder, killing 10 people.", "10", "Boulder"),
    ("Forty-nine people were killed in a shooting at a nightclub in Orlando.", "Forty-nine", "Orlando"),
    pytest.param("Police raided a warehouse at Felixstowe, seizing 2 tonnes of cocaine.", "2 tonnes", "Felixstowe",
                 marks=TOWN_AS_ORGANISATION),
    ("Detectives arrested the man at his home, recovering 30 stolen phones.", "30", ""),
    ("Officers at Scotland Yard said 14 people had been arrested.", "14", ""),
    ("Police found 40 kilograms of heroin at the Karachi port.", "40 kilograms", "Karachi"),
    ("Twelve inmates escaped from the state prison.", "Twelve", ""),
    # stop 39 (place39b): a place in no locative, the subject of a verb of counting (own_place_counter.py)
    pytest.param("Guanajuato recorded 3,000 murders last year.", "3,000", "Guanajuato", marks=OPENING_ONE_WORD),
    ("Chicago has recorded 400 homicides so far this year.", "400", "Chicago"),
    ("A Melbourne man has been charged with 12 offences.", "12", ""),
    pytest.param("The Christchurch mosque attacks left 51 people dead.", "51", "Christchurch", marks=NAMED_EVENT),
]

POLITICS = [
    ("Police fired tear gas at a rally in Nairobi, injuring 30 protesters.", "30", "Nairobi"),
    ("Six people were wounded in a stampede at a campaign rally in Kinshasa.", "Six", "Kinshasa"),
    ("The president, addressing supporters at a rally in Lagos, promised 10,000 new jobs.", "10,000", ""),
    ("Voting ended at 6 pm, with turnout at 64 percent.", "64 percent", ""),
    ("Turnout at the Nairobi polling station was 70 percent.", "70 percent", "Nairobi"),
    # stop 39 (place39b): a place in no locative, the subject of a verb of counting (own_place_counter.py)
    ("Ohio reported turnout of 71 percent.", "71 percent", "Ohio"),
    ("Australia has pledged $10 million in aid.", "$10 million", ""),
    ("Washington officials said 40 militants were killed.", "40", ""),
]

HEALTH = [
    ("A fire swept through an intensive care ward at a hospital in Nasiriyah, killing 60 patients.", "60",
     "Nasiriyah"),
    ("Health workers set up a clinic at Goma, vaccinating 5,000 children.", "5,000", "Goma"),
    ("The minister, speaking at a press conference, said 300 new cases were recorded.", "300", ""),
    ("Two of the woman's children were quarantined in the Lagos clinic.", "Two", "Lagos"),
    # stop 39 (place39b): a place in no locative, the subject of a verb of counting (own_place_counter.py)
    ("Zambia has recorded 1,200 cholera cases since October.", "1,200", "Zambia"),
    pytest.param("Kerala and Karnataka have each confirmed three deaths from the virus.", "three",
                 "Kerala; Karnataka", marks=SUBJECT_LIST_FIRST_ONLY),
    ("Western Cape has reported 45 new measles cases.", "45", "Western Cape"),
    ("Geneva-based researchers said 300 new infections had been found.", "300", ""),
]

SPORT = [
    ("A stand collapsed at a stadium in Bastia, injuring 2,000 spectators.", "2,000", "Bastia"),
    ("He scored twice at Anfield, taking his tally to 30 goals.", "30", ""),
    ("Twelve fans were hurt in a crush at a stadium in Malang.", "Twelve", "Malang"),
    ("A crowd of 80,000 watched the final at the Melbourne stadium.", "80,000", "Melbourne"),
    ("He has scored 30 goals for the Chicago club.", "30", ""),
    # stop 39 (place39b): a place in no locative, the subject of a verb of counting (own_place_counter.py)
    ("Kenya has won 11 medals at the championships.", "11", ""),
    ("The Chicago club has scored 30 goals this season.", "30", ""),
]

SCIENCE = [
    ("A rocket exploded on the launch pad at Baikonur, destroying three satellites.", "three", "Baikonur"),
    ("The rover landed at 0300 GMT, sending 12 images back to Earth.", "12", ""),
    pytest.param("Researchers counted 300 birds at the Svalbard research station.", "300", "Svalbard",
                 marks=TOWN_ON_SITE),
    # stop 39 (place39b): a place in no locative, the subject of a verb of counting (own_place_counter.py); the
    # blind run wrote "21.7C", which detection does not read as a figure: reworded to "21.7 degrees", label unchanged
    pytest.param("Svalbard recorded a temperature of 21.7 degrees, a record for the archipelago.", "21.7 degrees",
                 "Svalbard", marks=OPENING_ONE_WORD),
]

BUSINESS = [
    ("The chief executive, speaking at a conference in Davos, said sales rose 8 percent.", "8 percent", ""),
    ("A blast at a refinery in Texas City injured 170 workers.", "170", "Texas City"),
    ("Staff at Qantas went on strike, grounding 200 flights.", "200", ""),
    pytest.param("The company will cut 200 jobs at its Geelong plant.", "200", "Geelong",
                 marks=gap("the town written onto the site is tagged an organisation, which on a site is as often "
                           "a company's name ('the Qantas maintenance base'), so it is not read")),
    ("Workers at the Qantas maintenance base walked out, grounding 30 flights.", "30", ""),
    # stop 39 (place39b): a place in no locative, the subject of a verb of counting (own_place_counter.py)
    ("Japan recorded a trade deficit of $12 billion in March.", "$12 billion", "Japan"),
    ("The Sydney company reported a profit of $40 million.", "$40 million", ""),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_place_clusters_conflict(measures, text, surface, expected):
    assert measures(f"{text} {ELSEWHERE['conflict']}")[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_place_clusters_disasters(measures, text, surface, expected):
    assert measures(f"{text} {ELSEWHERE['disasters']}")[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_place_clusters_crime(measures, text, surface, expected):
    assert measures(f"{text} {ELSEWHERE['crime']}")[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_place_clusters_politics(measures, text, surface, expected):
    assert measures(f"{text} {ELSEWHERE['politics']}")[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_place_clusters_health(measures, text, surface, expected):
    assert measures(f"{text} {ELSEWHERE['health']}")[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_place_clusters_sport(measures, text, surface, expected):
    assert measures(f"{text} {ELSEWHERE['sport']}")[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_place_clusters_science(measures, text, surface, expected):
    assert measures(f"{text} {ELSEWHERE['science']}")[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_place_clusters_business(measures, text, surface, expected):
    assert measures(f"{text} {ELSEWHERE['business']}")[surface].place == expected
