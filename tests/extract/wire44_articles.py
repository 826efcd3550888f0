"""Stop 44's invented wire articles (nothing copied from any corpus, gold or test text) and their labels: a second,
independent probe on domains and wordings stop 42 did not write (elections and polls, transport accidents, courts
and sentences, public health, prices, weather and climate records, technology and users, migration at sea, labour,
sports transfers and attendances), labelled from tests/gold/measures/GUIDE.md (revisions 2 and 3 win) before any
code was run. A headline line first, then four to six sentences of ordinary agency wording.

A label is (surface, value, unit, quantity, subject, event, place, scope, dimension, said_by[, at]), as stop 42's
(wire42_articles.py): `at` is a string unique in the article holding the surface, given where the surface alone is
not unique; a name field may list acceptable names with ";" (the gold's way, read by `measure_rules.name_ok`).
Reference periods of another figure ("in the first nine months", "over the next 18 months", "in 24 hours"), years
and year ranges are not figures (tests/gold/README.md) and have no label.

The second pass (every label read again against the GUIDE before any run) changed seven: elections_1 'five days'
subject "" -> "poll" (the poll is what lasted, as the same sentence's margin of error is the poll's); transport_1
'14 hours' subject "" -> "Rescue work" (the same reading); transport_1 '1 million rupees' event other:announce ->
other:compensation (announce is a verb of statement, E1; the noun that takes the figure names the event, E2, as
stop 42's 'a study of 2.3 million adults' -> other:study); tech_1's headline surface '500 million' -> 'passes 500
million' (tests/gold/README.md, "Surface boundaries": 'passes 80,000' is a qualifier) and its event other:pass ->
measured (the verb is the qualifier; a level with no other verb, E1); migration_1 'about 86' subject "" -> "boat"
(the people on board are the boat's, as transport_1's 'The train, carrying about 1,200 people' -> train);
migration_1 '25' place "Libya" -> "Libya; Tripoli" (the rescued were taken to Tripoli, within Libya); sport_1 '44'
event measured -> other:score (E2: 'scored 31 goals in 44 games', the verb governs the games too)."""
from __future__ import annotations

ARTICLES: dict[str, str] = {
    "elections_1": (
        "Opposition widens lead in Slovakia poll\n"
        "Support for the opposition Civic Union rose by two points to 34 per cent, a survey by the Kestrel "
        "Institute showed on Tuesday. The governing Farmers' Party slipped to 29 per cent. The poll of 1,450 adults "
        "was carried out over five days and has a margin of error of 2.6 percentage points. About 18 per cent of "
        "respondents said they were still undecided."),
    "elections_2": (
        "Lisbon mayor wins second term\n"
        "Lisbon mayor Teresa Vaz won re-election on Sunday with 52.3 per cent of the vote, the national electoral "
        "commission said. Her main rival, Jorge Almeida, 58, took 31.7 per cent. Turnout fell to 44 per cent from "
        "51 per cent at the last election. Vaz's coalition also won nine of the 17 seats on the city council."),
    "transport_1": (
        "Train derailment kills nine in India\n"
        "Nine passengers were killed and at least 45 injured when seven coaches of an express train derailed near "
        "Sambalpur in eastern India early on Friday, railway officials said. The train, carrying about 1,200 people,"
        " was travelling at 110 km/h when it left the tracks. Rescue work went on for 14 hours. The railway ministry "
        "announced compensation of 1 million rupees for the family of each person killed."),
    "transport_2": (
        "Bus plunges into gorge in Peru, killing 23\n"
        "A bus carrying 41 passengers plunged 200 metres into a gorge in Peru's Huancavelica region on Thursday, "
        "killing 23 people, the regional police said. Another 15 people were taken to hospital in the town of "
        "Lircay, three of them in critical condition. The driver, 36, survived. Road accidents killed 3,136 people "
        "in Peru last year, according to the transport ministry."),
    "courts_1": (
        "Former mayor gets eight years for bribery\n"
        "A court in Thessaloniki sentenced former mayor Nikos Dimas, 64, to eight years in prison on Tuesday for "
        "taking bribes worth 1.3 million euros from building firms. The judges also fined him 200,000 euros and "
        "barred him from public office for 10 years. Two former council officials received suspended sentences of "
        "18 months each. Dimas's lawyer said he would appeal."),
    "health_1": (
        "Measles cases surge in Romania as vaccination falls\n"
        "Romania recorded 4,350 measles cases in the first six months of the year, up from 2,180 in the same period "
        "last year, the National Institute of Public Health said on Thursday. Eleven children have died since "
        "January, all of them unvaccinated. Only 62 per cent of children received the second dose of the vaccine, "
        "far below the 95 per cent needed to stop outbreaks, the institute said. Hospitals in Bucharest have set up "
        "300 extra beds."),
    "prices_1": (
        "Turkish inflation eases to 38 per cent\n"
        "Annual consumer price inflation in Turkey slowed to 38.2 per cent in October from 41.1 per cent in "
        "September, the statistics institute said on Monday. Food prices rose 2.9 per cent from the previous month. "
        "The central bank, which has kept its main rate at 46 per cent since July, expects inflation to end the "
        "year at about 31 per cent. The lira has lost 22 per cent of its value against the dollar this year."),
    "prices_2": (
        "Petrol prices hit record in Kenya\n"
        "The price of a litre of petrol in Nairobi rose by 6.50 shillings to a record 198.40 shillings on Saturday, "
        "the Energy and Petroleum Regulatory Authority said. Diesel went up by 4.80 shillings to 187.15 shillings. "
        "The regulator blamed a 14 per cent rise in import costs over the past month. Minibus operators said fares "
        "would rise by up to 20 per cent."),
    "weather_1": (
        "Europe has its hottest summer on record\n"
        "Europe's average temperature from June to August was 1.1 degrees Celsius above the 1991-2020 average, the "
        "highest on record, the Copernicus Climate Change Service said on Wednesday. The previous record was beaten "
        "by 0.3 degrees. Sea surface temperatures in the Mediterranean peaked at 28.9 degrees in late July. "
        "Wildfires burned more than 420,000 hectares across the continent, according to the European Forest Fire "
        "Information System."),
    "weather_2": (
        "Record rainfall floods Muscat\n"
        "Muscat received 187 millimetres of rain in 24 hours on Tuesday, more than the city normally gets in two "
        "years, Oman's meteorological authority said. Flights at Muscat International Airport were suspended for "
        "about 25 hours, and 640 flights were cancelled over three days. Schools will stay closed for another two "
        "days, officials said. Two men died when their cars were swept away in the town of Sur."),
    "tech_1": (
        "Messaging app passes 500 million users\n"
        "Chat service Lumo said on Thursday it now has more than 500 million monthly active users, up from 380 "
        "million a year earlier, as it expands in India and Brazil. The company, founded in Helsinki in 2016, "
        "employs 2,100 people and expects revenue of 1.1 billion dollars this year. India accounts for about a "
        "quarter of its users. Lumo's founder Mikko Salo, 41, owns 18 per cent of the company."),
    "migration_1": (
        "Dozens missing after migrant boat capsizes off Libya\n"
        "At least 61 migrants are missing and feared dead after their rubber boat capsized off the Libyan coast, "
        "the International Organization for Migration said on Sunday. Survivors said about 86 people had been on "
        "board when the boat left Zuwara. The Libyan coast guard rescued 25 people and took them back to Tripoli. "
        "More than 2,200 people have died or gone missing in the central Mediterranean so far this year, according "
        "to the IOM."),
    "migration_2": (
        "Boat arrivals on Canary Islands climb\n"
        "Some 21,700 migrants reached Spain's Canary Islands by boat in the first nine months of the year, up from "
        "9,800 a year earlier, the interior ministry said on Friday. The islands' reception centres, with room for "
        "5,800 people, are holding nearly 9,000. On Wednesday alone, 14 boats carrying 1,170 people arrived in El "
        "Hierro, the smallest of the islands. The regional government has asked Madrid for 150 million euros in "
        "emergency funds."),
    "labour_1": (
        "Dock workers strike at Antwerp port\n"
        "About 4,000 dock workers at the port of Antwerp began a 48-hour strike on Monday over pension changes, the "
        "ACV-Transcom union said, leaving 37 container ships waiting to unload. The port handles around 290 million "
        "tonnes of cargo a year. The union wants the retirement age for dockers kept at 60. Port officials estimated"
        " the stoppage would cost 25 million euros a day."),
    "labour_2": (
        "Steelmaker to cut 1,800 jobs in Wales\n"
        "Steel producer Corvane will cut 1,800 jobs at its Newport plant over the next 18 months as it switches to "
        "electric furnaces, the company said on Thursday. The plant employs about 4,000 people. The government has "
        "offered 80 million pounds to help workers retrain. Unions called the cuts a betrayal and said they would "
        "ballot 2,500 members on strike action."),
    "sport_1": (
        "Benfica sell striker to Chelsea for record fee\n"
        "Chelsea have signed Portuguese striker Tiago Moura, 22, from Benfica for 95 million euros, the highest fee "
        "ever received by a Portuguese club, both clubs said on Friday. The forward scored 31 goals in 44 games for "
        "Benfica last season. He has signed a contract until 2031 worth a reported 210,000 pounds a week. A crowd "
        "of 62,300 saw his final home match at the Estadio da Luz in May."),
}

_KI = "Kestrel Institute; survey"
_SAMB = "Sambalpur; India"
_HUAN = "Huancavelica; Peru"
_LIRCAY = "Lircay; Huancavelica"
_DIMAS = "Nikos Dimas; former mayor"
_OFFICIALS = "council officials; officials"
_NIPH = "National Institute of Public Health"
_EPRA = "Energy and Petroleum Regulatory Authority"
_KENYA = "Kenya; Nairobi"
_C3S = "Copernicus Climate Change Service"
_AIRPORT = "Muscat International Airport; Muscat"
_IOM = "International Organization for Migration; IOM"
_MED = "central Mediterranean; Mediterranean"
_CANARY = "Canary Islands"
_ACV = "ACV-Transcom union"
_NEWPORT = "Newport; Wales"
_CLUBS = "clubs; both clubs"
_MOURA = "Tiago Moura; forward"

LABELS: dict[str, list[tuple]] = {
    "elections_1": [
        ("two points", 2, "percentage_point", "support", "Civic Union", "rose", "Slovakia", "change",
         "percentage_point", _KI),
        ("34 per cent", 34, "percent", "support", "Civic Union", "rose", "Slovakia", "share", "percent", _KI),
        ("29 per cent", 29, "percent", "support", "Farmers' Party", "fell", "Slovakia", "share", "percent", ""),
        ("1,450", 1450, "", "people", "adults", "other:poll", "Slovakia", "total", "count", ""),
        ("five days", 5, "day", "duration", "poll", "other:carry", "Slovakia", "total", "duration", ""),
        ("2.6 percentage points", 2.6, "percentage_point", "margin", "poll", "measured", "Slovakia", "total",
         "percentage_point", ""),
        ("About 18 per cent", 18, "percent", "share", "respondents", "said", "Slovakia", "share", "percent", ""),
    ],
    "elections_2": [
        ("52.3 per cent", 52.3, "percent", "votes", "Teresa Vaz", "won", "Lisbon", "share", "percent",
         "national electoral commission"),
        ("58", 58, "year", "age", "Jorge Almeida", "measured", "", "total", "duration", ""),
        ("31.7 per cent", 31.7, "percent", "votes", "Jorge Almeida; rival", "won", "Lisbon", "share", "percent", ""),
        ("44 per cent", 44, "percent", "turnout", "", "fell", "Lisbon", "share", "percent", ""),
        ("51 per cent", 51, "percent", "turnout", "", "fell", "Lisbon", "share", "percent", ""),
        ("nine", 9, "", "seats", "coalition", "won", "Lisbon", "total", "count", ""),
        ("17", 17, "", "seats", "city council", "measured", "Lisbon", "total", "count", ""),
    ],
    "transport_1": [
        ("nine", 9, "", "deaths", "", "killed", _SAMB, "total", "count", "", "kills nine"),
        ("Nine", 9, "", "deaths", "passengers", "killed", _SAMB, "total", "count", "railway officials"),
        ("at least 45", 45, "", "injured", "passengers", "injured", _SAMB, "total", "count", "railway officials"),
        ("seven", 7, "", "coach", "train; express train", "other:derail", _SAMB, "total", "count",
         "railway officials"),
        ("about 1,200", 1200, "", "people", "train", "other:carry", _SAMB, "total", "count", ""),
        ("110 km/h", 110, "km/h", "speed", "train", "other:travel", _SAMB, "total", "speed", ""),
        ("14 hours", 14, "hour", "duration", "Rescue work", "other:go", _SAMB, "total", "duration", ""),
        ("1 million rupees", 1e6, "INR", "money", "railway ministry", "other:compensation", _SAMB, "total",
         "currency:INR", "railway ministry"),
    ],
    "transport_2": [
        ("23", 23, "", "deaths", "", "killed", _HUAN, "total", "count", "", "Peru, killing 23"),
        ("41", 41, "", "people", "passengers; bus", "other:carry", _HUAN, "total", "count", "regional police"),
        ("200 metres", 200, "meter", "distance", "bus", "other:plunge", _HUAN, "total", "length", "regional police"),
        ("23", 23, "", "deaths", "", "killed", _HUAN, "total", "count", "regional police", "killing 23 people"),
        ("15", 15, "", "injured", "", "other:take", _LIRCAY, "total", "count", ""),
        ("three", 3, "", "injured", "", "measured", _LIRCAY, "total", "count", ""),
        ("36", 36, "year", "age", "driver", "measured", "", "total", "duration", "", "driver, 36"),
        ("3,136", 3136, "", "deaths", "", "killed", "Peru", "total", "count", "transport ministry"),
    ],
    "courts_1": [
        ("eight years", 8, "year", "duration", _DIMAS, "other:get", "Thessaloniki", "total", "duration", "",
         "gets eight years"),
        ("64", 64, "year", "age", "Nikos Dimas", "measured", "", "total", "duration", ""),
        ("eight years", 8, "year", "duration", _DIMAS, "other:sentence", "Thessaloniki", "total", "duration", "",
         "to eight years in prison"),
        ("1.3 million euros", 1.3e6, "EUR", "money", _DIMAS, "cost", "Thessaloniki", "total", "currency:EUR", ""),
        ("200,000 euros", 2e5, "EUR", "fine", _DIMAS, "other:fine", "Thessaloniki", "total", "currency:EUR", ""),
        ("10 years", 10, "year", "duration", _DIMAS, "other:bar", "Thessaloniki", "total", "duration", ""),
        ("Two", 2, "", "people", _OFFICIALS, "other:receive", "Thessaloniki", "total", "count", ""),
        ("18 months", 18, "month", "duration", _OFFICIALS, "other:receive", "Thessaloniki", "total", "duration",
         ""),
    ],
    "health_1": [
        ("4,350", 4350, "", "case", "Romania", "other:record", "Romania", "incremental", "count", _NIPH),
        ("2,180", 2180, "", "case", "Romania", "rose", "Romania", "incremental", "count", _NIPH),
        ("Eleven", 11, "", "deaths", "children", "killed", "Romania", "total", "count", ""),
        ("62 per cent", 62, "percent", "share", "children", "other:receive", "Romania", "share", "percent",
         "institute; " + _NIPH),
        ("95 per cent", 95, "percent", "share", "", "other:need", "", "share", "percent", "institute; " + _NIPH),
        ("300", 300, "", "bed", "Hospitals", "other:set", "Bucharest", "incremental", "count", ""),
    ],
    "prices_1": [
        ("38 per cent", 38, "percent", "inflation", "", "fell", "Turkey", "rate", "percent", "",
         "eases to 38 per cent"),
        ("38.2 per cent", 38.2, "percent", "inflation", "", "fell", "Turkey", "rate", "percent",
         "statistics institute"),
        ("41.1 per cent", 41.1, "percent", "inflation", "", "fell", "Turkey", "rate", "percent",
         "statistics institute"),
        ("2.9 per cent", 2.9, "percent", "price", "Food", "rose", "Turkey", "change", "percent", ""),
        ("46 per cent", 46, "percent", "rate", "central bank", "other:keep", "", "rate", "percent", ""),
        ("about 31 per cent", 31, "percent", "inflation", "", "other:end", "Turkey", "projection", "percent",
         "central bank"),
        ("22 per cent", 22, "percent", "value", "lira", "fell", "", "change", "percent", ""),
    ],
    "prices_2": [
        ("6.50 shillings", 6.5, "KES", "price", "petrol", "rose", "Nairobi", "change", "currency:KES", _EPRA),
        ("198.40 shillings", 198.4, "KES", "price", "petrol", "rose", "Nairobi", "total", "currency:KES", _EPRA),
        ("4.80 shillings", 4.8, "KES", "price", "Diesel", "rose", _KENYA, "change", "currency:KES", ""),
        ("187.15 shillings", 187.15, "KES", "price", "Diesel", "rose", _KENYA, "total", "currency:KES", ""),
        ("14 per cent", 14, "percent", "cost", "", "rose", _KENYA, "change", "percent", "regulator"),
        ("up to 20 per cent", 20, "percent", "fare", "Minibus operators", "rose", _KENYA, "projection", "percent",
         "Minibus operators"),
    ],
    "weather_1": [
        ("1.1 degrees Celsius", 1.1, "celsius", "temperature", "Europe", "measured", "Europe", "total",
         "temperature", _C3S),
        ("0.3 degrees", 0.3, "celsius", "temperature", "", "other:beat", "Europe", "total", "temperature", ""),
        ("28.9 degrees", 28.9, "celsius", "temperature", "", "other:peak", "Mediterranean", "total", "temperature",
         ""),
        ("more than 420,000 hectares", 420000, "hectare", "area", "", "other:burn", "Europe", "total", "area",
         "European Forest Fire Information System"),
    ],
    "weather_2": [
        ("187 millimetres", 187, "mm", "rain", "Muscat", "other:receive", "Muscat", "incremental", "length",
         "Oman's meteorological authority"),
        ("about 25 hours", 25, "hour", "duration", "", "other:suspend", _AIRPORT, "total", "duration", ""),
        ("640", 640, "", "flight", "", "other:cancel", _AIRPORT, "incremental", "count", ""),
        ("two days", 2, "day", "duration", "Schools", "other:stay", "Muscat; Oman", "projection", "duration",
         "officials", "another two days"),
        ("Two", 2, "", "deaths", "men", "killed", "Sur", "total", "count", ""),
    ],
    "tech_1": [
        ("passes 500 million", 5e8, "", "user", "Messaging app; Lumo", "measured", "", "total", "count", ""),
        ("more than 500 million", 5e8, "", "user", "Lumo", "measured", "", "monthly", "count", "Lumo"),
        ("380 million", 3.8e8, "", "user", "Lumo", "rose", "", "monthly", "count", "Lumo"),
        ("2,100", 2100, "", "people", "Lumo; company", "measured", "", "total", "count", ""),
        ("1.1 billion dollars", 1.1e9, "USD", "revenue", "Lumo; company", "said", "", "projection", "currency:USD",
         "company; Lumo"),
        ("about a quarter", 0.25, "fraction", "share", "India; Lumo", "measured", "India", "share", "fraction", ""),
        ("41", 41, "year", "age", "Mikko Salo", "measured", "", "total", "duration", ""),
        ("18 per cent", 18, "percent", "share", "Mikko Salo", "measured", "", "share", "percent", ""),
    ],
    "migration_1": [
        ("Dozens", 36, "", "missing", "", "missing", "Libya", "total", "count", ""),
        ("At least 61", 61, "", "missing", "migrants", "missing", "Libya", "total", "count", _IOM),
        ("about 86", 86, "", "people", "boat", "measured", "Libya; Zuwara", "total", "count", "Survivors"),
        ("25", 25, "", "people", "coast guard; Libyan coast guard", "other:rescue", "Libya; Tripoli", "total", "count", ""),
        ("More than 2,200", 2200, "", "deaths", "", "killed", _MED, "total", "count", _IOM),
    ],
    "migration_2": [
        ("Some 21,700", 21700, "", "people", "migrants", "arrived", _CANARY, "incremental", "count",
         "interior ministry"),
        ("9,800", 9800, "", "people", "migrants", "rose", _CANARY, "incremental", "count", "interior ministry"),
        ("5,800", 5800, "", "people", "reception centres", "measured", _CANARY, "total", "count", ""),
        ("nearly 9,000", 9000, "", "people", "reception centres", "measured", _CANARY, "total", "count", ""),
        ("14", 14, "", "boat", "", "arrived", "El Hierro", "incremental", "count", ""),
        ("1,170", 1170, "", "people", "boats", "other:carry", "El Hierro", "incremental", "count", ""),
        ("150 million euros", 1.5e8, "EUR", "aid", "regional government", "other:ask", _CANARY, "total",
         "currency:EUR", ""),
    ],
    "labour_1": [
        ("About 4,000", 4000, "", "people", "dock workers", "other:begin", "Antwerp", "total", "count", _ACV),
        ("48-hour", 48, "hour", "duration", "dock workers", "other:begin", "Antwerp", "total", "duration", _ACV),
        ("37", 37, "", "ship", "", "other:leave", "Antwerp", "total", "count", _ACV),
        ("around 290 million tonnes", 2.9e8, "tonne", "mass", "port", "other:handle", "Antwerp", "annual", "mass",
         ""),
        ("60", 60, "year", "age", "dockers", "other:keep", "", "total", "duration", ""),
        ("25 million euros", 2.5e7, "EUR", "cost", "", "cost", "Antwerp", "daily", "currency:EUR", "Port officials"),
    ],
    "labour_2": [
        ("1,800", 1800, "", "job", "Steelmaker; Corvane", "other:cut", "Wales; Newport", "projection", "count", "",
         "cut 1,800 jobs in"),
        ("1,800", 1800, "", "job", "Corvane", "other:cut", _NEWPORT, "projection", "count", "company; Corvane",
         "cut 1,800 jobs at"),
        ("about 4,000", 4000, "", "people", "plant; Corvane", "measured", _NEWPORT, "total", "count", ""),
        ("80 million pounds", 8e7, "GBP", "aid", "government", "pledged", _NEWPORT, "total", "currency:GBP", ""),
        ("2,500", 2500, "", "people", "Unions", "other:ballot", _NEWPORT, "projection", "count", "Unions"),
    ],
    "sport_1": [
        ("22", 22, "year", "age", "Tiago Moura", "measured", "", "total", "duration", _CLUBS),
        ("95 million euros", 9.5e7, "EUR", "deal_value", "Chelsea", "other:sign", "", "total", "currency:EUR",
         _CLUBS),
        ("31", 31, "", "goal", _MOURA, "other:score", "", "total", "count", "", "scored 31 goals"),
        ("44", 44, "", "game", _MOURA, "other:score", "", "total", "count", ""),
        ("210,000 pounds", 2.1e5, "GBP", "salary", "Tiago Moura", "cost", "", "weekly", "currency:GBP", ""),
        ("62,300", 62300, "", "people", "crowd", "other:see", "Estadio da Luz", "total", "count", ""),
    ],
}
