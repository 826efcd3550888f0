"""Stop 38's article probe of the place readers: short invented wire articles of the eight domains the issue names
(conflict, disasters, business and markets, elections and politics, health, science and space, crime and courts,
sport), each with a lede that sets the scene (a locative, a dateline or a title line), later figures of the same event
with no place of their own, figures of another place or of none (a national total after a local one, a company's
worldwide sales, a market, a speaker's city, an age, a count of matches), nested places (a town in a province) and a
long sentence naming two places. Every figure's place was written from tests/gold/measures/GUIDE.md (P1-P5) and
tests/gold/README.md before the code was run, and read against the guide a second time. Rows marked with a reason
are readings the extractor does not make (strict xfail: a fix turns them into a pass that must be moved up). An
article whose first line ends in a line break opens with its title."""
from __future__ import annotations

import pytest

from conftest import gap


# stop 38 (docs/findings/place.md): the causes of the rows left unread, counted in the cause table there
CARRIED = gap(
    "the same event's place stands in an earlier sentence or the title, and the article names another place (a "
    "neighbouring country's town, a reference town, a second incident, the title's country): the carry stops 24, "
    "28 and 36 measured as often wrong as right on dev")
SUBJECT_PLACE = gap(
    "the place is the clause's subject or hangs on it ('Guanajuato recorded', 'the country has recorded', 'The "
    "Philippines is struck by', 'Scientists at a research station on Svalbard said', 'An outbreak of cholera in "
    "... province has killed'): a subject place was measured unsafe in stop 36 (4 right, 21 wrong)")
NESTED = gap(
    "two nested places: the broader is read ('from Jiuquan in northwestern China', 'Police in the state of "
    "Guanajuato ... the city of Irapuato') where the label takes the narrower (stop 34: the gold's call)")
REPORTING_VERB = gap(
    "the locative hangs on a verb the lexicon counts as reporting ('cases had been recorded in the province'), "
    "which implied_place passes over (where a speaker says it is not where it happened)")
ANAPHOR_HOP = gap(
    "the kind anaphor is one hop on ('into evacuation centres in the province', 'on parts of the province'), or "
    "more than two sentences after its name: not read")
REGION_AS_PERSON = gap(
    "the opening's region is tagged a person and the gazetteer lists towns and countries, not regions ('the "
    "state of Minas Gerais'), so no scene")
EVENT_TO_COME = gap(
    "the opening's place is of an event to come ('will close its plant in Geelong'), which the scene does not "
    "read")
PURPOSE_CLAUSE = gap(
    "the place is on a purpose infinitive's object ('set aside $40 million to retrain workers in Geelong'), "
    "which no reader walks")
TOWNS_OF = gap("a plural kind noun listing two towns ('residents of the mining towns of Kitwe and Ndola'): not read")
ENTITY_SPAN = gap("the tagger runs the preposition into an organisation ('Across Congo'): no place label")
CAREER_COUNT = gap(
    "a count of a career's marathons takes the race's venue: adding 'race' and 'marathon' to "
    "setting.MATCH_COUNTS lost 4 dev places (dev-lee2, dev-lee4), measured and dropped")
QUANTITY_MISREAD = gap(
    "the count of qualifiers is read as people (quantity), so a match count's exclusion does not apply")
NOT_TRACED = gap("the reader that gives or withholds this place was not traced in stop 38's time")


GOMA = (
    "Heavy fighting in the eastern Congolese city of Goma killed at least 43 civilians on Tuesday, hospital "
    "officials said. Another 120 people were wounded as rebels shelled residential districts near the airport. "
    "The violence forced some 15,000 residents to flee their homes, the United Nations refugee agency said, adding "
    "that it had registered 2,300 new arrivals at a transit camp in the Rwandan town of Gisenyi across the border "
    "by Wednesday evening. Across Congo, more than 6 million people have been displaced by decades of conflict.")
NABATIEH = (
    "Israeli strikes on the southern Lebanese town of Nabatieh killed 11 people on Sunday, Lebanon's health "
    "ministry said. The dead included four children, and 37 others were wounded, the ministry said in a statement "
    "that also reported damage to 60 buildings across the town's old market and a hospital on its outskirts. The "
    "Israeli military said it had struck 25 Hezbollah targets across southern Lebanon overnight. Hezbollah said it "
    "fired 30 rockets at northern Israel in response.")
MOGADISHU = (
    "Suicide attack kills 9 at checkpoint in Somali capital\n"
    "A suicide car bomber struck a military checkpoint in Mogadishu on Thursday, killing nine soldiers and wounding "
    "at least 20 other people, a police officer said. Witnesses said the blast destroyed four vehicles and damaged "
    "a nearby mosque. The al Qaeda-linked group claimed the attack, which came after 16 people died on Tuesday in "
    "a similar bombing in the town of Baidoa, 250 km northwest of the city.")

MOROCCO = (
    "A magnitude 6.8 earthquake struck central Morocco late on Friday, killing at least 820 people and injuring "
    "670 others, the interior ministry said. Most of the deaths were in mountain villages south of Marrakesh, "
    "where rescuers dug through rubble by hand. The ministry said 2,930 houses had collapsed or been badly "
    "damaged. About 3,500 soldiers and emergency workers joined the search, while the army set up 12 field "
    "hospitals in the worst-hit province of Al Haouz, the ministry said in a statement on Saturday evening.")
VALVERDE = (
    "Flash floods swept through the town of Valverde in Spain's eastern province of Valencia on Tuesday, killing "
    "14 people, regional officials said. Rescuers were still searching for nine missing residents on Wednesday. "
    "Some 400 homes in the town were flooded and more than 1,200 people spent the night in emergency shelters, "
    "the mayor told reporters as crews worked to clear mud from the streets. The weather agency said the storm "
    "had dropped 300 litres of rain per square metre on parts of the province in a single afternoon. Floods have "
    "killed 230 people across Spain since 2019, according to the interior ministry.")
CAGAYAN = (
    "Typhoon leaves 27 dead in northern Philippines\n"
    "Typhoon Dindo tore across the northern Philippine province of Cagayan on Monday with winds of 185 km per "
    "hour, killing at least 27 people, disaster officials said. Floodwaters submerged 40 villages and forced more "
    "than 60,000 people into evacuation centres in the province. The Philippines is struck by about 20 typhoons "
    "a year.")

GEELONG = (
    "Carmaker Volstrand will close its assembly plant in Geelong by the end of next year, cutting 1,100 jobs, "
    "the company said on Thursday. The plant, which opened in 1985, built 64,000 cars last year, down from a "
    "peak of 140,000 in 2004. Volstrand said its worldwide sales fell 6 per cent to 4.2 million vehicles in the "
    "year to June, while its net profit slipped to $2.1 billion on higher costs for steel and batteries. The "
    "state government said it would set aside $40 million to retrain workers in Geelong.")
TOKYO = (
    "TOKYO (Reuters) - Japanese shares fell on Monday as a stronger yen hit exporters. The Nikkei average closed "
    "down 2.3 per cent at 38,120.50, its lowest close in three months. Shares of the Osaka-based electronics maker "
    "Hanamura dropped 9 per cent after it cut its full-year profit forecast by 15 per cent, citing weak demand in "
    "China and Europe, which together account for 40 per cent of its sales. In Seoul, the KOSPI index slipped "
    "1.1 per cent.")

MINAS = (
    "Voters in the Brazilian state of Minas Gerais re-elected governor Rui Calado on Sunday with 56.4 per cent of "
    "the vote, official results showed. His main rival, former mayor Lia Montes, took 38.9 per cent. Turnout in "
    "the state was 79 per cent, up from 75 per cent at the last election, the electoral court said. Across "
    "Brazil, Calado's party won 11 of the 27 governorships contested, while more than 156 million people were "
    "registered to vote nationwide.")
BUNDESTAG = (
    "Germany's parliament approved a 100 billion euro fund for the armed forces on Friday, with 567 lawmakers "
    "voting in favour and 96 against. Speaking in Munich later, the defence minister said the army would buy 35 "
    "fighter jets from the United States over the next five years. Opposition leaders in Berlin said the plan "
    "would add 0.5 percentage points to the country's debt ratio.")

COPPERBELT = (
    "An outbreak of cholera in Zambia's Copperbelt province has killed 58 people since October, health officials "
    "said on Monday. The ministry said 2,140 cases had been recorded in the province, 310 of them in the past week "
    "alone, and that a vaccination drive would reach 1.5 million residents of the mining towns of Kitwe and Ndola "
    "by the end of the month. Nationally, the country has recorded 4,800 cases this year. The World Health "
    "Organization said cholera cases worldwide rose by 13 per cent last year.")
KARACHI = (
    "Doctors at hospitals in Karachi treated more than 1,500 people for heatstroke over the weekend as "
    "temperatures reached 44 degrees Celsius, the city's health department said. At least 65 of them died, most "
    "of them elderly labourers, and 210 remained in intensive care on Monday. The city's largest morgue said it "
    "had received 120 bodies since Saturday. Pakistan's meteorological department said the heatwave would ease "
    "by Thursday.")

JIUQUAN = (
    "A rocket lifted off from Jiuquan in northwestern China on Thursday carrying three astronauts to the "
    "country's space station, the space agency said. The crew will spend six months aboard the station, which "
    "orbits about 400 kilometres above Earth, and will carry out 120 experiments, many of them in biology and "
    "materials science, the agency said in a statement issued after the launch.")
SVALBARD = (
    "Scientists at a research station on Svalbard said on Tuesday that sea ice around the Norwegian archipelago "
    "had shrunk to 210,000 square kilometres in September, the smallest extent since records began. The ice was "
    "40 per cent below the long-term average for the month, they said. Across the Arctic as a whole, sea ice "
    "covered 4.3 million square kilometres at its summer minimum, a US data centre reported.")

LYON = (
    "A court in Lyon sentenced 12 members of a drug trafficking ring to a combined 96 years in prison on Tuesday. "
    "The gang sold more than 3 tonnes of cannabis in the Lyon area between 2019 and 2022, prosecutors said. Its "
    "leader, 41, received the heaviest sentence of 15 years. Police seized 2.4 million euros in cash during raids "
    "on 30 properties in the city in 2022.")
IRAPUATO = (
    "Police in the Mexican state of Guanajuato found the bodies of 19 people in a clandestine grave on the "
    "outskirts of the city of Irapuato, state prosecutors said on Saturday. Forensic teams had identified seven "
    "of the victims by Sunday. Guanajuato recorded 3,100 homicides last year, more than any other Mexican state, "
    "while Mexico as a whole recorded about 30,000, the national statistics agency said in a report released in "
    "Mexico City.")

BERLIN = (
    "Ethiopia's Tadesse Bekele won the men's race at the marathon in Berlin on Sunday, breaking the course record "
    "by 21 seconds. More than 45,000 runners from 150 countries started the race, organisers said. Bekele, 24, "
    "has now won four of his last five marathons. His compatriot Lemma Abera finished second, 38 seconds behind.")
RIO = (
    "Brazil beat Argentina 2-0 in a World Cup qualifier in Rio de Janeiro on Tuesday in front of 68,000 fans, "
    "with both goals coming in the last 15 minutes. Brazil have now won seven of their 10 qualifiers and sit six "
    "points clear at the top of the South American group. Argentina, who had not lost in 14 matches, had two "
    "players sent off.")


CONFLICT = [
    (GOMA, "at least 43", "Goma"),
    pytest.param(GOMA, "120", "Goma", marks=CARRIED),
    pytest.param(GOMA, "some 15,000", "Goma", marks=CARRIED),
    (GOMA, "2,300", "Gisenyi"),
    pytest.param(GOMA, "more than 6 million", "Congo", marks=ENTITY_SPAN),
    (NABATIEH, "11", "Nabatieh"),
    (NABATIEH, "four", "Nabatieh"),
    (NABATIEH, "37", "Nabatieh"),
    (NABATIEH, "60", "Nabatieh"),
    (NABATIEH, "25", "Lebanon"),
    (NABATIEH, "30", "Israel"),
    pytest.param(MOGADISHU, "9", "Mogadishu", marks=CARRIED),
    (MOGADISHU, "nine", "Mogadishu"),
    (MOGADISHU, "at least 20", "Mogadishu"),
    pytest.param(MOGADISHU, "four", "Mogadishu", marks=CARRIED),
    (MOGADISHU, "16", "Baidoa"),
    (MOGADISHU, "250 km", "Baidoa"),
]

DISASTERS = [
    (MOROCCO, "magnitude 6.8", "Morocco"),
    (MOROCCO, "at least 820", "Morocco"),
    (MOROCCO, "670", "Morocco"),
    pytest.param(MOROCCO, "2,930", "Morocco", marks=CARRIED),
    pytest.param(MOROCCO, "About 3,500", "Morocco", marks=CARRIED),
    (MOROCCO, "12", "Al Haouz"),
    (VALVERDE, "14", "Valverde"),
    (VALVERDE, "nine", "Valverde"),
    (VALVERDE, "Some 400", "Valverde"),
    (VALVERDE, "more than 1,200", "Valverde"),
    pytest.param(VALVERDE, "300 litres", "Valencia", marks=ANAPHOR_HOP),
    (VALVERDE, "230", "Spain"),
    (CAGAYAN, "27", "Philippines"),
    (CAGAYAN, "185 km per hour", "Cagayan"),
    (CAGAYAN, "at least 27", "Cagayan"),
    pytest.param(CAGAYAN, "40", "Cagayan", marks=CARRIED),
    pytest.param(CAGAYAN, "more than 60,000", "Cagayan", marks=ANAPHOR_HOP),
    pytest.param(CAGAYAN, "about 20", "Philippines", marks=SUBJECT_PLACE),
]

BUSINESS = [
    (GEELONG, "1,100", "Geelong"),
    pytest.param(GEELONG, "64,000", "Geelong", marks=EVENT_TO_COME),
    pytest.param(GEELONG, "140,000", "Geelong", marks=EVENT_TO_COME),
    (GEELONG, "6 per cent", ""),
    (GEELONG, "4.2 million", ""),
    (GEELONG, "$2.1 billion", ""),
    pytest.param(GEELONG, "$40 million", "Geelong", marks=PURPOSE_CLAUSE),
    (TOKYO, "2.3 per cent", ""),
    (TOKYO, "38,120.50", ""),
    (TOKYO, "three months", ""),
    (TOKYO, "9 per cent", ""),
    (TOKYO, "15 per cent", ""),
    (TOKYO, "40 per cent", "China; Europe"),  # P2's list, read since stop 65 (place.listed_with)
    (TOKYO, "1.1 per cent", "Seoul"),
]

POLITICS = [
    (MINAS, "56.4 per cent", "Minas Gerais"),
    pytest.param(MINAS, "38.9 per cent", "Minas Gerais", marks=REGION_AS_PERSON),
    (MINAS, "79 per cent", "Minas Gerais"),
    (MINAS, "75 per cent", "Minas Gerais"),  # the level "up from" left is the turnout's, as the 79 is
    (MINAS, "11", "Brazil"),
    (MINAS, "27", "Brazil"),
    (MINAS, "more than 156 million", "Brazil"),
    (BUNDESTAG, "100 billion euro", "Germany"),
    (BUNDESTAG, "567", "Germany"),
    (BUNDESTAG, "96", "Germany"),
    pytest.param(BUNDESTAG, "35", "", marks=NOT_TRACED),
    (BUNDESTAG, "0.5 percentage points", "Germany"),
]

HEALTH = [
    pytest.param(COPPERBELT, "58", "Copperbelt", marks=SUBJECT_PLACE),
    pytest.param(COPPERBELT, "2,140", "Copperbelt", marks=REPORTING_VERB),
    pytest.param(COPPERBELT, "310", "Copperbelt", marks=REPORTING_VERB),
    pytest.param(COPPERBELT, "1.5 million", "Kitwe; Ndola", marks=TOWNS_OF),
    pytest.param(COPPERBELT, "4,800", "Zambia", marks=SUBJECT_PLACE),
    (COPPERBELT, "13 per cent", ""),
    (KARACHI, "more than 1,500", "Karachi"),
    (KARACHI, "44 degrees Celsius", "Karachi"),
    (KARACHI, "At least 65", "Karachi"),
    (KARACHI, "210", "Karachi"),
    (KARACHI, "120", "Karachi"),
]

SCIENCE = [
    pytest.param(JIUQUAN, "three", "Jiuquan", marks=NESTED),
    (JIUQUAN, "six months", ""),
    (JIUQUAN, "about 400 kilometres", ""),
    (JIUQUAN, "120", ""),
    pytest.param(SVALBARD, "210,000 square kilometres", "Svalbard", marks=SUBJECT_PLACE),
    pytest.param(SVALBARD, "40 per cent", "Svalbard", marks=SUBJECT_PLACE),
    (SVALBARD, "4.3 million square kilometres", "Arctic"),
]

CRIME = [
    (LYON, "12", "Lyon"),
    (LYON, "96 years", "Lyon"),
    (LYON, "more than 3 tonnes", "Lyon"),
    (LYON, "15 years", "Lyon"),
    (LYON, "2.4 million euros", "Lyon"),
    (LYON, "30", "Lyon"),
    pytest.param(IRAPUATO, "19", "Irapuato", marks=NESTED),
    pytest.param(IRAPUATO, "seven", "Irapuato", marks=CARRIED),
    pytest.param(IRAPUATO, "3,100", "Guanajuato", marks=SUBJECT_PLACE),
    pytest.param(IRAPUATO, "about 30,000", "Mexico", marks=SUBJECT_PLACE),
]

SPORT = [
    (BERLIN, "21 seconds", "Berlin"),
    (BERLIN, "More than 45,000", "Berlin"),
    (BERLIN, "150", ""),
    pytest.param(BERLIN, "four", "", marks=CAREER_COUNT),
    pytest.param(BERLIN, "five", "", marks=CAREER_COUNT),
    (BERLIN, "38 seconds", "Berlin"),
    (RIO, "0", "Rio de Janeiro"),
    (RIO, "68,000", "Rio de Janeiro"),
    pytest.param(RIO, "seven", "", marks=QUANTITY_MISREAD),
    (RIO, "10", ""),
    (RIO, "six", ""),
    (RIO, "14", ""),
    pytest.param(RIO, "two", "Rio de Janeiro", marks=NOT_TRACED),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_place_articles_conflict(article_measures, text, surface, expected):
    assert article_measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_place_articles_disasters(article_measures, text, surface, expected):
    assert article_measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_place_articles_business(article_measures, text, surface, expected):
    assert article_measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_place_articles_politics(article_measures, text, surface, expected):
    assert article_measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_place_articles_health(article_measures, text, surface, expected):
    assert article_measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_place_articles_science(article_measures, text, surface, expected):
    assert article_measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_place_articles_crime(article_measures, text, surface, expected):
    assert article_measures(text)[surface].place == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_place_articles_sport(article_measures, text, surface, expected):
    assert article_measures(text)[surface].place == expected
