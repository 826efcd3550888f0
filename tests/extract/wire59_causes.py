"""The causes of stop 59's blind probe rows that the code does not read, from its one blind run on main's code
at 5a7c2f58 (tests/extract/test_wire_articles59.py): CAUSES names each cause, largest first, with its count of rows
and the domains it holds in; ROWS gives each failing row id its cause.
Mends of the same stop after the blind run left ROWS: the word that names the quantity is no owner
(SUBJECT_COUNTED_NOUN: 'Turnout was 58.7 percent', and business_1's 3.1 billion euros, whose owner the article's
company then is), the owner of evidence that closes a sentence is its source (SOURCE_VERB: health_2's two 'figures
from NHS England show' rows), a wire dateline's words own nothing (SUBJECT_DATELINE: conflict_2's two rows), points that move
a per cent are percentage points (POINTS_NOT_PP: four of politics_1's six rows): 1424 of 1810 rows right.
Stop 61: a company's workforce is the company's (extract/subject.py, EMPLOYING_VERBS), so SUBJECT_DOER_NOUN's
'Haldenwerk employs some 34,000' row left ROWS; a qualifier between "by" and the change's size no longer joins the
size and the level reached into one range (numbers/ranges.py: "fell by about 38,000 to 7.4 million"), so
BY_TO_RANGE has no row left (health_2's five); cubic units and units per second are read whole
(numbers/lexicon.py MEASURE_UNITS: "About 1.2 cubic kilometres", "12 kilometres per second"), so eight COMPOUND_UNIT
rows of science_1 and science_2 left ROWS but the ice's quantity (now `volume` where the label writes the thing
measured, "ice": MEASURE_THING), and the ice's volume, now a measurement, takes the event `measured` where the label
writes other:melt (EVENT_MEASURED, one row more)."""
from __future__ import annotations

CAUSES: dict[str, str] = {
    # 35 rows, 5 domains (conflict, crime, disasters, health, science)
    'PLACE_NOT_CARRIED': ("the place of the story's events not given to the figures after the sentence that names "
        "it, nor to the figures of its own sentence outside the place's phrase: scene.py withholds the opening's "
        "place when the article names a second place it does not see inside it (the attacker 'Russia' beside "
        "Ukraine; 'Iasi' and the Commission's 'Brussels' beside Romania; the asteroid 'Tsuru' beside Woomera; "
        '"Wexford\'s lawyer" read as the Irish town beside Dayton; the raids \'across Andalusia and Madrid\' beside '
        "Algeciras), and takes the headline's 'in eastern Turkey' / 'in northern Italy' where the body's 'Malatya "
        "province' / 'in Emilia-Romagna' is the events' place (P1)"),
    # 21 rows, 8 domains (business, conflict, crime, disasters, health, politics, science, sport)
    'SUBJECT_DOER_NOUN': ("the owner the sentence names as the subject or agent of the figure's verb, or of the "
        "clause it hangs from (a participle, an infinitive, a coordinated verb), left empty ('air defences had shot "
        "down 54', 'Haldenwerk employs some 34,000', 'Health officials have opened 40 ... and plan to open about 25 "
        "more', 'The mission has cost 31 billion yen', 'Some towns received up to 300mm'); for persons counted as "
        "the verb's object the code gives no doer ('police ... arrested 48 people' -> '')"),
    # 20 rows, 4 domains (conflict, crime, science, sport)
    'PLACE_MODIFIER': ("the story's place named only as a noun modifier, a possessive, an adjective or inside a "
        'name (\'Darfur market\', \'Dayton pharmacist\', \'Swiss glacier volume\' / "Switzerland\'s glaciers", '
        "'Spanish ports', 'won the Berlin Marathon'): no place for the figure, nor a scene for the article's later "
        'figures (P1)'),
    # 20 rows, 2 domains (crime, politics)
    'AGE_AFTER_NAME': ("an age in commas after a name ('Prime Minister Ilze Kalnina, 52,', 'Dale Wexford, 58,'): "
        "not extracted at all (stop 42's first cause, still open)"),
    # 20 rows, 1 domains (sport)
    'SCORE_MISSED': ("a match score after the beaten side ('beat Premier League leaders Ashworth 3-1'): the "
        "tagger's person name 'Ashworth 3-1' takes in the score and mentions.py drops a number inside a name, so "
        "neither side's goals is extracted"),
    # 15 rows, 5 domains (business, crime, health, politics, science)
    'SUBJECT_OWNER_PHRASE': ("the owner in an 'of', 'for', 'in' or 'at' phrase, a possessive or a compound of the "
        "quantity's noun left empty, or given the article's topic ('The share of children', 'The number of people "
        'waiting for routine hospital treatment\', \'vacancies for nurses\', \'Seizures at Spanish ports\', "the '
        'World Health Organization\'s target", "Sales of Solvane\'s lead drug" -> Crestline)'),
    # 13 rows, 7 domains (business, conflict, disasters, health, politics, science, sport)
    'LABEL_CALL': ("a judgement call where the GUIDE allows the code's reading as well as the label's ('A further "
        "11 drones' incremental, the scope line's '3,000 more'; the fund 'The cabinet in Rome has approved' at the "
        "cabinet's seat, P4's court seat by analogy; a planned cut's 'roughly 7% of its workforce' projection; "
        "'will buy ... for $38.50 a share' projection, C4; 'Turnout was 58.7 percent' rate; 'about 65,000 Latvians "
        "living abroad' in the election's Latvia, P1; '$200 million' AUD in a story set near Woomera, F3; "
        "'Scientists in 14 countries' total; 'could be up to 4.6 billion years old' projection, 'could reach'; "
        '"The volume of Switzerland\'s glaciers" owned by Switzerland and the \'NHS waiting list\' by the NHS, the '
        "subject line; 'runners from about 150 countries started the race' -> other:start)"),
    # 13 rows, 1 domains (sport)
    'RACE_TIME': ("a race time in several units or in clock notation: '2 hours 14 minutes 8 seconds' read as three "
        "figures (the label's span meets '14 minutes'), '2:15:02' (a time of day to the number reader) not "
        'extracted'),
    # 11 rows, 4 domains (conflict, crime, disasters, science)
    'EVENT_MEASURED': ("an action verb, or a class's noun or adjective, governing a measurement or a count read as "
        "measured ('delivered 3,500 tonnes of food', 'seized nearly nine tonnes', 'retreated by 48 metres', 'rose "
        "to a record 5,100 metres', 'an estimated street value of', 'four are missing', 'could be published in "
        "three or four months')"),
    # 10 rows, 1 domains (sport)
    'AGE_NOUN_MISSED': ("'The 27-year-old pulled away': an age standing for the person, a DATE to the tagger, "
        'dropped by mentions.py as a date: not extracted'),
    # 10 rows, 1 domains (science)
    'DURATION_AS_TIME': ("'within two hours of landing': a duration the tagger labels TIME, dropped by mentions.py "
        'as a time of day: not extracted'),
    # 10 rows, 1 domains (sport)
    'TWICE_MISSED': ("'scored twice': an adverb built on a number word is no number mention, nothing extracted"),
    # 9 rows, 5 domains (business, disasters, health, politics, sport)
    'MONEY_KIND': ("the kind of money not read ('will raise 346 billion shillings ($2.7bn)' of taxes -> money, not "
        "revenue; 'has promised £1.5bn', 'an emergency fund of €100m' -> money, not aid; 'valuing ... at about $4.2 "
        "billion' and a transfer fee 'signed from Benfica for £4.5m' -> money, not deal_value; 'for $38.50 a share' "
        "-> share_price, not price; prize money 'collects 30,000 euros ... plus a 50,000-euro record bonus' -> "
        'salary)'),
    # 9 rows, 1 domains (science)
    'COMPOUND_UNIT': ("a unit of several words not read whole: 'About 1.2 cubic kilometres' -> surface 'About 1.2', "
        "no unit, quantity 'kilometre', dimension count; '12 kilometres per second' -> '12 kilometres', km, "
        "distance, length, and 'per second' a per-period rate"),
    # 8 rows, 2 domains (conflict, disasters)
    'LEDE_INCREMENTAL': ("the toll or count of the one incident an article is about read incremental (scope.py's "
        "is_one_incident for a casualty verb, 'overnight' as the period just past): 'killed at least 27 people on "
        "Tuesday', 'Another 41 people were wounded', 'fires 70 drones at Ukraine overnight', 'injured eight "
        "people', 'killing at least 14 people and injuring more than 230' (the labels' point 3; their second pass "
        "notes the scope line's 'one incident within a running story' could give incremental)"),
    # 8 rows, 2 domains (conflict, sport)
    'PLACE_UNTAGGED': ("the story's place a name the tagger labels no place, so neither its sentence nor a scene or "
        "a match setting reads it: the invented town of 'a crowded market in the town of Um Sidr in Sudan's North "
        "Darfur state' (on the subject; a known town there is read), the invented ground 'at a sold-out Mill Lane' "
        "(the club 'Benfica' taken for a second place too)"),
    # 7 rows, 5 domains (business, conflict, disasters, politics, sport)
    'SUBJECT_THING_DOER': ("a thing or event that is the verb's subject given as owner where the label takes the "
        "company, the government or nobody ('The strike also cut power to some 40,000', 'The quake hit at a depth "
        "of 10km', 'The offer is a 46% premium', 'expects the deal to add about 3 cents', 'the measures will raise "
        "346 billion shillings'), or the record a dated time hangs on ('the course record set two years ago' -> "
        "'course record set')"),
    # 7 rows, 4 domains (conflict, crime, health, politics)
    'EVENT_VERB': ("the event taken from another verb of the sentence: the participle ('have only two surgeons "
        "left' -> leave), the coordinated clause ('have fled ..., and roughly 1.7 million face' -> flee; 'fired "
        "tear gas at several thousand protesters and arrested 48' -> arrest), the main clause ('took part in raids "
        "... in which 14 people were arrested, among them six Colombians' -> take; 'fell to 74 percent ..., well "
        "short of the ... target of 95 percent' -> fell; 'to reach patients ..., against a target of 18 minutes' -> "
        'reach)'),
    # 7 rows, 2 domains (business, politics)
    'PERCENT_SHARE': ("a per cent level or change of a named quantity read as a share of a whole ('came second with "
        "18.9 percent' of the vote, 'Revenue slipped 4.5%', 'Its shares fell as much as 9.2%' (the stock's shares "
        "as the share line), 'a 46% premium to Solvane's closing price', excise duty 'from 15% to 20%' -> share, "
        'not rate)'),
    # 6 rows, 4 domains (business, crime, health, sport)
    'PLANNED_SCOPE': ("a planned, forecast or possible figure read as total: the headline's 'to cut 2,400 jobs', "
        "'cut its full-year sales guidance to between 12.5 billion and 13 billion euros, from 13.5 billion', 'to "
        "help the country ... hire some 300 nurses', 'face up to 12 years in prison', 'will receive about £3m'"),
    # 6 rows, 3 domains (business, health, politics)
    'SOURCE_VERB': ("an attribution by a verb other than say ('preliminary results showed', 'figures from NHS "
        "England show', 'Crestline expects'): no said_by"),
    # 6 rows, 2 domains (conflict, science)
    'PLACE_ARGUMENT': ("a place that is the verb's subject or object, not in an 'in'/'at' phrase ('have fled North "
        "Darfur', 'The Rhone Glacier alone retreated by 48 metres'), or named by a noun or an adverb for it ('of "
        "the state', 'to the state', 'there'): no place"),
    # 6 rows, 1 domains (health)
    'OR_PERCENT_LEVEL': ("a count restated as a per cent with its change ('vacancies for nurses stood at 28,000, or "
        "nearly 8% of posts, down 1.4 percentage points'): the count given the per cent's unit, dimension, quantity "
        "share and scope; the points' fall given the count's quantity 'vacancy' and event measured"),
    # 6 rows, 1 domains (politics)
    'POINTS_NOT_PP': ("'came second with 18.9 percent, up 6.2 points': the points of a per cent read as a count of "
        "'point' (surface '6.2', no unit), total, with the clause's 'came', not percentage points that rose"),
    # 5 rows, 3 domains (business, crime, politics)
    'SUBJECT_COUNTED_NOUN': ("the counted noun or the quantity's own noun given as its owner ('Revenue slipped 4.5% "
        'to 3.1 billion euros\' -> Revenue, \'Turnout was 58.7 percent\', \'invite "at least two partners"\' -> '
        "partners, 'Dozens of officers' -> officers, where Q4 writes the force, police)"),
    # 5 rows, 3 domains (crime, science, sport)
    'SUBJECT_HEAD_NOUN': ("the noun the figure's phrase describes left empty as its owner ('Scientists in 14 "
        "countries', 'runners from about 150 countries', 'The drugs, found in 30 containers', 'Its 16-kilogram "
        "return capsule', 'the grains, which could be up to 4.6 billion years old')"),
    # 5 rows, 3 domains (conflict, crime, science)
    'UNIT_SPELLING': ("the unit outside the README vocabulary: 'ton' for tonnes ('3,500 tonnes', 'nearly nine "
        "tonnes', 'at least 20 tonnes', '112 tonnes'), 'g' for 'about 5.4 grams'"),
    # 5 rows, 2 domains (crime, science)
    'SUBJECT_GROUP': ("a counted group named by its own noun left empty as the subject ('14 people were arrested', "
        "'At least nine people who bought pills', 'a team of 30 Japanese and Australian staff', 'a further 12 small "
        "glaciers', 'more than 1,000 have vanished')"),
    # 5 rows, 1 domains (health)
    'BY_TO_RANGE': ("'fell by about 38,000 to 7.4 million': the change and the new level read as one range figure "
        "'38,000 to 7.4 million' (value 3,719,000, scope change), stop 42's cause for a count"),
    # 5 rows, 1 domains (business)
    'SUBJECT_COMPANY': ("the company the lede names ('German auto parts maker Haldenwerk') not given to its "
        "accounts' figures: '' for 'third-quarter operating profit fell 38% to 212 million euros', and the quantity "
        "noun 'Revenue' carried on to 'its full-year sales guidance', the guidance before it and 'Its shares fell'"),
    # 4 rows, 4 domains (conflict, disasters, politics, science)
    'FRACTION_UNIT': ("a fraction's unit left empty though its dimension is fraction ('less than a third', 'nearly "
        "half', 'nearly a third', 'around two-thirds'; the GUIDE's unit 'fraction')"),
    # 4 rows, 4 domains (conflict, crime, disasters, science)
    'MEASURE_THING': ("a measurement's quantity read from its unit where the GUIDE takes what it measures ('3,500 "
        "tonnes of food', 'up to 300mm of rain', 'Seizures ... rose ... to 112 tonnes') or another measurement line "
        "(a freezing level's altitude 'rose to a record 5,100 metres' -> distance, not height)"),
    # 4 rows, 4 domains (conflict, crime, politics, sport)
    'VAGUE_VALUE': ("a vague count's value the log centre of its range, not the README's representative ('dozens' / "
        "'Dozens' -> 69, not 36; 'thousands' -> 6,300, not 5,000; 'several thousand', no README row -> 5,500, the "
        "label's 5,000)"),
    # 4 rows, 4 domains (conflict, crime, disasters, science)
    'WINDOW_COUNT': ('an amount over a stated window read as total, not incremental (C3): scope.py gives a '
        "measurement total whatever its window ('3,500 tonnes of food ... last month', 'up to 300mm of rain in 36 "
        "hours', 'at least 20 tonnes ... over the past two years'), and 'over the summer and autumn' is no window "
        "to it ('About 1.2 cubic kilometres of ice melted')"),
    # 4 rows, 1 domains (politics)
    'FROM_TO_RANGE': ("'raises excise duty ... from 15% to 20%': the levels before and after read as one range "
        "figure 'from 15% to 20%' (value 17.5), not two"),
    # 3 rows, 3 domains (conflict, disasters, health)
    'QUANTITY_OTHER_NOUN': ('a number with no counted noun after it given another noun of its clause as its '
        "quantity: the verb's subject ('Earthquake in eastern Turkey kills 14' -> earthquake, 'NHS waiting list in "
        "England falls to 7.4 million' -> list) or its object ('roughly 1.7 million face famine conditions' -> "
        'condition)'),
    # 3 rows, 3 domains (disasters, health, science)
    'SUBJECT_CARRIED_WRONG': ("an owner discourse.py carries to a figure it does not own: the duration before's "
        "'rescuers' to the shopkeeper's 'everything shook for 20 or 30 seconds', the distance before's 'spacecraft' "
        "to 'Its ... return capsule hit the atmosphere at 12 kilometres per second', the opening's topic 'NHS' to "
        "the Nuffield Trust's 'would cost between £4bn and £6bn'"),
    # 3 rows, 3 domains (crime, science, sport)
    'SUBJECT_CLAUSE': ("the owner taken from another clause or side: the main clause's 'A jury convicted him' for "
        "'after a three-week trial', the coordinated clause's 'The Rhone Glacier' for 'the freezing level over the "
        "Alps rose to a record 5,100 metres', the lede's winner 'Calderbrook Rovers' for 'Ashworth, who had won "
        "their previous 11 matches'"),
    # 3 rows, 2 domains (disasters, health)
    'EARLIER_LEVEL': ("the earlier level of a change read apart from it ('up from 8,000 on Wednesday' -> quantity "
        "home, event other:evacuate; 'compared with 310,000 a year earlier' -> measured)"),
    # 3 rows, 2 domains (science, sport)
    'MEASURE_CHANGE': ("the size of a change of a measurement or a time read as a level, total ('retreated by 48 "
        "metres', '2.3C above the 1991-2020 average', 'taking 41 seconds off the course record'; C1)"),
    # 3 rows, 2 domains (health, sport)
    'SUBJECT_PRONOUN': ("a pronoun subject not resolved to its speaker or antecedent ('We have opened 14 community "
        "diagnostic centres', 'they are now doing around 9,000 scans', 'I've been at this club 22 years' -> the "
        "carried 'Ashworth')"),
    # 3 rows, 2 domains (business, politics)
    'VERB_CLASS': ("a verb of a listed class read as other:<lemma> ('securing 35 of the 100 seats', 'came second "
        "with 18.9 percent' -> won; 'add about 3 cents to its earnings per share' -> rose)"),
    # 3 rows, 2 domains (conflict, science)
    'VERB_CLASS_WIDE': ('a verb read into a listed class the GUIDE does not give it here (\'"neutralised" up to '
        "1,300 Ukrainian servicemen' -> killed and quantity deaths, not other:neutralise and troops, E2; '12 small "
        "glaciers had disappeared' -> missing)"),
    # 3 rows, 1 domains (business)
    'CENTS_UNIT': ("'about 3 cents' read with the cent as its unit and currency (value 3, unit 'cent', "
        'currency:cent), not 0.03 USD'),
    # 3 rows, 1 domains (science)
    'INCREMENT_SPREAD': ("a neighbour's increment word read as the figure's own, incremental ('31 billion yen ($200 "
        "million), about 40 percent more than first budgeted'; 'a further 12 small glaciers had disappeared ..., "
        "and more than 1,000 have vanished since 1850')"),
    # 3 rows, 1 domains (politics)
    'PASSED_BY': ("'approved a finance bill ... by 195 votes to 106': read as won, and the loser's 106 as quantity "
        "'bill' with event other:vote (stop 42's cause)"),
    # 3 rows, 1 domains (science)
    'PERCENT_MORE': ("'about 40 percent more than first budgeted': 'more' left out of the surface and the per cent "
        "of a difference read as a share, not the cost's change"),
    # 2 rows, 2 domains (crime, science)
    'PLACE_IN_SUBJECT': ("a place in the phrase of the clause's subject ('A former pharmacist in Dayton, Ohio, was "
        "sentenced', 'the freezing level over the Alps rose'): no place"),
    # 2 rows, 2 domains (conflict, science)
    'SUBJECT_NOT_CARRIED': ('the owner of an earlier sentence not carried to a later figure of the same things '
        '(\'Russia launched 70 drones ... A further 11 drones were "locationally lost"\'; "The volume of '
        'Switzerland\'s glaciers fell ... About 1.2 cubic kilometres of ice melted")'),
    # 2 rows, 1 domains (conflict)
    'PLACE_COORDINATION': ("a place phrase read across a coordination the wrong way ('launched 70 drones and two "
        "ballistic missiles at Ukraine' -> no place for the missiles; 'captured two more villages in the eastern "
        'Donetsk region and "neutralised" up to 1,300\' -> Donetsk for the 1,300)'),
    # 2 rows, 1 domains (health)
    'PLACE_SPEAKER_BODY': ("the place of the speaker's body ('said Dr Helen Marsh, medical director of Aire Valley "
        "NHS Trust in Leeds') not given to the body's figures she reports ('We have opened 14', 'around 9,000 scans "
        "a week'): the scene England instead"),
    # 2 rows, 1 domains (politics)
    'RAISE': ("'raises excise duty ... from 15% to 20%': the causative raise not read as the class rose (stop 42's "
        'cause)'),
    # 2 rows, 1 domains (disasters)
    'STOREY_UNIT': ("'a five-storey building': the storey not read as the unit (surface 'five', unit ''; Q8)"),
    # 2 rows, 1 domains (conflict)
    'SUBJECT_DATELINE': ("the wire dateline's city taken as the lede's subject ('KYIV, March 3 - Russia launched 70 "
        "drones and two ballistic missiles' -> KYIV)"),
    # 2 rows, 1 domains (politics)
    'SUBJECT_POSSESSOR': ('the possessor taken for the possessed body ("Kenya\'s parliament ... approved ... by 195 '
        'votes to 106" -> Kenya, not MPs / parliament)'),
    # 2 rows, 1 domains (politics)
    'TAX_RATE_QUANTITY': ("a tax rate ('raises excise duty on mobile money transfers from 15% to 20%') read as "
        'quantity cost, not the head noun duty (or tax)'),
    # 1 rows, 1 domains (conflict)
    'DISPLACED': ("'more than 600,000 people have fled North Darfur': event displaced, but quantity people, not "
        'displaced (Q2)'),
    # 1 rows, 1 domains (disasters)
    'EVENT_NOUN': ("'has approved an emergency fund of €100m': the event read from the noun (other:fund), not the "
        'verb that governs the figure (E2)'),
    # 1 rows, 1 domains (politics)
    'PARTY_AS_PEOPLE': ('\'invite "at least two partners" into a coalition\': a person noun read as people where '
        'the partners are parties (head noun partner)'),
    # 1 rows, 1 domains (disasters)
    'SHARE_PERIOD': ("'nearly half the amount that usually falls in a year': the whole's period read as the "
        "share's, annual, not share"),
    # 1 rows, 1 domains (conflict)
    'SOURCE_PRONOUN': ('\'A further 11 drones were "locationally lost", it said\': the pronoun sayer (the air force '
        'of the sentence before) gives no said_by'),
    # 1 rows, 1 domains (business)
    'SUBJECT_DEAL_SIDE': ("'will buy Solvane Therapeutics for $38.50 a share': the bought company given as the "
        'owner of the offer price, not the buyer Crestline'),
    # 1 rows, 1 domains (crime)
    'SUBJECT_PATIENT': ("'A jury convicted him on 27 counts': the court's doer given as owner, not the convicted "
        'man'),
    # 1 rows, 1 domains (conflict)
    'SUBJECT_SOURCE': ('"Russia\'s Defence Ministry said its forces had captured two more villages": the sayer '
        'given as the owner, not its forces (Russia)'),
    # 1 rows, 1 domains (science)
    'WITHIN_WINDOW': ("'recovered by a team of 30 ... within two hours of landing': a time dating the act (E3) read "
        'as the window the count is over, incremental'),
}

ROWS: dict[str, str] = {
    'conflict_1-dozens-value': 'VAGUE_VALUE',
    'conflict_1-dozens-place': 'PLACE_MODIFIER',
    'conflict_1-at least 27-place': 'PLACE_UNTAGGED',
    'conflict_1-at least 27-scope': 'LEDE_INCREMENTAL',
    'conflict_1-41-place': 'PLACE_UNTAGGED',
    'conflict_1-41-scope': 'LEDE_INCREMENTAL',
    'conflict_1-nine-place': 'PLACE_UNTAGGED',
    'conflict_1-only two surgeons-event': 'EVENT_VERB',
    'conflict_1-only two surgeons-place': 'PLACE_UNTAGGED',
    'conflict_1-about 80%-place': 'PLACE_ARGUMENT',
    'conflict_1-more than 600,000-quantity': 'DISPLACED',
    'conflict_1-more than 600,000-place': 'PLACE_ARGUMENT',
    'conflict_1-roughly 1.7 million-quantity': 'QUANTITY_OTHER_NOUN',
    'conflict_1-roughly 1.7 million-event': 'EVENT_VERB',
    'conflict_1-roughly 1.7 million-place': 'PLACE_ARGUMENT',
    'conflict_1-3,500 tonnes-unit': 'UNIT_SPELLING',
    'conflict_1-3,500 tonnes-quantity': 'MEASURE_THING',
    'conflict_1-3,500 tonnes-event': 'EVENT_MEASURED',
    'conflict_1-3,500 tonnes-place': 'PLACE_ARGUMENT',
    'conflict_1-3,500 tonnes-scope': 'WINDOW_COUNT',
    'conflict_1-less than a third-unit': 'FRACTION_UNIT',
    'conflict_1-less than a third-place': 'PLACE_ARGUMENT',
    'conflict_2-fires 70 drones-scope': 'LEDE_INCREMENTAL',
    'conflict_2-launched 70 drones-scope': 'LEDE_INCREMENTAL',
    'conflict_2-two ballistic missiles-place': 'PLACE_COORDINATION',
    'conflict_2-two ballistic missiles-scope': 'LEDE_INCREMENTAL',
    'conflict_2-54-subject': 'SUBJECT_DOER_NOUN',
    'conflict_2-54-place': 'PLACE_NOT_CARRIED',
    'conflict_2-11-subject': 'SUBJECT_NOT_CARRIED',
    'conflict_2-11-place': 'PLACE_NOT_CARRIED',
    'conflict_2-11-scope': 'LABEL_CALL',
    'conflict_2-11-said_by': 'SOURCE_PRONOUN',
    'conflict_2-eight-scope': 'LEDE_INCREMENTAL',
    'conflict_2-some 40,000-subject': 'SUBJECT_THING_DOER',
    'conflict_2-some 40,000-place': 'PLACE_NOT_CARRIED',
    'conflict_2-two more villages-subject': 'SUBJECT_SOURCE',
    'conflict_2-up to 1,300-quantity': 'VERB_CLASS_WIDE',
    'conflict_2-up to 1,300-event': 'VERB_CLASS_WIDE',
    'conflict_2-up to 1,300-place': 'PLACE_COORDINATION',
    'disasters_1-Turkey kills 14-quantity': 'QUANTITY_OTHER_NOUN',
    'disasters_1-at least 14-scope': 'LEDE_INCREMENTAL',
    'disasters_1-more than 230-scope': 'LEDE_INCREMENTAL',
    'disasters_1-10km-subject': 'SUBJECT_THING_DOER',
    'disasters_1-10km-place': 'PLACE_NOT_CARRIED',
    'disasters_1-three-place': 'PLACE_NOT_CARRIED',
    'disasters_1-73-year-old-place': 'PLACE_NOT_CARRIED',
    'disasters_1-five-storey-surface': 'STOREY_UNIT',
    'disasters_1-five-storey-unit': 'STOREY_UNIT',
    'disasters_1-some 19 hours-place': 'PLACE_NOT_CARRIED',
    'disasters_1-20 or 30 seconds-subject': 'SUBJECT_CARRIED_WRONG',
    'disasters_1-20 or 30 seconds-place': 'PLACE_NOT_CARRIED',
    'disasters_2-four-event': 'EVENT_MEASURED',
    'disasters_2-up to 300mm-quantity': 'MEASURE_THING',
    'disasters_2-up to 300mm-subject': 'SUBJECT_DOER_NOUN',
    'disasters_2-up to 300mm-event': 'EVENT_MEASURED',
    'disasters_2-up to 300mm-place': 'PLACE_NOT_CARRIED',
    'disasters_2-up to 300mm-scope': 'WINDOW_COUNT',
    'disasters_2-nearly half-unit': 'FRACTION_UNIT',
    'disasters_2-nearly half-subject': 'SUBJECT_DOER_NOUN',
    'disasters_2-nearly half-place': 'PLACE_NOT_CARRIED',
    'disasters_2-nearly half-scope': 'SHARE_PERIOD',
    'disasters_2-More than 13,000-place': 'PLACE_NOT_CARRIED',
    'disasters_2-8,000-quantity': 'EARLIER_LEVEL',
    'disasters_2-8,000-event': 'EARLIER_LEVEL',
    'disasters_2-8,000-place': 'PLACE_NOT_CARRIED',
    'disasters_2-€1.5bn-place': 'PLACE_NOT_CARRIED',
    'disasters_2-£1.3bn-place': 'PLACE_NOT_CARRIED',
    'disasters_2-about 400-place': 'PLACE_NOT_CARRIED',
    'disasters_2-€100m-quantity': 'MONEY_KIND',
    'disasters_2-€100m-place': 'LABEL_CALL',
    'business_1-cut 2,400 jobs-scope': 'PLANNED_SCOPE',
    'business_1-roughly 7%-scope': 'LABEL_CALL',
    'business_1-38%-subject': 'SUBJECT_COMPANY',
    'business_1-212 million euros-subject': 'SUBJECT_COMPANY',
    'business_1-4.5%-quantity': 'PERCENT_SHARE',
    'business_1-4.5%-subject': 'SUBJECT_COUNTED_NOUN',
    'business_1-between 12.5 billion and 13 billion euros-subject': 'SUBJECT_COMPANY',
    'business_1-between 12.5 billion and 13 billion euros-scope': 'PLANNED_SCOPE',
    'business_1-13.5 billion-subject': 'SUBJECT_COMPANY',
    'business_1-13.5 billion-scope': 'PLANNED_SCOPE',
    'business_1-as much as 9.2%-quantity': 'PERCENT_SHARE',
    'business_1-as much as 9.2%-subject': 'SUBJECT_COMPANY',
    'business_2-$38.50-quantity': 'MONEY_KIND',
    'business_2-$38.50-subject': 'SUBJECT_DEAL_SIDE',
    'business_2-$38.50-scope': 'LABEL_CALL',
    'business_2-about $4.2 billion-quantity': 'MONEY_KIND',
    'business_2-46%-quantity': 'PERCENT_SHARE',
    'business_2-46%-subject': 'SUBJECT_THING_DOER',
    'business_2-46%-scope': 'PERCENT_SHARE',
    'business_2-$310 million-subject': 'SUBJECT_OWNER_PHRASE',
    'business_2-$185 million-subject': 'SUBJECT_OWNER_PHRASE',
    'business_2-about 3 cents-value': 'CENTS_UNIT',
    'business_2-about 3 cents-unit': 'CENTS_UNIT',
    'business_2-about 3 cents-subject': 'SUBJECT_THING_DOER',
    'business_2-about 3 cents-event': 'VERB_CLASS',
    'business_2-about 3 cents-dimension': 'CENTS_UNIT',
    'business_2-about 3 cents-said_by': 'SOURCE_VERB',
    'politics_1-31.4 percent-said_by': 'SOURCE_VERB',
    'politics_1-35-subject': 'SUBJECT_DOER_NOUN',
    'politics_1-35-event': 'VERB_CLASS',
    'politics_1-35-said_by': 'SOURCE_VERB',
    'politics_1-100-subject': 'SUBJECT_OWNER_PHRASE',
    'politics_1-100-said_by': 'SOURCE_VERB',
    'politics_1-18.9 percent-quantity': 'PERCENT_SHARE',
    'politics_1-18.9 percent-event': 'VERB_CLASS',
    'politics_1-6.2 points-surface': 'POINTS_NOT_PP',
    'politics_1-6.2 points-quantity': 'POINTS_NOT_PP',
    'politics_1-58.7 percent-scope': 'LABEL_CALL',
    'politics_1-52-surface': 'AGE_AFTER_NAME',
    'politics_1-52-value': 'AGE_AFTER_NAME',
    'politics_1-52-unit': 'AGE_AFTER_NAME',
    'politics_1-52-quantity': 'AGE_AFTER_NAME',
    'politics_1-52-subject': 'AGE_AFTER_NAME',
    'politics_1-52-event': 'AGE_AFTER_NAME',
    'politics_1-52-place': 'AGE_AFTER_NAME',
    'politics_1-52-scope': 'AGE_AFTER_NAME',
    'politics_1-52-dimension': 'AGE_AFTER_NAME',
    'politics_1-52-said_by': 'AGE_AFTER_NAME',
    'politics_1-at least two-quantity': 'PARTY_AS_PEOPLE',
    'politics_1-at least two-subject': 'SUBJECT_COUNTED_NOUN',
    'politics_1-about 65,000-place': 'LABEL_CALL',
    'politics_2-15%-surface': 'FROM_TO_RANGE',
    'politics_2-15%-value': 'FROM_TO_RANGE',
    'politics_2-15%-quantity': 'TAX_RATE_QUANTITY',
    'politics_2-15%-event': 'RAISE',
    'politics_2-15%-scope': 'PERCENT_SHARE',
    'politics_2-20%-surface': 'FROM_TO_RANGE',
    'politics_2-20%-value': 'FROM_TO_RANGE',
    'politics_2-20%-quantity': 'TAX_RATE_QUANTITY',
    'politics_2-20%-event': 'RAISE',
    'politics_2-20%-scope': 'PERCENT_SHARE',
    'politics_2-195-subject': 'SUBJECT_POSSESSOR',
    'politics_2-195-event': 'PASSED_BY',
    'politics_2-106-quantity': 'PASSED_BY',
    'politics_2-106-subject': 'SUBJECT_POSSESSOR',
    'politics_2-106-event': 'PASSED_BY',
    'politics_2-346 billion shillings-quantity': 'MONEY_KIND',
    'politics_2-346 billion shillings-subject': 'SUBJECT_THING_DOER',
    'politics_2-$2.7bn-quantity': 'MONEY_KIND',
    'politics_2-$2.7bn-subject': 'SUBJECT_THING_DOER',
    'politics_2-several thousand-value': 'VAGUE_VALUE',
    'politics_2-several thousand-event': 'EVENT_VERB',
    'politics_2-48-subject': 'SUBJECT_DOER_NOUN',
    'politics_2-nearly a third-unit': 'FRACTION_UNIT',
    'politics_2-nearly a third-subject': 'SUBJECT_OWNER_PHRASE',
    'health_1-Three more children have died-place': 'PLACE_NOT_CARRIED',
    'health_1-21-place': 'PLACE_NOT_CARRIED',
    'health_1-1,240-place': 'PLACE_NOT_CARRIED',
    'health_1-860-place': 'PLACE_NOT_CARRIED',
    'health_1-74 percent-subject': 'SUBJECT_OWNER_PHRASE',
    'health_1-74 percent-place': 'PLACE_NOT_CARRIED',
    'health_1-86 percent-subject': 'SUBJECT_OWNER_PHRASE',
    'health_1-86 percent-place': 'PLACE_NOT_CARRIED',
    'health_1-95 percent-subject': 'SUBJECT_OWNER_PHRASE',
    'health_1-95 percent-event': 'EVENT_VERB',
    'health_1-opened 40 temporary-subject': 'SUBJECT_DOER_NOUN',
    'health_1-about 25-subject': 'SUBJECT_DOER_NOUN',
    'health_1-12 million euros-place': 'PLACE_NOT_CARRIED',
    'health_1-some 300-place': 'PLACE_NOT_CARRIED',
    'health_1-some 300-scope': 'PLANNED_SCOPE',
    'health_2-falls to 7.4 million-quantity': 'QUANTITY_OTHER_NOUN',
    'health_2-falls to 7.4 million-subject': 'LABEL_CALL',
    'health_2-about 38,000-subject': 'SUBJECT_OWNER_PHRASE',
    'health_2-38,000 to 7.4 million-subject': 'SUBJECT_OWNER_PHRASE',
    'health_2-310,000-event': 'EARLIER_LEVEL',
    'health_2-36 minutes-subject': 'SUBJECT_DOER_NOUN',
    'health_2-18 minutes-subject': 'SUBJECT_DOER_NOUN',
    'health_2-18 minutes-event': 'EVENT_VERB',
    'health_2-opened 14 community-subject': 'SUBJECT_PRONOUN',
    'health_2-opened 14 community-place': 'PLACE_SPEAKER_BODY',
    'health_2-around 9,000-subject': 'SUBJECT_PRONOUN',
    'health_2-around 9,000-place': 'PLACE_SPEAKER_BODY',
    'health_2-£1.5bn-quantity': 'MONEY_KIND',
    'health_2-between £4bn and £6bn-subject': 'SUBJECT_CARRIED_WRONG',
    'health_2-28,000-unit': 'OR_PERCENT_LEVEL',
    'health_2-28,000-quantity': 'OR_PERCENT_LEVEL',
    'health_2-28,000-subject': 'SUBJECT_OWNER_PHRASE',
    'health_2-28,000-scope': 'OR_PERCENT_LEVEL',
    'health_2-28,000-dimension': 'OR_PERCENT_LEVEL',
    'health_2-nearly 8%-subject': 'SUBJECT_OWNER_PHRASE',
    'health_2-1.4 percentage points-quantity': 'OR_PERCENT_LEVEL',
    'health_2-1.4 percentage points-subject': 'SUBJECT_OWNER_PHRASE',
    'health_2-1.4 percentage points-event': 'OR_PERCENT_LEVEL',
    'science_1-about 5.4 grams-unit': 'UNIT_SPELLING',
    'science_1-about 5.4 grams-subject': 'SUBJECT_DOER_NOUN',
    'science_1-about 5.4 grams-event': 'EVENT_MEASURED',
    'science_1-16-kilogram-subject': 'SUBJECT_HEAD_NOUN',
    'science_1-12 kilometres per second-subject': 'SUBJECT_CARRIED_WRONG',
    'science_1-12 kilometres per second-event': 'EVENT_MEASURED',
    'science_1-30-subject': 'SUBJECT_GROUP',
    'science_1-30-place': 'PLACE_NOT_CARRIED',
    'science_1-30-scope': 'WITHIN_WINDOW',
    'science_1-two hours-surface': 'DURATION_AS_TIME',
    'science_1-two hours-value': 'DURATION_AS_TIME',
    'science_1-two hours-unit': 'DURATION_AS_TIME',
    'science_1-two hours-quantity': 'DURATION_AS_TIME',
    'science_1-two hours-subject': 'DURATION_AS_TIME',
    'science_1-two hours-event': 'DURATION_AS_TIME',
    'science_1-two hours-place': 'DURATION_AS_TIME',
    'science_1-two hours-scope': 'DURATION_AS_TIME',
    'science_1-two hours-dimension': 'DURATION_AS_TIME',
    'science_1-two hours-said_by': 'DURATION_AS_TIME',
    'science_1-14-subject': 'SUBJECT_HEAD_NOUN',
    'science_1-14-scope': 'LABEL_CALL',
    'science_1-up to 4.6 billion years old-subject': 'SUBJECT_HEAD_NOUN',
    'science_1-up to 4.6 billion years old-scope': 'LABEL_CALL',
    'science_1-31 billion yen-subject': 'SUBJECT_DOER_NOUN',
    'science_1-31 billion yen-scope': 'INCREMENT_SPREAD',
    'science_1-$200 million-unit': 'LABEL_CALL',
    'science_1-$200 million-subject': 'SUBJECT_DOER_NOUN',
    'science_1-$200 million-scope': 'INCREMENT_SPREAD',
    'science_1-$200 million-dimension': 'LABEL_CALL',
    'science_1-about 40 percent more-surface': 'PERCENT_MORE',
    'science_1-about 40 percent more-quantity': 'PERCENT_MORE',
    'science_1-about 40 percent more-scope': 'PERCENT_MORE',
    'science_1-three or four months-subject': 'SUBJECT_DOER_NOUN',
    'science_1-three or four months-event': 'EVENT_MEASURED',
    'science_2-falls 4%-subject': 'SUBJECT_OWNER_PHRASE',
    'science_2-falls 4%-place': 'PLACE_MODIFIER',
    'science_2-fell by 4%-subject': 'LABEL_CALL',
    'science_2-fell by 4%-place': 'PLACE_MODIFIER',
    'science_2-About 1.2 cubic kilometres-subject': 'SUBJECT_NOT_CARRIED',
    'science_2-About 1.2 cubic kilometres-quantity': 'MEASURE_THING',
    'science_2-About 1.2 cubic kilometres-event': 'EVENT_MEASURED',
    'science_2-About 1.2 cubic kilometres-place': 'PLACE_MODIFIER',
    'science_2-About 1.2 cubic kilometres-scope': 'WINDOW_COUNT',
    'science_2-48 metres-event': 'EVENT_MEASURED',
    'science_2-48 metres-place': 'PLACE_ARGUMENT',
    'science_2-48 metres-scope': 'MEASURE_CHANGE',
    'science_2-5,100 metres-quantity': 'MEASURE_THING',
    'science_2-5,100 metres-subject': 'SUBJECT_CLAUSE',
    'science_2-5,100 metres-event': 'EVENT_MEASURED',
    'science_2-5,100 metres-place': 'PLACE_IN_SUBJECT',
    'science_2-2.3C-subject': 'SUBJECT_DOER_NOUN',
    'science_2-2.3C-scope': 'MEASURE_CHANGE',
    'science_2-around two-thirds-unit': 'FRACTION_UNIT',
    'science_2-around two-thirds-subject': 'SUBJECT_DOER_NOUN',
    'science_2-around two-thirds-place': 'PLACE_MODIFIER',
    'science_2-a further 12 small-subject': 'SUBJECT_GROUP',
    'science_2-a further 12 small-event': 'VERB_CLASS_WIDE',
    'science_2-a further 12 small-place': 'PLACE_MODIFIER',
    'science_2-more than 1,000-subject': 'SUBJECT_GROUP',
    'science_2-more than 1,000-place': 'PLACE_MODIFIER',
    'science_2-more than 1,000-scope': 'INCREMENT_SPREAD',
    'crime_1-gets 12 years-place': 'PLACE_MODIFIER',
    'crime_1-Thursday to 12 years-place': 'PLACE_IN_SUBJECT',
    'crime_1-more than 400,000-subject': 'SUBJECT_DOER_NOUN',
    'crime_1-58-surface': 'AGE_AFTER_NAME',
    'crime_1-58-value': 'AGE_AFTER_NAME',
    'crime_1-58-unit': 'AGE_AFTER_NAME',
    'crime_1-58-quantity': 'AGE_AFTER_NAME',
    'crime_1-58-subject': 'AGE_AFTER_NAME',
    'crime_1-58-event': 'AGE_AFTER_NAME',
    'crime_1-58-place': 'AGE_AFTER_NAME',
    'crime_1-58-scope': 'AGE_AFTER_NAME',
    'crime_1-58-dimension': 'AGE_AFTER_NAME',
    'crime_1-58-said_by': 'AGE_AFTER_NAME',
    'crime_1-$3.1 million-place': 'PLACE_NOT_CARRIED',
    'crime_1-$250,000-place': 'PLACE_NOT_CARRIED',
    'crime_1-27-subject': 'SUBJECT_PATIENT',
    'crime_1-27-place': 'PLACE_NOT_CARRIED',
    'crime_1-three-week-subject': 'SUBJECT_CLAUSE',
    'crime_1-three-week-place': 'PLACE_NOT_CARRIED',
    'crime_1-19-place': 'PLACE_NOT_CARRIED',
    'crime_1-two-place': 'PLACE_NOT_CARRIED',
    'crime_1-15-year-subject': 'SUBJECT_DOER_NOUN',
    'crime_1-15-year-place': 'PLACE_NOT_CARRIED',
    'crime_1-At least nine-subject': 'SUBJECT_GROUP',
    'crime_1-At least nine-place': 'PLACE_NOT_CARRIED',
    'crime_2-nearly nine tonnes-unit': 'UNIT_SPELLING',
    'crime_2-nearly nine tonnes-event': 'EVENT_MEASURED',
    'crime_2-nearly nine tonnes-place': 'PLACE_NOT_CARRIED',
    'crime_2-found in 30 containers-subject': 'SUBJECT_HEAD_NOUN',
    'crime_2-found in 30 containers-place': 'PLACE_NOT_CARRIED',
    'crime_2-between 250 million and 300 million euros-event': 'EVENT_MEASURED',
    'crime_2-between 250 million and 300 million euros-place': 'PLACE_NOT_CARRIED',
    'crime_2-Dozens-value': 'VAGUE_VALUE',
    'crime_2-Dozens-subject': 'SUBJECT_COUNTED_NOUN',
    'crime_2-14-subject': 'SUBJECT_GROUP',
    'crime_2-six-event': 'EVENT_VERB',
    'crime_2-three-event': 'EVENT_VERB',
    'crime_2-at least 20 tonnes-unit': 'UNIT_SPELLING',
    'crime_2-at least 20 tonnes-subject': 'SUBJECT_DOER_NOUN',
    'crime_2-at least 20 tonnes-event': 'EVENT_MEASURED',
    'crime_2-at least 20 tonnes-scope': 'WINDOW_COUNT',
    'crime_2-up to 12 years-subject': 'SUBJECT_DOER_NOUN',
    'crime_2-up to 12 years-scope': 'PLANNED_SCOPE',
    'crime_2-28%-subject': 'SUBJECT_OWNER_PHRASE',
    'crime_2-28%-place': 'PLACE_MODIFIER',
    'crime_2-112 tonnes-unit': 'UNIT_SPELLING',
    'crime_2-112 tonnes-quantity': 'MEASURE_THING',
    'crime_2-112 tonnes-subject': 'SUBJECT_OWNER_PHRASE',
    'crime_2-112 tonnes-place': 'PLACE_MODIFIER',
    'sport_1-Ashworth 3-1 at-surface': 'SCORE_MISSED',
    'sport_1-Ashworth 3-1 at-value': 'SCORE_MISSED',
    'sport_1-Ashworth 3-1 at-unit': 'SCORE_MISSED',
    'sport_1-Ashworth 3-1 at-quantity': 'SCORE_MISSED',
    'sport_1-Ashworth 3-1 at-subject': 'SCORE_MISSED',
    'sport_1-Ashworth 3-1 at-event': 'SCORE_MISSED',
    'sport_1-Ashworth 3-1 at-place': 'SCORE_MISSED',
    'sport_1-Ashworth 3-1 at-scope': 'SCORE_MISSED',
    'sport_1-Ashworth 3-1 at-dimension': 'SCORE_MISSED',
    'sport_1-Ashworth 3-1 at-said_by': 'SCORE_MISSED',
    'sport_1-3-1 at a sold-out-surface': 'SCORE_MISSED',
    'sport_1-3-1 at a sold-out-value': 'SCORE_MISSED',
    'sport_1-3-1 at a sold-out-unit': 'SCORE_MISSED',
    'sport_1-3-1 at a sold-out-quantity': 'SCORE_MISSED',
    'sport_1-3-1 at a sold-out-subject': 'SCORE_MISSED',
    'sport_1-3-1 at a sold-out-event': 'SCORE_MISSED',
    'sport_1-3-1 at a sold-out-place': 'SCORE_MISSED',
    'sport_1-3-1 at a sold-out-scope': 'SCORE_MISSED',
    'sport_1-3-1 at a sold-out-dimension': 'SCORE_MISSED',
    'sport_1-3-1 at a sold-out-said_by': 'SCORE_MISSED',
    'sport_1-41 years-subject': 'SUBJECT_DOER_NOUN',
    'sport_1-£4.5m-quantity': 'MONEY_KIND',
    'sport_1-twice-surface': 'TWICE_MISSED',
    'sport_1-twice-value': 'TWICE_MISSED',
    'sport_1-twice-unit': 'TWICE_MISSED',
    'sport_1-twice-quantity': 'TWICE_MISSED',
    'sport_1-twice-subject': 'TWICE_MISSED',
    'sport_1-twice-event': 'TWICE_MISSED',
    'sport_1-twice-place': 'TWICE_MISSED',
    'sport_1-twice-scope': 'TWICE_MISSED',
    'sport_1-twice-dimension': 'TWICE_MISSED',
    'sport_1-twice-said_by': 'TWICE_MISSED',
    'sport_1-eight minutes-place': 'PLACE_UNTAGGED',
    'sport_1-11-subject': 'SUBJECT_CLAUSE',
    'sport_1-63 minutes-place': 'PLACE_UNTAGGED',
    'sport_1-14,212-place': 'PLACE_UNTAGGED',
    'sport_1-thousands-value': 'VAGUE_VALUE',
    'sport_1-thousands-place': 'PLACE_UNTAGGED',
    'sport_1-22 years-subject': 'SUBJECT_PRONOUN',
    'sport_1-about £3m-scope': 'PLANNED_SCOPE',
    'sport_2-2 hours 14 minutes 8 seconds-surface': 'RACE_TIME',
    'sport_2-2 hours 14 minutes 8 seconds-value': 'RACE_TIME',
    'sport_2-2 hours 14 minutes 8 seconds-unit': 'RACE_TIME',
    'sport_2-2 hours 14 minutes 8 seconds-place': 'PLACE_MODIFIER',
    'sport_2-41 seconds-place': 'PLACE_MODIFIER',
    'sport_2-41 seconds-scope': 'MEASURE_CHANGE',
    'sport_2-two years-subject': 'SUBJECT_THING_DOER',
    'sport_2-two years-place': 'PLACE_MODIFIER',
    'sport_2-27-year-old-surface': 'AGE_NOUN_MISSED',
    'sport_2-27-year-old-value': 'AGE_NOUN_MISSED',
    'sport_2-27-year-old-unit': 'AGE_NOUN_MISSED',
    'sport_2-27-year-old-quantity': 'AGE_NOUN_MISSED',
    'sport_2-27-year-old-subject': 'AGE_NOUN_MISSED',
    'sport_2-27-year-old-event': 'AGE_NOUN_MISSED',
    'sport_2-27-year-old-place': 'AGE_NOUN_MISSED',
    'sport_2-27-year-old-scope': 'AGE_NOUN_MISSED',
    'sport_2-27-year-old-dimension': 'AGE_NOUN_MISSED',
    'sport_2-27-year-old-said_by': 'AGE_NOUN_MISSED',
    'sport_2-2:15:02-surface': 'RACE_TIME',
    'sport_2-2:15:02-value': 'RACE_TIME',
    'sport_2-2:15:02-unit': 'RACE_TIME',
    'sport_2-2:15:02-quantity': 'RACE_TIME',
    'sport_2-2:15:02-subject': 'RACE_TIME',
    'sport_2-2:15:02-event': 'RACE_TIME',
    'sport_2-2:15:02-place': 'RACE_TIME',
    'sport_2-2:15:02-scope': 'RACE_TIME',
    'sport_2-2:15:02-dimension': 'RACE_TIME',
    'sport_2-2:15:02-said_by': 'RACE_TIME',
    'sport_2-31-place': 'PLACE_MODIFIER',
    'sport_2-24-place': 'PLACE_MODIFIER',
    'sport_2-30,000 euros-quantity': 'MONEY_KIND',
    'sport_2-30,000 euros-place': 'PLACE_MODIFIER',
    'sport_2-50,000-euro-quantity': 'MONEY_KIND',
    'sport_2-50,000-euro-place': 'PLACE_MODIFIER',
    'sport_2-48,500-place': 'PLACE_MODIFIER',
    'sport_2-about 150-subject': 'SUBJECT_HEAD_NOUN',
    'sport_2-about 150-event': 'LABEL_CALL',
    'sport_2-about 150-place': 'PLACE_MODIFIER',
    'sport_2-14C-place': 'PLACE_MODIFIER',
}
