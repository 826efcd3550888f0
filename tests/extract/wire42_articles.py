"""Stop 42's invented wire articles (nothing copied from any corpus, gold or test text) and their labels, written
from tests/gold/measures/GUIDE.md (revisions 2 and 3 win) before the code was run: three short articles per domain,
a headline line first, in ordinary agency wording (ages after names, tolls that rise "by X to Y", per cents of,
money with currencies, scores, quotes with "said", "according to", a figure whose thing is named the sentence before).

A label is (surface, value, unit, quantity, subject, event, place, scope, dimension, said_by[, at]): `at` is a
string unique in the article holding the surface, given where the surface alone is not unique. A name field may
list two acceptable names with ";" (the gold's way, read by `measure_rules.name_ok`).

The second pass (every label read again against the GUIDE before any run) changed six: disasters_2 '11' and '4,500'
place Mozambique -> "Mozambique; Beira" (the lede's clause restricts them to the landfall near Beira as much as the
headline's country); politics_2 '16-hour' event other:debate -> other:precede (E5: the timed action noun is the
subject of "preceded"); science_3 '0.4 degrees' scope change -> total (C3: the margin a record is broken by);
science_3 '14' subject "" -> "Spain" (14 of Spain's regions, as its whole '17'); crime_3 '11' subject "Officers" ->
"Officers; police" (Q4). After the blind run one name was changed and nothing else: conflict_1's aged man had a name
the brief quotes from a dev text; the run's outcome is the same. Not labelled, noticed after the run: the vague
'thousands' of disasters_2's headline (a figure by tests/gold/README.md) and a false figure 'half' of business_2's
"first-half profit"."""
from __future__ import annotations

ARTICLES: dict[str, str] = {
    "conflict_1": (
        "Drone strike kills aid workers near Idlib\n"
        "A drone strike on a convoy near Idlib killed seven aid workers on Monday, the charity that employed them "
        "said. Karim Haddad, 53, the convoy's driver, was among the dead. The death toll from strikes in the province "
        "this month rose by 12 to 148, according to the Syrian Observatory for Human Rights. About 3,000 families "
        "have fled the area, a local official said."),
    "conflict_2": (
        "Army says it repelled attack on border post\n"
        "Gunmen attacked an army post in northern Burkina Faso on Sunday, killing 14 soldiers, the army said in a "
        "statement. It said troops had killed 30 of the attackers. A military source, who asked not to be named, "
        "said 22 soldiers were wounded, eight of them seriously. The government has deployed 500 more troops to "
        "the region."),
    "conflict_3": (
        "Ceasefire talks stall as shelling resumes\n"
        "Shelling of the city of Kharkiv killed three civilians, including a 12-year-old boy, and wounded 17 others "
        "overnight, the regional governor said on Tuesday. The attack came hours after negotiators ended two days "
        "of talks in Geneva without agreement. The United Nations says more than 11,000 civilians have been killed "
        "in the war, and that the true figure is likely to be considerably higher."),
    "disasters_1": (
        "Landslide buries village in Nepal\n"
        "A landslide triggered by heavy rain buried a village in western Nepal on Wednesday, killing at least 23 "
        "people, police said. The toll rose from 15 earlier in the day as rescuers pulled more bodies from the mud. "
        "Another 40 people are missing. Rescuers found a 70-year-old woman alive under the debris nine hours after "
        "the slide, a police spokesman said."),
    "disasters_2": (
        "Cyclone leaves thousands homeless in Mozambique\n"
        "Cyclone Elia made landfall near the port of Beira on Saturday with winds of up to 190 km/h, killing 11 "
        "people and destroying 4,500 homes, the disaster management agency said. More than 60,000 people have been "
        "displaced. The agency said the number of people in temporary shelters had risen by 8,000 to 35,000. The "
        "World Food Programme appealed for $12 million to feed survivors."),
    "disasters_3": (
        "Wildfire forces evacuations in California\n"
        "A wildfire north of Los Angeles has burned more than 12,000 hectares and destroyed 85 buildings, fire "
        "officials said on Thursday. About 9,000 residents were ordered to leave their homes. Firefighters had "
        "contained 20 per cent of the blaze by the evening, up from 5 per cent on Wednesday. Two firefighters were "
        "treated for minor injuries."),
    "business_1": (
        "Central bank lifts rates again\n"
        "The Reserve Bank of Australia raised the cash rate by 0.25 percentage points to 4.35 per cent on Tuesday, "
        "its third increase this year. Governor Michele Bullock said inflation, which fell to 3.8 per cent in the "
        "June quarter, was still too high. Shares in the Commonwealth Bank fell 1.2 per cent to A$158.40."),
    "business_2": (
        "Carmaker to cut jobs as profit slumps\n"
        "German carmaker Volkhart said on Wednesday it would cut its workforce by 10 per cent to 9,000 by the end of "
        "next year after first-half profit fell 38 per cent to 1.2 billion euros. Sales rose by 5 per cent to 14.6 "
        "billion euros, but costs climbed faster, chief executive Anja Roth told reporters. The company's shares "
        "fell 7 per cent in Frankfurt."),
    "business_3": (
        "Oil prices jump after supply cut\n"
        "Oil prices rose sharply on Monday after producers agreed to cut output by 1.5 million barrels a day. Brent "
        "crude climbed $3.20, or 4.1 per cent, to $81.40 a barrel, its biggest one-day gain since March. Analysts "
        "at Meridian Capital said prices could reach $90 by the end of the year. The FTSE 100 index fell 0.8 per "
        "cent."),
    "politics_1": (
        "Ruling party keeps majority\n"
        "New Zealand's ruling Labour Party won 64 of the 120 seats in Saturday's general election, up from 58 at "
        "the last election, the electoral commission said on Sunday. Prime Minister Helen Marsh, 61, thanked "
        "voters. The opposition National Alliance won 41 seats, down by 9. Turnout was 78 per cent."),
    "politics_2": (
        "Senate passes spending bill\n"
        "The US Senate passed a $1.2 trillion spending bill late on Friday by 74 votes to 24, averting a government "
        "shutdown hours before the deadline. The bill includes $886 billion for defence, up 3 per cent from last "
        "year. Senate Majority Leader Tom Harlan said the vote showed the chamber could still work together. A "
        "16-hour debate preceded the vote."),
    "politics_3": (
        "Minister resigns over expenses\n"
        "Spain's Transport Minister Rafael Ortiz, 47, resigned on Monday after an audit found he had claimed 38,000 "
        "euros in travel expenses he was not entitled to. Prime Minister Lucia Ferrer said Ortiz would repay the "
        "full amount. A poll published on Sunday showed support for the governing party had dropped by 4 points to "
        "27 per cent. Spain's parliament has 350 seats."),
    "health_1": (
        "Cholera cases surge in Sudan\n"
        "Cholera has killed 310 people in Sudan since August, the health ministry said on Wednesday, as the number "
        "of suspected cases rose by 2,400 in a week to 19,800. Khartoum state accounted for about 40 per cent of "
        "the cases. The World Health Organization said it had delivered 1.2 million vaccine doses."),
    "health_2": (
        "Study links air pollution to dementia risk\n"
        "People exposed to high levels of fine-particle pollution had a 17 per cent higher risk of developing "
        "dementia, according to a study of 2.3 million adults published on Monday in The Lancet. The researchers, "
        "led by Dr Ingrid Holm, 58, of the Karolinska Institute, followed the participants for an average of 11 "
        "years. About 74,000 of them developed dementia during the study."),
    "health_3": (
        "Hospital waiting lists grow\n"
        "The number of patients waiting for planned surgery in England rose by 120,000 to 7.6 million in March, NHS "
        "figures showed on Thursday. Some 310,000 people had waited more than a year. Health Secretary Mark Dunn "
        "said the government would spend £2 billion to cut the backlog, and that 40,000 extra operations a week "
        "would be carried out by next summer."),
    "science_1": (
        "Probe reaches asteroid after long journey\n"
        "Japan's Hoshikaze probe arrived at the asteroid Ryoku on Friday after a journey of 4.2 billion kilometres, "
        "the Japan Aerospace Exploration Agency said. The asteroid, which has a diameter of about 900 metres, lies "
        "290 million km from Earth. The probe will collect 10 grams of rock and return it to Earth. The mission "
        "cost 31 billion yen."),
    "science_2": (
        "Researchers find new species in deep-sea survey\n"
        "Scientists have identified 27 new species of fish and invertebrates during a 40-day expedition off the "
        "coast of Chile, the Schmidt Ocean Institute said on Tuesday. The team, led by marine biologist Ana Perez, "
        "44, sampled depths of up to 4,200 metres. About 60 researchers from eight countries took part."),
    "science_3": (
        "Heatwave breaks temperature record\n"
        "Temperatures in Seville reached 46.2C on Sunday, breaking the city's record by 0.4 degrees, the national "
        "weather agency AEMET said. The agency said 14 of Spain's 17 regions were on alert. The heatwave is "
        "expected to last at least five more days."),
    "crime_1": (
        "Former banker jailed for fraud\n"
        "A former bank manager, 52, was jailed for six years on Friday for stealing 2.4 million Canadian dollars "
        "from elderly customers, a court in Toronto heard. Judge Sarah Klein said Daniel Price had taken money from "
        "37 accounts over a decade. Price must repay 1.9 million Canadian dollars, she ordered. Police said they "
        "had recovered about 500,000 Canadian dollars."),
    "crime_2": (
        "Police seize cocaine at port\n"
        "Police in Rotterdam seized 3.2 tonnes of cocaine hidden in a shipment of bananas, the largest haul this "
        "year, prosecutors said on Wednesday. The drugs had a street value of about 240 million euros. Four men, "
        "aged between 31 and 45, were arrested. Seizures at the port have risen by 30 per cent since last year."),
    "crime_3": (
        "Teenager charged after stabbing\n"
        "A 17-year-old boy has been charged with murder after a man was stabbed to death in Manchester on Saturday "
        "night, Greater Manchester Police said. The victim, Liam Carter, 24, died at the scene. Officers have "
        "arrested 11 people in connection with knife crime in the city this month. Knife offences in England and "
        "Wales rose 4 per cent to 54,000 last year, according to the Office for National Statistics."),
    "sport_1": (
        "United beat Arsenal at Old Trafford\n"
        "Manchester United beat Arsenal 2-0 on Saturday, with Marcus Holt scoring both goals in the second half. "
        "The win lifted United to 45 points, four behind leaders Liverpool. A crowd of 73,500 watched the match. "
        "Arsenal have now lost three of their last five league games."),
    "sport_2": (
        "Petrov reaches semi-finals in Melbourne\n"
        "Bulgaria's Ivan Petrov, 29, beat Spain's Carlos Ruiz in three sets on Wednesday to reach the semi-finals "
        "of the Australian Open in Melbourne. Petrov hit 18 aces and saved five break points in a match that "
        "lasted 192 minutes. He has won 14 of his 16 matches this season."),
    "sport_3": (
        "Australia crush England in first Test\n"
        "Australia beat England by 295 runs in the first Test in Perth on Monday to take a 1-0 lead in the "
        "five-match series. Fast bowler Sam Doyle, 27, took five wickets for 42 runs in England's second innings "
        "as the tourists were bowled out for 238. Australia captain Ben Hale said it was the team's best "
        "performance in a decade."),
}

_OBS = "Syrian Observatory for Human Rights"
_DMA = "disaster management agency"
_LA = "Los Angeles; California"
_RBA = "Reserve Bank of Australia"
_JAXA = "Japan Aerospace Exploration Agency"
_SOI = "Schmidt Ocean Institute"
_PRICE = "Daniel Price; bank manager"
_ONS = "Office for National Statistics"
_NZ = "New Zealand"
_US = "US; United States"

LABELS: dict[str, list[tuple]] = {
    "conflict_1": [
        ("seven", 7, "", "deaths", "aid workers", "killed", "Idlib", "incremental", "count", "charity"),
        ("53", 53, "year", "age", "Karim Haddad", "measured", "", "total", "duration", ""),
        ("12", 12, "", "deaths", "", "killed", "Idlib", "change", "count", _OBS),
        ("148", 148, "", "deaths", "", "killed", "Idlib", "total", "count", _OBS),
        ("About 3,000", 3000, "", "displaced", "", "displaced", "Idlib", "total", "count", "local official"),
    ],
    "conflict_2": [
        ("14", 14, "", "deaths", "soldiers; army", "killed", "Burkina Faso", "total", "count", "army"),
        ("30", 30, "", "deaths", "attackers", "killed", "Burkina Faso", "total", "count", "army"),
        ("22", 22, "", "injured", "soldiers", "injured", "Burkina Faso", "total", "count", "military source"),
        ("eight", 8, "", "injured", "soldiers", "injured", "Burkina Faso", "total", "count", "military source"),
        ("500", 500, "", "troops", "government", "sent", "Burkina Faso", "incremental", "count", ""),
    ],
    "conflict_3": [
        ("three", 3, "", "deaths", "civilians", "killed", "Kharkiv", "incremental", "count", "regional governor"),
        ("12-year-old", 12, "year", "age", "boy", "measured", "", "total", "duration", "regional governor"),
        ("17", 17, "", "injured", "civilians; others", "injured", "Kharkiv", "incremental", "count",
         "regional governor"),
        ("two days", 2, "day", "duration", "negotiators", "other:end", "Geneva", "total", "duration", ""),
        ("more than 11,000", 11000, "", "deaths", "civilians", "killed", "", "total", "count", "United Nations"),
    ],
    "disasters_1": [
        ("at least 23", 23, "", "deaths", "", "killed", "Nepal", "total", "count", "police"),
        ("15", 15, "", "deaths", "", "killed", "Nepal", "total", "count", ""),
        ("40", 40, "", "missing", "", "missing", "Nepal", "total", "count", ""),
        ("70-year-old", 70, "year", "age", "woman", "measured", "", "total", "duration", "police spokesman"),
        ("nine hours", 9, "hour", "duration", "rescuers", "other:find", "Nepal", "total", "duration",
         "police spokesman"),
    ],
    "disasters_2": [
        ("up to 190 km/h", 190, "km/h", "speed", "Cyclone Elia", "measured", "Beira", "total", "speed", _DMA),
        ("11", 11, "", "deaths", "", "killed", "Mozambique; Beira", "total", "count", _DMA),
        ("4,500", 4500, "", "home", "", "other:destroy", "Mozambique; Beira", "total", "count", _DMA),
        ("More than 60,000", 60000, "", "displaced", "", "displaced", "Mozambique", "total", "count", ""),
        ("8,000", 8000, "", "displaced", "", "rose", "Mozambique", "change", "count", "agency"),
        ("35,000", 35000, "", "displaced", "", "rose", "Mozambique", "total", "count", "agency"),
        ("$12 million", 12e6, "USD", "aid", "World Food Programme", "other:appeal", "Mozambique", "total",
         "currency:USD", ""),
    ],
    "disasters_3": [
        ("more than 12,000 hectares", 12000, "hectare", "area", "", "other:burn", _LA, "total", "area",
         "fire officials"),
        ("85", 85, "", "building", "", "other:destroy", _LA, "total", "count", "fire officials"),
        ("About 9,000", 9000, "", "displaced", "", "other:order", _LA, "total", "count", ""),
        ("20 per cent", 20, "percent", "share", "Firefighters", "other:contain", _LA, "share", "percent", ""),
        ("5 per cent", 5, "percent", "share", "Firefighters", "other:contain", _LA, "share", "percent", ""),
        ("Two", 2, "", "injured", "firefighters", "other:treat", _LA, "total", "count", ""),
    ],
    "business_1": [
        ("0.25 percentage points", 0.25, "percentage_point", "rate", _RBA, "rose", "", "change", "percentage_point",
         ""),
        ("4.35 per cent", 4.35, "percent", "rate", _RBA, "rose", "", "rate", "percent", ""),
        ("3.8 per cent", 3.8, "percent", "inflation", "", "fell", "", "rate", "percent", "Michele Bullock"),
        ("1.2 per cent", 1.2, "percent", "share_price", "Commonwealth Bank", "fell", "", "change", "percent", ""),
        ("A$158.40", 158.4, "AUD", "share_price", "Commonwealth Bank", "fell", "", "total", "currency:AUD", ""),
    ],
    "business_2": [
        ("10 per cent", 10, "percent", "people", "Volkhart", "other:cut", "", "projection", "percent", "Volkhart"),
        ("9,000", 9000, "", "people", "Volkhart", "other:cut", "", "projection", "count", "Volkhart"),
        ("38 per cent", 38, "percent", "profit", "Volkhart", "fell", "", "change", "percent", "Volkhart"),
        ("1.2 billion euros", 1.2e9, "EUR", "profit", "Volkhart", "fell", "", "total", "currency:EUR", "Volkhart"),
        ("5 per cent", 5, "percent", "sales", "Volkhart", "rose", "", "change", "percent", "Anja Roth"),
        ("14.6 billion euros", 14.6e9, "EUR", "sales", "Volkhart", "rose", "", "total", "currency:EUR", "Anja Roth"),
        ("7 per cent", 7, "percent", "share_price", "Volkhart", "fell", "Frankfurt", "change", "percent", ""),
    ],
    "business_3": [
        ("1.5 million barrels", 1.5e6, "barrel", "output", "producers", "other:cut", "", "projection", "volume", ""),
        ("$3.20", 3.2, "USD", "price", "Brent crude", "rose", "", "change", "currency:USD", ""),
        ("4.1 per cent", 4.1, "percent", "price", "Brent crude", "rose", "", "change", "percent", ""),
        ("$81.40", 81.4, "USD", "price", "Brent crude", "rose", "", "total", "currency:USD", ""),
        ("$90", 90, "USD", "price", "", "other:reach", "", "projection", "currency:USD", "Meridian Capital"),
        ("0.8 per cent", 0.8, "percent", "index_level", "FTSE 100", "fell", "", "change", "percent", ""),
    ],
    "politics_1": [
        ("64", 64, "", "seats", "Labour Party", "won", _NZ, "total", "count", "electoral commission"),
        ("120", 120, "", "seats", "", "measured", _NZ, "total", "count", "electoral commission"),
        ("58", 58, "", "seats", "Labour Party", "won", _NZ, "total", "count", "electoral commission"),
        ("61", 61, "year", "age", "Helen Marsh", "measured", "", "total", "duration", ""),
        ("41", 41, "", "seats", "National Alliance", "won", _NZ, "total", "count", ""),
        ("9", 9, "", "seats", "National Alliance", "fell", _NZ, "change", "count", ""),
        ("78 per cent", 78, "percent", "turnout", "", "measured", _NZ, "share", "percent", ""),
    ],
    "politics_2": [
        ("$1.2 trillion", 1.2e12, "USD", "spending", "US Senate", "other:pass", _US, "total", "currency:USD", ""),
        ("74", 74, "", "votes", "US Senate; bill", "other:pass", _US, "total", "count", ""),
        ("24", 24, "", "votes", "US Senate; bill", "other:pass", _US, "total", "count", ""),
        ("$886 billion", 886e9, "USD", "spending", "", "measured", _US, "total", "currency:USD", ""),
        ("3 per cent", 3, "percent", "spending", "", "rose", _US, "change", "percent", ""),
        ("16-hour", 16, "hour", "duration", "", "other:precede", _US, "total", "duration", ""),
    ],
    "politics_3": [
        ("47", 47, "year", "age", "Rafael Ortiz", "measured", "", "total", "duration", ""),
        ("38,000 euros", 38000, "EUR", "money", "Rafael Ortiz", "other:claim", "Spain", "total", "currency:EUR",
         "audit"),
        ("4 points", 4, "percentage_point", "support", "governing party", "fell", "Spain", "change",
         "percentage_point", "poll"),
        ("27 per cent", 27, "percent", "support", "governing party", "fell", "Spain", "share", "percent", "poll"),
        ("350", 350, "", "seats", "parliament", "measured", "Spain", "total", "count", ""),
    ],
    "health_1": [
        ("310", 310, "", "deaths", "", "killed", "Sudan", "total", "count", "health ministry"),
        ("2,400", 2400, "", "case", "", "rose", "Sudan", "change", "count", "health ministry"),
        ("19,800", 19800, "", "case", "", "rose", "Sudan", "total", "count", "health ministry"),
        ("about 40 per cent", 40, "percent", "share", "", "measured", "Khartoum", "share", "percent", ""),
        ("1.2 million", 1.2e6, "", "dose", "World Health Organization", "other:deliver", "Sudan", "total", "count",
         "World Health Organization"),
    ],
    "health_2": [
        ("17 per cent", 17, "percent", "risk", "", "measured", "", "change", "percent", "study"),
        ("2.3 million", 2.3e6, "", "people", "", "other:study", "", "total", "count", "study"),
        ("58", 58, "year", "age", "Ingrid Holm", "measured", "", "total", "duration", ""),
        ("11 years", 11, "year", "duration", "researchers", "other:follow", "", "total", "duration", ""),
        ("About 74,000", 74000, "", "people", "", "other:develop", "", "total", "count", ""),
    ],
    "health_3": [
        ("120,000", 120000, "", "people", "", "rose", "England", "change", "count", "NHS"),
        ("7.6 million", 7.6e6, "", "people", "", "rose", "England", "total", "count", "NHS"),
        ("Some 310,000", 310000, "", "people", "", "other:wait", "England", "total", "count", ""),
        ("£2 billion", 2e9, "GBP", "spending", "government", "other:spend", "England", "projection", "currency:GBP",
         "Mark Dunn"),
        ("40,000", 40000, "", "operation", "", "other:carry", "England", "projection", "count", "Mark Dunn"),
    ],
    "science_1": [
        ("4.2 billion kilometres", 4.2e9, "km", "distance", "Hoshikaze", "other:journey", "", "total", "length",
         _JAXA),
        ("about 900 metres", 900, "meter", "diameter", "Ryoku", "measured", "", "total", "length", ""),
        ("290 million km", 290e6, "km", "distance", "Ryoku", "measured", "", "total", "length", ""),
        ("10 grams", 10, "gram", "mass", "Hoshikaze", "other:collect", "", "projection", "mass", ""),
        ("31 billion yen", 31e9, "JPY", "cost", "mission", "cost", "", "total", "currency:JPY", ""),
    ],
    "science_2": [
        ("27", 27, "", "species", "Scientists", "other:identify", "Chile", "total", "count", _SOI),
        ("40-day", 40, "day", "duration", "", "other:expedition", "Chile", "total", "duration", _SOI),
        ("44", 44, "year", "age", "Ana Perez", "measured", "", "total", "duration", ""),
        ("up to 4,200 metres", 4200, "meter", "depth", "team", "other:sample", "Chile", "total", "length", ""),
        ("About 60", 60, "", "people", "", "other:take", "Chile", "total", "count", ""),
        ("eight", 8, "", "country", "", "measured", "", "total", "count", ""),
    ],
    "science_3": [
        ("46.2C", 46.2, "celsius", "temperature", "", "other:reach", "Seville", "total", "temperature", "AEMET"),
        ("0.4 degrees", 0.4, "celsius", "temperature", "", "other:break", "Seville", "total", "temperature",
         "AEMET"),
        ("14", 14, "", "region", "Spain", "measured", "Spain", "total", "count", "agency; AEMET"),
        ("17", 17, "", "region", "Spain", "measured", "Spain", "total", "count", "agency; AEMET"),
        ("at least five", 5, "day", "duration", "heatwave", "other:last", "Spain; Seville", "projection", "duration",
         ""),
    ],
    "crime_1": [
        ("52", 52, "year", "age", _PRICE, "measured", "", "total", "duration", ""),
        ("six years", 6, "year", "duration", _PRICE, "other:jail", "Toronto", "total", "duration", "court"),
        ("2.4 million Canadian dollars", 2.4e6, "CAD", "money", _PRICE, "other:steal", "Toronto", "total",
         "currency:CAD", "court"),
        ("37", 37, "", "account", _PRICE, "other:take", "Toronto", "total", "count", "Sarah Klein"),
        ("1.9 million Canadian dollars", 1.9e6, "CAD", "money", _PRICE, "other:repay", "Toronto", "total",
         "currency:CAD", "Sarah Klein"),
        ("about 500,000 Canadian dollars", 5e5, "CAD", "money", "Police", "other:recover", "Toronto", "total",
         "currency:CAD", "Police"),
    ],
    "crime_2": [
        ("3.2 tonnes", 3.2, "tonne", "mass", "Police", "other:seize", "Rotterdam", "total", "mass", "prosecutors"),
        ("about 240 million euros", 240e6, "EUR", "price", "drugs", "cost", "Rotterdam", "total", "currency:EUR", ""),
        ("Four", 4, "", "people", "", "other:arrest", "Rotterdam", "total", "count", ""),
        ("between 31 and 45", 38, "year", "age", "men", "measured", "", "total", "duration", ""),
        ("30 per cent", 30, "percent", "seizure", "", "rose", "Rotterdam", "change", "percent", ""),
    ],
    "crime_3": [
        ("17-year-old", 17, "year", "age", "boy", "measured", "", "total", "duration", "Greater Manchester Police"),
        ("24", 24, "year", "age", "Liam Carter", "measured", "", "total", "duration", ""),
        ("11", 11, "", "people", "Officers; police", "other:arrest", "Manchester", "incremental", "count", ""),
        ("4 per cent", 4, "percent", "offence", "", "rose", "England; Wales", "change", "percent", _ONS),
        ("54,000", 54000, "", "offence", "", "rose", "England; Wales", "total", "count", _ONS),
    ],
    "sport_1": [
        ("2", 2, "", "goal", "Manchester United", "other:beat", "Old Trafford", "total", "count", "", "Arsenal 2-0"),
        ("0", 0, "", "goal", "Arsenal", "other:beat", "Old Trafford", "total", "count", "", "Arsenal 2-0"),
        ("45", 45, "", "point", "United", "other:lift", "", "total", "count", ""),
        ("four", 4, "", "point", "United", "measured", "", "total", "count", ""),
        ("73,500", 73500, "", "people", "", "other:watch", "Old Trafford", "total", "count", ""),
        ("three", 3, "", "game", "Arsenal", "other:lose", "", "total", "count", ""),
        ("five", 5, "", "game", "Arsenal", "measured", "", "total", "count", ""),
    ],
    "sport_2": [
        ("29", 29, "year", "age", "Ivan Petrov", "measured", "", "total", "duration", ""),
        ("three", 3, "", "set", "Ivan Petrov", "other:beat", "Melbourne", "total", "count", ""),
        ("18", 18, "", "ace", "Ivan Petrov", "other:hit", "Melbourne", "total", "count", ""),
        ("five", 5, "", "break point", "Ivan Petrov", "other:save", "Melbourne", "total", "count", ""),
        ("192 minutes", 192, "minute", "duration", "", "other:last", "Melbourne", "total", "duration", ""),
        ("14", 14, "", "match", "Ivan Petrov", "won", "", "total", "count", ""),
        ("16", 16, "", "match", "Ivan Petrov", "measured", "", "total", "count", ""),
    ],
    "sport_3": [
        ("295", 295, "", "run", "Australia", "other:beat", "Perth", "total", "count", ""),
        ("1", 1, "", "test", "Australia", "other:take", "", "total", "count", "", "a 1-0 lead"),
        ("0", 0, "", "test", "England", "other:take", "", "total", "count", "", "a 1-0 lead"),
        ("five-match", 5, "", "match", "", "measured", "", "total", "count", ""),
        ("27", 27, "year", "age", "Sam Doyle", "measured", "", "total", "duration", ""),
        ("five", 5, "", "wicket", "Sam Doyle", "other:take", "Perth", "total", "count", "", "took five wickets"),
        ("42", 42, "", "run", "Sam Doyle", "other:take", "Perth", "total", "count", ""),
        ("238", 238, "", "run", "England", "other:bowl", "Perth", "total", "count", ""),
    ],
}
