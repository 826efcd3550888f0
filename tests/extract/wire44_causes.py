"""The causes of stop 44's wire-article probe rows that the code does not read, from its one blind run on main's
code (tests/extract/test_wire_articles44.py; main at 50a0fec): CAUSES names each cause, largest first, with its count of
rows and the domains it holds in; ROWS gives each failing row id its cause. The counts are the blind run's. Stop 50's
duration surface (a duration's or age's time unit is part of its surface, extract/counted.duration_end) left
SURFACE_TIME_UNIT none. Stop 58's containment (extract/within.py: a town WordNet puts inside the opening's place
is no other place even when named only after the opening; a town the text says lies in it, "near Sambalpur in
eastern India") left PLACE_NOT_CARRIED transport_1's four rows and health_1's two, and gave health_1's threshold
the story's place (SCENE_THRESHOLD).
Stop 59: the word that names the quantity is no owner (extract/subject.py), so SUBJECT_COUNTED_NOUN's
two 'Turnout' rows of elections_2 left ROWS; points that move a per cent are percentage points
(extract/unit_counts.py), so POINTS_NOT_PP has only the surface row left.
Stop 66: a family word whose noun names a thing is no event word (extract/lexicon.THING_NOUNS: "funds",
"stations"), so EVENT_NOUN's migration_2 row ('150 million euros in emergency funds' -> other:fund) left ROWS."""
from __future__ import annotations

CAUSES: dict[str, str] = {
    # 50 rows, 5 domains (courts, elections, sport, tech, transport)
    'AGE_AFTER_NAME': ("an age in commas after a name ('Jorge Almeida, 58,', 'The driver, 36,', 'Nikos "
        "Dimas, 64,', 'Mikko Salo, 41,', 'Tiago Moura, 22,'): not extracted at all (stop 42's"
        ' first cause, still open)'),
    # 23 rows, 5 domains (elections, labour, migration, prices, weather)
    'PLACE_MODIFIER': ("the story's place named only as a noun modifier, a possessive or an adjective "
        "('Slovakia poll', 'Lisbon mayor Teresa Vaz', 'its Newport plant', 'the Libyan "
        'coast\', "Europe\'s average temperature", \'Turkish inflation\') or in a headline after '
        "'off'/'in' ('off Libya', 'jobs in Wales'): no place for any figure of the article "
        '(P1)'),
    # 13 rows, 6 domains (elections, labour, prices, tech, transport, weather)
    'LABEL_CALL': ("a judgement call where the GUIDE allows the code's reading as well as the label's "
        "('users' as people under the people line's 'other persons'; 'fares' as price; "
        "'Turnout' share/rate; the whole's event for 'three of them in critical condition'; "
        "'inflation in Turkey' owned by Turkey; a central bank's rate and a currency's value "
        "given the country; 'Wildfires' as the doer; 'The poll of 1,450 adults was carried "
        "out' -> carry; 'began a 48-hour strike' -> strike)"),
    # 13 rows, 5 domains (courts, health, prices, transport, weather)
    'PLACE_NOT_CARRIED': ("the place the lede names ('near Sambalpur in eastern India', 'Romania recorded', 'in"
        " Turkey', 'in Nairobi', 'Muscat received', 'in Peru's Huancavelica region') not "
        "carried to the article's later sentences, or to the figures of its own sentence "
        "outside the place's clause, or from the body to the headline (P1)"),
    # 1 row (stop 58, not of the blind run)
    'SCENE_THRESHOLD': ("a threshold true anywhere ('far below the 95 per cent needed to stop outbreaks') given "
        "the story's scene, which the GUIDE's P1 gives only the figures of the story's events"),
    # 11 rows, 7 domains (elections, health, labour, migration, sport, tech, transport)
    'SUBJECT_DOER_NOUN': ("the owner the sentence names as the verb's subject or holder left empty ('The Libyan"
        " coast guard rescued 25', 'The plant employs', 'The company ... employs', 'The "
        "forward scored 31 goals', 'The islands' reception centres ... are holding', 'Rescue "
        "work went on', 'The poll ... has a margin'); for persons counted as a verb's object "
        "the code gives no doer whatever its name ('Police rescued 25 people' -> ''), the "
        'reading kept since GUIDE S1 was withdrawn'),
    # 10 rows, 1 domains (elections)
    'DURATION_MISSED': ("'was carried out over five days': the duration not extracted"),
    # 9 rows, 5 domains (elections, labour, prices, tech, transport)
    'SUBJECT_COUNTED_NOUN': ("the counted noun or the quantity's own noun given as its owner ('coaches', 'users', "
        '\'active users\', "India\'s users", \'members\', \'Turnout\', \'price\')'),
    # 8 rows, 5 domains (health, labour, sport, transport, weather)
    'EVENT_MEASURED': ("an action verb governing the figure read as measured ('was travelling at 110 km/h', "
        "'received 187 millimetres of rain', 'handles around 290 million tonnes of cargo', "
        "'was beaten by 0.3 degrees', 'have set up 300 extra beds', 'scored 31 goals in 44 "
        "games', 'kept at 60')"),
    # 8 rows, 5 domains (labour, migration, prices, sport, transport)
    'MONEY_KIND': ("the kind of money not read ('The price of a litre of petrol ... rose by 6.50 "
        "shillings' -> money, 'emergency funds' / 'offered 80 million pounds to help workers'"
        " -> money not aid, 'a contract worth 210,000 pounds a week' -> money not salary, "
        "'compensation' -> fine, a transfer fee -> price not deal_value)"),
    # 8 rows, 2 domains (elections, prices)
    'PERCENT_SHARE': ("a per cent level of a named quantity read as a share ('Support ... slipped to 29 per"
        " cent', 'took 31.7 per cent', 'inflation ... 38.2 per cent', 'main rate at 46 per "
        "cent', 'lost 22 per cent of its value', 'a margin of error of 2.6 percentage "
        "points')"),
    # 8 rows, 3 domains (migration, tech, weather)
    'PLACE_ARGUMENT': ("a place that is the subject or object of the figure's verb, not in an 'in'/'at' "
        "phrase ('Muscat received 187 millimetres', 'India accounts for about a quarter', "
        "'reached Spain's Canary Islands') or named by a noun for it ('across the "
        "continent'): no place"),
    # 8 rows, 4 domains (elections, health, labour, prices)
    'SUBJECT_OWNER_PHRASE': ("the owner in an 'of'/'for' phrase or a compound of the counted noun left empty "
        "('Support for the opposition Civic Union', '62 per cent of children', 'the "
        "retirement age for dockers', 'Food prices', 'the price of a litre of petrol', "
        "'Minibus operators said fares')"),
    # 8 rows, 4 domains (courts, labour, transport, weather)
    'SURFACE_TIME_UNIT': ("a duration's surface stops at the number ('14' of '14 hours', 'eight' of 'eight "
        "years', '48' of '48-hour', 'about 25' of 'about 25 hours')"),
    # 7 rows, 3 domains (elections, labour, prices)
    'SCOPE_OTHER': ("a scope from a neighbouring word: 'Annual consumer price inflation' -> annual (2), "
        "'has kept its main rate at 46 per cent ..., expects' -> projection, 'would rise by "
        "up to 20 per cent' -> change, 'went up by 4.80 shillings to 187.15' -> total, the "
        "headline's 'to cut 1,800 jobs' -> total, a margin of error -> change"),
    # 7 rows, 3 domains (health, migration, weather)
    'WINDOW_COUNT': ("a count over a stated window ('in the first six months', 'in 24 hours', 'in the "
        "first nine months', 'On Wednesday alone') read as a total, not incremental (C3)"),
    # 6 rows, 1 domains (courts)
    'SUBJECT_PATIENT': ('the person a court sentences, fines or bars (the object) not the subject of the '
        "sentence's figures: the court, the judges or nobody given ('sentenced former mayor "
        "Nikos Dimas ... to eight years', 'fined him 200,000 euros', 'received suspended "
        "sentences of 18 months each')"),
    # 6 rows, 4 domains (labour, tech, transport, weather)
    'UNIT_SPELLING': ("the unit outside the README vocabulary or left empty ('kmh' / 'km/h', 'degree' / "
        "'celsius', 'ton' / 'tonne', '' for the age 'kept at 60' and for 'about a quarter')"),
    # 4 rows, 3 domains (elections, labour, migration)
    'VERB_CLASS': ("a verb of a listed class read as other:<lemma> ('took 31.7 per cent' of the vote -> won; 'reached'"
        " the islands -> arrived; 'offered 80 million pounds' -> pledged)"),
    # 5 rows, 1 domains (transport)
    'MOTION_AS_CHANGE': ("a physical fall read as a change of a level ('Bus plunges into gorge ..., killing "
        "23' -> 23 the plunge's change; 'plunged 200 metres' -> fell, change)"),
    # 5 rows, 3 domains (health, prices, weather)
    'PLACE_IN_SUBJECT': ("a place in the phrase of the clause's subject ('Hospitals in Bucharest have set up',"
        " 'Flights at Muscat International Airport were suspended', 'The price of a litre of "
        "petrol in Nairobi rose'): no place, or the headline's country instead"),
    # 4 rows, 3 domains (health, migration, tech)
    'EARLIER_LEVEL': ("the earlier level after 'up from' read apart from the rise ('up from 2,180' -> said,"
        " 'up from 380 million' -> measured, 'up from 9,800 a year earlier' -> quantity "
        "'islands', owner Spain)"),
    # 4 rows, 1 domains (transport)
    'LEDE_INCREMENTAL': ("the toll of a one-event article read incremental ('kills nine', 'killing 23 people',"
        " 'Another 15 people were taken to hospital'), or a year's national toll ('killed "
        "3,136 people ... last year')"),
    # 4 rows, 1 domains (elections)
    'POINTS_NOT_PP': ("'rose by two points to 34 per cent': the points of a per cent read as a count of "
        "'point' (surface 'two', no unit), not percentage points"),
    # 4 rows, 3 domains (labour, prices, tech)
    'SOURCE_VERB': ("an attribution by a verb other than say ('The central bank ... expects', 'The "
        "company ... expects revenue', 'The regulator blamed'), or by a 'said' clause before "
        "the figure in its sentence ('..., the union said, leaving 37 container ships'): no "
        'said_by'),
    # 3 rows, 3 domains (elections, health, migration)
    'EVENT_NOUN': ("an event read from a noun that names no act ('a margin of error of 2.6 percentage "
        "points' -> other:error, 'for 150 million euros in emergency funds' -> other:fund), "
        "or a statement verb for an act ('recorded 4,350 cases' -> said)"),
    # 3 rows, 2 domains (migration, transport)
    'SUBJECT_CARRIER': ("the vehicle that carries the counted persons not given as their owner ('The train, "
        "carrying about 1,200 people', '14 boats carrying 1,170 people', 'about 86 people had"
        " been on board')"),
    # 3 rows, 1 domains (weather)
    'SUBJECT_PLACE': ('a place of an earlier sentence given as the owner of a figure whose sentence names '
        "none ('The previous record was beaten by 0.3 degrees' -> Europe, 'Flights at Muscat "
        "International Airport were suspended' -> Muscat)"),
    # 2 rows, 1 domains (transport)
    'CASUALTY_SPREAD': ("the casualty class of a neighbouring figure given to a count of something else ('45 "
        "injured when seven coaches ... derailed' -> quantity injured; 'compensation of 1 "
        "million rupees for the family of each person killed' -> event killed)"),
    # 2 rows, 1 domains (transport)
    'HOSPITAL_INJURED': ("persons 'taken to hospital', 'in critical condition' counted as people, not injured "
        '(GUIDE: injured covers hurt)'),
    # 2 rows, 1 domains (sport)
    'SUBJECT_DEAL_SIDE': ("the wrong side of a transfer deal as owner ('Chelsea have signed ... Tiago Moura ..."
        " for 95 million euros' -> the player, 'He has signed a contract ... worth 210,000 "
        "pounds a week' -> Chelsea)"),
    # 2 rows, 1 domains (elections)
    'SUBJECT_POSSESSOR': ("the possessor taken for the possessed group ('Vaz's coalition also won nine of the "
        "17 seats' -> Vaz)"),
    # 2 rows, 1 domains (prices)
    'SUBJECT_SOURCE': ("the one who states or forecasts the figure given as its owner ('The central bank ..."
        " expects inflation to end the year at', 'The regulator blamed a 14 per cent rise'), "
        'and no said_by'),
    # 1 rows, 1 domains (weather)
    'MEASURE_THING': ("a measurement's thing not its quantity ('187 millimetres of rain' -> distance)"),
    # 1 rows, 1 domains (weather)
    'SUBJECT_GROUP': ("a counted group of persons left empty as its own subject ('Two men died')"),
    # 1 rows, 1 domains (migration)
    'VAGUE_VALUE': ("a headline's 'Dozens' read as 69, outside the README's representative 36"),
}

ROWS: dict[str, str] = {
    'elections_1-two points-surface': 'POINTS_NOT_PP',
    'elections_1-two points-subject': 'SUBJECT_OWNER_PHRASE',
    'elections_1-two points-place': 'PLACE_MODIFIER',
    'elections_1-34 per cent-subject': 'SUBJECT_OWNER_PHRASE',
    'elections_1-34 per cent-place': 'PLACE_MODIFIER',
    'elections_1-29 per cent-quantity': 'PERCENT_SHARE',
    'elections_1-29 per cent-place': 'PLACE_MODIFIER',
    'elections_1-1,450-event': 'LABEL_CALL',
    'elections_1-1,450-place': 'PLACE_MODIFIER',
    'elections_1-five days-surface': 'DURATION_MISSED',
    'elections_1-five days-value': 'DURATION_MISSED',
    'elections_1-five days-unit': 'DURATION_MISSED',
    'elections_1-five days-quantity': 'DURATION_MISSED',
    'elections_1-five days-subject': 'DURATION_MISSED',
    'elections_1-five days-event': 'DURATION_MISSED',
    'elections_1-five days-place': 'DURATION_MISSED',
    'elections_1-five days-scope': 'DURATION_MISSED',
    'elections_1-five days-dimension': 'DURATION_MISSED',
    'elections_1-five days-said_by': 'DURATION_MISSED',
    'elections_1-2.6 percentage points-quantity': 'PERCENT_SHARE',
    'elections_1-2.6 percentage points-subject': 'SUBJECT_DOER_NOUN',
    'elections_1-2.6 percentage points-event': 'EVENT_NOUN',
    'elections_1-2.6 percentage points-place': 'PLACE_MODIFIER',
    'elections_1-2.6 percentage points-scope': 'SCOPE_OTHER',
    'elections_1-About 18 per cent-subject': 'SUBJECT_OWNER_PHRASE',
    'elections_1-About 18 per cent-place': 'PLACE_MODIFIER',
    'elections_2-52.3 per cent-place': 'PLACE_MODIFIER',
    'elections_2-58-surface': 'AGE_AFTER_NAME',
    'elections_2-58-value': 'AGE_AFTER_NAME',
    'elections_2-58-unit': 'AGE_AFTER_NAME',
    'elections_2-58-quantity': 'AGE_AFTER_NAME',
    'elections_2-58-subject': 'AGE_AFTER_NAME',
    'elections_2-58-event': 'AGE_AFTER_NAME',
    'elections_2-58-place': 'AGE_AFTER_NAME',
    'elections_2-58-scope': 'AGE_AFTER_NAME',
    'elections_2-58-dimension': 'AGE_AFTER_NAME',
    'elections_2-58-said_by': 'AGE_AFTER_NAME',
    'elections_2-31.7 per cent-quantity': 'PERCENT_SHARE',
    'elections_2-31.7 per cent-event': 'VERB_CLASS',
    'elections_2-31.7 per cent-place': 'PLACE_MODIFIER',
    'elections_2-44 per cent-place': 'PLACE_MODIFIER',
    'elections_2-44 per cent-scope': 'LABEL_CALL',
    'elections_2-51 per cent-place': 'PLACE_MODIFIER',
    'elections_2-nine-subject': 'SUBJECT_POSSESSOR',
    'elections_2-nine-place': 'PLACE_MODIFIER',
    'elections_2-17-subject': 'SUBJECT_POSSESSOR',
    'elections_2-17-place': 'PLACE_MODIFIER',
    'transport_1-kills nine-scope': 'LEDE_INCREMENTAL',
    'transport_1-seven-quantity': 'CASUALTY_SPREAD',
    'transport_1-seven-subject': 'SUBJECT_COUNTED_NOUN',
    'transport_1-about 1,200-subject': 'SUBJECT_CARRIER',
    'transport_1-110 km/h-unit': 'UNIT_SPELLING',
    'transport_1-110 km/h-event': 'EVENT_MEASURED',
    'transport_1-14 hours-subject': 'SUBJECT_DOER_NOUN',
    'transport_1-1 million rupees-quantity': 'MONEY_KIND',
    'transport_1-1 million rupees-event': 'CASUALTY_SPREAD',
    'transport_2-Peru, killing 23-quantity': 'MOTION_AS_CHANGE',
    'transport_2-Peru, killing 23-event': 'MOTION_AS_CHANGE',
    'transport_2-Peru, killing 23-scope': 'MOTION_AS_CHANGE',
    'transport_2-41-place': 'PLACE_NOT_CARRIED',
    'transport_2-200 metres-event': 'MOTION_AS_CHANGE',
    'transport_2-200 metres-scope': 'MOTION_AS_CHANGE',
    'transport_2-killing 23 people-place': 'PLACE_NOT_CARRIED',
    'transport_2-killing 23 people-scope': 'LEDE_INCREMENTAL',
    'transport_2-15-quantity': 'HOSPITAL_INJURED',
    'transport_2-15-scope': 'LEDE_INCREMENTAL',
    'transport_2-three-quantity': 'HOSPITAL_INJURED',
    'transport_2-three-event': 'LABEL_CALL',
    'transport_2-driver, 36-surface': 'AGE_AFTER_NAME',
    'transport_2-driver, 36-value': 'AGE_AFTER_NAME',
    'transport_2-driver, 36-unit': 'AGE_AFTER_NAME',
    'transport_2-driver, 36-quantity': 'AGE_AFTER_NAME',
    'transport_2-driver, 36-subject': 'AGE_AFTER_NAME',
    'transport_2-driver, 36-event': 'AGE_AFTER_NAME',
    'transport_2-driver, 36-place': 'AGE_AFTER_NAME',
    'transport_2-driver, 36-scope': 'AGE_AFTER_NAME',
    'transport_2-driver, 36-dimension': 'AGE_AFTER_NAME',
    'transport_2-driver, 36-said_by': 'AGE_AFTER_NAME',
    'transport_2-3,136-scope': 'LEDE_INCREMENTAL',
    'courts_1-gets eight years-subject': 'SUBJECT_PATIENT',
    'courts_1-gets eight years-place': 'PLACE_NOT_CARRIED',
    'courts_1-64-surface': 'AGE_AFTER_NAME',
    'courts_1-64-value': 'AGE_AFTER_NAME',
    'courts_1-64-unit': 'AGE_AFTER_NAME',
    'courts_1-64-quantity': 'AGE_AFTER_NAME',
    'courts_1-64-subject': 'AGE_AFTER_NAME',
    'courts_1-64-event': 'AGE_AFTER_NAME',
    'courts_1-64-place': 'AGE_AFTER_NAME',
    'courts_1-64-scope': 'AGE_AFTER_NAME',
    'courts_1-64-dimension': 'AGE_AFTER_NAME',
    'courts_1-64-said_by': 'AGE_AFTER_NAME',
    'courts_1-to eight years in prison-subject': 'SUBJECT_PATIENT',
    'courts_1-1.3 million euros-subject': 'SUBJECT_PATIENT',
    'courts_1-200,000 euros-subject': 'SUBJECT_PATIENT',
    'courts_1-10 years-subject': 'SUBJECT_PATIENT',
    'courts_1-18 months-subject': 'SUBJECT_PATIENT',
    'health_1-95 per cent-place': 'SCENE_THRESHOLD',
    'health_1-4,350-event': 'EVENT_NOUN',
    'health_1-4,350-scope': 'WINDOW_COUNT',
    'health_1-2,180-event': 'EARLIER_LEVEL',
    'health_1-2,180-scope': 'WINDOW_COUNT',
    'health_1-62 per cent-subject': 'SUBJECT_OWNER_PHRASE',
    'health_1-300-subject': 'SUBJECT_DOER_NOUN',
    'prices_1-eases to 38 per cent-place': 'PLACE_MODIFIER',
    'prices_1-38.2 per cent-quantity': 'PERCENT_SHARE',
    'prices_1-38.2 per cent-subject': 'LABEL_CALL',
    'prices_1-38.2 per cent-scope': 'SCOPE_OTHER',
    'prices_1-41.1 per cent-quantity': 'PERCENT_SHARE',
    'prices_1-41.1 per cent-subject': 'LABEL_CALL',
    'prices_1-41.1 per cent-scope': 'SCOPE_OTHER',
    'prices_1-2.9 per cent-subject': 'SUBJECT_OWNER_PHRASE',
    'prices_1-2.9 per cent-place': 'PLACE_NOT_CARRIED',
    'prices_1-46 per cent-quantity': 'PERCENT_SHARE',
    'prices_1-46 per cent-place': 'LABEL_CALL',
    'prices_1-46 per cent-scope': 'SCOPE_OTHER',
    'prices_1-about 31 per cent-quantity': 'PERCENT_SHARE',
    'prices_1-about 31 per cent-subject': 'SUBJECT_SOURCE',
    'prices_1-about 31 per cent-said_by': 'SOURCE_VERB',
    'prices_1-22 per cent-quantity': 'PERCENT_SHARE',
    'prices_1-22 per cent-place': 'LABEL_CALL',
    'prices_2-6.50 shillings-quantity': 'MONEY_KIND',
    'prices_2-6.50 shillings-subject': 'SUBJECT_COUNTED_NOUN',
    'prices_2-6.50 shillings-place': 'PLACE_IN_SUBJECT',
    'prices_2-198.40 shillings-subject': 'SUBJECT_OWNER_PHRASE',
    'prices_2-198.40 shillings-place': 'PLACE_IN_SUBJECT',
    'prices_2-4.80 shillings-quantity': 'MONEY_KIND',
    'prices_2-4.80 shillings-scope': 'SCOPE_OTHER',
    'prices_2-187.15 shillings-quantity': 'MONEY_KIND',
    'prices_2-14 per cent-subject': 'SUBJECT_SOURCE',
    'prices_2-14 per cent-said_by': 'SOURCE_VERB',
    'prices_2-up to 20 per cent-quantity': 'LABEL_CALL',
    'prices_2-up to 20 per cent-subject': 'SUBJECT_OWNER_PHRASE',
    'prices_2-up to 20 per cent-place': 'PLACE_NOT_CARRIED',
    'prices_2-up to 20 per cent-scope': 'SCOPE_OTHER',
    'weather_1-1.1 degrees Celsius-place': 'PLACE_MODIFIER',
    'weather_1-0.3 degrees-unit': 'UNIT_SPELLING',
    'weather_1-0.3 degrees-subject': 'SUBJECT_PLACE',
    'weather_1-0.3 degrees-event': 'EVENT_MEASURED',
    'weather_1-0.3 degrees-place': 'PLACE_NOT_CARRIED',
    'weather_1-28.9 degrees-unit': 'UNIT_SPELLING',
    'weather_1-28.9 degrees-subject': 'SUBJECT_PLACE',
    'weather_1-more than 420,000 hectares-subject': 'LABEL_CALL',
    'weather_1-more than 420,000 hectares-place': 'PLACE_ARGUMENT',
    'weather_2-187 millimetres-quantity': 'MEASURE_THING',
    'weather_2-187 millimetres-event': 'EVENT_MEASURED',
    'weather_2-187 millimetres-place': 'PLACE_ARGUMENT',
    'weather_2-187 millimetres-scope': 'WINDOW_COUNT',
    'weather_2-about 25 hours-subject': 'SUBJECT_PLACE',
    'weather_2-about 25 hours-place': 'PLACE_IN_SUBJECT',
    'weather_2-640-place': 'PLACE_IN_SUBJECT',
    'weather_2-another two days-place': 'PLACE_NOT_CARRIED',
    'weather_2-Two-subject': 'SUBJECT_GROUP',
    'tech_1-passes 500 million-quantity': 'LABEL_CALL',
    'tech_1-passes 500 million-subject': 'SUBJECT_COUNTED_NOUN',
    'tech_1-more than 500 million-quantity': 'LABEL_CALL',
    'tech_1-more than 500 million-subject': 'SUBJECT_COUNTED_NOUN',
    'tech_1-380 million-quantity': 'LABEL_CALL',
    'tech_1-380 million-subject': 'SUBJECT_COUNTED_NOUN',
    'tech_1-380 million-event': 'EARLIER_LEVEL',
    'tech_1-2,100-subject': 'SUBJECT_DOER_NOUN',
    'tech_1-1.1 billion dollars-subject': 'SUBJECT_DOER_NOUN',
    'tech_1-1.1 billion dollars-said_by': 'SOURCE_VERB',
    'tech_1-about a quarter-unit': 'UNIT_SPELLING',
    'tech_1-about a quarter-subject': 'SUBJECT_COUNTED_NOUN',
    'tech_1-about a quarter-place': 'PLACE_ARGUMENT',
    'tech_1-41-surface': 'AGE_AFTER_NAME',
    'tech_1-41-value': 'AGE_AFTER_NAME',
    'tech_1-41-unit': 'AGE_AFTER_NAME',
    'tech_1-41-quantity': 'AGE_AFTER_NAME',
    'tech_1-41-subject': 'AGE_AFTER_NAME',
    'tech_1-41-event': 'AGE_AFTER_NAME',
    'tech_1-41-place': 'AGE_AFTER_NAME',
    'tech_1-41-scope': 'AGE_AFTER_NAME',
    'tech_1-41-dimension': 'AGE_AFTER_NAME',
    'tech_1-41-said_by': 'AGE_AFTER_NAME',
    'migration_1-Dozens-value': 'VAGUE_VALUE',
    'migration_1-Dozens-place': 'PLACE_MODIFIER',
    'migration_1-At least 61-place': 'PLACE_MODIFIER',
    'migration_1-about 86-subject': 'SUBJECT_CARRIER',
    'migration_1-about 86-place': 'PLACE_MODIFIER',
    'migration_1-25-subject': 'SUBJECT_DOER_NOUN',
    'migration_1-25-place': 'PLACE_MODIFIER',
    'migration_2-Some 21,700-event': 'VERB_CLASS',
    'migration_2-Some 21,700-place': 'PLACE_ARGUMENT',
    'migration_2-Some 21,700-scope': 'WINDOW_COUNT',
    'migration_2-9,800-quantity': 'EARLIER_LEVEL',
    'migration_2-9,800-subject': 'EARLIER_LEVEL',
    'migration_2-9,800-event': 'VERB_CLASS',
    'migration_2-9,800-place': 'PLACE_ARGUMENT',
    'migration_2-9,800-scope': 'WINDOW_COUNT',
    'migration_2-5,800-subject': 'SUBJECT_DOER_NOUN',
    'migration_2-5,800-place': 'PLACE_ARGUMENT',
    'migration_2-nearly 9,000-subject': 'SUBJECT_DOER_NOUN',
    'migration_2-nearly 9,000-place': 'PLACE_ARGUMENT',
    'migration_2-14-scope': 'WINDOW_COUNT',
    'migration_2-1,170-subject': 'SUBJECT_CARRIER',
    'migration_2-1,170-scope': 'WINDOW_COUNT',
    'migration_2-150 million euros-quantity': 'MONEY_KIND',
    'migration_2-150 million euros-place': 'PLACE_ARGUMENT',
    'labour_1-48-hour-event': 'LABEL_CALL',
    'labour_1-37-said_by': 'SOURCE_VERB',
    'labour_1-around 290 million tonnes-unit': 'UNIT_SPELLING',
    'labour_1-around 290 million tonnes-event': 'EVENT_MEASURED',
    'labour_1-60-unit': 'UNIT_SPELLING',
    'labour_1-60-subject': 'SUBJECT_OWNER_PHRASE',
    'labour_1-60-event': 'EVENT_MEASURED',
    'labour_2-cut 1,800 jobs in-place': 'PLACE_MODIFIER',
    'labour_2-cut 1,800 jobs in-scope': 'SCOPE_OTHER',
    'labour_2-cut 1,800 jobs at-place': 'PLACE_MODIFIER',
    'labour_2-about 4,000-subject': 'SUBJECT_DOER_NOUN',
    'labour_2-about 4,000-place': 'PLACE_MODIFIER',
    'labour_2-80 million pounds-quantity': 'MONEY_KIND',
    'labour_2-80 million pounds-event': 'VERB_CLASS',
    'labour_2-80 million pounds-place': 'PLACE_MODIFIER',
    'labour_2-2,500-subject': 'SUBJECT_COUNTED_NOUN',
    'labour_2-2,500-place': 'PLACE_MODIFIER',
    'sport_1-22-surface': 'AGE_AFTER_NAME',
    'sport_1-22-value': 'AGE_AFTER_NAME',
    'sport_1-22-unit': 'AGE_AFTER_NAME',
    'sport_1-22-quantity': 'AGE_AFTER_NAME',
    'sport_1-22-subject': 'AGE_AFTER_NAME',
    'sport_1-22-event': 'AGE_AFTER_NAME',
    'sport_1-22-place': 'AGE_AFTER_NAME',
    'sport_1-22-scope': 'AGE_AFTER_NAME',
    'sport_1-22-dimension': 'AGE_AFTER_NAME',
    'sport_1-22-said_by': 'AGE_AFTER_NAME',
    'sport_1-95 million euros-quantity': 'MONEY_KIND',
    'sport_1-95 million euros-subject': 'SUBJECT_DEAL_SIDE',
    'sport_1-scored 31 goals-subject': 'SUBJECT_DOER_NOUN',
    'sport_1-scored 31 goals-event': 'EVENT_MEASURED',
    'sport_1-44-subject': 'SUBJECT_DOER_NOUN',
    'sport_1-44-event': 'EVENT_MEASURED',
    'sport_1-210,000 pounds-quantity': 'MONEY_KIND',
    'sport_1-210,000 pounds-subject': 'SUBJECT_DEAL_SIDE',
}
