"""Stop 38's probe of the event field on short wire ARTICLES of the eight domains the issue names (conflict, disasters,
business and markets, elections and politics, health, science and space, crime and courts, sport): invented articles
of 4-6 sentences, each with a long sentence of two or more figures (a verb far from its figure or in another clause,
coordinated verbs, a reported clause, a noun event) and a figure whose event or thing is told in an earlier sentence.
Every figure's event was written from tests/gold/measures/GUIDE.md (the event line, E1-E6) before the code was run and
read against it a second time; no corpus, gold or test sentence copied. Rows marked with a reason are readings the
extractor does not make (strict xfail: a fix turns them into a pass that must be moved up)."""
from __future__ import annotations

import pytest

from conftest import gap

TOTAL_PARTICIPLE = ("'bringing the total number of people killed since the ceasefire collapsed to N': the verb of the "
    "'since' clause (collapse) is taken before the participle on the counted people")
BODIES = ("'body' is an outcome noun (killed); the GUIDE's E2 reads the verb that governs the figure first (recover)")
OVER_TIME = "a time of 'over N years' on an intransitive verb of a reported clause ('jobs would go') reads measured"
FROM_LEVEL = ("'up from N' / 'down from N': the earlier level; the dev gold reads it 'said' (lee cor_048 'up from 2.4 "
    "billion Australian dollars'), the GUIDE's rose/fell lines name 'up'/'down'; left")
SALE_OF = "a noun event ('the sale of its 40 per cent stake') under a statement verb (announce) reads measured"
ELLIPSIS = ("'against 52 per cent for the incumbent': the elided 'received' is read, but its class (won) only where "
    "the vote is named")
ESTIMATE_AT = ("'put the crowd at N': a frame verb is looked through to an event word of another clause (arrest); "
    "one sentence")
VOTES_PASSED = ("'passed by 201 votes to 150': the code reads the counted votes as won; the GUIDE's 'won (received "
    "votes)' against E2's governing verb (pass): the label is a judgment call")
RECORDED = ("'recorded N cases': `event.COUNTING_VERBS` frames the count (record, confirm) and no other event word "
    "speaks of it")
PLACES_COUNT = ("'in 32 countries': a count of places in a noun phrase takes the framing verb; stop 36 measured "
    "and dropped reading it `measured` (test floors)")
WEIGH = "'weighs 1.9 tonnes' is read as an action (other:weigh); 'weigh' is no verb of state in the lists"
MEASURE_OF_THING = ("event.acted_on: a measure of a thing named after it is 'measured', as the dev gold reads 'brought "
    "some three tonnes of equipment' (bg_125, bg_231)")
VALUE_OF = ("'with a street value of $3 million': a value noun's 'of' sum takes the verb of the clause (seize), not "
    "the GUIDE's cost ('worth, valued')")
OF_THOSE = ("'11 of those detained were later released': the participle on 'those' (detain) is read before the verb "
    "whose subject the count is")
CONJ_STATE = ("'beat Riverside ... and are now five points clear': the second conjunct's verb of state is an AUX, "
    "the first conjunct's verb is read")
LEFT_REMAINING = "'with 12 games left': 'left' (remaining) is read as the verb leave"
SHORT_OF = "'one short of the club record', an apposition to a count, takes that count's verb (score)"
AFTER_DISTANCE = "'pulled clear ... after 30 kilometres': a distance in an 'after' phrase reads measured"


CONFLICT_STRIKES = (
    "Air strikes hit the southern city overnight, health officials said. The strikes killed at least 31 people, "
    "among them 12 children, and wounded 86 others, bringing the total number of people killed since the ceasefire "
    "collapsed in March to 1,240, according to the ministry. The army said it had struck 45 targets. Aid groups said "
    "9,000 families had fled their homes in the past week. Another 14 bodies were recovered from the rubble on Friday."
)
CONFLICT_OFFENSIVE = (
    "Rebel fighters seized two more towns in the north on Tuesday, the army said. The government has deployed 3,000 "
    "extra troops to the region and said 120 rebels were captured and 40 killed in clashes near the border, while the "
    "United Nations warned that 250,000 people could be forced from their homes. The offensive began six weeks ago. "
    "The largest of the towns had a population of 80,000 before the war."
)
DISASTERS_STORM = (
    "A powerful storm battered the eastern coast overnight, uprooting trees and tearing roofs from buildings. Some "
    "40,000 homes were without power on Monday morning. Emergency services said three people were killed by falling "
    "trees and 27 were taken to hospital, while officials evacuated more than 5,000 residents from low-lying areas as "
    "rivers rose by up to 2 metres in places. The damage will cost insurers $150 million, an industry group said."
)
DISASTERS_QUAKE = (
    "A magnitude 6.8 earthquake struck the mountainous region early on Sunday, flattening villages. The quake killed "
    "at least 1,100 people and injured more than 3,400, the interior ministry said. Rescuers pulled 60 people alive "
    "from collapsed buildings. The death toll is expected to rise as teams reach remote areas, where an estimated 200 "
    "villages were cut off by landslides. The government has pledged $50 million for reconstruction, and 14 countries "
    "have sent rescue teams. Aftershocks continued for 12 hours."
)
BUSINESS_TAKEOVER = (
    "The supermarket group will buy its smaller rival in a $2.4 billion takeover, the two companies said on Monday. "
    "Under the deal, which ends months of talks, the buyer will pay $18 a share in cash and plans to close 45 stores "
    "in the first year, while the rival's chief executive said about 1,200 jobs would go over two years. Shares in the "
    "rival jumped 26 per cent. The combined group will employ 60,000 people."
)
BUSINESS_RESULTS = (
    "The carmaker reported a 12 per cent fall in quarterly profit to $3.1 billion on Thursday, hit by weaker demand "
    "in China. Revenue slipped 4 per cent to $41 billion, and the company said it had sold 2.2 million vehicles in the "
    "three months to June, down from 2.4 million a year earlier. It also announced the sale of its 40 per cent stake "
    "in a battery venture. Its shares fell 6 per cent."
)
POLITICS_ELECTION = (
    "The governing party won 212 of the 400 seats in Sunday's parliamentary election, falling short of a majority, "
    "the electoral commission said on Monday. Turnout was 61 per cent. The main opposition alliance took 148 seats, "
    "up from 97 at the last election, while its leader received 41 per cent of the vote in the presidential race, "
    "against 52 per cent for the incumbent. Observers said 30 polling stations had opened late."
)
POLITICS_PROTEST = (
    "Thousands of people marched in the capital on Saturday against the new labour law, the third weekend of "
    "protests. Police said 85 people were arrested and 23 charged with public order offences after clashes near "
    "parliament, in which 14 officers were hurt, and organisers put the crowd at 50,000. The law, which parliament "
    "passed by 201 votes to 150 last month, raises the retirement age to 64. The interior minister said 2,000 extra "
    "police would be on duty next weekend."
)
HEALTH_OUTBREAK = (
    "Health officials in the province recorded 214 new cholera cases on Wednesday, the highest daily figure since the "
    "outbreak began in June. The disease has now killed 57 people and sickened more than 3,900, and the ministry said "
    "it would vaccinate 400,000 residents in the worst-hit districts, with 1.2 million doses due to arrive from abroad "
    "next week. Doctors said 30 patients were in critical condition."
)
HEALTH_TRIAL = (
    "A new drug cut the risk of heart attacks by 25 per cent in a large trial, its maker said on Tuesday. The study "
    "followed 14,000 patients in 32 countries for five years, and 410 of them died during the study, researchers "
    "told a conference. The company has spent $1.5 billion developing the medicine. A year's supply will be priced at "
    "about $6,000."
)
SCIENCE_LANDER = (
    "The space agency launched its new lunar lander on Thursday aboard a rocket carrying 11 satellites for other "
    "customers. The lander, which weighs 1.9 tonnes, is due to touch down near the moon's south pole after a journey "
    "of 25 days, and will spend about 14 days on the surface, drilling for ice up to 1 metre below ground. The "
    "mission cost $420 million. A similar probe crashed two years ago."
)
SCIENCE_FINDINGS = (
    "Astronomers have found 27 new moons orbiting the two largest planets. The objects, the smallest of which is "
    "about 3 km across, were spotted by a telescope in Chile over 18 months of observations, the team said in a paper "
    "published on Wednesday. Separately, scientists reported that Arctic sea ice shrank to 4.1 million square "
    "kilometres this summer."
)
CRIME_FRAUD = (
    "A former bank manager was jailed for nine years on Friday for stealing $4.3 million from elderly customers. The "
    "judge said the 58-year-old had taken money from 37 accounts, and ordered him to repay $1.1 million within six "
    "months or serve an extra two years, after hearing that only a fraction of the funds had been recovered. Two "
    "accomplices were sentenced to 18 months each."
)
CRIME_RAIDS = (
    "Police arrested 19 people in dawn raids across the city on Tuesday as part of an investigation into a drugs "
    "gang. Officers seized cash, weapons and 40 kilograms of cocaine with a street value of $3 million, a police "
    "spokesman said, adding that 11 of those detained were later released without charge. The gang is suspected of "
    "laundering more than $20 million. Six of the suspects will appear in court on Thursday."
)
SPORT_LEAGUE = (
    "Northgate beat Riverside on Sunday and are now five points clear at the top of the league, with 12 games left. "
    "Their striker has now scored 24 goals this season, one short of the club record, while Riverside, who had won "
    "their previous six matches, finished with 10 men after a red card. A crowd of 52,000 watched the match."
)
SPORT_MARATHON = (
    "Ruth Kamau won the city marathon on Sunday in 2 hours 18 minutes, breaking the course record by 41 seconds. The "
    "27-year-old pulled clear of the leading group after 30 kilometres and finished 90 seconds ahead of the defending "
    "champion, earning $100,000 in prize money and a further $50,000 for the record. More than 35,000 runners took "
    "part."
)

CONFLICT = [
    (CONFLICT_STRIKES, "at least 31", "killed"),
    (CONFLICT_STRIKES, "12", "killed"),
    (CONFLICT_STRIKES, "86", "injured"),
    pytest.param(CONFLICT_STRIKES, "1,240", "killed", marks=gap(TOTAL_PARTICIPLE)),
    (CONFLICT_STRIKES, "45", "other:strike"),
    (CONFLICT_STRIKES, "9,000", "displaced"),
    pytest.param(CONFLICT_STRIKES, "14", "other:recover", marks=gap(BODIES)),
    (CONFLICT_OFFENSIVE, "two", "other:seize"),
    (CONFLICT_OFFENSIVE, "3,000", "sent"),
    (CONFLICT_OFFENSIVE, "120", "other:capture"),
    (CONFLICT_OFFENSIVE, "40", "killed"),
    (CONFLICT_OFFENSIVE, "250,000", "displaced"),  # "and 40 killed" is the 40's (event._verb_of_another_count, stop 60)
    (CONFLICT_OFFENSIVE, "six weeks", "other:begin"),
    (CONFLICT_OFFENSIVE, "80,000", "measured"),
]

DISASTERS = [
    (DISASTERS_STORM, "Some 40,000", "measured"),
    (DISASTERS_STORM, "three", "killed"),
    (DISASTERS_STORM, "27", "other:take"),  # stop 39: governed.own_clause_event
    (DISASTERS_STORM, "more than 5,000", "displaced"),
    (DISASTERS_STORM, "up to 2 metres", "rose"),
    (DISASTERS_STORM, "$150 million", "cost"),
    (DISASTERS_QUAKE, "magnitude 6.8", "measured"),
    (DISASTERS_QUAKE, "at least 1,100", "killed"),
    (DISASTERS_QUAKE, "more than 3,400", "injured"),
    (DISASTERS_QUAKE, "60", "other:pull"),
    (DISASTERS_QUAKE, "an estimated 200", "other:cut"),
    (DISASTERS_QUAKE, "$50 million", "pledged"),
    (DISASTERS_QUAKE, "14", "sent"),
    (DISASTERS_QUAKE, "12 hours", "other:continue"),
]

BUSINESS = [
    (BUSINESS_TAKEOVER, "$2.4 billion", "bought"),
    (BUSINESS_TAKEOVER, "$18", "other:pay"),
    (BUSINESS_TAKEOVER, "45", "other:close"),
    (BUSINESS_TAKEOVER, "about 1,200", "other:go"),
    pytest.param(BUSINESS_TAKEOVER, "two", "other:go", marks=gap(OVER_TIME)),
    (BUSINESS_TAKEOVER, "26 per cent", "rose"),
    (BUSINESS_TAKEOVER, "60,000", "measured"),
    (BUSINESS_RESULTS, "12 per cent", "fell"),
    (BUSINESS_RESULTS, "$3.1 billion", "fell"),
    (BUSINESS_RESULTS, "4 per cent", "fell"),  # a level that slips falls (measure_lexicon.FALL_VERBS)
    (BUSINESS_RESULTS, "$41 billion", "fell"),
    (BUSINESS_RESULTS, "2.2 million", "sold"),
    pytest.param(BUSINESS_RESULTS, "2.4 million", "fell", marks=gap(FROM_LEVEL)),
    pytest.param(BUSINESS_RESULTS, "40 per cent", "sold", marks=gap(SALE_OF)),
    (BUSINESS_RESULTS, "6 per cent", "fell"),
]

POLITICS = [
    (POLITICS_ELECTION, "212", "won"),
    (POLITICS_ELECTION, "400", "measured"),
    (POLITICS_ELECTION, "61 per cent", "measured"),
    (POLITICS_ELECTION, "148", "other:take"),
    pytest.param(POLITICS_ELECTION, "97", "rose", marks=gap(FROM_LEVEL)),
    (POLITICS_ELECTION, "41 per cent", "won"),
    pytest.param(POLITICS_ELECTION, "52 per cent", "won", marks=gap(ELLIPSIS)),
    (POLITICS_ELECTION, "30", "other:open"),
    (POLITICS_PROTEST, "Thousands", "other:march"),
    (POLITICS_PROTEST, "85", "other:arrest"),
    (POLITICS_PROTEST, "23", "other:charge"),
    (POLITICS_PROTEST, "14", "injured"),
    pytest.param(POLITICS_PROTEST, "50,000", "said", marks=gap(ESTIMATE_AT)),
    pytest.param(POLITICS_PROTEST, "201", "other:pass", marks=gap(VOTES_PASSED)),
    pytest.param(POLITICS_PROTEST, "150", "other:pass", marks=gap(VOTES_PASSED)),
    (POLITICS_PROTEST, "2,000", "measured"),
]

HEALTH = [
    pytest.param(HEALTH_OUTBREAK, "214", "other:record", marks=gap(RECORDED)),
    (HEALTH_OUTBREAK, "57", "killed"),
    (HEALTH_OUTBREAK, "more than 3,900", "other:sicken"),
    (HEALTH_OUTBREAK, "400,000", "other:vaccinate"),
    (HEALTH_OUTBREAK, "1.2 million", "arrived"),
    (HEALTH_OUTBREAK, "30", "measured"),
    (HEALTH_TRIAL, "25 per cent", "other:cut"),
    (HEALTH_TRIAL, "14,000", "other:follow"),
    pytest.param(HEALTH_TRIAL, "32", "measured", marks=gap(PLACES_COUNT)),
    (HEALTH_TRIAL, "five years", "other:follow"),
    (HEALTH_TRIAL, "410", "killed"),
    (HEALTH_TRIAL, "$1.5 billion", "other:spend"),
    (HEALTH_TRIAL, "about $6,000", "cost"),
]

SCIENCE = [
    (SCIENCE_LANDER, "11", "other:carry"),
    pytest.param(SCIENCE_LANDER, "1.9 tonnes", "measured", marks=gap(WEIGH)),
    (SCIENCE_LANDER, "25 days", "other:journey"),
    (SCIENCE_LANDER, "about 14 days", "other:spend"),
    (SCIENCE_LANDER, "up to 1 metre", "measured"),
    (SCIENCE_LANDER, "$420 million", "cost"),
    (SCIENCE_LANDER, "two years", "other:crash"),
    (SCIENCE_FINDINGS, "27", "other:find"),
    (SCIENCE_FINDINGS, "about 3 km", "measured"),
    (SCIENCE_FINDINGS, "two", "other:orbit"),
    (SCIENCE_FINDINGS, "4.1 million square kilometres", "fell"),
]

CRIME = [
    (CRIME_FRAUD, "nine years", "other:jail"),
    (CRIME_FRAUD, "$4.3 million", "other:steal"),
    (CRIME_FRAUD, "37", "other:take"),
    (CRIME_FRAUD, "$1.1 million", "other:repay"),
    (CRIME_FRAUD, "two years", "other:serve"),
    (CRIME_FRAUD, "18 months", "other:sentence"),
    (CRIME_FRAUD, "Two", "other:sentence"),
    (CRIME_RAIDS, "19", "other:arrest"),
    pytest.param(CRIME_RAIDS, "40 kilograms", "other:seize", marks=gap(MEASURE_OF_THING)),
    pytest.param(CRIME_RAIDS, "$3 million", "cost", marks=gap(VALUE_OF)),
    pytest.param(CRIME_RAIDS, "11", "other:release", marks=gap(OF_THOSE)),
    (CRIME_RAIDS, "more than $20 million", "other:launder"),
    (CRIME_RAIDS, "Six", "other:appear"),
]

SPORT = [
    pytest.param(SPORT_LEAGUE, "five", "measured", marks=gap(CONJ_STATE)),
    pytest.param(SPORT_LEAGUE, "12", "measured", marks=gap(LEFT_REMAINING)),
    (SPORT_LEAGUE, "24", "other:score"),
    pytest.param(SPORT_LEAGUE, "one", "measured", marks=gap(SHORT_OF)),
    (SPORT_LEAGUE, "six", "won"),
    (SPORT_LEAGUE, "10", "other:finish"),
    (SPORT_LEAGUE, "52,000", "other:watch"),
    (SPORT_MARATHON, "2 hours", "won"),
    (SPORT_MARATHON, "18 minutes", "won"),
    (SPORT_MARATHON, "41 seconds", "other:break"),
    pytest.param(SPORT_MARATHON, "30 kilometres", "other:pull", marks=gap(AFTER_DISTANCE)),
    (SPORT_MARATHON, "90 seconds", "other:finish"),
    (SPORT_MARATHON, "$100,000", "other:earn"),
    (SPORT_MARATHON, "$50,000", "other:earn"),
    (SPORT_MARATHON, "More than 35,000", "other:take"),
]


@pytest.mark.parametrize("text,surface,expected", CONFLICT)
def test_event_articles_conflict(article_measures, text, surface, expected):
    assert article_measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", DISASTERS)
def test_event_articles_disasters(article_measures, text, surface, expected):
    assert article_measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", BUSINESS)
def test_event_articles_business(article_measures, text, surface, expected):
    assert article_measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", POLITICS)
def test_event_articles_politics(article_measures, text, surface, expected):
    assert article_measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", HEALTH)
def test_event_articles_health(article_measures, text, surface, expected):
    assert article_measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", SCIENCE)
def test_event_articles_science(article_measures, text, surface, expected):
    assert article_measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", CRIME)
def test_event_articles_crime(article_measures, text, surface, expected):
    assert article_measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", SPORT)
def test_event_articles_sport(article_measures, text, surface, expected):
    assert article_measures(text)[surface].event == expected
