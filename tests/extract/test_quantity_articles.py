"""Stop 38's ARTICLE probe of the quantity field: 16 invented wire articles, two per domain of the issue's eight
(conflict, disasters, business and markets, elections and politics, health, science and space, crime and courts,
sport), none copied or paraphrased from the corpora or the gold. Each has a long sentence with several figures of
different things ("killed 12 people, including three children, and wounded 40 others, while about 2,000 residents
fled"), and figures whose counted noun stands in an earlier sentence or clause ("Of the wounded, 15 were ...",
"down from 1.3 million a year earlier", "more than 5,000 of them"). Every figure's quantity was labelled from
tests/gold/measures/GUIDE.md (the table, Q1-Q9, the head-lemma fallback) and re-read once against it before the
code was run; rows the extractor does not read yet are strict xfails with their cause. docs/findings/quantity.md, "(stop 38)",
tables the misses."""
from __future__ import annotations

import pytest

from conftest import gap

CONFLICT_A = (
    "Artillery fire hit the border town on Saturday. The shelling killed 12 people, including three children, and "
    "wounded 40 others, while about 2,000 residents fled to nearby villages, the regional governor said. Of the "
    "wounded, 15 were in critical condition. The army said it had deployed 600 more soldiers to the area and "
    "destroyed four rocket launchers. A ceasefire agreed 10 days ago has now collapsed."
)
CONFLICT_B = (
    "Fighting around the northern city entered its third week on Monday. The toll rose again on Tuesday. Health "
    "officials said 385 had now died, among them 62 women. A further 1,100 were being treated for wounds in "
    "overcrowded hospitals. Aid agencies said 1.2 million people needed food and appealed for $150 million. The "
    "army said it had captured 210 rebels and seized 35 villages since the offensive began."
)
DISASTERS_A = (
    "A magnitude 6.8 earthquake struck the mountainous south of the country before dawn on Friday. By evening, "
    "rescuers had pulled 140 bodies from the rubble, and the interior ministry said more than 900 people had been "
    "injured and 70 were still missing. The quake destroyed about 4,500 homes. Some 30,000 people whose homes were "
    "damaged spent the night in tents. The ministry said the quake struck at a depth of 18 km. Of those killed, 45 "
    "were in a single village."
)
DISASTERS_B = (
    "Heavy rain has fallen for six days across the river valley. Floods have now killed 27 people and 11 more are "
    "missing, the disaster agency said on Wednesday, adding that 48,000 people had been evacuated from low-lying "
    "districts and 200 schools had been turned into shelters. The river rose to 9.4 metres, its highest level on "
    "record. The government released $25 million in emergency relief. Farmers lost about 60,000 hectares of rice."
)
BUSINESS_A = (
    "The carmaker said on Thursday its net profit fell 18 per cent to $2.4 billion in the third quarter, as revenue "
    "slipped to $31 billion and it sold 1.1 million vehicles, down from 1.3 million a year earlier. The company, "
    "which has struggled with weak demand in China since the pandemic, will cut 4,000 jobs, about 3 per cent of its "
    "workforce, and close two plants. Its shares fell 6 per cent in early trading."
)
BUSINESS_B = (
    "The FTSE 100 fell 86 points, or 1.1 per cent, to 7,640 on Monday, its biggest drop in a month. Oil prices rose, "
    "with Brent crude climbing 3 per cent to $91 a barrel. Miners led the losses: shares in the largest fell 5.2 per "
    "cent, wiping about £3 billion off its market value. In New York, the Dow was down 250 points at midday."
)
POLITICS_A = (
    "The ruling party won 162 of the 300 seats in Sunday's parliamentary election, down from 180 at the last vote, "
    "the electoral commission said on Monday. Its leader took 41 per cent of the vote, against 33 per cent for the "
    "main opposition, which won 95 seats. Turnout was 64 per cent. Some 18 million people cast ballots at 40,000 "
    "polling stations, and observers reported 120 complaints of irregularities."
)
POLITICS_B = (
    "The Senate voted 52-48 on Thursday to pass a $1.2 trillion spending bill, sending it to the president. The bill "
    "includes $80 billion for defence and $12 billion in disaster aid. Three members of the majority voted against "
    "it. The House approved the measure last week by 220 votes to 209. The measure also eliminates 2,000 jobs at "
    "federal agencies."
)
HEALTH_A = (
    "Health officials reported 412 new cholera cases on Tuesday, bringing the total since the outbreak began in "
    "March to 9,800. Of those, 140 were children under five. The disease has killed 86 people, 12 of them in the "
    "past week, and 300 patients remain in hospital. The World Health Organization said it had shipped 500,000 "
    "vaccine doses and 40 tonnes of medical supplies."
)
HEALTH_B = (
    "The number of patients waiting for routine hospital treatment in England rose to 7.6 million in August, up from "
    "7.4 million in July, official figures showed on Thursday. About 390,000 had waited more than a year. The health "
    "service employs 1.3 million staff and has 9,000 unfilled nursing posts. The government will spend £2 billion "
    "to cut waiting times and open 40 new diagnostic centres."
)
SCIENCE_A = (
    "The probe reached the asteroid on Monday after a journey of 3.2 billion km that took four years. The asteroid "
    "is about 500 metres wide and orbits the Sun every 1.2 years. Over the next 18 months the spacecraft will "
    "collect a sample of at least 60 grams, the agency said. The mission cost $850 million."
)
SCIENCE_B = (
    "A rocket carrying 60 internet satellites lifted off from Florida on Tuesday evening. Each of the satellites "
    "weighs about 300 kg, and they will orbit at an altitude of 550 km. The company has now launched more than "
    "5,000 of them, and plans a network of 12,000. The rocket's first stage landed on a ship 600 km offshore eight "
    "minutes after lift-off."
)
CRIME_A = (
    "A former bank executive was sentenced on Friday to nine years in prison for a fraud that cost investors more "
    "than $40 million. The court also fined him $2 million and ordered the seizure of four properties. Two "
    "co-defendants received sentences of three and five years. Prosecutors said the scheme had drawn in about 1,200 "
    "clients over seven years."
)
CRIME_B = (
    "Police arrested 45 people in dawn raids across the city on Wednesday and seized 120 kg of cocaine with a street "
    "value of about $9 million. Officers also found 14 firearms and $600,000 in cash. More than 300 officers took "
    "part in the operation, which followed an 18-month investigation. Of those detained, 12 have been charged."
)
SPORT_A = (
    "City beat United 3-1 in front of 74,000 fans on Saturday to go four points clear at the top of the table. The "
    "striker scored twice, taking his tally to 21 goals this season. United, who paid a club-record £90 million for "
    "their forward last summer, have lost five of their last seven games."
)
SPORT_B = (
    "China topped the medal table on the final day of the championships with 12 gold, 8 silver and 5 bronze medals. "
    "The hosts finished second with 9 golds. About 1,800 athletes from 120 countries took part, and organisers said "
    "950,000 tickets had been sold. The marathon winner covered the course in just over two hours and took home "
    "$50,000 in prize money."
)

CONFLICT = [
    (CONFLICT_A, "12", "deaths"),
    (CONFLICT_A, "three", "deaths"),  # "including three children" of the killed
    (CONFLICT_A, "40", "injured"),
    (CONFLICT_A, "about 2,000", "displaced"),  # Q2: fled
    (CONFLICT_A, "15", "injured"),  # "Of the wounded, 15": the noun one sentence before
    (CONFLICT_A, "600", "troops"),
    (CONFLICT_A, "four", "launcher"),
    (CONFLICT_A, "10 days", "duration"),  # E3: "10 days ago"
    (CONFLICT_B, "385", "deaths"),  # "385 had now died": a bare number for the dead
    (CONFLICT_B, "62", "deaths"),  # "among them 62 women"
    (CONFLICT_B, "1,100", "injured"),
    (CONFLICT_B, "1.2 million", "people"),
    pytest.param(CONFLICT_B, "$150 million", "aid",
                 marks=gap("a sum aid agencies appeal for is no kind of the table's words (money): one domain")),
    (CONFLICT_B, "210", "troops"),  # Q1/Q5: counted as rebels
    (CONFLICT_B, "35", "village"),
]

DISASTERS = [
    (DISASTERS_A, "magnitude 6.8", "magnitude"),
    (DISASTERS_A, "140", "deaths"),
    (DISASTERS_A, "more than 900", "injured"),
    (DISASTERS_A, "70", "missing"),  # "70 were still missing": the noun is the adjective
    (DISASTERS_A, "about 4,500", "home"),
    pytest.param(DISASTERS_A, "Some 30,000", "displaced",
                 marks=gap("homeless told by damaged homes and tents, no word of Q2 (people): one domain")),
    (DISASTERS_A, "18 km", "distance"),
    (DISASTERS_A, "45", "deaths"),  # "Of those killed, 45"
    (DISASTERS_B, "six days", "duration"),
    (DISASTERS_B, "27", "deaths"),
    (DISASTERS_B, "11", "missing"),
    (DISASTERS_B, "48,000", "displaced"),
    (DISASTERS_B, "200", "school"),
    pytest.param(DISASTERS_B, "9.4 metres", "height",
                 marks=gap("a river's level is read by its unit (distance): one domain (dev cor_008 alike)")),
    (DISASTERS_B, "$25 million", "aid"),
    (DISASTERS_B, "about 60,000 hectares", "area"),
]

BUSINESS = [
    (BUSINESS_A, "18 per cent", "profit"),
    (BUSINESS_A, "$2.4 billion", "profit"),
    (BUSINESS_A, "$31 billion", "revenue"),
    (BUSINESS_A, "1.1 million", "vehicle"),
    (BUSINESS_A, "1.3 million", "vehicle"),  # "down from 1.3 million a year earlier"
    (BUSINESS_A, "4,000", "job"),  # the subject "The company, which ..." across a relative clause
    (BUSINESS_A, "about 3 per cent", "share"),  # of its workforce
    (BUSINESS_A, "two", "plant"),
    (BUSINESS_A, "6 per cent", "share_price"),
    (BUSINESS_B, "86", "index_level"),
    (BUSINESS_B, "1.1 per cent", "index_level"),
    (BUSINESS_B, "7,640", "index_level"),
    pytest.param(BUSINESS_B, "3 per cent", "price",
                 marks=gap("a commodity's per cent change reads its head lemma (crude): one domain")),
    (BUSINESS_B, "$91", "price"),
    (BUSINESS_B, "5.2 per cent", "share_price"),
    pytest.param(BUSINESS_B, "about £3 billion", "price",
                 marks=gap("a sum wiped 'off' a market value is not stated of it (money): one domain")),
    (BUSINESS_B, "250", "index_level"),
]

POLITICS = [
    (POLITICS_A, "162", "seats"),
    (POLITICS_A, "300", "seats"),
    (POLITICS_A, "180", "seats"),  # "down from 180 at the last vote"
    (POLITICS_A, "41 per cent", "votes"),
    pytest.param(POLITICS_A, "33 per cent", "votes",
                 marks=gap("a share elided in 'against 33 per cent for' keeps no noun of the vote (share)")),
    (POLITICS_A, "95", "seats"),
    (POLITICS_A, "64 per cent", "turnout"),
    (POLITICS_A, "Some 18 million", "people"),
    (POLITICS_A, "40,000", "station"),
    (POLITICS_A, "120", "complaint"),
    pytest.param(POLITICS_B, "$1.2 trillion", "spending",
                 marks=gap("a sum on a compound 'spending bill' reads 'bill' (cost): one domain")),
    pytest.param(POLITICS_B, "$80 billion", "spending",
                 marks=gap("a sum coordinated with a sum 'in disaster aid' takes its kind (aid): one domain")),
    (POLITICS_B, "$12 billion", "aid"),
    (POLITICS_B, "Three", "people"),
    (POLITICS_B, "2,000", "job"),
]

HEALTH = [
    (HEALTH_A, "412", "case"),
    pytest.param(HEALTH_A, "9,800", "case",
                 marks=gap("the parser hangs 'to 9,800' on a clause inside 'the total since ... began' (outbreak)")),
    (HEALTH_A, "140", "case"),  # "Of those, 140 were children": the cases one sentence before
    pytest.param(HEALTH_A, "five", "age",
                 marks=gap("detection: 'children under five' gives no figure")),
    (HEALTH_A, "86", "deaths"),
    (HEALTH_A, "12", "deaths"),  # "12 of them in the past week"
    pytest.param(HEALTH_A, "300", "people",
                 marks=gap("a count in a clause conjoined after 'killed 86 people' is read as killed (deaths)")),
    (HEALTH_A, "500,000", "dose"),
    (HEALTH_A, "40 tonnes", "mass"),
    (HEALTH_B, "7.6 million", "people"),  # the number of patients
    (HEALTH_B, "7.4 million", "people"),
    (HEALTH_B, "About 390,000", "people"),  # "had waited": the patients one sentence before
    (HEALTH_B, "1.3 million", "people"),  # staff
    (HEALTH_B, "9,000", "post"),
    (HEALTH_B, "£2 billion", "spending"),
    (HEALTH_B, "40", "centre"),
]

SCIENCE = [
    (SCIENCE_A, "3.2 billion km", "distance"),
    (SCIENCE_A, "four years", "duration"),
    (SCIENCE_A, "1.2 years", "duration"),  # "every 1.2 years" (surface corrected after the run)
    (SCIENCE_A, "at least 60 grams", "mass"),
    (SCIENCE_A, "$850 million", "cost"),  # Q3: what a project costs
    (SCIENCE_B, "60", "satellite"),
    (SCIENCE_B, "about 300 kg", "mass"),
    (SCIENCE_B, "550 km", "height"),  # altitude (stop 37's probe row)
    pytest.param(SCIENCE_B, "more than 5,000", "satellite",
                 marks=gap("'N of them', the whole after the count, is not read (narrowed: a grouping floor)")),
    pytest.param(SCIENCE_B, "12,000", "satellite",
                 marks=gap("'a network of 12,000' carries the figure before: the 'of them' row above")),
    (SCIENCE_B, "600 km", "distance"),
    (SCIENCE_B, "eight minutes", "duration"),  # E3: "eight minutes after lift-off"
]

CRIME = [
    (CRIME_A, "nine years", "duration"),
    (CRIME_A, "more than $40 million", "cost"),  # a fraud cost investors
    (CRIME_A, "$2 million", "fine"),
    (CRIME_A, "four", "property"),
    (CRIME_A, "Two", "people"),  # stop 49: a noun a prefix is hyphened to ("co-defendants") is the counted one
    (CRIME_A, "three", "duration"),  # stop 49: the unit after a list of numbers is each number's
    (CRIME_A, "five years", "duration"),
    (CRIME_A, "about 1,200", "people"),  # clients
    (CRIME_B, "45", "people"),
    (CRIME_B, "120 kg", "mass"),
    (CRIME_B, "about $9 million", "price"),  # street value (stop 37)
    (CRIME_B, "14", "firearm"),
    (CRIME_B, "$600,000", "money"),  # cash seized: no kind of the table
    (CRIME_B, "More than 300", "people"),  # Q4: police officers
    (CRIME_B, "18-month", "duration"),  # an 18-month investigation
    (CRIME_B, "12", "people"),  # "Of those detained, 12"
]

SPORT = [
    pytest.param(SPORT_A, "3", "goal",
                 marks=gap("detection: a match's scoreline '3-1' gives no figure")),
    pytest.param(SPORT_A, "1", "goal", marks=gap("detection: a match's scoreline '3-1' gives no figure")),
    (SPORT_A, "74,000", "people"),
    (SPORT_A, "four", "point"),
    (SPORT_A, "21", "goal"),
    pytest.param(SPORT_A, "£90 million", "price",
                 marks=gap("a sum 'paid ... for' a player is no kind (money); label disputable (Q3: cost)")),
    (SPORT_A, "five", "game"),  # "lost five of their last seven games"
    (SPORT_A, "seven", "game"),
    pytest.param(SPORT_B, "12", "medal",
                 marks=gap("numbers listed on one head ('12 gold, 8 silver and 5 bronze medals') read their word")),
    pytest.param(SPORT_B, "8", "medal",
                 marks=gap("numbers listed on one head ('12 gold, 8 silver and 5 bronze medals') read their word")),
    (SPORT_B, "5", "medal"),
    (SPORT_B, "9", "gold"),  # "9 golds": the fallback head lemma (second read; first written "medal")
    (SPORT_B, "About 1,800", "people"),  # athletes
    (SPORT_B, "120", "country"),
    (SPORT_B, "950,000", "ticket"),
    (SPORT_B, "just over two hours", "duration"),
    (SPORT_B, "$50,000", "money"),  # prize money (stop 37's row)
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_quantity_articles_conflict(article_measures, text, surface, expected):
    assert article_measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_quantity_articles_disasters(article_measures, text, surface, expected):
    assert article_measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_quantity_articles_business(article_measures, text, surface, expected):
    assert article_measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_quantity_articles_politics(article_measures, text, surface, expected):
    assert article_measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_quantity_articles_health(article_measures, text, surface, expected):
    assert article_measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_quantity_articles_science(article_measures, text, surface, expected):
    assert article_measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_quantity_articles_crime(article_measures, text, surface, expected):
    assert article_measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_quantity_articles_sport(article_measures, text, surface, expected):
    assert article_measures(text)[surface].quantity == expected
