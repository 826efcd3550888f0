"""The issue's quantity vocabulary ("What to build" 1: casualties, injured, missing, displaced, troops, people, money
by kind, market moves, counts of things, rates and shares) and every line of tests/gold/measures/GUIDE.md's quantity
table, read literally: each word in the ordinary news constructions (the noun after the number, the number as a
verb's object, the word as the sentence's subject with the number in the predicate), invented sentences, no test
document. Rows marked GAP are readings the extractor does not make yet (strict xfail: a fix turns them into a pass
that must be moved up)."""
from __future__ import annotations

import pytest

GAP = pytest.mark.xfail(strict=True, reason="a reading of the guide's table not built yet (docs/findings/quantity.md, stop 33)")

PROBES = [
    # deaths
    ('The death toll rose to 40 on Sunday.', '40', 'deaths'),
    ('The death toll has climbed to more than 1,200, officials said.', 'more than 1,200', 'deaths'),
    ('Fatalities reached 12 by nightfall.', '12', 'deaths'),
    ('There were 12 fatalities in the crash.', '12', 'deaths'),
    ('The crash caused 12 fatalities.', '12', 'deaths'),
    ('At least 40 people were killed in the blast.', 'At least 40', 'deaths'),
    ('The blast killed 12.', '12', 'deaths'),
    ('The blast killed 12 people and wounded 30.', '30', 'injured'),
    ('Rescuers recovered 40 bodies from the rubble.', '40', 'deaths'),
    ('40 bodies were recovered from the river.', '40', 'deaths'),
    ('Deaths rose to 300 on Monday.', '300', 'deaths'),
    ('There were 300 deaths in the region.', '300', 'deaths'),
    ('The flu caused 300 deaths last winter.', '300', 'deaths'),
    ('The number of dead rose to 85.', '85', 'deaths'),
    ('At least 85 are dead after the storm.', 'At least 85', 'deaths'),
    ('The dead numbered 85.', '85', 'deaths'),
    ('More than 200 lives were lost in the fire.', 'More than 200', 'deaths'),
    ('The fire cost 200 lives.', '200', 'deaths'),
    ('The storm claimed 20 lives.', '20', 'deaths'),
    ('The toll stands at 75.', '75', 'deaths'),
    ('The official toll is now 75.', '75', 'deaths'),
    ('Five people died in the accident.', 'Five', 'deaths'),
    ('The number of people killed has risen to 90.', '90', 'deaths'),
    # the participle the parser hangs on "number", not on the persons (stop 60's pair probe)
    ('The number of people killed rose to 27 on Wednesday.', '27', 'deaths'),
    ('The number of people killed rose to 27, with 212 injured.', '27', 'deaths'),
    ("The number of people killed by Tuesday's earthquake rose to 27 on Wednesday, with 212 injured, officials said.",
     '27', 'deaths'),
    ('The quake left 500 dead.', '500', 'deaths'),
    # the issue's own examples of one toll in other words
    ('The toll passed 8,000 on Tuesday.', 'passed 8,000', 'deaths'),
    ('The death toll soared to nearly 8,500.', 'nearly 8,500', 'deaths'),
    ('The 40 people killed in the blast were buried on Sunday.', '40', 'deaths'),
    # injured
    ('Thirty people were injured in the attack.', 'Thirty', 'injured'),
    ('The attack injured 30 people.', '30', 'injured'),
    ('Another 25 were wounded.', '25', 'injured'),
    ('Seven people were hurt when the roof collapsed.', 'Seven', 'injured'),
    ('There were 45 injuries in the stampede.', '45', 'injured'),
    ('Injuries rose to 45.', '45', 'injured'),
    ('The number of injured climbed to 150.', '150', 'injured'),
    ('At least 150 were treated for injuries.', 'At least 150', 'injured'),
    # casualties
    ('Casualties numbered 300.', '300', 'casualties'),
    ('The army suffered 300 casualties.', '300', 'casualties'),
    ('There were about 300 casualties, officials said.', 'about 300', 'casualties'),
    # missing
    ('Twenty people are still missing.', 'Twenty', 'missing'),
    ('The number of missing rose to 20.', '20', 'missing'),
    ('At least 20 remain unaccounted for.', 'At least 20', 'missing'),
    ('Another 20 people were reported missing.', '20', 'missing'),
    # displaced
    ('The floods displaced 10,000 people.', '10,000', 'displaced'),
    ('More than 10,000 people were displaced by the fighting.', 'More than 10,000', 'displaced'),
    ('The storm left 5,000 people homeless.', '5,000', 'displaced'),
    ('About 5,000 were made homeless.', 'About 5,000', 'displaced'),
    ('Officials evacuated 3,000 residents.', '3,000', 'displaced'),
    ('3,000 residents were evacuated.', '3,000', 'displaced'),
    ('The camp holds 40,000 refugees.', '40,000', 'displaced'),
    ('The country took in 800 asylum seekers.', '800', 'displaced'),
    ('About 2,000 people fled their homes.', 'About 2,000', 'displaced'),
    ('The number of displaced reached 10,000.', '10,000', 'displaced'),
    ('Refugees numbered 40,000.', '40,000', 'displaced'),
    # troops
    ('The country sent 2,000 troops to the border.', '2,000', 'troops'),
    ('2,000 personnel were deployed.', '2,000', 'troops'),
    ('The base houses 2,000 personnel.', '2,000', 'troops'),
    ('About 5,000 soldiers took part in the exercise.', 'About 5,000', 'troops'),
    ('The rebels have about 3,000 fighters.', 'about 3,000', 'troops'),
    ('Troop numbers rose to 12,000.', '12,000', 'troops'),
    ('The force of 1,500 marines arrived on Monday.', '1,500', 'troops'),
    ('The army deployed 300 police and 400 soldiers.', '400', 'troops'),
    # people
    ('About 5,000 people attended the rally.', 'About 5,000', 'people'),
    ('The town has 12,000 residents.', '12,000', 'people'),
    ('The company employs 3,000 workers.', '3,000', 'people'),
    ('The company employs 3,000 people.', '3,000', 'people'),
    ('Police arrested 75 people.', '75', 'people'),
    ('Some 200 civilians were trapped in the building.', 'Some 200', 'people'),
    ('The population is 40,000.', '40,000', 'people'),  # stop 35: persons counted as one whole
    # aid
    ('The United States pledged $350 million in aid.', '$350 million', 'aid'),
    ('Japan promised $500 million in aid.', '$500 million', 'aid'),
    ('The aid package is worth $50 million.', '$50 million', 'aid'),
    ('Aid totalled $2 billion.', '$2 billion', 'aid'),
    ('Donations reached $10 million.', '$10 million', 'aid'),
    ('The pledge of $100 million was welcomed.', '$100 million', 'aid'),
    ('The charity raised $8 million for victims.', '$8 million', 'aid'),  # stop 35: raised for persons
    ('Britain gave $75 million in relief.', '$75 million', 'aid'),
    ('The country donated $20 million.', '$20 million', 'aid'),
    # revenue
    ('Revenue rose to $3.2 billion.', '$3.2 billion', 'revenue'),
    ('The company reported revenue of $3.2 billion.', '$3.2 billion', 'revenue'),
    ('Revenue fell 8 per cent.', '8 per cent', 'revenue'),
    ('The firm had $3.2 billion in revenue last year.', '$3.2 billion', 'revenue'),
    ('Turnover rose to $400 million.', '$400 million', 'revenue'),
    # sales
    ('Sales fell 8 per cent.', '8 per cent', 'sales'),
    ('Sales rose 5 percent in March.', '5 percent', 'sales'),
    ('Sales reached $1.5 billion.', '$1.5 billion', 'sales'),
    ('The chain reported sales of $1.5 billion.', '$1.5 billion', 'sales'),
    ('Retail sales climbed 0.8 per cent in June.', '0.8 per cent', 'sales'),
    # profit
    ('Profit rose 12 per cent to $400 million.', '12 per cent', 'profit'),
    ('Profit rose 12 per cent to $400 million.', '$400 million', 'profit'),
    ('The bank posted a net profit of $2.1 billion.', '$2.1 billion', 'profit'),
    ('The company made a profit of $50 million.', '$50 million', 'profit'),
    ('Net income fell to $90 million.', '$90 million', 'profit'),
    ("The bank's net income fell to $90 million.", '$90 million', 'profit'),
    ('Earnings rose 15 per cent.', '15 per cent', 'profit'),  # stop 35: earnings in the profit line
    # debt
    ('The company has debts of $2 billion.', '$2 billion', 'debt'),
    ('Debt rose to $2 billion.', '$2 billion', 'debt'),
    ('The country owes $30 billion.', '$30 billion', 'debt'),
    ('Its debt stands at $2 billion.', '$2 billion', 'debt'),
    ("The government's debt climbed 4 per cent.", '4 per cent', 'debt'),
    # cost
    ('The bridge will cost $2 million.', '$2 million', 'cost'),
    ('The project cost $2 million.', '$2 million', 'cost'),
    ('The cost of the repairs is $2 million.', '$2 million', 'cost'),
    ('Damage was put at $10 million.', '$10 million', 'cost'),
    ('The repairs are expected to cost $2 million.', '$2 million', 'cost'),
    ('Costs rose 6 per cent.', '6 per cent', 'cost'),
    # price
    ('Tickets cost $50.', '$50', 'price'),
    ('The car costs $30,000.', '$30,000', 'price'),
    ('The car sells for $30,000.', '$30,000', 'price'),
    ('The price of petrol rose to $1.50 a litre.', '$1.50', 'price'),
    ('Oil prices rose 3 per cent.', '3 per cent', 'price'),
    ('Oil rose $2 to $80 a barrel.', '$80', 'price'),
    ('The price was $30,000.', '$30,000', 'price'),
    ('Petrol prices fell 5 cents a litre.', '5 cents', 'price'),
    # fine
    ('The fine was $5 million.', '$5 million', 'fine'),
    ('The court fined the company $5 million.', '$5 million', 'fine'),
    ('The bank was fined $5 million.', '$5 million', 'fine'),
    ('The regulator imposed a $5 million fine.', '$5 million', 'fine'),
    ('The company must pay a fine of $5 million.', '$5 million', 'fine'),
    ('He was fined $500.', '$500', 'fine'),
    ('The company agreed to pay a $5 million penalty.', '$5 million', 'fine'),
    # budget
    ('The budget is $40 billion.', '$40 billion', 'budget'),
    ('The agency has a budget of $40 billion.', '$40 billion', 'budget'),
    ('The defence budget rose 5 per cent.', '5 per cent', 'budget'),
    ('The government set a budget of $40 billion.', '$40 billion', 'budget'),
    ("The film's budget was $100 million.", '$100 million', 'budget'),
    # deal_value
    ('Acme agreed to buy Beta for $11 billion.', '$11 billion', 'deal_value'),
    ('The deal is worth $11 billion.', '$11 billion', 'deal_value'),
    ('The house is worth $300,000.', '$300,000', 'price'),
    ('The painting sold for $2 million.', '$2 million', 'price'),
    ('The $11 billion deal was approved.', '$11 billion', 'deal_value'),
    ('Acme acquired Beta for $11 billion.', '$11 billion', 'deal_value'),
    pytest.param('The takeover values Beta at $11 billion.', '$11 billion', 'deal_value', marks=GAP),  # read 'money'
    ('The merger is valued at $11 billion.', '$11 billion', 'deal_value'),
    # spending, wealth, salary
    ('The government will spend $3 billion on roads.', '$3 billion', 'spending'),
    ('Spending rose 4 per cent.', '4 per cent', 'spending'),
    ('His fortune is estimated at $2 billion.', 'estimated at $2 billion', 'wealth'),
    ('She is worth $2 billion.', '$2 billion', 'wealth'),
    ('His net worth is $2 billion.', '$2 billion', 'wealth'),
    ('His salary is $500,000.', '$500,000', 'salary'),
    ('He earns $500,000 a year.', '$500,000', 'salary'),
    ('Workers won a 4 per cent pay rise.', '4 per cent', 'salary'),
    ('The chief executive was paid $5 million.', '$5 million', 'salary'),  # stop 35: a person paid
    # money
    ('Thieves stole $2 million.', '$2 million', 'money'),
    ('The council raised $2 million.', '$2 million', 'money'),
    # share_price
    ('Acme shares rose 8%.', '8%', 'share_price'),
    ('Acme stock jumped 8 percent.', '8 percent', 'share_price'),
    ('Shares in Acme fell 4 per cent.', '4 per cent', 'share_price'),
    ("Acme's share price fell 4 per cent.", '4 per cent', 'share_price'),
    ('Acme shares closed at $12.40.', '$12.40', 'share_price'),
    ('Acme shares were down 15 cents at $4.20.', '15 cents', 'share_price'),
    ('The stock fell 3 per cent.', '3 per cent', 'share_price'),
    ("Acme's shares lost 6 per cent.", '6 per cent', 'share_price'),
    # index_level
    ('The Dow fell 200 points.', '200', 'index_level'),
    ('The Dow Jones index fell 1.2 per cent.', '1.2 per cent', 'index_level'),
    ('The index closed at 4,500.', '4,500', 'index_level'),
    ('The benchmark index rose 1.5 per cent.', '1.5 per cent', 'index_level'),
    ('The All Ordinaries fell 30 points to 3,300.', '30', 'index_level'),
    ('The Nasdaq gained 2 per cent.', '2 per cent', 'index_level'),
    # votes, seats
    ('She won 52 per cent of the vote.', '52 per cent', 'votes'),
    ('He received 1.2 million votes.', '1.2 million', 'votes'),
    ('The party won 40 seats.', '40', 'seats'),
    ('The party holds 40 seats in parliament.', '40', 'seats'),
    ('The party won 1.2 million votes.', '1.2 million', 'votes'),
    # share
    ('About 22 percent of voters backed the plan.', 'About 22 percent', 'share'),
    ('A third of the dead were children.', 'A third', 'share'),
    ('Unemployment fell to 5.2 per cent.', '5.2 per cent', 'unemployment'),
    ('Inflation rose to 3 per cent.', '3 per cent', 'inflation'),
    # counts of things
    ('The chain will close 40 stores.', '40', 'store'),
    ('The company will cut 2,000 jobs.', '2,000', 'job'),
    ('2,000 jobs will go.', '2,000', 'job'),
    ('The plan creates 2,000 jobs.', '2,000', 'job'),
    ('The storm destroyed 300 houses.', '300', 'house'),
    ('300 houses were destroyed.', '300', 'house'),
    ('Health officials reported 1,200 cases.', '1,200', 'case'),
    ('Cases rose to 1,200.', '1,200', 'case'),
    ('There are now 1,200 confirmed cases.', '1,200', 'case'),
    ('The lab carried out 5,000 tests.', '5,000', 'test'),
    ('Police seized 40 vehicles.', '40', 'vehicle'),
    ('The airline cancelled 120 flights.', '120', 'flight'),
    ('The number of stores rose to 40.', '40', 'store'),
    ('New cases rose by 300.', '300', 'case'),
    # measurements
    ('He is 45 years old.', '45 years old', 'age'),
    ('The wave was 10 metres high.', '10 metres', 'height'),
    ('The quake measured 7.2 on the Richter scale.', '7.2 on the Richter scale', 'magnitude'),
    ('Winds reached 200 km/h.', '200 km/h', 'speed'),
    ('The fire burned 5,000 hectares.', '5,000 hectares', 'area'),
    ('Temperatures reached 45 degrees.', '45 degrees', 'temperature'),
    ('The strike lasted three days.', 'three days', 'duration'),
]


@pytest.mark.parametrize("text,surface,expected", PROBES)
def test_quantity_vocabulary_issue_and_guide_words(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # the readings built from the table above leave what they do not name alone
    ("The company sold 2 million shares.", "2 million", "share"),  # shares counted, no price
    ("Two rebel groups signed the deal.", "Two", "group"),  # only "number" is read through its compound
    ("It followed a 9 per cent fall in October.", "9 per cent", "share"),  # a date names no changed thing
    ("Officials said 12 people detained in the raid were released.", "12", "people"),  # no casualty participle
    ("Lockett will turn 36 in March.", "36", "age"),  # a bare number with no noun still reaches Q9
    ("The company sold its unit for $2 billion.", "$2 billion", "money"),  # a unit of a firm is no thing
    ("Police reported a 10 per cent drop in burglaries.", "10 per cent", "burglary"),  # "in X" still first
    # review33: a sum paid or earned per share is no share price; a person "valued at" a sum is not its wealth
    ("The company will pay a dividend of 10 cents a share.", "10 cents", "money"),
    ("The firm paid 10 cents a share in dividends.", "10 cents", "money"),
    ("Acme reported earnings of $1.20 a share.", "$1.20", "money"),
    ("The striker was valued at $20 million by the club.", "$20 million", "money"),
    # review33: "share" of a portion is the table's share line, not stock (a plural "shares of" stays stock)
    ("He sold his 40 per cent share of the company.", "40 per cent", "share"),
    ("The share of voters who back the plan fell 5 per cent.", "5 per cent", "share"),
    ("Acme's market share rose to 20 per cent.", "20 per cent", "share"),
    ("Shares of Acme fell 4 per cent.", "4 per cent", "share_price"),
])
def test_quantity_vocabulary_readings_leave_the_rest(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # stop 34: points are index points (the index_level line) only where an index or a market is named in the
    # sentence or the one before; other points are the table's fallback, the head lemma
    ("The Dow rose 30 points to 10,500.", "30", "index_level"),
    ("The Nikkei fell 120 points on Friday.", "120", "index_level"),
    ("The sharemarket rose 40 points on Monday.", "40", "index_level"),
    ("Wall Street fell 200 points after the jobs report.", "200", "index_level"),
    ("Stocks slid on Tuesday. The benchmark lost 30 points.", "30", "index_level"),
    ("The goal was worth 3 points.", "3", "point"),
    ("The team has 45 points after 20 games.", "45", "point"),
    ("He scored 30 points in the final.", "30", "point"),
    ("The government unveiled a 10-point plan to cut hospital waiting lists.", "10", "point"),
    ("Drivers who speed will lose 3 demerit points.", "3", "point"),
    # stop 34: a sum on "toll" is the passage it buys, a price as a fare is (Q3); a toll of lives stays deaths
    ("The new bridge carries a toll of $5.", "$5", "price"),
    ("Motorists will pay a $4 toll on the new motorway.", "$4", "price"),
    ("The road toll will rise to $3.50 next year.", "$3.50", "price"),
    ("The road toll rose to 37 over the holidays.", "37", "deaths"),
    # stop 34: a buyer's offer per share is what a share is offered at (Q3 price), not the company's share price
    ("Acme offered $30 a share for Beta.", "$30", "price"),
    ("Acme will pay $30 a share in cash for the miner.", "$30", "price"),
    ("The board rejected an offer of $12 a share.", "$12", "price"),
    ("The miner received a bid of $12 a share.", "$12", "price"),
    ("Beta shares closed at $28.50.", "$28.50", "share_price"),
    ("Acme shares were down 15 cents at $4.20 a share.", "$4.20", "share_price"),
    # stop 68: a sum per share that restates the sum before it is that sum per share, no share price (a sum, money);
    # an offer per share stays a price, a difference per share is none of the two (review of stop 68)
    ("Acme reported earnings of 31.2 mln dlrs, or 1.45 dlrs a share, for the year.", "1.45 dlrs", "money"),
    ("Beta had net income of $48 million, or 92 cents per share, in the quarter.", "92 cents", "money"),
    ("Gamma posted a loss of 2.1 mln dlrs, or 18 cts a share.", "18 cts", "money"),
    ("Acme shares rose 1.10 dlrs a share to 40 dlrs.", "1.10 dlrs", "share_price"),
    ("Acme will pay 450 mln dlrs, or 18 dlrs a share, for Beta.", "18 dlrs", "price"),
    # stop 34: the guide has no line for a loss: a sum lost is the money line ("money that fits none of the above")
    ("Acme lost $200 million last year.", "$200 million", "money"),
    # stop 34: a thing's cost is its price (Q3), a structure's, a war's or a payer's stays cost
    ("The new stadium cost $400 million.", "$400 million", "cost"),
    ("The war cost $2 billion.", "$2 billion", "cost"),
    ("The drugs cost the health service $40 million a year.", "$40 million", "cost"),
    ("The airline reported a loss of $2 million.", "$2 million", "money"),
    ("The bank posted a net loss of $90 million.", "$90 million", "money"),
])
def test_quantity_vocabulary_points_tolls_offers_and_losses(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    ("The new bridge carries a toll of $5.", "$5", "other:carry"),  # no killing: the verb that carries the sum
    ("Drivers pay a toll of $5 to cross the bridge.", "$5", "other:pay"),
    ("The death toll rose to 40.", "40", "killed"),
])
def test_quantity_vocabulary_money_toll_is_no_killing(measures, text, surface, expected):
    assert measures(text)[surface].event == expected


@pytest.mark.parametrize("text,surface,expected", [
    ("The Dow fell 200 points.", "200", "points"),
    ("The goal was worth 3 points.", "3", "count"),
])
def test_quantity_vocabulary_points_dimension_only_on_an_index(measures, text, surface, expected):
    assert measures(text)[surface].dimension == expected


@pytest.mark.parametrize("text,surface,expected", [
    # review of stop 34: points a side scores, wins or leads by are a game's whatever market its story names
    ("The Wall Street Journal reported that the team scored 20 points in the second half.", "20", "point"),
    ("The club was busy in the transfer market and won by 12 points on Saturday.", "12", "point"),
    ("Shares in the club rose after the striker's goal. The side won by 14 points.", "14", "point"),
    ("The Nasdaq led the market higher, gaining 80 points.", "80", "index_level"),
    ("Stocks slid on Tuesday. The benchmark lost 30 points.", "30", "index_level"),
    # review of stop 34: a toll a harm takes is what the harm costs (Q3, damage), no price of passage
    ("The storm took a toll of $2 billion on the economy, insurers said.", "$2 billion", "cost"),
    ("The drought exacted a $40 billion toll on farmers.", "$40 billion", "cost"),
    ("Drivers will pay a $4 toll on the motorway from Monday.", "$4", "price"),
    ("The bridge toll rose to $5.", "$5", "price"),
])
def test_quantity_vocabulary_review34_scored_points_and_taken_tolls(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # stop 35: the issue's concepts in ordinary news synonyms and inflections (invented sentences, no test document)
    ("The company's takings rose to £40 million.", "£40 million", "revenue"),
    ("Tax receipts rose to $40 billion.", "$40 billion", "revenue"),
    ("The proceeds of the sale came to $300 million.", "$300 million", "revenue"),
    ("The film grossed $120 million in its first week.", "$120 million", "revenue"),
    ("The bank reported quarterly earnings of $1.2 billion.", "$1.2 billion", "profit"),
    ("Earnings rose 15 per cent to $2 billion.", "$2 billion", "profit"),
    ("The company has borrowings of $3 billion.", "$3 billion", "debt"),
    ("The company agreed to a $200 million settlement.", "$200 million", "fine"),
    ("Victims will receive $20 million in compensation.", "$20 million", "fine"),
    ("The museum charges a fee of $25.", "$25", "price"),
    ("The $5 billion bid was rejected.", "$5 billion", "deal_value"),
    ("Acme made a $5 billion offer for Beta.", "$5 billion", "deal_value"),
    ("Acme bid $5 billion for Beta.", "$5 billion", "deal_value"),
    ("The government announced a $5 million grant for the museum.", "$5 million", "aid"),
    ("The government will make a $2 billion investment in rail.", "$2 billion", "spending"),
    ("The war has uprooted 2 million people.", "2 million", "displaced"),
    ("The city has a population of 2 million.", "2 million", "people"),
    ("The rally drew a crowd of 50,000.", "50,000", "people"),
    ("The firm has a workforce of 3,000.", "3,000", "people"),
    # the per-share readings of stop 34 stay: a sum per share is no deal's or profit's whole
    ("The board rejected an offer of $12 a share.", "$12", "price"),
    ("Acme reported earnings of $1.20 a share.", "$1.20", "money"),
])
def test_quantity_vocabulary_stop35_news_synonyms(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # review35: "damages" is an award (fine) under a verb of a claim or award, a harm's cost otherwise (Q3)
    ("A jury awarded the family $5 million in damages.", "$5 million", "fine"),
    ("The family is seeking $2 million in damages.", "$2 million", "fine"),
    ("The company was ordered to pay $3 million in damages.", "$3 million", "fine"),
    ("The storm caused $5 million in damages.", "$5 million", "cost"),
    ("The floods left $40 million in damages across the state.", "$40 million", "cost"),
])
def test_quantity_vocabulary_review35_damages_awarded_or_caused(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected


@pytest.mark.parametrize("text,surface,expected", [
    # review35: compensation or earnings a person owns, or paid by the hour or week, is that person's pay (Q3)
    ("The chief executive's total compensation was $20 million.", "$20 million", "salary"),
    ("Her compensation rose to $12 million last year.", "$12 million", "salary"),
    ("The actor's earnings reached $40 million.", "$40 million", "salary"),
    ("Average weekly earnings rose to $1,200.", "$1,200", "salary"),
    # a company's earnings stay its profit, compensation to victims an award
    ("Acme's earnings rose to $2 billion.", "$2 billion", "profit"),
    ("The bank reported quarterly earnings of $1.2 billion.", "$1.2 billion", "profit"),
    ("Victims will receive $20 million in compensation.", "$20 million", "fine"),
])
def test_quantity_vocabulary_review35_a_persons_compensation_is_pay(measures, text, surface, expected):
    assert measures(text)[surface].quantity == expected
